// Command lines the code hands to a shell (TLS-FACTS 7.1): `exec`/`execSync(cmd)`, `spawn`/
// `execFile(cmd, { shell: true })`, and `spawn('sh', ['-c', script])`. They are read with the shell
// parser and project-file model of rules/common/shell/ and rules/files/model.ts, so each rule's
// `files` part judges `NODE_TLS_REJECT_UNAUTHORIZED=0 node x.js` here as in a package.json script.
// A part of the string the file does not say (`${dir}`) is one unknown character: a value holding
// it is never a known insecure value, and a flag written around it is still that flag.
// The same command lines reach a shell through `util.promisify(exec)`, shelljs's `exec(cmd)` (it
// calls child_process.exec: shelljs src/exec.js) and execa's functions given `shell: true` (execa
// hands `shell` on to spawn, which joins the file and arguments: lib/arguments/options.js; without
// it execa and execaCommand run the first word as a program, lib/methods/command.js, so no shell
// reads `VAR=0` there).
import ts from 'typescript';
import type { ReportDescriptor } from '../api.js';
import type { FilesModel, FilesPart, Word } from '../files/api.js';
import { wholeEmbedding, type Embedding } from '../files/embedding.js';
import { ModelBuilder } from '../files/model.js';
import type { JsRuleContext } from './api.js';
import { plainTextStart, type Piece } from './static-text.js';
import { unwrap } from './syntax.js';
import { branchesOf, literalString } from './values.js';

/** Stands for a part of the command the file does not say; shown as it is in a message's value. */
const UNKNOWN = '…';
/** child_process calls whose first argument is always a shell command line. */
const SHELL_CALLS = new Set(['exec', 'execSync']);
/** Calls that run their command through a shell with `shell: true`, or run the program of their list. */
const PROGRAM_CALLS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);
/** execa's functions, in v9 (named exports) and v5 (`execa`, `execa.sync`, `execa.command`): a shell only with `shell`. */
const EXECA_CALLS = new Set(['execa', 'execaSync', 'execaCommand', 'execaCommandSync', 'sync', 'command', 'commandSync']);
/** Modules whose names in a file let a command line reach a shell (the cheap gate before any model). */
const RUNNER_MODULES = ['child_process', 'execa', 'shelljs'];
/** Programs that read `-c script`: only these lists are read here (`spawn('node', [...])` is rules/js/node-args.ts's). */
const SHELLS = /(^|\/)(sh|bash|dash|zsh|ash|ksh)$/;

const cache = new WeakMap<ts.SourceFile, FilesModel>();

/** Runs a rule's files part over the command lines the file runs through a shell. */
export function checkExecStrings<M extends string>(ctx: JsRuleContext<M>, files: FilesPart<M>): void {
  if (!RUNNER_MODULES.some((m) => ctx.text.includes(m))) return;
  const model = execModel(ctx);
  if (model.env.length + model.settings.length + model.switches.length + model.nodeFlags.length === 0) return;
  // A template the file never closes (`exec(\`node --tls-keylog=${`) maps its unknown tail past the text's end.
  const within = (n: number) => Math.min(n, ctx.text.length);
  files.check({ fileName: ctx.fileName, text: ctx.text, model, report: (d: ReportDescriptor<M>) => ctx.report({ messageId: d.messageId, data: d.data, severity: d.severity, fixes: d.fixes, range: { start: within(d.range.start), end: within(d.range.end) } }) });
}

/** The project-file model of every shell command line in the file. Cached per parsed file: several rules read it. */
export function execModel(ctx: JsRuleContext): FilesModel {
  let model = cache.get(ctx.sourceFile);
  if (!model) cache.set(ctx.sourceFile, (model = collect(ctx)));
  return model;
}

function collect(ctx: JsRuleContext): FilesModel {
  const b = new ModelBuilder('script');
  for (const c of ctx.nodes.calls) {
    if (!ts.isCallExpression(c) || c.arguments.length === 0) continue;
    const runner = runnerOf(ctx, c.expression);
    if (!runner) continue;
    const { kind, fn } = runner;
    const [first, second] = c.arguments;
    const where = `the ${fn} command`;
    if (kind === 'shell' || (kind === 'program' && withShell(ctx, c))) {
      for (const line of commandLines(ctx, first)) b.addShell(line.text, line.embedding, where);
    } else if (kind === 'program' && second && !ts.isSpreadElement(second) && SHELLS.test(literalString(ctx.valueOf(first)) ?? '')) {
      const words = argumentWords(ctx, first, second);
      if (words) b.addArgv(words, where, () => undefined);
    }
  }
  return b.model();
}

/**
 * How a callee runs its first argument: always through a shell (`exec`, its promisified form,
 * shelljs's `exec`), or as a program unless `shell` is set (spawn, execFile, execa).
 */
function runnerOf(ctx: JsRuleContext, callee: ts.Expression): { kind: 'shell' | 'program'; fn: string } | undefined {
  const direct = ctx.refOf(callee);
  // `util.promisify(...)`'s result is named after util; what it wraps decides.
  const ref = direct?.module === 'util' ? promisified(ctx, callee) : direct;
  if (!ref) return undefined;
  const fn = ref.path[ref.path.length - 1] ?? ref.module;
  if (ref.module === 'child_process' && ref.path.length === 1) return SHELL_CALLS.has(fn) ? { kind: 'shell', fn } : PROGRAM_CALLS.has(fn) ? { kind: 'program', fn } : undefined;
  if (ref.module === 'shelljs' && ref.path.length === 1 && fn === 'exec') return { kind: 'shell', fn };
  if (ref.module === 'execa' && ref.path.length <= 1 && EXECA_CALLS.has(fn)) return { kind: 'program', fn };
  return undefined;
}

/** `util.promisify(cp.exec)`, called at once or held in a variable: the function it wraps. */
function promisified(ctx: JsRuleContext, callee: ts.Expression): ReturnType<JsRuleContext['refOf']> {
  const x = unwrap(callee);
  const v = ts.isCallExpression(x) ? undefined : ctx.valueOf(x);
  const call = ts.isCallExpression(x) ? x : v?.kind === 'instance' && ts.isCallExpression(v.node) ? v.node : undefined;
  if (!call || call.arguments.length !== 1) return undefined;
  const wrapper = ctx.refOf(call.expression);
  if (wrapper?.module !== 'util' || wrapper.path.join('.') !== 'promisify') return undefined;
  const inner = ctx.refOf(call.arguments[0]!);
  return inner?.module === 'child_process' ? inner : undefined;
}

/** `{ shell: true }` (or a shell's path) in the options, which follow the argument list when there is one. */
function withShell(ctx: JsRuleContext, c: ts.CallExpression): boolean {
  return c.arguments.slice(1).some((a) => {
    if (ts.isSpreadElement(a)) return false;
    return branchesOf(ctx.valueOf(a)).some((o) => {
      const shell = o.value.kind === 'object' ? o.value.props.get('shell')?.value : undefined;
      return shell?.kind === 'literal' && (shell.value === true || (typeof shell.value === 'string' && shell.value !== ''));
    });
  });
}

/** A command line's text, each character placed in the file (an unknown part is UNKNOWN). */
interface Line {
  text: string;
  embedding: Embedding;
}

/**
 * The command lines an argument may be: one, or each string a choice gives (`const cmd = legacy ?
 * 'npm install --strict-ssl=false' : 'npm install'`), each placed where it is written.
 */
function commandLines(ctx: JsRuleContext, e: ts.Expression): Line[] {
  const x = unwrap(e);
  const written = ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) || ts.isTemplateExpression(x) || (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.PlusToken);
  const v = written ? undefined : ctx.valueOf(x);
  if (v?.kind === 'either') {
    const nodes = v.branches.map((b) => (b.value.kind === 'literal' ? b.value.node : undefined));
    if (nodes.every((n): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && n.getSourceFile() === ctx.sourceFile)) {
      return nodes.flatMap((n) => commandLine(ctx, n) ?? []);
    }
  }
  const line = commandLine(ctx, e);
  return line ? [line] : [];
}

function commandLine(ctx: JsRuleContext, e: ts.Expression): Line | undefined {
  const parts: { text: string; starts: number[]; ends: number[] }[] = [];
  let exact = true;
  const sf = ctx.sourceFile;
  const add = (text: string, at: (i: number) => [number, number]) => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const [s, end] = at(i);
      starts.push(s);
      ends.push(end);
    }
    parts.push({ text, starts, ends });
  };
  const piece = (p: Piece) => {
    const start = plainTextStart(sf, p);
    if (start === undefined) exact = false;
    add(p.text, (i) => (start === undefined ? [p.getStart(sf), p.end] : [start + i, start + i + 1]));
  };
  const unknown = (x: ts.Node) => add(UNKNOWN, () => [x.getStart(sf), x.end]);
  const visit = (x: ts.Expression): void => {
    x = unwrap(x);
    if (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) piece(x);
    else if (ts.isTemplateExpression(x)) {
      piece(x.head);
      // The hole's `${…}` is where its unknown character sits.
      for (const span of x.templateSpans) {
        add(UNKNOWN, () => [span.expression.pos - 2, span.literal.getStart(sf) + 1]);
        piece(span.literal);
      }
    } else if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      visit(x.left);
      visit(x.right);
    } else {
      // A constant written elsewhere in the file: its characters are placed where it is written.
      const v = ctx.valueOf(x);
      const text = literalString(v);
      const lit = v.kind === 'literal' ? v.node : undefined;
      if (text === undefined) unknown(x);
      else if (lit && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit))) piece(lit);
      else {
        exact = false;
        add(text, () => [x.getStart(sf), x.end]);
      }
    }
  };
  visit(e);
  const text = parts.map((p) => p.text).join('');
  if (!text.trim() || text === UNKNOWN) return undefined;
  const starts = parts.flatMap((p) => p.starts);
  const ends = parts.flatMap((p) => p.ends);
  if (!exact) return { text, embedding: wholeEmbedding(e.getStart(sf), e.end) };
  const at = (i: number) => Math.min(i, starts.length - 1);
  return { text, embedding: { start: (i) => starts[at(i)]!, end: (i) => ends[at(i)]!, exact: true, length: starts.length } };
}

/** `spawn('sh', ['-c', script])`: the program and its argument list as words (a literal written here is placed in the file). */
function argumentWords(ctx: JsRuleContext, program: ts.Expression, list: ts.Expression): Word[] | undefined {
  const x = unwrap(list);
  if (!ts.isArrayLiteralExpression(x)) return undefined;
  const words: Word[] = [wordOf(ctx, program)];
  for (const el of x.elements) {
    if (ts.isSpreadElement(el) || ts.isOmittedExpression(el)) return words;
    words.push(wordOf(ctx, el));
  }
  return words;
}

function wordOf(ctx: JsRuleContext, e: ts.Expression): Word {
  const sf = ctx.sourceFile;
  const x = unwrap(e);
  const span = { start: x.getStart(sf), end: x.end };
  const value = literalString(ctx.valueOf(x));
  if (value === undefined) return { value: undefined, ...span };
  const start = (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) ? plainTextStart(sf, x) : undefined;
  return start === undefined ? { value, ...span } : { value, ...span, offsets: Array.from(value, (_, i) => start + i) };
}
