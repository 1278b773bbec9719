// no-unverified-certificate, browsers: Chromium switches that accept any certificate, in launch
// `args` (also from a constant array or pushed onto one), Selenium's addArguments and Electron's
// appendSwitch (TLS-FACTS 7.2, rules/data/node/browsers.ts).
import ts from 'typescript';
import type { Fix, TextEdit } from '../api.js';
import type { JsRuleContext, Value } from '../js/api.js';
import { CHROMEDRIVER_OPTION_KEYS, SWITCH_LIST_KEYS, SWITCH_METHODS, certificateSwitch } from '../data/node/browsers.js';
import { conditionsSuffix, joinConditions } from '../common/conditions.js';
import { removeArrayElement, removeStatement } from '../js/edits.js';
import { guards } from '../js/guards.js';
import { optionSites } from '../js/option-sites.js';
import { unwrap } from '../js/syntax.js';
import { branchesOf, literalString } from '../js/values.js';
import type { Messages } from './meta.js';

type Ctx = JsRuleContext<Messages>;

interface SwitchUse {
  word: string;
  value: Value;
  /** Where the tool is named: ' in puppeteer', ' (ChromeDriver)'. */
  where: string;
  condition?: string;
  dashes: 'required' | 'optional' | 'none';
  /** Set for Electron's app.commandLine: the switch holds for the whole app. */
  electron?: boolean;
  removal?: TextEdit;
  /** Reported here when the literal is not where the switch is written. */
  fallback: ts.Node;
  /** For a switch written in another file: where this file uses it. */
  related?: { node: ts.Node; message: string }[];
}

export function checkBrowserSwitches(ctx: Ctx): void {
  // appendSwitch(name) may read the name from a table of another file, which no value read so far brought in.
  if (!ctx.holds(/ignore-certificate-errors|allow-insecure-localhost|appendSwitch/)) return;
  const reported = new Set<string>();
  for (const use of switchUses(ctx)) {
    const sw = certificateSwitch(use.word, use.dashes);
    if (!sw) continue;
    const lit = use.value.node;
    const at = lit && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) ? lit : use.fallback;
    const key = `${at.getSourceFile().fileName}:${at.pos}:${at.end}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const fixes: Fix[] = use.removal ? [{ title: `Remove ${use.word} (verify certificates)`, kind: 'suggestion', edits: [use.removal] }] : [];
    ctx.report({
      node: at,
      messageId: sw.local ? 'localSwitch' : use.electron ? 'electronSwitch' : 'switch',
      severity: sw.local ? 'warning' : undefined,
      data: { switch: use.word, where: use.where, condition: conditionsSuffix(use.condition) },
      fixes,
      ...(use.related ? { related: use.related } : {}),
    });
  }
}

function switchUses(ctx: Ctx): SwitchUse[] {
  const out: SwitchUse[] = [];
  const lists = new Map<ts.Node, { where: string; dashes: 'required' | 'optional'; use: { node: ts.Node; message: string } }>();
  // `args: [...]` in launch options and capabilities, from a constant array too.
  for (const site of optionSites(ctx, SWITCH_LIST_KEYS)) {
    const chromeDriver = site.owner && isChromeDriverOptions(site.owner);
    const where = site.sink ? ` in ${site.sink.sink.id}` : chromeDriver ? ' (ChromeDriver)' : ' (Chromium)';
    const dashes = chromeDriver ? 'optional' : 'required';
    for (const b of branchesOf(site.prop.value)) {
      if (b.value.kind !== 'array') continue;
      lists.set(b.value.node, { where, dashes, use: { node: site.prop.node, message: site.sink ? `used by ${site.sink.sink.id}` : 'used here' } });
      for (const el of b.value.elements) {
        const word = literalString(el);
        if (word === undefined) continue;
        const removal = el.node?.parent && ts.isArrayLiteralExpression(el.node.parent) ? removeArrayElement(ctx.sourceFile, el.node as ts.Expression) : undefined;
        out.push({ word, value: el, where, dashes, removal, fallback: site.prop.node, condition: joinConditions(site.condition, b.condition) });
      }
    }
  }
  for (const call of ctx.nodes.calls) {
    if (!ts.isCallExpression(call)) continue;
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) continue;
    const name = callee.name.text;
    // args.push('--ignore-certificate-errors') on an array that is some launch's args.
    if (name === 'push' || name === 'unshift') {
      const list = ctx.valueOf(callee.expression);
      const known = list.kind === 'array' ? lists.get(list.node) : undefined;
      // Cypress's before:browser:launch: `launchOptions.args.push(…)` on an args list it is handed.
      const receiver = unwrap(callee.expression);
      const namedArgs = ts.isPropertyAccessExpression(receiver) && SWITCH_LIST_KEYS.has(receiver.name.text);
      if (known) out.push(...argumentUses(ctx, call, known.where, known.dashes));
      else if (namedArgs) out.push(...argumentUses(ctx, call, ' (Chromium)', 'required'));
      continue;
    }
    const method = SWITCH_METHODS.find((m) => m.method === name);
    if (!method) continue;
    const electron = method.owner === 'Electron';
    // appendSwitch(name, value) takes one switch; addArguments(...switches) many.
    const uses = argumentUses(ctx, call, electron ? ' (Electron)' : ` (${method.owner} ${name})`, method.dashes, electron ? 1 : undefined);
    out.push(...uses.map((u) => ({ ...u, electron })));
  }
  for (const [list, { where, dashes, use }] of lists) if (list.getSourceFile() !== ctx.sourceFile) out.push(...pushedElsewhere(list, where, dashes).map((u) => ({ ...u, related: [use] })));
  return out;
}

/**
 * `const args = [...]; if (proxy) args.push('--ignore-certificate-errors'); return args;` in a
 * function of another file whose result becomes a launch's `args`: the switches pushed onto that
 * variable in the function it is declared in, read as written (no fix from this file).
 */
function pushedElsewhere(list: ts.Node, where: string, dashes: 'required' | 'optional'): SwitchUse[] {
  const decl = list.parent;
  if (!ts.isVariableDeclaration(decl) || decl.initializer !== list || !ts.isIdentifier(decl.name)) return [];
  const name = decl.name.text;
  const sf = list.getSourceFile();
  const scope = ts.findAncestor(decl, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n));
  const out: SwitchUse[] = [];
  const visit = (n: ts.Node): void => {
    if (n !== scope && ts.isFunctionLike(n)) return;
    const callee = ts.isCallExpression(n) ? unwrap(n.expression) : undefined;
    if (callee && ts.isPropertyAccessExpression(callee) && (callee.name.text === 'push' || callee.name.text === 'unshift') && ts.isIdentifier(callee.expression) && callee.expression.text === name) {
      const condition = joinConditions(...guards(sf, n));
      for (const arg of (n as ts.CallExpression).arguments) {
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) out.push({ word: arg.text, value: { kind: 'literal', value: arg.text, node: arg }, where, dashes, fallback: arg, condition });
      }
    }
    ts.forEachChild(n, visit);
  };
  if (scope) visit(scope);
  return out;
}

/** Each string argument of a call is one switch; removing it takes the argument, or the call when it is the only one. */
function argumentUses(ctx: Ctx, call: ts.CallExpression, where: string, dashes: 'required' | 'optional' | 'none', only?: number): SwitchUse[] {
  const out: SwitchUse[] = [];
  const condition = joinConditions(...guards(ctx.sourceFile, call));
  call.arguments.forEach((arg, i) => {
    if (only !== undefined && (i >= only || ts.isSpreadElement(arg))) return;
    // `addArguments(...FLAGS)`: the spread array's elements, each a switch.
    const branches = branchesOf(ctx.valueOf(ts.isSpreadElement(arg) ? arg.expression : arg));
    for (const b of branches) {
      // addArguments(['--a', '--b']) takes lists too.
      if (b.value.kind === 'array' && only === undefined) {
        for (const el of b.value.elements) {
          const word = literalString(el);
          const removal = el.node?.parent && ts.isArrayLiteralExpression(el.node.parent) && el.node.getSourceFile() === ctx.sourceFile ? removeArrayElement(ctx.sourceFile, el.node as ts.Expression) : undefined;
          if (word !== undefined) out.push({ word, value: el, where, dashes, removal, fallback: arg, condition: joinConditions(condition, b.condition) });
        }
        continue;
      }
      const word = literalString(b.value);
      if (word === undefined) continue;
      // An argument of several values (each element of a loop's array, a condition's two sides)
      // passes the others too: removing it would drop them as well.
      const removal = branches.length > 1 ? undefined : call.arguments.length === 1 || only !== undefined ? removeStatement(ctx.sourceFile, call) : removeArgument(ctx, call, i);
      out.push({ word, value: b.value, where, dashes, removal, fallback: arg, condition: joinConditions(condition, b.condition) });
    }
  });
  return out;
}

function removeArgument(ctx: Ctx, call: ts.CallExpression, i: number): TextEdit {
  const args = call.arguments;
  const sf = ctx.sourceFile;
  return i < args.length - 1 ? { start: args[i].getStart(sf), end: args[i + 1].getStart(sf), text: '' } : { start: args[i - 1].end, end: args[i].end, text: '' };
}

/** `{ args }` inside `'goog:chromeOptions': { … }`: the object is the value of one of those keys. */
function isChromeDriverOptions(owner: Value & { kind: 'object' }): boolean {
  const p = owner.node.parent;
  if (!p || !ts.isPropertyAssignment(p)) return false;
  const name = p.name;
  const key = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
  return key !== undefined && CHROMEDRIVER_OPTION_KEYS.has(key);
}
