// The analysis runner: rule isolation, parse problems, suppressions, severities.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../rules/api.js';
import { rules as catalog } from '../../rules/index.js';
import { analyzeText } from '../helpers/lint.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { directiveEdit, parseForEdits } from '../../server/src/linter/index.js';

const INSECURE = "import tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n";

const throwing: Rule = {
  meta: { ...catalog[0].meta, id: 'always-throws', messages: { x: 'x' } },
  parts: {
    js: {
      needles: [],
      check() {
        throw new Error('boom');
      },
    },
  },
};

/** A rule with only a `files` part: it runs for every project-file frontend (their partKey), never for code. */
const filesOnly: Rule = {
  meta: { ...catalog[0].meta, id: 'files-only', messages: { x: 'seen {kind}' } },
  parts: {
    files: {
      needles: ['X'],
      check(ctx) {
        ctx.report({ messageId: 'x', data: { kind: ctx.model.kind }, range: { start: 0, end: 1 } });
      },
    },
  },
};

describe('suppressions in project files', () => {
  const docker = '# syntax=docker/dockerfile:1\nFROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n';
  it('a file-level directive goes below a Dockerfile\'s parser directives and suppresses there', () => {
    const edit = directiveEdit(parseForEdits('Dockerfile', docker)!, 'tlslint-disable no-global-tls-bypass -- mock', 'file')!;
    const text = applyEdits(docker, [edit]);
    assert.equal(text, '# syntax=docker/dockerfile:1\n# tlslint-disable no-global-tls-bypass -- mock\nFROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n');
    assert.deepEqual(analyzeText('Dockerfile', text).findings, []);
    assert.equal(analyzeText('Dockerfile', docker).findings.length, 1, 'negative control');
  });

  it('a next-line directive keeps a YAML line\'s indentation; JSON takes none', () => {
    const yml = 'services:\n  api:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n';
    const edit = directiveEdit(parseForEdits('compose.yaml', yml)!, 'tlslint-disable-next-line no-global-tls-bypass', { line: 3 })!;
    const text = applyEdits(yml, [edit]);
    assert.equal(text.split('\n')[3], '      # tlslint-disable-next-line no-global-tls-bypass');
    assert.deepEqual(analyzeText('compose.yaml', text).findings, []);
    assert.equal(directiveEdit(parseForEdits('package.json', '{ "scripts": {} }\n')!, 'tlslint-disable-next-line x', { line: 0 }), undefined);
  });
});

describe('analysis runner', () => {
  it('runs the part a frontend names (partKey): one files part for every project file, none for code', () => {
    const kinds = (file: string) => analyzeText(file, 'X\n', { rules: [filesOnly] }).findings.map((f) => f.message);
    assert.deepEqual(kinds('Dockerfile'), ['seen dockerfile']);
    assert.deepEqual(kinds('.env'), ['seen dotenv']);
    assert.deepEqual(kinds('.npmrc'), ['seen npmrc']);
    assert.deepEqual(kinds('a/.github/workflows/ci.yml'), ['seen github-actions']);
    assert.deepEqual(kinds('src/a.ts'), []);
  });

  it('a rule that throws is reported with its id and the file, and the others still run', () => {
    const r = analyzeText('src/a.ts', INSECURE, { rules: [throwing, ...catalog] });
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
    assert.equal(r.notes.length, 1);
    assert.equal(r.notes[0].kind, 'rule-error');
    assert.equal(r.notes[0].ruleId, 'always-throws');
    assert.match(r.notes[0].message, /Rule always-throws failed on src\/a\.ts: boom/);
  });

  it('a file with a syntax error yields the findings of the parts that parse and one note', () => {
    const r = analyzeText('a.ts', `${INSECURE}function (\nconst y = ;\n`);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
    assert.equal(r.notes.filter((n) => n.kind === 'parse-error').length, 1);
    assert.match(r.notes[0].message, /^Syntax error at 3:10: .*\(and \d+ more\)\. The parts that parse were still checked\.$/);
  });

  it('overrides decide each finding, and off drops it', () => {
    const asInfo = analyzeText('a.ts', INSECURE, { overrides: { 'no-unverified-certificate': 'info' } });
    assert.deepEqual(asInfo.findings.map((f) => f.severity), ['info']);
    const off = analyzeText('a.ts', INSECURE, { overrides: { 'no-unverified-certificate': 'off' } });
    assert.deepEqual(off.findings, []);
  });

  describe('suppressions', () => {
    const cases: [string, string, number][] = [
      ['next-line', "import tls from 'tls';\n// tlslint-disable-next-line no-unverified-certificate -- test proxy\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 0],
      ['same line', "import tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false }); // tlslint-disable-line no-unverified-certificate\n", 0],
      ['block comment next-line', "import tls from 'tls';\n/* tlslint-disable-next-line no-unverified-certificate */\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 0],
      ['file level', "/* tlslint-disable no-unverified-certificate */\nimport tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 0],
      ['file level, every rule', "/* tlslint-disable */\nimport tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 0],
      ['several ids', "import tls from 'tls';\n// tlslint-disable-next-line require-servername, no-unverified-certificate\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 0],
      ['another rule only', "import tls from 'tls';\n// tlslint-disable-next-line no-legacy-tls-version\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 1],
      ['line comment file-level form is not file-level', "// tlslint-disable no-unverified-certificate\nimport tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 1],
      ['text in a string is not a directive', "import tls from 'tls';\nconst s = '// tlslint-disable-next-line no-unverified-certificate';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 1],
      ['text in a template is not a directive', "import tls from 'tls';\nconst s = `\n// tlslint-disable-next-line no-unverified-certificate\n`; tls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 1],
      ['two lines above is too far', "import tls from 'tls';\n// tlslint-disable-next-line no-unverified-certificate\n\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 1],
      // The finding sits at `false` (where the value is written); a directive at the use, written
      // before findings moved there, still silences it.
      ['at the use of a value written above', "import tls from 'tls';\nconst VERIFY = false;\n// tlslint-disable-next-line no-unverified-certificate\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: VERIFY });\n", 0],
      ['where the value is written', "import tls from 'tls';\nconst VERIFY = false; // tlslint-disable-line no-unverified-certificate\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: VERIFY });\n", 0],
      ['neither', "import tls from 'tls';\nconst VERIFY = false;\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: VERIFY });\n", 1],
    ];
    for (const [name, code, expected] of cases) {
      it(name, () => {
        assert.equal(analyzeText('a.ts', code).findings.filter((f) => f.ruleId === 'no-unverified-certificate').length, expected);
      });
    }

    it('JSX comments suppress inside JSX children', () => {
      const code = "import tls from 'tls';\nconst el = (\n  <div>\n    {/* tlslint-disable-next-line no-unverified-certificate */}\n    <Btn onClick={() => tls.connect({ host: '10.0.0.1', rejectUnauthorized: false })} />\n  </div>\n);\n";
      assert.deepEqual(analyzeText('a.tsx', code).findings, []);
    });

    it('reports unused directives and unknown rule ids only when asked', () => {
      const code = "// tlslint-disable-next-line no-legacy-tls-version\nconst a = 1;\n// tlslint-disable-next-line no-such-rule\nconst b = 2;\n";
      assert.deepEqual(analyzeText('a.ts', code).notes, []);
      const notes = analyzeText('a.ts', code, { reportUnusedDirectives: true }).notes;
      assert.deepEqual(notes.map((n) => n.message), [
        'Unused tlslint-disable-next-line directive (no no-legacy-tls-version finding to suppress here).',
        "Unknown rule 'no-such-rule' in tlslint-disable-next-line directive.",
      ]);
      assert.deepEqual(notes.map((n) => n.range?.start.line), [0, 2]);
    });
  });
});
