// Writes to Node's process-wide TLS defaults: `tls.DEFAULT_MIN_VERSION = 'TLSv1'` and
// `Object.assign(tls, { DEFAULT_CIPHERS: '…' })`, however `tls` was reached.
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { JsRuleContext, Value } from './api.js';
import { removeStatement } from './edits.js';
import { removeOptionFix } from './option-fixes.js';
import { isObjectAssignCall } from './syntax.js';
import { guards } from './guards.js';
import { joinConditions } from '../common/conditions.js';

export interface TlsDefaultWrite {
  /** 'DEFAULT_MIN_VERSION', 'DEFAULT_CIPHERS', … */
  name: string;
  /** The assignment, or the property inside Object.assign. */
  node: ts.Node;
  value: Value;
  valueNode: ts.Expression;
  /** Removes the write. */
  removal: Fix | undefined;
  /** `tls.DEFAULT_CIPHERS += '…'`: the value is appended to Node's default. */
  append?: boolean;
  /** The `if`s the write runs under: "when `legacy` is truthy". */
  condition?: string;
}

export function tlsDefaultWrites(ctx: JsRuleContext, names: ReadonlySet<string>): TlsDefaultWrite[] {
  const out: TlsDefaultWrite[] = [];
  for (const a of ctx.nodes.assignments) {
    const append = a.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken;
    if (a.operatorToken.kind !== ts.SyntaxKind.EqualsToken && !append) continue;
    const ref = ctx.refOf(a.left);
    if (!ref || ref.module !== 'tls' || ref.path.length !== 1 || !names.has(ref.path[0])) continue;
    const edit = removeStatement(ctx.sourceFile, a);
    const name = ref.path[0];
    out.push({ name, node: a, value: ctx.valueOf(a.right), valueNode: a.right, append, condition: joinConditions(...guards(ctx.sourceFile, a)), removal: edit && { title: `Remove the tls.${name} assignment`, kind: 'suggestion', edits: [edit] } });
  }
  for (const c of ctx.nodes.calls) {
    if (!ts.isCallExpression(c) || !isObjectAssignCall(c) || c.arguments.length < 2) continue;
    const target = ctx.refOf(c.arguments[0]);
    if (target?.module !== 'tls' || target.path.length !== 0) continue;
    for (const arg of c.arguments.slice(1)) {
      const v = ctx.valueOf(arg);
      if (v.kind !== 'object') continue;
      for (const p of v.props.values()) {
        if (!names.has(p.key) || !p.valueNode) continue;
        out.push({ name: p.key, node: p.node, value: p.value, valueNode: p.valueNode, condition: joinConditions(...guards(ctx.sourceFile, c)), removal: removeOptionFix(ctx, p, `Remove tls.${p.key} from Object.assign`) });
      }
    }
  }
  return out;
}
