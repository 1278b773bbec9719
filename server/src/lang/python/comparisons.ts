// `ENV == "production"`: True in one deployment and False in every other, as
// `True if ENV == "production" else False` is; `verify=IS_PROD` holds False "when ENV != 'production'".
// Only a name of the deployment (ENV, APP_ENV, ENVIRONMENT, STAGE) compared with a string: a switch
// of its own (`VERIFY == "1"`) is someone's explicit choice and stays unknown (the JS side does the same).
import type { Node, PyValue } from '../../../../rules/python/api.js';
import { namesDeployment } from '../../../../rules/common/conditions.js';

const ENV_READS = new Set(['os.environ.get', 'os.getenv', 'environ.get', 'getenv']);

/** The either a deployment comparison is, or undefined for any other comparison. */
export function deploymentComparison(node: Node, valueOf: (n: Node) => PyValue): PyValue | undefined {
  const operands = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  const operators = node.children.filter((c): c is Node => !!c && !c.isNamed).map((c) => c.type);
  if (operands.length !== 2 || operators.length !== 1 || (operators[0] !== '==' && operators[0] !== '!=')) return undefined;
  const [left, right] = operands;
  const text = (n: Node) => (n.type === 'string' ? stringText(valueOf(n)) : undefined);
  const [subject, other] = text(right) !== undefined ? [left, right] : text(left) !== undefined ? [right, left] : [];
  if (!subject || !other || text(subject) !== undefined) return undefined;
  const name = deploymentName(subject);
  if (name === undefined || !namesDeployment(name)) return undefined;
  const shown = `${subject.text.length > 40 ? name : subject.text} ${operators[0] === '==' ? '==' : '!='} '${text(other)}'`;
  const negated = `${subject.text.length > 40 ? name : subject.text} ${operators[0] === '==' ? '!=' : '=='} '${text(other)}'`;
  return {
    kind: 'either',
    node,
    branches: [
      { value: { kind: 'literal', value: true, node }, condition: `when ${shown}` },
      { value: { kind: 'literal', value: false, node }, condition: `when ${negated}` },
    ],
  };
}

function stringText(v: PyValue): string | undefined {
  return v.kind === 'literal' && typeof v.value === 'string' ? v.value : undefined;
}

/** `ENV`, `settings.APP_ENV`, `os.environ["STAGE"]`, `os.getenv("APP_ENV", "dev")`: the deployment's name. */
function deploymentName(n: Node): string | undefined {
  if (n.type === 'identifier') return n.text;
  if (n.type === 'attribute') return n.childForFieldName('attribute')?.text;
  if (n.type === 'subscript' && n.childForFieldName('value')?.text.replace(/\s+/g, '') === 'os.environ') return quoted(n.childForFieldName('subscript'));
  if (n.type === 'call' && ENV_READS.has(n.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '')) return quoted(n.childForFieldName('arguments')?.namedChild(0) ?? null);
  return undefined;
}

function quoted(n: Node | null): string | undefined {
  return n?.type === 'string' ? /^[rbuf]*["']{1,3}([\w-]+)["']{1,3}$/i.exec(n.text)?.[1] : undefined;
}
