// The workspaces of a tree: packages that import each other by relative paths count as one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The root of the workspace a package belongs to (npm/Yarn `workspaces`, pnpm-workspace.yaml,
 * lerna.json), within the lint's root: its packages import each other by relative paths too
 * (`../../shared/src`), so they count as one package here.
 */
export function workspaceRoot(pkgDir: string, root: string): string | undefined {
  for (let dir = path.dirname(pkgDir); dir.startsWith(root) && dir !== pkgDir; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml')) || existsSync(path.join(dir, 'lerna.json'))) return dir;
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && /"workspaces"\s*:/.test(readText(manifest))) return dir;
    if (dir === root) break;
  }
  return undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
