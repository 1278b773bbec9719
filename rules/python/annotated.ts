// Method calls on a parameter its function annotates with a library class: `async def
// fetch(session: aiohttp.ClientSession): session.get(url, verify_ssl=False)` calls
// aiohttp.ClientSession.get. The annotation is the only clue to the receiver's class when no
// caller in the file passes one; it is believed only while the function never rebinds the name.
import type { Node, PyCall, PyRuleContext } from './api.js';
import { enclosingScope } from './returns.js';

interface AnnotatedParam {
  fn: Node;
  name: string;
  /** The qualified name of the annotation's class ('aiohttp.ClientSession'). */
  type: string;
  /** Whether the function rebinds the name: read only for a parameter a sink's call is made on. */
  rebound?: boolean;
}

const byTree = new WeakMap<Node['tree'], AnnotatedParam[]>();

/** The file's parameters annotated with a library name, read once per tree. */
function annotatedParams(ctx: PyRuleContext): AnnotatedParam[] {
  let out = byTree.get(ctx.root.tree);
  if (out) return out;
  out = [];
  for (const p of ctx.root.descendantsOfType('typed_parameter')) {
    const name = p?.namedChildren[0];
    const annotation = p?.childForFieldName('type')?.namedChildren[0];
    const fn = p?.parent?.parent;
    if (!p || name?.type !== 'identifier' || !annotation || fn?.type !== 'function_definition') continue;
    const type = ctx.nameOf(annotation);
    if (type?.includes('.')) out.push({ fn, name: name.text, type });
  }
  byTree.set(ctx.root.tree, out);
  return out;
}

/** Whether the function's body assigns the name (or declares it global or nonlocal). */
function rebinds(fn: Node, name: string): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return true;
  const targets = ['assignment', 'augmented_assignment', 'for_statement', 'as_pattern', 'named_expression', 'global_statement', 'nonlocal_statement', 'for_in_clause'];
  return targets.some((t) => body.descendantsOfType(t).some((n) => {
    if (!n) return false;
    const target = n.childForFieldName('left') ?? n.childForFieldName('name') ?? n.childForFieldName('alias') ?? n;
    return target.text === name || target.descendantsOfType('identifier').some((i) => i?.text === name);
  }));
}

/** The calls among `names` made as methods of an annotated parameter whose name the file does not otherwise resolve. */
export function annotatedCalls(ctx: PyRuleContext, names: readonly string[]): PyCall[] {
  const params = annotatedParams(ctx);
  if (params.length === 0) return [];
  const out: PyCall[] = [];
  for (const c of ctx.calls) {
    if (c.name !== undefined || !c.method || c.receiver?.type !== 'identifier') continue;
    const r = c.receiver;
    const p = params.find((x) => x.name === r.text && r.startIndex > x.fn.startIndex && r.endIndex <= x.fn.endIndex);
    // In the function itself: a nested function or lambda may bind the name as its own parameter.
    if (!p || !names.includes(`${p.type}.${c.method}`) || enclosingScope(c.node).id !== p.fn.id) continue;
    p.rebound ??= rebinds(p.fn, p.name);
    if (!p.rebound) out.push(c);
  }
  return out;
}
