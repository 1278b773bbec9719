// Which Python fixes a finding keeps when values come from other modules: a fix is dropped only when
// one of its edits was built from a node of another module's tree (its offsets count in that text,
// not the linted file's), never because its offsets happen to match those of a value read from
// another module. Each kept fix is applied with --fix-suggestions and the file linted again.
// test-unit: own process (starts worker threads)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';
import { tree as scratchTree } from '../helpers/cli.js';

const ids = catalog.map((r) => r.meta.id);

interface JsonFile {
  filePath: string;
  findings: { ruleId: string; line: number; column: number; fixes: { title: string; edits: { start: number; end: number; text: string }[] }[] }[];
}

async function lint(dir: string, ...args: string[]): Promise<JsonFile[]> {
  let stdout = '';
  await runLint(parseArgs(['--jobs', '1', '--format', 'json', ...args, '.'], ids), { cwd: dir, stdout: (t) => (stdout += t), stderr: () => undefined, isTty: false, version: 'test' });
  return JSON.parse(stdout) as JsonFile[];
}

/** Each finding with the titles of its fixes. */
function fixesOf(files: JsonFile[]): string[] {
  return files.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId} [${x.fixes.map((fix) => fix.title).join('; ')}]`));
}

// `requests.get(url, verify=False)` here, and another module's string at exactly the offsets of `False`.
const FETCH = 'import requests\n\nfrom .settings import CA_BUNDLE\n\n\ndef fetch(url):\n    requests.get(url, verify=False)\n    requests.get(url, verify=CA_BUNDLE)\n';
const SETTINGS_LINE = 'CA_BUNDLE = "/etc/ssl/ca.pem"\n';
const PADDING = `# ${'-'.repeat(FETCH.indexOf('False') - '# \n'.length - 'CA_BUNDLE = '.length)}\n`;

// The weak curve is a class default of an instance another module makes under a condition: the
// finding stays at the use here, where no edit of config.py's text belongs.
const CONFIG = 'import os\n\n\nclass Settings:\n    curve = "prime192v1"\n\n\nDEBUG = os.environ.get("DEBUG") == "1"\nCFG = Settings() if DEBUG else Settings()\n';
const TLS = 'import ssl\n\nfrom app.config import CFG\n\n\ndef context():\n    ctx = ssl.create_default_context()\n    ctx.set_ecdh_curve(CFG.curve)\n    return ctx\n\n\ndef local():\n    ctx = ssl.create_default_context()\n    ctx.set_ecdh_curve("prime192v1")\n    return ctx\n';

describe('Python fixes and values of other modules', () => {
  it("keeps a fix of this file whose offsets coincide with another module's value read here", async () => {
    const settings = PADDING + SETTINGS_LINE;
    assert.equal(settings.indexOf('"/etc'), FETCH.indexOf('False'));
    const dir = scratchTree({ 'svc/__init__.py': '', 'svc/fetch.py': FETCH, 'svc/settings.py': settings }, 'tlslint-pyfixorigin-');
    assert.deepEqual(fixesOf(await lint(dir)), ["svc/fetch.py:7:23 no-unverified-certificate [Remove verify=False (verify certificates); Trust a specific CA instead (verify='/path/to/ca.pem', edit the path)]"]);
    await lint(dir, '--fix-suggestions');
    assert.equal(readFileSync(path.join(dir, 'svc/fetch.py'), 'utf8'), FETCH.replace(', verify=False', ''));
    assert.equal(readFileSync(path.join(dir, 'svc/settings.py'), 'utf8'), settings);
    assert.deepEqual(fixesOf(await lint(dir)), []);
  });

  it("offers no fix built from another module's node: an edit of config.py's text would land in this file", async () => {
    const dir = scratchTree({ 'app/__init__.py': '', 'app/config.py': CONFIG, 'app/tls.py': TLS }, 'tlslint-pyfixorigin-');
    assert.deepEqual(fixesOf(await lint(dir)), ['app/tls.py:8:24 no-weak-key-exchange []', "app/tls.py:14:24 no-weak-key-exchange [Use 'prime256v1']"]);
    await lint(dir, '--fix-suggestions');
    assert.equal(readFileSync(path.join(dir, 'app/tls.py'), 'utf8'), TLS.replace('set_ecdh_curve("prime192v1")', 'set_ecdh_curve("prime256v1")'));
    assert.equal(readFileSync(path.join(dir, 'app/config.py'), 'utf8'), CONFIG);
    assert.deepEqual(fixesOf(await lint(dir)), ['app/tls.py:8:24 no-weak-key-exchange []']);
  });
});
