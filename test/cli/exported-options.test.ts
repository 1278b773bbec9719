// Exported options judged by their importers in the CLI (runner/importer-uses.ts), on disk as a
// user runs it: quiet when every importer uses them safely, the same in worker threads, kept when
// a file the passes never linted imports the module whole (the pre-filter skipped it: nothing
// says what it does with it), kept with --no-project; the judgement never touches the cache's
// view of a file alone.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';
import { ROOT, tree as scratchTree } from '../helpers/cli.js';

const tree = (files: Record<string, string>) => scratchTree(files, 'tlslint-exported-');
const ids = catalog.map((r) => r.meta.id);

const TLS = "'use strict';\nconst upstreamTls = { rejectUnauthorized: false };\nconst serverTls = { rejectUnauthorized: false, minVersion: 'TLSv1.2' };\nmodule.exports = { upstreamTls, serverTls };\n";
const CLIENT = "'use strict';\nconst https = require('https');\nconst { upstreamTls } = require('../config/network');\nexports.agent = new https.Agent({ ...upstreamTls, keepAlive: true });\n";
const HEALTH = "'use strict';\nconst https = require('https');\nconst { serverTls } = require('../config/network');\nexports.start = (key, cert) => https.createServer({ ...serverTls, key, cert }).listen(8443);\n";
const PROJECT = { 'package.json': '{ "name": "inventory", "main": "lib/client.js" }', 'config/network.js': TLS, 'lib/client.js': CLIENT, 'lib/health.js': HEALTH };

/** Each finding as `file:line:column rule [related…]`. */
async function lint(dir: string, extra: string[] = [], hooks = {}): Promise<string[]> {
  let stdout = '';
  await runLint(parseArgs(['--format', 'json', ...extra, '.'], ids), { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, isTty: false, version: 'test' }, hooks);
  const report = JSON.parse(stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number; related?: { filePath: string; line: number; message: string }[] }[] }[];
  return report.flatMap((r) => r.findings.map((f) => `${r.filePath}:${f.line}:${f.column} ${f.ruleId} [${(f.related ?? []).map((x) => `${x.message} at ${x.filePath}:${x.line}`).join('; ')}]`));
}

const UNSAFE_ONLY = ['config/network.js:2:23 no-unverified-certificate [used by new https.Agent at lib/client.js:4]'];

describe('exported options judged by their importers (CLI)', () => {
  it('keeps the one an importer uses unsafely and drops the one a server takes, in one thread and in workers', async () => {
    const dir = tree(PROJECT);
    assert.deepEqual(await lint(dir, ['--jobs', '1']), UNSAFE_ONLY);
    const workers = { workerFile: path.join(ROOT, 'dist', 'worker.js'), minFilesForWorkers: 0 };
    assert.deepEqual(await lint(dir, ['--jobs', '2'], workers), UNSAFE_ONLY);
  });

  it('each file alone (--no-project) reports both, as before', async () => {
    const dir = tree(PROJECT);
    assert.deepEqual(await lint(dir, ['--no-project']), ['config/network.js:2:23 no-unverified-certificate []', 'config/network.js:3:21 no-unverified-certificate []']);
  });

  it('keeps it when a file no pass linted imports the module whole', async () => {
    // No TLS word: the pre-filter skips it, and it names no export that matters, so no pass lints it.
    const dir = tree({ ...PROJECT, 'lib/plugins.js': "'use strict';\nconst all = require('../config/network');\nexports.register = (app) => app.set('net', all);\n" });
    assert.deepEqual(await lint(dir), [...UNSAFE_ONLY, 'config/network.js:3:21 no-unverified-certificate []']);
  });

  it('drops it when the files no pass linted name only other keys of the module', async () => {
    // `{ retries }` of the same module.exports: it cannot reach serverTls.
    const dir = tree({ ...PROJECT, 'config/network.js': TLS.replace('module.exports = { upstreamTls, serverTls };', 'const retries = 3;\nmodule.exports = { upstreamTls, serverTls, retries };'), 'lib/retry.js': "'use strict';\nconst { retries } = require('../config/network');\nexports.times = () => retries;\n" });
    assert.deepEqual(await lint(dir), UNSAFE_ONLY);
  });

  it('keeps what a function of the module makes with a constant, whatever its importers do with the result', async () => {
    // The call inside the function is judged in its own file; `legacyAgent()` handed to other code says nothing of it.
    const kex = "'use strict';\nconst https = require('https');\nfunction pushAgent({ ecdhCurve = 'auto' } = {}) {\n  return new https.Agent({ keepAlive: true, ecdhCurve });\n}\nmodule.exports = {\n  pushAgent,\n  legacyAgent: () => pushAgent({ ecdhCurve: 'prime256v1:secp192k1' }),\n};\n";
    const ship = "'use strict';\nconst { legacyAgent } = require('./kex');\nconst { Pushgateway } = require('prom-client');\nmodule.exports = new Pushgateway('https://push.example', { agent: legacyAgent() });\n";
    const dir = tree({ 'package.json': '{ "name": "push", "main": "lib/ship.js" }', 'lib/kex.js': kex, 'lib/ship.js': ship });
    assert.deepEqual(await lint(dir), ['lib/kex.js:8:34 no-weak-key-exchange [ecdhCurve in pushAgent at lib/kex.js:4]']);
  });

  it('gives the same report from the cache', async () => {
    const dir = tree(PROJECT);
    const cache = ['--cache', '--cache-location', path.join(dir, '.cache')];
    assert.deepEqual(await lint(dir, cache), UNSAFE_ONLY);
    assert.deepEqual(await lint(dir, cache), UNSAFE_ONLY);
  });

  it('keeps an agent made in an exported table when an importer uses it: the agent is a sink of its own file, no loose bag', async () => {
    const agents = "import https from 'node:https';\nexport const agents = {\n  plain: new https.Agent({ keepAlive: true }),\n  crm: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),\n};\n";
    const route = "import https from 'node:https';\nimport { agents } from '../lib/agents';\nhttps.get('https://crm.example.com/x', { agent: agents.crm });\nhttps.get('https://www.example.com/', { agent: agents.plain });\n";
    const dir = tree({ 'package.json': '{ "name": "shop" }', 'lib/agents.ts': agents, 'app/route.ts': route });
    assert.deepEqual(await lint(dir), ['lib/agents.ts:4:43 no-unverified-certificate []']);
  });
});
