// vscode-eslint's language server (the one the VS Code ESLint extension runs; npm publishes it in
// vscode-langservers-extracted, pinned in tools/eslint-ls/) in headless Neovim on the fresh project
// of run-eslint-package.mjs, with the README's standalone eslint.config.mjs: test/e2e/nvim/eslint-ls.lua
// checks diagnostics, a safe fix and a suggestion through it. First a negative control: the same
// config with tlslint/no-weak-cipher turned off must not give that diagnostic.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureTools } from '../../../scripts/tools.mjs';
import { NVIM } from './env.mjs';

const DRIVER = path.join(import.meta.dirname, '..', 'nvim', 'eslint-ls.lua');
/** The files eslint-ls.lua edits (fix, suggestion): put back afterwards for the checks that follow. */
const EDITED = ['examples/src/legacy-gateway.js', 'examples/src/db.js'];

function nvim(project, dir, env, extra) {
  const home = path.join(dir, 'nvim-eslint-ls');
  mkdirSync(home, { recursive: true });
  const r = spawnSync(NVIM, ['--headless', '--clean', '-i', 'NONE', '-c', `luafile ${DRIVER}`], {
    cwd: project,
    env: { ...env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache'), E2E_PROJECT: project, ...extra },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}`;
  console.log(output.trimEnd().replace(/^/gm, '    '));
  if (r.status !== 0 || !output.includes('NVIM_E2E PASS')) throw new Error(`Neovim with vscode-eslint-language-server${extra.E2E_RULE_OFF ? ' (rule turned off)' : ''}: exit ${r.status ?? r.signal}`);
}

/** Runs the check in `project` (ESLint and the tarball installed, eslint.config.mjs = `config`); leaves the project as it found it. */
export function eslintLanguageServerInNvim(project, dir, env, config) {
  const t0 = Date.now();
  const tools = ensureTools('eslint-ls', (m) => console.log(`  ${m}`));
  const version = JSON.parse(readFileSync(path.join(tools, 'node_modules', 'vscode-langservers-extracted', 'package.json'), 'utf8')).version;
  const nvimEnv = { ...env, PATH: `${path.join(tools, 'node_modules', '.bin')}${path.delimiter}${env.PATH}` };
  const originals = EDITED.map((f) => [f, readFileSync(path.join(project, f))]);
  const configFile = path.join(project, 'eslint.config.mjs');
  try {
    writeFileSync(configFile, config.replace(/export default ([^;]+);/, "export default [...[$1].flat(), { rules: { 'tlslint/no-weak-cipher': 'off' } }];"));
    if (!readFileSync(configFile, 'utf8').includes("'tlslint/no-weak-cipher': 'off'")) throw new Error('could not turn the rule off in the snippet');
    nvim(project, dir, nvimEnv, { E2E_RULE_OFF: '1' });
    writeFileSync(configFile, config);
    nvim(project, dir, nvimEnv, {});
  } finally {
    writeFileSync(configFile, config);
    for (const [f, text] of originals) writeFileSync(path.join(project, f), text);
  }
  console.log(`  vscode-eslint-language-server ${version} in Neovim: diagnostics, safe fix, suggestion, rule-off control: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
