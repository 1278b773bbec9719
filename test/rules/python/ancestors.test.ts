// ancestors() finds a node's ancestors in one descent from the root (each `parent` in
// web-tree-sitter walks from the root again). For every node of a set of programs, broken ones
// among them, it must give exactly what climbing `parent` one step at a time gives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Node } from '../../../rules/python/api.js';
import { ancestors } from '../../../rules/python/ancestors.js';
import { initParser, parseTree } from '../../../server/src/lang/python/parser.js';

const EVAL = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'eval', 'python');

const PROGRAMS = [
  'import ssl\nctx = ssl.create_default_context()\nif False:\n    ctx.check_hostname = False\nelse:\n    pass\n',
  // Broken: recovered ERROR and zero-width MISSING nodes.
  'import requests\nrequests.get(u, verify=False\ndef f(:\n    x = [1, 2\n',
  'x = (((((((((((1)))))))))))\nwith pytest.raises(E):\n    ssl.wrap_socket(s)\n',
  'ctx.options |= a = b:c\n',
  '',
];

function climbed(node: Node): number[] {
  const out: number[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p.id);
  return out;
}

describe('ancestors', () => {
  before(() => initParser());
  const files = readdirSync(EVAL, { recursive: true }).map(String).filter((f) => f.endsWith('.py')).slice(0, 8).map((f) => readFileSync(path.join(EVAL, f), 'utf8'));
  it('gives, for every node, the ancestors a climb by `parent` gives, innermost first', () => {
    let nodes = 0;
    for (const code of [...PROGRAMS, ...files]) {
      const tree = parseTree(code);
      try {
        const cursor = tree.walk();
        for (let more = true; more; ) {
          const node = cursor.currentNode;
          nodes++;
          assert.deepEqual(ancestors(node).map((a) => a.id), climbed(node), `${node.type} at ${node.startIndex} in ${JSON.stringify(code.slice(0, 40))}`);
          if (cursor.gotoFirstChild()) continue;
          while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) { more = false; break; }
        }
        cursor.delete();
      } finally {
        tree.delete();
      }
    }
    assert.ok(nodes > 1000, `${nodes} nodes checked`);
  });
  it('agrees 3,000 parentheses deep', () => {
    const code = `x = ${'('.repeat(3000)}1${')'.repeat(3000)}\n`;
    const tree = parseTree(code);
    try {
      let node = tree.rootNode;
      while (node.namedChildCount > 0) node = node.namedChild(0)!;
      assert.equal(ancestors(node).length, climbed(node).length);
    } finally {
      tree.delete();
    }
  });
});
