#!/usr/bin/env node
// Ruff's security rules (S, the flake8-bandit port) on every `.py` file under a folder, through
// Ruff's WebAssembly build for Node (@astral-sh/ruff-wasm-nodejs, installed in tools/bench/ by
// scripts/tools.mjs): the npm registry has no native Ruff. Reads each file and calls the
// Workspace's check with only the S rules selected, as `ruff check --select S` would; skips the
// folders Ruff's defaults exclude that a corpus can hold. Prints one JSON object: files checked,
// diagnostics, files Ruff could not parse. Run by bench/python.mjs: `node bench/ruff.mjs <dir>`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { toolsDir } from '../scripts/tools.mjs';

/** Folders `ruff check` leaves out by default (its `exclude` list) that a source tree can hold. */
const EXCLUDED = new Set(['.bzr', '.direnv', '.eggs', '.git', '.hg', '.mypy_cache', '.nox', '.pants.d', '.pytype', '.ruff_cache', '.svn', '.tox', '.venv', '__pypackages__', '_build', 'buck-out', 'dist', 'node_modules', 'site-packages', 'venv']);

/** Every `.py` file under `dir`, sorted, outside the excluded folders. */
export function pythonFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) {
        if (!EXCLUDED.has(e.name)) walk(path.join(d, e.name));
      } else if (e.isFile() && e.name.endsWith('.py')) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: ruff.mjs <dir>');
  const { Workspace } = createRequire(path.join(toolsDir('bench'), 'package.json'))('@astral-sh/ruff-wasm-nodejs');
  // PositionEncoding.Utf16 (1): the editor's encoding; Ruff computes it for every diagnostic either way.
  const workspace = new Workspace({ lint: { select: ['S'] } }, 1);
  let files = 0;
  let diagnostics = 0;
  let syntaxErrors = 0;
  for (const file of pythonFiles(dir)) {
    const found = workspace.check(readFileSync(file, 'utf8'));
    files++;
    diagnostics += found.filter((d) => d.code !== 'invalid-syntax').length;
    if (found.some((d) => d.code === 'invalid-syntax')) syntaxErrors++;
  }
  process.stdout.write(`${JSON.stringify({ version: Workspace.version(), files, diagnostics, syntaxErrors })}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) main();
