// Neovim (Debian's 0.7.2) headless as a user would run it: init.lua holds the README's snippet for it,
// `tlslint-language-server` comes from `npm install -g`, and nvim opens a copy of examples/src/db.js,
// then of examples/python/inventory/warehouse.py (the Python parser's WebAssembly ships in the package).
// test/e2e/nvim/drive.lua then does what the user does. Usage: node test/e2e/run-nvim.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NVIM, isMain, isolatedEnv, keepArtifacts } from './lib/env.mjs';
import { run, seconds } from './lib/proc.mjs';
import { installGlobally, readmeSnippet } from './lib/user-setup.mjs';
import { makeRunDir } from './lib/workspace.mjs';

/**
 * Test instrumentation, not part of the user's setup: every window/logMessage and
 * window/showMessage of type Error the server sends is kept in _G.tlslint_e2e_errors, which
 * drive.lua requires to be empty (Neovim would only write them to its log file), and every
 * window/showMessage in _G.tlslint_e2e_messages.
 */
const RECORDER = `_G.tlslint_e2e_errors = {}
_G.tlslint_e2e_messages = {}
for _, method in ipairs({ 'window/logMessage', 'window/showMessage' }) do
  local default = vim.lsp.handlers[method]
  vim.lsp.handlers[method] = function(err, result, ctx, config)
    if result and result.type == vim.lsp.protocol.MessageType.Error then
      table.insert(_G.tlslint_e2e_errors, method .. ': ' .. tostring(result.message))
    end
    if result and method == 'window/showMessage' then table.insert(_G.tlslint_e2e_messages, result.message) end
    return default(err, result, ctx, config)
  end
end
`;

export async function runNvim(binDir) {
  const t0 = Date.now();
  const ownBin = !binDir;
  binDir ??= await installGlobally();
  const { dir, ws } = makeRunDir('nvim');
  const config = path.join(dir, 'config');
  mkdirSync(path.join(config, 'nvim'), { recursive: true });
  // The README's snippet for the Neovim installed here (Debian 12: 0.7.2), verbatim and alone: no
  // shim, so the test fails if the snippet needs anything 0.7 lacks.
  writeFileSync(path.join(config, 'nvim', 'init.lua'), `-- test/e2e/run-nvim.mjs: a record of the server's messages, then README.md's configuration verbatim.\n${RECORDER}\n${readmeSnippet('Neovim 0.7', 'lua')}\n`);
  // The README's snippet for Neovim 0.11 cannot run on 0.7; drive.lua checks that it compiles.
  const newer = path.join(dir, 'nvim-0.11.lua');
  writeFileSync(newer, readmeSnippet('Neovim 0.11', 'lua'));
  const env = isolatedEnv({
    PATH: `${binDir}:${process.env.PATH}`,
    XDG_CONFIG_HOME: config,
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    E2E_NVIM_011_SNIPPET: newer,
  });
  const drive = path.join(import.meta.dirname, 'nvim', 'drive.lua');
  const cases = [
    { file: path.join(ws, 'src', 'db.js'), env: {} },
    {
      file: path.join(ws, 'python', 'inventory', 'warehouse.py'),
      env: { E2E_FILETYPE: 'python', E2E_FIX: 'Remove verify=False (verify certificates)', E2E_INSECURE: 'verify=False, ' },
    },
  ];
  let ok = true;
  for (const c of cases) {
    const r = await run(NVIM, ['--headless', '-i', 'NONE', c.file, '-c', `luafile ${drive}`], { cwd: ws, env: { ...env, ...c.env }, prefix: '  ', timeoutMs: 90_000 });
    ok &&= r.code === 0 && r.output.includes('NVIM_E2E PASS');
    console.log(`  nvim on ${path.relative(ws, c.file)}: exit code ${r.code}; ${seconds(Date.now() - t0)}`);
  }
  if (ownBin) rmSync(path.dirname(binDir), { recursive: true, force: true });
  if (ok) rmSync(dir, { recursive: true, force: true });
  else console.log(`  logs and workspace kept in ${keepArtifacts(dir)}`);
  return ok;
}

if (isMain(import.meta)) {
  runNvim().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
