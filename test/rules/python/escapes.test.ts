// isPassedOn reads an index of the file's call arguments by text, built once per file. Over a
// table of programs it must answer, for every object the model finds, what the scan it replaced
// (every argument of every call, for each object) answered, and what each row expects.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Node, PyObject, PyRuleContext } from '../../../rules/python/api.js';
import { isPassedOn } from '../../../rules/python/escapes.js';
import { createPyContext, LazyPyModel } from '../../../server/src/lang/python/context.js';
import { pyDocument } from '../../../server/src/lang/python/document.js';
import { initParser, parseTree } from '../../../server/src/lang/python/parser.js';

/** The former implementation, kept as the reference. */
function scanned(ctx: PyRuleContext, obj: PyObject): boolean {
  for (const call of ctx.calls) {
    if (call.args.type !== 'argument_list') continue;
    for (const a of call.args.namedChildren) {
      const expr: Node | null = a?.type === 'keyword_argument' ? a.childForFieldName('value') : a?.type === 'list_splat' || a?.type === 'dictionary_splat' ? a.namedChildren[0] : a;
      if (!expr || (expr.type !== 'identifier' && expr.type !== 'attribute') || expr.text !== obj.name) continue;
      if (ctx.objectOf(expr) === obj) return true;
    }
  }
  return false;
}

/** A program and the names of the objects it passes on (every other object it has is not). */
const TABLE: { code: string; passed: string[] }[] = [
  { code: 'import smtplib\ns = smtplib.SMTP("h")\nconfigure(s)\ns.login("u", "p")\n', passed: ['s'] },
  { code: 'import smtplib\ns = smtplib.SMTP("h")\ns.login("u", "p")\nconfigure(t)\n', passed: [] },
  { code: 'import smtplib\ns = smtplib.SMTP("h")\ns.login("u", "p")\nregister(conn=s)\n', passed: ['s'] },
  { code: 'import smtplib\ns = smtplib.SMTP("h")\ns.login("u", "p")\nrun(*s)\nrun(**s)\n', passed: ['s'] },
  { code: 'import ftplib\nclass C:\n    def go(self):\n        self.f = ftplib.FTP_TLS("h")\n        self.f.login()\n        keep(self.f)\n', passed: ['self.f'] },
  // The same name in another function is another object: only the first `s` is passed on.
  {
    code: 'import smtplib\ndef a():\n    s = smtplib.SMTP("h")\n    s.login("u", "p")\n    hand(s)\ndef b():\n    s = smtplib.SMTP("h")\n    s.login("u", "p")\n',
    passed: ['s@a'],
  },
  { code: 'import smtplib\ns = smtplib.SMTP("h")\ns.login("u", "p")\nprint(s.host)\nf(s.login)\n', passed: [] },
  { code: 'from OpenSSL import SSL\nc = SSL.Connection(ctx, sock)\nc.set_connect_state()\nc.do_handshake()\nwrap(c)\nwrap(c)\n', passed: ['c', 'ctx', 'sock'] },
];

/** `name`, or `name@function` when the row has the name in several functions. */
function label(ctx: PyRuleContext, obj: PyObject, all: readonly PyObject[]): string {
  if (all.filter((o) => o.name === obj.name).length === 1) return obj.name;
  const at = obj.calls[0]?.node ?? obj.writes[0]?.node;
  let n: Node | null | undefined = at;
  while (n && n.type !== 'function_definition') n = n.parent;
  return `${obj.name}@${n?.childForFieldName('name')?.text ?? 'module'}`;
}

describe('isPassedOn with the argument index', () => {
  before(() => initParser());

  for (const [i, row] of TABLE.entries()) {
    it(`row ${i + 1}: the same answers as the scan, and the expected objects passed on`, () => {
      const ctx = createPyContext(new LazyPyModel(pyDocument('t.py', row.code, parseTree(row.code))), {}, () => {});
      const objects = ctx.objects;
      assert.ok(objects.length > 0, 'the row has objects');
      const passed: string[] = [];
      for (const obj of objects) {
        const answer = isPassedOn(ctx, obj);
        assert.equal(answer, scanned(ctx, obj), `${obj.name}: index and scan differ`);
        // Asked again: the cached index answers the same.
        assert.equal(isPassedOn(ctx, obj), answer);
        if (answer) passed.push(label(ctx, obj, objects));
      }
      assert.deepEqual(passed.sort(), [...row.passed].sort());
    });
  }
});
