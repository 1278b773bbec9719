// `tlslint` on Python files, as a user runs it (the built dist/cli.js in a child process, which
// loads the WebAssembly parser from beside the bundle): discovery, every format, suppressions,
// --fix-suggestions, and --jobs (worker threads load the parser too).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FILES: Record<string, string> = {
  'svc/client.py': 'import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify=False)\n',
  'svc/mail.py': 'import smtplib\n\nserver = smtplib.SMTP_SSL("smtp.example.com")\n',
  'svc/quiet.py': 'import requests\n# tlslint-disable-next-line no-unverified-certificate -- staging proxy, ticket OPS-12\nrequests.get(u, verify=False)\nrequests.get(u, verify=False)  # tlslint-disable-line no-unverified-certificate\n',
  'svc/types.pyi': 'import requests\nrequests.get(u, verify=False)\n',
  '.venv/lib/python3.12/site-packages/x.py': 'import requests\nrequests.get(u, verify=False)\n',
  'tests/test_client.py': 'import requests\nrequests.get(u, verify=False)\n',
};

describe('tlslint on Python files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tlslint-clipy-'));
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports .py files in text, with test files one level lower, and skips stubs and virtual environments', () => {
    const r = cli(['.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /svc\/client\.py\n\s+5:30\s+error\s+verify=False makes requests accept any certificate, so the server can be spoofed\./);
    assert.match(r.stdout, /svc\/mail\.py\n\s+3:10\s+error\s+smtplib\.SMTP_SSL\(\) without context=/);
    assert.match(r.stdout, /tests\/test_client\.py\n\s+2:17\s+warning/);
    assert.doesNotMatch(r.stdout, /quiet\.py|types\.pyi|\.venv/);
  });

  it('writes JSON and SARIF for them', () => {
    const json = JSON.parse(cli(['--format', 'json', 'svc'], dir).stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number }[] }[];
    assert.deepEqual(json.map((r) => [r.filePath, r.findings.map((f) => [f.ruleId, f.line, f.column])]), [['svc/client.py', [['no-unverified-certificate', 5, 30]]], ['svc/mail.py', [['no-unverified-certificate', 3, 10]]], ['svc/quiet.py', []]]);
    const sarif = JSON.parse(cli(['--format', 'sarif', 'svc'], dir).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const loc = sarif.runs[0].results.map((x) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine]);
    assert.deepEqual(loc, [['no-unverified-certificate', 'svc/client.py', 5], ['no-unverified-certificate', 'svc/mail.py', 3]]);
  });

  it('--fix-suggestions rewrites the files and leaves them clean; --jobs gives the same report', () => {
    const jobs = cli(['--format', 'json', '--jobs', '2', '.'], dir);
    const single = cli(['--format', 'json', '.'], dir);
    assert.deepEqual(JSON.parse(jobs.stdout), JSON.parse(single.stdout));
    const r = cli(['--fix-suggestions', 'svc'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(path.join(dir, 'svc/client.py'), 'utf8'), 'import requests\n\n\ndef fetch(url):\n    return requests.get(url)\n');
    assert.equal(readFileSync(path.join(dir, 'svc/mail.py'), 'utf8'), 'import smtplib\nimport ssl\n\nserver = smtplib.SMTP_SSL("smtp.example.com", context=ssl.create_default_context())\n');
  });
});

describe('a copy of the built command without the Python WebAssembly beside it', () => {
  it('lints JavaScript as ever and gives each Python file a note saying why it was skipped', () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'tlslint-nowasm-'));
    for (const f of ['cli.js', 'cli-main.js', 'worker.js', 'typescript.js']) copyFileSync(path.join(path.dirname(CLI), f), path.join(bin, f));
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-nowasm-ws-'));
    writeFileSync(path.join(dir, 'a.js'), "const https = require('https');\nnew https.Agent({ rejectUnauthorized: false });\n");
    writeFileSync(path.join(dir, 'b.py'), 'import requests\nrequests.get(u, verify=False)\n');
    try {
      const r = spawnSync(process.execPath, [path.join(bin, 'cli.js'), '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      const files = JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string }[]; notes: { message: string }[] }[];
      assert.deepEqual(files.find((f) => f.filePath === 'a.js')?.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
      const py = files.find((f) => f.filePath === 'b.py');
      assert.deepEqual(py?.findings, []);
      assert.match(py?.notes[0]?.message ?? '', /the Python parser could not be loaded \(/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
