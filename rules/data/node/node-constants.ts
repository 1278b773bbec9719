// Values of Node's TLS constants (Node v20.20.2, OpenSSL 3.0; TLS-FACTS.md 1.4 and 1.6), so that
// `tls.DEFAULT_CIPHERS` or `crypto.constants.SSL_OP_NO_TLSv1_3` in code resolve to what they are.
import { NODE_DEFAULT_CIPHERS } from '../../ciphers/suites.js';
import type { ModuleRef } from '../../js/api.js';


export const SSL_OP: Readonly<Record<string, number>> = {
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
};

const TLS_DEFAULTS: Readonly<Record<string, string>> = {
  DEFAULT_CIPHERS: NODE_DEFAULT_CIPHERS,
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  DEFAULT_ECDH_CURVE: 'auto',
};

/**
 * `crypto.constants`: the SSL_OP_ flags and the two cipher lists (`defaultCipherList` is what
 * --tls-cipher-list set, else `defaultCoreCipherList`). There is no `crypto.defaultCipherList`.
 */
const CRYPTO_CONSTANTS: Readonly<Record<string, string | number>> = {
  ...SSL_OP,
  defaultCipherList: NODE_DEFAULT_CIPHERS,
  defaultCoreCipherList: NODE_DEFAULT_CIPHERS,
};

/** The value of a known constant, or undefined. */
export function knownConstant(ref: ModuleRef): string | number | undefined {
  const { module, path } = ref;
  if (module === 'tls' && path.length === 1) return own(TLS_DEFAULTS, path[0]);
  if (module === 'crypto' && path.length === 2 && path[0] === 'constants') return own(CRYPTO_CONSTANTS, path[1]);
  // The deprecated `constants` module merges os, fs and crypto constants into one object.
  if (module === 'constants' && path.length === 1) return own(CRYPTO_CONSTANTS, path[0]);
  return undefined;
}

/** A table entry, never an inherited Object.prototype member (`tls.constructor`). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
