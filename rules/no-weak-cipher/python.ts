// no-weak-cipher, Python part (PYTHON-TLS-FACTS.md 1.4 W1): the cipher strings Python code hands
// OpenSSL, judged by the same evaluator as the JS part's. Information-level findings (a list much
// like Node's default) are left out: they compare with Node, not with Python's stricter default.
import { conditionsSuffix } from '../common/conditions.js';
import type { Severity } from '../api.js';
import { MOZILLA_INTERMEDIATE_TLS12 } from '../ciphers/weakness.js';
import { cipherProblems, worse, type CipherProblem, type ProblemLevel } from '../common/cipher-strings.js';
import { applyCipherEdit, removeElement, shiftedEdit, type CipherStringEdit } from '../common/cipher-fixes.js';
import { describeEnabled, preview } from '../common/cipher-words.js';
import { CIPHER_PARAMS, CIPHER_SLOTS, DEFAULT_CIPHER_GLOBALS, DICT_CIPHER_KEYS } from '../data/python/ciphers.js';
import { branchesOf, stringOf } from '../python/branches.js';
import { editIn, removeStatement, replaceNode, statementOf } from '../python/edits.js';
import { isInert } from '../python/guards.js';
import { callsOfParam } from '../python/params.js';
import { slotsNamed } from '../python/slots.js';
import { forSubclass, subclassValues } from '../python/classes.js';
import { holeAlternatives } from '../python/holes.js';
import { plainContent, quoteOf } from '../python/string-offsets.js';
import type { Node, PyEdit, PyFix, PyPart, PyRelated, PyRuleContext, PyValue } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

/** The names a cipher string is passed or written under: the tables' keywords and dict keys, and the slots'. */
const CIPHER_NAMES: string[] = [...new Set([...CIPHER_PARAMS.map((p) => p.keyword), ...DICT_CIPHER_KEYS.filter((d) => !d.key.includes('.')).map((d) => d.key), ...CIPHER_SLOTS])];

const SEVERITY: Record<ProblemLevel, Severity> = { insecure: 'error', weak: 'warning', info: 'info' };
const REPLACE_TITLE = 'Replace the cipher list with the Mozilla intermediate list';

interface Target {
  /** "set_ciphers()", "ssl.wrap_socket(ciphers=)". */
  where: string;
  /** Reported when the string cannot be pointed into. */
  node: Node;
  value: PyValue;
  /** The call, for the fix that removes it. */
  call?: Node;
  /**
   * The subclass whose class attribute the argument (`ciphers=self.ciphers`) reads: said in the
   * message, and fixes only in its own literal (one at the argument or call would change every class).
   */
  subclass?: string;
}

type Reported = Map<string, { messageId: Messages; severity: Severity; range: Range; data: Record<string, string>; fixes: PyFix[]; sites: number; own: PyFix[]; uses: PyRelated[] }>;

export const python: PyPart<Messages> = {
  // A cipher string reaches OpenSSL through a method (`set_ciphers`), a callee that takes it by
  // position (a call may pass one without saying "cipher"), a setting (`DEFAULT_CIPHERS`, Django's
  // `CIPHERS`), a dict key (`'ssl.cipher.suites'`) or a slot's name: the names count only where a
  // keyword, key or attribute stands (`ciphers=`, `'ciphers':`, `.ciphers =`), not in `ciphertext`
  // or prose about ciphers.
  needles: ['set_ciphers', 'set_cipher_list', 'CIPHERS', 'fromOpenSSLCipherString', 'wrap_socket', 'create_urllib3_context', 'tls_set', 'ssl.cipher.suites', ...CIPHER_NAMES],
  nameNeedles: CIPHER_NAMES,
  check(ctx) {
    const reported: Reported = new Map();
    const seen = new Set<number>();
    for (const p of CIPHER_PARAMS) {
      for (const call of callsOfParam(ctx, p.callee, p.anyReceiver)) {
        const arg = call.argument(p.keyword, p.position);
        if (!arg || isInert(ctx, call.node)) continue;
        seen.add(arg.node.id);
        check(ctx, reported, { where: p.shown, node: arg.node, value: arg.value, call: call.node });
        for (const sub of subclassValues(ctx, arg.valueNode)) check(ctx, reported, { where: p.shown, node: arg.node, value: sub.value, call: call.node, subclass: sub.cls });
      }
    }
    for (const d of DICT_CIPHER_KEYS) {
      for (const call of callsOfParam(ctx, d.callee)) {
        const v = call.argument(d.keyword ?? '\0', d.position)?.value;
        const e = v?.kind === 'dict' ? v.entries.get(d.key) : undefined;
        if (!e) continue;
        seen.add(e.node.id);
        check(ctx, reported, { where: d.shown, node: e.node, value: e.value });
      }
    }
    // A cipher string under a name that holds one, in an API the tables do not list.
    for (const slot of slotsNamed(ctx, CIPHER_SLOTS)) {
      if (!seen.has(slot.node.id) && !isInert(ctx, slot.node)) check(ctx, reported, { where: slot.name, node: slot.node, value: slot.value });
    }
    for (const w of ctx.attributeWrites) {
      if (w.attribute !== 'DEFAULT_CIPHERS' || (w.operator !== '=' && w.operator !== '+=')) continue;
      const name = ctx.nameOf(w.target);
      // `+=` appends: the added elements are what this write enables.
      if (name && DEFAULT_CIPHER_GLOBALS.includes(name)) check(ctx, reported, { where: 'urllib3 DEFAULT_CIPHERS', node: w.node, value: ctx.valueOf(w.valueNode) });
    }
    for (const r of reported.values()) {
      // A constant several calls use is one finding; a fix at one of the calls would leave the others.
      ctx.report({ range: r.range, node: r.range.in, messageId: r.messageId, severity: r.severity, data: r.data, fixes: r.sites > 1 ? r.own : r.fixes, related: r.uses });
    }
  },
};

function check(ctx: Ctx, reported: Reported, t: Target): void {
  for (const b of branchesOf(t.value)) {
    const condition = conditionsSuffix(t.subclass ? forSubclass(t.subclass, b.condition) : b.condition);
    const text = stringOf(b.value);
    if (text === undefined) {
      const pieces = piecesOf(b.value) ?? appendedPieces(ctx, b.value);
      if (pieces) reportInPieces(reported, t, pieces, condition);
      else reportAlternatives(ctx, reported, t, b.value, b.condition);
      continue;
    }
    const problems = cipherProblems(text)?.filter((p) => p.level !== 'info');
    if (!problems?.length) continue;
    const lit = b.value.node;
    const content = lit && plainContent(lit);
    if (lit && content) reportInLiteral(ctx, reported, t, text, problems, condition, lit, content.start);
    else reportWhole(ctx, reported, t, text, problems.filter((p) => !reportInOperand(reported, t, p, condition, lit)), condition, lit);
  }
}

/** An edit of a cipher string moved into the file: `first` is where the string's first character is in `lit`'s file. */
function literalEdit(lit: Node, edit: { start: number; end: number; text: string }, first: number): PyEdit {
  const moved = shiftedEdit(edit, first);
  return editIn(lit, moved.start, moved.end, moved.text);
}

function reportInLiteral(ctx: Ctx, reported: Reported, t: Target, text: string, problems: CipherProblem[], condition: string, lit: Node, first: number): void {
  const alternatives = alternativesFor(ctx, t, lit);
  for (const p of problems) {
    const range = { start: first + p.element.start, end: first + p.element.end, in: lit };
    const own: PyFix[] = [];
    if (p.kind === 'seclevel0') own.push({ title: "Remove '@SECLEVEL=0' from the cipher string", kind: 'suggestion', edits: [literalEdit(lit, removeElement(text, p.element), first)] });
    // Only error-level problems have a safe fix (rules/common/cipher-fixes.ts): it removes exactly their suites.
    else if (p.safeFix) own.push({ title: p.safeFix.title, kind: 'safe', edits: [literalEdit(lit, p.safeFix, first)] });
    const subject = `'${p.element.text}' in ${t.where}`;
    const data: Record<string, string> = p.kind === 'seclevel0' ? { subject, condition } : { subject, suites: p.enables, condition };
    add(reported, t, p.kind === 'seclevel0' ? 'secLevelZero' : p.level, p.level, range, data, own, alternatives);
  }
}

/** A piece of a string appended to (`WEAK += "DES-CBC3-SHA"`): its text, and its literal when it has plain content. */
interface Piece {
  text: string;
  lit?: Node;
  start?: number;
  /** Filled into a hole under a condition of its own (holes.ts): only what it enables is said with that condition. */
  filled?: true;
}

/**
 * `f"{MODERN}:{'NULL-SHA256' if bulk else 'AES256'}"`, `BASE + (A if c else B)`: each alternative
 * the holes make, a weak suite a branch fills in reported in its literal under the branch's condition.
 */
function reportAlternatives(ctx: Ctx, reported: Reported, t: Target, v: PyValue, outer: string | undefined): void {
  for (const a of holeAlternatives(ctx, v) ?? []) {
    if (a.pieces.some((p) => p.open)) continue;
    const pieces: Piece[] = a.pieces.map((p) => {
      const content = p.written && plainContent(p.written);
      return content ? { text: p.text, lit: p.written, start: content.start, filled: true } : { text: p.text, filled: p.written ? true : undefined };
    });
    const base = conditionsSuffix(t.subclass ? forSubclass(t.subclass, outer) : outer);
    reportInPieces(reported, t, pieces, base, conditionsSuffix(t.subclass ? forSubclass(t.subclass, outer) : outer, a.condition));
  }
}

/** The literal pieces of `A += "…"` (an augmented assignment's value), when every piece is a known string. */
function piecesOf(v: PyValue, depth = 0): Piece[] | undefined {
  const text = stringOf(v);
  if (text !== undefined) {
    const content = v.node && plainContent(v.node);
    return [{ text, lit: content ? v.node : undefined, start: content?.start }];
  }
  if (v.kind !== 'operation' || v.operator !== '+' || v.operands.length !== 2 || depth > 8) return undefined;
  const left = piecesOf(v.operands[0], depth + 1);
  const right = left && piecesOf(v.operands[1], depth + 1);
  return left && right ? [...left, ...right] : undefined;
}

/**
 * `BASE + ":DES-CBC3-SHA"` with a base the file does not fix (urllib3's DEFAULT_CIPHERS, an
 * import): the appended pieces, which OpenSSL adds whatever the base enables (only a `!` of the
 * base could keep them out, and the writer appends to enable them).
 */
function appendedPieces(ctx: Ctx, v: PyValue): Piece[] | undefined {
  const node = v.kind === 'string' ? v.node : undefined;
  if (node?.type !== 'binary_operator' || node.childForFieldName('operator')?.text !== '+') return undefined;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right || stringOf(ctx.valueOf(left)) !== undefined) return undefined;
  return piecesOf(ctx.valueOf(right));
}

/**
 * A cipher string built by appending: each problem in the literal that adds it (the `+=` that
 * enabled the suite is where it is written), with the safe fix when it edits only that literal;
 * a problem across pieces at the argument.
 */
function reportInPieces(reported: Reported, t: Target, pieces: Piece[], condition: string, filledCondition = condition): void {
  const text = pieces.map((p) => p.text).join('');
  const problems = cipherProblems(text)?.filter((p) => p.level !== 'info');
  if (!problems?.length) return;
  const spread: CipherProblem[] = [];
  let spreadFilled = false;
  for (const p of problems) {
    let offset = 0;
    const piece = pieces.find((x) => {
      const from = offset;
      offset += x.text.length;
      return p.element.start >= from && p.element.end <= offset;
    });
    const from = piece ? offset - piece.text.length : 0;
    if (!piece?.lit || piece.start === undefined) {
      spread.push(p);
      // Across pieces, or in a filled one: it may be what the branch added.
      spreadFilled ||= !piece || !!piece.filled;
      continue;
    }
    const first = piece.start - from;
    const fix = p.safeFix && inPiece(text, p.safeFix, from, from + piece.text.length);
    const own: PyFix[] = fix ? [{ title: fix.title, kind: 'safe', edits: [literalEdit(piece.lit, fix, first)] }] : [];
    const subject = `'${p.element.text}' in ${t.where}`;
    const when = piece.filled ? filledCondition : condition;
    const data: Record<string, string> = p.kind === 'seclevel0' ? { subject, condition: when } : { subject, suites: p.enables, condition: when };
    add(reported, t, p.kind === 'seclevel0' ? 'secLevelZero' : p.level, p.level, { start: first + p.element.start, end: first + p.element.end, in: piece.lit }, data, own, []);
  }
  if (spread.length > 0) {
    const subject = t.where.endsWith('()') ? `${t.where.slice(0, -1)}${preview(text)})` : `${t.where} ${preview(text)}`;
    const level = spread.map((p) => p.level).reduce(worse);
    add(reported, t, level, level, { start: t.node.startIndex, end: t.node.endIndex }, { subject, suites: describeEnabled([...new Set(spread.flatMap((p) => p.suites))], level), condition: spreadFilled ? filledCondition : condition }, [], []);
  }
}

/**
 * The safe fix as an edit of one piece: itself, or a deletion that takes the separator after the
 * element instead of the one before it (in the previous piece) when the string comes out the same.
 */
function inPiece(text: string, fix: CipherStringEdit, from: number, to: number): CipherStringEdit | undefined {
  const inside = (e: { start: number; end: number }) => e.start >= from && e.end <= to;
  if (inside(fix)) return fix;
  const shifted = { ...fix, start: fix.start + 1, end: fix.end + 1 };
  return fix.text === '' && inside(shifted) && applyCipherEdit(text, shifted) === applyCipherEdit(text, fix) ? shifted : undefined;
}

/**
 * `PARTNER = "%s:%s" % (MODERN, "DES-CBC3-SHA")`: a problem element written whole in exactly one
 * plain literal of the expression that computes the string is reported there, as a constant's is
 * (no fix: the literal is one operand, and the list it builds is the expression's). Whether it
 * was reported.
 */
function reportInOperand(reported: Reported, t: Target, p: CipherProblem, condition: string, expr: Node | undefined): boolean {
  if (!expr || expr.type === 'string' || expr.type === 'identifier' || expr.type === 'attribute') return false;
  let found: Range | undefined;
  for (const lit of expr.descendantsOfType('string')) {
    const content = lit && plainContent(lit);
    if (!lit || !content) continue;
    const text = lit.text.slice(content.start - lit.startIndex, content.end - lit.startIndex);
    let at = 0;
    for (const element of text.split(/([:, ])/)) {
      if (element === p.element.text) {
        if (found) return false;
        found = { start: content.start + at, end: content.start + at + element.length, in: lit };
      }
      at += element.length;
    }
  }
  if (!found) return false;
  const subject = `'${p.element.text}' in ${t.where}`;
  const data: Record<string, string> = p.kind === 'seclevel0' ? { subject, condition } : { subject, suites: p.enables, condition };
  add(reported, t, p.kind === 'seclevel0' ? 'secLevelZero' : p.level, p.level, found, data, [], []);
  return true;
}

/** A computed string: one finding at the argument for its worst suites, one for @SECLEVEL=0. */
function reportWhole(ctx: Ctx, reported: Reported, t: Target, text: string, problems: CipherProblem[], condition: string, lit: Node | undefined): void {
  if (problems.length === 0) return;
  const range = { start: t.node.startIndex, end: t.node.endIndex };
  const subject = t.where.endsWith('()') ? `${t.where.slice(0, -1)}${preview(text)})` : `${t.where} ${preview(text)}`;
  const alternatives = alternativesFor(ctx, t, lit && lit.type === 'string' ? lit : undefined);
  const suites = problems.filter((p) => p.kind === 'suites');
  if (suites.length > 0) {
    const level = suites.map((p) => p.level).reduce(worse);
    const list = [...new Set(suites.filter((p) => p.level === level).flatMap((p) => p.suites))];
    add(reported, t, level, level, range, { subject, suites: describeEnabled(list, level), condition }, [], alternatives);
  }
  if (problems.some((p) => p.kind === 'seclevel0')) add(reported, t, 'secLevelZero', 'insecure', range, { subject, condition }, [], alternatives);
}

/** Each call a string reported in its literal reaches is a related place: "used by set_ciphers()". */
/** A reported range, with the literal it lies in (a constant of another module, with the project model). */
type Range = { start: number; end: number; in?: Node };

function add(reported: Reported, t: Target, messageId: Messages, level: ProblemLevel, range: Range, data: Record<string, string>, own: PyFix[], alternatives: PyFix[]): void {
  const key = `${range.in?.id ?? ''}:${range.start}:${range.end}:${messageId}`;
  const use = { node: t.call ?? t.node, message: `used by ${t.where}` };
  const seen = reported.get(key);
  if (seen) {
    seen.sites++;
    if (!seen.uses.some((u) => u.node.id === use.node.id)) seen.uses.push(use);
    return;
  }
  reported.set(key, { messageId, severity: SEVERITY[level], range, data, own, fixes: [...own, ...alternatives], sites: 1, uses: [use] });
}

/** Replacing the list (in its literal, or the whole argument) and dropping a set_ciphers() statement. */
function alternativesFor(ctx: Ctx, t: Target, lit: Node | undefined): PyFix[] {
  const out: PyFix[] = [];
  const target = lit ?? (t.subclass ? undefined : t.node.type === 'keyword_argument' ? t.node.childForFieldName('value') : t.node);
  if (target) {
    const bytes = lit ? /^[a-zA-Z]*[bB]/.test(lit.text) : false;
    const quote = lit ? quoteOf(lit).slice(0, 1) : '"';
    out.push({ title: REPLACE_TITLE, kind: 'suggestion', edits: [replaceNode(target, `${bytes ? 'b' : ''}${quote}${MOZILLA_INTERMEDIATE_TLS12}${quote}`)] });
  }
  if (t.call && !t.subclass && (t.where === 'set_ciphers()' || t.where === 'set_cipher_list()')) {
    const stmt = statementOf(t.call);
    const removal = stmt.type === 'expression_statement' && stmt.namedChildren[0]?.id === t.call.id ? removeStatement(ctx, t.call) : undefined;
    if (removal) out.push({ title: `Remove the ${t.where} call (use Python's default list)`, kind: 'suggestion', edits: [removal] });
  }
  return out;
}

