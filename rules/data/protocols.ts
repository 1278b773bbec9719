// Protocol knowledge (TLS-FACTS.md 1.3, 1.5): secureProtocol method names and version strings.

export type ProtocolVerdict =
  /** Throws in current Node, but states the intent to use a broken protocol. */
  | 'broken'
  /** Pins TLS 1.0 or 1.1, deprecated by RFC 8996. */
  | 'legacy'
  /** Lowers the floor below Node's default (TLS_method) or caps at TLS 1.2 (SSLv23_method). */
  | 'weaker';

const FAMILIES: [string, ProtocolVerdict, string][] = [
  ['SSLv2', 'broken', 'SSL 2.0'],
  ['SSLv3', 'broken', 'SSL 3.0'],
  ['TLSv1', 'legacy', 'TLS 1.0 only'],
  ['TLSv1_1', 'legacy', 'TLS 1.1 only'],
  ['TLS', 'weaker', 'every version down to the lowest OpenSSL allows'],
  ['SSLv23', 'weaker', 'TLS 1.2 at most, without TLS 1.3'],
];

export const SECURE_PROTOCOL_METHODS: ReadonlyMap<string, { verdict: ProtocolVerdict; effect: string }> = new Map(
  FAMILIES.flatMap(([family, verdict, effect]) => ['', '_server', '_client'].map((s) => [`${family}${s}_method`, { verdict, effect }] as const)),
);

/** minVersion/maxVersion values that enable deprecated protocols. */
export const LEGACY_VERSIONS: ReadonlySet<string> = new Set(['TLSv1', 'TLSv1.1', 'SSLv3']);

export const SAFE_MIN_VERSION = 'TLSv1.2';
