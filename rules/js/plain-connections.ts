// Connections the code says speak no TLS, whatever their options hold: a sink called with an
// http://, ws:// or mqtt:// URL, an ORM driving a database without TLS (Sequelize's sqlite), an
// options entry beside its own plain URL (`{ node: 'http://localhost:9200', tls: { … } }`).
import ts from 'typescript';
import type { JsRuleContext, Prop, SinkCall, Value } from './api.js';
import type { DialectSpec } from '../data/node/sink-types.js';
import { argValue, branchesOf, literalString, propAt } from './values.js';
import { urlParts } from '../common/urls.js';
import { skipParens } from './bitflags.js';
import { outermost } from './syntax.js';

/** Whether a sink call opens no TLS connection: a plain URL argument, or an ORM dialect without TLS. */
export function speaksNoTls(ctx: JsRuleContext, call: SinkCall): boolean {
  return toPlainUrl(ctx, call) || plainProtocolOption(call) || tlsSwitchedOff(ctx, call) || optionsWithPlainUrl(call) || (!!call.sink.tlsDialects && dialectWithoutTls(ctx, call, call.sink.tlsDialects));
}

/**
 * MQTT.js options naming a plain protocol (`mqtt.connect({ protocol: 'mqtt', host, rejectUnauthorized: false })`):
 * the protocol option wins over any URL, and only `cert` with `key` would upgrade it.
 */
function plainProtocolOption(call: SinkCall): boolean {
  return !!call.options && branchesOf(call.options).every((b) => namesPlainProtocol(call, b.value));
}

/**
 * The branches of a sink's options that speak no TLS by themselves, when others do: an entry of a
 * profiles table spread into `mqtt.connect({ ...PROFILES[profile], host })` whose own `protocol:
 * 'mqtt'` makes its `rejectUnauthorized` moot, a knexfile's `test: { client: 'better-sqlite3', … }`
 * handed on as `knex(config[env])`, whatever the other entries say.
 */
export function branchesWithoutTls(ctx: JsRuleContext, call: SinkCall): ReadonlySet<Value> {
  const out = new Set<Value>();
  if (!call.options) return out;
  const dialects = call.sink.tlsDialects;
  // A URL argument decides the dialect of every branch (dialectWithoutTls).
  const urlDecides = !!dialects && !!dialectUrl(ctx, call, dialects);
  for (const b of branchesOf(call.options)) {
    if (namesPlainProtocol(call, b.value) || (dialects && !urlDecides && namesDialectWithoutTls(b.value, dialects))) out.add(b.value);
  }
  return out;
}

function namesPlainProtocol(call: SinkCall, options: Value): boolean {
  const spec = call.sink.plainUrl;
  if (!spec?.unless?.includes('protocol') || options.kind !== 'object' || options.open) return false;
  const protocol = options.props.get('protocol');
  const name = protocol && literalString(protocol.value)?.toLowerCase();
  // The other options that may turn TLS on (the sink's `unless`) still do.
  return name !== undefined && spec.schemes.includes(`${name}:`) && !spec.unless.some((k) => k !== 'protocol' && options.props.has(k));
}

/**
 * The option that turns TLS on, written `false` in every branch, and no URL that turns it on
 * (node-redis `socket: { tls: false, rejectUnauthorized: false }`, ioredis `tls: false`): no TLS.
 * A sink whose TLS only a URL scheme or that option turns on (node-redis) speaks no TLS either
 * with a plain URL and the option left out (`{ url: 'redis://queue:6379', socket: { … } }`).
 */
function tlsSwitchedOff(ctx: JsRuleContext, call: SinkCall): boolean {
  const path = call.sink.tlsEnabledBy;
  if (!path || !call.options) return false;
  const spec = call.sink.url;
  const urlArg = spec?.arg !== undefined ? call.node.arguments?.[spec.arg] : undefined;
  if (urlArg && (ts.isSpreadElement(urlArg) || !isPlainUrlOf(argValue(ctx, call, urlArg), spec!.tlsSchemes))) return false;
  return branchesOf(call.options).every((b) => {
    if (b.value.kind !== 'object' || b.value.open) return false;
    const on = propAt(b.value, path);
    const url = spec?.path ? propAt(b.value, spec.path) : undefined;
    if (url && !isPlainUrlOf(url.value, spec!.tlsSchemes)) return false;
    if (!on) return !!spec && (!!url || !!urlArg);
    return branchesOf(on.value).every((v) => v.value.kind === 'literal' && v.value.value === false);
  });
}

/** Whether every value a connection URL may take is a string whose scheme is not one of `tlsSchemes` (`redis://`, not `rediss://`). */
function isPlainUrlOf(value: Value, tlsSchemes: readonly string[]): boolean {
  const branches = branchesOf(value);
  return branches.length > 0 && branches.every((b) => {
    const scheme = urlParts(urlText(b.value)?.trim() ?? '')?.scheme.toLowerCase();
    return scheme !== undefined && !tlsSchemes.includes(scheme);
  });
}

/** `io('http://mesh:3000', { rejectUnauthorized: false })`: a connection without TLS, whatever its options say. */
function toPlainUrl(ctx: JsRuleContext, call: SinkCall): boolean {
  const spec = call.sink.plainUrl;
  if (spec?.path) return !!call.options && branchesOf(call.options).every((b) => b.value.kind === 'object' && !b.value.open && isPlainUrl(propAt(b.value, spec.path!)?.value ?? { kind: 'unknown' }, spec.schemes));
  const arg = spec?.arg !== undefined ? call.node.arguments?.[spec.arg] : undefined;
  if (!spec || !arg || ts.isSpreadElement(arg) || !isPlainUrl(argValue(ctx, call, arg), spec.schemes)) return false;
  // Options that may turn TLS on after all (MQTT.js `protocol: 'mqtts'`, `cert` with `key`).
  const unless = spec.unless;
  if (!unless || !call.options) return true;
  return branchesOf(call.options).every((b) => b.value.kind === 'object' && !b.value.open && unless.every((k) => !(b.value as Value & { kind: 'object' }).props.has(k)));
}

/** Whether every value a URL may take is a string of one of `schemes` (`['http:', 'ws:']`): a connection without TLS. */
export function isPlainUrl(value: Value, schemes: readonly string[]): boolean {
  const branches = branchesOf(value);
  return branches.length > 0 && branches.every((b) => {
    const url = urlText(b.value)?.trim().toLowerCase();
    return url !== undefined && schemes.some((s) => url.startsWith(`${s}//`));
  });
}

/**
 * A URL's text: a string, or a template whose scheme is written out before its first hole
 * (`` `ws://localhost:${port}/events` ``: the holes cannot change the scheme).
 */
function urlText(v: Value): string | undefined {
  const s = literalString(v);
  if (s !== undefined) return s;
  const n = v.node && ts.isExpression(v.node) ? skipParens(v.node) : undefined;
  return n && ts.isTemplateExpression(n) && /^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(n.head.text) ? n.head.text : undefined;
}

/**
 * `new Sequelize('sqlite::memory:', …)`, `new Sequelize({ dialect: 'sqlite', … })`: every database
 * the call may drive is one whose driver speaks no TLS. A URL argument decides when there is one
 * (its scheme wins over the option); one the code does not know leaves the dialect unknown.
 */
function dialectWithoutTls(ctx: JsRuleContext, call: SinkCall, spec: DialectSpec): boolean {
  const url = dialectUrl(ctx, call, spec);
  if (url) return branchesOf(url).every((b) => withoutTls(/^([a-z][a-z0-9+.-]*):/i.exec(literalString(b.value) ?? '')?.[1], spec));
  if (!call.options) return false;
  return branchesOf(call.options).every((o) => namesDialectWithoutTls(o.value, spec));
}

/** The connection URL argument, when the call has one (its scheme wins over the dialect option). */
function dialectUrl(ctx: JsRuleContext, call: SinkCall, spec: DialectSpec): Value | undefined {
  const args = call.node.arguments ?? [];
  const urlArg = spec.url && args.length <= spec.url.maxArgs ? args[spec.url.arg] : undefined;
  if (!urlArg || ts.isSpreadElement(urlArg)) return undefined;
  const url = argValue(ctx, call, urlArg);
  return url.kind === 'object' ? undefined : url;
}

/** Options whose dialect (Sequelize's `dialect`, Knex's `client`) is, in every branch, a database without TLS. */
function namesDialectWithoutTls(options: Value, spec: DialectSpec): boolean {
  const dialect = options.kind === 'object' ? propAt(options, spec.path) : undefined;
  return !!dialect && branchesOf(dialect.value).every((b) => withoutTls(literalString(b.value), spec));
}

const withoutTls = (name: string | undefined, spec: DialectSpec) => name !== undefined && name !== '' && !spec.tls.includes(name.toLowerCase());

/**
 * Keys of an options entry that hold its URL (Elasticsearch's `node` and `nodes`, a `mqttUrl` or
 * `brokerUri` of a settings table); not the URLs an entry only hands out (`callbackUrl`).
 */
const URL_KEY = /^(url|uri|origin|endpoint|href|node|nodes|[a-z]*(url|uri)s?)$/i;
const NOT_CONNECTION_URL_KEY = /(callback|redirect|return|webhook|public|docs?|home|image|avatar|icon|logo|login|logout|site|proxy)(url|uri)s?$/i;
const isUrlKey = (key: string) => URL_KEY.test(key) && !NOT_CONNECTION_URL_KEY.test(key);
/** An entry's own plain URL: its connection speaks no TLS (an `ldap://` one only with no StartTLS switched on beside it). */
const PLAIN_URL = /^(http|ws|mqtt|amqp|ldap):\/\//i;
const TLS_URL = /^(https|wss|mqtts|amqps|ldaps):\/\//i;
/** Database dialects without TLS, as ORM configuration entries name them (`dialect: 'sqlite'`, Knex's `client: 'better-sqlite3'`, TypeORM's `type: 'sqljs'`). */
const DIALECT_KEY = /^(dialect|client|type)$/;
const NO_TLS_DIALECT = /^(sqlite3?|better-sqlite3|sqljs|sql\.js)$/i;
/** A switch that upgrades a plain connection with STARTTLS (`starttls: true`), or StartTLS's own options (`starttlsOptions: { … }`). */
const STARTTLS_KEY = /^start_?tls(options)?$/i;

/**
 * Options written in an entry whose own URL uses no TLS (`{ url: 'mqtt://lab:1883',
 * rejectUnauthorized: false }`, `{ origin: 'http://mesh:8080', tls: { … } }`, `{ nodes:
 * ['http://es1:9200', 'http://es2:9200'], tls: { … } }`, up to two objects up): the connection
 * they go with never speaks TLS. An entry naming a TLS URL too is not such an entry. The entry
 * the option's literal value was written in counts too (`{ rejectUnauthorized: b.insecure }`).
 * `loose`: options no sink takes (a loose bag), where an entry naming a database without TLS counts too.
 */
export function besidePlainUrl(prop: Prop, loose = false): boolean {
  const valueNode = prop.value.kind === 'literal' ? prop.value.node.parent : undefined;
  const valueEntry = valueNode && ts.isPropertyAssignment(valueNode) && ts.isObjectLiteralExpression(valueNode.parent) ? valueNode.parent : undefined;
  return entryWithPlainUrl(prop.literal, loose) || (valueEntry !== undefined && valueEntry !== prop.literal && entryWithPlainUrl(valueEntry, loose));
}

/**
 * The call's options, as they resolve, hold their own plain URL (`got.extend({ prefixUrl:
 * 'http://sink:8080', ...sinkOptions })` with `https: { rejectUnauthorized: false }` in
 * sinkOptions): in every branch a known object whose URL keys are all known and plain. Stricter
 * than an entry written in place (entryWithPlainUrl, where one plain URL and no TLS one will do):
 * resolved values follow names into fallbacks (`process.env.SINK_URL ?? 'http://...'`) whose
 * unknown side may well be https://, and a written entry's URL is the connection's own.
 */
function optionsWithPlainUrl(call: SinkCall): boolean {
  // A proxy's own URL (ProxyAgent's `uri`) says nothing about the TLS it tunnels to the target.
  if (!call.options || call.sink.throughProxy) return false;
  return holdsPlainUrl(call.options);
}

/** Options, as they resolve, holding their own plain URL in every branch (optionsWithPlainUrl; a loose bag handed to a client: `new Client({ nodes: LOCAL_ES_NODES, tls })`). */
export function holdsPlainUrl(options: Value): boolean {
  return branchesOf(options).every((b) => {
    if (b.value.kind !== 'object' || b.value.open) return false;
    // A list of URLs (Elasticsearch's `nodes`, also through a name: `nodes: LOCAL_ES_NODES`) counts each.
    const texts = [...b.value.props].filter(([k]) => isUrlKey(k)).flatMap(([, p]) => branchesOf(p.value).flatMap((u) => (u.value.kind === 'array' ? (u.value.elements.length ? u.value.elements : [u.value]) : [u.value]).map((x) => literalString(x)?.trim())));
    return texts.length > 0 && texts.every((t) => t !== undefined && PLAIN_URL.test(t));
  });
}

/**
 * `dialects`: an entry naming a database without TLS counts too (`{ dialect: 'sqlite', … }` in an
 * ORM's configuration file). Only for options no sink takes: a sink's own URL argument decides its
 * dialect over the option (dialectWithoutTls).
 */
function entryWithPlainUrl(start: ts.ObjectLiteralExpression | undefined, dialects: boolean): boolean {
  for (const { lit, heldAs } of objectsUp(start)) {
    const props = lit.properties.filter((p): p is ts.PropertyAssignment & { name: ts.Identifier | ts.StringLiteral } => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)));
    // `{ dialect: 'sqlite', dialectOptions: { ssl: { … } } }` in an ORM's configuration: no network, no TLS.
    if (dialects && props.some((p) => DIALECT_KEY.test(p.name.text) && ts.isStringLiteralLike(p.initializer) && NO_TLS_DIALECT.test(p.initializer.text))) return true;
    const urls = props.filter((p) => isUrlKey(p.name.text));
    const texts = urls.flatMap((p) => urlTexts(p.initializer));
    if (texts.some((t) => t !== undefined && PLAIN_URL.test(t))) return texts.every((t) => t === undefined || !TLS_URL.test(t)) && !startsTls(props);
    // StartTLS's own options (`starttlsOptions: { … }`, `starttls: { … }`) upgrade the plain connection.
    if (heldAs !== undefined && STARTTLS_KEY.test(heldAs)) return false;
  }
  const texts = classUrlTexts(start);
  return texts.some((t) => t !== undefined && PLAIN_URL.test(t)) && texts.every((t) => t === undefined || !TLS_URL.test(t));
}

/**
 * The URLs the class whose getter or method returns the options names for itself (`get url() {
 * return 'ws://event-bus:9000/events'; }` beside `get tlsOptions() { return { … }; }`, or a `url`
 * field): a subclass of a transport that connects to its own URL with its own options.
 */
function classUrlTexts(lit: ts.ObjectLiteralExpression | undefined): (string | undefined)[] {
  const ret = lit && outermost(lit).parent;
  const member = ret && ts.isReturnStatement(ret) && ts.isBlock(ret.parent) ? ret.parent.parent : undefined;
  if (!member || !(ts.isGetAccessorDeclaration(member) || ts.isMethodDeclaration(member)) || !ts.isClassLike(member.parent)) return [];
  return member.parent.members.flatMap((m) => {
    const name = m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined;
    if (name === undefined || !isUrlKey(name)) return [];
    if (ts.isPropertyDeclaration(m) && m.initializer) return urlTexts(m.initializer);
    const body = ts.isGetAccessorDeclaration(m) ? m.body?.statements : undefined;
    const only = body?.length === 1 && ts.isReturnStatement(body[0]) ? body[0].expression : undefined;
    return only ? urlTexts(only) : [undefined];
  });
}

/**
 * An object literal and the ones it is written in as a property's value (a table's entry, the table),
 * up to three levels, each with the key that holds it (through casts: `connection: { … } as any`).
 */
function* objectsUp(start: ts.Node | undefined): Generator<{ lit: ts.ObjectLiteralExpression; heldAs?: string }> {
  let lit = start;
  for (let depth = 0; lit && ts.isObjectLiteralExpression(lit) && depth < 3; depth++) {
    const up = outermost(lit).parent;
    const held = ts.isPropertyAssignment(up) && (ts.isIdentifier(up.name) || ts.isStringLiteral(up.name));
    yield { lit, ...(held ? { heldAs: (up.name as ts.Identifier | ts.StringLiteral).text } : {}) };
    lit = ts.isPropertyAssignment(up) && ts.isObjectLiteralExpression(up.parent) ? up.parent : undefined;
  }
}

/** The entry switches STARTTLS on (`starttls: true`, `startTls: cfg.tls`): its plain URL is upgraded. An object there holds StartTLS's own options. */
function startsTls(props: readonly (ts.PropertyAssignment & { name: ts.Identifier | ts.StringLiteral })[]): boolean {
  return props.some((p) => STARTTLS_KEY.test(p.name.text) && !ts.isObjectLiteralExpression(skipParens(p.initializer)) && p.initializer.kind !== ts.SyntaxKind.FalseKeyword);
}

/**
 * Whether the object an option is written in, or one up to two levels above it, names a plain URL
 * (`http://`, `ws://`, …) under `condition`: a branch of a lookup in the same table entry as the
 * option's unsafe value (`{ node: settings.esNode, tls: { rejectUnauthorized: settings.tlsVerify } }`
 * over an `ENVIRONMENTS[env]` whose `local` entry names `http://localhost:9200`), or the entry the
 * unsafe literal `written` is written in names one.
 */
export function plainUrlUnder(ctx: JsRuleContext, propNode: ts.Node, condition: string | undefined, written?: ts.Node): boolean {
  // The table entry the unsafe literal is written in names its own plain URL (`local: { apiUrl: 'http://localhost:8080', verifyTls: false }`).
  const entry = entryOf(written);
  if (entry && entryWithPlainUrl(entry, false)) return true;
  if (!condition || propNode.getSourceFile() !== ctx.sourceFile) return false;
  for (const { lit } of objectsUp(propNode.parent)) {
    for (const p of lit.properties) {
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) || !isUrlKey(p.name.text)) continue;
      if (branchesOf(ctx.valueOf(p.initializer)).some((b) => b.condition === condition && PLAIN_URL.test(literalString(b.value)?.trim() ?? ''))) return true;
    }
  }
  return false;
}

/**
 * Whether the table entry a literal is written in (or one up to two levels above) switches STARTTLS
 * off (`{ url: 'ldap://lab', tlsOptions: { … }, startTls: false }`): an upgrade's options there are
 * not used.
 */
export function startTlsOffAround(written: ts.Node | undefined): boolean {
  for (const { lit } of objectsUp(entryOf(written))) {
    for (const p of lit.properties) {
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && STARTTLS_KEY.test(p.name.text) && p.initializer.kind === ts.SyntaxKind.FalseKeyword) return true;
    }
  }
  return false;
}

/**
 * Whether the object an option is written in names its own URL with a scheme of another library
 * than the option's (`{ url: 'redis://localhost:6379', tlsInsecure: true }`: an app's field that
 * shares MongoDB's name). Only a loose option (no sink read it) and a URL the object writes out.
 */
export function foreignScheme(owner: Value | undefined, schemes: readonly string[] | undefined): boolean {
  if (!schemes || owner?.kind !== 'object') return false;
  const texts = [...owner.props].filter(([k]) => isUrlKey(k)).flatMap(([, p]) => branchesOf(p.value).map((b) => literalString(b.value)?.trim()));
  return texts.length > 0 && texts.every((t) => {
    const scheme = t === undefined ? undefined : urlParts(t)?.scheme.toLowerCase();
    return scheme !== undefined && !schemes.includes(scheme);
  });
}

/** The object literal a value is written in as a property's initializer: a table's entry. */
export function entryOf(written: ts.Node | undefined): ts.ObjectLiteralExpression | undefined {
  const p = written?.parent;
  return p && ts.isPropertyAssignment(p) && p.initializer === written && ts.isObjectLiteralExpression(p.parent) ? p.parent : undefined;
}

/** The URL texts a key gives: a string, or each string of an array (undefined for any other expression). */
function urlTexts(e: ts.Expression): (string | undefined)[] {
  if (ts.isArrayLiteralExpression(e)) return e.elements.length ? e.elements.flatMap(urlTexts) : [undefined];
  return [ts.isStringLiteralLike(e) ? e.text.trim() : undefined];
}
