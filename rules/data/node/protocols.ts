// Protocol knowledge (TLS-FACTS.md 1.3, 1.5): secureProtocol method names and version strings.

export type ProtocolVerdict =
  /** Throws in current Node, but states the intent to use a broken protocol. */
  | 'broken'
  /** Pins TLS 1.0 or 1.1, deprecated by RFC 8996. */
  | 'legacy'
  /** Lowers the floor below Node's default (TLS_method) or caps at TLS 1.2 (SSLv23_method). */
  | 'weaker';

/** [method family, verdict, what it does: completes "secureProtocol: 'X' …"] */
const FAMILIES: [string, ProtocolVerdict, string][] = [
  ['SSLv2', 'broken', 'asks for SSL 2.0, a broken protocol (current Node refuses it)'],
  ['SSLv3', 'broken', 'asks for SSL 3.0, broken by POODLE (current Node refuses it)'],
  ['TLSv1', 'legacy', 'pins TLS 1.0, a deprecated protocol with known attacks'],
  ['TLSv1_1', 'legacy', 'pins TLS 1.1, a deprecated protocol with known attacks'],
  ['TLS', 'weaker', 'also allows TLS 1.0 and 1.1'],
  ['SSLv23', 'weaker', 'turns TLS 1.3 off'],
];

export const SECURE_PROTOCOL_METHODS: ReadonlyMap<string, { verdict: ProtocolVerdict; effect: string }> = new Map(
  FAMILIES.flatMap(([family, verdict, effect]) => ['', '_server', '_client'].map((s) => [`${family}${s}_method`, { verdict, effect }] as const)),
);

/** minVersion/maxVersion values that enable deprecated protocols. */
export const LEGACY_VERSIONS: ReadonlySet<string> = new Set(['TLSv1', 'TLSv1.1', 'SSLv3']);

export const SAFE_MIN_VERSION = 'TLSv1.2';
