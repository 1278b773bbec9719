#!/usr/bin/env node
// Rebuilds the benchmark corpora under .bench/corpus/ from the pinned sources in bench/corpus.json:
// npm tarballs (`npm pack name@version`) and Node's source tree from Debian's `nodejs` source
// package (`apt-get source --download-only`, with deb-src lines in a private apt directory, so
// the machine's apt configuration is left alone). Every download is checked against its sha256.
// Idempotent: a corpus whose spec has not changed since it was last built is left as it is.
//
//   node bench/corpus.mjs [--only big|tls] [--pin]
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

/** The Debian orig tarball: any Debian revision of the pinned upstream version has the same one. */
function fetchDebian(deb) {
  const target = path.join(DOWNLOADS, deb.orig.file);
  if (existsSync(target) && sha256(target) === deb.orig.sha256) return target;
  const apt = path.join(BENCH_DIR, 'apt');
  for (const d of ['lists/partial', 'cache/archives/partial', 'download']) mkdirSync(path.join(apt, d), { recursive: true });
  writeFileSync(path.join(apt, 'sources.list'), `${deb.sources.join('\n')}\n`);
  const opts = [
    `-o`, `Dir::Etc::SourceList=${path.join(apt, 'sources.list')}`,
    `-o`, `Dir::Etc::SourceParts=${path.join(apt, 'none')}`,
    `-o`, `Dir::State::Lists=${path.join(apt, 'lists')}`,
    `-o`, `Dir::Cache=${path.join(apt, 'cache')}`,
    `-o`, 'Debug::NoLocking=1',
    `-o`, 'APT::Sandbox::User=root',
  ];
  log(`apt-get update (deb-src: ${deb.sources.length} line(s), private lists under .bench/apt)`);
  run('apt-get', [...opts, 'update']);
  const showsrc = run('apt-cache', [...opts, 'showsrc', deb.package]);
  const versions = [...showsrc.matchAll(/^Version: (\S+)$/gm)].map((m) => m[1]);
  const upstream = (v) => v.replace(/-[^-]+$/, '');
  const version = versions.includes(deb.version) ? deb.version : versions.find((v) => upstream(v) === upstream(deb.version));
  if (!version) throw new Error(`no ${deb.package} source with upstream version ${upstream(deb.version)} in ${deb.sources.join(', ')} (found: ${versions.join(', ') || 'none'})`);
  const dl = path.join(apt, 'download');
  const got = path.join(dl, deb.orig.file);
  log(`apt-get source --download-only ${deb.package}=${version}`);
  try {
    run('apt-get', [...opts, 'source', '--download-only', `${deb.package}=${version}`], { cwd: dl });
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
        run('/usr/lib/apt/apt-helper', [...opts, 'download-file', uri, got, `SHA256:${deb.orig.sha256}`]);
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

/** Removes source files over the size limit (tlslint skips them) and counts what is left. */
function prune(dir, maxBytes) {
  let files = 0;
  let bytes = 0;
  let removed = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && SOURCE.test(e.name)) {
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
  fetchNpm(spec.npm, pinMode);
  const orig = spec.debian ? fetchDebian(spec.debian) : undefined;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of spec.npm) {
    const into = path.join(dir, `${p.name.replace('/', '+')}@${p.version}`);
    mkdirSync(into, { recursive: true });
    run('tar', ['-xzf', path.join(DOWNLOADS, tarballName(p)), '-C', into, '--strip-components=1', '--no-same-owner']);
  }
  if (orig) {
    const deb = spec.debian;
    const into = path.join(dir, `node-${deb.version.replace(/\+.*$/, '')}`);
    mkdirSync(into, { recursive: true });
    // `*/lib` with no slash-matching wildcard: the tree's own top-level lib/ and test/, not deps/*/lib.
    const members = deb.include.map((m) => `*/${m}`);
    const excludes = deb.exclude.map((m) => `--exclude=*/${m}`);
    run('tar', ['-xJf', orig, '-C', into, '--strip-components=1', '--no-same-owner', '--wildcards', '--no-wildcards-match-slash', ...excludes, ...members]);
  }
  const { files, bytes, removed } = prune(dir, maxBytes);
  const summary = `${files} source files, ${(bytes / 1e6).toFixed(1)} MB${removed ? `, ${removed} over ${maxBytes} bytes left out` : ''}`;
  writeFileSync(stamp, `${key}\n${summary}\n`);
  log(`${name}: built (${summary})`);
}

function writeSpec(spec) {
  // One package per line, as the file is written by hand.
  const text = JSON.stringify(spec, null, 2).replace(/\{\n\s+"name": ([^\n]+)\n\s+"version": ([^\n]+)\n\s+"sha256": ([^\n]+)\n\s+\}/g, '{ "name": $1 "version": $2 "sha256": $3 }');
  writeFileSync(SPEC_FILE, `${text}\n`);
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
