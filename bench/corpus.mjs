#!/usr/bin/env node
// Rebuilds the benchmark corpora under .bench/corpus/ from the pinned sources in bench/corpus.json:
// npm tarballs (`npm pack name@version`) and Debian source packages (Node's source tree for the
// JS corpus, CPython's standard library and Python TLS libraries for the Python one), fetched with
// `apt-get source --download-only` with deb-src lines in a private apt directory, so the machine's
// apt configuration is left alone. Every download is checked against its sha256. A corpus with a
// `keep` pattern keeps only the files it matches (the Python corpus: `.py` files).
// Idempotent: a corpus whose spec has not changed since it was last built is left as it is.
//
//   node bench/corpus.mjs [--only big|tls|python] [--pin]
//
// --pin writes the sha256 of downloads whose pin is empty into corpus.json (for maintainers
// adding a package); a pin that is set and does not match is always an error.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..');
export const BENCH_DIR = path.join(ROOT, '.bench');
const DOWNLOADS = path.join(BENCH_DIR, 'downloads');
const SPEC_FILE = path.join(here, 'corpus.json');
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

export function corpusDir(name) {
  return path.join(BENCH_DIR, 'corpus', name);
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const log = (msg) => process.stderr.write(`corpus: ${msg}\n`);
const tarballName = (p) => `${p.name.replace(/^@/, '').replace(/\//g, '-')}-${p.version}.tgz`;

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, ...options });
}

function checkHash(file, pin, label, pinned) {
  const actual = sha256(file);
  if (!pin.sha256) {
    if (!pinned) throw new Error(`${label} has no sha256 pin in bench/corpus.json (run with --pin to record ${actual})`);
    pin.sha256 = actual;
    log(`pinned ${label} ${actual}`);
    return;
  }
  if (actual !== pin.sha256) {
    rmSync(file, { force: true });
    throw new Error(`${label}: sha256 ${actual} does not match the pin ${pin.sha256}; the download was removed`);
  }
}

/** Downloads (one `npm pack` for all that are missing) and verifies the tarballs of `packages`. */
function fetchNpm(packages, pinMode) {
  mkdirSync(DOWNLOADS, { recursive: true });
  const missing = packages.filter((p) => {
    const file = path.join(DOWNLOADS, tarballName(p));
    return !existsSync(file) || (p.sha256 && sha256(file) !== p.sha256);
  });
  if (missing.length > 0) {
    log(`npm pack ${missing.length} package(s)`);
    run('npm', ['pack', '--silent', '--pack-destination', DOWNLOADS, ...missing.map((p) => `${p.name}@${p.version}`)], { cwd: DOWNLOADS });
  }
  for (const p of packages) checkHash(path.join(DOWNLOADS, tarballName(p)), p, `${p.name}@${p.version}`, pinMode);
}

const APT = path.join(BENCH_DIR, 'apt');
/** apt options that keep every list, cache and lock under .bench/apt (the machine's own apt is left alone). */
export const APT_OPTIONS = [
  `-o`, `Dir::Etc::SourceList=${path.join(APT, 'sources.list')}`,
  `-o`, `Dir::Etc::SourceParts=${path.join(APT, 'none')}`,
  `-o`, `Dir::State::Lists=${path.join(APT, 'lists')}`,
  `-o`, `Dir::Cache=${path.join(APT, 'cache')}`,
  `-o`, 'Debug::NoLocking=1',
  `-o`, 'APT::Sandbox::User=root',
];
/** The sources.list the private lists were last updated from in this process: one update serves every package. */
let updatedFrom;

/** Writes the private sources.list and runs `apt-get update` unless it was run for the same lines already. */
export function aptUpdate(sources) {
  const text = `${sources.join('\n')}\n`;
  if (updatedFrom === text) return;
  for (const d of ['lists/partial', 'cache/archives/partial', 'download']) mkdirSync(path.join(APT, d), { recursive: true });
  writeFileSync(path.join(APT, 'sources.list'), text);
  log(`apt-get update (${sources.length} line(s), private lists under .bench/apt)`);
  run('apt-get', [...APT_OPTIONS, 'update']);
  updatedFrom = text;
}

/** The Debian orig tarball: any Debian revision of the pinned upstream version has the same one. */
function fetchDebian(deb) {
  const target = path.join(DOWNLOADS, deb.orig.file);
  if (existsSync(target) && sha256(target) === deb.orig.sha256) return target;
  mkdirSync(DOWNLOADS, { recursive: true });
  aptUpdate(deb.sources);
  const showsrc = run('apt-cache', [...APT_OPTIONS, 'showsrc', deb.package]);
  const versions = [...showsrc.matchAll(/^Version: (\S+)$/gm)].map((m) => m[1]);
  const upstream = (v) => v.replace(/-[^-]+$/, '');
  const version = versions.includes(deb.version) ? deb.version : versions.find((v) => upstream(v) === upstream(deb.version));
  if (!version) throw new Error(`no ${deb.package} source with upstream version ${upstream(deb.version)} in ${deb.sources.join(', ')} (found: ${versions.join(', ') || 'none'})`);
  const dl = path.join(APT, 'download');
  const got = path.join(dl, deb.orig.file);
  log(`apt-get source --download-only ${deb.package}=${version}`);
  try {
    run('apt-get', [...APT_OPTIONS, 'source', '--download-only', `${deb.package}=${version}`], { cwd: dl });
  } catch (err) {
    // A mirror can list a Debian revision whose .dsc it no longer (or not yet) holds, while the
    // orig tarball, shared by every revision, is there: fetch that one file from the pool
    // directories the index names, through apt's own downloader. Its sha256 pin is checked below.
    log(`apt-get source failed (${String(err.stderr ?? err.message).trim().split('\n')[0]}); fetching ${deb.orig.file} alone`);
    const dirs = [...new Set([...showsrc.matchAll(/^Directory: (\S+)$/gm)].map((m) => m[1]))];
    const bases = deb.sources.map((line) => line.split(/\s+/)[1]);
    const tried = [];
    for (const uri of bases.flatMap((b) => dirs.map((d) => `${b}/${d}/${encodeURIComponent(deb.orig.file)}`))) {
      if (existsSync(got)) break;
      tried.push(uri);
      try {
        run('/usr/lib/apt/apt-helper', [...APT_OPTIONS, 'download-file', uri, got, `SHA256:${deb.orig.sha256}`]);
      } catch {
        rmSync(got, { force: true });
      }
    }
    if (!existsSync(got)) throw new Error(`${deb.orig.file} is not on the mirror (tried ${tried.join(', ')})`);
  }
  if (!existsSync(got)) throw new Error(`apt-get source did not download ${deb.orig.file}`);
  renameSync(got, target);
  checkHash(target, deb.orig, deb.orig.file, false);
  return target;
}

/**
 * A Debian binary package (`apt-get download package=version`, sha256-pinned): a library's code as
 * it installs, where the mirror no longer holds the source package's orig tarball.
 */
export function fetchDeb(deb, sources) {
  const target = path.join(DOWNLOADS, deb.file);
  if (existsSync(target) && sha256(target) === deb.sha256) return target;
  mkdirSync(DOWNLOADS, { recursive: true });
  aptUpdate(sources);
  log(`apt-get download ${deb.package}=${deb.version}`);
  run('apt-get', [...APT_OPTIONS, 'download', `${deb.package}=${deb.version}`], { cwd: DOWNLOADS });
  if (!existsSync(target)) throw new Error(`apt-get download ${deb.package}=${deb.version} did not write ${deb.file}`);
  checkHash(target, deb, deb.file, false);
  return target;
}

/** Unpacks a binary package's files under `from` (a path inside the package) into `into`. */
export function unpackDeb(file, from, into) {
  mkdirSync(into, { recursive: true });
  const parts = from.split('/').filter(Boolean);
  // The archive's paths start with `./`: one more component to strip; no pattern for the whole package.
  const member = parts.length > 0 ? [`./${parts.join('/')}/*`] : [];
  run('sh', ['-c', 'f="$1" d="$2" n="$3"; shift 3; dpkg-deb --fsys-tarfile "$f" | tar -x -C "$d" --no-same-owner --wildcards --strip-components="$n" "$@"', 'sh', file, into, String(parts.length + 1), ...member]);
}

/**
 * Removes source files over the size limit (tlslint skips them) and, given `keep`, every file it
 * does not match; counts what is left.
 */
function prune(dir, maxBytes, keep) {
  let files = 0;
  let bytes = 0;
  let removed = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (keep && !keep.test(e.name)) rmSync(p);
      else if (e.isFile() && (keep ?? SOURCE).test(e.name)) {
        const size = statSync(p).size;
        if (size > maxBytes) {
          rmSync(p);
          removed++;
        } else if (!/\.d(?:\.[^./]+)?\.[cm]?ts$/.test(e.name)) {
          files++;
          bytes += size;
        }
      }
    }
  };
  walk(dir);
  return { files, bytes, removed };
}

function build(name, spec, maxBytes, pinMode) {
  const dir = corpusDir(name);
  const stamp = path.join(dir, '.complete');
  const key = createHash('sha256').update(JSON.stringify({ spec, maxBytes })).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').split('\n')[0] === key) {
    log(`${name}: up to date (${readFileSync(stamp, 'utf8').split('\n')[1]})`);
    return;
  }
  const npm = spec.npm ?? [];
  fetchNpm(npm, pinMode);
  // One Debian source package (`debian`) or several (`debian` a list, sharing `debianSources`).
  const debs = [spec.debian ?? []].flat().map((deb) => ({ sources: spec.debianSources, ...deb }));
  const origs = debs.map((deb) => fetchDebian(deb));
  const binaries = (spec.debs ?? []).map((deb) => fetchDeb(deb, spec.debianSources));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of npm) {
    const into = path.join(dir, `${p.name.replace('/', '+')}@${p.version}`);
    mkdirSync(into, { recursive: true });
    run('tar', ['-xzf', path.join(DOWNLOADS, tarballName(p)), '-C', into, '--strip-components=1', '--no-same-owner']);
  }
  debs.forEach((deb, i) => {
    const into = path.join(dir, `${deb.dir ?? deb.package}-${deb.version.replace(/[+-].*$/, '')}`);
    mkdirSync(into, { recursive: true });
    // `*/lib` with no slash-matching wildcard: the tree's own top-level lib/ and test/, not deps/*/lib.
    // No `include`: the whole tree. tar tells .xz from .gz by itself.
    const members = (deb.include ?? []).map((m) => `*/${m}`);
    const excludes = (deb.exclude ?? []).map((m) => `--exclude=*/${m}`);
    run('tar', ['-xf', origs[i], '-C', into, '--strip-components=1', '--no-same-owner', '--wildcards', '--no-wildcards-match-slash', ...excludes, ...members]);
  });
  (spec.debs ?? []).forEach((deb, i) => unpackDeb(binaries[i], spec.debsFrom, path.join(dir, `${deb.package}-${deb.version.replace(/[+-].*$/, '')}`)));
  const { files, bytes, removed } = prune(dir, maxBytes, spec.keep ? new RegExp(spec.keep) : undefined);
  const summary = `${files} source files, ${(bytes / 1e6).toFixed(1)} MB${removed ? `, ${removed} over ${maxBytes} bytes left out` : ''}`;
  writeFileSync(stamp, `${key}\n${summary}\n`);
  log(`${name}: built (${summary})`);
}

/**
 * corpus.json as it is written by hand: two-space indents, and an object in a list (a package) on
 * one line when that line is short enough to read.
 */
export function formatSpec(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => (isObject(v) && oneLine(v).length <= 240 ? oneLine(v) : formatSpec(v, inner)));
    return `[\n${items.map((t) => `${inner}${t}`).join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatSpec(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneLine = (v) =>
  isObject(v) ? `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`).join(', ')} }` : Array.isArray(v) ? `[${v.map(oneLine).join(', ')}]` : JSON.stringify(v);

function writeSpec(spec) {
  writeFileSync(SPEC_FILE, `${formatSpec(spec)}\n`);
}

export function buildCorpora(only, pinMode = false) {
  const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8'));
  try {
    for (const [name, corpus] of Object.entries(spec.corpora)) if (!only || only === name) build(name, corpus, spec.maxFileBytes, pinMode);
  } finally {
    if (pinMode) writeSpec(spec);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  try {
    buildCorpora(onlyAt >= 0 ? args[onlyAt + 1] : undefined, args.includes('--pin'));
  } catch (err) {
    log(err.stderr ? `${err.message}\n${err.stderr}` : err.message);
    process.exitCode = 1;
  }
}
