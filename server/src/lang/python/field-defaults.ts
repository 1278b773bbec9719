// A dataclass, attrs or pydantic field written with its default in a call (`ssl_options: dict =
// field(default_factory=lambda: {"ssl_check_hostname": False})`, `verify: bool = Field(False)`):
// the instance's attribute is that default, as for `verify: bool = False`. A factory that is a
// lambda gives its body's value; a class of the project, the instance it makes; a library's (`dict`)
// stays unknown.
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';

/** The field functions by canonical name, and whether the default may be the first positional argument. */
const FIELDS: Record<string, { positional: boolean }> = {
  'dataclasses.field': { positional: false },
  'pydantic.Field': { positional: true },
  'pydantic.fields.Field': { positional: true },
  'attr.ib': { positional: false },
  'attr.attrib': { positional: false },
  'attrs.field': { positional: false },
  'attr.field': { positional: false },
};

/** The default a field call gives its attribute, or undefined when it is no field call or gives none the model sees. */
export function fieldDefault(name: string, call: Node, valueOf: (n: Node) => PyValue): PyValue | undefined {
  const kind = FIELDS[name];
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment') ?? [];
  if (!kind || args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
  const keyword = (k: string) => args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === k)?.childForFieldName('value') ?? undefined;
  const first = kind.positional ? args.find((a) => a.type !== 'keyword_argument') : undefined;
  const given = keyword('default') ?? (first && first.type !== 'ellipsis' ? first : undefined);
  if (given) return valueOf(given);
  const factory = keyword('default_factory') ?? keyword('factory');
  const body = factory?.type === 'lambda' ? factory.childForFieldName('body') : undefined;
  if (body) return valueOf(body);
  // `field(default_factory=VendorSandboxSettings)`: what calling that class with no arguments makes
  // (made-instances.ts reads its attributes from the class body); a library factory (`dict`) stays unknown.
  return factory?.type === 'identifier' && valueOf(factory).kind === 'unknown' && /^[A-Z]/.test(factory.text) ? { kind: 'instance', of: factory.text, type: factory.text, call: factory, node: call } : undefined;
}
