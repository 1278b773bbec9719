// Builds tlslint.vsix with `npm run package`, in a staging copy of the repository (sources and
// node_modules linked, as test/vsix does) so the production build never rewrites the repo's dist/
// while other tests use it.
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RUN_DIR, withoutNpmEnv } from './env.mjs';
import { run } from './proc.mjs';

const LINKED = ['client', 'server', 'rules', 'node_modules', 'esbuild.mjs'];
const COPIED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'images/icon.png'];

/** Returns the path of the .vsix, in a new folder under .e2e/run/ that the caller removes. */
export async function packageVsix() {
  mkdirSync(RUN_DIR, { recursive: true });
  const stage = mkdtempSync(path.join(RUN_DIR, 'vsix-'));
  for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(stage, name));
  for (const name of COPIED) {
    mkdirSync(path.dirname(path.join(stage, name)), { recursive: true });
    copyFileSync(path.join(ROOT, name), path.join(stage, name));
  }
  const r = await run('npm', ['run', 'package'], { cwd: stage, quiet: true, timeoutMs: 180_000, env: { ...withoutNpmEnv(), npm_config_update_notifier: 'false' } });
  if (r.code !== 0) throw new Error(`npm run package failed (${r.code}):\n${r.output}`);
  return path.join(stage, 'tlslint.vsix');
}
