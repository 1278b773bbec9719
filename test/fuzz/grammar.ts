// Programs generated from what the rules know: the sink table, the options they judge and the
// values those options take, written through the indirections the engine resolves (imports of
// every form, variables, spreads, Object.assign, member writes, conditionals, enums, parameters).
import { SINKS, TLS_ONLY_OPTIONS, ENV_SINKS } from '../../rules/data/node/sinks.js';
import { SECURE_PROTOCOL_METHODS, LEGACY_VERSIONS } from '../../rules/data/node/protocols.js';
import { SSL_OP } from '../../rules/data/node/node-constants.js';
import type { Rng } from './rng.js';
import { cipherString } from './cipher-gen.js';

const RULE_IDS = [
  'no-unverified-certificate', 'no-global-tls-bypass', 'no-unverified-hostname', 'no-legacy-tls-version', 'no-weak-cipher', 'no-weak-key-exchange',
  'no-unsafe-secure-options', 'no-plaintext-downgrade', 'no-tls-key-logging', 'no-deprecated-tls-api', 'require-servername',
];

const OPTION_KEYS = [
  ...TLS_ONLY_OPTIONS.map((o) => o.name),
  'checkServerIdentity', 'secureProtocol', 'minVersion', 'maxVersion', 'ciphers', 'ca', 'cert', 'key', 'servername', 'host', 'hostname', 'port',
  'secureOptions', 'ecdhCurve', 'dhparam', 'minDHSize', 'enableTrace', 'requestCert', 'ignoreTLS', 'requireTLS', 'opportunisticTLS', 'secure',
  'tls', 'ssl', 'https', 'socket', 'agent', 'url', 'connect', 'tlsOptions', 'redisOptions', 'agentOptions', 'doSTARTTLS', 'auth', 'sslmode', 'env',
];

function str(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A leaf value for an option key: usually one the rules judge, sometimes anything. */
function leaf(rng: Rng, key: string, ctx: Ctx): string {
  const any = (): string =>
    rng.pick([
      'true', 'false', '0', '1', "'0'", "''", 'null', 'undefined', 'void 0', '!0', '!1', '-1', '1n', 'NaN', "'yes'", 'x', 'process.env.X', 'opts.k',
      '[]', '{}', '() => {}', '() => undefined', 'function () { return; }', '(h, c) => new Error(h)', '`${a}`', "'a' + b", 'Symbol()', '/re/',
    ]);
  if (rng.chance(0.15)) return any();
  switch (key) {
    case 'secureProtocol':
      return str(rng.pick([...SECURE_PROTOCOL_METHODS.keys(), 'TLSv1_2_method', 'TLSv1_3_method', 'bogus']));
    case 'minVersion':
    case 'maxVersion':
      return rng.chance(0.2) ? `${ctx.tlsName}.DEFAULT_MIN_VERSION` : str(rng.pick([...LEGACY_VERSIONS, 'TLSv1.2', 'TLSv1.3', 'TLSv2']));
    case 'ciphers':
      return rng.chance(0.15) ? rng.pick([`${ctx.tlsName}.DEFAULT_CIPHERS`, `${ctx.tlsName}.DEFAULT_CIPHERS + ':!RC4'`, "crypto.constants.defaultCipherList"]) : str(cipherString(rng));
    case 'secureOptions': {
      const flags = rng.shuffle(Object.keys(SSL_OP)).slice(0, rng.range(1, 3));
      return rng.chance(0.3) ? String(flags.reduce((n, f) => n | SSL_OP[f], 0) >>> 0) : flags.map((f) => `${rng.pick(['crypto.constants.', 'constants.', ''])}${f}`).join(' | ');
    }
    case 'ecdhCurve':
      return str(rng.pick(['auto', 'prime256v1', 'secp160r1', 'secp112r1:prime256v1', 'X25519:P-256', 'secp192k1', 'bogus']));
    case 'minDHSize':
      return rng.pick(['512', '768', '1024', '2048', '4096', '0', "'1024'"]);
    case 'dhparam':
      return rng.pick(["'auto'", "fs.readFileSync('dh.pem')", "'-----BEGIN DH PARAMETERS-----\\nMCYCIQD/////////////////////////////////////AgEC\\n-----END DH PARAMETERS-----'"]);
    case 'checkServerIdentity':
      return rng.pick(['() => undefined', '() => {}', 'function () {}', '(h, c) => tls.checkServerIdentity(h, c)', 'noop', 'undefined']);
    case 'servername':
    case 'host':
    case 'hostname':
      return str(rng.pick(['example.com', '10.0.0.1', 'localhost', '::1', 'db.internal', '']));
    case 'url':
      return str(rng.pick(['rediss://cache:6380', 'redis://cache', 'ldaps://dir', 'mongodb://h/?tlsAllowInvalidCertificates=true', 'postgres://h/db?sslmode=no-verify', 'https://x']));
    case 'port':
      return rng.pick(['443', '6380', "'443'"]);
    case 'env':
      return `{ ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: ${rng.pick(["'0'", '0', "'1'", 'x'])} }`;
    default: {
      const tlsOnly = TLS_ONLY_OPTIONS.find((o) => o.name === key);
      if (tlsOnly) return rng.chance(0.8) ? String(tlsOnly.insecure) : String(!tlsOnly.insecure);
      return rng.pick(['true', 'false', '1', '0', "'x'"]);
    }
  }
}

interface Ctx {
  tlsName: string;
  /** Statements emitted before the sink call (declarations, writes). */
  pre: string[];
  vars: number;
  depth: number;
}

/** A value for `key`, directly or through the indirections the engine follows. */
function value(rng: Rng, key: string, ctx: Ctx): string {
  const v = leaf(rng, key, ctx);
  switch (rng.weighted({ direct: 6, variable: 2, conditional: 1, nullish: 1, enumMember: 1, wrapped: 1 })) {
    case 'variable': {
      const name = `v${ctx.vars++}`;
      ctx.pre.push(`${rng.pick(['const', 'let', 'var'])} ${name} = ${v};`);
      if (rng.chance(0.2)) ctx.pre.push(`${name} = ${leaf(rng, key, ctx)};`);
      return name;
    }
    case 'conditional':
      return `${rng.pick(['isDev', 'process.env.DEBUG', 'a > 1', "env === 'test'"])} ? ${v} : ${leaf(rng, key, ctx)}`;
    case 'nullish':
      return `${rng.pick(['cfg.value', 'x'])} ${rng.pick(['??', '||', '&&'])} ${v}`;
    case 'enumMember': {
      const name = `E${ctx.vars++}`;
      ctx.pre.push(`${rng.pick(['enum', 'const enum'])} ${name} { A = ${/^['\d]/.test(v) ? v : '1'}, B }`);
      return `${name}.A`;
    }
    case 'wrapped':
      return rng.pick([`(${v})`, `(${v}) as any`, `(${v})!`, `<any>(${v})`, `(${v}) satisfies unknown`]);
    default:
      return v;
  }
}

/** An options object literal, possibly holding a nested TLS object at `tlsPath`. */
function optionsObject(rng: Rng, ctx: Ctx, tlsPath: string[]): string {
  const keys = rng.shuffle(OPTION_KEYS).slice(0, rng.range(0, 5));
  let props = keys.map((k) => `${rng.chance(0.1) ? `['${k}']` : rng.chance(0.05) ? `'${k}'` : k}: ${value(rng, k, ctx)}`);
  if (rng.chance(0.15)) props.push(`...${rng.pick(['base', 'defaults', '{ rejectUnauthorized: false }', "{ minVersion: 'TLSv1' }"])}`);
  if (rng.chance(0.1)) props = rng.shuffle(props);
  let obj = `{ ${props.join(', ')} }`;
  for (let i = tlsPath.length - 1; i >= 0; i--) obj = `{ ${tlsPath[i]}: ${obj}${rng.chance(0.5) ? `, host: ${str('example.com')}` : ''} }`;
  return obj;
}

const IMPORT_FORMS = [
  (m: string, n: string) => `import ${n} from '${m}';`,
  (m: string, n: string) => `import * as ${n} from 'node:${m}';`,
  (m: string, n: string) => `const ${n} = require('${m}');`,
  (m: string, n: string) => `const ${n} = require('node:${m}');`,
  (m: string, n: string) => `import ${n} = require('${m}');`,
  (m: string, n: string) => `const ${n} = await import('${m}');`,
  (m: string, n: string) => `let ${n};\n${n} ??= require('${m}');`,
];

function identifierFor(module: string): string {
  const base = module.replace(/^@/, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
  return /^[A-Za-z_]/.test(base) ? base : `m${base}`;
}

function callee(name: string, path: string[]): { expr: string; isNew: boolean } {
  let expr = name;
  let isNew = false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (seg === '()') {
      // `new X()` when the next segment is a member or the end; the engine treats call and new alike.
      if (i === path.length - 1) isNew = true;
      else expr = `new ${expr}()`;
    } else expr = `${expr}.${seg}`;
  }
  return { expr, isNew };
}

/** One sink call with generated options, and what it needs before it. */
function sinkCall(rng: Rng, ctx: Ctx, imports: Map<string, string>): string {
  const sink = rng.pick(SINKS);
  const module = rng.pick(sink.modules);
  let name = imports.get(module);
  if (!name) {
    name = identifierFor(module);
    imports.set(module, name);
    if (module === 'tls') ctx.tlsName = name;
  }
  const path = rng.pick(sink.paths);
  const { expr, isNew } = callee(name, path);
  const tlsPath = sink.tlsPaths.length > 0 ? rng.pick(sink.tlsPaths) : [];
  let options = optionsObject(rng, ctx, tlsPath);
  switch (rng.weighted({ literal: 5, variable: 3, assign: 1, writes: 2, spread: 1, param: 1 })) {
    case 'variable': {
      const v = `opts${ctx.vars++}`;
      ctx.pre.push(`const ${v} = ${options};`);
      options = v;
      break;
    }
    case 'assign': {
      const v = `opts${ctx.vars++}`;
      ctx.pre.push(`const ${v} = Object.assign({}, ${options}, ${optionsObject(rng, ctx, [])});`);
      options = v;
      break;
    }
    case 'writes': {
      const v = `opts${ctx.vars++}`;
      ctx.pre.push(`const ${v}: any = ${options};`);
      for (let i = rng.range(1, 3); i > 0; i--) {
        const k = rng.pick(OPTION_KEYS);
        const target = [v, ...tlsPath].join('.');
        ctx.pre.push(rng.chance(0.2) ? `delete ${target}.${k};` : rng.chance(0.3) ? `if (${rng.pick(['a', 'isDev'])}) ${target}.${k} = ${value(rng, k, ctx)};` : `${target}.${k} ${rng.pick(['=', '??=', '||='])} ${value(rng, k, ctx)};`);
      }
      options = v;
      break;
    }
    case 'spread': {
      const v = `base${ctx.vars++}`;
      ctx.pre.push(`const ${v} = ${options};`);
      options = `{ ...${v}, ${rng.pick(OPTION_KEYS)}: ${value(rng, rng.pick(OPTION_KEYS), ctx)} }`;
      break;
    }
    case 'param': {
      const fn = `make${ctx.vars++}`;
      ctx.pre.push(`function ${fn}(o) {\n  o.${rng.pick(OPTION_KEYS)} = ${value(rng, 'rejectUnauthorized', ctx)};\n  return ${isNew ? 'new ' : ''}${expr}(${positional(rng, sink.options, 'o')});\n}`);
      return `${fn}(${options});`;
    }
  }
  return `${isNew ? 'new ' : ''}${expr}(${positional(rng, sink.options, options)});`;
}

function positional(rng: Rng, at: number | 'first-object', options: string): string {
  const index = at === 'first-object' ? (rng.chance(0.7) ? 0 : rng.range(1, 2)) : at;
  const args = Array.from({ length: index }, () => rng.pick(["'https://example.com'", '443', "'example.com'", 'socket', 'data', "'localhost:50051'", 'null']));
  args.push(options);
  if (rng.chance(0.2)) args.push('(res) => {}');
  return args.join(', ');
}

/** Statements outside sink calls that rules look at. */
function extra(rng: Rng, ctx: Ctx, imports: Map<string, string>): string {
  const tls = imports.get('tls') ?? (imports.set('tls', 'tls'), (ctx.tlsName = 'tls'));
  const env = ENV_SINKS[rng.int(ENV_SINKS.length)];
  return rng.pick([
    () => `process.env.NODE_TLS_REJECT_UNAUTHORIZED = ${rng.pick(["'0'", '0', "'1'", 'false', '`0`'])};`,
    () => `process.env['NODE_TLS_REJECT_UNAUTHORIZED'] ??= '0';`,
    () => `Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });`,
    () => `${tls}.DEFAULT_MIN_VERSION = ${str(rng.pick(['TLSv1', 'TLSv1.1', 'TLSv1.2']))};`,
    () => `${tls}.DEFAULT_MAX_VERSION = 'TLSv1.1';`,
    () => `${tls}.DEFAULT_CIPHERS ${rng.pick(['=', '+='])} ${str(cipherString(rng))};`,
    () => `${tls}.DEFAULT_ECDH_CURVE = 'secp160r1';`,
    () => `process.env.NODE_OPTIONS = ${str(rng.pick(['--tls-min-v1.0', '--tls-keylog=keys.txt', '--trace-tls', `--tls-cipher-list=${cipherString(rng)}`, '--tls-max-v1.1']))};`,
    () => `const s = ${tls}.connect(443, 'example.com');\ns.on('keylog', (line) => ${rng.pick(["fs.appendFileSync('keys.log', line)", 'console.log(line)', 'log.write(line)', '{}'])});`,
    () => `const pair = ${tls}.createSecurePair(ctx, false);`,
    () => `const creds = require('crypto').createCredentials({ ca });`,
    () => `server.setOptions({ requestCert: false });`,
    () => `app.on('certificate-error', (event, webContents, url, error, certificate, callback) => { event.preventDefault(); callback(${rng.pick(['true', 'false', 'ok'])}); });`,
    () => `session.defaultSession.setCertificateVerifyProc((request, callback) => callback(${rng.pick(['0', '-3', '-2'])}));`,
    () => `const grpc = require('@grpc/grpc-js');\nconst client = new Service(${str(rng.pick(['api.example.com:443', 'localhost:50051']))}, grpc.credentials.createInsecure());`,
    () => `request.get(url).disableTLSCerts().end();`,
    () => `const uri = ${str(rng.pick(['mongodb://h/db?tls=true&tlsAllowInvalidCertificates=true', 'postgres://u@h/db?sslmode=no-verify', 'mongodb+srv://h/?tlsInsecure=true']))};\nMongoClient.connect(uri);`,
    () => `require('child_process').${env.paths[0][0] === 'Worker' ? 'spawn' : env.paths[0][0] ?? 'spawn'}('node', [], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });`,
    () => `${tls}.connect({ host: 'example.com', enableTrace: true });`,
  ])();
}

/** Wraps statements in a context the engine must see through. */
function wrap(rng: Rng, body: string): string {
  switch (rng.weighted({ none: 5, fn: 1, arrow: 1, ifBlock: 1, tryBlock: 1, cls: 1, iife: 1 })) {
    case 'fn':
      return `export async function run(a, isDev) {\n${body}\n}`;
    case 'arrow':
      return `export const run = async (a, isDev) => {\n${body}\n};`;
    case 'ifBlock':
      return `if (process.env.TLS_INSECURE) {\n${body}\n}`;
    case 'tryBlock':
      return `try {\n${body}\n} catch (e) {\n  console.error(e);\n}`;
    case 'cls':
      return `export class Client {\n  async start(a, isDev) {\n${body}\n  }\n}`;
    case 'iife':
      return `(async () => {\n${body}\n})();`;
    default:
      return body;
  }
}

/** A whole generated file: imports, declarations, sink calls and extras, maybe with suppressions. */
export function generateProgram(rng: Rng): { fileName: string; text: string } {
  const ctx: Ctx = { tlsName: 'tls', pre: [], vars: 0, depth: 0 };
  const imports = new Map<string, string>();
  const statements: string[] = [];
  for (let i = rng.range(1, 4); i > 0; i--) {
    const st = rng.chance(0.75) ? sinkCall(rng, ctx, imports) : extra(rng, ctx, imports);
    const comment = rng.chance(0.08) ? `// tlslint-disable-next-line ${rng.chance(0.7) ? rng.pick(RULE_IDS) : 'no-such-rule'} -- fuzz\n` : '';
    statements.push(...ctx.pre.splice(0), comment + st);
  }
  const header = [...imports].map(([m, n]) => rng.pick(IMPORT_FORMS)(m, n));
  if (rng.chance(0.3)) header.push("import fs from 'fs';", "import crypto, { constants } from 'crypto';");
  if (rng.chance(0.1)) header.unshift('/* tlslint-disable no-weak-cipher */');
  const typed = statements.join('\n').includes(': any') || statements.join('\n').includes('enum ') || rng.chance(0.5);
  const ext = typed ? rng.pick(['.ts', '.mts', '.tsx']) : rng.pick(['.js', '.mjs', '.cjs', '.jsx', '.ts']);
  return { fileName: `generated${ext}`, text: `${header.join('\n')}\n${wrap(rng, statements.join('\n'))}\n` };
}
