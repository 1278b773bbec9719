// What choosing an importer pass's files costs (runner/importers.ts): a barrel or a shared helper
// that many deferred files import has its specifiers resolved once per pass, not once for each
// file asking, and what they name is looked at again on the next pass (files linked meanwhile).
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { FileResult } from '../../server/src/engine/types.js';
import { ImporterPasses } from '../../server/src/runner/importers.js';
import { tree as scratchTree } from '../helpers/cli.js';

// Scratch trees live under the unit runner's temporary folder, removed after the run.
const tree = (files: Record<string, string>) => scratchTree(files, 'tlslint-importer-cost-');

const exporter = (fileName: string, names: string[]): FileResult => ({ fileName, findings: [], notes: [], exports: { names, calls: names, passesOn: [] } });
const waiting = (fileName: string): FileResult => ({ fileName, findings: [], notes: [], deferred: true });

/** The passes, with a count of the specifiers they resolve, the files they read and the searches of a file's imports. */
function counted(dir: string): { passes: ImporterPasses; resolved: () => number; reads: string[]; searched: string[] } {
  const passes = new ImporterPasses([dir], () => 1 << 20);
  let n = 0;
  const reads: string[] = [];
  const searched: string[] = [];
  const spy = passes as unknown as {
    resolve(from: string, spec: string): string | undefined;
    read(file: string): string | undefined;
    imports(file: string, ...rest: unknown[]): string[];
  };
  const resolve = spy.resolve.bind(passes);
  spy.resolve = (from, spec) => {
    n++;
    return resolve(from, spec);
  };
  const read = spy.read.bind(passes);
  spy.read = (file) => {
    reads.push(path.relative(dir, file));
    return read(file);
  };
  const imports = spy.imports.bind(passes);
  spy.imports = (file, ...rest) => {
    searched.push(path.relative(dir, file));
    return imports(file, ...rest);
  };
  return { passes, resolved: () => n, reads, searched };
}

const IMPORTERS = 12;

describe('importer passes: the cost of choosing files', () => {
  it("resolves a shared barrel's specifiers once per pass, however many files import it", () => {
    const importers = Object.fromEntries(Array.from({ length: IMPORTERS }, (_, i) => [`use${i}.ts`, "import { makeAgent } from './barrel';\nmakeAgent(true);\n"]));
    const dir = tree({ 'package.json': '{}', 'agent.ts': '', 'util.ts': '', 'barrel.ts': "export * from './agent';\nexport * from './util';\n", ...importers });
    const f = (rel: string) => path.join(dir, rel);
    const { passes, resolved } = counted(dir);
    passes.add(exporter(f('agent.ts'), ['makeAgent']));
    passes.add(exporter(f('util.ts'), ['format']));
    passes.add(waiting(f('barrel.ts')));
    for (const name of Object.keys(importers)) passes.add(waiting(f(name)));
    const chosen = passes.next();
    assert.deepEqual(
      chosen.map((c) => [path.basename(c.file), c.reads.map((r) => path.basename(r))]),
      Object.keys(importers).sort().map((name) => [name, ['agent.ts', 'barrel.ts']]),
    );
    // The importers' one specifier (the same from the same directory) and the barrel's two, once
    // each: not once per importer (12 + 12 × 2).
    assert.equal(resolved(), 1 + 2);
  });

  it('reads a file that named no export again only when an exporter near it has a new name', () => {
    const dir = tree({
      'package.json': '{}',
      'agent.ts': '',
      'client.ts': '',
      'other.ts': "import { makeClient } from './client';\nmakeClient(true);\n",
      'pkg2/package.json': '{}',
      'pkg2/lib.ts': '',
    });
    const f = (rel: string) => path.join(dir, rel);
    const { passes, reads } = counted(dir);
    passes.add(exporter(f('agent.ts'), ['makeAgent']));
    passes.add(waiting(f('other.ts')));
    assert.deepEqual(passes.next(), []);
    assert.deepEqual(reads, ['other.ts']);
    // A name in another package: other.ts is not read again.
    passes.add(exporter(f('pkg2/lib.ts'), ['makeClient']));
    assert.deepEqual(passes.next(), []);
    assert.deepEqual(reads, ['other.ts']);
    // A name near it: read again, and it calls it.
    passes.add(exporter(f('client.ts'), ['makeClient']));
    assert.deepEqual(
      passes.next().map((c) => [path.basename(c.file), c.reads.map((r) => path.basename(r))]),
      [['other.ts', ['client.ts']]],
    );
    assert.deepEqual(reads, ['other.ts', 'other.ts']);
  });

  it("reads a file that names an export but leads to none again only when a new exporter is near it", () => {
    const dir = tree({
      'package.json': '{}',
      'agent.ts': '',
      'util.ts': '',
      'barrel.ts': "export * from './util';\n",
      'use.ts': "import { makeAgent } from './barrel';\nmakeAgent(true);\n",
      'pkg2/package.json': '{}',
      'pkg2/lib.ts': '',
      'pkg2/more.ts': '',
    });
    const f = (rel: string) => path.join(dir, rel);
    const { passes, searched, reads } = counted(dir);
    passes.add(exporter(f('agent.ts'), ['makeAgent']));
    // Every file is known after the first pass; the passes lint known files (which may export then).
    for (const name of ['barrel.ts', 'use.ts', 'pkg2/lib.ts', 'pkg2/more.ts', 'util.ts']) passes.add(waiting(f(name)));
    // use.ts names makeAgent: what its literals name is searched, through the barrel, and leads to
    // no exporter (so TypeScript's pre-processor never reads use.ts itself).
    const count = () => reads.filter((s) => s === 'use.ts').length;
    assert.deepEqual(passes.next(), []);
    assert.equal(count(), 1);
    assert.ok(searched.includes('barrel.ts'));
    assert.ok(!searched.includes('use.ts'));
    passes.add(exporter(f('pkg2/lib.ts'), ['connectLib']));
    assert.deepEqual(passes.next(), []);
    passes.add(exporter(f('pkg2/more.ts'), ['connectMore']));
    assert.deepEqual(passes.next(), []);
    assert.equal(count(), 1, 'nothing new near it: not read again');
    // What the barrel re-exports comes to export a name: a new exporter near use.ts, searched and found.
    passes.add(exporter(f('util.ts'), ['makeAgent']));
    assert.deepEqual(
      passes.next().map((c) => [path.basename(c.file), c.reads.map((r) => path.basename(r))]),
      [['use.ts', ['barrel.ts', 'util.ts']]],
    );
  });

  it("does not pre-process a file whose literals cannot lead to the exporter it names, and chooses every one that can", () => {
    const tests = Object.fromEntries(Array.from({ length: IMPORTERS }, (_, i) => [`test/parallel/t${i}.js`, "const common = require('../common');\nconst { Server } = require('tls');\nnew Server();\n"]));
    const dir = tree({
      'package.json': '{}',
      'lib/wrap.js': '',
      'lib/index.js': '',
      'test/common/index.js': "module.exports = require('./fixtures');\n",
      'test/common/fixtures.js': '',
      ...tests,
      // Each of these does import lib/wrap.js, however its specifier is written.
      'lib/sub/dots.js': "const { Server } = require('..');\nnew Server();\n",
      'lib/escaped.js': "const { Server } = require('.\\u002fwrap');\nnew Server();\n",
      'lib/template.js': 'const { Server } = require(`./wrap.js`);\nnew Server();\n',
      'lib/multi.ts': "// a comment with a quote: don't\nimport { Server } from\n  \"./wrap\";\nnew Server();\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const { passes, searched } = counted(dir);
    passes.add(exporter(f('lib/wrap.js'), ['Server']));
    passes.add({ ...exporter(f('lib/index.js'), []), exports: { names: [], calls: ['Server'], passesOn: [{ name: 'Server', uses: [{ specifier: './wrap', name: 'Server' }] }] } });
    for (const name of ['test/common/index.js', 'test/common/fixtures.js', ...Object.keys(tests), 'lib/sub/dots.js', 'lib/escaped.js', 'lib/template.js', 'lib/multi.ts']) passes.add(waiting(f(name)));
    assert.deepEqual(
      passes.next().map((c) => [path.relative(dir, c.file), c.reads.map((r) => path.relative(dir, r))]),
      [
        ['lib/escaped.js', ['lib/wrap.js']],
        ['lib/multi.ts', ['lib/wrap.js']],
        ['lib/sub/dots.js', ['lib/index.js']],
        ['lib/template.js', ['lib/wrap.js']],
      ],
    );
    // The tests' one literal names test/common, searched once; the tests themselves never.
    assert.deepEqual(searched.filter((s) => s.startsWith('test/parallel')), []);
    assert.equal(searched.filter((s) => s === path.join('test', 'common', 'index.js')).length, 1);
  });

  it('takes a bare specifier ending with an exporter\'s name as a `paths` alias of it', () => {
    const dir = tree({
      'package.json': '{}',
      'lib/agent.ts': '',
      'config/index.ts': '',
      'a.ts': "import { makeAgent } from '@/lib/agent';\nmakeAgent(true);\n",
      'b.ts': "import { makeAgent } from 'agent';\nmakeAgent(true);\n",
      'c.ts': "import { makeAgent } from '@/lib/agents';\nimport './x';\nmakeAgent(true);\n",
      'd.ts': "import { tlsOptions } from '~/config';\nimport './x';\nuse(tlsOptions);\n",
      'e.ts': "import { makeAgent } from 'lib/agent/more';\nimport './x';\nmakeAgent(true);\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const { passes } = counted(dir);
    passes.add(exporter(f('lib/agent.ts'), ['makeAgent']));
    passes.add({ ...exporter(f('config/index.ts'), ['tlsOptions']), exports: { names: ['tlsOptions'], calls: [], passesOn: [] } });
    for (const name of ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts']) passes.add(waiting(f(name)));
    assert.deepEqual(
      passes.next().map((c) => [path.basename(c.file), c.reads.map((r) => path.relative(dir, r))]),
      [
        ['a.ts', ['lib/agent.ts']],
        ['b.ts', ['lib/agent.ts']],
        ['d.ts', ['config/index.ts']],
      ],
    );
  });

  it('looks again on the next pass at what a specifier names: a file linked meanwhile is found', () => {
    const dir = tree({
      'package.json': '{}',
      'agent.ts': '',
      'client.ts': "import { makeAgent } from './agent';\nexport function createClient() { return makeAgent(true); }\n",
      // It names makeAgent too (a comment will do): the first pass resolves its specifiers.
      'index.ts': "import { createClient } from './client';\n// createClient() calls makeAgent(true)\ncreateClient();\n",
      'other.ts': "import { makeAgent } from './agent';\nmakeAgent(true);\n",
    });
    const f = (rel: string) => path.join(dir, rel);
    const { passes } = counted(dir);
    passes.add(exporter(f('agent.ts'), ['makeAgent']));
    passes.add(waiting(f('index.ts')));
    passes.add(waiting(f('other.ts')));
    // index.ts's './client' names no file the passes know yet: only other.ts imports an exporter.
    assert.deepEqual(passes.next().map((c) => path.basename(c.file)), ['other.ts']);
    // The pass lints client.ts (as the CLI would, an importer of agent.ts): it passes makeAgent on.
    passes.add({ ...exporter(f('client.ts'), []), exports: { names: [], calls: ['createClient'], passesOn: [{ name: 'createClient', uses: [{ specifier: './agent', name: 'makeAgent' }] }] } });
    assert.deepEqual(
      passes.next().map((c) => [path.basename(c.file), c.reads.map((r) => path.basename(r))]),
      [['index.ts', ['client.ts']]],
    );
  });
});
