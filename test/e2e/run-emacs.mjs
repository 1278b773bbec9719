// Emacs 28 + Eglot 1.9 (Debian packages) in --batch as a user would run them: the init file holds
// the README's snippet, `tlslint-language-server` comes from `npm install -g`, and
// test/e2e/emacs/drive.el does what the user does on a copy of examples/src/db.js.
// Usage: node test/e2e/run-emacs.mjs
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EMACS, isMain, isolatedEnv, keepArtifacts } from './lib/env.mjs';
import { run, seconds } from './lib/proc.mjs';
import { installGlobally, readmeSnippet } from './lib/user-setup.mjs';
import { makeRunDir } from './lib/workspace.mjs';

export async function runEmacs(binDir) {
  const t0 = Date.now();
  const ownBin = !binDir;
  binDir ??= await installGlobally();
  const { dir, ws } = makeRunDir('emacs');
  const init = path.join(dir, 'init.el');
  writeFileSync(init, `;;; test/e2e/run-emacs.mjs: README.md's configuration verbatim.\n${readmeSnippet('Emacs (Eglot)', 'elisp')}\n`);
  const file = path.join(ws, 'src', 'db.js');
  const env = isolatedEnv({ PATH: `${binDir}:${process.env.PATH}`, HOME: dir, E2E_FILE: file });
  const drive = path.join(import.meta.dirname, 'emacs', 'drive.el');
  // --batch skips the user's init file, so load the one holding the snippet as Emacs would.
  const r = await run(EMACS, ['--batch', '-l', init, '-l', drive], { cwd: ws, env, prefix: '  ', timeoutMs: 90_000 });
  const ok = r.code === 0 && r.output.includes('EMACS_EGLOT_E2E PASS');
  console.log(`  emacs exit code ${r.code}; ${seconds(Date.now() - t0)}`);
  if (ownBin) rmSync(path.dirname(binDir), { recursive: true, force: true });
  if (ok) rmSync(dir, { recursive: true, force: true });
  else console.log(`  logs and workspace kept in ${keepArtifacts(dir)}`);
  return ok;
}

if (isMain(import.meta)) {
  runEmacs().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
