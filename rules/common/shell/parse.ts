// Shell command lines (package.json scripts, Dockerfile RUN, CI `run:` blocks, exec() strings)
// parsed with mvdan/sh, the parser behind shfmt (the mvdan-sh package, loaded on first use: most
// files never need it). What comes out is the simple commands a shell would run, each word with
// its value once unquoted (undefined when it depends on an expansion tlslint cannot know) and
// where each of its characters sits in the text, so findings point into the word and fixes
// remove exactly one assignment, flag or statement.
// Nothing is executed: the parser only reads.

/** A word as the shell passes it to a program. */
export interface ShellWord {
  /** Its value once quotes and escapes are gone; undefined when it holds `$VAR`, `$(...)` and the like. */
  value: string | undefined;
  /** Its span in the text. */
  start: number;
  end: number;
  /** Where each character of `value` is in the text (absent when the value is unknown). */
  offsets?: number[];
}

export interface ShellAssign {
  name: string;
  /** Undefined for `export NAME` (no value) and arrays. */
  value: ShellWord | undefined;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

/** One simple command: `A=1 cmd args`, or a declaration (`export A=1`). */
export interface SimpleCommand {
  /** `A=1` before the command name: the command's own environment (or shell variables when there is no command). */
  assigns: ShellAssign[];
  args: ShellWord[];
  /** `export`, `declare`, `local`, `readonly` and their assignments. */
  decl?: { variant: string; assigns: ShellAssign[]; flags: string[] };
  /** Redirections, such as `>> "$GITHUB_ENV"`. */
  redirects: { op: string; target: ShellWord }[];
  /** The statement. */
  stmt: Span;
  /**
   * What to delete to remove the statement and keep the script valid (with the `&&` or `;` that
   * joins it to a neighbour); `whole` when it is the only statement of the script. Undefined when
   * it is the only statement of a block (`then ... fi`), where removing it breaks the syntax.
   */
  removal?: Span & { whole?: boolean };
}

export interface ParsedShell {
  commands: SimpleCommand[];
  /** The parser's message when the text is not valid shell (then `commands` holds what single lines gave). */
  error?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- GopherJS objects carry Go field names. */
type GoNode = any;
interface MvdanSh {
  syntax: { NewParser(...opts: unknown[]): { Parse(text: string, name: string): GoNode }; NodeType(n: GoNode): string; KeepComments(b: boolean): unknown; Variant(v: unknown): unknown; LangBash: unknown };
}

let sh: MvdanSh | undefined;
function mvdan(): MvdanSh {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, not at start-up
  return (sh ??= require('mvdan-sh') as MvdanSh);
}

const CACHE = new Map<string, ParsedShell>();

/** The simple commands of a shell text. Never throws. */
export function parseShell(text: string): ParsedShell {
  const cached = CACHE.get(text);
  if (cached) return cached;
  let out: ParsedShell;
  try {
    out = { commands: new Reader(text).file(parseTree(text)) };
  } catch (err) {
    // A script that does not parse as a whole (a CI step with a typo): each line that does alone.
    out = { commands: byLines(text), error: errorMessage(err) };
  }
  if (CACHE.size >= 512) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(text, out);
  return out;
}

function parseTree(text: string): GoNode {
  const { syntax } = mvdan();
  return syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash)).Parse(text, '');
}

function byLines(text: string): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    try {
      if (line.trim()) out.push(...new Reader(line, from).file(parseTree(line)).map((c) => ({ ...c, removal: undefined })));
    } catch {
      // This line is not shell either.
    }
    from += line.length + 1;
  }
  return out;
}

function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  const e = err as { Error?: () => string; $val?: { Error?: () => string } } | undefined;
  return e?.Error?.() ?? e?.$val?.Error?.() ?? String(err);
}

const UNKNOWN_PARTS = new Set(['ParamExp', 'CmdSubst', 'ArithmExp', 'ProcSubst', 'ExtGlob', 'BraceExp']);

/** Walks the tree into simple commands, turning the parser's UTF-8 byte offsets into string offsets. */
class Reader {
  private readonly toIndex: (byte: number) => number;
  readonly commands: SimpleCommand[] = [];

  constructor(
    private readonly text: string,
    /** Added to every offset: the line's start when lines are parsed one by one. */
    private readonly base = 0,
  ) {
    this.toIndex = byteToIndex(text);
  }

  file(f: GoNode): SimpleCommand[] {
    this.stmts(list(f.Stmts), true);
    return this.commands;
  }

  private pos(n: GoNode): number {
    return this.toIndex(n.Pos().Offset());
  }

  private end(n: GoNode): number {
    return this.toIndex(n.End().Offset());
  }

  private span(n: GoNode): Span {
    return { start: this.base + this.pos(n), end: this.base + this.end(n) };
  }

  /** Statements of one list: each may be removed with the separator to its neighbour. */
  private stmts(stmts: GoNode[], top: boolean): void {
    stmts.forEach((s, i) => {
      const own = this.span(s);
      const next = stmts[i + 1];
      const prev = stmts[i - 1];
      const removal = next ? { start: own.start, end: this.span(next).start } : prev ? { start: this.span(prev).end, end: own.end } : top ? { ...own, whole: true } : undefined;
      this.stmt(s, removal);
    });
  }

  private stmt(s: GoNode, removal: (Span & { whole?: boolean }) | undefined): void {
    const cmd = s.Cmd;
    if (!cmd) return;
    const type = nodeType(cmd);
    const redirects = list(s.Redirs).filter((r: GoNode) => r.Word).map((r: GoNode) => ({ op: this.text.slice(this.pos(r.OpPos ? { Pos: () => r.OpPos, End: () => r.OpPos } : r), this.pos(r.Word)).trim(), target: this.word(r.Word) }));
    switch (type) {
      case 'CallExpr':
        this.words(list(cmd.Args));
        this.commands.push({ assigns: list(cmd.Assigns).map((a: GoNode) => this.assign(a)), args: list(cmd.Args).map((w: GoNode) => this.word(w)), redirects, stmt: this.span(s), removal });
        break;
      case 'DeclClause': {
        const flags: string[] = [];
        const assigns: ShellAssign[] = [];
        for (const a of list(cmd.Args)) {
          // `export -n X`: flags come as naked assignments whose value is the word.
          if (a.Naked && !a.Name && a.Value) flags.push(this.word(a.Value).value ?? '');
          else if (a.Name) assigns.push(this.assign(a));
        }
        this.commands.push({ assigns: [], args: [], decl: { variant: cmd.Variant.Value, assigns, flags }, redirects, stmt: this.span(s), removal });
        break;
      }
      case 'BinaryCmd': {
        const x = this.span(cmd.X);
        const y = this.span(cmd.Y);
        // `a && b`: removing a takes `a && `, removing b takes ` && b`.
        this.stmt(cmd.X, { start: x.start, end: y.start });
        this.stmt(cmd.Y, { start: x.end, end: y.end });
        break;
      }
      case 'Block':
      case 'Subshell':
        this.stmts(list(cmd.Stmts), false);
        break;
      case 'IfClause':
        for (let c = cmd; c; c = c.Else) {
          this.stmts(list(c.Cond), false);
          this.stmts(list(c.Then), false);
        }
        break;
      case 'WhileClause':
        this.stmts(list(cmd.Cond), false);
        this.stmts(list(cmd.Do), false);
        break;
      case 'ForClause':
        this.stmts(list(cmd.Do), false);
        break;
      case 'CaseClause':
        for (const item of list(cmd.Items)) this.stmts(list(item.Stmts), false);
        break;
      case 'FuncDecl':
        if (cmd.Body) this.stmt(cmd.Body, undefined);
        break;
      case 'TimeClause':
      case 'CoprocClause':
        if (cmd.Stmt) this.stmt(cmd.Stmt, undefined);
        break;
      default:
        break;
    }
  }

  /** Commands inside `$(...)` in words run too. */
  private words(words: GoNode[]): void {
    for (const w of words) {
      for (const p of list(w.Parts)) this.substitutions(p);
    }
  }

  private substitutions(p: GoNode): void {
    const t = nodeType(p);
    if (t === 'CmdSubst' || t === 'ProcSubst') this.stmts(list(p.Stmts), false);
    else if (t === 'DblQuoted') for (const q of list(p.Parts)) this.substitutions(q);
  }

  private assign(a: GoNode): ShellAssign {
    const { start, end } = this.span(a);
    const name = a.Name ? a.Name.Value : '';
    if (a.Array || a.Naked || a.Append) return { name, value: undefined, start, end };
    // `A=` is the empty string, which sits right after the `=`.
    const value = a.Value ? this.word(a.Value) : { value: '', start: end, end, offsets: [] };
    return { name, value, start, end };
  }

  word(w: GoNode): ShellWord {
    const { start, end } = this.span(w);
    let value = '';
    const offsets: number[] = [];
    for (const p of list(w.Parts)) {
      const t = nodeType(p);
      const ps = this.pos(p);
      const pe = this.end(p);
      if (t === 'Lit') {
        unescape(this.text, ps, pe, false, this.base, (c, at) => ((value += c), offsets.push(at)));
      } else if (t === 'SglQuoted' && !p.Dollar) {
        for (let i = ps + 1; i < pe - 1; i++) (value += this.text[i]), offsets.push(this.base + i);
      } else if (t === 'DblQuoted' && !p.Dollar) {
        for (const q of list(p.Parts)) {
          if (nodeType(q) !== 'Lit') return { value: undefined, start, end };
          unescape(this.text, this.pos(q), this.end(q), true, this.base, (c, at) => ((value += c), offsets.push(at)));
        }
      } else if (UNKNOWN_PARTS.has(t) || t === 'SglQuoted' || t === 'DblQuoted') {
        return { value: undefined, start, end };
      }
    }
    return { value, start, end, offsets };
  }
}

/** Unquoted (or double-quoted) text without its backslash escapes, character by character. */
function unescape(text: string, from: number, to: number, quoted: boolean, base: number, emit: (c: string, at: number) => void): void {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < to) {
      const n = text[i + 1]!;
      if (n === '\n') {
        i++;
        continue;
      }
      if (!quoted || '$`"\\'.includes(n)) {
        emit(n, base + i + 1);
        i++;
        continue;
      }
    }
    emit(c, base + i);
  }
}

function nodeType(n: GoNode): string {
  return mvdan().syntax.NodeType(n);
}

function list(x: GoNode): GoNode[] {
  return x ? (Array.isArray(x) ? x : Array.from(x as ArrayLike<GoNode>)) : [];
}

/** The parser counts UTF-8 bytes; strings count UTF-16 units. */
function byteToIndex(text: string): (byte: number) => number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return (b) => b;
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const bytes = Buffer.byteLength(ch);
    for (let k = 0; k < bytes; k++) map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (b) => map[Math.min(b, map.length - 1)]!;
}
