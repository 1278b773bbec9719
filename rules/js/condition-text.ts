// How the condition a finding holds under reads in its message: "when NODE_ENV is not
// 'production'", "when isDev is truthy". Plain words, short, and no Markdown: a Problems panel
// shows backticks as they are and cuts a long message.
import ts from 'typescript';

/** The longest piece of source a condition quotes. */
const MAX = 32;

/** Short, single-line source text of a node (the head of a huge one, in constant time). */
export function snippetIn(sf: ts.SourceFile, node: ts.Node, max = 40): string {
  const start = node.getStart(sf);
  // Only the head of the node can show; collapsing all of a huge node for every message (a
  // condition 60,000 `??` long, at each level) was quadratic.
  const head = sf.text.slice(start, Math.min(node.end, start + max * 8 + 64));
  const text = head.replace(/\s+/g, ' ');
  return text.length > max || start + head.length < node.end ? `${text.slice(0, max - 1)}…` : text;
}

/** A node's source text as a condition quotes it: `process.env.NODE_ENV` is NODE_ENV, a template loses its backticks. */
function quoted(sf: ts.SourceFile, node: ts.Node): string {
  // A type assertion says nothing of the value: `env as keyof typeof configs` reads as env.
  const assertion = (n: ts.Node): n is ts.AsExpression | ts.SatisfiesExpression | ts.TypeAssertion => ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isTypeAssertionExpression(n);
  let e = node;
  while (assertion(e) || (ts.isParenthesizedExpression(e) && (assertion(e.expression) || e !== node))) e = e.expression;
  const text = snippetIn(sf, e, MAX + 24).replace(/\bprocess\.env\.(?=[A-Za-z_$])/g, '').replace(/`/g, '');
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

const EQUAL = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken]);
const NOT_EQUAL = new Set([ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** "when NODE_ENV is not 'production'" for `process.env.NODE_ENV !== 'production'` being truthy. */
export function whenTruthy(sf: ts.SourceFile, cond: ts.Expression, truthy: boolean): string {
  let e = cond;
  let holds = truthy;
  // `!x` is truthy when x is falsy; the loop is bounded by the source, and each step is O(1).
  for (;;) {
    if (ts.isParenthesizedExpression(e)) e = e.expression;
    else if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
      e = e.operand;
      holds = !holds;
    } else break;
  }
  // `process.argv.includes('--keylog')`: "when --keylog is passed".
  const flag = argvFlag(e);
  if (flag !== undefined) return `when ${flag.length > MAX ? `${flag.slice(0, MAX - 1)}…` : flag} is ${holds ? 'passed' : 'not passed'}`;
  if (ts.isBinaryExpression(e) && (EQUAL.has(e.operatorToken.kind) || NOT_EQUAL.has(e.operatorToken.kind))) {
    const equal = EQUAL.has(e.operatorToken.kind) === holds;
    return `when ${quoted(sf, e.left)} is ${equal ? '' : 'not '}${quoted(sf, e.right)}`;
  }
  return `when ${quoted(sf, e)} is ${holds ? 'truthy' : 'falsy'}`;
}

/** The flag `process.argv.includes('--flag')` (or `process.execArgv`) tests, written as a literal. */
function argvFlag(e: ts.Expression): string | undefined {
  if (!ts.isCallExpression(e) || e.arguments.length !== 1 || !ts.isStringLiteralLike(e.arguments[0]) || !ts.isPropertyAccessExpression(e.expression)) return undefined;
  const list = e.expression.expression;
  const isArgv = ts.isPropertyAccessExpression(list) && ts.isIdentifier(list.expression) && list.expression.text === 'process' && (list.name.text === 'argv' || list.name.text === 'execArgv');
  return isArgv && e.expression.name.text === 'includes' ? e.arguments[0].text : undefined;
}

/** "when TLS_MIN is null or undefined" (`nullish`) or "when TLS_MIN is set", for `x ?? y`. */
export function whenNullish(sf: ts.SourceFile, e: ts.Expression, nullish: boolean): string {
  return `when ${quoted(sf, e)} is ${nullish ? 'null or undefined' : 'set'}`;
}

/** "when verify is not given" (a parameter's literal default), or "when verify is given". */
export function whenGiven(sf: ts.SourceFile, param: ts.Node, given: boolean): string {
  return `when ${quoted(sf, param)} is ${given ? 'given' : 'not given'}`;
}

/** "when profile is 'legacy'": a table read with a key the file does not say, at one of its entries. */
export function whenKeyIs(sf: ts.SourceFile, key: ts.Expression, entry: string): string {
  const shown = entry.length > MAX ? `${entry.slice(0, MAX - 1)}…` : entry;
  return `when ${quoted(sf, key)} is '${shown.replace(/'/g, "\\'")}'`;
}
