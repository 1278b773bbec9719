// A node's ancestors in one descent from the root. web-tree-sitter keeps no parent pointers: each
// `parent` walks down from the root again, so climbing a node's ancestors one `parent` at a time
// costs the depth squared (found by fuzzing: 12 KB of nested parentheses took 3 s in the guards).
import type { Node } from './api.js';

/** `node`'s ancestors, innermost first (its parent first, the module last). */
export function ancestors(node: Node): Node[] {
  const path: Node[] = [];
  const cursor = node.tree.rootNode.walk();
  try {
    const { startIndex: start, endIndex: end, id } = node;
    let current = cursor.currentNode;
    while (current.id !== id) {
      path.push(current);
      if (!cursor.gotoFirstChild()) return climb(node);
      // The child holding the node: the node itself if it is one, else the first that spans it.
      let holder: Node | undefined;
      do {
        if (cursor.startIndex > start) break;
        if (cursor.endIndex < end) continue;
        if (cursor.nodeId === id) {
          holder = cursor.currentNode;
          break;
        }
        holder ??= cursor.currentNode;
      } while (cursor.gotoNextSibling());
      if (!holder) return climb(node);
      current = holder;
      if (current.id !== id) {
        // Back to the holder, for the next level's children.
        cursor.reset(current);
      }
    }
    return path.reverse();
  } finally {
    cursor.delete();
  }
}

/** The plain climb, for a node the descent does not reach (zero-width siblings sharing a range). */
function climb(node: Node): Node[] {
  const out: Node[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}
