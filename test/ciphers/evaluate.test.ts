import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCipherString, type CipherEvaluation, type EvaluateOptions } from '../../rules/ciphers/evaluate.js';
import { aliasMembership, CIPHER_ALIASES } from '../../rules/ciphers/aliases.js';
import { NODE_DEFAULT_CIPHERS, TLS12_SUITES, TLS13_SUITES } from '../../rules/ciphers/suites.js';

const names = (ev: CipherEvaluation): string[] => ev.tls12.map((e) => e.suite.name);
const o3 = (s: string, opts: EvaluateOptions = {}): string[] => names(evaluateCipherString(s, { compiledOnly: true, ...opts }));
const suite = (name: string) => TLS12_SUITES.find((s) => s.name === name)!;

describe('suite table', () => {
  test('names and code points are unique; 155 TLS 1.2 and 5 TLS 1.3 suites are in OpenSSL 3.0', () => {
    assert.equal(new Set(TLS12_SUITES.map((s) => s.name)).size, TLS12_SUITES.length);
    assert.equal(new Set(TLS12_SUITES.map((s) => s.id)).size, TLS12_SUITES.length);
    assert.equal(new Set(TLS12_SUITES.map((s) => s.iana)).size, TLS12_SUITES.length);
    assert.equal(TLS12_SUITES.filter((s) => s.compiledInOpenSSL3).length, 155);
    assert.equal(TLS13_SUITES.length, 5);
  });

  test('removed families are present for intent', () => {
    for (const n of ['RC4-SHA', 'DES-CBC3-SHA', 'EXP-RC4-MD5', 'DES-CBC-SHA', 'IDEA-CBC-SHA', 'SEED-SHA', 'EXP-RC2-CBC-MD5', 'ECDH-RSA-AES128-SHA', 'EXP1024-DES-CBC-SHA']) {
      assert.ok(suite(n), n);
      assert.equal(suite(n).compiledInOpenSSL3, false, n);
    }
    assert.deepEqual(
      { ...suite('ECDHE-RSA-AES128-GCM-SHA256') },
      {
        id: 0xc02f, name: 'ECDHE-RSA-AES128-GCM-SHA256', iana: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', kx: 'kECDHE', auth: 'aRSA',
        enc: 'AES128GCM', mac: 'AEAD', protocol: 'TLSv1.2', strength: 'HIGH', fips: true, isDefault: true, strengthBits: 128,
        algBits: 128, origin: 'v3', compiledInOpenSSL3: true,
      },
    );
  });

  test('alias membership is derived from the bit fields', () => {
    const m = aliasMembership(suite('AES128-SHA'));
    for (const a of ['ALL', 'kRSA', 'RSA', 'aRSA', 'AES128', 'AES', 'SHA1', 'SHA', 'HIGH', 'FIPS', 'SSLv3', 'CBC']) assert.ok(m.includes(a), a);
    for (const a of ['ECDHE', 'TLSv1.2', 'AESGCM', 'COMPLEMENTOFDEFAULT', 'eNULL']) assert.ok(!m.includes(a), a);
    assert.ok(aliasMembership(suite('EXP-RC4-MD5')).includes('EXPORT40'));
    assert.ok(CIPHER_ALIASES.some((a) => a.name === 'SUITEB128') === false, 'Suite B is a string prefix, not an alias');
  });
});

describe('grammar', () => {
  test('":", ",", " " and ";" all separate elements', () => {
    const want = o3('HIGH:!aNULL:!kRSA');
    for (const s of ['HIGH,!aNULL,!kRSA', 'HIGH !aNULL !kRSA', 'HIGH;!aNULL;!kRSA', 'HIGH, !aNULL ,!kRSA']) assert.deepEqual(o3(s, { node: false }), want, s);
  });

  const table: [string, string[] | string][] = [
    // `!` kills for good, `-` lets later elements add back, `+` only moves, no prefix adds.
    ['AES128-SHA:!AES128-SHA:AES128-SHA', 'ERR_SSL_NO_CIPHER_MATCH'],
    ['AES128-SHA:-AES128-SHA:AES128-SHA', ['AES128-SHA']],
    ['AES128-SHA:AES256-SHA:+AES128-SHA', ['AES256-SHA', 'AES128-SHA']],
    ['+AES128-SHA', 'ERR_SSL_NO_CIPHER_MATCH'],
    // Adding an already enabled suite does not move it.
    ['AES128-SHA:AES256-SHA:AES128-SHA', ['AES128-SHA', 'AES256-SHA']],
    // AND-combinations.
    ['kRSA+AESGCM', ['AES256-GCM-SHA384', 'AES128-GCM-SHA256']],
    ['kRSA+kECDHE', 'ERR_SSL_NO_CIPHER_MATCH'],
    ['ECDHE-RSA-AES128-SHA+AES', ['ECDHE-RSA-AES128-SHA']],
    ['ECDHE-RSA-AES128-SHA+AESGCM', 'ERR_SSL_NO_CIPHER_MATCH'],
    ['aNULL+kECDHE', ['AECDH-AES256-SHA', 'AECDH-AES128-SHA', 'AECDH-NULL-SHA']],
    // COMPLEMENTOFDEFAULT+HIGH is HIGH: OpenSSL's combination overwrites the not-default bit.
    ['COMPLEMENTOFDEFAULT+HIGH', o3('HIGH')],
    ['HIGH+COMPLEMENTOFDEFAULT', o3('COMPLEMENTOFDEFAULT')],
    // @STRENGTH is a stable sort by strength bits.
    ['AES128-SHA:AES256-SHA:@STRENGTH', ['AES256-SHA', 'AES128-SHA']],
    ['AES128-SHA:CAMELLIA128-SHA:AES256-SHA:@STRENGTH', ['AES256-SHA', 'AES128-SHA', 'CAMELLIA128-SHA']],
    // Unknown names (including lower case and 1.0.2 keywords on OpenSSL 3) are ignored.
    ['FOO:AES128-SHA', ['AES128-SHA']],
    ['aes128-sha', 'ERR_SSL_NO_CIPHER_MATCH'],
    ['EXPORT:DES:AES128-SHA', ['AES128-SHA']],
    ['nonsense', 'ERR_SSL_NO_CIPHER_MATCH'],
    ['!ALL', 'ERR_SSL_NO_CIPHER_MATCH'],
    // Syntax errors make OpenSSL reject the whole string.
    ['HIGH*', 'ERR_SSL_INVALID_COMMAND'],
    ['kRSA+', 'ERR_SSL_INVALID_COMMAND'],
    ['HIGH:!:kRSA', 'ERR_SSL_INVALID_COMMAND'],
    ['HIGH:@FOO', 'ERR_SSL_INVALID_COMMAND'],
    ['HIGH:@SECLEVEL=6', 'ERR_SSL_INVALID_COMMAND'],
    ['UNKNOWN+', 'ERR_SSL_NO_CIPHER_MATCH'],
    // Suite B prefixes replace the whole string.
    ['SUITEB128:RC4', ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384']],
    ['SUITEB192', ['ECDHE-ECDSA-AES256-GCM-SHA384']],
  ];
  for (const [input, want] of table) {
    test(`${JSON.stringify(input)} -> ${Array.isArray(want) ? want.length + ' suites' : want}`, () => {
      const ev = evaluateCipherString(input, { compiledOnly: true });
      if (typeof want === 'string') {
        assert.equal(ev.error?.code, want);
        assert.deepEqual(names(ev), []);
      } else {
        assert.equal(ev.error, undefined);
        assert.deepEqual(names(ev), want);
      }
    });
  }
});

describe('DEFAULT', () => {
  test('DEFAULT is ALL:!COMPLEMENTOFDEFAULT:!eNULL, and only at the start', () => {
    assert.deepEqual(o3('DEFAULT'), o3('ALL:!COMPLEMENTOFDEFAULT:!eNULL'));
    assert.equal(o3('DEFAULT').length, 57);
    assert.deepEqual(o3('DEFAULT:!kRSA'), o3('ALL:!COMPLEMENTOFDEFAULT:!eNULL:!kRSA'));
    assert.deepEqual(o3('AES128-SHA:DEFAULT'), ['AES128-SHA']);
    // OpenSSL compares only the first seven characters.
    assert.deepEqual(o3('DEFAULTX'), o3('DEFAULT'));
    const ev = evaluateCipherString('DEFAULT:!kRSA');
    assert.equal(ev.usesDefault, true);
    assert.deepEqual(ev.tls12[0]!.origin, { text: 'DEFAULT', start: 0, end: 7 });
    assert.equal(ev.elements[0]!.kind, 'default');
  });
});

describe('@SECLEVEL', () => {
  test('the last @SECLEVEL wins and is recorded; the option is the fallback', () => {
    assert.equal(evaluateCipherString('HIGH:@SECLEVEL=0').securityLevel, 0);
    assert.equal(evaluateCipherString('@SECLEVEL=2:HIGH:@SECLEVEL=3').securityLevel, 3);
    assert.equal(evaluateCipherString('HIGH').securityLevel, undefined);
    assert.equal(evaluateCipherString('HIGH').effectiveSecurityLevel, 1);
    assert.equal(evaluateCipherString('HIGH', { securityLevel: 2 }).effectiveSecurityLevel, 2);
    assert.equal(evaluateCipherString('HIGH:@SECLEVEL=0', { securityLevel: 2 }).effectiveSecurityLevel, 0);
    assert.deepEqual(o3('HIGH:@SECLEVEL=0'), o3('HIGH'), 'the level does not change the list');
  });
});

describe('historic table vs OpenSSL 3', () => {
  test('RC4-SHA:AES128-SHA enables RC4-SHA by intent; OpenSSL 3 keeps AES128-SHA', () => {
    const ev = evaluateCipherString('RC4-SHA:AES128-SHA');
    assert.deepEqual(names(ev), ['RC4-SHA', 'AES128-SHA']);
    assert.deepEqual(ev.onOpenSSL3.tls12.map((e) => e.suite.name), ['AES128-SHA']);
    assert.equal(ev.error, undefined);
    assert.equal(ev.onOpenSSL3.error, undefined);
  });

  test('RC4-SHA alone is accepted by intent but throws on OpenSSL 3', () => {
    const ev = evaluateCipherString('RC4-SHA');
    assert.deepEqual(names(ev), ['RC4-SHA']);
    assert.equal(ev.onOpenSSL3.error?.code, 'ERR_SSL_NO_CIPHER_MATCH');
  });

  test('1.0.2 keywords and names resolve in the historic table', () => {
    assert.ok(names(evaluateCipherString('EXPORT')).every((n) => n.startsWith('EXP')));
    assert.deepEqual(names(evaluateCipherString('EDH-RSA-DES-CBC3-SHA')), ['DHE-RSA-DES-CBC3-SHA']);
    assert.deepEqual(names(evaluateCipherString('DES')), names(evaluateCipherString('DES')).filter((n) => suite(n).enc === 'DES'));
    assert.equal(evaluateCipherString('EXPORT').elements[0]!.legacy, true);
  });

  test('the historic list, filtered to OpenSSL 3 suites, has OpenSSL 3 order', () => {
    for (const s of ['ALL:COMPLEMENTOFALL', 'DEFAULT', 'HIGH:@STRENGTH', 'ALL:+kRSA:-SHA1:SHA1', 'MEDIUM:HIGH:-DH:DHE']) {
      assert.deepEqual(names(evaluateCipherString(s)).filter((n) => suite(n).compiledInOpenSSL3), o3(s), s);
    }
  });
});

describe("Node's TLS 1.3 split", () => {
  test('TLS_ elements go to the TLS 1.3 list, in their order', () => {
    const ev = evaluateCipherString('TLS_AES_128_GCM_SHA256:HIGH:TLS_CHACHA20_POLY1305_SHA256');
    assert.deepEqual(ev.tls13.map((e) => e.suite.name), ['TLS_AES_128_GCM_SHA256', 'TLS_CHACHA20_POLY1305_SHA256']);
    assert.equal(ev.tls13Source, 'explicit');
    assert.deepEqual(names(ev), names(evaluateCipherString('HIGH')));
  });

  test('without TLS_ elements the OpenSSL default TLS 1.3 list applies', () => {
    const ev = evaluateCipherString('HIGH');
    assert.deepEqual(ev.tls13.map((e) => e.suite.name), ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256']);
    assert.equal(ev.tls13Source, 'default');
    assert.equal(ev.tls13[0]!.origin, null);
  });

  test('only TLS_ elements: TLS 1.3-only, no error', () => {
    const ev = evaluateCipherString('TLS_AES_256_GCM_SHA384');
    assert.equal(ev.tls13Only, true);
    assert.equal(ev.tls12Empty, true);
    assert.equal(ev.error, undefined);
  });

  test('"!TLS_x" is routed to the TLS 1.3 list, where OpenSSL ignores it', () => {
    const ev = evaluateCipherString('!TLS_AES_128_GCM_SHA256:HIGH');
    assert.equal(ev.error?.code, 'ERR_SSL_NO_CIPHER_MATCH');
    assert.equal(ev.error?.list, 'tls13');
    const ok = evaluateCipherString('TLS_AES_256_GCM_SHA384:!TLS_AES_128_GCM_SHA256:HIGH');
    assert.deepEqual(ok.tls13.map((e) => e.suite.name), ['TLS_AES_256_GCM_SHA384']);
  });

  test('a TLS 1.2 IANA name in the TLS 1.3 list is taken by OpenSSL 3.0', () => {
    const ev = evaluateCipherString('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:HIGH');
    assert.deepEqual(ev.tls13.map((e) => e.suite.name), ['ECDHE-RSA-AES128-GCM-SHA256']);
  });

  test("':' throws ERR_INVALID_ARG_VALUE; '' means Node's default list", () => {
    assert.equal(evaluateCipherString(':').error?.code, 'ERR_INVALID_ARG_VALUE');
    const ev = evaluateCipherString('');
    assert.deepEqual(names(ev), names(evaluateCipherString(NODE_DEFAULT_CIPHERS)));
    assert.ok(ev.tls12.every((e) => e.origin === null));
  });

  test('with node: false, TLS_ names are unknown cipher-string names', () => {
    const ev = evaluateCipherString('TLS_AES_128_GCM_SHA256:AES128-SHA', { node: false });
    assert.deepEqual(names(ev), ['AES128-SHA']);
    assert.equal(ev.tls13Source, 'default');
  });
});

describe('origins and offsets', () => {
  test('each suite points at the element that enabled it', () => {
    const s = 'kRSA+AESGCM:ECDHE-RSA-AES128-GCM-SHA256';
    const ev = evaluateCipherString(s);
    const by = new Map(ev.tls12.map((e) => [e.suite.name, e.origin]));
    assert.deepEqual(by.get('AES256-GCM-SHA384'), { text: 'kRSA+AESGCM', start: 0, end: 11 });
    assert.deepEqual(by.get('ECDHE-RSA-AES128-GCM-SHA256'), { text: 'ECDHE-RSA-AES128-GCM-SHA256', start: 12, end: 39 });
    assert.equal(s.slice(12, 39), 'ECDHE-RSA-AES128-GCM-SHA256');
  });

  test('offsets survive the TLS 1.3 split and odd separators', () => {
    const s = 'TLS_AES_128_GCM_SHA256:RC4-SHA, AES128-SHA';
    const ev = evaluateCipherString(s);
    const rc4 = ev.tls12.find((e) => e.suite.name === 'RC4-SHA')!.origin!;
    assert.equal(s.slice(rc4.start, rc4.end), 'RC4-SHA');
    const aes = ev.tls12.find((e) => e.suite.name === 'AES128-SHA')!.origin!;
    assert.deepEqual(aes, { text: 'AES128-SHA', start: 32, end: 42 });
    assert.deepEqual(ev.tls13[0]!.origin, { text: 'TLS_AES_128_GCM_SHA256', start: 0, end: 22 });
  });

  test('an already enabled suite keeps its first origin; delete and re-add updates it', () => {
    const ev = evaluateCipherString('HIGH:AES128-SHA');
    assert.equal(ev.tls12.find((e) => e.suite.name === 'AES128-SHA')!.origin!.text, 'HIGH');
    const ev2 = evaluateCipherString('HIGH:-AES128-SHA:AES128-SHA');
    assert.deepEqual(ev2.tls12.find((e) => e.suite.name === 'AES128-SHA')!.origin, { text: 'AES128-SHA', start: 17, end: 27 });
  });

  test('elements record what OpenSSL made of them', () => {
    const ev = evaluateCipherString('HIGH:!FOO:kRSA+kECDHE:@STRENGTH:-RC4-SHA');
    assert.deepEqual(ev.elements.map((e) => [e.text, e.op, e.kind]), [
      ['HIGH', 'add', 'keyword'], ['!FOO', 'kill', 'unknown'], ['kRSA+kECDHE', 'add', 'no-match'],
      ['@STRENGTH', 'command', 'command'], ['-RC4-SHA', 'delete', 'suite'],
    ]);
  });

  test('syntax errors carry the offending element', () => {
    const ev = evaluateCipherString('HIGH:!aNULL:kRSA+');
    assert.equal(ev.error?.code, 'ERR_SSL_INVALID_COMMAND');
    assert.equal(ev.error?.element?.start, 12);
  });
});
