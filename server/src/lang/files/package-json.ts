// package.json and pm2's JSON ecosystem files, read with jsonc-parser (the parser VS Code uses),
// which keeps every value's offset. package.json: each `scripts` entry is a command line npm runs
// through a shell. pm2: each app's `env`, `env_<name>`, `node_args` and `interpreter_args`.
// npm's `config` object only sets `npm_package_config_*` variables, which no tool reads as TLS
// settings, so it is not read.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { TextEdit } from '../../../../rules/api.js';
import type { Word } from '../../../../rules/files/api.js';
import { alignEmbedding } from '../../../../rules/files/embedding.js';
import { ModelBuilder } from '../../../../rules/files/model.js';
import type { Built } from './document.js';
import { shellMayMatter } from './shell-gate.js';

export function buildJson(fileName: string, text: string): Built {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: true });
  const pm2 = !/(^|[\\/])package\.json$/.test(fileName);
  const b = new ModelBuilder(pm2 ? 'pm2' : 'package.json', shellMayMatter);
  if (root?.type === 'object') {
    if (pm2) readPm2(text, root, b);
    else readScripts(text, root, b);
  }
  const syntaxProblems = errors.map((e) => ({ start: e.offset, end: e.offset + e.length, message: printParseErrorCode(e.error) }));
  return { model: b.model(), comments: [], syntaxProblems: [...syntaxProblems, ...b.shellErrors] };
}

function property(obj: Node | undefined, key: string): Node | undefined {
  return obj?.type === 'object' ? obj.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1] : undefined;
}

/**
 * Edits removing the member whose value is `value` (a property, an array element) with the comma
 * and layout between it and its neighbour, so the rest keeps its formatting; the only member leaves
 * `{}`/`[]`. By node, not by path: a path finds the first of two properties of the same name.
 */
function removal(value: Node | undefined): TextEdit[] {
  const member = value?.parent?.type === 'property' ? value.parent : value;
  const container = member?.parent;
  if (!member || !container?.children) return [];
  const siblings = container.children;
  const i = siblings.indexOf(member);
  const next = siblings[i + 1];
  const prev = siblings[i - 1];
  if (next) return [{ start: member.offset, end: next.offset, text: '' }];
  if (prev) return [{ start: prev.offset + prev.length, end: member.offset + member.length, text: '' }];
  return [{ start: container.offset + 1, end: container.offset + container.length - 1, text: '' }];
}

/** A JSON string value as a word, its characters placed in the file. */
export function jsonWord(text: string, node: Node): Word & { embedding: ReturnType<typeof alignEmbedding> } {
  const value = String(node.value);
  const embedding = alignEmbedding(value, text.slice(node.offset + 1, node.offset + node.length - 1), node.offset + 1);
  const offsets = embedding.exact ? Array.from(value, (_, i) => embedding.start(i)) : undefined;
  return { value, start: node.offset, end: node.offset + node.length, ...(offsets ? { offsets } : {}), embedding };
}

function readScripts(text: string, root: Node, b: ModelBuilder): void {
  const scripts = property(root, 'scripts');
  for (const p of scripts?.type === 'object' ? scripts.children ?? [] : []) {
    const [key, value] = p.children ?? [];
    if (value?.type !== 'string' || typeof key?.value !== 'string') continue;
    const w = jsonWord(text, value);
    b.addShell(w.value!, w.embedding, `the "${key.value}" script`, removal(value));
  }
}

function readPm2(text: string, root: Node, b: ModelBuilder): void {
  const apps = property(root, 'apps');
  (apps?.type === 'array' ? apps.children ?? [] : []).forEach((app, i) => {
    const name = property(app, 'name');
    const label = typeof name?.value === 'string' ? `app "${name.value}"` : `app ${i + 1}`;
    for (const p of app.type === 'object' ? app.children ?? [] : []) {
      const [key, value] = p.children ?? [];
      const k = key?.value;
      if (typeof k !== 'string' || !value) continue;
      if ((k === 'env' || k.startsWith('env_')) && value.type === 'object') {
        for (const e of value.children ?? []) {
          const [n, v] = e.children ?? [];
          if (typeof n?.value !== 'string' || !v || (v.type !== 'string' && v.type !== 'number' && v.type !== 'boolean')) continue;
          const word: Word = v.type === 'string' ? jsonWord(text, v) : { value: String(v.value), start: v.offset, end: v.offset + v.length };
          b.addEnv({ name: n.value, value: word, start: e.offset, end: e.offset + e.length, where: `the ${k} of ${label}`, removal: removal(v) });
        }
      } else if (k === 'node_args' || k === 'interpreter_args') {
        if (value.type === 'string') b.addNodeOptions(jsonWord(text, value), `the ${k} of ${label}`, k, removal(value));
        else if (value.type === 'array') {
          const words = (value.children ?? []).map((el) => (el.type === 'string' ? jsonWord(text, el) : { value: undefined, start: el.offset, end: el.offset + el.length }));
          b.addArgv([{ value: 'node', start: value.offset, end: value.offset }, ...words], `the ${k} of ${label}`, (idx) => (idx.length === 1 ? removal(value.children?.[idx[0]! - 1]) : undefined));
        }
      }
    }
  });
}
