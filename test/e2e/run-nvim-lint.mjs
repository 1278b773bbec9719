// The README's nvim-lint linter definition, run in Neovim (Debian's 0.7.2) headless as nvim-lint
// would run it: nvim-lint itself is not packaged by Debian or npm, so a stand-in `lint` module
// takes the definition; the test then runs its cmd with its args (the buffer's name filled in)
// and the buffer's text on standard input, exactly as nvim-lint spawns a `stdin = true` linter,
// and hands the output to its parser. The diagnostics must be the CLI's findings of that file.
// Usage: node test/e2e/run-nvim-lint.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NVIM, ROOT, isolatedEnv } from './lib/env.mjs';
import { checkInRunDir, cliReport, exitWith, makeRunDir } from './lib/workspace.mjs';

/** The ```lua block that follows the line naming nvim-lint in README.md. */
function nvimLintSnippet() {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /```lua\n(-- nvim-lint[\s\S]*?)\n```/.exec(readme);
  if (!m) throw new Error('README.md has no ```lua block starting with "-- nvim-lint"');
  return m[1];
}

const DRIVER = `
package.preload['lint'] = function() return { linters = {}, linters_by_ft = {} } end
dofile(os.getenv('SNIPPET'))
local lint = require('lint')
local linter = lint.linters.tlslint
assert(linter.stdin == true, 'a stdin linter')
assert(vim.tbl_contains(lint.linters_by_ft.typescript, 'tlslint') and vim.tbl_contains(lint.linters_by_ft.javascript, 'tlslint'), 'registered for JS and TS')
vim.cmd('edit ' .. os.getenv('FILE'))
local args = {}
for _, a in ipairs(linter.args) do table.insert(args, type(a) == 'function' and a() or a) end
local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\\n') .. '\\n'
assert(vim.fn.exepath(linter.cmd) ~= '', linter.cmd .. ' is not on PATH')
local output = vim.fn.system(vim.list_extend({ linter.cmd }, args), text)
local out = {}
for _, d in ipairs(linter.parser(output, 0)) do
  table.insert(out, string.format('%d:%d-%d:%d %s %s', d.lnum, d.col, d.end_lnum, d.end_col, d.code, vim.diagnostic.severity[d.severity]))
end
print('NVIM_LINT ' .. table.concat(out, ';'))
vim.cmd('qa!')
`;

export async function runNvimLint() {
  const { dir, ws } = makeRunDir('nvim-lint');
  return checkInRunDir(dir, () => {
    const snippet = path.join(dir, 'snippet.lua');
    const driver = path.join(dir, 'driver.lua');
    writeFileSync(snippet, nvimLintSnippet());
    writeFileSync(driver, DRIVER);
    // `tlslint` on PATH as npm install -g would put it: a wrapper around the built CLI.
    writeFileSync(path.join(dir, 'tlslint'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist', 'cli.js')}" "$@"\n`, { mode: 0o755 });
    const file = path.join(ws, 'src', 'clients', 'payments.ts');
    const env = isolatedEnv({ PATH: `${dir}:${process.env.PATH}`, SNIPPET: snippet, FILE: file, XDG_CONFIG_HOME: path.join(dir, 'config') });
    const r = spawnSync(NVIM, ['--headless', '--clean', '-i', 'NONE', '-c', `luafile ${driver}`], { cwd: ws, env, encoding: 'utf8', timeout: 60_000 });
    const output = `${r.stdout}${r.stderr}`;
    const got = /NVIM_LINT (.*)/.exec(output)?.[1] ?? '';
    const [entry] = cliReport([path.relative(ws, file)], ws);
    const level = { error: 'ERROR', warning: 'WARN', info: 'INFO' };
    const want = entry.findings.map((f) => `${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${f.ruleId} ${level[f.severity]}`).join(';');
    console.log(`  diagnostics: ${got || '(none)'}\n  CLI:         ${want}`);
    if (!want) throw new Error('the CLI finds nothing in the file: the check could not fail');
    if (got !== want) throw new Error(`nvim exit ${r.status}:\n${output}`);
  });
}

exitWith(import.meta, runNvimLint);
