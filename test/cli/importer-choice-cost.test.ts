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

/** The passes, with a count of the specifiers they resolve. */
function counted(dir: string): { passes: ImporterPasses; resolved: () => number } {
  const passes = new ImporterPasses([dir], () => 1 << 20);
  let n = 0;
  const spy = passes as unknown as { resolve(from: string, spec: string): string | undefined };
  const resolve = spy.resolve.bind(passes);
  spy.resolve = (from, spec) => {
    n++;
    return resolve(from, spec);
  };
  return { passes, resolved: () => n };
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
    // Each importer's one specifier, and the barrel's two once (not once per importer: 12 + 12 × 2).
    assert.equal(resolved(), IMPORTERS + 2);
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
