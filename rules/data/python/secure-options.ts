// `SSLContext.options` flags and what setting or clearing each one does (PYTHON-TLS-FACTS.md
// 1.10 O1-O3, 1.3 P4, 1.8 D5). Hardening flags that are set are only a deprecation (D5), never
// a weakness; clearing a flag that is on by default undoes a protection.

export type FlagRule = 'no-legacy-tls-version' | 'no-unsafe-secure-options' | 'no-deprecated-tls-api';

export interface PyOptionFlag {
  /** What setting it (`options |= F`) does, and which rule reports it. */
  set?: { rule: FlagRule; row: string; effect: string; clientOnly?: boolean };
  /** What clearing it (`options &= ~F`) does. */
  clear?: { rule: FlagRule; row: string; effect: string };
  /** For OP_NO_<version>: the version it disables, as ssl.TLSVersion spells it. */
  version?: string;
}

export const SSL_OPTION_FLAGS: Readonly<Record<string, PyOptionFlag>> = {
  OP_NO_SSLv2: { version: 'SSLv2', set: { rule: 'no-deprecated-tls-api', row: 'D5', effect: '' }, clear: { rule: 'no-legacy-tls-version', row: 'P4', effect: 'SSL 2.0' } },
  OP_NO_SSLv3: { version: 'SSLv3', set: { rule: 'no-deprecated-tls-api', row: 'D5', effect: '' }, clear: { rule: 'no-legacy-tls-version', row: 'P4', effect: 'SSL 3.0' } },
  OP_NO_TLSv1: { version: 'TLSv1', set: { rule: 'no-deprecated-tls-api', row: 'D5', effect: '' }, clear: { rule: 'no-legacy-tls-version', row: 'P4', effect: 'TLS 1.0' } },
  OP_NO_TLSv1_1: { version: 'TLSv1_1', set: { rule: 'no-deprecated-tls-api', row: 'D5', effect: '' }, clear: { rule: 'no-legacy-tls-version', row: 'P4', effect: 'TLS 1.1' } },
  OP_NO_TLSv1_2: { version: 'TLSv1_2', set: { rule: 'no-deprecated-tls-api', row: 'D5', effect: '' } },
  OP_NO_TLSv1_3: {
    version: 'TLSv1_3',
    set: { rule: 'no-unsafe-secure-options', row: 'O3', effect: 'turns TLS 1.3 off, leaving TLS 1.2 and its weaker handshake as the best' },
  },
  OP_LEGACY_SERVER_CONNECT: {
    set: { rule: 'no-unsafe-secure-options', row: 'O1', effect: 'lets the client talk to servers without secure renegotiation (CVE-2009-3555)', clientOnly: true },
  },
  OP_NO_COMPRESSION: {
    clear: { rule: 'no-unsafe-secure-options', row: 'O2', effect: 'turns TLS compression back on, which leaks secrets through the length of records (CRIME)' },
  },
};

/** pyOpenSSL `Context.set_options(SSL.OP_...)`: the same flags by the same names (O1, O3). */
export const PYOPENSSL_SET_OPTIONS = { callee: 'OpenSSL.SSL.Context.set_options', module: 'OpenSSL.SSL' } as const;

/** The versions in order, for turning a run of OP_NO_<version> flags into a minimum_version (D5 fix). */
export const TLS_VERSION_ORDER: readonly string[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'];
