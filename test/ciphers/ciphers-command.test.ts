import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCiphersCommand } from '../../server/src/cli/ciphers-command.js';

function run(...args: string[]): { code: number; out: string } {
  let out = '';
  const code = runCiphersCommand(args, (t) => { out += t.endsWith('\n') ? t : `${t}\n`; });
  return { code, out };
}

interface JsonSuite { name: string; iana: string; protocol: string; kx: string; auth: string; enc: string; bits: number; mac: string; weaknesses: { id: string; tier: number }[] }
interface JsonOut { input: string; suites: JsonSuite[]; tls13: JsonSuite[]; securityLevel: number | null; verdict: string }

function json(s: string): JsonOut {
  const r = run(s, '--json');
  const out = JSON.parse(r.out) as JsonOut;
  assert.equal(r.code, out.verdict === 'insecure' || out.verdict === 'empty' ? 1 : 0, `exit code for a ${out.verdict} string`);
  return out;
}

/** The table rows of the TLS 1.2 section (header included). */
function tls12Rows(out: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.startsWith('TLS 1.2 and below'));
  const end = lines.findIndex((l, i) => i > start && l === '');
  return lines.slice(start + 1, end);
}

describe('tlslint ciphers (text)', () => {
  test('ALL: every suite, aligned, weak', () => {
    const { code, out } = run('ALL');
    assert.equal(code, 0);
    const rows = tls12Rows(out);
    assert.match(rows[0]!, /#\s+OpenSSL name\s+IANA name\s+Proto\s+Kx\s+Au\s+Enc\(bits\)\s+MAC\s+Enabled by\s+Weaknesses/);
    const col = rows[0]!.indexOf('Weaknesses');
    for (const r of rows.slice(1)) assert.ok(r.length >= col && r[col - 1] === ' ' && r[col] !== ' ', `misaligned: ${r}`);
    assert.match(out, /^\s+1\s+ECDHE-ECDSA-AES256-GCM-SHA384\s/m);
    assert.match(out, /RC4-SHA \*/, 'suites OpenSSL 3 dropped are marked');
    assert.match(out, /^Verdict: weak \(tier 2\): 'ALL' enables/m);
    assert.match(out, /To drop the tier-1\/2 suites, append: /);
  });

  test('HIGH:!aNULL:!MD5: acceptable, information only', () => {
    const { out } = run('HIGH:!aNULL:!MD5');
    assert.match(out, /^Verdict: acceptable/m);
    assert.match(out, /information: 'HIGH' enables .*static-rsa/);
    assert.match(out, /AES128-SHA\s+TLS_RSA_WITH_AES_128_CBC_SHA\s+SSLv3\s+RSA\s+RSA\s+AES\(128\)\s+SHA1\s+HIGH\s+T2 static-rsa cbc-sha1/);
  });

  test('DEFAULT:@SECLEVEL=0: insecure because of the security level', () => {
    const { out } = run('DEFAULT:@SECLEVEL=0');
    assert.match(out, /^Security level: 0 \(set by the string\)$/m);
    assert.match(out, /^Verdict: insecure \(tier 1\): @SECLEVEL=0 turns off/m);
    assert.match(out, /^Remove '@SECLEVEL=0'/m);
  });

  test('RC4-SHA:AES128-SHA: RC4 tier 1, static RSA and CBC-SHA1 tier 2', () => {
    const { out } = run('RC4-SHA:AES128-SHA');
    const rows = tls12Rows(out);
    assert.equal(rows.length, 3);
    assert.match(rows[1]!, /^\s+1\s+RC4-SHA \*\s+TLS_RSA_WITH_RC4_128_SHA\s.*RC4\(128\)\s+SHA1\s+RC4-SHA\s+T1 rc4; T2 static-rsa$/);
    assert.match(rows[2]!, /^\s+2\s+AES128-SHA\s.*\s+AES128-SHA\s+T2 static-rsa cbc-sha1$/);
    assert.match(out, /^Verdict: insecure \(tier 1\): 'RC4-SHA' enables rc4$/m);
    assert.match(out, /also tier 2: .*'AES128-SHA' enables static-rsa, cbc-sha1/);
    assert.match(out, /not in OpenSSL 3\.0 .* 1 TLS 1\.2 suite\(s\) remain/);
    assert.match(out, /append: !RC4$/m);
  });

  test('TLS 1.3 section and rejected strings', () => {
    assert.match(run('TLS_AES_128_GCM_SHA256').out, /\(none: Node makes this context TLS 1\.3-only\)/);
    assert.match(run('nonsense').out, /^Verdict: empty: .*ERR_SSL_NO_CIPHER_MATCH/m);
    assert.match(run('HIGH*').out, /ERR_SSL_INVALID_COMMAND/);
  });

  test('--openssl3 shows only suites OpenSSL 3 has', () => {
    const { out } = run('RC4-SHA:AES128-SHA', '--openssl3');
    assert.equal(tls12Rows(out).length, 2);
    assert.doesNotMatch(out, /RC4-SHA \*/);
  });
});

describe('tlslint ciphers --json', () => {
  test('ALL', () => {
    const j = json('ALL');
    assert.equal(j.input, 'ALL');
    assert.equal(j.verdict, 'weak');
    assert.equal(j.securityLevel, null);
    assert.deepEqual(Object.keys(j.suites[0]!).slice(0, 10), ['name', 'iana', 'id', 'protocol', 'kx', 'auth', 'enc', 'bits', 'algBits', 'mac']);
    assert.equal(j.tls13.length, 3);
  });

  test('HIGH:!aNULL:!MD5', () => {
    const j = json('HIGH:!aNULL:!MD5');
    assert.equal(j.verdict, 'acceptable');
    assert.ok(j.suites.every((s) => s.auth !== 'None' && s.mac !== 'MD5'));
  });

  test('DEFAULT:@SECLEVEL=0', () => {
    const j = json('DEFAULT:@SECLEVEL=0');
    assert.equal(j.verdict, 'insecure');
    assert.equal(j.securityLevel, 0);
  });

  test('RC4-SHA:AES128-SHA', () => {
    const j = json('RC4-SHA:AES128-SHA');
    assert.equal(j.verdict, 'insecure');
    assert.deepEqual(j.suites.map((s) => s.name), ['RC4-SHA', 'AES128-SHA']);
    assert.deepEqual(j.suites[0], {
      ...j.suites[0], name: 'RC4-SHA', iana: 'TLS_RSA_WITH_RC4_128_SHA', protocol: 'SSLv3', kx: 'RSA', auth: 'RSA',
      enc: 'RC4', bits: 128, mac: 'SHA1', weaknesses: [{ id: 'rc4', tier: 1 }, { id: 'static-rsa', tier: 2 }],
    });
    assert.deepEqual(j.suites[1]!.weaknesses, [{ id: 'static-rsa', tier: 2 }, { id: 'cbc-sha1', tier: 2 }]);
  });
});

describe('usage', () => {
  test('a missing string is a usage error (exit 2) with a clear message', () => {
    const r = run();
    assert.equal(r.code, 2);
    assert.match(r.out, /missing the cipher string/);
    // One line pointing at the help, not the whole help.
    assert.match(r.out, /Run 'tlslint ciphers --help' for the options\./);
    assert.doesNotMatch(r.out, /Usage: tlslint ciphers/);
    assert.equal(run('--json').code, 2);
  });

  test('two strings, unknown options and bad levels are usage errors', () => {
    assert.equal(run('HIGH', 'ALL').code, 2);
    assert.equal(run('HIGH', '--frobnicate').code, 2);
    assert.equal(run('HIGH', '--security-level', '9').code, 2);
  });

  test('exit codes follow the verdict: 1 for an insecure string or one Node rejects, 0 otherwise (weak is a warning)', () => {
    assert.equal(run('RC4-SHA:ECDHE+AESGCM').code, 1);
    assert.equal(run('ECDHE+AESGCM:@SECLEVEL=0').code, 1);
    assert.equal(run('nonsense').code, 1);
    assert.equal(run('ALL').code, 0);
    assert.equal(run('HIGH:!aNULL:!MD5').code, 0);
    assert.equal(run('ECDHE+AESGCM').code, 0);
    assert.equal(run('RC4-SHA:ECDHE+AESGCM', '--json').code, 1);
  });

  test('--help, -- and strings that start with -', () => {
    assert.equal(run('--help').code, 0);
    const r = run('--', '-ALL:HIGH');
    assert.equal(r.code, 0);
    assert.match(r.out, /^Cipher string: -ALL:HIGH$/m);
    assert.equal(run('-ALL:HIGH').code, 0);
  });
});
