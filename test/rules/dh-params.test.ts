// Unit tests of rules/common/dh-params.ts (the DER reader for dhparam) and the curve sizes of rules/data/key-exchange.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { curveBits, weakCurves } from '../../rules/data/key-exchange.js';
import { decodeBase64, dhPrimeBits, readTlv, unsignedBitLength } from '../../rules/common/dh-params.js';
import { DH_1024, DH_512, DHX_1024, FFDHE_2048 } from './dh-pem.js';

describe('dhPrimeBits', () => {
  test('reads the prime size of PKCS#3 and X9.42 parameters made by OpenSSL', () => {
    assert.equal(dhPrimeBits(DH_512), 512);
    assert.equal(dhPrimeBits(DH_1024), 1024);
    assert.equal(dhPrimeBits(DHX_1024), 1024);
    assert.equal(dhPrimeBits(FFDHE_2048), 2048);
  });

  test('finds the block inside other text and with CRLF or indented lines', () => {
    assert.equal(dhPrimeBits(`# generated\n${DH_512}\ntrailing`), 512);
    assert.equal(dhPrimeBits(DH_1024.replace(/\n/g, '\r\n')), 1024);
    assert.equal(dhPrimeBits(DH_1024.replace(/\n(?=[A-Za-z0-9+/])/g, '\n    ')), 1024);
  });

  test('builds the DER by hand: a 2048-bit prime with its sign byte, and a 9-bit one', () => {
    // SEQUENCE { INTEGER 0x00 0x80 …(256 bytes), INTEGER 2 }: the 0x00 pad is not part of the size.
    const p = [0x02, 0x82, 0x01, 0x01, 0x00, 0x80, ...new Array<number>(255).fill(0xff)];
    const g = [0x02, 0x01, 0x02];
    const body = [...p, ...g];
    const der = Uint8Array.from([0x30, 0x82, body.length >> 8, body.length & 0xff, ...body]);
    assert.equal(dhPrimeBits(pem(der)), 2048);
    const small = Uint8Array.from([0x30, 0x07, 0x02, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02]);
    assert.equal(dhPrimeBits(pem(small)), 9);
  });

  test('gives up on what is not DH parameters', () => {
    assert.equal(dhPrimeBits('auto'), undefined);
    assert.equal(dhPrimeBits(''), undefined);
    assert.equal(dhPrimeBits('-----BEGIN CERTIFICATE-----\nMEYCQQC1\n-----END CERTIFICATE-----'), undefined);
    // Mismatched armour, bad base64, a truncated body, a body that is not a SEQUENCE of INTEGERs.
    assert.equal(dhPrimeBits(DH_512.replace('END DH', 'END X9.42 DH')), undefined);
    assert.equal(dhPrimeBits(DH_512.replace('MEYCQQC1', 'ME*CQQC1')), undefined);
    assert.equal(dhPrimeBits(DH_1024.replace(/jnOv[\s\S]*?==/, '')), undefined);
    assert.equal(dhPrimeBits(pem(Uint8Array.from([0x02, 0x01, 0x05]))), undefined);
    assert.equal(dhPrimeBits(pem(Uint8Array.from([0x30, 0x03, 0x04, 0x01, 0x05]))), undefined);
    // Indefinite length is BER, not DER.
    assert.equal(dhPrimeBits(pem(Uint8Array.from([0x30, 0x80, 0x02, 0x01, 0x05, 0x00, 0x00]))), undefined);
  });
});

describe('DER and base64 pieces', () => {
  test('readTlv: short and long lengths, and bounds', () => {
    assert.deepEqual(readTlv(Uint8Array.from([0x02, 0x01, 0x05]), 0), { tag: 2, contentStart: 2, end: 3 });
    assert.deepEqual(readTlv(Uint8Array.from([0x04, 0x81, 0x01, 0xaa]), 0), { tag: 4, contentStart: 3, end: 4 });
    assert.equal(readTlv(Uint8Array.from([0x02, 0x05, 0x01]), 0), undefined);
    assert.equal(readTlv(Uint8Array.from([0x02]), 0), undefined);
    assert.equal(readTlv(Uint8Array.from([0x1f, 0x01, 0x00]), 0), undefined, 'multi-byte tags are not DH parameters');
  });

  test('unsignedBitLength skips the sign pad', () => {
    assert.equal(unsignedBitLength(Uint8Array.from([0x00, 0x80])), 8);
    assert.equal(unsignedBitLength(Uint8Array.from([0x01, 0x00])), 9);
    assert.equal(unsignedBitLength(Uint8Array.from([0x00])), 0);
    assert.equal(unsignedBitLength(Uint8Array.from([])), 0);
  });

  test('decodeBase64 agrees with Buffer for every remainder', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '\u00ff\u00fe\u0000\u0080']) {
      const b64 = Buffer.from(s, 'latin1').toString('base64');
      assert.deepEqual(Buffer.from(decodeBase64(b64)!), Buffer.from(s, 'latin1'), b64);
    }
    const long = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) & 0xff));
    assert.deepEqual(Buffer.from(decodeBase64(long.toString('base64').replace(/.{64}/g, '$&\n'))!), long);
    assert.equal(decodeBase64('abcde'), undefined);
    assert.equal(decodeBase64('ab$d'), undefined);
  });
});

describe('curve sizes', () => {
  test('named curves by family', () => {
    assert.equal(curveBits('secp192k1'), 192);
    assert.equal(curveBits('sect163r2'), 163);
    assert.equal(curveBits('prime192v1'), 192);
    assert.equal(curveBits('prime256v1'), 256);
    assert.equal(curveBits('P-192'), 192);
    assert.equal(curveBits('P-384'), 384);
    assert.equal(curveBits('brainpoolP160r1'), 160);
    assert.equal(curveBits('c2pnb163v1'), 163);
    assert.equal(curveBits('wap-wsg-idm-ecid-wtls7'), 160);
    assert.equal(curveBits('X25519'), undefined);
    assert.equal(curveBits('ffdhe2048'), undefined);
    assert.equal(curveBits('auto'), undefined);
  });

  test('weakCurves keeps the order and the spelling of the list', () => {
    assert.deepEqual(weakCurves('X25519:secp160r1:P-256:prime192v1'), ['secp160r1', 'prime192v1']);
    assert.deepEqual(weakCurves('secp224r1:secp224k1:P-256'), [], '224 bits is the floor, not under it');
    assert.deepEqual(weakCurves('auto'), []);
    assert.deepEqual(weakCurves(''), []);
  });
});

function pem(der: Uint8Array): string {
  return `-----BEGIN DH PARAMETERS-----\n${Buffer.from(der).toString('base64')}\n-----END DH PARAMETERS-----`;
}
