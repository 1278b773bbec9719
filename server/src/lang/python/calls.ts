// Calls as rules read them (rules/python/api.ts PyCall): the qualified name of the callee, the
// receiver of a method, and each parameter's argument by keyword, by position or from a `**`
// dict the file builds.
import type { Node } from 'web-tree-sitter';
import type { Argument, PyCall, PyValue } from '../../../../rules/python/api.js';
import type { ValueResolver } from './values.js';

/** An argument as written: its node and, for `k=v`, the keyword ('' when the keyword is missing). */
export interface WrittenArgument {
  node: Node;
  keyword?: string;
}

/** A call as the model holds it: its arguments as written too, read once here for the object model (objects.ts). */
export interface ModelCall extends PyCall {
  readonly written: readonly WrittenArgument[];
}

export function makeCall(node: Node, values: ValueResolver): ModelCall | undefined {
  let callee = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  if (!callee || !args) return undefined;
  let positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const splats: Node[] = [];
  const written: WrittenArgument[] = [];
  let starArgs = false;
  if (args.type === 'argument_list') {
    for (const a of args.namedChildren) {
      if (!a || a.type === 'comment') continue;
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')?.text;
        if (name) keywords.set(name, a);
        written.push({ node: a, keyword: name ?? '' });
        continue;
      }
      written.push({ node: a });
      if (a.type === 'dictionary_splat') splats.push(a);
      else if (a.type === 'list_splat') starArgs = true;
      else if (!starArgs) positional.push(a);
    }
  } else positional.push(args);
  // `functools.partial(requests.get, verify=False)` is a call of requests.get with those arguments.
  if (callee.text.endsWith('partial') && positional.length > 0 && values.nameOf(callee) === 'functools.partial') {
    callee = positional[0];
    positional = positional.slice(1);
  }
  // `threading.Thread(target=ws.run_forever, kwargs={...})` calls the target with those keywords.
  const target = keywords.get('target')?.childForFieldName('value');
  const kwargs = keywords.get('kwargs')?.childForFieldName('value');
  if (target && kwargs && callee.text.endsWith('Thread') && values.nameOf(callee) === 'threading.Thread') {
    callee = target;
    positional = [];
    keywords.clear();
    splats.length = 0;
    splats.push(kwargs);
  }
  const fn = callee;
  let splatValues: PyValue[] | undefined;
  const splatDicts = () => (splatValues ??= splats.map((s) => values.valueOf(s.type === 'dictionary_splat' ? s.namedChild(0) ?? s : s)));
  const method = fn.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
  let name: string | undefined | null = null;
  return {
    node,
    written,
    callee: fn,
    get name() {
      if (name === null) name = values.nameOf(fn);
      return name;
    },
    method,
    receiver: method ? fn.childForFieldName('object') ?? undefined : undefined,
    args,
    positional,
    starArgs,
    get openKeywords() {
      return splatDicts().some((v) => v.kind !== 'dict' || v.open);
    },
    argument(keyword: string, position?: number): Argument | undefined {
      const kw = keywords.get(keyword);
      if (kw) {
        const valueNode = kw.childForFieldName('value')!;
        return { value: values.valueOf(valueNode), node: kw, valueNode, via: 'keyword' };
      }
      if (position !== undefined && position < positional.length) {
        const p = positional[position];
        return { value: values.valueOf(p), node: p, valueNode: p, via: 'position' };
      }
      for (const v of splatDicts()) {
        const e = v.kind === 'dict' ? v.entries.get(keyword) : undefined;
        if (e) return { value: e.value, node: e.node, valueNode: e.valueNode, via: 'splat' };
      }
      return undefined;
    },
  };
}
