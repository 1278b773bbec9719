// `cfg.verify_certs` where `cfg` holds what `ColdStorageElasticConfig()` made (a parameter whose
// callers in the file pass `es_from(ColdStorageElasticConfig())`, each under its own condition): the
// attribute is the class body's default for each such call (objects.ts instanceDefault), and
// unknown for a value that is no such call.
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';

/** The value made by a call of a class the project defines: its node when it is that call. */
function madeCall(v: PyValue): Node | undefined {
  const node = v.kind === 'unknown' ? v.node : v.kind === 'instance' ? v.call : undefined;
  return node?.type === 'call' || node?.type === 'identifier' ? node : undefined;
}

/** The attribute of each instance `base` may be, when at least one is a call whose class default is known. */
export function madeInstances(base: PyValue, defaultOf: (call: Node) => PyValue | undefined, use: Node): PyValue | undefined {
  if (base.kind !== 'either') {
    const call = madeCall(base);
    return call ? defaultOf(call) : undefined;
  }
  let known = false;
  const branches = base.branches.map((b) => {
    const call = madeCall(b.value);
    const v = call ? defaultOf(call) : undefined;
    known ||= !!v;
    return { value: v ?? ({ kind: 'unknown', node: use } as PyValue), condition: b.condition };
  });
  return known ? { kind: 'either', node: use, branches } : undefined;
}
