// Generated Python TLS programs, from the rules' own library tables (rules/data/python): a sink's
// callee imported every way Python allows, called with its keyword, positionally or through a
// `**kwargs` dict, its value written directly, through names, conditionals, f-strings, `%` and
// `.format`, or overridden later; contexts made by every factory and changed by attribute writes
// (`verify_mode`, `check_hostname`, `options |= …`, `minimum_version`), cipher strings from
// cipher-gen.ts, stdlib mail/FTP clients with and without contexts and logins, `with` targets,
// functions, classes and settings modules. Valid Python most of the time; the mutations break it.
import { CIPHER_PARAMS } from '../../rules/data/python/ciphers.js';
import { PY_LIBRARIES } from '../../rules/data/python/index.js';
import type { PyConst } from '../../rules/data/python/sink-types.js';
import { cipherString } from './cipher-gen.js';
import type { Rng } from './rng.js';

interface Sink {
  callee: string;
  keyword?: string;
  position?: number;
  key?: string;
  values: readonly PyConst[];
}

let sinks: Sink[] | undefined;

function allSinks(): Sink[] {
  if (sinks) return sinks;
  sinks = [];
  for (const lib of PY_LIBRARIES) {
    for (const k of lib.keywords ?? []) for (const callee of k.callees) sinks.push({ callee, keyword: k.keyword, position: k.position, key: k.key, values: k.insecure });
    for (const m of lib.missing ?? []) for (const callee of m.callees) sinks.push({ callee, keyword: m.keyword, position: m.position, values: [m.safe, 'None'] });
    for (const c of lib.calls ?? []) for (const callee of c.callees) sinks.push({ callee, values: [] });
  }
  for (const c of CIPHER_PARAMS) sinks.push({ callee: c.callee, keyword: c.keyword, position: c.position, values: ['CIPHER'] });
  return sinks;
}

const SAFE_VALUES = ['True', "'/etc/ssl/ca.pem'", 'ssl.create_default_context()', 'os.environ.get("CA", True)', 'settings.VERIFY', 'None', '1', "'CERT_REQUIRED'", 'ssl.CERT_REQUIRED'];
const CTX_FACTORIES = ['ssl.create_default_context()', 'ssl._create_unverified_context()', 'ssl.SSLContext()', 'ssl.SSLContext(ssl.PROTOCOL_TLS)', 'ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)', 'ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)', 'ssl.SSLContext(ssl.PROTOCOL_TLSv1)', 'ssl.SSLContext(ssl.PROTOCOL_SSLv23)', 'ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)', 'ssl._create_stdlib_context()', 'urllib3.util.ssl_.create_urllib3_context()', 'SSL.Context(SSL.TLSv1_METHOD)', 'SSL.Context(SSL.TLS_CLIENT_METHOD)'];
const CTX_WRITES = [
  'verify_mode = ssl.CERT_NONE', 'verify_mode = ssl.CERT_REQUIRED', 'verify_mode = 0', 'check_hostname = False', 'check_hostname = True', 'options |= ssl.OP_NO_TLSv1',
  'options &= ~ssl.OP_NO_TLSv1', 'options &= ~ssl.OP_NO_SSLv3', 'options |= ssl.OP_LEGACY_SERVER_CONNECT', 'options = 0', 'minimum_version = ssl.TLSVersion.TLSv1',
  'minimum_version = ssl.TLSVersion.TLSv1_2', 'maximum_version = ssl.TLSVersion.SSLv3', 'keylog_filename = "/tmp/keys.log"', 'keylog_filename = os.environ.get("SSLKEYLOGFILE")',
  'set_ciphers(CIPHER)', 'set_ecdh_curve("secp112r1")', 'set_ecdh_curve("prime256v1")', 'load_verify_locations("/etc/ca.pem")', 'load_cert_chain("c.pem", "k.pem")',
  'set_npn_protocols(["h2"])', 'set_verify(SSL.VERIFY_NONE, None)', 'set_cipher_list(b"RC4")', 'wrap_socket(sock)', "wrap_socket(sock, server_hostname='')", "wrap_socket(sock, server_hostname='example.com')",
];
const STDLIB = [
  'smtplib.SMTP("mail.example.com", 587)', 'smtplib.SMTP_SSL("mail.example.com")', 'smtplib.SMTP_SSL("mail.example.com", context=CTX)', 'imaplib.IMAP4("imap.example.com")',
  'imaplib.IMAP4_SSL("imap.example.com")', 'poplib.POP3("pop.example.com")', 'poplib.POP3_SSL("pop.example.com", context=CTX)', 'ftplib.FTP("ftp.example.com")', 'ftplib.FTP_TLS("ftp.example.com")',
  'http.client.HTTPSConnection("h", context=CTX)', 'urllib.request.urlopen(u, context=CTX)', 'xmlrpc.client.ServerProxy(u, context=CTX)', 'ssl.wrap_socket(sock)', 'ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)',
  'asyncio.open_connection("h", 443, ssl=CTX, server_hostname="")', 'grpc.insecure_channel("api.example.com:443")', 'grpc.insecure_channel("localhost:50051")',
  'psycopg2.connect("host=db.example.com sslmode=prefer")', 'psycopg2.connect(host="db", sslmode="disable", password=p)', 'create_engine("postgresql://u:p@db/app?sslmode=allow")',
  'kafka.KafkaProducer(security_protocol="PLAINTEXT", sasl_plain_password=p)', 'redis.Redis(ssl=True, ssl_cert_reqs=None)', 'pymongo.MongoClient(u, tlsAllowInvalidCertificates=True)',
];
const METHODS = ['login(user, password)', 'starttls()', 'starttls(context=CTX)', 'ehlo()', 'prot_p()', 'stls()', 'sendmail(a, b, m)', 'quit()'];
const NAMES = ['ctx', 'context', 'c', 'ssl_ctx', 'self.ctx', 'cls.ctx', 'CTX'];

/** `a.b.C.method` → how to reach the callee: an import, the call's head, and an instance for a method. */
function reach(rng: Rng, callee: string): { imports: string[]; head: string } {
  const parts = callee.split('.');
  const classAt = parts.findIndex((p, i) => i > 0 && /^[A-Z]/.test(p) && i < parts.length - 1);
  const mod = parts.slice(0, classAt > 0 ? classAt : parts.length - 1).join('.');
  const rest = parts.slice(mod.split('.').length);
  const imports: string[] = [];
  let base: string;
  switch (rng.int(4)) {
    case 0:
      imports.push(`import ${mod}`);
      base = mod;
      break;
    case 1: {
      const alias = `m${rng.int(9)}`;
      imports.push(`import ${mod} as ${alias}`);
      base = alias;
      break;
    }
    case 2: {
      const first = rest.shift()!;
      const alias = rng.chance(0.5) ? first : `${first}_${rng.int(9)}`;
      imports.push(`from ${mod} import ${first}${alias === first ? '' : ` as ${alias}`}`);
      base = alias;
      break;
    }
    default:
      base = mod;
  }
  if (classAt > 0 && rest.length > 1) {
    const method = rest.pop()!;
    const inst = rng.pick(['s', 'client', 'self.session', 'conn']);
    return { imports: [...imports, `${inst} = ${[base, ...rest].join('.')}(${rng.chance(0.5) ? "'h'" : ''})`], head: `${inst}.${method}` };
  }
  return { imports, head: [base, ...rest].join('.') };
}

function pyString(rng: Rng, s: string): string {
  const q = JSON.stringify(s);
  switch (rng.int(8)) {
    case 0:
      return `f${q.replace(/\{/g, '{{').replace(/\}/g, '}}')}`;
    case 1:
      return `${JSON.stringify(s.slice(0, s.length >> 1))} + ${JSON.stringify(s.slice(s.length >> 1))}`;
    case 2:
      return `"%s" % ${q}`;
    case 3:
      return `"{}".format(${q})`;
    case 4:
      return `f"{${q}}"`;
    case 5:
      return `(${JSON.stringify(s.slice(0, 3))}\n    ${JSON.stringify(s.slice(3))})`;
    case 6:
      return `r${q.replace(/\\/g, '')}`;
    default:
      return q;
  }
}

/** A value for a sink: one of its insecure values, a safe one, or a cipher string, maybe behind a conditional. */
function value(rng: Rng, sink: Sink, pre: string[]): string {
  let v = rng.chance(0.7) && sink.values.length > 0 ? rng.pick(sink.values) : rng.pick(SAFE_VALUES);
  if (v === 'CIPHER') v = pyString(rng, cipherString(rng));
  else if (v.startsWith("'") && rng.chance(0.3)) v = pyString(rng, v.slice(1, -1));
  if (rng.chance(0.2)) v = `${v} if DEBUG else ${rng.pick(SAFE_VALUES)}`;
  else if (rng.chance(0.1)) v = `${rng.pick(SAFE_VALUES)} if PROD else ${v}`;
  if (rng.chance(0.25)) {
    const name = rng.pick(['VERIFY', 'v', 'opt', 'settings_value']);
    pre.push(`${name} = ${v}`);
    if (rng.chance(0.2)) pre.push(`${name} = ${rng.pick(SAFE_VALUES)}`);
    return name;
  }
  return v;
}

function sinkCall(rng: Rng, lines: string[]): void {
  const sink = rng.pick(allSinks());
  const { imports, head } = reach(rng, sink.callee);
  lines.push(...imports);
  const args: string[] = rng.chance(0.5) ? ["'https://api.example.com'"] : [];
  if (sink.keyword) {
    const v = value(rng, sink, lines);
    const arg = sink.key ? `{${JSON.stringify(sink.key)}: ${v}}` : v;
    const form = rng.int(sink.position !== undefined ? 4 : 3);
    if (form === 0) args.push(`${sink.keyword}=${arg}`, 'timeout=5');
    else if (form === 1) {
      lines.push(`kw = {${JSON.stringify(sink.keyword)}: ${arg}}`);
      args.push('**kw');
    } else if (form === 2) args.push(`${sink.keyword}=${arg}`);
    else args.splice(0, args.length, ...Array.from({ length: sink.position! }, (_, i) => `a${i}`), arg);
    if (sink.values.length === 0 || rng.chance(0.1)) args.pop();
  }
  const call = `${head}(${args.join(', ')})`;
  const lhs = rng.chance(0.3) ? `${rng.pick(['r', 'resp', 'self.client'])} = ` : '';
  lines.push(rng.chance(0.2) ? `with ${call} as conn:\n    conn.${rng.pick(METHODS).replace(/CTX/g, 'ctx')}` : `${lhs}${rng.chance(0.1) ? 'await ' : ''}${call}`);
}

function contextProgram(rng: Rng, lines: string[]): void {
  lines.push(rng.pick(['import ssl', 'import ssl as ssl', 'from ssl import *', 'import ssl, os']), 'from OpenSSL import SSL');
  const name = rng.pick(NAMES);
  lines.push(`${name} = ${rng.pick(CTX_FACTORIES)}`);
  for (let n = rng.range(1, 5); n > 0; n--) {
    const w = rng.pick(CTX_WRITES).replace('CIPHER', pyString(rng, cipherString(rng)));
    lines.push(w.includes('=') && !w.includes('(') ? `${rng.chance(0.15) ? 'if DEBUG:\n    ' : ''}${name}.${w}` : `${name}.${w}`);
  }
  if (rng.chance(0.5)) lines.push(rng.pick(STDLIB).replace(/CTX/g, name));
}

function stdlibProgram(rng: Rng, lines: string[]): void {
  lines.push('import ssl, smtplib, imaplib, poplib, ftplib, http.client, urllib.request, xmlrpc.client, asyncio, grpc, psycopg2, kafka, redis, pymongo', 'from sqlalchemy import create_engine');
  if (rng.chance(0.5)) lines.push(`CTX = ${rng.pick(CTX_FACTORIES)}`);
  const client = rng.pick(['s', 'm', 'conn', 'self.smtp']);
  const made = rng.pick(STDLIB);
  if (rng.chance(0.3)) {
    lines.push(`with ${made} as ${client.replace('self.', '')}:`);
    for (let n = rng.range(1, 3); n > 0; n--) lines.push(`    ${client.replace('self.', '')}.${rng.pick(METHODS)}`);
    return;
  }
  lines.push(`${client} = ${made}`);
  for (let n = rng.range(0, 3); n > 0; n--) lines.push(`${client}.${rng.pick(METHODS)}`);
}

function settingsProgram(rng: Rng, lines: string[]): void {
  lines.push('import ssl, os');
  const pick = () => rng.pick([
    `EMAIL_USE_TLS = ${rng.pick(['False', 'True'])}`, `EMAIL_HOST = ${rng.pick(["'smtp.example.com'", "'localhost'"])}`, "EMAIL_HOST_PASSWORD = os.environ['PW']",
    `MAIL_USE_TLS = ${rng.pick(['False', 'True'])}`, `broker_use_ssl = {'cert_reqs': ${rng.pick(['ssl.CERT_NONE', 'ssl.CERT_REQUIRED'])}}`,
    `DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db.example.com', 'OPTIONS': {'sslmode': ${rng.pick(["'prefer'", "'require'", "'verify-full'", "'disable'"])}}}}`,
    `os.environ['PYTHONHTTPSVERIFY'] = ${rng.pick(["'0'", "'1'"])}`, `os.environ["SSLKEYLOGFILE"] = "/tmp/k"`, 'ssl._create_default_https_context = ssl._create_unverified_context',
    'urllib3.disable_warnings()', `REQUESTS_CA_BUNDLE = ${rng.pick(["''", "'/etc/ca.pem'"])}`,
  ]);
  for (let n = rng.range(1, 6); n > 0; n--) lines.push(pick());
}

/** Wraps lines in a function, a method, an async function, a branch or a try, indented. */
function wrap(rng: Rng, lines: string[]): string[] {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => `    ${l}`);
  switch (rng.int(8)) {
    case 0:
      return ['def connect(url, verify=False, **kw):', ...body, '    return None', 'connect(URL)'];
    case 1:
      return ['class Client:', '    def __init__(self, verify=True):', ...body.map((l) => `    ${l}`), '        self.verify = verify'];
    case 2:
      return ['async def main():', ...body];
    case 3:
      return ['if settings.DEBUG:', ...body, 'else:', '    pass'];
    case 4:
      return ['try:', ...body, 'except Exception as e:', '    raise'];
    default:
      return lines;
  }
}

export function generatePyProgram(rng: Rng): { text: string; fileName: string } {
  const lines: string[] = [];
  if (rng.chance(0.1)) lines.push('"""A module docstring: requests.get(u, verify=False) is not code."""');
  for (let n = rng.range(1, 4); n > 0; n--) {
    const part: string[] = [];
    const kind = rng.weighted({ sink: 5, context: 3, stdlib: 2, settings: 1 });
    if (kind === 'sink') sinkCall(rng, part);
    else if (kind === 'context') contextProgram(rng, part);
    else if (kind === 'stdlib') stdlibProgram(rng, part);
    else settingsProgram(rng, part);
    const imports = part.filter((l) => /^(?:import|from) /.test(l));
    lines.push(...imports, ...wrap(rng, part.filter((l) => !/^(?:import|from) /.test(l))));
    if (rng.chance(0.1)) lines.push(`# tlslint-disable-next-line ${rng.pick(['no-unverified-certificate', 'no-weak-cipher', 'nonexistent-rule'])} -- fuzz`);
  }
  const fileName = rng.pick(['client.py', 'settings.py', 'test_client.py', 'tests/conftest.py', 'app/tls.py', 'mail.py', 'worker_test.py']);
  return { text: `${lines.join('\n')}\n`, fileName };
}
