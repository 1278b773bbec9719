// `secureOptions` flags that weaken TLS (TLS-FACTS.md 1.6; OpenSSL 3.0 SSL_CTX_set_options(3)).
// Hardening flags (SSL_OP_NO_SSLv3, SSL_OP_NO_TLSv1, SSL_OP_NO_COMPRESSION, …) are not listed: they
// are never findings.
import type { FixKind } from '../../api.js';
import { SSL_OP } from './node-constants.js';

export interface WeakeningFlag {
  name: string;
  value: number;
  /** Completes "SSL_OP_X in secureOptions …" (short: a message has about 100 characters). */
  effect: string;
  /**
   * Whether dropping the flag keeps every peer that connects today: `safe` only when it does
   * (a resumption falls back to a full handshake), `suggestion` when some peer may stop connecting.
   */
  removal: FixKind;
  /** Flags that only act on one side are harmless on the other. */
  side?: 'client';
}

export const WEAKENING_FLAGS: readonly WeakeningFlag[] = [
  {
    name: 'SSL_OP_LEGACY_SERVER_CONNECT',
    value: SSL_OP.SSL_OP_LEGACY_SERVER_CONNECT,
    effect: 'allows servers without secure renegotiation',
    removal: 'suggestion',
    side: 'client',
  },
  {
    name: 'SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION',
    value: SSL_OP.SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION,
    effect: 'allows data injection through renegotiation',
    removal: 'suggestion',
  },
  {
    name: 'SSL_OP_ALLOW_NO_DHE_KEX',
    value: SSL_OP.SSL_OP_ALLOW_NO_DHE_KEX,
    effect: 'lets TLS 1.3 resumption skip (EC)DHE, losing forward secrecy',
    removal: 'safe',
  },
  {
    name: 'SSL_OP_NO_ENCRYPT_THEN_MAC',
    value: SSL_OP.SSL_OP_NO_ENCRYPT_THEN_MAC,
    effect: 'turns off encrypt-then-MAC, exposing CBC to padding oracles',
    removal: 'suggestion',
  },
  {
    name: 'SSL_OP_TLS_ROLLBACK_BUG',
    value: SSL_OP.SSL_OP_TLS_ROLLBACK_BUG,
    effect: 'turns off the version-rollback check, allowing downgrades',
    removal: 'suggestion',
  },
  {
    name: 'SSL_OP_NO_TLSv1_3',
    value: SSL_OP.SSL_OP_NO_TLSv1_3,
    effect: 'turns TLS 1.3 off, leaving TLS 1.2 as the best protocol',
    removal: 'suggestion',
  },
];

/**
 * Hardening flags that `minVersion: 'TLSv1.2'` makes redundant: a secureOptions holding only these
 * besides weakening flags can be dropped whole when minVersion is set (see safe-settings).
 */
export const SUPERSEDED_BY_MIN_VERSION: readonly number[] = [SSL_OP.SSL_OP_NO_SSLv2, SSL_OP.SSL_OP_NO_SSLv3, SSL_OP.SSL_OP_NO_TLSv1, SSL_OP.SSL_OP_NO_TLSv1_1];

/** The weakening flags set in a secureOptions number. */
export function weakeningFlagsIn(value: number): WeakeningFlag[] {
  return WEAKENING_FLAGS.filter((f) => ((value >>> 0) & f.value) === f.value);
}


/**
 * Whether dropping a secureOptions value whole loses nothing but weakening flags, once
 * minVersion is at least TLS 1.2: for the "Apply safe TLS settings" fix, which removes options.
 */
export function secureOptionsRemovable(value: number): boolean {
  const v = value >>> 0;
  const weak = WEAKENING_FLAGS.reduce((acc, f) => acc | f.value, 0);
  const superseded = SUPERSEDED_BY_MIN_VERSION.reduce((acc, f) => acc | f, 0);
  return (v & weak) !== 0 && ((v & ~(weak | superseded)) >>> 0) === 0;
}
