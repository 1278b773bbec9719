// Unit tests of rules/js/bitflags.ts (the operands of `|` chains and removing one of them) and of
// secureOptionsRemovable in rules/data/secure-options.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { SSL_OP } from '../../rules/data/node/node-constants.js';
import { secureOptionsRemovable } from '../../rules/data/node/secure-options.js';
import { isOrChain, orOperands, removeOrOperand } from '../../rules/js/bitflags.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';
import { applyEdits } from '../../server/src/engine/fixes.js';

function expression(code: string): { sf: ts.SourceFile; e: ts.Expression } {
  const sf = parse('x.ts', `x = ${code};`);
  const st = sf.statements[0] as ts.ExpressionStatement;
  return { sf, e: (st.expression as ts.BinaryExpression).right };
}

const texts = (sf: ts.SourceFile, es: ts.Expression[]) => es.map((e) => e.getText(sf));

describe('orOperands', () => {
  test('a chain, left to right, through parentheses around sub-chains', () => {
    const { sf, e } = expression('A | (B | C) | (D) | 4');
    assert.deepEqual(texts(sf, orOperands(e)), ['A', 'B', 'C', '(D)', '4']);
    assert.ok(isOrChain(e));
  });

  test('anything else is its own only operand', () => {
    for (const code of ['A', 'A & B', 'f(A | B)', 'c ? A | B : C', '(A)']) {
      const { sf, e } = expression(code);
      assert.deepEqual(texts(sf, orOperands(e)), [code], code);
      assert.equal(isOrChain(e), false, code);
    }
  });
});

describe('removeOrOperand', () => {
  const removeEach = (code: string) => {
    const { sf, e } = expression(code);
    return orOperands(e).map((op) => {
      const edit = removeOrOperand(sf, op);
      return edit ? applyEdits(sf.text, [edit]).slice(4, -1) : undefined;
    });
  };

  test('takes the operator beside the operand with it', () => {
    assert.deepEqual(removeEach('A | B | C'), ['B | C', 'A | C', 'A | B']);
    assert.deepEqual(removeEach('A | (B | C)'), ['(B | C)', 'A | (C)', 'A | (B)']);
    assert.deepEqual(removeEach('A |\n  B'), ['B', 'A']);
    assert.deepEqual(removeEach('A | (B)'), ['(B)', 'A']);
  });

  test('an operand that is not in a chain', () => {
    assert.deepEqual(removeEach('A'), [undefined]);
  });
});

describe('secureOptionsRemovable (for "Apply safe TLS settings")', () => {
  const { SSL_OP_LEGACY_SERVER_CONNECT: LEGACY, SSL_OP_NO_TLSv1: NO_10, SSL_OP_NO_TLSv1_1: NO_11, SSL_OP_NO_COMPRESSION: NO_COMP, SSL_OP_NO_TLSv1_3: NO_13 } = SSL_OP;
  test('weakening flags with nothing else, or with what minVersion TLSv1.2 already does', () => {
    assert.ok(secureOptionsRemovable(LEGACY));
    assert.ok(secureOptionsRemovable(LEGACY | NO_13));
    assert.ok(secureOptionsRemovable(LEGACY | NO_10 | NO_11));
  });
  test('not without a weakening flag, nor when a hardening flag would be lost', () => {
    assert.ok(!secureOptionsRemovable(0));
    assert.ok(!secureOptionsRemovable(NO_10 | NO_11));
    assert.ok(!secureOptionsRemovable(LEGACY | NO_COMP));
  });
});
