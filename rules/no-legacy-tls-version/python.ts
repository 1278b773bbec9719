// no-legacy-tls-version, Python part (PYTHON-TLS-FACTS.md 1.3 P1-P6): SSL 3.0 / TLS 1.0 / TLS 1.1
// named as a protocol, a minimum or a maximum, or re-enabled by clearing an OP_NO_ flag.
import type { Fix } from '../api.js';
import {
  CONTEXT_VERSION_ATTRIBUTES, DICT_VERSION_KEYS, LEGACY_TLS_VERSIONS, PYOPENSSL_LEGACY_METHODS, PYOPENSSL_LEGACY_VERSIONS, PYOPENSSL_SAFE_VERSION,
  SAFE_TLS_VERSION, SSL_CLIENT_PROTOCOL, SSL_PROTOCOL_CONSTANTS, SSL_SERVER_PROTOCOL, TWISTED_LEGACY_VERSIONS, VERSION_PARAMS, VERSION_SLOTS, type PyVersionParam, type PyVersionRole,
} from '../data/python/protocols.js';
import { SSL_OPTION_FLAGS } from '../data/python/secure-options.js';
import { compact } from '../common/compact.js';
import { removeArgument, removeStatement, replaceNode } from '../python/edits.js';
import { isInert } from '../python/guards.js';
import { optionsChange } from '../python/options-flags.js';
import { overriddenLater } from '../python/overrides.js';
import { sideOfMade } from '../python/sides.js';
import { conditionText, findBranch } from '../python/values.js';
import { callsOfParam } from '../python/params.js';
import { assignmentOf, usedBy, writeCondition, writtenElsewhere } from '../python/written.js';
import { slotsNamed } from '../python/slots.js';
import { subclassBranches } from '../python/classes.js';
import type { Node, PyPart, PyRelated, PyRuleContext, PyValue } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;
type Family = PyVersionParam['family'];

/** What a legacy constant is: its protocol, and whether it is broken (SSL) or deprecated (TLS 1.0/1.1). */
interface Legacy {
  name: string;
  protocol: string;
  broken: boolean;
}

const last = (name: string) => name.slice(name.lastIndexOf('.') + 1);

/** The legacy protocol a value names in a family and role, if it does. */
export function legacyOf(v: PyValue, family: Family, role: PyVersionRole): Legacy | undefined {
  if (v.kind !== 'ref') return undefined;
  const name = v.name;
  const short = last(name);
  const make = (protocol: string | undefined) => (protocol ? { name, protocol, broken: protocol.startsWith('SSL') } : undefined);
  if (family === 'ssl') {
    if (role === 'protocol') {
      const c = name.startsWith('ssl.') ? SSL_PROTOCOL_CONSTANTS[short] : undefined;
      return c && (c.verdict === 'broken' || c.verdict === 'legacy') ? make(c.protocol) : undefined;
    }
    return /^ssl\.(TLSVersion\.)?/.test(name) && name.includes('TLSVersion.') ? make(LEGACY_TLS_VERSIONS[short]) : undefined;
  }
  if (family === 'pyopenssl') {
    if (!name.startsWith('OpenSSL.SSL.')) return undefined;
    return make(role === 'protocol' ? PYOPENSSL_LEGACY_METHODS[short] : PYOPENSSL_LEGACY_VERSIONS[short]);
  }
  return name.startsWith('twisted.') && name.includes('.TLSVersion.') ? make(TWISTED_LEGACY_VERSIONS[short]) : undefined;
}

/** The constant as people write it: `ssl.PROTOCOL_TLSv1`, `SSL.TLSv1_METHOD`, `TLSVersion.TLSv1_0`. */
function shown(name: string): string {
  if (name.startsWith('OpenSSL.')) return name.slice('OpenSSL.'.length);
  if (name.startsWith('twisted.')) return name.split('.').slice(-2).join('.');
  return name;
}

export const python: PyPart<Messages> = {
  needles: ['TLSv1', 'SSLv3', 'SSLv2', 'MINIMUM_SUPPORTED', 'TLS1_VERSION', 'TLS1_1_VERSION', 'SSL3_VERSION'],
  check(ctx) {
    const seen = new Set<number>();
    for (const p of VERSION_PARAMS) {
      for (const call of callsOfParam(ctx, p.callee)) {
        const arg = call.argument(p.keyword, p.position);
        if (!arg || isInert(ctx, call.node)) continue;
        checkSubclasses(ctx, p, call.node, arg);
        const bad = findBranch(arg.value, (v) => !!legacyOf(v, p.family, p.role));
        if (!bad) continue;
        const legacy = legacyOf(bad.value, p.family, p.role)!;
        const inside = (n: Node | undefined) => !!n && n.startIndex >= arg.node.startIndex && n.endIndex <= arg.node.endIndex;
        const constant = inside(bad.value.node) && bad.value.node?.type === 'attribute' ? bad.value.node : undefined;
        seen.add(arg.node.id);
        // `tls_version=self.tls_version`: one finding, where the constant is written (and that
        // write is not a slot of its own), saying when the write runs.
        // A name that only renames the import (`PROTO = OLD`) is no place the constant is written.
        const elsewhere = constant || bad.value.node?.type !== 'attribute' ? undefined : writtenElsewhere(arg.valueNode, arg.node, bad.value.node);
        const write = elsewhere && assignmentOf(elsewhere);
        if (write) seen.add(write.id);
        const condition = bad.condition ?? (write && writeCondition(write, arg.node));
        // A name assigned the imported constant (`protocol = OLD` in a class body) stays at the read,
        // with that assignment as the place the value is written.
        const renamed = !elsewhere && !constant ? writtenElsewhere(arg.valueNode, arg.node, bad.value.node) : undefined;
        const written = renamed ? [{ node: renamed, message: 'value written here' }] : [];
        report(ctx, p.role, elsewhere ?? arg.node, legacy, condition, paramFixes(ctx, p, call.node, arg.node, constant, arg.via), elsewhere && arg.node, written);
      }
    }
    for (const d of DICT_VERSION_KEYS) {
      for (const call of callsOfParam(ctx, d.callee)) {
        const v = call.argument(d.keyword)?.value;
        const e = v?.kind === 'dict' ? v.entries.get(d.key) : undefined;
        const bad = e && findBranch(e.value, (x) => !!legacyOf(x, d.family, d.role));
        if (!e || !bad) continue;
        seen.add(e.node.id);
        report(ctx, d.role, e.node, legacyOf(bad.value, d.family, d.role)!, bad.condition, []);
      }
    }
    checkContextWrites(ctx);
    checkSlots(ctx, seen);
  },
};

/**
 * `tls_version=self.tls_version` in a base class's method, a subclass's body setting
 * `tls_version = ssl.PROTOCOL_TLSv1_1`: there, for that class, with only the fixes that edit the
 * subclass's own constant (one at the shared argument would change every class).
 */
function checkSubclasses(ctx: Ctx, p: PyVersionParam, call: Node, arg: { node: Node; valueNode: Node; via: string }): void {
  for (const b of subclassBranches(ctx, arg.valueNode, (v) => !!legacyOf(v, p.family, p.role))) {
    const constant = b.at.type === 'attribute' ? b.at : undefined;
    const fixes = paramFixes(ctx, p, call, arg.node, constant, arg.via).filter((f) => f.edits.every((e) => e.start >= b.at.startIndex && e.end <= b.at.endIndex));
    report(ctx, p.role, b.at, legacyOf(b.value, p.family, p.role)!, b.condition, fixes, arg.node);
  }
}

const FAMILIES: Family[] = ['ssl', 'pyopenssl', 'twisted'];

/** Legacy constants under a name that holds a protocol or version, in APIs the tables do not list. */
function checkSlots(ctx: Ctx, seen: ReadonlySet<number>): void {
  for (const slot of slotsNamed(ctx, VERSION_SLOTS)) {
    const role = VERSION_SLOTS[slot.name.toLowerCase()];
    // Context attributes are read with their later overrides (checkContextWrites).
    if (seen.has(slot.node.id) || (slot.node.type === 'assignment' && CONTEXT_VERSION_ATTRIBUTES[slot.name]) || isInert(ctx, slot.node)) continue;
    let hit: { legacy: Legacy; condition?: string; node?: Node } | undefined;
    for (const family of FAMILIES) {
      const bad = findBranch(slot.value, (v) => !!legacyOf(v, family, role));
      if (bad) hit = { legacy: legacyOf(bad.value, family, role)!, condition: bad.condition, node: bad.value.node };
      if (hit) break;
    }
    if (!hit) continue;
    const attr = role === 'minimum' && hit.node?.type === 'attribute' && hit.node.startIndex >= slot.valueNode.startIndex && hit.node.endIndex <= slot.valueNode.endIndex && hit.legacy.name.startsWith('ssl.') ? hit.node.childForFieldName('attribute') : undefined;
    const fixes: Fix[] = attr ? [{ title: `Raise ${slot.name} to ${SAFE_TLS_VERSION}`, kind: 'suggestion', edits: [replaceNode(attr, SAFE_TLS_VERSION)] }] : [];
    report(ctx, role, slot.node, hit.legacy, hit.condition, fixes);
  }
}

function report(ctx: Ctx, role: PyVersionRole, node: Node, legacy: Legacy, condition: string | undefined, fixes: Fix[], usedAt?: Node, written: PyRelated[] = []): void {
  const protocol = legacy.broken ? `${legacy.protocol}, a broken protocol` : `${legacy.protocol}, which RFC 8996 deprecated`;
  const data = { value: shown(legacy.name), condition: conditionText(condition), protocol };
  if (role === 'protocol') {
    ctx.report({ node, usedAt, related: [...usedBy(usedAt), ...written], messageId: 'pyProtocol', data: { ...data, effect: legacy.broken ? 'asks for' : 'pins' }, fixes });
  } else {
    ctx.report({ node, usedAt, related: [...usedBy(usedAt), ...written], messageId: role === 'minimum' ? 'pyMinimum' : 'pyMaximum', data, fixes });
  }
}

/** Fixes of a call argument: a safer constant in its place, or the argument removed. */
function paramFixes(ctx: Ctx, p: PyVersionParam, call: Node, arg: Node, constant: Node | undefined, via: string): Fix[] {
  const attr = constant?.childForFieldName('attribute');
  const object = constant?.childForFieldName('object');
  const keyword = via === 'keyword' ? p.keyword : undefined;
  const remove = (title: string): Fix | undefined => (keyword ? { title, kind: 'suggestion', edits: [removeArgument(ctx, arg)] } : undefined);
  if (p.family === 'twisted' || (p.family === 'pyopenssl' && p.callee.includes('CertificateOptions'))) return compact([remove(`Remove ${p.keyword}=`)]);
  if (p.role === 'maximum') {
    if (keyword) return compact([remove(`Remove the ${p.keyword} cap`)]);
    const edit = removeStatement(ctx, call);
    return edit ? [{ title: 'Remove this statement', kind: 'suggestion', edits: [edit] }] : [];
  }
  if (!attr || !object) return [];
  const prefix = object.text;
  if (p.family === 'pyopenssl') {
    const to = p.role === 'protocol' ? 'TLS_METHOD' : PYOPENSSL_SAFE_VERSION;
    const title = p.role === 'protocol' ? `Use ${prefix}.${to}` : `Raise the minimum to ${prefix}.${to}`;
    return [{ title, kind: 'suggestion', edits: [replaceNode(attr, to)] }];
  }
  if (p.role === 'minimum') return [{ title: `Raise ${p.keyword} to ${SAFE_TLS_VERSION}`, kind: 'suggestion', edits: [replaceNode(attr, SAFE_TLS_VERSION)] }];
  // ssl_version of urllib3 is deprecated itself: its minimum replaces it.
  if (p.keyword === 'ssl_version' && p.callee.startsWith('urllib3.') && keyword) {
    const text = `ssl_minimum_version=${prefix}.TLSVersion.${SAFE_TLS_VERSION}`;
    return [{ title: `Replace with ${text}`, kind: 'suggestion', edits: [replaceNode(arg, text)] }];
  }
  if (p.callee === 'ssl.SSLContext' || p.callee.endsWith('.tls_set')) {
    const server = p.callee === 'ssl.SSLContext' && sideOfMade(ctx, call) === 'server';
    const to = server ? SSL_SERVER_PROTOCOL : SSL_CLIENT_PROTOCOL;
    return [{ title: `Use ${prefix}.${to}`, kind: 'suggestion', edits: [replaceNode(attr, to)] }];
  }
  return [];
}

/** `ctx.minimum_version = …`, `ctx.maximum_version = …`, `ctx.options &= ~ssl.OP_NO_TLSv1`. */
function checkContextWrites(ctx: Ctx): void {
  for (const w of ctx.attributeWrites) {
    const role = CONTEXT_VERSION_ATTRIBUTES[w.attribute];
    // Only version and options writes can be reported: the others are not asked whether they run (isInert climbs the tree).
    if (!(role && w.operator === '=') && w.attribute !== 'options') continue;
    if (isInert(ctx, w.node)) continue;
    if (role && w.operator === '=') {
      const bad = findBranch(w.value, (v) => !!legacyOf(v, 'ssl', role));
      const overridden = () => overriddenLater(w, (v) => !findBranch(v, (x) => !!legacyOf(x, 'ssl', role)));
      // `ctx.minimum_version = cls.min_tls` in a base class's method: at each subclass's class body that sets it.
      if (!bad && !overridden()) for (const b of subclassBranches(ctx, w.valueNode, (v) => !!legacyOf(v, 'ssl', role))) report(ctx, role, b.at, legacyOf(b.value, 'ssl', role)!, b.condition, [], w.node);
      if (!bad || overridden()) continue;
      const legacy = legacyOf(bad.value, 'ssl', role)!;
      const node = bad.value.node;
      const attr = node && node.type === 'attribute' && node.startIndex >= w.valueNode.startIndex && node.endIndex <= w.valueNode.endIndex ? node.childForFieldName('attribute') : undefined;
      const fixes: Fix[] = [];
      if (role === 'minimum' && attr) fixes.push({ title: `Raise minimum_version to ${SAFE_TLS_VERSION}`, kind: 'suggestion', edits: [replaceNode(attr, SAFE_TLS_VERSION)] });
      const removal = role === 'maximum' ? removeStatement(ctx, w.node) : undefined;
      if (removal) fixes.push({ title: 'Remove the maximum_version cap', kind: 'suggestion', edits: [removal] });
      // `ctx.minimum_version = self.min_version`: where the class body (or a module constant) writes it.
      const elsewhere = attr ? undefined : writtenElsewhere(w.valueNode, w.node, node);
      const write = elsewhere && assignmentOf(elsewhere);
      report(ctx, role, elsewhere ?? w.node, legacy, bad.condition ?? (write && writeCondition(write, w.node)), fixes, elsewhere && w.node);
      continue;
    }
    const change = optionsChange(ctx, w);
    const cleared = change?.cleared.filter((f) => SSL_OPTION_FLAGS[f.short]?.clear?.rule === 'no-legacy-tls-version') ?? [];
    if (!change || cleared.length === 0) continue;
    const protocols = cleared.map((f) => SSL_OPTION_FLAGS[f.short]!.clear!.effect);
    const why = protocols.some((p) => p.startsWith('SSL')) ? 'broken or deprecated protocols' : 'protocols RFC 8996 deprecated';
    // The statement goes when it clears nothing else.
    const removal = cleared.length === change.cleared.length ? removeStatement(ctx, w.node) : undefined;
    ctx.report({
      node: w.node,
      messageId: 'pyClearedFlag',
      data: { flags: joinWords(cleared.map((f) => f.shown)), protocols: joinWords(protocols), why, condition: '' },
      fixes: removal ? [{ title: 'Remove this statement', kind: 'suggestion', edits: [removal] }] : [],
    });
  }
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words[0] ?? '' : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
