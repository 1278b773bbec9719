// no-unverified-hostname: the certificate is checked, but not that it belongs to the host (CWE-297).
import { ruleMeta, type MessageIds } from '../api.js';
export const meta = ruleMeta({
  id: 'no-unverified-hostname',
  description: 'Host name verification must not be turned off.',
  rationale:
    'A certificate proves an identity only together with the check that it was issued for the host being contacted. Without that check any valid certificate for any domain (one an attacker can get for free for their own domain) is accepted, so the connection can be intercepted as easily as with no verification at all.',
  category: 'hostname',
  defaultSeverity: 'error',
  cwe: [297],
  securitySeverity: 8.1,
  fixKinds: ['suggestion'],
  precision: 'high',
  // Option and URI parameter names, and the modules of the mysql2 sink (verifyIdentity may be missing).
  messages: {
    noopCheck:
      'checkServerIdentity{where} returns nothing for every host{condition}, so a certificate for any domain is accepted and anyone with one can impersonate the server. Remove it to get Node\'s check, or return tls.checkServerIdentity(host, cert) from yours.',
    flag: '{option} disables host name verification{condition} ({owner}), so a certificate for any domain is accepted. Remove it.',
    uri: 'The connection string sets {param}={value}, which disables host name verification ({owner}), so a certificate for any domain is accepted. Remove it.',
    mysql2:
      'mysql2 does not check that the server certificate matches the host unless ssl.verifyIdentity is true{condition}, so a certificate for any domain signed by a trusted CA is accepted. Set verifyIdentity: true.',
    setter: '{owner} {key} = {value}{condition} turns the host name check off: a certificate for any domain passes.',
    mysqlOrm: '{sink} hands these ssl options to mysql2, which checks no host name without verifyIdentity: true{condition}.',
    patchAll: 'This tls.checkServerIdentity patch{condition} accepts any host name: later connections take a certificate for any domain.',
    patchSome: 'This tls.checkServerIdentity patch skips the host name check{condition}: a certificate for any domain passes there.',
    partialCheck: 'checkServerIdentity{where} skips the host name check{condition}: a certificate for any domain passes there.',
  },
});

export type Messages = MessageIds<typeof meta>;
