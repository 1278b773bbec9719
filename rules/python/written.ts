// Where a finding sits when the value it is about is read through a name (`verify=VERIFY`,
// `ctx.minimum_version = self.min_version`) and written in a plain statement elsewhere in the file
// (`VERIFY = False`, a class body's `min_version = …`): there, where the value is written, as a
// `**kwargs` entry or a parameter default already is. Rules report `usedAt` the read, so a
// suppression comment there still counts; their fixes still edit the read.
import { ancestors } from './ancestors.js';
import type { Node, PyRelated } from './api.js';
import { isAttributeLookup, isLookupDefault } from './lookups.js';

/**
 * `at` (the node of the value the rule judged) when `read` is a name or attribute read and `at`
 * lies outside `site` (the argument or statement being judged) in a plain assignment.
 */
export function writtenElsewhere(read: Node, site: Node, at: Node | undefined): Node | undefined {
  if (!at || (read.type !== 'identifier' && read.type !== 'attribute' && !isAttributeLookup(read))) return undefined;
  // A boolean a comparison yields (`IS_PROD = ENV == "production"`) is no TLS value written there:
  // each option that reads it is the place (as in JS), with its own fix.
  if (at.type === 'comparison_operator') return undefined;
  if (at.tree === site.tree && at.startIndex >= site.startIndex && at.endIndex <= site.endIndex) return undefined;
  return isPlainAssignedValue(at) || assignedLookupDefault(at) || (read.type === 'attribute' && isPropertyReturn(at)) ? at : undefined;
}

/** Whether a decorated definition is a `@property` (or `functools.cached_property`): a method read as an attribute. */
export function isPropertyDefinition(decorated: Node): boolean {
  return decorated.namedChildren.some((d) => d?.type === 'decorator' && /^@\s*(?:functools\.)?(?:cached_)?property\s*$/.test(d.text));
}

/** A value a `@property` returns (`return False` in `def verify(self)`): the property's read is reported there. */
function isPropertyReturn(at: Node): boolean {
  let n: Node | null = at.parent;
  for (let i = 0; n && (n.type === 'conditional_expression' || n.type === 'parenthesized_expression') && i < 4; i++) n = n.parent;
  if (n?.type !== 'return_statement') return false;
  const fn = ancestors(n).find((a) => a.type === 'function_definition' || a.type === 'lambda');
  const holder = fn?.parent;
  return holder?.type === 'decorated_definition' && isPropertyDefinition(holder);
}

/** The default of a lookup a plain assignment holds (`ERX_VERIFY = ini.getboolean("erx", "verify", fallback=False)`): written there. */
function assignedLookupDefault(at: Node): boolean {
  if (!isLookupDefault(at)) return false;
  const call = at.parent?.type === 'keyword_argument' ? at.parent.parent?.parent : at.parent?.parent;
  return !!call && !!assignmentOf(call);
}

/**
 * Whether a value is what a plain `NAME = value` statement assigns (a branch of a conditional
 * expression too). A chained `a = b = … = False` thousands deep is not (rules climb a finding's
 * ancestors).
 */
function isPlainAssignedValue(at: Node): boolean {
  return !!assignmentOf(at);
}

/** The plain `NAME = value` assignment whose value `at` is (a branch of), if it is one. */
export function assignmentOf(at: Node): Node | undefined {
  let n: Node | null = at.parent;
  for (let i = 0; n && (n.type === 'conditional_expression' || n.type === 'parenthesized_expression' || inFieldCall(n)) && i < 6; i++) n = n.parent;
  return n?.type === 'assignment' && n.parent?.type === 'expression_statement' ? n : undefined;
}

/** A field's default written in its call (`verify: bool = Field(default=False)`, `field(default_factory=lambda: {...})`): part of the class body's assignment. */
const FIELD_CALL = /^(?:dataclasses\.|pydantic\.|attrs?\.)?(?:field|Field|ib|attrib)$/;

function inFieldCall(n: Node): boolean {
  const call = n.type === 'call' ? n : n.type === 'argument_list' ? n.parent : n.type === 'keyword_argument' || n.type === 'lambda' ? n.parent?.parent : null;
  return call?.type === 'call' && FIELD_CALL.test(call.childForFieldName('function')?.text ?? '');
}

/** The longest piece of source a condition quotes (as the frontend's conditions: about 100 characters a message). */
const MAX_QUOTED = 32;

/**
 * The condition a write runs under as seen from its read: the innermost if/elif/else branch of its
 * function (or class, or module) holding the write and not the read. `self.tls_version =
 * ssl.PROTOCOL_TLSv1` under `if legacy_gateway:` in `__init__`, read in `start()`, is "when
 * legacy_gateway". Undefined when the write always runs before the read.
 */
export function writeCondition(write: Node, read: Node): string | undefined {
  const above = ancestors(write);
  for (let i = 0; i < above.length; i++) {
    const n = above[i];
    if (n.type === 'function_definition' || n.type === 'class_definition') return undefined;
    if (n.type !== 'block' || (n.startIndex <= read.startIndex && read.endIndex <= n.endIndex)) continue;
    const owner = above[i + 1];
    if (owner?.type === 'if_statement' || owner?.type === 'elif_clause') return `when ${quote(owner.childForFieldName('condition'))}`;
    if (owner?.type === 'else_clause' && above[i + 2]?.type === 'if_statement') return `unless ${quote(above[i + 2].childForFieldName('condition'))}`;
  }
  return undefined;
}

function quote(node: Node | null): string {
  return shorten(node?.text ?? '');
}

function shorten(source: string): string {
  const text = source.slice(0, MAX_QUOTED * 4).replace(/\s+/g, ' ').replace(/`/g, '');
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/**
 * The read of a value reported where it is written, as the finding's related place: "used by
 * ssl.SSLContext()" for an argument, "used by ctx.minimum_version" for an attribute write.
 */
export function usedBy(read: Node | undefined): PyRelated[] {
  if (!read) return [];
  const user = [read, ...ancestors(read)].find((n) => n.type === 'call' || n.type === 'assignment' || n.type === 'augmented_assignment');
  const what = user?.type === 'call' ? `${user.childForFieldName('function')?.text ?? ''}()` : user?.childForFieldName('left')?.text;
  return [{ node: read, message: what ? `used by ${shorten(what)}` : 'value used here' }];
}
