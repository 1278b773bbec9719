// The pre-filter's scanner and the needles the catalog declares (soundness over the fixtures is in
// prefilter-soundness.test.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SINKS } from '../../rules/data/node/sinks.js';
import { rules as catalog } from '../../rules/index.js';
import { moduleNeedles, sinkModuleNeedles } from '../../rules/js/needles.js';
import { analyzeText } from '../helpers/lint.js';
import { defaultConfig } from '../../server/src/engine/config/index.js';
import { lintFile, lintText } from '../../server/src/linter/index.js';
import { decodedText } from '../../server/src/engine/escapes.js';
import { NeedleAutomaton } from '../../server/src/engine/needle-automaton.js';
import { DIRECTIVE_NEEDLE, isSpecifierNeedle, prefilterFor } from '../../server/src/engine/prefilter.js';

const automaton = (plain: string[], specifiers: string[] = []) =>
  new NeedleAutomaton([...plain.map((text, i) => ({ text, specifier: false, groups: [i] })), ...specifiers.map((text, i) => ({ text, specifier: true, groups: [plain.length + i] }))], plain.length + specifiers.length);
/** The groups found, as the needles' texts; the same for the text as a string and as UTF-8 bytes. */
function found(a: NeedleAutomaton, needles: string[], text: string): string[] {
  const fromString = [...a.groupsIn(text)].flatMap((f, g) => (f ? [needles[g]] : []));
  const fromBytes = [...a.groupsIn(Buffer.from(text, 'utf8'))].flatMap((f, g) => (f ? [needles[g]] : []));
  assert.deepEqual(fromBytes, fromString, `bytes and string disagree on ${JSON.stringify(text)}`);
  return fromString;
}

describe('NeedleAutomaton', () => {
  it('finds every needle that occurs, overlapping and nested ones included, in one pass', () => {
    const needles = ['secureProtocol', 'Protocol', 'ciphers', 'phe', 'rejectUnauthorized'];
    const a = automaton(needles);
    assert.deepEqual(found(a, needles, 'x.secureProtocol = y; // ciphers'), ['secureProtocol', 'Protocol', 'ciphers', 'phe']);
    assert.deepEqual(found(a, needles, 'const é = "naïve ☃ rejectUnauthorized";'), ['rejectUnauthorized']);
    assert.deepEqual(found(a, needles, 'secureProtoco rejectUnauthorize cipers'), []);
    assert.deepEqual(found(a, needles, ''), []);
  });

  it('counts a module specifier only where one can stand', () => {
    const needles = ["'tls'", '"tls"', '`tls`', "'node:tls'"];
    const a = automaton([], needles);
    for (const code of ["require('tls')", 'import tls from "tls"', "import('node:tls')", 'require(`tls`)', "r( /* the module */ 'tls')", "import tls = require( 'tls' );", "import {\n  connect,\n} from\n'tls';", "import 'tls';", "(0, require)('tls')"]) {
      assert.notDeepEqual(found(a, needles, code), [], code);
    }
    for (const code of ["const protocols = ['http', 'tls'];", "if (p === 'tls') {}", "x = a && 'tls'", "`tls`", "{ kind: 'tls' }"]) {
      assert.deepEqual(found(a, needles, code), [], code);
    }
  });

  it('counts a name needle only where a keyword, key or attribute can stand', () => {
    // `verify` as a name (group 0), `ssl` as a name (group 1), `ssl` as plain text of another rule (group 2).
    const a = new NeedleAutomaton([{ text: 'verify', specifier: false, name: true, groups: [0] }, { text: 'ssl', specifier: false, name: true, groups: [1] }, { text: 'ssl', specifier: false, groups: [2] }], 3);
    const groups = (code: string) => {
      const f = a.groupsIn(code);
      assert.deepEqual([...a.groupsIn(Buffer.from(code, 'utf8'))], [...f], code);
      return [...f].flatMap((x, g) => (x ? [g] : []));
    };
    for (const code of ['get(u, verify=False)', 'get(u, verify = False)', 'get(u,\n  verify\n  = False)', 'get(u, verify  # off\n = False)', 'get(u, verify \\\n= False)', 's.verify = False', 's . verify, x = False, 1', "{'verify': False}", '**{"verify": False}', "setattr(s, 'verify', False)", 'def f(verify: bool = False): pass', "k = '\\x76erify'"]) {
      assert.deepEqual(groups(code), [0], code);
    }
    for (const code of ['verify(x)', 'self.verify (x)', '"We verify it"', 'x.verify_all = 1', 'if verify == 1: pass', 'pre_verify = 1', "'verify it'"]) {
      assert.deepEqual(groups(code), [], code);
    }
    // The plain needle of the same text still counts anywhere.
    assert.deepEqual(groups('openssl_version = 1'), [2]);
    assert.deepEqual(groups('connect(h, ssl=False)'), [1, 2]);
  });

  it('sees needles spelled with escape sequences, in strings and identifiers', () => {
    const needles = ['rejectUnauthorized', 'NODE_TLS_REJECT_UNAUTHORIZED'];
    const specifiers = ["'tls'"];
    const a = automaton(needles, specifiers);
    const all = [...needles, ...specifiers];
    for (const [code, expected] of [
      ["require('\\x74ls')", "'tls'"],
      ["require('\\u0074ls')", "'tls'"],
      ["require('\\u{74}ls')", "'tls'"],
      ["require('\\164ls')", "'tls'"],
      ["require('t\\\nls')", "'tls'"],
      ["require('t\\\r\nls')", "'tls'"],
      ["require('t\\\u2028ls')", "'tls'"],
      ['o.reject\\u0055nauthorized = false', 'rejectUnauthorized'],
      ["o['reject\\Unauthorized'] = false", 'rejectUnauthorized'],
      ["process.env['NODE_TLS_\\x52EJECT_UNAUTHORIZED'] = '0'", 'NODE_TLS_REJECT_UNAUTHORIZED'],
      // In data, a specifier made by an escape is taken (the place check reads raw text only).
      ["x = ['\\x74ls']", "'tls'"],
    ]) {
      assert.deepEqual(found(a, all, code), [expected], code);
    }
    // Escapes that make no needle character do not make a match.
    assert.deepEqual(found(a, all, "x = 'reject\\nUnauthorized\\t'; y = /\\d+tls/"), []);
  });

  it('finds what the raw and the decoded text hold, also beside escapes that make no needle character', () => {
    // The decoding pass skips a run of escapes that each stand for a character no needle holds
    // (`\n`, `\\`, `\xff`); a run with one that makes a needle character or joins lines is read.
    // Checked against decoding the whole text, on texts built from pieces, with needles with and
    // without a backslash (with one, no run is skipped).
    const pieces = ['t', 'l', 's', 'tl', 'ls', 'x', ' ', "'", '\\n', '\\\\', '\\t', '\\xff', '\\x74', '\\164', '\\u0073', '\\d', '\\\n', '\\', 'longer filler text '];
    let seed = 7;
    const random = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % k);
    for (const needles of [['tls', 'xl', 'stl'], ['tls', 's\\t', 'l\\']]) {
      const a = automaton(needles);
      for (let round = 0; round < 3000; round++) {
        const text = Array.from({ length: 1 + random(40) }, () => pieces[random(pieces.length)]).join('');
        const decoded = decodedText(text).text;
        const expected = needles.filter((n) => text.includes(n) || decoded.includes(n));
        assert.deepEqual(found(a, needles, text), expected, JSON.stringify(text));
      }
    }
    // A needle well after an inert run, and one an escape makes after it, in one text.
    assert.deepEqual(found(automaton(['tls']), ['tls'], `a\\n\\\\b${' '.repeat(40)}\\x74ls`), ['tls']);
    assert.deepEqual(found(automaton(['tls']), ['tls'], `a\\n\\\\b${' '.repeat(40)}t\\\nls`), ['tls']);
  });

  it('rejects needles that are empty or not ASCII', () => {
    assert.throws(() => automaton(['']), /non-empty ASCII/);
    assert.throws(() => automaton(['naïve']), /non-empty ASCII/);
  });
});

describe('the catalog\'s needles', () => {
  it('are non-empty ASCII for every rule; specifier needles are what moduleNeedles makes', () => {
    for (const { meta, parts } of catalog) {
      const needles = parts.js?.needles ?? [];
      assert.ok(needles.length > 0, meta.id);
      for (const n of needles) {
        assert.match(n, /^[\x01-\x7f]+$/, `${meta.id}: ${JSON.stringify(n)}`);
        if (isSpecifierNeedle(n)) assert.ok(moduleNeedles([n.slice(1, -1).replace(/^node:/, '')]).includes(n), n);
      }
    }
  });

  it('name the sink modules of rules that fire on a sink call alone', () => {
    const needles = (id: string) => new Set(catalog.find((r) => r.meta.id === id)!.parts.js!.needles);
    for (const s of SINKS.filter((x) => x.sni === 'none')) for (const n of moduleNeedles(s.modules)) assert.ok(needles('require-servername').has(n), n);
    for (const n of moduleNeedles(['mysql2', 'mysql2/promise', 'nodemailer', 'imapflow', 'imap'])) {
      assert.ok(needles('no-unverified-hostname').has(n) || needles('no-plaintext-downgrade').has(n), n);
    }
    assert.ok(sinkModuleNeedles().includes('"node:https"'));
  });

  it('add the directive needle only when unused directives are reported', () => {
    assert.ok(!prefilterFor(catalog, 'js', false).needles.includes(DIRECTIVE_NEEDLE));
    assert.ok(prefilterFor(catalog, 'js', true).needles.includes(DIRECTIVE_NEEDLE));
    assert.equal(prefilterFor(catalog, 'js', true), prefilterFor(catalog, 'js', true), 'built once per rule set');
  });

  it('gate a text to the rules whose needles it holds', () => {
    const gate = prefilterFor(catalog, 'js').gate("import tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n");
    assert.deepEqual(gate.rules.map((r) => r.meta.id).sort(), ['no-unverified-certificate', 'require-servername']);
    assert.deepEqual(prefilterFor(catalog, 'js').gate('export const x = 1;\n').rules, []);
  });

  it('gate project files by the rules\' files parts: a package.json without TLS text costs one scan', () => {
    const files = prefilterFor(catalog, 'files');
    assert.notEqual(files, prefilterFor(catalog, 'js'), 'one pre-filter per kind of part');
    assert.deepEqual(files.rules.map((r) => r.meta.id).sort(), ['no-global-tls-bypass', 'no-legacy-tls-version', 'no-tls-key-logging', 'no-unverified-certificate', 'no-weak-cipher']);
    assert.deepEqual(files.gate('{ "name": "app", "scripts": { "build": "tsc -p .", "test": "node --test" }, "dependencies": { "tls-check": "1.0.0" } }\n').rules, []);
    assert.deepEqual(files.gate('{ "scripts": { "dev": "NODE_TLS_REJECT_UNAUTHORIZED=0 next dev" } }\n').rules.map((r) => r.meta.id), ['no-global-tls-bypass']);
    assert.deepEqual(files.gate('FROM node\nENV NODE_OPTIONS=--tls-min-v1.0\n').rules.map((r) => r.meta.id), ['no-legacy-tls-version']);
    // A JS part's needles do not open a project file, nor a files part's a JS file.
    assert.deepEqual(files.gate('{ "scripts": { "x": "rejectUnauthorized: false" } }\n').rules, []);
    // (The JS part reads exec() command lines too, so its own needles include 'curl -k'; a cluster is the files part's alone.)
    assert.ok(!prefilterFor(catalog, 'js').gate('RUN curl -sSLk https://x\n').rules.some((r) => r.meta.id === 'no-unverified-certificate'));
    assert.ok(prefilterFor(catalog, 'js').gate("execSync('curl -k https://x');\n").rules.some((r) => r.meta.id === 'no-unverified-certificate'));
  });

  it('gate a rule with alsoNeedles only when the text holds one of each set', () => {
    const ids = (text: string) => prefilterFor(catalog, 'js').gate(text).rules.map((r) => r.meta.id);
    assert.ok(ids("const tls = require('tls');\ntls.createSecurePair();\n").includes('no-deprecated-tls-api'));
    assert.ok(!ids("const crypto = require('crypto');\ncrypto.randomUUID();\n").includes('no-deprecated-tls-api'), 'the module alone');
    assert.ok(!ids('xhr.withCredentials = true;\nchart.setOptions({});\n').includes('no-deprecated-tls-api'), 'the names alone');
  });
});

describe('linting with the pre-filter', () => {
  const options = { config: { ...defaultConfig(), configFile: undefined, baseDir: '/' } };

  it('leaves a text no rule can fire in unparsed: no finding, no parse note', () => {
    const broken = 'const x = ;\nfunction (\n';
    assert.deepEqual(lintText('a.ts', broken, options), { fileName: 'a.ts', findings: [], notes: [] });
    assert.equal(analyzeText('a.ts', broken).notes[0]?.kind, 'parse-error', 'analyzeText alone still parses everything');
    assert.equal(lintText('a.ts', broken, { ...options, prefilter: false }).notes[0]?.kind, 'parse-error');
  });

  it('parses a file with a needle and reports its parse problems as before', () => {
    const r = lintText('a.ts', "import tls from 'tls';\nconst x = ;\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", options);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
    assert.equal(r.notes[0]?.kind, 'parse-error');
  });

  it('checks a file with only a suppression comment when unused directives are reported', () => {
    const text = '// tlslint-disable-next-line no-weak-cipher\nexport const x = 1;\n';
    assert.deepEqual(lintText('a.ts', text, options).notes, []);
    assert.deepEqual(lintText('a.ts', text, { ...options, reportUnusedDirectives: true }).notes.map((n) => n.kind), ['unused-directive']);
  });

  it('reads files as bytes: binary and non-UTF-8 files still get their notes, a byte order mark is dropped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-prefilter-'));
    const file = (name: string, bytes: Buffer) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    assert.match(lintFile(file('bin.js', Buffer.from([0x61, 0, 0x62])), options).notes[0].message, /binary/);
    assert.match(lintFile(file('latin1.js', Buffer.from([0x63, 0xe9, 0x0a])), options).notes[0].message, /UTF-8/);
    assert.match(lintFile(file('big.js', Buffer.alloc(64, 0x61)), { ...options, config: { ...options.config, maxFileSize: 32 } }).notes[0].message, /64 bytes is over the 32-byte limit/);
    const bom = file('bom.js', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("require('tls').connect({ host: '10.0.0.1', rejectUnauthorized: false });\n")]));
    assert.equal(lintFile(bom, options).findings[0].start, "require('tls').connect({ host: '10.0.0.1', ".length);
  });
});
