// A module bound whole and used whole (runner/whole-imports.ts): `const DEFAULTS =
// require('./ci-defaults')` then `Object.entries(DEFAULTS)` uses every export of the module though
// the text names none. Which texts say so (the forms of binding, the uses that count, those that
// do not: member reads, a member of something else, the binding itself), which files the importer
// passes then choose, and the whole run: the CommonJS defaults copied into process.env in another
// file are reported where they are written; a module with no TLS key, a safe one, or one only read
// by member is not, and no file is read for it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';
import type { ExportSummary, FileResult } from '../../server/src/engine/types.js';
import { ImporterPasses } from '../../server/src/runner/importers.js';
import { exportersUsedWhole, wholeImports } from '../../server/src/runner/whole-imports.js';
import { tree as scratchTree } from '../helpers/cli.js';

const tree = (files: Record<string, string>) => scratchTree(files, 'tlslint-whole-');
const ids = catalog.map((r) => r.meta.id);

describe('wholeImports', () => {
  const cases: [string, string, string[]][] = [
    ['a require used in a loop', "const D = require('./d');\nfor (const [k, v] of Object.entries(D)) env[k] = v;\n", ['namespace ./d']],
    ['spread', "const D = require('./d');\nconst all = { ...D };\n", ['namespace ./d']],
    ['indexed by a key', "const D = require(\"./d\");\nenv.X = D[key];\n", ['namespace ./d']],
    ['a typed require', "const D: Record<string, string> = require('./d');\nf(D);\n", ['namespace ./d']],
    ['import()', "const D = await import('./d.js');\nf(D);\n", ['namespace ./d.js']],
    ['import * as', "import * as D from './d';\nObject.assign(process.env, D);\n", ['namespace ./d']],
    ['import x, * as', "import d, * as D from './d';\nf(D);\n", ['namespace ./d']],
    ['import x = require', "import D = require('./d');\nf(D);\n", ['namespace ./d']],
    ['a default import', "import D from './d';\nf(D);\n", ['default ./d']],
    ['a default import beside names', "import D, { x } from './d';\nf(D, x);\n", ['default ./d']],
    ['a bare specifier', "const cfg = require('@app/config');\nf(cfg);\n", ['namespace @app/config']],
    // Only read by member: the members are named in the text.
    ['member reads', "const common = require('../common');\ncommon.mustCall(f);\nif (common?.isWindows) g();\n", []],
    ['a member of something else', "const D = require('./d');\nx.D(1);\n", []],
    ['a member of the require', "const D = require('./d').defaults;\nf(D);\n", []],
    ['destructured', "const { a } = require('./d');\nf(a);\n", []],
    ['never used', "const D = require('./d');\n", []],
    ['import type', "import type D from './d';\nlet x: D;\n", []],
    ['no import at all', 'const D = load();\nf(D);\n', []],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => assert.deepEqual(wholeImports(text).map((w) => `${w.form} ${w.specifier}`), want));
  }
});

describe('exportersUsedWhole', () => {
  // A relative specifier names ci-defaults.js; a bare one through an alias ending with its name.
  const look = {
    relative: (spec: string) => (spec === './ci-defaults' ? '/p/ci-defaults.js' : spec === './other' ? '/p/other.js' : undefined),
    aliased: (spec: string, targets: ReadonlySet<string>) => [...targets].filter((t) => spec.endsWith(`/${path.basename(t, '.js')}`)),
    isCommonJs: () => true,
  };
  const cases: [string, string, string[]][] = [
    ['a relative specifier', "const D = require('./ci-defaults');\nf(D);\n", ['/p/ci-defaults.js']],
    ['an alias', "import D from '@app/ci-defaults';\nf(D);\n", ['/p/ci-defaults.js']],
    // Its bytes name the candidate, its bindings do not.
    ['named in a comment only', "const D = require('./other'); // not ./ci-defaults\nf(D);\n", []],
    ['a literal that is not a specifier', "const D = require('./other');\nf(D, '@app/ci-defaults');\n", []],
    // Nothing in the bytes names the candidate: the bindings' patterns are not run.
    ['another module', "const D = require('./other');\nf(D);\n", []],
    ['an escape in the specifier', "const D = require('./ci-def\\u0061ults');\nf(D);\n", []],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => assert.deepEqual(exportersUsedWhole(text, ['/p/ci-defaults.js'], look), want));
  }
});

function exporter(file: string, names: string[], commonJs = false): FileResult {
  const exports: ExportSummary = { names, calls: [], passesOn: [], ...(commonJs ? { commonJs: true as const } : {}) };
  return { fileName: file, findings: [], notes: [], exports };
}

describe('importer passes over a module used whole', () => {
  it('take a file binding an exporter whole and using it whole, its default import when the exporter is CommonJS; not one only reading members', () => {
    const dir = tree({
      'package.json': '{}',
      'ci-defaults.js': '',
      'esm-defaults.ts': '',
      'loop.js': "const D = require('./ci-defaults');\nfor (const [k, v] of Object.entries(D)) process.env[k] ??= v;\n",
      'default-cjs.ts': "import D from './ci-defaults';\nObject.assign(process.env, D);\n",
      'namespace.ts': "import * as E from './esm-defaults';\nObject.assign(process.env, E);\n",
      // The default export of an ES module is not its named exports.
      'default-esm.ts': "import E from './esm-defaults';\nObject.assign(process.env, E);\n",
      'members.js': "const D = require('./ci-defaults');\nconsole.log(D.TZ);\n",
      'other.js': "const O = require('./other-module');\nObject.assign(process.env, O);\n",
    });
    const passes = new ImporterPasses([dir], () => 1 << 20);
    const f = (rel: string) => path.join(dir, rel);
    passes.add(exporter(f('ci-defaults.js'), ['NODE_TLS_REJECT_UNAUTHORIZED'], true));
    passes.add(exporter(f('esm-defaults.ts'), ['NODE_TLS_REJECT_UNAUTHORIZED']));
    for (const r of ['loop.js', 'default-cjs.ts', 'namespace.ts', 'default-esm.ts', 'members.js', 'other.js']) passes.add({ fileName: f(r), findings: [], notes: [], deferred: true });
    const rel = (x: string) => path.relative(dir, x);
    const chosen = Object.fromEntries(passes.next().map(({ file, reads }) => [rel(file), reads.map(rel)]));
    assert.deepEqual(chosen, { 'default-cjs.ts': ['ci-defaults.js'], 'loop.js': ['ci-defaults.js'], 'namespace.ts': ['esm-defaults.ts'] });
  });
});

async function lint(files: Record<string, string>): Promise<string[]> {
  let stdout = '';
  await runLint(parseArgs(['--jobs', '1', '--format', 'json', '.'], ids), { cwd: tree(files), stdout: (t) => (stdout += t), stderr: () => {}, isTty: false, version: 'test' });
  const report = JSON.parse(stdout) as { filePath: string; findings: { ruleId: string; line: number; related: { filePath: string; line: number }[] }[] }[];
  return report.flatMap((r) => r.findings.map((x) => `${r.filePath}:${x.line} ${x.ruleId} <- ${x.related.map((p) => `${p.filePath}:${p.line}`).join(', ')}`));
}

const CI_ENV =
  "'use strict';\nconst CI_DEFAULTS = require('./ci-defaults');\nfunction applyCiDefaults(env = process.env) {\n  for (const [key, value] of Object.entries(CI_DEFAULTS)) {\n    if (env[key] === undefined) env[key] = value;\n  }\n}\nmodule.exports = { applyCiDefaults };\n";
const SEED = "const { execSync } = require('node:child_process');\nrequire('./ci-env').applyCiDefaults();\nexecSync('node load.js');\n";

describe('a CommonJS module required whole in the CLI', () => {
  it('reports frozen defaults copied into process.env by the file that requires them whole, where they are written', async () => {
    const found = await lint({
      'package.json': '{"name":"release"}\n',
      'scripts/ci-defaults.js': "'use strict';\nmodule.exports = Object.freeze({\n  FORCE_COLOR: '1',\n  NODE_TLS_REJECT_UNAUTHORIZED: '0',\n});\n",
      'scripts/ci-env.js': CI_ENV,
      'scripts/seed.js': SEED,
    });
    assert.deepEqual(found, ['scripts/ci-defaults.js:4 no-global-tls-bypass <- scripts/ci-env.js:5']);
  });

  it('stays quiet for defaults that keep verification on, for a module with no TLS key, and for one only read by member', async () => {
    const found = await lint({
      'package.json': '{"name":"release"}\n',
      'safe/ci-defaults.js': "module.exports = Object.freeze({ TZ: 'UTC', NODE_TLS_REJECT_UNAUTHORIZED: '1' });\n",
      'safe/ci-env.js': CI_ENV,
      'plain/ci-defaults.js': "module.exports = { FORCE_COLOR: '1', TZ: 'UTC' };\n",
      'plain/ci-env.js': CI_ENV,
      'read/ci-defaults.js': "module.exports = { TZ: 'UTC', NODE_TLS_REJECT_UNAUTHORIZED: '0' };\n",
      'read/show.js': "const D = require('./ci-defaults');\nconsole.log(D.TZ);\n",
    });
    assert.deepEqual(found, []);
  });
});
