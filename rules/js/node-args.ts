// Command-line arguments of Node processes, wherever the code sets them (TLS-FACTS 1.7, 7.1):
// NODE_OPTIONS in process.env or a child's environment (plain, `+`, template), process.execArgv,
// `execArgv` of fork/Worker/cluster, and the arguments before the script in
// `spawn('node', [...])`. A flag there applies to every TLS connection of that process.
import ts from 'typescript';
import type { TextEdit } from '../api.js';
import type { JsRuleContext, Prop, Value } from './api.js';
import { joinConditions } from '../common/conditions.js';
import { removeArrayElement, removeWord } from './edits.js';
import { envWrites } from './env-writes.js';
import { guards } from './guards.js';
import { optionSites } from './option-sites.js';
import { HOLE, piecesOf, plainTextStart, type Piece } from './static-text.js';
import { unwrap } from './syntax.js';
import { branchesOf, literalString } from './values.js';
import { NODE_FLAGS_WITH_VALUE, NODE_OPTIONS, NODE_PROGRAMS } from '../data/node/environment.js';
import { baseName } from '../common/shell/argv.js';

export interface NodeArg {
  /** The argument as Node reads it: '--tls-min-v1.0', '--tls-cipher-list=RC4-SHA'; an unknown part of a value is HOLE. */
  text: string;
  /** Where it is reported: the argument inside a literal, or the write that holds it. */
  range: { start: number; end: number };
  /** The syntax that gives the argument (for opt-in checks). */
  node: ts.Node;
  /** For messages: 'NODE_OPTIONS', 'process.execArgv', "spawn's node arguments", "fork's NODE_OPTIONS". */
  where: string;
  condition?: string;
  /** Takes the argument out, when it stands in a literal. */
  removal?: TextEdit;
  /** The literal of another file the range is in (a constant imported here): the report sits there. */
  elsewhere?: ts.Node;
  /** The string literal that writes the argument, when one does (`cond ? ['--tls-keylog=…'] : []`: its `?:` is its own). */
  literal?: ts.Node;
}

/** pm2's node_args and interpreter_args are read with the project files (rules/js/pm2.ts on the files branch). */
const ARG_OPTION_KEYS = new Set(['execArgv']);
const LIST_METHODS = new Set(['push', 'unshift', 'splice']);
const SPAWNERS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);

const cache = new WeakMap<ts.SourceFile, NodeArg[]>();

/** Every Node argument the file sets. Cached per parsed file: several rules read them. */
export function nodeArgs(ctx: JsRuleContext): NodeArg[] {
  let args = cache.get(ctx.sourceFile);
  if (!args) cache.set(ctx.sourceFile, (args = collect(ctx)));
  return args;
}

function collect(ctx: JsRuleContext): NodeArg[] {
  const out: NodeArg[] = [];
  if (!ctx.holds('--')) return out;
  const seen = new Set<ts.Node>();
  for (const w of envWrites(ctx, NODE_OPTIONS)) {
    seen.add(w.node);
    out.push(...stringArgs(ctx, w.node, w.valueNode, w.value, w.api ? `${shortApi(w.api)}'s NODE_OPTIONS` : 'NODE_OPTIONS', w.condition));
  }
  for (const site of optionSites(ctx, new Set([NODE_OPTIONS, ...ARG_OPTION_KEYS]))) {
    const { prop } = site;
    if (seen.has(prop.node)) continue;
    seen.add(prop.node);
    out.push(...listOrString(ctx, prop.node, valueExpr(prop), prop.value, prop.key, joinConditions(...guards(ctx.sourceFile, prop.node), site.condition)));
  }
  for (const a of ctx.nodes.assignments) {
    if (a.operatorToken.kind === ts.SyntaxKind.EqualsToken && processPath(ctx, a.left) === 'execArgv') out.push(...listArgs(ctx, a, a.right, ctx.valueOf(a.right), 'process.execArgv', joinConditions(...guards(ctx.sourceFile, a)), false));
  }
  for (const c of ctx.nodes.calls) {
    if (!ts.isCallExpression(c)) continue;
    const callee = unwrap(c.expression);
    // process.execArgv.push('--tls-keylog=keys.log')
    if (ts.isPropertyAccessExpression(callee) && LIST_METHODS.has(callee.name.text) && processPath(ctx, callee.expression) === 'execArgv') {
      for (const arg of c.arguments) if (!ts.isSpreadElement(arg)) out.push(...elementArg(ctx, c, arg, ctx.valueOf(arg), 'process.execArgv', joinConditions(...guards(ctx.sourceFile, c)), undefined));
      continue;
    }
    const ref = ctx.refOf(c.expression);
    if (ref?.module === 'child_process' && ref.path.length === 1 && SPAWNERS.has(ref.path[0]) && c.arguments.length >= 2 && runsNode(ctx, c.arguments[0])) {
      const list = c.arguments[1];
      if (!ts.isSpreadElement(list)) out.push(...listArgs(ctx, c, list, ctx.valueOf(list), `${ref.path[0]}'s node arguments`, joinConditions(...guards(ctx.sourceFile, c)), true));
    }
  }
  return out;
}

/** `child_process.fork` is 'fork' in messages: the call is on the same line. */
export function shortApi(api: string): string {
  return api.replace(/^child_process\./, '');
}

function valueExpr(prop: Prop): ts.Expression | undefined {
  return ts.isShorthandPropertyAssignment(prop.node) ? prop.node.name : prop.valueNode;
}

/** `process.execArgv` is 'execArgv', however process was reached. */
function processPath(ctx: JsRuleContext, e: ts.Expression): string | undefined {
  const ref = ctx.refOf(unwrap(e));
  return ref?.module === 'process' ? ref.path.join('.') : undefined;
}

/** `'node'`, `process.execPath`, `process.argv[0]`, '/usr/bin/node': a command that starts Node. */
function runsNode(ctx: JsRuleContext, e: ts.Expression): boolean {
  const ref = ctx.refOf(unwrap(e));
  if (ref?.module === 'process') return ref.path.join('.') === 'execPath' || ref.path.join('.') === 'argv.0';
  const x = unwrap(e);
  if (ts.isElementAccessExpression(x) && processPath(ctx, x.expression) === 'argv' && ts.isNumericLiteral(x.argumentExpression) && x.argumentExpression.text === '0') return true;
  const s = literalString(ctx.valueOf(e));
  return s !== undefined && NODE_PROGRAMS.has(baseName(s.replace(/\\/g, '/')).toLowerCase().replace(/\.exe$/, ''));
}

function listOrString(ctx: JsRuleContext, node: ts.Node, expr: ts.Expression | undefined, value: Value, where: string, condition: string | undefined): NodeArg[] {
  const lists = branchesOf(value).some((b) => b.value.kind === 'array');
  if (lists) return listArgs(ctx, node, expr, value, where, condition, false);
  // `process.execArgv.concat(['--flag'])`: the lists added to Node's own arguments.
  const x = expr && unwrap(expr);
  if (x && ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'concat') {
    return x.arguments.flatMap((a) => (ts.isSpreadElement(a) ? [] : listOrString(ctx, node, a, ctx.valueOf(a), where, condition)));
  }
  return stringArgs(ctx, node, expr, value, where, condition);
}

/**
 * An argument list: each element is one argument. For `spawn('node', list)` only the elements
 * before the script are Node's; the rest belong to the script.
 */
function listArgs(ctx: JsRuleContext, node: ts.Node, expr: ts.Expression | undefined, value: Value, where: string, condition: string | undefined, beforeScript: boolean): NodeArg[] {
  const out: NodeArg[] = [];
  for (const b of branchesOf(value)) {
    if (b.value.kind !== 'array') continue;
    const elements = b.value.elements;
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      const text = literalString(el);
      if (beforeScript) {
        if (text === undefined) {
          // `...process.execArgv` holds Node's own arguments; anything else may be the script.
          if (el.node && ts.isSpreadElement(el.node) && processPath(ctx, el.node.expression) === 'execArgv') continue;
          break;
        }
        if (text === '--' || !text.startsWith('-')) break;
      }
      const written = expr && el.node && el.node.pos >= expr.pos && el.node.end <= expr.end ? (el.node as ts.Expression) : undefined;
      out.push(...elementArg(ctx, node, written, el, where, joinConditions(condition, b.condition), written && ts.isArrayLiteralExpression(written.parent) ? written : undefined));
      if (beforeScript && text !== undefined && NODE_FLAGS_WITH_VALUE.has(text)) i++;
    }
  }
  return out;
}

/** One element of an argument list (or one pushed argument): the whole string is one argument. */
function elementArg(ctx: JsRuleContext, node: ts.Node, written: ts.Expression | undefined, value: Value, where: string, condition: string | undefined, element: ts.Expression | undefined): NodeArg[] {
  const out: NodeArg[] = [];
  const sf = ctx.sourceFile;
  for (const b of branchesOf(value)) {
    const text = literalString(b.value);
    if (text === undefined || !text.startsWith('--')) continue;
    const lit = b.value.node;
    const when = joinConditions(condition, b.condition);
    // An element written in another file (an imported constant array): reported where it is written.
    if (lit && lit.getSourceFile() !== sf && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit))) {
      out.push({ text, range: { start: lit.getStart(), end: lit.end }, node, where, condition: when, elsewhere: lit });
      continue;
    }
    const inside = written && lit && lit.pos >= written.pos && lit.end <= written.end;
    const at = inside ? lit : (written ?? node);
    const removal = element && b.value.node === element ? removeArrayElement(sf, element) : undefined;
    out.push({ text, range: { start: at.getStart(sf), end: at.end }, node, where, condition: when, removal, ...(lit ? { literal: lit } : {}) });
  }
  return out;
}

/**
 * Arguments in a NODE_OPTIONS-style string: words separated by blanks, each reported inside the
 * literal that writes it (wherever that is: a constant used here) when its text maps to the source.
 */
function stringArgs(ctx: JsRuleContext, node: ts.Node, expr: ts.Expression | undefined, value: Value, where: string, condition: string | undefined): NodeArg[] {
  const out: NodeArg[] = [];
  const sf = ctx.sourceFile;
  for (const b of branchesOf(value)) {
    const when = joinConditions(condition, b.condition);
    const text = literalString(b.value);
    const lit = b.value.node;
    let pieces: Piece[] = [];
    if (text !== undefined && lit && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit))) pieces = [lit];
    else if (text === undefined) pieces = piecesOf(unwrap(lit && (ts.isTemplateExpression(lit) || ts.isBinaryExpression(lit)) ? (lit as ts.Expression) : expr ?? (node as ts.Expression)));
    // [process.env.NODE_OPTIONS, '--flag'].filter(Boolean).join(' '): each literal element is whole words.
    const joined = text === undefined && pieces.length === 0 ? joinedElements(expr) : undefined;
    if (joined) {
      for (const el of joined) out.push(...stringArgs(ctx, node, el, ctx.valueOf(el), where, when));
      continue;
    }
    if (pieces.length === 0) {
      // A string computed from known parts: reported at the write, in the file that writes it
      // (`childEnv({ NODE_OPTIONS: \`${BASE} --tls-min-v1.0\` })` in an imported module).
      const home = lit && lit.getSourceFile() !== sf ? lit : node.getSourceFile() !== sf ? node : undefined;
      const range = home ? { start: home.getStart(), end: home.end } : { start: node.getStart(sf), end: node.end };
      for (const w of words(text ?? '')) out.push({ text: w.text, range, node, where, condition: when, ...(home ? { elsewhere: home } : {}) });
      continue;
    }
    pieces.forEach((piece, i) => {
      // A literal of another file (an imported constant): its words are reported where it is written.
      const home = piece.getSourceFile();
      const elsewhere = home !== sf ? piece : undefined;
      const start = plainTextStart(home, piece);
      // Next to another operand of `+` or a template hole, a word may go on in the unknown part.
      const holeBefore = i > 0 || ts.isTemplateMiddle(piece) || ts.isTemplateTail(piece);
      const holeAfter = i < pieces.length - 1 || ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece);
      const padded = (holeBefore ? HOLE : '') + piece.text + (holeAfter ? HOLE : '');
      const shift = holeBefore ? 1 : 0;
      for (const w of words(padded)) {
        // A word that runs into an unknown part is known only up to it: enough for `--flag=${value}`.
        const hole = w.text.indexOf(HOLE);
        const eq = w.text.indexOf('=');
        if (hole >= 0 && (eq < 0 || hole < eq)) continue;
        const end = hole >= 0 ? w.start + hole : w.end;
        const range = start !== undefined ? { start: start + w.start - shift, end: start + end - shift } : { start: node.getStart(sf), end: node.end };
        if (elsewhere && start === undefined) continue;
        const removal = start !== undefined && hole < 0 && !elsewhere ? removeWord(sf.text, range.start, range.end) : undefined;
        out.push({ text: w.text, range, node, where, condition: when, removal, ...(elsewhere ? { elsewhere } : {}) });
      }
    });
  }
  return out;
}

/** The elements of `[…].join(' ')` (through `.filter(Boolean)`), when they are joined by blanks. */
function joinedElements(expr: ts.Expression | undefined): ts.Expression[] | undefined {
  const x = expr && unwrap(expr);
  if (!x || !ts.isCallExpression(x) || !ts.isPropertyAccessExpression(x.expression) || x.expression.name.text !== 'join') return undefined;
  const sep = x.arguments[0];
  if (!sep || !ts.isStringLiteral(sep) || !/^\s+$/.test(sep.text)) return undefined;
  let list = unwrap(x.expression.expression);
  if (ts.isCallExpression(list) && ts.isPropertyAccessExpression(list.expression) && list.expression.name.text === 'filter') list = unwrap(list.expression.expression);
  return ts.isArrayLiteralExpression(list) ? list.elements.filter((e) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e)) : undefined;
}

function words(s: string): { text: string; start: number; end: number }[] {
  return [...s.matchAll(/[^\s]+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}
