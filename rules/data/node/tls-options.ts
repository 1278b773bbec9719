// Option names of Node's TLS API (TLS-FACTS.md 1.3): an object holding one of them is a Node TLS
// options object, which "Apply safe TLS settings" may give a minVersion.
export const NODE_TLS_OPTION_NAMES: ReadonlySet<string> = new Set([
  'rejectUnauthorized', 'checkServerIdentity', 'secureProtocol', 'minVersion', 'maxVersion', 'ciphers', 'ca', 'cert', 'key', 'pfx',
  'servername', 'secureOptions', 'ecdhCurve', 'dhparam', 'minDHSize', 'sigalgs', 'honorCipherOrder', 'requestCert', 'secureContext',
]);
