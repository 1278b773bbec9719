// YAML with eemeli/yaml, which keeps every node's range: docker-compose, Kubernetes and
// Helm-rendered manifests, GitHub Actions workflows, GitLab CI, .yarnrc.yml and other CI files.
// What a key means does not depend much on which of them a file is, so the reading is by shape:
//   - a map entry whose key is a variable that matters (`NODE_TLS_REJECT_UNAUTHORIZED: "0"`:
//     compose `environment:` maps, Actions `env:`, GitLab `variables:`, Helm values, ConfigMaps);
//   - a list item `NAME=value` (compose's list form) or `{ name: NAME, value: … }` (Kubernetes);
//   - the command lines under `run`, `script`, `before_script`, `after_script`, `commands` and
//     the string form of `command`/`entrypoint`, read as shell; the list form of `command`,
//     `entrypoint` and `args` (Kubernetes, compose) as a program's words;
//   - `enableStrictSsl` in .yarnrc.yml.
// The file's kind (from its path and content) only names it.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, Parser, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../../../../rules/api.js';
import type { FileKind, Word } from '../../../../rules/files/api.js';
import { alignEmbedding } from '../../../../rules/files/embedding.js';
import { ModelBuilder } from '../../../../rules/files/model.js';
import { bypassVariable, NODE_OPTIONS } from '../../../../rules/data/node/environment.js';
import type { Comment, SyntaxProblem } from '../../engine/language.js';
import { wholeLines, type Built } from './document.js';
import { renderedSkeleton } from './helm.js';
import { shellMayMatter } from './shell-gate.js';

// `bash`/`script` are Azure Pipelines' steps; `command` also CircleCI's `run:` map.
const SHELL_KEYS = new Set(['run', 'script', 'bash', 'before_script', 'after_script', 'commands', 'command', 'entrypoint']);
const ARGV_KEYS = new Set(['command', 'entrypoint', 'args']);
const ENV_WORD = /^([A-Za-z_][A-Za-z0-9_]*)=([^]*)$/;
/** Actions' PowerShell shells, and their variable assignment (`$env:NAME = "0"`, any case, a `# comment` after it). */
const POWERSHELL = new Set(['pwsh', 'powershell']);
const PWSH_ENV = /^[ \t]*\$env:([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(?:"([^"`$]*)"|'([^']*)'|([^\s;#'"`$]+))[ \t]*;?[ \t]*(?:(?<=[\s;"'])#.*)?$/dgim;
/** A Go template action (`{{ .Values.env }}`, `{{- include … }}`), not an Actions `${{ }}` expression. */
const TEMPLATE_ACTION = /(^|[^$])\{\{-?\s*[.$a-zA-Z(/]/m;

/** The edit that empties a collection (`environment: {}`), for removing its only member. */
type Removal = () => TextEdit[] | undefined;

export function buildYaml(fileName: string, text: string): Built {
  // A Helm template is read as what every rendering of it holds (helm.ts): same offsets, same lines.
  const template = TEMPLATE_ACTION.test(text);
  const docs = parseAllDocuments(template ? renderedSkeleton(text) : text, { strict: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const kind = kindOf(fileName, list.map((d) => d.contents as Node | null));
  const b = new ModelBuilder(kind, shellMayMatter);
  const reader = new Reader(text, b, kind);
  for (const d of list) if (d.contents) reader.node(d.contents as Node, '', undefined);
  // A template (Helm's `{{ .Values.x }}`, not Actions' `${{ }}`) is YAML only once rendered: its
  // errors are the template language's, and every chart would get a note. What parses is read.
  const yamlErrors = template ? [] : list.flatMap((d) => d.errors);
  const syntaxProblems: SyntaxProblem[] = yamlErrors.map((e) => ({ start: e.pos[0], end: e.pos[1], message: e.message.split('\n')[0]! }));
  return { model: b.model(), comments: comments(text), syntaxProblems: [...syntaxProblems, ...b.shellErrors].sort((x, y) => x.start - y.start) };
}

function kindOf(fileName: string, roots: (Node | null)[]): FileKind {
  const path = fileName.replace(/\\/g, '/');
  const base = path.slice(path.lastIndexOf('/') + 1);
  const has = (key: string) => roots.some((r) => isMap(r) && r.has(key));
  if (base === '.yarnrc.yml' || base === '.yarnrc.yaml') return 'yarnrc.yml';
  if (/(^|\/)\.github\/workflows\//.test(path) || (has('jobs') && has('on'))) return 'github-actions';
  if (base === '.gitlab-ci.yml') return 'gitlab-ci';
  if (/^(docker-)?compose\b/.test(base) || has('services')) return 'compose';
  if (has('apiVersion') && has('kind')) return 'kubernetes';
  return 'yaml';
}

class Reader {
  constructor(
    private readonly text: string,
    private readonly b: ModelBuilder,
    private readonly kind: FileKind,
  ) {}

  node(n: Node, path: string, removeSelf: Removal | undefined): void {
    if (isMap(n)) this.map(n, path, removeSelf);
    else if (isSeq(n)) this.seq(n, path, removeSelf);
  }

  private map(m: YAMLMap, path: string, removeSelf: Removal | undefined): void {
    for (const pair of m.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const here = path ? `${path}.${key}` : key;
      const value = pair.value as Node | null;
      const remove: Removal = () => (m.items.length === 1 ? removeSelf?.() : this.pairRemoval(m, pair as Pair<Scalar, Node>));
      const emptyValue: Removal = () => this.emptying(pair.key as Scalar, value);
      if (this.kind === 'yarnrc.yml') {
        if (key === 'enableStrictSsl' && isScalar(value)) this.b.addSetting({ tool: 'yarn', key, value: this.word(value), ...this.span(pair.key, value), where: '.yarnrc.yml', ...opt(remove()) });
      } else if (isEnvName(key) && value) {
        // `NAME: value`, or GitLab's `NAME: { value: …, description: … }`.
        const v = isScalar(value) ? value : isMap(value) && isScalar(value.get('value', true)) ? (value.get('value', true) as Scalar) : undefined;
        if (v) this.b.addEnv({ name: key, value: this.word(v), ...this.valueSpan(pair.key, value, v), where: label(path), ...opt(remove()) });
      } else if (key === 'run' && isScalar(value) && typeof value.value === 'string' && POWERSHELL.has(String(m.get('shell') ?? '').toLowerCase())) {
        this.powershell(value, label(here));
      } else if (SHELL_KEYS.has(key) && isScalar(value) && typeof value.value === 'string') {
        this.b.addShell(expressionsOut(value.value), alignEmbedding(value.value, this.source(value), value.range![0]), label(here));
      } else if (SHELL_KEYS.has(key) && !ARGV_KEYS.has(key) && isSeq(value)) {
        value.items.forEach((item, i) => {
          if (!isScalar(item) || typeof item.value !== 'string') return;
          this.b.addShell(expressionsOut(item.value), alignEmbedding(item.value, this.source(item), item.range![0]), label(`${here}[${i}]`), value.items.length > 1 ? this.itemRemoval(value, item) : undefined);
        });
      } else if (ARGV_KEYS.has(key) && isSeq(value) && !(key === 'args' && isSeq(m.get('command', true)))) {
        this.argv(m, key, value, here);
      }
      if (value && !isScalar(value)) this.node(value, here, emptyValue);
    }
  }

  /**
   * An Actions step with `shell: pwsh` (or `powershell`) sets variables as `$env:NAME = "value"`:
   * those lines are read as assignments (the rest is not shell that tlslint parses).
   */
  private powershell(value: Scalar, where: string): void {
    const script = String(value.value);
    const e = alignEmbedding(script, this.source(value), value.range![0]);
    if (!e.exact) return;
    for (const m of script.matchAll(PWSH_ENV)) {
      const name = m[1]!;
      if (!isEnvName(name)) continue;
      // Group 2, 3 or 4: the value inside double quotes, single quotes, or bare.
      const group = [2, 3, 4].find((g) => m[g] !== undefined)!;
      const [vs, ve] = m.indices![group]!;
      const [ns] = m.indices![1]!;
      // From `$env:` to the end of the value (its closing quote included).
      const start = ns - '$env:'.length;
      const end = group === 4 ? ve : ve + 1;
      const offset = (i: number) => (i === script.length ? e.start(i - 1) + 1 : e.start(i));
      this.b.addEnv({ name, value: { value: m[group]!, start: offset(vs), end: offset(ve) }, start: offset(start), end: offset(end), where });
    }
  }

  /** `command: [node, --tls-min-v1.0, app.js]` (with `args:` after it, as Kubernetes runs them). */
  private argv(m: YAMLMap, key: string, value: YAMLSeq, here: string): void {
    const args = key === 'command' ? m.get('args', true) : undefined;
    const items = [...value.items, ...(isSeq(args) ? args.items : [])] as Node[];
    const words = items.map((it) => (isScalar(it) ? this.word(it) : { value: undefined, start: it.range?.[0] ?? 0, end: it.range?.[1] ?? 0 }));
    this.b.addArgv(words, label(here), (indices) => {
      if (indices.length !== 1) return undefined;
      const it = items[indices[0]!]!;
      const seq = value.items.includes(it as never) ? value : (args as unknown as YAMLSeq);
      return seq.items.length > 1 && isScalar(it) ? this.itemRemoval(seq, it) : undefined;
    });
  }

  private seq(s: YAMLSeq, path: string, removeSelf: Removal | undefined): void {
    s.items.forEach((item, i) => {
      const here = `${path}[${i}]`;
      const remove: Removal = () => (s.items.length === 1 ? removeSelf?.() : this.itemRemoval(s, item as Node));
      if (isScalar(item) && typeof item.value === 'string') {
        // compose's list form: `- NODE_TLS_REJECT_UNAUTHORIZED=0`.
        const m = ENV_WORD.exec(item.value);
        if (m && isEnvName(m[1]!)) {
          const w = this.word(item);
          const offsets = w.offsets?.slice(m[1]!.length + 1);
          const value: Word = { value: w.value === undefined ? undefined : m[2], start: offsets?.[0] ?? w.start, end: w.end, ...(offsets && w.value !== undefined ? { offsets } : {}) };
          this.b.addEnv({ name: m[1]!, value, start: w.start, end: w.end, where: label(path), ...opt(remove()) });
        }
      } else if (isMap(item)) {
        // Kubernetes: `- name: NODE_TLS_REJECT_UNAUTHORIZED` / `value: "0"` (valueFrom is not a value we know).
        const name = item.get('name', true);
        const value = item.get('value', true);
        if (isScalar(name) && typeof name.value === 'string' && isEnvName(name.value) && isScalar(value)) {
          this.b.addEnv({ name: name.value, value: this.word(value), ...this.valueSpan(item, item, value), where: label(path), ...opt(remove()) });
        }
      }
      if (item && !isScalar(item)) this.node(item as Node, here, undefined);
    });
  }

  /** A scalar's source, without a block scalar's header line (`|`, `>-`). */
  private source(n: Node): string {
    const src = this.text.slice(n.range![0], n.range![1]);
    return isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') ? ' '.repeat(src.indexOf('\n') + 1) + src.slice(src.indexOf('\n') + 1) : src;
  }

  private span(from: Node, to: Node): { start: number; end: number } {
    return { start: from.range![0], end: to.range![1] };
  }

  /**
   * A variable written as `name:`/`value:` lines (Kubernetes `- name: X` then `value: "0"`, GitLab's
   * `X:` then `value: "0"`): the finding spans the `value:` line, where the unsafe value is written;
   * on one line (`{ name: X, value: "0" }`), the whole entry.
   */
  private valueSpan(from: Node, map: Node, value: Scalar): { start: number; end: number } {
    const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === 'value' && p.value === value) : undefined;
    const key = pair && isScalar(pair.key) ? pair.key : undefined;
    const start = from.range![0];
    if (!key || !this.text.slice(start, key.range![0]).includes('\n')) return this.span(from, value);
    return { start: key.range![0], end: value.range![1] };
  }

  /** A scalar's value as the tool reads it: a plain scalar as written (`0`, `false`), quoted ones unquoted. */
  private word(n: Scalar): Word {
    const [start, end] = n.range!;
    const plain = n.type === 'PLAIN';
    const value = plain ? this.text.slice(start, end).trim() : n.value === null ? '' : String(n.value);
    // `${VAR}` (compose), `${{ … }}` (Actions), `$(VAR)` (Kubernetes): not a value tlslint can know.
    if (/\$\{|\$\(|\$[A-Za-z_]/.test(value)) return { value: undefined, start, end, template: value };
    const e = alignEmbedding(value, this.source(n), start);
    return { value, start, end, ...(e.exact ? { offsets: Array.from(value, (_, i) => e.start(i)) } : {}) };
  }

  /** A block map entry's lines; none for a flow map (`{ a: 1 }`), whose text has no lines of its own. */
  private pairRemoval(m: YAMLMap, pair: Pair<Scalar, Node>): TextEdit[] | undefined {
    if (m.flow || !pair.key.range) return undefined;
    const end = (pair.value as Node | null)?.range?.[1] ?? pair.key.range[1];
    return [{ ...wholeLines(this.text, pair.key.range[0], end), text: '' }];
  }

  /** `key:` followed by a block collection becomes `key: {}` (or `[]`): still a map or a list, now empty. */
  private emptying(key: Scalar, value: Node | null): TextEdit[] | undefined {
    if (!key.range || !value?.range || !(isMap(value) || isSeq(value)) || value.flow) return undefined;
    const colon = this.text.indexOf(':', key.range[1]);
    let end = value.range[1];
    while (end > colon && /\s/.test(this.text[end - 1]!)) end--;
    return colon < 0 ? undefined : [{ start: colon + 1, end, text: isMap(value) ? ' {}' : ' []' }];
  }

  private itemRemoval(s: YAMLSeq, item: Node): TextEdit[] | undefined {
    if (s.flow || !item.range) return undefined;
    return [{ ...wholeLines(this.text, item.range[0], item.range[1]), text: '' }];
  }
}

/**
 * GitHub Actions replaces `${{ … }}` before the shell runs: a variable of the same length stands
 * for it, so offsets hold and its value stays unknown.
 */
function expressionsOut(script: string): string {
  return script.replace(/\$\{\{[^}]*\}\}/g, (m) => `$${'_'.repeat(m.length - 1)}`);
}

/** A path for messages: its last three steps (`build.steps[0].run`, `services.api.environment`). */
function label(path: string): string {
  const steps = path.split('.');
  return steps.length > 3 ? steps.slice(-3).join('.') : path || 'the file';
}

function isEnvName(name: string): boolean {
  return name === NODE_OPTIONS || bypassVariable(name) !== undefined;
}

function opt(removal: TextEdit[] | undefined): { removal?: TextEdit[] } {
  return removal && removal.length > 0 ? { removal } : {};
}

/** The `#` comments, from the YAML parser's concrete syntax tokens (so `#` inside a string is not one). */
function comments(text: string): Comment[] {
  const out: Comment[] = [];
  const visit = (t: unknown): void => {
    if (!t || typeof t !== 'object') return;
    const tok = t as { type?: string; offset?: number; source?: string };
    if (tok.type === 'comment' && typeof tok.offset === 'number' && typeof tok.source === 'string') {
      out.push({ start: tok.offset, end: tok.offset + tok.source.length, body: tok.source.slice(1), block: false });
      return;
    }
    for (const v of Object.values(t)) if (v && typeof v === 'object') visit(v);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return out.sort((a, b) => a.start - b.start);
}
