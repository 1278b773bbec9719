// Key-exchange strength (TLS-FACTS.md 1.3, 1.4): Diffie-Hellman group sizes and elliptic curve
// names as OpenSSL spells them in `ecdhCurve`.

/** Smallest finite-field DH group current guidance accepts (RFC 9325 4.1, Mozilla, NIST SP 800-57). */
export const MIN_DH_BITS = 2048;
/** Node refuses `dhparam` groups smaller than this (crypto_context.cc SetDHParam). */
export const NODE_REFUSED_DH_BITS = 1024;
/** Elliptic curves under this size offer less than 112-bit security (NIST SP 800-57). */
export const MIN_CURVE_BITS = 224;

/** WTLS curves have no size in their name (SEC 2 / WAP-WTLS, OpenSSL `ec_curve.c`). */
const WTLS_BITS: Readonly<Record<string, number>> = {
  '1': 113, '3': 163, '4': 113, '5': 163, '6': 112, '7': 160, '8': 112, '9': 160, '10': 233, '11': 233, '12': 224,
};

/** Curve families whose names carry the field size: secp192k1, sect163r2, prime192v1, P-192, brainpoolP160r1, c2pnb163v1. */
const SIZED_NAMES = [/^sec[pt](\d{3})[kr]\d$/i, /^prime(\d{3})v\d$/i, /^[PBK]-(\d{3})$/i, /^brainpoolP(\d{3})[rt]1$/i, /^c2[pt]nb(\d{3})[vw]\d$/i];

/** The field size of a named curve, or undefined for names that are not sized curves (X25519, ffdhe2048, auto). */
export function curveBits(name: string): number | undefined {
  for (const re of SIZED_NAMES) {
    const m = re.exec(name);
    if (m) return Number(m[1]);
  }
  const wtls = /^wap-wsg-idm-ecid-wtls(\d+)$/i.exec(name);
  return wtls ? WTLS_BITS[wtls[1]] : undefined;
}

/** The curves of an `ecdhCurve` list (`'P-256:secp192k1'`) that are too small. */
export function weakCurves(list: string): string[] {
  return list.split(':').map((c) => c.trim()).filter((c) => {
    const bits = curveBits(c);
    return bits !== undefined && bits < MIN_CURVE_BITS;
  });
}
