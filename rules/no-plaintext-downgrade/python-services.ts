// no-plaintext-downgrade, Python part: database, queue, RPC and cloud clients that send their
// traffic without TLS to a host that is not this machine (T8 libpq, T9 Kafka, T10 gRPC, T11 boto).
import { conditionsSuffix } from '../common/conditions.js';
import type { Fix } from '../api.js';
import { compact } from '../common/compact.js';
import { hostOf, isLoopbackHost, isRemoteGrpcTarget } from '../common/loopback.js';
import { BOTO_CLIENTS, GRPC_CREDENTIALS, GRPC_INSECURE_CHANNELS, KAFKA, LIBPQ_CONNECT, LIBPQ_PLAINTEXT_MODES } from '../data/python/plaintext.js';
import { branchesOf, stringOf } from '../python/branches.js';
import { removeArgument, replaceNode } from '../python/edits.js';
import { fileClasses, type FileClass } from '../python/classes.js';
import { plainContent, writtenIn } from '../python/string-offsets.js';
import type { Argument, NameAssignment, Node, PyRuleContext, PyValue } from '../python/api.js';
import { libpqParams, type DsnParam } from './libpq.js';
import { alternativeText, filledPieceAt, holeAlternatives } from '../python/holes.js';
import { returnedValues } from '../python/returned-values.js';
import type { Messages } from './meta.js';
import { usedBy, writtenElsewhere } from '../python/written.js';

type Ctx = PyRuleContext<Messages>;
const VERIFY_FULL = 'verify-full';

export function checkServices(ctx: Ctx): void {
  checkLibpq(ctx);
  checkKafka(ctx);
  checkGrpc(ctx);
  checkBoto(ctx);
}

/** Whether every known host is local; unknown hosts (`os.environ[...]`) are not, absent ones are (a Unix socket). */
const allLocal = (hosts: (string | undefined)[]) => hosts.every((h) => h !== undefined && h.split(',').every((x) => x === '' || x.startsWith('/') || isLoopbackHost(x.trim())));

/** A setting found in a string, a keyword argument or a dict entry, with where to report and edit it. */
interface Setting {
  value: string;
  /** Reported range. */
  range: { start: number; end: number };
  /** The characters of the value, when a fix can replace them. */
  edit?: { start: number; end: number };
  /** The node the range lies in, when it may be another module's (a DSN constant imported from it). */
  in?: Node;
}

/** The setting in a value: a plain string literal (pointed into), or a computed one (the whole node). */
function fromDsn(ctx: Ctx, v: PyValue, node: Node): Map<string, Setting> {
  const out = new Map<string, Setting>();
  const text = stringOf(v) ?? (v.kind === 'string' ? v.parts.map((p) => (typeof p === 'string' ? p : '\0')).join('') : undefined);
  const params = text === undefined ? undefined : libpqParams(text);
  // A DSN or URL the file does not spell out (`os.environ["DATABASE_URL"]`) names some host.
  if (text === undefined && v.kind !== 'literal') out.set('host', { value: '\0', range: { start: node.startIndex, end: node.endIndex } });
  if (!params) return out;
  const content = v.node && stringOf(v) !== undefined ? plainContent(v.node) : undefined;
  // A computed string (an f-string, `%`, `.format`) is reported where it is written, as a plain one is.
  const at = v.kind === 'string' && v.node ? formatTarget(v.node) : node;
  for (const [k, p] of params) {
    // A hole in the string (`host={host}`) is a value the file does not fix.
    const value = p.value.includes('\0') ? '\0' : p.value;
    // A computed string spread over lines (`f"host={h} "` `f"sslmode=allow"`): at the text that sets it, when written once.
    const written = !content && value !== '\0' && k !== 'host' ? writtenIn(at, `${k}=${value}`) : undefined;
    // `TEMPLATE.format(host=h, sslmode="prefer")`: at the constant argument that fills it.
    const filler = !content && !written && value !== '\0' && k !== 'host' && v.node ? formatFiller(ctx, v.node, value) : undefined;
    if (written) out.set(k, { value, range: written, edit: { start: written.end - value.length, end: written.end }, in: at });
    else if (filler) out.set(k, { value, range: filler.content, edit: filler.content, in: filler.lit });
    else out.set(k, content ? { ...inString(content.start, k, p), in: v.node } : { value, range: { start: at.startIndex, end: at.endIndex }, in: at });
  }
  return out;
}

/** The one plain literal argument of a `.format` call or `%` that is `value`, with its content. */
function formatFiller(ctx: Ctx, n: Node, value: string): { lit: Node; content: { start: number; end: number } } | undefined {
  const callee = n.type === 'call' ? n.childForFieldName('function') : null;
  let args: (Node | null)[] = [];
  if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'format') args = n.childForFieldName('arguments')?.namedChildren.map((a) => (a?.type === 'keyword_argument' ? a.childForFieldName('value') : a)) ?? [];
  else if (n.type === 'binary_operator' && n.childForFieldName('operator')?.text === '%') {
    let right = n.childForFieldName('right');
    while (right?.type === 'parenthesized_expression') right = right.namedChild(0);
    args = right?.type === 'tuple' ? right.namedChildren : right?.type === 'dictionary' ? right.namedChildren.map((p) => (p?.type === 'pair' ? p.childForFieldName('value') : null)) : [right];
  }
  const found = args.filter((a): a is Node => a?.type === 'string' && stringOf(ctx.valueOf(a)) === value && !!plainContent(a));
  return found.length === 1 ? { lit: found[0], content: plainContent(found[0])! } : undefined;
}

/** `("…{pw}…").format(pw=…)`: the string that holds the settings; any other node itself. */
function formatTarget(n: Node): Node {
  const callee = n.type === 'call' ? n.childForFieldName('function') : null;
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'format') return n;
  let target = callee.childForFieldName('object');
  while (target?.type === 'parenthesized_expression') target = target.namedChild(0);
  return target ?? n;
}

function inString(base: number, key: string, p: DsnParam): Setting {
  // `sslmode=disable` is reported; its value is what a fix replaces.
  return { value: p.value, range: { start: key === 'host' ? base + p.start : base + p.start - key.length - 1, end: base + p.end }, edit: { start: base + p.start, end: base + p.end } };
}

function fromArgument(a: Argument | undefined): Setting | undefined {
  const s = a && stringOf(a.value);
  if (!a || s === undefined) return a ? { value: '\0', range: { start: a.node.startIndex, end: a.node.endIndex } } : undefined;
  const content = a.value.node && plainContent(a.value.node);
  return { value: s, range: { start: a.node.startIndex, end: a.node.endIndex }, edit: content };
}

/**
 * The settings a DSN value makes: its own, and when a conditional or a lookup's default fills its
 * `sslmode` (holes.ts: `sslmode={extras.get('sslmode', 'prefer')}`), each such alternative, at the
 * literal that fills it and saying when.
 */
function dsnSettings(ctx: Ctx, v: PyValue, node: Node): { settings: Map<string, Setting>; condition?: string }[] {
  const own = fromDsn(ctx, v, node);
  const out: { settings: Map<string, Setting>; condition?: string }[] = [{ settings: own }];
  if (own.get('sslmode')?.value !== '\0') return out;
  for (const a of holeAlternatives(ctx, v) ?? []) {
    const mode = libpqParams(alternativeText(a))?.get('sslmode');
    const piece = mode && filledPieceAt(a, mode.start, mode.end);
    if (!mode || !piece?.written) continue;
    const content = plainContent(piece.written);
    const settings = new Map(own);
    settings.set('sslmode', { value: mode.value, range: content ?? { start: piece.written.startIndex, end: piece.written.endIndex }, edit: content, in: piece.written });
    out.push({ settings, condition: a.condition });
  }
  return out;
}

/** A DSN argument, and what the function of the file (or the method of the class) it calls returns (`psycopg2.connect(self.get_uri())`). */
function dsnValues(ctx: Ctx, a: Argument): { value: PyValue; node: Node; condition?: string }[] {
  const made = a.value.kind === 'unknown' && a.value.node?.type === 'call' ? a.value.node : undefined;
  return [{ value: a.value, node: a.node }, ...returnedValues(ctx, made)];
}

function reportLibpq(ctx: Ctx, settings: Map<string, Setting>, ...conditions: (string | undefined)[]): void {
  const mode = settings.get('sslmode');
  // libpq compares the value exactly (`sslmode=PREFER` is refused, not a plaintext fallback).
  const effect = mode && Object.hasOwn(LIBPQ_PLAINTEXT_MODES, mode.value) ? LIBPQ_PLAINTEXT_MODES[mode.value] : undefined;
  if (!mode || !effect) return;
  const hosts = ['host', 'hostaddr'].map((k) => settings.get(k)).filter((s): s is Setting => !!s);
  if (hosts.length === 0 || allLocal(hosts.map((h) => (h.value === '\0' ? undefined : h.value)))) return;
  const shown = hosts.find((h) => h.value !== '\0')?.value ?? 'a host this file does not name';
  const fixes: Fix[] = mode.edit ? [{ title: `Use sslmode=${VERIFY_FULL}`, kind: 'suggestion', edits: [{ ...mode.edit, text: VERIFY_FULL }] }] : [];
  ctx.report({ range: mode.range, node: mode.in, messageId: 'pyLibpq', data: { mode: mode.value, condition: conditionsSuffix(...conditions), effect, host: shown }, fixes });
}

/** T8: psycopg/asyncpg connect calls, SQLAlchemy engines, Django DATABASES. */
function checkLibpq(ctx: Ctx): void {
  for (const sink of LIBPQ_CONNECT.calls) {
    for (const call of ctx.callsTo([sink.callee])) {
      const dsn = call.argument(sink.dsn.keyword, sink.dsn.position);
      const made = dsn ? dsnValues(ctx, dsn).flatMap((d) => dsnSettings(ctx, d.value, d.node).map((s) => ({ ...s, conditions: [d.condition, s.condition] }))) : [{ settings: new Map<string, Setting>(), conditions: [] }];
      for (const { settings, conditions } of made) {
        // Keywords win over the DSN (psycopg2 merges them last).
        for (const k of ['host', 'hostaddr', 'sslmode']) {
          const s = fromArgument(call.argument(k));
          if (s) settings.set(k, s);
        }
        reportLibpq(ctx, settings, ...conditions);
      }
    }
  }
  for (const call of ctx.callsTo(LIBPQ_CONNECT.engines)) {
    const url = call.argument('url', 0);
    const made = url ? dsnValues(ctx, url).flatMap((d) => dsnSettings(ctx, d.value, d.node).map((s) => ({ ...s, conditions: [d.condition, s.condition] }))) : [{ settings: new Map<string, Setting>(), conditions: [] }];
    for (const { settings, conditions } of made) {
      addConnectArgs(settings, call.argument(LIBPQ_CONNECT.engineArgs)?.value);
      reportLibpq(ctx, settings, ...conditions);
    }
  }
  checkEngineOptions(ctx);
  for (const a of ctx.nameAssignments) {
    // A URL the file spells out (the scheme says it reaches libpq); one from the environment is the deployment's.
    if ((LIBPQ_CONNECT.urlSettings as readonly string[]).includes(a.name) && LIBPQ_CONNECT.schemes.test(urlScheme(a.value) ?? '')) reportLibpq(ctx, fromDsn(ctx, a.value, a.valueNode));
    if (a.name !== 'DATABASES' || a.value.kind !== 'dict') continue;
    for (const db of a.value.entries.values()) reportDjangoDatabase(ctx, db.value);
  }
  // An entry written into the settings' DATABASES (`DATABASES["replica"] = {...}` in a per-environment module) is one like the dict's.
  for (const w of ctx.itemWrites) {
    if (w.containerNode.type === 'identifier' && w.containerNode.text === 'DATABASES' && isModuleStatement(w.node)) reportDjangoDatabase(ctx, w.value);
  }
}

/** One Django DATABASES entry on PostgreSQL: its HOST and OPTIONS' sslmode. */
function reportDjangoDatabase(ctx: Ctx, conf: PyValue): void {
  if (conf.kind !== 'dict' || !LIBPQ_CONNECT.djangoEngine.test(stringOf(conf.entries.get('ENGINE')?.value ?? { kind: 'unknown' }) ?? '')) return;
  const settings = new Map<string, Setting>();
  const host = conf.entries.get('HOST');
  if (host) settings.set('host', { value: stringOf(host.value) ?? '\0', range: { start: host.node.startIndex, end: host.node.endIndex } });
  const options = conf.entries.get('OPTIONS')?.value;
  const mode = options?.kind === 'dict' ? options.entries.get('sslmode') : undefined;
  const s = mode && stringOf(mode.value);
  if (mode && s !== undefined) settings.set('sslmode', { value: s, range: { start: mode.node.startIndex, end: mode.node.endIndex }, edit: mode.value.node ? plainContent(mode.value.node) : undefined });
  reportLibpq(ctx, settings);
}

/** Whether an assignment is a statement of the module itself (settings are), not of a function or class. */
const isModuleStatement = (stmt: Node) => stmt.parent?.type === 'expression_statement' && stmt.parent.parent?.type === 'module';

/** libpq keywords in SQLAlchemy's `connect_args` dict: they win over the URL's. */
function addConnectArgs(settings: Map<string, Setting>, args: PyValue | undefined): void {
  if (args?.kind !== 'dict') return;
  for (const k of ['host', 'sslmode']) {
    const e = args.entries.get(k);
    const s = e && stringOf(e.value);
    if (e && s !== undefined) settings.set(k, { value: s, range: { start: e.node.startIndex, end: e.node.endIndex }, edit: e.value.node ? plainContent(e.value.node) : undefined });
  }
}

/**
 * Flask-SQLAlchemy's `SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "prefer"}}`, for
 * the `SQLALCHEMY_DATABASE_URI` of the same settings class, or of a class it extends in the file.
 * No URL setting: no host to judge, not reported.
 */
function checkEngineOptions(ctx: Ctx): void {
  const options = ctx.nameAssignments.filter((a) => (LIBPQ_CONNECT.engineOptionSettings as readonly string[]).includes(a.name) && a.value.kind === 'dict');
  if (options.length === 0) return;
  const urls = new Map<string, NameAssignment>();
  for (const a of ctx.nameAssignments) if ((LIBPQ_CONNECT.urlSettings as readonly string[]).includes(a.name)) urls.set(a.owner, a);
  const classes = fileClasses(ctx.root);
  for (const o of options) {
    const url = urlOf(o.owner, urls, classes);
    // A URL read from the environment may be any database's: `sslmode` in connect_args says libpq, as in create_engine().
    const scheme = url && urlScheme(url.value);
    if (!url || (scheme !== undefined && !LIBPQ_CONNECT.schemes.test(scheme)) || (scheme === undefined && stringOf(url.value) !== undefined)) continue;
    const args = o.value.kind === 'dict' ? o.value.entries.get(LIBPQ_CONNECT.engineArgs)?.value : undefined;
    if (args?.kind !== 'dict' || !args.entries.has('sslmode')) continue;
    const settings = fromDsn(ctx, url.value, url.valueNode);
    addConnectArgs(settings, args);
    reportLibpq(ctx, settings);
  }
}

/** The URL setting of a settings class: its own, else its bases' in the file, nearest first. */
function urlOf(owner: string, urls: ReadonlyMap<string, NameAssignment>, classes: ReadonlyMap<string, FileClass>, depth = 0): NameAssignment | undefined {
  const own = urls.get(owner);
  if (own || depth > 8) return own;
  for (const b of classes.get(owner)?.bases ?? []) {
    const found = urlOf(b, urls, classes, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The scheme of a URL string (`postgresql+psycopg2` of `postgresql+psycopg2://…`), literal or computed. */
function urlScheme(v: PyValue): string | undefined {
  const text = stringOf(v) ?? (v.kind === 'string' ? v.parts.map((p) => (typeof p === 'string' ? p : '\0')).join('') : undefined);
  return text === undefined ? undefined : /^([\w+.-]+):\/\//.exec(text)?.[1];
}

/** The hosts of a Kafka bootstrap list (`"h1:9092,h2:9092"` or a list), undefined for those the file does not fix. */
function brokerHosts(v: PyValue | undefined): (string | undefined)[] {
  if (!v) return [undefined];
  const items = v.kind === 'sequence' ? v.elements : [v];
  return items.flatMap((i) => {
    const s = stringOf(i);
    return s === undefined ? [undefined] : s.split(',').map((h) => hostOf(h.trim()));
  });
}

/** T9: SASL_PLAINTEXT to brokers that are not all local. */
function checkKafka(ctx: Ctx): void {
  const report = (node: Node, v: PyValue, servers: PyValue | undefined, usedAt: Node | undefined, ...conditions: (string | undefined)[]) => {
    if (allLocal(brokerHosts(servers))) return;
    const content = v.node ? plainContent(v.node) : undefined;
    const fixes: Fix[] = content ? [{ title: 'Use SASL_SSL', kind: 'suggestion', edits: [{ ...content, text: 'SASL_SSL' }] }] : [];
    ctx.report({ node, usedAt, related: usedBy(usedAt), messageId: 'pyKafka', data: { value: stringOf(v)!, condition: conditionsSuffix(...conditions) }, fixes });
  };
  const plain = (v: PyValue) => branchesOf(v).find((b) => (KAFKA.plaintextValues as readonly string[]).includes(stringOf(b.value)?.toUpperCase() ?? ''));
  for (const call of ctx.callsTo(KAFKA.keywordClients)) {
    const arg = call.argument(KAFKA.keyword);
    const bad = arg && plain(arg.value);
    // `security_protocol=proto` with `proto = cfg.get("kafka", "security_protocol", fallback="SASL_PLAINTEXT")`: where it is written.
    const at = arg && bad ? writtenElsewhere(arg.valueNode, arg.node, bad.value.node) : undefined;
    if (arg && bad) report(at ?? arg.node, bad.value, call.argument(KAFKA.serversKeyword)?.value, at && arg.node, bad.condition);
  }
  const seen = new Set<number>();
  for (const call of ctx.callsTo(KAFKA.configClients)) {
    const conf = call.argument('config', 0)?.value;
    // `Consumer(LEGACY if legacy else SECURE)`, `config = {**BASE, **LEGACY, **creds}` in one branch of an if/else: each dict under its condition, at its entry.
    for (const { value: dict, condition } of conf ? branchesOf(conf) : []) {
      const e = dict.kind === 'dict' ? dict.entries.get(KAFKA.configKey) : undefined;
      const bad = e && plain(e.value);
      if (!e || !bad || dict.kind !== 'dict' || seen.has(e.node.id)) continue;
      seen.add(e.node.id);
      report(e.node, bad.value, dict.entries.get(KAFKA.configServersKey)?.value, undefined, condition, bad.condition);
    }
  }
}

/** T10: grpc.insecure_channel to a target that is not local. */
function checkGrpc(ctx: Ctx): void {
  for (const entry of GRPC_INSECURE_CHANNELS) {
    for (const call of ctx.callsTo([entry.callee])) {
      const target = call.argument('target', 0);
      const bad = target && branchesOf(target.value).find((b) => {
        const s = knownTarget(b.value);
        return s !== undefined && isRemoteGrpcTarget(s);
      });
      if (!target || !bad) continue;
      const name = call.callee.type === 'attribute' ? call.callee.childForFieldName('attribute') : undefined;
      const grpcText = grpcModuleText(ctx, call.callee);
      const fix: Fix | undefined = name && grpcText && target.via === 'position'
        ? { title: `Use ${grpcText}.secure_channel() with ${grpcText}.ssl_channel_credentials()`, kind: 'suggestion', edits: [replaceNode(name, entry.secure), { start: target.node.endIndex, end: target.node.endIndex, text: `, ${grpcText}.${GRPC_CREDENTIALS.split('.').pop()}()` }] }
        : undefined;
      ctx.report({ node: call.node, messageId: 'grpcInsecure', data: { callee: entry.callee, target: knownTarget(bad.value)!, condition: conditionsSuffix(bad.condition) }, fixes: compact([fix]) });
    }
  }
}

/** A target string, or the host part of one with holes after it (`f"{HOST}:{port}"` with HOST a constant). */
function knownTarget(v: PyValue): string | undefined {
  const s = stringOf(v);
  if (s !== undefined) return s;
  if (v.kind !== 'string' || typeof v.parts[0] !== 'string') return undefined;
  const head = v.parts[0];
  const colon = head.lastIndexOf(':');
  return colon > 0 && !head.startsWith('[') && !/^(unix|ipv[46]|dns):/i.test(head) ? head.slice(0, colon) : undefined;
}

/** The text naming the grpc module in `grpc.insecure_channel` or `grpc.aio.insecure_channel`. */
function grpcModuleText(ctx: Ctx, callee: Node): string | undefined {
  for (let o = callee.type === 'attribute' ? callee.childForFieldName('object') : null; o; o = o.type === 'attribute' ? o.childForFieldName('object') : null) {
    if (ctx.nameOf(o) === 'grpc') return o.text;
  }
  return undefined;
}

/** T11: boto3/botocore over plain HTTP: use_ssl=False without an endpoint_url (which overrides it), or an http:// endpoint. */
function checkBoto(ctx: Ctx): void {
  for (const call of ctx.callsTo(BOTO_CLIENTS.callees)) {
    const endpoint = call.argument(BOTO_CLIENTS.endpoint);
    const useSsl = call.argument(BOTO_CLIENTS.useSsl);
    if (!endpoint && useSsl?.value.kind === 'literal' && useSsl.value.value === false) {
      const fixes: Fix[] = useSsl.via === 'keyword' ? [{ title: 'Remove use_ssl=False', kind: 'suggestion', edits: [removeArgument(ctx, useSsl.node)] }] : [];
      ctx.report({ node: useSsl.node, messageId: 'pyBoto', data: { what: 'use_ssl=False' }, fixes });
      continue;
    }
    const url = endpoint && stringOf(endpoint.value);
    const m = url && /^http:\/\/(\[[^\]]+\]|[^/:?#]+)/i.exec(url);
    // A single-label host (`minio`) is a service on a local network of containers.
    if (!endpoint || !m || isLoopbackHost(m[1]) || !m[1].includes('.')) continue;
    const content = endpoint.value.node ? plainContent(endpoint.value.node) : undefined;
    const fixes: Fix[] = content ? [{ title: 'Use https://', kind: 'suggestion', edits: [{ start: content.start, end: content.start + 'http://'.length, text: 'https://' }] }] : [];
    const written = endpoint.value.node && endpoint.value.node.startIndex >= 0 && !within(endpoint.value.node, endpoint.node) ? [{ node: endpoint.value.node, message: 'value written here' }] : [];
    ctx.report({ node: endpoint.node, messageId: 'pyBoto', data: { what: `endpoint_url '${url}'` }, fixes, related: written });
  }
}

function within(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
