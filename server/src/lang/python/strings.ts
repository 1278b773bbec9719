// Python string literals as values: the characters of plain strings (escapes decoded, raw strings
// kept), f-string holes as unknown parts, implicit concatenation, `%` and `.format` with the
// arguments the file fixes (a plain field it does not fix is a hole at the argument's value, so a
// rule can still read that value's branches: rules/python/holes.ts).
import type { Node } from 'web-tree-sitter';
import type { PyValue, StringPart } from '../../../../rules/python/api.js';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

/** The value of a `string` node: a literal when it has no holes. */
export function stringValue(node: Node, valueOf: (n: Node) => PyValue): PyValue {
  const start = node.namedChildren.find((c) => c?.type === 'string_start');
  const prefix = (start?.text ?? '').replace(/['"]+$/, '').toLowerCase();
  const raw = prefix.includes('r');
  const parts: StringPart[] = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_content') parts.push(raw ? c.text : decode(c.text));
    else if (c.type === 'escape_sequence') parts.push(raw ? c.text : decode(c.text));
    else if (c.type === 'interpolation') {
      const expr = c.childForFieldName('expression');
      const v = expr ? valueOf(expr) : undefined;
      parts.push(v?.kind === 'literal' && typeof v.value === 'string' && !c.childForFieldName('format_specifier') && !c.childForFieldName('type_conversion') ? v.value : { unknown: c });
    }
  }
  return fromParts(parts, node, prefix.includes('b'));
}

function decode(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (m, e: string) => {
    if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? m;
  });
}

/** Joins adjacent constant parts; a literal when nothing is unknown. */
export function fromParts(parts: readonly StringPart[], node: Node, bytes = false): PyValue {
  const joined: StringPart[] = [];
  for (const p of parts) {
    if (typeof p === 'string' && typeof joined[joined.length - 1] === 'string') joined[joined.length - 1] += p;
    else if (p !== '') joined.push(p);
  }
  if (joined.every((p) => typeof p === 'string')) return bytes ? { kind: 'literal', value: joined.join(''), bytes: true, node } : { kind: 'literal', value: joined.join(''), node };
  return { kind: 'string', parts: joined, node };
}

/** The parts of a string-like value, or undefined when it is not one. */
export function partsOf(v: PyValue): readonly StringPart[] | undefined {
  if (v.kind === 'literal' && typeof v.value === 'string') return [v.value];
  if (v.kind === 'string') return v.parts;
  return undefined;
}

function constantText(v: PyValue): string | undefined {
  if (v.kind !== 'literal') return undefined;
  if (typeof v.value === 'string') return v.value;
  if (typeof v.value === 'number') return String(v.value);
  if (typeof v.value === 'boolean') return v.value ? 'True' : 'False';
  return v.value === null ? 'None' : undefined;
}

/** `'…%s…' % args`: each conversion filled with a constant argument, else a hole. */
export function percentFormat(template: readonly StringPart[], args: PyValue, node: Node): PyValue {
  const values = args.kind === 'sequence' ? args.elements : [args];
  const byKey = args.kind === 'dict' ? args.entries : undefined;
  let i = 0;
  const out: StringPart[] = [];
  for (const part of template) {
    if (typeof part !== 'string') {
      out.push(part);
      continue;
    }
    let last = 0;
    for (const m of part.matchAll(/%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGcoa%]/g)) {
      out.push(part.slice(last, m.index));
      last = m.index! + m[0].length;
      if (m[0] === '%%') {
        out.push('%');
        continue;
      }
      const v = m[1] !== undefined ? byKey?.get(m[1])?.value : values[i++];
      const text = v && /[sdi]$/.test(m[0]) ? constantText(v) : undefined;
      out.push(text ?? { unknown: (/^%(\(\w+\))?s$/.test(m[0]) && v?.node) || node });
    }
    out.push(part.slice(last));
  }
  return fromParts(out, node);
}

/** `'…{}…{name}…'.format(args)`: each field filled with a constant argument, else a hole. */
export function braceFormat(template: readonly StringPart[], positional: readonly PyValue[], keywords: ReadonlyMap<string, PyValue>, node: Node): PyValue {
  let auto = 0;
  const out: StringPart[] = [];
  for (const part of template) {
    if (typeof part !== 'string') {
      out.push(part);
      continue;
    }
    let last = 0;
    for (const m of part.matchAll(/\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}/g)) {
      out.push(part.slice(last, m.index));
      last = m.index! + m[0].length;
      if (m[0] === '{{' || m[0] === '}}') {
        out.push(m[0][0]);
        continue;
      }
      const field = m[1];
      const v = field === '' ? positional[auto++] : /^\d+$/.test(field) ? positional[Number(field)] : keywords.get(field);
      const plain = !m[2] && !m[3];
      const text = v && plain ? constantText(v) : undefined;
      out.push(text ?? { unknown: (plain && v?.node) || node });
    }
    out.push(part.slice(last));
  }
  return fromParts(out, node);
}
