// Where Python code names an elliptic curve for ECDH (PYTHON-TLS-FACTS.md 1.6 K1, K3). The sizes
// come from rules/data/key-exchange.ts (curveBits), shared with the JS part.

/** `SSLContext.set_ecdh_curve(curve_name)`: one OpenSSL short name (`prime256v1`, `secp384r1`). */
export const ECDH_CURVE_METHOD = { callee: 'ssl.SSLContext.set_ecdh_curve', method: 'set_ecdh_curve', keyword: 'curve_name', position: 0 } as const;

/** pyOpenSSL: `ctx.set_tmp_ecdh(crypto.get_elliptic_curve(name))` (K3). */
export const PYOPENSSL_CURVE = {
  method: 'set_tmp_ecdh',
  factories: ['OpenSSL.crypto.get_elliptic_curve'],
} as const;

/** What a weak curve is replaced by: a short name set_ecdh_curve accepts (OBJ_sn2nid), P-256. */
export const SAFE_ECDH_CURVE = 'prime256v1';
