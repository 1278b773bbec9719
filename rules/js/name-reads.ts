// The places a declared name is spelled in the function (or file) that declares it, found by its
// text: a name an inner scope declares again counts too, so a caller that wants every use of one
// binding checks each (by its value) or accepts the extra places.
import ts from 'typescript';
import { walk } from './walk.js';

/** Identifiers spelled as `name` in the function or file declaring it, other than the declaration itself and property names (`x.name`, `{ name: … }`). */
export function readsOfName(name: ts.Identifier): ts.Identifier[] {
  let scope: ts.Node = name;
  while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  const out: ts.Identifier[] = [];
  walk(scope, (n) => {
    if (ts.isIdentifier(n) && n !== name && n.text === name.text && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)) out.push(n);
  });
  return out;
}
