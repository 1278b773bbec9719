// Differential test: tlslint's cipher-string evaluator against this machine's `openssl ciphers`
// (Debian 12, OpenSSL 3.0). For every generated string the TLS 1.2 expansion and its order must
// equal OpenSSL's exactly; strings OpenSSL rejects must be rejected for the same reason.
//
// `openssl ciphers -ciphersuites '' -- STRING` prints SSL_get_ciphers() (the list
// ssl_create_cipher_list built, no security-level filtering, TLS 1.3 dropped by the empty
// -ciphersuites). A second pass uses `-s -tls1_2 'STRING:@SECLEVEL=n'`, which keeps only what a
// TLS 1.2 handshake could use at level n; without PSK/SRP callbacks it also drops PSK and SRP suites.
// test-unit: own process (long: about 10 s of CPU, so it runs beside the short files)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import * as tls from 'node:tls';
import * as path from 'node:path';
import { evaluateCipherString } from '../../rules/ciphers/evaluate.js';
import { usableAtSecurityLevel } from '../../rules/ciphers/weakness.js';
import { CIPHER_ALIASES } from '../../rules/ciphers/aliases.js';
import { TLS12_SUITES } from '../../rules/ciphers/suites.js';
import { mulberry32 } from '../fuzz/rng.js';

const SEED = Number(process.env.TLSLINT_DIFF_SEED ?? 20250611);
const COUNT = 600;
const SECLEVEL_COUNT = 150;

function haveOpenssl(): string | undefined {
  const r = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function ensureOpenssl(): string | undefined {
  const found = haveOpenssl();
  if (found) return found;
  const script = path.resolve(__dirname, '../../../scripts/ensure-openssl.sh');
  spawnSync('sh', [script], { stdio: 'inherit' });
  return haveOpenssl();
}

const KEYWORDS = [...new Set(CIPHER_ALIASES.map((a) => a.name))];
const SUITE_NAMES = TLS12_SUITES.map((s) => s.name);
const JUNK = ['FOO', 'aes128-sha', 'TLS_AES_128_GCM_SHA256', 'DEFAULT', 'SUITEB128', 'kDHE-RSA', 'HIGH.', 'ECDHE=1'];
const ERRORS = ['HIGH*', '!', 'kRSA+', '@FOO', '@SECLEVEL=7', '+', 'AES+:HIGH', '\tHIGH'];

function generate(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const atom = (): string => {
    const r = rand();
    if (r < 0.55) return pick(KEYWORDS);
    if (r < 0.9) return pick(SUITE_NAMES);
    return pick(JUNK);
  };
  const elements: string[] = [];
  const n = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.07) { elements.push('@STRENGTH'); continue; }
    if (r < 0.09) { elements.push(`@SECLEVEL=${Math.floor(rand() * 6)}`); continue; }
    if (r < 0.11) { elements.push(pick(ERRORS)); continue; }
    const op = pick(['', '', '', '!', '-', '+']);
    const parts = rand() < 0.22 ? [atom(), atom(), ...(rand() < 0.3 ? [atom()] : [])] : [atom()];
    elements.push(op + parts.join('+'));
  }
  if (rand() < 0.2) elements.unshift('DEFAULT');
  const seps = [':', ':', ':', ':', ',', ' ', ';'];
  return elements.reduce((acc, el, i) => (i === 0 ? el : acc + pick(seps) + el), '');
}

interface OpensslResult { ok: boolean; list: string[]; reason?: 'no-match' | 'invalid-command' | 'other'; stderr: string }

function runOpenssl(args: string[]): Promise<OpensslResult> {
  return new Promise((resolve) => {
    execFile('openssl', args, (err, stdout, stderr) => {
      if (!err) return resolve({ ok: true, list: stdout.trim().split(':'), stderr });
      const reason = /no cipher match/.test(stderr) ? 'no-match' : /invalid command/.test(stderr) ? 'invalid-command' : 'other';
      resolve({ ok: false, list: [], reason, stderr });
    });
  });
}

async function mapLimited<T, R>(items: readonly T[], limit: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  }));
  return out;
}

/** What tlslint predicts `openssl ciphers -ciphersuites '' -- s` prints (raw OpenSSL, no Node split). */
function predict(s: string): { ok: boolean; list: string[]; reason?: string } {
  const ev = evaluateCipherString(s, { compiledOnly: true, node: false });
  if (ev.error) return { ok: false, list: [], reason: ev.error.code === 'ERR_SSL_INVALID_COMMAND' ? 'invalid-command' : 'no-match' };
  return { ok: true, list: ev.tls12.map((e) => e.suite.name) };
}

test('tlslint expands cipher strings exactly like `openssl ciphers`', async (t) => {
  const version = ensureOpenssl();
  if (!version) {
    console.error('\n*** openssl-diff: SKIPPED — no `openssl` CLI and scripts/ensure-openssl.sh could not install it ***\n');
    t.skip('openssl is not available');
    return;
  }
  if (!/^OpenSSL 3\.0\./.test(version)) {
    console.error(`\n*** openssl-diff: SKIPPED — the suite table models OpenSSL 3.0, this is "${version}" ***\n`);
    t.skip(`needs OpenSSL 3.0, found ${version}`);
    return;
  }
  const started = Date.now();
  const rand = mulberry32(SEED);
  const strings = ['', 'ALL', 'ALL:COMPLEMENTOFALL', 'DEFAULT', 'HIGH:!aNULL:!MD5', 'COMPLEMENTOFDEFAULT', 'FIPS'];
  while (strings.length < COUNT) strings.push(generate(rand));
  t.diagnostic(`seed ${SEED} (set TLSLINT_DIFF_SEED to vary), ${strings.length} strings, ${version}`);
  console.log(`openssl-diff: seed ${SEED}, ${strings.length} strings`);

  const results = await mapLimited(strings, 16, (s) => runOpenssl(['ciphers', '-ciphersuites', '', '--', s]));
  const failures: string[] = [];
  let accepted = 0;
  strings.forEach((s, i) => {
    const got = results[i]!;
    assert.notEqual(got.reason, 'other', `openssl failed oddly on ${JSON.stringify(s)}: ${got.stderr}`);
    const want = predict(s);
    // The historic table must order the compiled suites exactly as the compiled-only table does.
    const historic = evaluateCipherString(s, { node: false });
    const filtered = historic.error ? [] : historic.tls12.filter((e) => e.suite.compiledInOpenSSL3).map((e) => e.suite.name);
    if (got.ok) accepted++;
    if (got.ok !== want.ok || got.reason !== want.reason || got.list.join(':') !== want.list.join(':')) {
      failures.push(`${JSON.stringify(s)}\n  openssl: ${got.ok ? got.list.join(':') : got.reason}\n  tlslint: ${want.ok ? want.list.join(':') : want.reason}`);
    } else if (want.ok && filtered.join(':') !== want.list.join(':')) {
      failures.push(`${JSON.stringify(s)}: historic table, filtered to OpenSSL 3, orders differently`);
    }
  });
  assert.ok(accepted > COUNT / 3, `only ${accepted} strings were accepted by openssl: the generator is too hostile`);
  assert.deepEqual(failures, [], `${failures.length} of ${strings.length} strings differ (seed ${SEED}):\n${failures.slice(0, 10).join('\n')}`);

  // Security levels: what -s keeps must be what usableAtSecurityLevel keeps.
  const leveled = strings.slice(0, SECLEVEL_COUNT).map((s, i) => `${s}:@SECLEVEL=${i % 6}`);
  const sres = await mapLimited(leveled, 16, (s) => runOpenssl(['ciphers', '-s', '-tls1_2', '-ciphersuites', '', '--', s]));
  const levelFailures: string[] = [];
  leveled.forEach((s, i) => {
    const got = sres[i]!;
    const ev = evaluateCipherString(s, { compiledOnly: true, node: false });
    const want = ev.error ? [] : ev.tls12
      .filter((e) => usableAtSecurityLevel(e.suite, ev.effectiveSecurityLevel) && !/PSK|SRP/.test(e.suite.kx))
      .map((e) => e.suite.name);
    const gotList = got.ok ? got.list : [];
    if (gotList.join(':') !== want.join(':')) levelFailures.push(`${JSON.stringify(s)}\n  openssl -s: ${gotList.join(':')}\n  tlslint:    ${want.join(':')}`);
  });
  assert.deepEqual(levelFailures, [], levelFailures.slice(0, 5).join('\n'));
  t.diagnostic(`${strings.length + leveled.length} openssl runs compared in ${Date.now() - started} ms`);
});

test('the differential comparison can fail (negative controls)', async (t) => {
  if (!haveOpenssl()) {
    console.error('\n*** openssl-diff negative control: SKIPPED — no openssl ***\n');
    t.skip('openssl is not available');
    return;
  }
  const got = await runOpenssl(['ciphers', '-ciphersuites', '', '--', 'HIGH:!aNULL']);
  const right = predict('HIGH:!aNULL').list;
  assert.deepEqual(got.list, right);
  // A deliberately wrong expansion (reversed order, one suite missing, wrong string) must differ.
  assert.notDeepEqual(got.list, [...right].reverse());
  assert.notDeepEqual(got.list, right.slice(1));
  assert.notDeepEqual(got.list, predict('HIGH:!aNULL:!kRSA').list);
  // And a string OpenSSL rejects is not one tlslint accepts.
  const rejected = await runOpenssl(['ciphers', '-ciphersuites', '', '--', 'RC4-SHA']);
  assert.equal(rejected.reason, 'no-match');
  assert.notEqual(evaluateCipherString('RC4-SHA', { node: false }).error, rejected.reason, 'the historic table keeps RC4-SHA');
});

test("Node: createSecureContext rejects what tlslint rejects; accepted strings expand like OpenSSL's two lists", async (t) => {
  if (!/^3\.0\./.test(process.versions.openssl)) {
    console.error(`\n*** node comparison: SKIPPED — Node bundles OpenSSL ${process.versions.openssl}, the table models 3.0 ***\n`);
    t.skip('needs a Node built with OpenSSL 3.0');
    return;
  }
  const rand = mulberry32(SEED + 1);
  const tls13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_8_SHA256', '!TLS_AES_256_GCM_SHA384', 'TLS_FOO', 'TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_RSA_WITH_RC4_128_SHA'];
  const strings = [':', '', '::DEFAULT', 'TLS_AES_128_GCM_SHA256,HIGH'];
  while (strings.length < 300) {
    const base = generate(rand).split(':');
    const k = Math.floor(rand() * 3);
    for (let i = 0; i < k; i++) base.splice(Math.floor(rand() * (base.length + 1)), 0, tls13[Math.floor(rand() * tls13.length)]!);
    strings.push(base.join(':'));
  }
  const failures: string[] = [];
  for (const s of strings) {
    let got = 'ok';
    try {
      tls.createSecureContext({ ciphers: s });
    } catch (e) {
      got = (e as { code?: string }).code ?? String(e);
    }
    const want = evaluateCipherString(s).onOpenSSL3.error?.code ?? 'ok';
    if (got !== want) failures.push(`${JSON.stringify(s)}: node ${got}, tlslint ${want}`);
  }
  assert.deepEqual(failures, []);
  if (!haveOpenssl()) return;
  // Node hands the TLS_/!TLS_ elements to SSL_CTX_set_ciphersuites and the rest to
  // SSL_CTX_set_cipher_list; `openssl ciphers -ciphersuites A B` does the same two calls.
  const accepted = strings.filter((s) => s !== '' && !evaluateCipherString(s).onOpenSSL3.error);
  const uniq = (xs: string[]): string[] => xs.filter((x, i) => xs.indexOf(x) === i);
  const runs = await mapLimited(accepted, 16, (s) => {
    const parts = s.split(':').filter((p) => p.length > 0);
    const t13 = parts.filter((p) => p.startsWith('TLS_') || p.startsWith('!TLS_')).join(':');
    const t12 = parts.filter((p) => !(p.startsWith('TLS_') || p.startsWith('!TLS_'))).join(':');
    return runOpenssl(['ciphers', ...(t13 ? ['-ciphersuites', t13] : []), '--', t12 || 'NO-SUCH-SUITE']);
  });
  const listFailures: string[] = [];
  accepted.forEach((s, i) => {
    const ev = evaluateCipherString(s).onOpenSSL3;
    const want = uniq([...ev.tls13, ...ev.tls12].map((e) => e.suite.name));
    const got = uniq(runs[i]!.list);
    if (runs[i]!.ok && got.join(':') !== want.join(':')) listFailures.push(`${JSON.stringify(s)}\n  openssl: ${got.join(':')}\n  tlslint: ${want.join(':')}`);
  });
  assert.deepEqual(listFailures, [], listFailures.slice(0, 5).join('\n'));
});
