// What a user of another editor does: install tlslint so `tlslint-language-server` is on PATH,
// and paste the README's configuration snippet into the editor's init file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RUN_DIR, withoutNpmEnv } from './env.mjs';
import { run } from './proc.mjs';

/**
 * `npm install -g` of this checkout into a new private prefix under .e2e/run/ (npm links the
 * folder, as `npm link` does, and creates the bin entries of package.json). Returns the prefix's
 * bin folder; the caller removes the prefix.
 */
export async function installGlobally() {
  mkdirSync(RUN_DIR, { recursive: true });
  const prefix = mkdtempSync(path.join(RUN_DIR, 'global-'));
  const r = await run('npm', ['install', '-g', '--prefix', prefix, '--ignore-scripts', '--no-audit', '--no-fund', ROOT], { quiet: true, timeoutMs: 120_000, env: { ...withoutNpmEnv(), npm_config_update_notifier: 'false' } });
  const bin = path.join(prefix, 'bin');
  if (r.code !== 0 || !existsSync(path.join(bin, 'tlslint-language-server'))) throw new Error(`npm install -g of tlslint failed (${r.code}):\n${r.output}`);
  return bin;
}

/**
 * The first ```<lang> block after the line that starts with `heading` in the README section
 * "## In other editors", verbatim: the tests run exactly what the README tells users to paste.
 */
export function readmeSnippet(heading, lang) {
  const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const section = lines.findIndex((l) => l.startsWith('## In other editors'));
  const at = lines.findIndex((l, i) => i > section && l.startsWith(heading));
  if (section < 0 || at < 0) throw new Error(`README.md has no line starting with ${JSON.stringify(heading)} under "## In other editors"`);
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(lines.slice(at).join('\n'));
  if (!m) throw new Error(`README.md has no \`\`\`${lang} block after ${JSON.stringify(heading)}`);
  return m[1];
}
