// The Python frontend behind the engine: UTF-16 positions, incremental re-parses, syntax errors
// and the fixes kept in broken files, `#` suppressions and where directives go, discovery, and
// the Python version a project targets (python.version, pyproject.toml requires-python).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultConfig, ConfigError, fromPyproject, loadConfigForFile, lowestVersion, parseConfigText } from '../../server/src/engine/config/index.js';
import type { ResolvedConfig } from '../../server/src/engine/config/index.js';
import { directiveEdit, fixText, languageOf, lintBuffer, lintText, parseForEdits, ready, releaseDocument } from '../../server/src/linter/index.js';
import { discoverFiles } from '../../server/src/runner/discover.js';
import type { PyDocument } from '../../server/src/lang/python/document.js';
import { rules as catalog } from '../../rules/index.js';
import { analyzeText } from '../helpers/lint.js';

const IDS = catalog.map((r) => r.meta.id);
const BAD = 'import requests\nrequests.get(url, verify=False)\n';

function config(python?: { version: string; source?: string }): ResolvedConfig {
  return { ...defaultConfig(), testFiles: [], configFile: undefined, baseDir: process.cwd(), ...(python ? { python } : {}) };
}

describe('Python frontend', () => {
  before(() => ready());

  it('claims .py, not .pyi', () => {
    assert.equal(languageOf('a/b.py')?.id, 'python');
    assert.equal(languageOf('a/b.pyi'), undefined);
    assert.equal(languageOf('a/B.PY')?.id, 'python');
  });

  it('reports ranges in UTF-16 code units after non-ASCII text', () => {
    const text = "import requests\nname = 'Zoë 😀'; requests.get(u, verify=False)\n";
    const [f] = analyzeText('a.py', text).findings;
    assert.equal(text.slice(f.start, f.end), 'verify=False');
    assert.deepEqual(f.range.start, { line: 1, character: text.split('\n')[1].indexOf('verify') });
  });

  it('re-parses an edited buffer from the previous tree, with the same findings as a full parse', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `x${i} = ${i}`);
    const before = `import requests\n${lines.join('\n')}\nrequests.get(u, verify=True)\n`;
    const first = lintBuffer('a.py', before, { config: config() });
    assert.equal(first.result.findings.length, 0);
    const at = before.indexOf('True');
    const after = `${before.slice(0, at)}False${before.slice(at + 4)}`;
    const second = lintBuffer('a.py', after, { config: config() }, { document: first.document!, edits: [{ start: at, end: at + 4, newLength: 5 }] });
    assert.equal((first.document as PyDocument).disposed, true, 'the previous tree was handed over');
    assert.deepEqual(second.result.findings.map((f) => f.messageId), ['pyOption']);
    assert.deepEqual(second.result.findings, lintText('a.py', after, { config: config() }).findings);
    // Several changes at once (one notification): still one consistent tree.
    const third = lintBuffer('a.py', after.replace('x0 = 0', 'x0 = 00000').replace('x299 = 299', 'y = 1'), { config: config() }, { document: second.document!, edits: [] });
    assert.equal(third.result.findings.length, 1);
    releaseDocument(third.document!);
    assert.equal((third.document as PyDocument).disposed, true);
  });

  it('reports syntax errors once, still checks what parses, and keeps only fixes that parse', () => {
    const text = 'import requests\nrequests.get(u, verify=False)\ndef broken(:\n    pass\nrequests.post(u, verify=(False\n';
    const r = analyzeText('a.py', text);
    const notes = r.notes.filter((n) => n.kind === 'parse-error');
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /^Syntax error at 3:/);
    const first = r.findings.find((f) => text.slice(f.start, f.end) === 'verify=False');
    assert.ok(first, 'the finding before the error');
    assert.ok(first.fixes.length > 0, 'a fix away from the error is kept');
  });

  it('honours # suppressions: next line with a reason, same line, file level; not in strings', () => {
    const next = analyzeText('a.py', 'import requests\n# tlslint-disable-next-line no-unverified-certificate -- test server\nrequests.get(u, verify=False)\nrequests.get(u, verify=False)  # tlslint-disable-line no-unverified-certificate\n');
    assert.equal(next.findings.length, 0);
    const file = analyzeText('a.py', '#!/usr/bin/env python3\n# tlslint-disable no-unverified-certificate\nimport requests\nrequests.get(u, verify=False)\n');
    assert.equal(file.findings.length, 0);
    const inString = analyzeText('a.py', 'import requests\nX = "# tlslint-disable-next-line no-unverified-certificate"\nrequests.get(u, verify=False)\n');
    assert.equal(inString.findings.length, 1);
    const unused = analyzeText('a.py', '# tlslint-disable-next-line no-unverified-certificate\nx = 1\n', { reportUnusedDirectives: true });
    assert.match(unused.notes.find((n) => n.kind === 'unused-directive')!.message, /Unused tlslint-disable-next-line directive/);
    // A value read through a name is reported where it is written; a directive at the call (written
    // before findings moved there) still silences it, and counts as used.
    const atUse = analyzeText('a.py', 'import requests\nVERIFY = False\n# tlslint-disable-next-line no-unverified-certificate\nrequests.get(u, verify=VERIFY)\n', { reportUnusedDirectives: true });
    assert.deepEqual([atUse.findings.length, atUse.notes.filter((n) => n.kind === 'unused-directive').length], [0, 0]);
    assert.deepEqual(analyzeText('a.py', 'import requests\nVERIFY = False\nrequests.get(u, verify=VERIFY)\n').findings.map((f) => f.range.start.line), [1]);
  });

  it('places directives above the line with its indentation, and after the shebang and encoding lines', () => {
    const text = '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nimport requests\ndef f():\n    requests.get(u, verify=False)\n';
    const doc = parseForEdits('a.py', text)!;
    try {
      assert.deepEqual(directiveEdit(doc, 'tlslint-disable-next-line no-unverified-certificate -- why', { line: 4 }), { start: text.indexOf('    requests'), end: text.indexOf('    requests'), text: '    # tlslint-disable-next-line no-unverified-certificate -- why\n' });
      assert.deepEqual(directiveEdit(doc, 'tlslint-disable no-unverified-certificate', 'file'), { start: text.indexOf('import'), end: text.indexOf('import'), text: '# tlslint-disable no-unverified-certificate\n' });
    } finally {
      releaseDocument(doc);
    }
  });

  it('fixes a file to a fixpoint (fix-all with suggestions)', () => {
    const fixed = fixText('a.py', 'import smtplib\nimport requests\nrequests.get(u, verify=False)\nsmtplib.SMTP_SSL("h")\n', { config: config() }, 'all');
    assert.equal(fixed.fixedText, 'import smtplib\nimport requests\nimport ssl\nrequests.get(u)\nsmtplib.SMTP_SSL("h", context=ssl.create_default_context())\n');
    assert.equal(fixed.result.findings.length, 0);
  });

  it('lowers severity in pytest files by default', () => {
    const r = lintText('tests/test_client.py', BAD, { config: { ...config(), testFiles: defaultConfig().testFiles } });
    assert.equal(r.findings[0].severity, 'warning');
    const c = lintText('pkg/conftest.py', BAD, { config: { ...config(), testFiles: defaultConfig().testFiles } });
    assert.equal(c.findings[0].severity, 'warning');
    const plain = lintText('pkg/client.py', BAD, { config: { ...config(), testFiles: defaultConfig().testFiles } });
    assert.equal(plain.findings[0].severity, 'error');
  });
});

describe('the Python version a project targets', () => {
  before(() => ready());
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tlslint-py-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the lowest version of requires-python specifiers', () => {
    assert.equal(lowestVersion('>=3.8'), '3.8');
    assert.equal(lowestVersion('>=3.9, <4'), '3.9');
    assert.equal(lowestVersion('~=3.10'), '3.10');
    assert.equal(lowestVersion('^3.11'), '3.11');
    assert.equal(lowestVersion('>3.7'), '3.8');
    assert.equal(lowestVersion('==2.7.*'), '2.7');
    assert.equal(lowestVersion('<3.12'), undefined);
    assert.deepEqual(fromPyproject('[project]\nname = "x"\nrequires-python = ">=3.12"\n'), { version: '3.12', source: 'requires-python ">=3.12" in pyproject.toml' });
    assert.deepEqual(fromPyproject('[tool.poetry.dependencies]\npython = "^3.9"\n'), { version: '3.9', source: 'requires-python "^3.9" in pyproject.toml' });
    assert.equal(fromPyproject('not = [toml'), null);
  });

  it('validates python.version in .tlslintrc.json', () => {
    assert.deepEqual(parseConfigText('{"python": {"version": "3.9"}}', 'c.json', IDS).python, { version: '3.9' });
    assert.throws(() => parseConfigText('{"python": {"version": 3.9}}', 'c.json', IDS), (e: ConfigError) => /python\.version: expected the lowest Python version the code runs on, such as "3\.8", got 3\.9/.test(e.message));
    assert.throws(() => parseConfigText('{"python": {"target": "3.9"}}', 'c.json', IDS), (e: ConfigError) => /python: unknown key "target"/.test(e.message));
  });

  it('takes the version from the nearest pyproject.toml unless the config names one', () => {
    mkdirSync(path.join(dir, 'proj', 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'proj', 'pyproject.toml'), '[project]\nrequires-python = ">=3.12"\n');
    const file = path.join(dir, 'proj', 'src', 'a.py');
    assert.deepEqual(loadConfigForFile(file, { ruleIds: IDS, root: dir }).python, { version: '3.12', source: 'requires-python ">=3.12" in pyproject.toml' });
    writeFileSync(path.join(dir, 'proj', '.tlslintrc.json'), '{"python": {"version": "2.7"}}');
    assert.deepEqual(loadConfigForFile(file, { ruleIds: IDS, root: dir }).python, { version: '2.7' });
  });

  it('says when a finding depends on the version, and drops those the version rules out', () => {
    const wrap = 'import ssl\nssl.wrap_socket(sock)\n';
    // Verification only: no-deprecated-tls-api reports the same call as removed in 3.12.
    const unverified = (r: { findings: { ruleId: string }[] }) => r.findings.filter((f) => f.ruleId === 'no-unverified-certificate');
    assert.equal(unverified(lintText('a.py', wrap, { config: config() })).length, 1);
    assert.equal(unverified(lintText('a.py', wrap, { config: config({ version: '3.12' }) })).length, 0, 'ssl.wrap_socket does not exist from 3.12');
    const env = "import os\nos.environ['PYTHONHTTPSVERIFY'] = '0'\n";
    assert.equal(lintText('a.py', env, { config: config() }).findings.length, 1);
    assert.equal(lintText('a.py', env, { config: config({ version: '3.6' }) }).findings.length, 0, 'Python 3 never reads PYTHONHTTPSVERIFY');
    const [smtp] = lintText('a.py', 'import smtplib\nsmtplib.SMTP_SSL("h")\n', { config: config({ version: '2.7', source: 'requires-python ">=2.7" in pyproject.toml' }) }).findings;
    assert.match(smtp.message, /; the project's Python 2\.7 lacks context=\./);
    assert.deepEqual(smtp.fixes, []);
  });
});

describe('discovery of Python files', () => {
  it('reads .py files and never enters virtual environments, site-packages or caches', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tlslint-pyd-'));
    try {
      for (const f of ['app/main.py', 'app/types.pyi', '.venv/lib/x.py', 'venv/y.py', 'lib/site-packages/z.py', 'app/__pycache__/m.py', '.tox/py/t.py', 'app/web.js']) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), 'x = 1\n');
      }
      const found: string[] = [];
      for await (const f of discoverFiles([dir], { cwd: dir })) found.push(path.relative(dir, f).split(path.sep).join('/'));
      assert.deepEqual(found, ['app/main.py', 'app/web.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
