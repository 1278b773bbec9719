// Dockerfiles and Containerfiles with dockerfile-ast (the parser of VS Code's Docker language
// server): ENV and ARG in both syntaxes, RUN in shell form (read as shell, line continuations
// and all) and in exec form, CMD and ENTRYPOINT likewise.
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import type { TextEdit } from '../../../../rules/api.js';
import type { Word } from '../../../../rules/files/api.js';
import { alignEmbedding, sliceEmbedding } from '../../../../rules/files/embedding.js';
import { ModelBuilder } from '../../../../rules/files/model.js';
import type { Comment } from '../../engine/language.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { wholeLines, type Built } from './document.js';
import { shellMayMatter } from './shell-gate.js';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface PropertyLike {
  getName(): string;
  getValue(): string | null;
  getNameRange(): LspRange;
  getValueRange(): LspRange | null;
  getRange(): LspRange;
}

interface JsonStringLike {
  getRange(): LspRange;
}

export function buildDockerfile(_fileName: string, text: string): Built {
  // dockerfile-ast counts lines as LSP documents do (a lone \r ends one too): its own document maps them back.
  const doc = TextDocument.create('file:///Dockerfile', 'dockerfile', 0, text);
  const off = (p: { line: number; character: number }) => doc.offsetAt(p);
  const dockerfile = DockerfileParser.parse(text);
  const b = new ModelBuilder('dockerfile', shellMayMatter);
  for (const ins of dockerfile.getInstructions()) {
    const keyword = ins.getKeyword();
    const range = ins.getRange();
    const whole: TextEdit[] = [{ ...wholeLines(text, off(range.start), off(range.end)), text: '' }];
    if (keyword === 'ENV' || keyword === 'ARG') {
      const props = (keyword === 'ENV' ? (ins as unknown as { getProperties(): PropertyLike[] }).getProperties() : compact([(ins as unknown as { getProperty(): PropertyLike | null }).getProperty()]));
      props.forEach((p, k) => {
        const vr = p.getValueRange();
        const value = p.getValue();
        const start = off(p.getRange().start);
        const end = off(p.getRange().end);
        // `ENV A=1 B=0`: B goes with the space before it; the only one takes the instruction.
        const next = props[k + 1];
        const removal: TextEdit[] = props.length === 1 ? whole : [{ start: next ? start : off(props[k - 1]!.getRange().end), end: next ? off(next.getRange().start) : end, text: '' }];
        b.addEnv({ name: p.getName(), value: vr && value !== null ? dockerWord(text, value, off(vr.start), off(vr.end)) : undefined, start, end, where: keyword, removal });
      });
    } else if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') {
      const json = (ins as unknown as { getJSONStrings(): JsonStringLike[] }).getJSONStrings();
      if (json.length > 0) execForm(b, text, json, off, keyword, whole);
      else shellForm(b, text, ins, off, keyword, whole);
    }
  }
  const comments: Comment[] = dockerfile.getComments().map((c) => {
    const r = c.getRange();
    const start = off(r.start);
    const end = off(r.end);
    return { start, end, body: text.slice(start + 1, end), block: false };
  });
  return { model: b.model(), comments, syntaxProblems: b.shellErrors };
}

function compact<T>(xs: (T | null | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== null && x !== undefined);
}

/** An ENV/ARG value: unknown when it refers to a variable (`$X`, `${X}`) Docker substitutes. */
function dockerWord(text: string, value: string, start: number, end: number): Word {
  if (/(^|[^\\])\$/.test(value)) return { value: undefined, start, end, template: value };
  const e = alignEmbedding(value, text.slice(start, end), start);
  return { value, start, end, ...(e.exact ? { offsets: Array.from(value, (_, i) => e.start(i)) } : {}) };
}

function shellForm(b: ModelBuilder, text: string, ins: Instruction, off: (p: LspRange['start']) => number, keyword: string, whole: TextEdit[]): void {
  const args = ins.getArgumentsRange();
  if (!args) return;
  const start = off(args.start);
  const end = off(args.end);
  const written = text.slice(start, end);
  // `RUN <<EOF` (BuildKit): the here-document is the script, for the shell or a shell named after it.
  const heredoc = /^<<-?(["']?)(\w+)\1[ \t]*(?:(?:\/bin\/)?(?:ba|da)?sh\b[^\n]*)?\r?\n/.exec(written);
  if (heredoc) {
    const bodyStart = start + heredoc[0].length;
    const close = new RegExp(`^[ \\t]*${heredoc[2]}[ \\t]*\\r?$`, 'm').exec(text.slice(bodyStart, end));
    const body = text.slice(bodyStart, close ? bodyStart + close.index : end);
    b.addShell(body, sliceEmbedding(bodyStart), keyword, whole);
    return;
  }
  // The shell reads the arguments as they are written, `\` line continuations included.
  b.addShell(written, sliceEmbedding(start), keyword, whole);
}

function execForm(b: ModelBuilder, text: string, json: JsonStringLike[], off: (p: LspRange['start']) => number, keyword: string, whole: TextEdit[]): void {
  const words: Word[] = json.map((s) => {
    const r = s.getRange();
    const start = off(r.start);
    const end = off(r.end);
    let value: string | undefined;
    try {
      // The source, not getValue(), which drops the spaces inside the string.
      value = JSON.parse(text.slice(start, end)) as string;
    } catch {
      value = undefined;
    }
    if (value === undefined) return { value, start, end };
    const e = alignEmbedding(value, text.slice(start + 1, end - 1), start + 1);
    return { value, start, end, ...(e.exact ? { offsets: Array.from(value, (_, i) => e.start(i)) } : {}) };
  });
  b.addArgv(words, keyword, (indices) => {
    if (indices.length !== 1) return undefined;
    const k = indices[0]!;
    const w = words[k]!;
    const next = words[k + 1];
    const prev = words[k - 1];
    // `"a", "b"`: the element with the comma after it (or before it, for the last).
    return [{ start: next ? w.start : prev!.end, end: next ? next.start : w.end, text: '' }];
  }, whole);
}
