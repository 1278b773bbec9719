// The Python version a project targets, from `requires-python` in the nearest pyproject.toml
// (PEP 621), read with a TOML parser: the lowest version its specifier admits. Data only, like the
// config files: nothing of the project is run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';
import { surelyAbsent } from '../read.js';
import type { PythonSettings } from './types.js';

/** Per directory: the settings pyproject.toml gives, or null when none says. */
export type PyprojectCache = Map<string, PythonSettings | null>;

/** The Python settings of the nearest pyproject.toml from `dir` up to `root` (inclusive). */
export function pyprojectPython(dir: string, root: string | undefined, cache: PyprojectCache): PythonSettings | undefined {
  const visited: string[] = [];
  let found: PythonSettings | null = null;
  for (let d = dir; ; d = path.dirname(d)) {
    const cached = cache.get(d);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(d);
    const file = path.join(d, 'pyproject.toml');
    const text = readText(file);
    if (text !== undefined) {
      found = fromPyproject(text);
      // A pyproject.toml without requires-python still marks the project root: stop there.
      break;
    }
    if (d === root || path.dirname(d) === d) break;
  }
  for (const d of visited) cache.set(d, found);
  return found ?? undefined;
}

/** The settings a pyproject.toml text gives; null when it has no usable requires-python (or is not TOML). */
export function fromPyproject(text: string): PythonSettings | null {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return null;
  }
  const project = (doc as { project?: { 'requires-python'?: unknown } }).project;
  const poetry = (doc as { tool?: { poetry?: { dependencies?: { python?: unknown } } } }).tool?.poetry?.dependencies?.python;
  const spec = typeof project?.['requires-python'] === 'string' ? project['requires-python'] : typeof poetry === 'string' ? poetry : undefined;
  if (spec === undefined) return null;
  const version = lowestVersion(spec);
  return version ? { version, source: `requires-python "${spec}" in pyproject.toml` } : null;
}

/**
 * The lowest Python version a PEP 440 specifier (or Poetry's `^3.8`/`~3.8`) admits, as "3.8";
 * undefined when it names no lower bound.
 */
export function lowestVersion(spec: string): string | undefined {
  let best: [number, number] | undefined;
  for (const clause of spec.split(/[,|]/)) {
    const m = /^\s*(>=|==|~=|\^|~|>)?\s*(\d+)(?:\.(\d+|\*))?/.exec(clause);
    if (!m || (m[1] === undefined && !/^\s*\d/.test(clause))) continue;
    const op = m[1] ?? '==';
    if (op === '<' || op === '<=' || op === '!=') continue;
    let v: [number, number] = [Number(m[2]), m[3] === undefined || m[3] === '*' ? 0 : Number(m[3])];
    if (op === '>' && m[3] !== undefined) v = [v[0], v[1] + 1];
    if (!best || v[0] > best[0] || (v[0] === best[0] && v[1] > best[1])) best = v;
  }
  return best ? `${best[0]}.${best[1]}` : undefined;
}

function readText(file: string): string | undefined {
  if (surelyAbsent(file)) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
