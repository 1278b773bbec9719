// Which option values weaken TLS, in one table, so the "apply safe TLS settings" fix removes
// exactly what the rules report. A rule that adds an option kind adds its check here.
import type { Value } from '../api.js';
import { TLS_ONLY_OPTIONS } from '../data/sinks.js';
import { LEGACY_VERSIONS, SECURE_PROTOCOL_METHODS } from '../data/protocols.js';
import { MIN_DH_BITS, NODE_REFUSED_DH_BITS, weakCurves } from '../data/key-exchange.js';
import { secureOptionsRemovable } from '../data/secure-options.js';
import { isInsecureCipherString } from './cipher-strings.js';
import { dhPrimeBits } from './dh-params.js';
import { returnsNothing } from './functions.js';
import { branchesOf, literalString } from './values.js';

export interface InsecureOptionCheck {
  key: string;
  isInsecure(v: Value): boolean;
}

const anyBranch = (test: (v: Value) => boolean) => (v: Value) => branchesOf(v).some((b) => test(b.value));

export const INSECURE_OPTION_CHECKS: readonly InsecureOptionCheck[] = [
  ...TLS_ONLY_OPTIONS.map((o) => ({ key: o.name, isInsecure: anyBranch((v) => v.kind === 'literal' && v.value === o.insecure) })),
  { key: 'checkServerIdentity', isInsecure: anyBranch(returnsNothing) },
  { key: 'secureProtocol', isInsecure: anyBranch((v) => SECURE_PROTOCOL_METHODS.has(literalString(v) ?? '')) },
  { key: 'minVersion', isInsecure: anyBranch((v) => LEGACY_VERSIONS.has(literalString(v) ?? '')) },
  { key: 'maxVersion', isInsecure: anyBranch((v) => LEGACY_VERSIONS.has(literalString(v) ?? '')) },
  // Tier-1 suites or @SECLEVEL=0 (no-weak-cipher errors); warnings and information stay.
  { key: 'ciphers', isInsecure: anyBranch((v) => isInsecureCipherString(literalString(v) ?? '')) },
  // Removal gives Node's defaults, which these rules do not report: ecdhCurve 'auto', no DHE
  // (ECDHE only), no tracing. minDHSize falls back to 1024, so only values under 1024 are removed.
  { key: 'minDHSize', isInsecure: anyBranch((v) => v.kind === 'literal' && typeof v.value === 'number' && v.value < NODE_REFUSED_DH_BITS) },
  { key: 'ecdhCurve', isInsecure: anyBranch((v) => weakCurves(literalString(v) ?? '').length > 0) },
  { key: 'dhparam', isInsecure: anyBranch((v) => (dhPrimeBits(literalString(v) ?? '') ?? MIN_DH_BITS) < MIN_DH_BITS) },
  { key: 'secureOptions', isInsecure: anyBranch((v) => v.kind === 'literal' && typeof v.value === 'number' && secureOptionsRemovable(v.value)) },
  { key: 'enableTrace', isInsecure: anyBranch((v) => v.kind === 'literal' && !!v.value) },
  { key: 'ignoreTLS', isInsecure: anyBranch((v) => v.kind === 'literal' && v.value === true) },
  { key: 'opportunisticTLS', isInsecure: anyBranch((v) => v.kind === 'literal' && v.value === true) },
];

/** Option names of Node's TLS API: an object holding one of them is a Node TLS options object. */
export const NODE_TLS_OPTION_NAMES: ReadonlySet<string> = new Set([
  'rejectUnauthorized', 'checkServerIdentity', 'secureProtocol', 'minVersion', 'maxVersion', 'ciphers', 'ca', 'cert', 'key', 'pfx',
  'servername', 'secureOptions', 'ecdhCurve', 'dhparam', 'minDHSize', 'sigalgs', 'honorCipherOrder', 'requestCert', 'secureContext',
]);
