// The `if` statements code runs under, for messages: "when `process.env.CI` is truthy".
import ts from 'typescript';

/** The `if` conditions a statement runs under, inside its function, outermost first. */
export function guards(node: ts.Node): string[] {
  const out: string[] = [];
  let child = node;
  for (let p = node.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (ts.isIfStatement(p) && child !== p.expression) out.unshift(`when \`${shortText(p.expression)}\` is ${child === p.thenStatement ? 'truthy' : 'falsy'}`);
  }
  return out;
}

/** Source text on one line, cut to 40 characters. */
export function shortText(node: ts.Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
