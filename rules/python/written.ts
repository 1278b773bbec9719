// Where a finding sits when the value it is about is read through a name (`verify=VERIFY`,
// `ctx.minimum_version = self.min_version`) and written in a plain statement elsewhere in the file
// (`VERIFY = False`, a class body's `min_version = …`): there, where the value is written, as a
// `**kwargs` entry or a parameter default already is. Rules report `usedAt` the read, so a
// suppression comment there still counts; their fixes still edit the read.
import type { Node } from './api.js';

/**
 * `at` (the node of the value the rule judged) when `read` is a name or attribute read and `at`
 * lies outside `site` (the argument or statement being judged) in a plain assignment.
 */
export function writtenElsewhere(read: Node, site: Node, at: Node | undefined): Node | undefined {
  if (!at || (read.type !== 'identifier' && read.type !== 'attribute')) return undefined;
  if (at.startIndex >= site.startIndex && at.endIndex <= site.endIndex) return undefined;
  return isPlainAssignedValue(at) ? at : undefined;
}

/**
 * Whether a value is what a plain `NAME = value` statement assigns (a branch of a conditional
 * expression too). A chained `a = b = … = False` thousands deep is not (rules climb a finding's
 * ancestors).
 */
function isPlainAssignedValue(at: Node): boolean {
  let n: Node | null = at.parent;
  for (let i = 0; n && (n.type === 'conditional_expression' || n.type === 'parenthesized_expression') && i < 4; i++) n = n.parent;
  return n?.type === 'assignment' && n.parent?.type === 'expression_statement';
}
