// Realistic data for every rule message: for each message id, the data of the longest findings
// ordinary code gets, taken from the tables the rules read where there is one. Every sample of a
// message with a {condition} is filled with a long realistic condition. test/meta/docs.test.ts
// fills every template with every sample and checks the message fits a Problems panel without
// the engine having to shorten it (server/src/engine/messages.ts does that for the extremes).
import { cipherProblems } from '../../rules/common/cipher-strings.js';
import { conditionsSuffix } from '../../rules/common/conditions.js';
import { preview } from '../../rules/common/cipher-words.js';
import { BYPASS_VARIABLES } from '../../rules/data/node/environment.js';
import { DEPRECATED_APIS, DEPRECATED_SERVER_METHOD } from '../../rules/data/node/deprecated-apis.js';
import { SECURE_PROTOCOL_METHODS } from '../../rules/data/node/protocols.js';
import { WEAKENING_FLAGS } from '../../rules/data/node/secure-options.js';
import { ENV_SINKS, INSECURE_METHODS, INSECURE_URI_PARAMS, TLS_ONLY_OPTIONS } from '../../rules/data/node/sinks.js';
import { PYTHON_MESSAGE_SAMPLES } from './python-message-samples.js';

type Data = Record<string, string>;
/** Samples by rule id and message id. */
export type Samples = Record<string, Record<string, readonly Data[]>>;

/** A long condition of the kind findings carry. */
export const CONDITION = conditionsSuffix("when NODE_ENV is not 'production'");

const LONGEST_SINK = ' in @grpc/grpc-js credentials.createSsl';
const cert = TLS_ONLY_OPTIONS.filter((o) => o.rule === 'no-unverified-certificate');
const hostname = TLS_ONLY_OPTIONS.filter((o) => o.rule === 'no-unverified-hostname');
const uri = (rule: string): Data[] => INSECURE_URI_PARAMS.filter((p) => p.rule === rule).flatMap((p) => p.values.map((value) => ({ param: p.param, value, owner: p.owner })));
const methods = [...SECURE_PROTOCOL_METHODS];
const deprecated = [...DEPRECATED_APIS, DEPRECATED_SERVER_METHOD].map((a) => ({ api: a.shown, code: a.code, risk: a.risk }));
const [flag1, flag2] = WEAKENING_FLAGS;

/** What a cipher element enables, for each element of the list, at each level it has. */
function ciphers(where: string, elements: string[]): Record<'insecure' | 'weak' | 'info', Data[]> {
  const out: Record<'insecure' | 'weak' | 'info', Data[]> = { insecure: [], weak: [], info: [] };
  for (const p of elements.flatMap((e) => cipherProblems(`ECDHE+AESGCM:${e}`) ?? [])) {
    if (p.kind === 'suites' && p.element.text !== 'ECDHE+AESGCM') out[p.level].push({ subject: `'${p.element.text}' in ${where}`, suites: p.enables });
  }
  return out;
}
// A condition comes with the ciphers option; tls.DEFAULT_CIPHERS is set once, at start-up.
const cipherSamples = ciphers('ciphers', ['ALL', 'aNULL', 'eNULL', 'EXPORT', 'MD5', 'RC4', '3DES', 'kRSA', 'PSK', 'SSLv3', 'HIGH', 'DEFAULT', 'RC4-MD5', 'ADH-AES256-GCM-SHA384', 'DES-CBC3-SHA', 'AES128-SHA', 'DHE-RSA-AES256-GCM-SHA384', 'TLS_AES_128_CCM_8_SHA256']);

const CODE_SAMPLES: Samples = {
  'no-unverified-certificate': {
    option: [
      ...cert.map((o) => ({ option: `${o.name}: ${String(o.insecure)}`, where: ` (${o.owner})` })),
      { option: 'rejectUnauthorized: false', where: LONGEST_SINK },
      { option: 'tlsAllowInvalidCertificates: true', where: ' in mongodb MongoClient' },
    ],
    serverClientCert: [{}],
    method: INSECURE_METHODS.map((m) => ({ owner: m.owner, method: m.name })),
    uri: uri('no-unverified-certificate'),
    tlsSocket: [{}],
    callback: [
      { what: "The certificate-error handler's callback(true)", which: 'failed certificates under a condition' },
      { what: "setCertificateVerifyProc's callback(0)", which: 'every certificate' },
    ],
    toolSwitch: [{ flag: '--no-check-certificate', where: 'the "postinstall" script', tool: 'wget' }, { flag: '-k', where: 'jobs.deploy.steps[3].run', tool: 'curl' }],
  },
  'no-global-tls-bypass': {
    assign: [{}, { condition: conditionsSuffix('when it is not set or empty') }],
    childEnv: ENV_SINKS.map((s) => ({ api: s.id })),
    envVar: BYPASS_VARIABLES.map((v) => ({ name: v.name, value: '0', where: 'spec.template.spec.containers[0].env', who: v.who })),
    toolSetting: [{ setting: '//registry.example.com/:strict-ssl=false', where: '.npmrc', tool: 'npm/pnpm' }, { setting: 'http.sslVerify=false', where: 'RUN', tool: 'git' }],
  },
  'no-unverified-hostname': {
    noopCheck: [{ where: LONGEST_SINK }],
    flag: hostname.map((o) => ({ option: `${o.name}: ${String(o.insecure)}`, owner: o.owner })),
    uri: uri('no-unverified-hostname'),
    mysql2: [{}],
  },
  'no-legacy-tls-version': {
    secureProtocol: methods.filter(([, m]) => m.verdict !== 'weaker').map(([value, m]) => ({ value, effect: m.effect })),
    weakerProtocol: methods.filter(([, m]) => m.verdict === 'weaker').map(([value, m]) => ({ value, effect: m.effect })),
    minVersion: [{ value: 'TLSv1.1', protocol: 'TLS 1.1' }, { value: 'SSLv3', protocol: 'SSL 3.0' }],
    maxVersion: [{ value: 'TLSv1.1', protocol: 'TLS 1.1' }],
    nodeFlag: [{ flag: '--tls-min-v1.0', where: 'NODE_OPTIONS (the "start:partners" script)', protocol: 'TLS 1.0' }],
    globalDefault: [{ name: 'DEFAULT_MIN_VERSION', value: 'TLSv1.1', effect: 'accept', protocol: 'TLS 1.1' }, { name: 'DEFAULT_MAX_VERSION', value: 'TLSv1.1', effect: 'stop at', protocol: 'TLS 1.1' }],
  },
  'no-weak-cipher': {
    ...cipherSamples,
    insecure: [
      ...cipherSamples.insecure,
      { subject: `tls.DEFAULT_CIPHERS ${preview('ECDHE-ECDSA-AES128-GCM-SHA256:RC4-SHA')}`, suites: 'RC4-SHA (RC4, prohibited by RFC 7465)', condition: '' },
      { subject: "'EXPORT' in tls.DEFAULT_CIPHERS", suites: '17 weak suites (export, DES and more)', condition: '' },
    ],
    secLevelZero: [{ subject: "'@SECLEVEL=0' in tls.DEFAULT_CIPHERS" }],
  },
  'no-weak-key-exchange': {
    minDHSize: [{ value: '1024' }],
    ecdhCurve: [{ curves: 'prime192v1, secp160r1, sect163k1', curveWord: 'curves' }],
    dhparam: [{ bits: '1536' }],
    dhparamRefused: [{ bits: '512' }],
  },
  'no-unsafe-secure-options': {
    flag: WEAKENING_FLAGS.map((f) => ({ flag: f.name, effect: f.effect })),
    flags: [{ flag: `${flag1.name} | ${flag2.name}`, count: '2' }],
    property: WEAKENING_FLAGS.map((f) => ({ flag: f.name, effect: f.effect })),
    properties: [{ flag: `${flag1.name} and ${flag2.name}`, count: '2' }],
  },
  'no-plaintext-downgrade': {
    ignoreTLS: [{ what: 'the password and messages' }],
    opportunisticTLS: [{ what: 'the password and messages' }],
    smtpOptional: [{}],
    imapflowPlain: [{}],
    imapflowOptional: [{}],
    imapPlain: [{ autotls: 'always', effect: 'use STARTTLS only if offered' }],
    grpcInsecure: [{ callee: 'grpc.credentials.createInsecure', target: 'payments.internal.example.com:443' }],
  },
  'no-tls-key-logging': {
    listener: [{ writer: 'process.stdout.write()' }, { writer: 'this.logger.debug()' }],
    enableTrace: [{}],
    keylogFlag: [{ where: 'process.execArgv' }],
    traceFlag: [{ where: 'process.execArgv' }],
  },
  'no-deprecated-tls-api': {
    deprecated,
  },
  'require-servername': {
    missing: [{ sink: 'ioredis', host: "'payments.internal.example.com'" }, { sink: 'tls.connect', host: 'this.config.database.host' }],
    missingSocket: [{ sink: 'tls.connect' }],
    ipServername: [{ value: '2001:db8::1' }],
  },
};

/** Every rule's samples: the JS and project-file messages above, the Python ones (python-message-samples.ts). */
export const MESSAGE_SAMPLES: Samples = merge(CODE_SAMPLES, PYTHON_MESSAGE_SAMPLES);

/** Both sets of samples, a message's from each side together (gRPC's message serves both languages). */
function merge(a: Samples, b: Samples): Samples {
  const out: Samples = {};
  for (const set of [a, b]) {
    for (const [rule, messages] of Object.entries(set)) {
      for (const [id, samples] of Object.entries(messages)) (out[rule] ??= {})[id] = [...(out[rule]?.[id] ?? []), ...samples];
    }
  }
  return out;
}

/** The template filled with one sample (plain substitution: nothing is shortened); `missing` names what the sample lacks. */
export function fill(template: string, sample: Data): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const v = sample[name] ?? (name === 'condition' ? CONDITION : undefined);
    if (v === undefined) missing.push(name);
    return v ?? '';
  });
  return { text, missing };
}
