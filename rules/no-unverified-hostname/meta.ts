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
    noopCheck: 'checkServerIdentity{where} accepts any host name{condition}, so a certificate for any domain passes.',
    flag: '{option}{condition} skips the host name check ({owner}), so a certificate for any domain passes.',
    uri: '{param}={value} in the connection string skips the host name check ({owner}), so a certificate for any domain passes.',
    mysql2: 'ssl.verifyIdentity is not true{condition}, so mysql2 accepts a trusted certificate for any domain.',
    // Python.
    pyOption: '{option}{condition} makes {owner} accept a certificate for any host name.',
    pyParam: '{param}{condition} {why} ({owner}), so a certificate for any domain passes.',
    pyCheckHostname: 'check_hostname = False{condition} skips the host name check, so a certificate for any domain passes.',
    pyContextNoHostname: '{call} is used as a client with check_hostname off, so a certificate for any domain passes.',
    pyWrapSocket: 'ssl.wrap_socket() never checks the host name and no ssl.match_hostname() call checks this socket, so any domain passes.',
    pyOpenSslNoHostname: "This pyOpenSSL client checks the chain but never the host name, so any domain's certificate passes.",
    pyMatchHostname: 'Replacing ssl.match_hostname turns off host name checks for the whole process, so any domain passes.',
    setter: '{owner} {key} = {value}{condition} skips the host name check, so a certificate for any domain passes.',
    mysqlOrm: '{sink} hands these ssl options to mysql2, which checks no host name without verifyIdentity: true{condition}.',
    patchAll: 'This tls.checkServerIdentity patch{condition} accepts any host name for every later connection.',
    patchSome: 'This tls.checkServerIdentity patch skips the host name check{condition}: a certificate for any domain passes there.',
    partialCheck: 'checkServerIdentity{where} skips the check{condition}: any host name passes there.',
  },
});

export type Messages = MessageIds<typeof meta>;
