// A new user's first scan of a project: `tlslint some/project` reports the bypasses in package.json
// scripts, .npmrc, .env, a Dockerfile, a compose file, a Kubernetes manifest and a GitHub workflow,
// each at its line and column in SARIF, and --fix-suggestions leaves files that lint clean.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

const FILES: Record<string, string> = {
  'package.json': '{\n  "name": "shop",\n  "scripts": {\n    "dev": "NODE_TLS_REJECT_UNAUTHORIZED=0 next dev",\n    "build": "next build"\n  }\n}\n',
  '.npmrc': 'registry=https://npm.example.com/\nstrict-ssl=false\n',
  '.env': '# local\nNODE_TLS_REJECT_UNAUTHORIZED=0\n',
  Dockerfile: 'FROM node:20\nENV NODE_ENV=production NODE_TLS_REJECT_UNAUTHORIZED=0\nCMD ["node", "server.js"]\n',
  'docker-compose.yml': 'services:\n  web:\n    environment:\n      - NODE_TLS_REJECT_UNAUTHORIZED=0\n',
  'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          env:\n            - name: NODE_TLS_REJECT_UNAUTHORIZED\n              value: "0"\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          NODE_TLS_REJECT_UNAUTHORIZED=0 npm test\n',
  'node_modules/dep/package.json': '{ "scripts": { "x": "NODE_TLS_REJECT_UNAUTHORIZED=0 node x" } }\n',
  'tsconfig.json': '{ "scripts": { "x": "NODE_TLS_REJECT_UNAUTHORIZED=0 node x" } }\n',
};

/** file, 1-based line and column where each finding starts. */
const EXPECTED = [
  ['.env', 2, 1], ['.github/workflows/ci.yml', 8, 11], ['.npmrc', 2, 1], ['Dockerfile', 2, 25],
  ['docker-compose.yml', 4, 9], ['k8s/deploy.yaml', 10, 15], ['package.json', 4, 13],
];

describe('CLI on a project with project files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tlslint-project-files-'));
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each bypass at its line and column in SARIF, with a fix, and nothing in node_modules or tsconfig.json', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'sarif', '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const got = sarif.runs[0]!.results.map((x) => {
      const loc = x.locations[0]!.physicalLocation;
      assert.equal(x.ruleId, 'no-global-tls-bypass');
      return [loc.artifactLocation.uri, loc.region.startLine, loc.region.startColumn];
    });
    assert.deepEqual(got.sort(), [...EXPECTED].sort());
    const text = spawnSync(process.execPath, [CLI, '.'], { cwd: dir, encoding: 'utf8' }).stdout;
    assert.match(text, /7 problems \(7 errors/);
    assert.match(text, /7 with `--fix-suggestions`/);
  });

  it('--fix-suggestions removes every one and leaves valid files', () => {
    const r = spawnSync(process.execPath, [CLI, '--fix-suggestions', '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts, { dev: 'next dev', build: 'next build' });
    assert.equal(readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), 'FROM node:20\nENV NODE_ENV=production\nCMD ["node", "server.js"]\n');
    assert.equal(readFileSync(path.join(dir, '.github/workflows/ci.yml'), 'utf8'), 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          npm test\n');
    assert.equal(readFileSync(path.join(dir, 'docker-compose.yml'), 'utf8'), 'services:\n  web:\n    environment: []\n');
    const again = spawnSync(process.execPath, [CLI, '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal(again.status, 0, again.stdout);
  });
});
