// The importer passes' choice of files (runner/importers.ts): each way a relative specifier names
// a file (as written, `.js` naming `.ts`, without an extension, a directory's index, the order
// they are tried in), barrels passed through (a chain of them, a cycle, an export using a name
// imported through one), and the files left out: one that imports no
// exporter, one that imports it but never names what matters, one that waits for other names.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { ExportSummary, FileResult } from '../../server/src/engine/types.js';
import { ImporterPasses, MAX_BARREL_HOPS } from '../../server/src/runner/importers.js';
import { tree as scratchTree } from '../helpers/cli.js';

// Scratch trees live under the unit runner's temporary folder, removed after the run.
const tree = (files: Record<string, string>) => scratchTree(files, 'tlslint-importers-');

function exporter(file: string, names: string[], calls: string[] = names): FileResult {
  const exports: ExportSummary = { names, calls, passesOn: [] };
  return { fileName: file, findings: [], notes: [], exports };
}
function waiting(file: string, deferred: true | string[] = true): FileResult {
  return { fileName: file, findings: [], notes: [], deferred };
}

/** The files the first importer pass lints, relative to `dir`, with the exporters each reads. */
function firstPass(dir: string, results: FileResult[]): Record<string, string[]> {
  const passes = new ImporterPasses([dir], () => 1 << 20);
  for (const r of results) passes.add(r);
  const rel = (f: string) => path.relative(dir, f).split(path.sep).join('/');
  return Object.fromEntries(passes.next().map(({ file, reads }) => [rel(file), reads.map(rel)]));
}

describe('importer passes', () => {
  it('finds an exporter by each way a relative specifier names it', () => {
    const dir = tree({
      'package.json': '{}',
      'agent.ts': '',
      'client.ts': '',
      'lib/index.ts': '',
      'a.ts': "import { makeAgent } from './agent';\nmakeAgent(true);\n",
      'b.ts': "import { get } from './client.js';\nget();\n",
      'c.ts': "import { build } from './lib';\nbuild( );\n",
      'd.ts': "import { makeAgent } from './agent.ts';\nmakeAgent<Options>(true);\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const chosen = firstPass(dir, [
      exporter(f('agent.ts'), ['makeAgent']),
      exporter(f('client.ts'), ['get']),
      exporter(f('lib/index.ts'), ['build']),
      ...['a.ts', 'b.ts', 'c.ts', 'd.ts'].map((r) => waiting(f(r))),
    ]);
    assert.deepEqual(chosen, { 'a.ts': ['agent.ts'], 'b.ts': ['client.ts'], 'c.ts': ['lib/index.ts'], 'd.ts': ['agent.ts'] });
  });

  it('reads across the packages of one workspace (npm/Yarn workspaces, pnpm-workspace.yaml), not across unrelated packages', () => {
    const files = (root: Record<string, string>) => ({
      ...root,
      'packages/shared/package.json': '{ "name": "@acme/shared" }',
      'packages/shared/src/presets.js': '',
      'packages/api/package.json': '{ "name": "@acme/api" }',
      'packages/api/src/client.js': "import { AGENT_OPTIONS } from '../../shared/src/presets.js';\nnew https.Agent(AGENT_OPTIONS);\n",
    });
    const choose = (dir: string) => {
      const f = (rel: string) => path.join(dir, rel);
      return firstPass(dir, [exporter(f('packages/shared/src/presets.js'), ['AGENT_OPTIONS'], []), waiting(f('packages/api/src/client.js'))]);
    };
    const expected = { 'packages/api/src/client.js': ['packages/shared/src/presets.js'] };
    assert.deepEqual(choose(tree(files({ 'package.json': '{ "private": true, "workspaces": ["packages/*"] }' }))), expected);
    assert.deepEqual(choose(tree(files({ 'package.json': '{ "private": true }', 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n" }))), expected);
    // Unrelated packages side by side: not read again for each other's exports.
    assert.deepEqual(choose(tree(files({ 'package.json': '{ "private": true }' }))), {});
  });

  it('takes a top-level directory with no package.json for one package when packages sit beside it under the scan root; a root of no packages stays one', () => {
    const dir = tree({
      'node/lib/tls-helpers.js': '',
      'node/test/parallel/test-a.js': "const { connect } = require('../../lib/tls-helpers');\nconnect(true);\n",
      'node/bin/run.js': "const { connect } = require('../lib/tls-helpers');\nconnect(true);\n",
      'pkg/package.json': '{ "name": "pkg" }',
      // Beside it: a package whose file imports the tree's exporter by a path out of its package.
      'pkg/src/client.js': "const { connect } = require('../../node/lib/tls-helpers');\nconnect(true);\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const chosen = firstPass(dir, [exporter(f('node/lib/tls-helpers.js'), ['connect']), ...['node/test/parallel/test-a.js', 'node/bin/run.js', 'pkg/src/client.js'].map((r) => waiting(f(r)))]);
    assert.deepEqual(chosen, { 'node/bin/run.js': ['node/lib/tls-helpers.js'], 'node/test/parallel/test-a.js': ['node/lib/tls-helpers.js'] });
    // `tlslint src` on a project: no package.json under the root, its top-level directories are one project.
    const src = tree({ 'lib/agent.js': '', 'app/main.js': "const { makeAgent } = require('../lib/agent');\nmakeAgent(true);\n", 'main.js': "const { makeAgent } = require('./lib/agent');\nmakeAgent(true);\n" });
    const g = (rel: string) => path.join(src, rel);
    assert.deepEqual(firstPass(src, [exporter(g('lib/agent.js'), ['makeAgent']), waiting(g('app/main.js')), waiting(g('main.js'))]), { 'app/main.js': ['lib/agent.js'], 'main.js': ['lib/agent.js'] });
  });

  it('takes the file a specifier names first: the file as written before an added extension, that before a directory index', () => {
    const dir = tree({ 'package.json': '{}', 'x.ts': '', 'x/index.ts': '', 'main.ts': "import { build } from './x';\nbuild();\n" });
    const f = (rel: string) => path.join(dir, rel);
    // Both export `build`; './x' is x.ts (an added extension comes before a directory's index).
    const chosen = firstPass(dir, [exporter(f('x/index.ts'), ['build']), exporter(f('x.ts'), ['build']), waiting(f('main.ts'))]);
    assert.deepEqual(chosen, { 'main.ts': ['x.ts'] });
  });

  it('reads an exporter through a barrel that re-exports it', () => {
    const dir = tree({
      'package.json': '{}',
      'lib/agent.ts': '',
      'lib/index.ts': "export * from './agent';\n",
      'main.ts': "import { makeAgent } from './lib';\nmakeAgent(true);\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const chosen = firstPass(dir, [exporter(f('lib/agent.ts'), ['makeAgent']), waiting(f('lib/index.ts'), []), waiting(f('main.ts'))]);
    assert.deepEqual(chosen, { 'main.ts': ['lib/agent.ts', 'lib/index.ts'] });
  });

  it('reads an exporter through a chain of barrels, up to MAX_BARREL_HOPS of them, and ends a cycle of barrels', () => {
    const dir = tree({
      'package.json': '{}',
      'src/clients/factory.ts': '',
      'src/clients/index.ts': "export { createClient } from './factory';\n",
      'src/index.ts': "export * from './clients';\nexport * from './loop';\n",
      'src/loop/index.ts': "export * from '..';\n",
      'main.ts': "import { createClient } from './src';\ncreateClient({ insecure: true });\n",
      // Five barrels between far.ts and the exporter: one more than MAX_BARREL_HOPS.
      'deep/b1.ts': "export * from './b2';\n",
      'deep/b2.ts': "export * from './b3';\n",
      'deep/b3.ts': "export * from './b4';\n",
      'deep/b4.ts': "export * from './b5';\n",
      'deep/b5.ts': "export * from '../src/clients/factory';\n",
      'deep/near.ts': "import { createClient } from './b2';\ncreateClient({ insecure: true });\n",
      'deep/far.ts': "import { createClient } from './b1';\ncreateClient({ insecure: true });\n",
    });
    assert.equal(MAX_BARREL_HOPS, 4);
    const f = (rel: string) => path.join(dir, rel);
    const barrels = ['src/clients/index.ts', 'src/index.ts', 'src/loop/index.ts', 'deep/b1.ts', 'deep/b2.ts', 'deep/b3.ts', 'deep/b4.ts', 'deep/b5.ts'];
    const chosen = firstPass(dir, [exporter(f('src/clients/factory.ts'), ['createClient']), ...barrels.map((b) => waiting(f(b), [])), ...['main.ts', 'deep/near.ts', 'deep/far.ts'].map((r) => waiting(f(r)))]);
    assert.deepEqual(chosen, {
      'main.ts': ['src/clients/factory.ts', 'src/clients/index.ts', 'src/index.ts'],
      'deep/near.ts': ['deep/b2.ts', 'deep/b3.ts', 'deep/b4.ts', 'deep/b5.ts', 'src/clients/factory.ts'],
    });
  });

  it('an export that uses a name imported through a barrel matters when that name does', () => {
    const dir = tree({
      'package.json': '{}',
      'lib/agent.ts': '',
      'lib/helpers/index.ts': "export * from '../agent';\n",
      'lib/other.ts': '',
      'lib/clients/factory.ts': "import { makeAgent } from '../helpers';\n",
      'lib/clients/plain.ts': "import { makeAgent } from '../other';\n",
      'main.ts': "import { createClient } from './lib/clients/factory';\ncreateClient({ insecure: true });\n",
      'side.ts': "import { createPlain } from './lib/clients/plain';\ncreatePlain({ insecure: true });\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const passing = (file: string, name: string, specifier: string): FileResult => ({ fileName: f(file), findings: [], notes: [], exports: { names: [], calls: [name], passesOn: [{ name, uses: [{ specifier, name: 'makeAgent' }] }] } });
    const chosen = firstPass(dir, [
      exporter(f('lib/agent.ts'), ['makeAgent']),
      exporter(f('lib/other.ts'), []),
      waiting(f('lib/helpers/index.ts'), []),
      passing('lib/clients/factory.ts', 'createClient', '../helpers'),
      // Its makeAgent comes from a file whose exports do not matter.
      passing('lib/clients/plain.ts', 'createPlain', '../other'),
      waiting(f('main.ts')),
      waiting(f('side.ts')),
    ]);
    assert.deepEqual(chosen, { 'main.ts': ['lib/clients/factory.ts'] });
  });

  it('leaves out a file that imports no exporter, one that never calls what matters, and one that waits for other names', () => {
    const dir = tree({
      'package.json': '{}',
      'agent.ts': '',
      'other.ts': '',
      'none.ts': "import { helper } from './other';\nmakeAgent(true);\n",
      'named.ts': "import { makeAgent } from './agent';\nconst f = makeAgent;\n",
      'waits.ts': "import { makeAgent } from './agent';\nmakeAgent(true);\n",
      'calls.ts': "import { makeAgent } from './agent';\nmakeAgent (true);\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const chosen = firstPass(dir, [
      exporter(f('agent.ts'), ['makeAgent']),
      exporter(f('other.ts'), []),
      waiting(f('none.ts')),
      waiting(f('named.ts')),
      waiting(f('waits.ts'), ['createClient']),
      waiting(f('calls.ts')),
    ]);
    assert.deepEqual(chosen, { 'calls.ts': ['agent.ts'] });
  });

  it('takes a file that calls what matters under the name its import gives it (`import { makeAgent as createAgent }`)', () => {
    const dir = tree({
      'package.json': '{}',
      'agent.ts': '',
      'renamed.ts': "import { makeAgent as createAgent } from './agent';\ncreateAgent(true);\n",
      'unused.ts': "import { makeAgent as createAgent } from './agent';\nconst f = createAgent;\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const chosen = firstPass(dir, [exporter(f('agent.ts'), ['makeAgent']), waiting(f('renamed.ts')), waiting(f('unused.ts'))]);
    assert.deepEqual(chosen, { 'renamed.ts': ['agent.ts'] });
  });

  it('takes a file that calls what matters under the name a barrel gives it (`export { makeAgent as createAgent }`, `export { default as createClient }`)', () => {
    const dir = tree({
      'package.json': '{}',
      'http/agent.ts': '',
      'http/client.ts': '',
      'http/index.ts': "export { makeAgent as createAgent } from './agent';\nexport { default as createClient } from './client';\n",
      'a.ts': "import { createAgent } from './http';\ncreateAgent(true);\n",
      'b.ts': "import { createClient } from './http';\ncreateClient({ insecure: true });\n",
      'c.ts': "import { other } from './http';\nother(true);\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const chosen = firstPass(dir, [
      exporter(f('http/agent.ts'), ['makeAgent']),
      exporter(f('http/client.ts'), ['default']),
      { fileName: f('http/index.ts'), findings: [], notes: [], exports: { names: [], calls: [], passesOn: [] } },
      waiting(f('a.ts')),
      waiting(f('b.ts')),
      waiting(f('c.ts')),
    ]);
    assert.deepEqual(chosen, { 'a.ts': ['http/agent.ts', 'http/index.ts'], 'b.ts': ['http/client.ts', 'http/index.ts'] });
  });
});
