// Walking a syntax tree without recursion: deep code (thousands of nested type assertions, JSX
// elements or `|` operands) must not overflow the stack, and the parser accepts deeper trees than a
// recursive visitor survives.
import ts from 'typescript';

/** What a visitor tells the walk: go on into the node's children (nothing), not into them, or stop. */
export type WalkStep = void | 'skip' | 'stop';

/** Visits `root` and its descendants in source order (pre-order). */
export function walk(root: ts.Node, visit: (n: ts.Node) => WalkStep): void {
  const stack: ts.Node[] = [root];
  const children: ts.Node[] = [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const step = visit(n);
    if (step === 'stop') return;
    if (step === 'skip') continue;
    children.length = 0;
    ts.forEachChild(n, (c) => {
      children.push(c);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Whether `root` or a descendant satisfies `test`. */
export function someNode(root: ts.Node, test: (n: ts.Node) => boolean): boolean {
  let found = false;
  walk(root, (n) => {
    if (!test(n)) return;
    found = true;
    return 'stop';
  });
  return found;
}
