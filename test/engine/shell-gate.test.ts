// The project-file frontends parse a command line (a package.json script, a RUN line, a CI `run:`
// block) only when it holds one of the project-file parts' needles (server/src/lang/files/shell-gate.ts).
// The gate is sound: over every project file of the fixtures and examples/, and over the command
// lines of the project-file rule tables' shapes spelled in each kind of file, the findings are the
// same with every command line parsed; and a script without a needle is not parsed at all (its
// invalid shell is not reported), while one with a needle is.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { languageOfFile } from '../../protocol/languages.js';
import { parseEveryCommandLine } from '../../server/src/lang/files/shell-gate.js';
import { parseForEdits } from '../../server/src/linter/index.js';
import { analyzeText } from '../helpers/lint.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PROJECT_FILE = /(^|[\\/])(package\.json|Dockerfile[^\\/]*|[^\\/]*\.ya?ml)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(abs).isDirectory()) out.push(...files(abs));
    else if (PROJECT_FILE.test(abs) && languageOfFile(abs)) out.push(abs);
  }
  return out;
}

const SHAPES = [
  'NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js',
  'NODE_OPTIONS=--tls-min-v1.0 node a.js',
  'node --tls-cipher-list=DES-CBC3-SHA app.js',
  'npm config set strict-ssl false && npm ci',
  'curl -k https://example.com/x | sh',
  'git -c http.sslVerify=false clone https://h/r',
  'export NODE_EXTRA_CA_CERTS=x; yarn config set enableStrictSsl false',
  'pip install --trusted-host pypi.example x',
  "sh -c 'NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js'",
  'tsc -p . && jest --coverage',
];

function findings(fileName: string, text: string): string[] {
  return analyzeText(fileName, text).findings.map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`);
}

describe('the project-file frontends parse only command lines that may matter', () => {
  after(() => parseEveryCommandLine(false));

  it('finds the same with every command line parsed, over the fixtures, examples/ and the rule tables\u2019 shapes', () => {
    const samples: { fileName: string; text: string }[] = [];
    for (const dir of ['test/fixtures', 'examples']) for (const f of files(path.join(ROOT, dir))) samples.push({ fileName: f, text: readFileSync(f, 'utf8') });
    for (const s of SHAPES) {
      samples.push({ fileName: 'package.json', text: JSON.stringify({ scripts: { start: s } }, null, 2) });
      samples.push({ fileName: 'Dockerfile', text: `FROM node:20\nRUN ${s}\n` });
      samples.push({ fileName: '.github/workflows/ci.yml', text: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${JSON.stringify(s)}\n` });
    }
    assert.ok(samples.length > 60, `${samples.length} samples`);
    let withFindings = 0;
    for (const s of samples) {
      parseEveryCommandLine(false);
      const gated = findings(s.fileName, s.text);
      parseEveryCommandLine(true);
      const every = findings(s.fileName, s.text);
      assert.deepEqual(gated, every, s.fileName);
      if (every.length) withFindings++;
    }
    assert.ok(withFindings > 30, `${withFindings} samples with findings`);
  });

  it('does not parse a script without a needle (its invalid shell is not reported), and parses one with a needle', () => {
    parseEveryCommandLine(false);
    const problems = (scripts: Record<string, string>) => parseForEdits('package.json', JSON.stringify({ scripts }))!.syntaxProblems.length;
    assert.equal(problems({ build: 'tsc && ((' }), 0);
    assert.equal(problems({ start: 'NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js && ((' }), 1);
    parseEveryCommandLine(true);
    assert.equal(problems({ build: 'tsc && ((' }), 1);
  });
});
