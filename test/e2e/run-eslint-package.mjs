// The ESLint plugin as a new user meets it: `npm pack` of this repository (production bundles), a fresh project that
// installs the tarball and ESLint from the npm registry as the README's ESLint section says, the
// README's eslint.config.mjs snippets verbatim, examples/ copied in. `npx eslint -f json` must give
// the same (file, line, rule) set as the installed package's own `npx tlslint --format json` on the
// JavaScript and TypeScript files, with every one of those files linted and none failing to parse.
//   1. `npm install -D <tarball> eslint` (the README's standalone snippet, which names that command)
//   2. then `npm install -D typescript-eslint typescript` (the snippet for projects that lint
//      TypeScript with typescript-eslint already, with `configs.recommended`)
//   Between the two, vscode-eslint's language server in Neovim on that project (lib/eslint-ls.mjs).
// ESLint, typescript-eslint and TypeScript are installed at the versions tools/eslint/ pins (the ones
// test/eslint/ runs), from the user's npm cache when they are there (--prefer-offline).
// Usage: node test/e2e/run-eslint-package.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, isolatedEnv, withoutNpmEnv } from './lib/env.mjs';
import { eslintLanguageServerInNvim } from './lib/eslint-ls.mjs';
import { checkInRunDir, copySources, exitWith, makeRunDir } from './lib/workspace.mjs';

const TOOLS = JSON.parse(readFileSync(path.join(ROOT, 'tools', 'eslint', 'package.json'), 'utf8')).devDependencies;
const PINS = { eslint: TOOLS.eslint, 'typescript-eslint': TOOLS['@typescript-eslint/parser'], typescript: TOOLS.typescript };

function sh(cmd, args, cwd, env, timeout = 180_000) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout ?? '', output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}` };
}

function must(r, what, codes = [0]) {
  if (!codes.includes(r.code)) throw new Error(`${what} failed (${r.code}):\n${r.output}`);
  return r;
}

/** The README's ```js blocks whose first line is `// eslint.config.mjs, …`, by that line. */
export function readmeConfigs() {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n(\/\/ eslint\.config\.mjs,[^\n]*\n[\s\S]*?)```/g)].map((m) => m[1]);
  const standalone = blocks.find((b) => /\(npm install -D [^)]*\)/.test(b.split('\n')[0]));
  const withTs = blocks.find((b) => b.includes("from 'typescript-eslint'"));
  if (!standalone || !withTs) throw new Error(`README.md must hold an eslint.config.mjs snippet naming its npm install -D command and one importing typescript-eslint (found ${blocks.length} snippets)`);
  return { standalone, withTs };
}

/** The packages of the `(npm install -D …)` a snippet's first line names, `tlslint` as the tarball and the others at their pins. */
function installArgs(snippet, tarball) {
  const names = /\(npm install -D ([^)]*)\)/.exec(snippet)[1].trim().split(/\s+/);
  return names.map((n) => {
    if (n === 'tlslint') return tarball;
    if (!PINS[n]) throw new Error(`README's snippet installs ${n}, which tools/eslint/package.json pins no version of`);
    return `${n}@${PINS[n]}`;
  });
}

/** A plugin glob of the form `**​/*.ext` or `**​/*.d.*.ts` as a regular expression over relative paths. */
const globRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').split('**/').map((part) => part.replace(/\*/g, '[^/]*')).join('(?:.*/)?')}$`);

/** (file, line, rule) of ESLint's JSON results for tlslint's rules; the files it linted. Parse errors fail. */
function eslintKeys(results, project) {
  const keys = [];
  const files = [];
  for (const r of results) {
    const file = path.relative(project, r.filePath).split(path.sep).join('/');
    files.push(file);
    for (const m of r.messages) {
      if (!m.ruleId) throw new Error(`ESLint could not lint ${file}:${m.line}: ${m.message}`);
      if (m.ruleId.startsWith('tlslint/')) keys.push(`${file}:${m.line}:${m.ruleId.slice('tlslint/'.length)}`);
    }
  }
  return { keys: keys.sort(), files: files.sort() };
}

function runEslint(project, env, name) {
  const r = must(sh('npx', ['--no-install', 'eslint', '-f', 'json', 'examples'], project, env), `npx eslint -f json examples (${name})`, [0, 1]);
  return eslintKeys(JSON.parse(r.stdout), project);
}

function compare(name, got, want) {
  const missing = want.keys.filter((k) => !got.keys.includes(k));
  const extra = got.keys.filter((k) => !want.keys.includes(k));
  console.log(`  ${name}: ESLint linted ${got.files.length} files, ${got.keys.length} tlslint findings; the CLI ${want.keys.length}`);
  if (JSON.stringify(got.files) !== JSON.stringify(want.files)) throw new Error(`${name}: ESLint linted ${got.files.join(', ')}; the JS/TS files the CLI read are ${want.files.join(', ')}`);
  if (missing.length || extra.length) throw new Error(`${name}: not the CLI's findings\n    missing: ${missing.join(', ') || '-'}\n    extra:   ${extra.join(', ') || '-'}`);
}

export async function runEslintPackage() {
  const { dir, ws } = makeRunDir('eslint-package');
  // The user's npm cache (what `npm ci` of this project filled), not the isolated HOME's empty one.
  const cache = sh('npm', ['config', 'get', 'cache'], ROOT, withoutNpmEnv()).stdout.trim();
  const env = isolatedEnv({ npm_config_cache: cache, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_loglevel: 'warn' });
  return checkInRunDir(dir, () => {
    const { standalone, withTs } = readmeConfigs();
    // `npm pack` as `npm publish` runs it: its prepare script builds the production bundles. In a
    // copy of the sources, since it would replace dist/, which the other tests read, with them.
    const tPack = Date.now();
    const sources = path.join(dir, 'sources');
    copySources(sources, withoutNpmEnv());
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(sources, 'node_modules'), 'dir');
    const packDir = path.join(dir, 'pack');
    mkdirSync(packDir);
    const pack = JSON.parse(must(sh('npm', ['pack', '--json', '--pack-destination', packDir], sources, withoutNpmEnv()), 'npm pack').stdout);
    const tarball = path.join(packDir, pack[0].filename);
    console.log(`  ${pack[0].filename}: ${pack[0].entryCount} files, ${(pack[0].size / 1e6).toFixed(1)} MB, packed in ${((Date.now() - tPack) / 1000).toFixed(1)} s`);

    // A fresh project (examples/package.json lists dependencies it does not install: not that one)
    // with a copy of examples/ in it; nothing of this repository is reachable from it.
    const project = path.join(dir, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'new-user', version: '1.0.0', private: true }, null, 2)}\n`);
    renameSync(ws, path.join(project, 'examples'));
    const t0 = Date.now();
    const args = installArgs(standalone, tarball);
    must(sh('npm', ['install', '-D', ...args], project, env), `npm install -D ${args.join(' ')}`);
    console.log(`  npm install -D ${args.join(' ')}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The installed bin: the reference, and it must run as `npx tlslint` does for a user.
    const text = sh('npx', ['--no-install', 'tlslint', 'examples'], project, env);
    if (text.code !== 1 || !/src\/legacy-gateway\.js[\s\S]*no-weak-cipher/.test(text.output)) throw new Error(`npx tlslint (exit ${text.code}) does not report examples/ as the CLI does:\n${text.output}`);
    const version = must(sh('npx', ['--no-install', 'tlslint', '--version'], project, env), 'npx tlslint --version').stdout.trim();
    const cli = JSON.parse(must(sh('npx', ['--no-install', 'tlslint', '--format', 'json', 'examples'], project, env), 'npx tlslint --format json examples', [1]).stdout);
    const plugin = JSON.parse(must(sh(process.execPath, ['--input-type=module', '-e', "import p from 'tlslint/eslint-plugin'; const { files, ignores } = p.configs.recommended; console.log(JSON.stringify({ files, ignores }))"], project, env), "import 'tlslint/eslint-plugin'").stdout);
    const included = plugin.files.map(globRegExp);
    const excluded = plugin.ignores.map(globRegExp);
    const jsTs = cli.filter((f) => included.some((re) => re.test(f.filePath)) && !excluded.some((re) => re.test(f.filePath)));
    const want = {
      keys: jsTs.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.ruleId}`)).sort(),
      files: jsTs.map((f) => f.filePath).sort(),
    };
    console.log(`  npx tlslint ${version}: ${cli.length} files, ${want.files.length} of them JS/TS with ${want.keys.length} findings`);
    if (want.keys.length < 15 || want.files.length === cli.length) throw new Error('examples/ should give at least 15 JS/TS findings and hold project files the plugin leaves out: the check could not fail');

    writeFileSync(path.join(project, 'eslint.config.mjs'), standalone);
    compare('standalone snippet', runEslint(project, env, 'standalone snippet'), want);
    // The editor's ESLint extension: its language server in Neovim, fix and suggestion applied.
    eslintLanguageServerInNvim(project, dir, env, standalone);

    const t1 = Date.now();
    const more = ['typescript-eslint', 'typescript'].map((n) => `${n}@${PINS[n]}`);
    must(sh('npm', ['install', '-D', ...more], project, env), `npm install -D ${more.join(' ')}`);
    console.log(`  npm install -D ${more.join(' ')}: ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    writeFileSync(path.join(project, 'eslint.config.mjs'), withTs);
    compare('typescript-eslint snippet', runEslint(project, env, 'typescript-eslint snippet'), want);
  });
}

exitWith(import.meta, runEslintPackage);
