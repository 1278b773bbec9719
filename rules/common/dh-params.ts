// The size of a Diffie-Hellman group written as a PEM literal in `dhparam`. PKCS#3 "DH PARAMETERS"
// is DER `SEQUENCE { INTEGER p, INTEGER g [, INTEGER privateValueLength] }`; X9.42 "X9.42 DH
// PARAMETERS" is `SEQUENCE { INTEGER p, INTEGER g, INTEGER q, … }`. Either way the prime comes first.
// Written without Buffer so that rules also run outside Node (the web worker).

const PEM = /-----BEGIN ((?:X9\.42 )?DH PARAMETERS)-----([\s\S]*?)-----END \1-----/;
const TAG_SEQUENCE = 0x30;
const TAG_INTEGER = 0x02;

/** The bit length of the prime of the first DH parameters block in `text`, or undefined if there is none or it does not parse. */
export function dhPrimeBits(text: string): number | undefined {
  const m = PEM.exec(text);
  if (!m) return undefined;
  const der = decodeBase64(m[2]);
  if (!der) return undefined;
  const seq = readTlv(der, 0);
  if (!seq || seq.tag !== TAG_SEQUENCE || seq.end !== der.length) return undefined;
  const p = readTlv(der, seq.contentStart);
  if (!p || p.tag !== TAG_INTEGER || p.end > seq.end) return undefined;
  return unsignedBitLength(der.subarray(p.contentStart, p.end));
}

export interface Tlv {
  tag: number;
  contentStart: number;
  /** Offset just past the content. */
  end: number;
}

/** One DER tag-length-value at `offset` (single-byte tags, definite lengths only), or undefined if it is malformed or runs past the data. */
export function readTlv(der: Uint8Array, offset: number): Tlv | undefined {
  if (offset + 2 > der.length) return undefined;
  const tag = der[offset];
  if ((tag & 0x1f) === 0x1f) return undefined;
  let len = der[offset + 1];
  let contentStart = offset + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    // 0x80 is BER's indefinite length, not DER; more than 4 length bytes is not a DH group.
    if (count === 0 || count > 4 || contentStart + count > der.length) return undefined;
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + der[contentStart + i];
    contentStart += count;
  }
  const end = contentStart + len;
  return end <= der.length ? { tag, contentStart, end } : undefined;
}

/** Bits of a DER INTEGER's content read as unsigned: leading zero bytes (the sign pad) do not count. */
export function unsignedBitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with any whitespace (PEM lines, `\n` escapes already decoded); undefined if it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const s = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of s) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
