// Each rule of the ESLint plugin through ESLint's own RuleTester, in ESLint 10 and 9: valid code
// and traps stay quiet; each finding is reported at the engine's range with the engine's message,
// its first safe fix as ESLint's fix (the `output`) and every other fix as a suggestion (each
// suggestion's text checked); tlslint's suppression comments, .tlslintrc.json and the includeInfo
// option apply. The expected lines and columns, and the outputs marked literal, are written out;
// messages and the other fix texts are the engine's, which the rule tables test (test/rules/).
// test-unit: own process (loads ESLint twice and typescript-eslint)
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { defaultConfig } from '../../server/src/engine/config/index.js';
import { lintText } from '../../server/src/linter/index.js';
import plugin = require('../../server/src/eslint/index.js');
import { textParser } from '../../server/src/eslint/text-parser.js';
import { ESLINTS, tsParser, type Any } from './eslint-tools.js';

interface Case {
  code: string;
  /** 1-based line and column of each finding, in order. */
  at: Array<[number, number]>;
  /** The text after ESLint's fix: literal; null when the rule offers no safe fix here. */
  output: string | null;
  filename?: string;
}

const INVALID: Record<string, Case> = {
  'no-unverified-certificate': { code: "const https = require('https');\nnew https.Agent({ rejectUnauthorized: false });\n", at: [[2, 19]], output: null },
  'no-global-tls-bypass': { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n", at: [[1, 1]], output: null },
  'no-unverified-hostname': { code: "require('tls').connect({ host: 'h.example', servername: 'h.example', checkServerIdentity: () => undefined });\n", at: [[1, 70]], output: null },
  'no-legacy-tls-version': {
    code: "import tls from 'node:tls';\nconst v: tls.SecureVersion = 'TLSv1';\ntls.connect({ host: 'h.example', servername: 'h.example', minVersion: v });\n",
    at: [[2, 30]],
    output: null,
    filename: 'client.ts',
  },
  'no-weak-cipher': {
    code: "require('tls').createSecureContext({ ciphers: 'RC4-SHA:ECDHE-RSA-AES128-GCM-SHA256' });\n",
    at: [[1, 48]],
    output: "require('tls').createSecureContext({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });\n",
  },
  'no-weak-key-exchange': { code: "require('tls').connect({ host: 'h.example', servername: 'h.example', minDHSize: 512 });\n", at: [[1, 70]], output: null },
  'no-unsafe-secure-options': {
    code: "const { constants } = require('crypto');\nrequire('tls').createSecureContext({ secureOptions: constants.SSL_OP_ALLOW_NO_DHE_KEX });\n",
    at: [[2, 53]],
    output: "const { constants } = require('crypto');\nrequire('tls').createSecureContext({});\n",
  },
  'no-plaintext-downgrade': {
    code: "const nodemailer = require('nodemailer');\nnodemailer.createTransport({ host: 'smtp.example.com', port: 587, ignoreTLS: true, auth: { user: 'u', pass: 'p' } });\n",
    at: [[2, 67]],
    output: null,
  },
  'no-tls-key-logging': {
    code: "require('tls').connect({ host: 'h.example', servername: 'h.example', enableTrace: true });\n",
    at: [[1, 70]],
    output: "require('tls').connect({ host: 'h.example', servername: 'h.example' });\n",
  },
  'no-deprecated-tls-api': { code: "const tls = require('tls');\nconst pair = tls.createSecurePair();\n", at: [[2, 14]], output: null },
  'require-servername': {
    code: "const App = () => <div>{String(require('tls').connect({ host: 'db.example', port: 443 }))}</div>;\n",
    at: [[1, 32]],
    output: null,
    filename: 'app.jsx',
  },
};

/** Code every rule must leave alone: the same words in comments and strings, reads, safe settings. */
const VALID = [
  "// rejectUnauthorized: false, minVersion: 'TLSv1', ciphers: 'RC4'\nconst doc = \"process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'\";\n",
  "const https = require('https');\nif (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('unverified');\nnew https.Agent({ ca: process.env.CA, minVersion: 'TLSv1.2' });\n",
  "const tls = require('tls');\ntls.connect({ host: 'db.example', servername: 'db.example', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });\n",
];

/** The engine's findings of `id` in `code`: what the ESLint rule must report (with includeInfo, its information findings too). */
function engineFindings(id: string, code: string, filename: string, includeInfo = false) {
  const result = lintText(path.join('/project', filename), code, { config: { ...defaultConfig(), configFile: undefined, baseDir: '/project' }, includeInfo });
  return result.findings.filter((f) => f.ruleId === id);
}

function suppressed(c: Case, id: string): string {
  const lines = c.code.split('\n');
  lines.splice(c.at[0][0] - 1, 0, `// tlslint-disable-next-line ${id} -- reviewed`);
  return lines.join('\n');
}

/** Project files (tlslint reads them; the ESLint plugin does not), each with one finding for the CLI. */
const PROJECT_FILES: Record<string, string> = {
  'package.json': '{ "scripts": { "start": "NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js" } }\n',
  Dockerfile: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n',
  '.env': 'NODE_TLS_REJECT_UNAUTHORIZED=0\n',
  'docker-compose.yml': 'services:\n  app:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n',
};

const scratch = mkdtempSync(path.join(tmpdir(), 'tlslint-ruletester-'));
writeFileSync(path.join(scratch, '.tlslintrc.json'), JSON.stringify({ rules: { 'no-unverified-certificate': 'off' } }));

for (const { major, eslint } of ESLINTS) {
  const { RuleTester } = eslint;
  RuleTester.describe = describe;
  RuleTester.it = it;
  RuleTester.itOnly = it.only;
  const tester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } });
  const ts = { languageOptions: { parser: tsParser } };

  describe(`ESLint ${major} RuleTester`, () => {
    for (const rule of catalog) {
      const id = rule.meta.id;
      const c = INVALID[id];
      const filename = c.filename ?? 'file.js';
      const findings = engineFindings(id, c.code, filename);
      it(`${id}: the table case is the engine's (${c.at.length} finding)`, () => {
        assert.deepEqual(findings.map((f) => [f.range.start.line + 1, f.range.start.character + 1]), c.at);
      });
      tester.run(id, (plugin.rules as Record<string, Any>)[id], {
        valid: [
          ...VALID.map((code) => ({ code, filename: 'file.js' })),
          // tlslint's own suppression comment, above the finding's line
          { code: suppressed(c, id), filename, ...(filename.endsWith('.ts') ? ts : {}) },
        ],
        invalid: [
          {
            code: c.code,
            filename,
            ...(filename.endsWith('.ts') ? ts : {}),
            output: c.output,
            errors: findings.map((f) => {
              const safe = f.fixes.find((x) => x.kind === 'safe');
              const suggestions = f.fixes.filter((x) => x !== safe);
              return {
                message: f.message,
                line: f.range.start.line + 1,
                column: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
                ...(suggestions.length > 0 ? { suggestions: suggestions.map((x) => ({ desc: x.title, output: applyEdits(c.code, x.edits) })) } : { suggestions: [] }),
              };
            }),
          },
        ],
      });
    }

    // A name tlslint does not read is not linted (ESLint's own default name, a virtual block of another language).
    tester.run('only files tlslint reads as JavaScript/TypeScript', (plugin.rules as Record<string, Any>)['no-unverified-certificate'], {
      valid: [{ code: INVALID['no-unverified-certificate'].code }, { code: INVALID['no-unverified-certificate'].code, filename: 'types.d.ts', ...ts }],
      invalid: [],
    });

    // Project files are the CLI's and the editor's: ESLint lints what its config matches, and a
    // JSON, YAML, Dockerfile or .env file given to these rules (by a broad `files` glob, another
    // language plugin) gets no report from them, though the engine finds something in each.
    for (const [filename, code] of Object.entries(PROJECT_FILES)) {
      tester.run(`a project file is not linted by the plugin (${filename})`, (plugin.rules as Record<string, Any>)['no-global-tls-bypass'], {
        valid: [{ code, filename, languageOptions: { parser: textParser } }],
        invalid: [],
      });
    }
    it('the engine finds no-global-tls-bypass in each of those project files', () => {
      for (const [filename, code] of Object.entries(PROJECT_FILES)) assert.equal(engineFindings('no-global-tls-bypass', code, filename).length, 1, filename);
    });

    tester.run('.tlslintrc.json of the file turns a rule off', (plugin.rules as Record<string, Any>)['no-unverified-certificate'], {
      valid: [{ code: INVALID['no-unverified-certificate'].code, filename: path.join(scratch, 'src', 'a.js') }],
      invalid: [],
    });

    const high = "require('tls').createSecureContext({ ciphers: 'HIGH:!aNULL' });\n";
    const [info] = engineFindings('no-weak-cipher', high, 'file.js', true);
    tester.run('information findings only with includeInfo', (plugin.rules as Record<string, Any>)['no-weak-cipher'], {
      valid: [{ code: high, filename: 'file.js' }, { code: high, filename: 'file.js', options: [{ includeInfo: false }] }],
      invalid: [
        {
          code: high,
          filename: 'file.js',
          options: [{ includeInfo: true }],
          output: null,
          errors: [{ message: info.message, line: 1, column: 48, suggestions: info.fixes.map((x) => ({ desc: x.title, output: applyEdits(high, x.edits) })) }],
        },
      ],
    });

    it('the includeInfo case is an information finding of the engine', () => {
      assert.equal(info.severity, 'info');
    });
  });
}
