// Builds the model every `files` part reads (rules/files/api.ts) from what a frontend found:
// assignments it read itself (an ENV instruction, a compose `environment:` entry) and command
// lines it hands over whole (a script, a RUN line, a `run:` block), which are parsed as shell and
// interpreted here: the environment they set, the settings they write, their switches and flags.
// The JS side may read exec() strings through the same path (addShell with its own embedding).
import type { TextEdit } from '../api.js';
import { interpretArgv, subWord, type ArgvMeaning, type Word } from '../common/shell/argv.js';
import { parseShell, type SimpleCommand, type Span } from '../common/shell/parse.js';
import { NODE_OPTIONS } from '../data/node/environment.js';
import type { EnvAssignment, FileKind, FilesModel, NodeFlag, ToolSetting, ToolSwitch } from './api.js';
import { deletion, mapSpan, mapWord, offsetsEmbedding, type Embedding } from './embedding.js';

export class ModelBuilder {
  readonly env: EnvAssignment[] = [];
  readonly settings: ToolSetting[] = [];
  readonly switches: ToolSwitch[] = [];
  readonly nodeFlags: NodeFlag[] = [];
  /** Command lines that are not valid shell (the lines that are were still read), for the document's syntax problems. */
  readonly shellErrors: { start: number; end: number; message: string }[] = [];

  /**
   * `gate`: whether a command line may matter to a rule (the project-file parts' needles, asked by
   * the frontend); one that cannot is not parsed.
   */
  constructor(
    readonly kind: FileKind,
    private readonly gate?: (text: string) => boolean,
  ) {}

  model(): FilesModel {
    return { kind: this.kind, env: this.env, settings: this.settings, switches: this.switches, nodeFlags: this.nodeFlags };
  }

  /** An environment variable the file sets; NODE_OPTIONS is also read for Node's flags. */
  addEnv(a: EnvAssignment): void {
    this.env.push(a);
    if (a.name === NODE_OPTIONS && a.value) this.addNodeOptions(a.value, a.where, 'NODE_OPTIONS', a.removal);
  }

  addSetting(s: ToolSetting): void {
    this.settings.push(s);
  }

  /**
   * A string Node splits into flags (NODE_OPTIONS, pm2's node_args): at whitespace, with double
   * quotes grouping. A flag's removal takes the space next to it; the last flag takes `whole`.
   */
  addNodeOptions(value: Word, where: string, via: string, whole?: TextEdit[]): void {
    const words = splitOptions(value);
    words.forEach((w, k) => {
      const v = w.value ?? w.template ?? '';
      const eq = v.indexOf('=');
      if (!v.startsWith('--') || (w.value === undefined && (eq < 0 || v.slice(0, eq).includes('$')))) return;
      const removal = words.length === 1 ? whole : value.value !== undefined ? removeBetween(value, words, k) : undefined;
      const flagValue = w.value === undefined ? { value: undefined, start: w.start, end: w.end } : subWord(w, eq + 1);
      this.nodeFlags.push({ flag: eq < 0 ? v : v.slice(0, eq), ...(eq >= 0 ? { value: flagValue } : {}), start: w.start, end: w.end, where, via, ...(removal ? { removal } : {}) });
    });
  }

  /**
   * A command line the file runs, read from `text` (already unquoted) placed in the file by
   * `embedding`. `whole` removes the command line itself (a RUN instruction, a script entry), for
   * a finding that is its only statement.
   */
  addShell(text: string, embedding: Embedding, where: string, whole?: TextEdit[]): void {
    if (this.gate && !this.gate(text)) return;
    const parsed = parseShell(text);
    if (parsed.error !== undefined && text.length > 0) this.shellErrors.push({ ...mapSpan(embedding, 0, text.length), message: `${where} is not valid shell: ${parsed.error}` });
    new ShellReader(this, text, embedding, where, whole).read(parsed.commands);
  }

  /** An argument list run without a shell (Dockerfile exec form, a Kubernetes `command:`): `removeArg(i)` deletes word i. */
  addArgv(words: readonly Word[], where: string, removeArg: (indices: number[]) => TextEdit[] | undefined, removeAll?: TextEdit[]): void {
    this.addMeaning(interpretArgv(words), words, where, removeArg, removeAll, (script) => script.offsets && this.addShellWord(script, where));
  }

  /** `sh -c '...'`: the script word, whose characters the file maps one to one. */
  private addShellWord(script: Word, where: string): void {
    this.addShell(script.value!, offsetsEmbedding(script.offsets!), where);
  }

  addMeaning(m: ArgvMeaning, argv: readonly Word[], where: string, removeArg: (indices: number[]) => TextEdit[] | undefined, removeCommand: TextEdit[] | undefined, nested: (script: Word) => void): void {
    for (const e of m.env) {
      const w = inner(argv[e.index]!);
      this.addEnv({ name: e.name, value: e.value, start: w.start, end: w.end, where, ...opt(e.command ? removeCommand : removeArg([e.index])) });
    }
    for (const s of m.settings) {
      const first = s.keyWord ?? (s.indices ? argv[s.indices[0]!]! : s.value);
      this.addSetting({ tool: s.tool, key: s.key, value: s.value, start: Math.min(first.start, s.value.start), end: s.value.end, where, ...opt(s.indices ? removeArg(s.indices) : removeCommand) });
    }
    for (const s of m.switches) {
      const w = argv[s.index]!;
      // `-sSLk` becomes `-sSL`: the word's characters are plain letters, so it can be written bare.
      const removal = s.rest !== undefined ? (w.offsets && w.offsets.length === w.value?.length && w.end - w.start === w.value.length ? [{ start: w.start, end: w.end, text: s.rest }] : undefined) : removeArg(s.indices);
      this.switches.push({ tool: s.tool, flag: s.flag, ...inner(w), where, ...opt(removal) });
    }
    for (const f of m.nodeFlags) this.nodeFlags.push({ flag: f.flag, ...(f.value ? { value: f.value } : {}), ...inner(f.word), where, via: "node's command line", ...opt(removeArg(f.indices)) });
    for (const s of m.scripts) nested(s);
  }
}

/** A quoted word (`"--flag"` in an exec-form array) without its quotes; others as written. */
function inner(w: Word): { start: number; end: number } {
  const o = w.offsets;
  return o && o.length > 0 && o[0] !== w.start ? { start: o[0]!, end: o[o.length - 1]! + 1 } : { start: w.start, end: w.end };
}

function opt(removal: TextEdit[] | undefined): { removal?: TextEdit[] } {
  return removal && removal.length > 0 ? { removal } : {};
}

/** Splits a NODE_OPTIONS-style value into words with their offsets (double quotes group, as Node's ParseNodeOptionsEnvVar does). */
export function splitOptions(value: Word): Word[] {
  // An unknown value (`--tls-keylog=${DIR}/k.log`) still names its flags; their values stay unknown.
  const known = value.value !== undefined;
  const v = value.value ?? value.template;
  if (v === undefined) return [];
  const out: Word[] = [];
  let i = 0;
  while (i < v.length) {
    while (i < v.length && /\s/.test(v[i]!)) i++;
    if (i >= v.length) break;
    const from = i;
    let text = '';
    const idx: number[] = [];
    let quoted = false;
    for (; i < v.length && (quoted || !/\s/.test(v[i]!)); i++) {
      if (v[i] === '"') quoted = !quoted;
      else if (quoted && v[i] === '\\' && i + 1 < v.length) (text += v[++i]), idx.push(i);
      else (text += v[i]), idx.push(i);
    }
    const offsets = value.offsets ? idx.map((k) => value.offsets![k]!) : undefined;
    const span = value.offsets ? { start: value.offsets[from]!, end: value.offsets[i - 1]! + 1 } : { start: value.start, end: value.end };
    if (!known && /\$/.test(text)) out.push({ value: undefined, template: text, ...span });
    else out.push({ value: text, ...span, ...(offsets ? { offsets } : {}) });
  }
  return out;
}

/** Deletes word k of a value with the whitespace before it (or after it, for the first). */
function removeBetween(value: Word, words: Word[], k: number): TextEdit[] | undefined {
  if (!value.offsets) return undefined;
  const w = words[k]!;
  const next = words[k + 1];
  const prev = words[k - 1];
  return [{ start: next ? w.start : prev!.end, end: next ? next.start : w.end, text: '' }];
}

/** Interprets the simple commands of one shell text for the model, in file offsets. */
class ShellReader {
  /** Plain `NAME=value` statements, for a later `export NAME`. */
  private readonly vars = new Map<string, { value: Word; span: Span }>();

  constructor(
    private readonly b: ModelBuilder,
    private readonly text: string,
    private readonly e: Embedding,
    private readonly where: string,
    private readonly whole: TextEdit[] | undefined,
  ) {}

  read(commands: readonly SimpleCommand[]): void {
    for (const c of commands) this.command(c);
  }

  private statementRemoval(c: SimpleCommand): TextEdit[] | undefined {
    if (!c.removal) return undefined;
    return c.removal.whole ? this.whole : deletion(this.e, c.removal.start, c.removal.end);
  }

  private command(c: SimpleCommand): void {
    const { e, where } = this;
    if (c.decl) {
      const exported = c.decl.variant === 'export' || (c.decl.variant !== 'local' && c.decl.flags.some((f) => /^-[a-z]*x/.test(f)));
      c.decl.assigns.forEach((a, k) => {
        if (!exported) {
          if (a.value) this.vars.set(a.name, { value: a.value, span: a });
          return;
        }
        const earlier = a.value ? undefined : this.vars.get(a.name);
        const value = a.value ?? earlier?.value;
        if (!value) return;
        // `export A=0 B=1` loses one assignment; `export A=0` (or `export A` after `A=0`) the statement.
        const removal = c.decl!.assigns.length === 1 ? this.statementRemoval(c) : deletion(e, a.start, (c.decl!.assigns[k + 1]?.start ?? a.end));
        const span = mapSpan(e, (earlier?.span ?? a).start, (earlier?.span ?? a).end);
        this.b.addEnv({ name: a.name, value: mapWord(e, value), ...span, where, ...opt(removal) });
      });
      return;
    }
    if (c.args.length === 0) {
      // `A=0` alone sets a shell variable, which no program sees unless it is exported later.
      for (const a of c.assigns) if (a.value) this.vars.set(a.name, { value: a.value, span: a });
      return;
    }
    c.assigns.forEach((a, k) => {
      if (!a.value) return;
      const next = c.assigns[k + 1]?.start ?? c.args[0]!.start;
      this.b.addEnv({ name: a.name, value: mapWord(e, a.value), ...mapSpan(e, a.start, a.end), where, ...opt(deletion(e, a.start, next)) });
    });
    const args = c.args.map((w) => mapWord(e, w));
    const removeArgs = (indices: number[]): TextEdit[] | undefined => {
      const edits: TextEdit[] = [];
      for (const i of indices) {
        const w = c.args[i]!;
        const next = c.args[i + 1];
        const prev = c.args[i - 1];
        const d = deletion(e, next && !indices.includes(i + 1) ? w.start : prev ? prev.end : w.start, next && !indices.includes(i + 1) ? next.start : w.end);
        if (!d) return undefined;
        edits.push(...d);
      }
      return edits;
    };
    const meaning = interpretArgv(args);
    this.b.addMeaning(meaning, args, where, removeArgs, this.statementRemoval(c), (script) => {
      const raw = c.args[args.indexOf(script)];
      if (raw?.offsets && raw.value !== undefined && e.exact) {
        this.b.addShell(raw.value, offsetsEmbedding(raw.offsets.map((o) => e.start(o))), where);
      }
    });
    this.echoed(c, args);
  }

  /**
   * `echo ... >> file` writing a file tlslint reads: `NAME=value` to `$GITHUB_ENV` (the later steps
   * of a GitHub Actions job get NAME), `strict-ssl=false` to an .npmrc, `strict-ssl false` to a .yarnrc.
   */
  private echoed(c: SimpleCommand, args: Word[]): void {
    const prog = args[0]?.value;
    if (prog !== 'echo' && prog !== 'printf') return;
    const target = c.redirects.filter((r) => r.op.startsWith('>')).map((r) => this.sourceOf(r.target)).join(' ');
    const into = /\bGITHUB_ENV\b/.test(target) ? 'env' : /\.npmrc\b/.test(target) ? 'npm' : /\.yarnrc\b(?!\.yml)/.test(target) ? 'yarn' : undefined;
    if (!into) return;
    for (const w of args.slice(1)) {
      const m = (into === 'env' ? /^([A-Za-z_][A-Za-z0-9_]*)=/ : into === 'npm' ? /^(strict-ssl)\s*=\s*/ : /^"?(strict-ssl)"?\s+/).exec(w.value ?? '');
      if (!m) continue;
      const whole = subWord(w, 0);
      const value = subWord(w, m[0].length);
      const removal = opt(this.statementRemoval(c));
      if (into === 'env') this.b.addEnv({ name: m[1]!, value, start: whole.start, end: whole.end, where: `${this.where} (written to $GITHUB_ENV)`, ...removal });
      else this.b.addSetting({ tool: into, key: m[1]!, value, start: whole.start, end: whole.end, where: `${this.where} (written to ${into === 'npm' ? '.npmrc' : '.yarnrc'})`, ...removal });
    }
  }

  private sourceOf(w: Word): string {
    return this.text.slice(w.start, w.end);
  }
}
