// Where Python code runs only in special circumstances that make a finding moot: behind an
// explicit opt-in (an `if` on an environment variable, the command line or a debug flag), or
// inside a block a test expects to fail (`with pytest.raises(...)`, `self.assertRaises(...)`).
import { OPT_IN_NAME } from '../data/python/key-logging.js';
import { ancestors } from './ancestors.js';
import type { Node, PyRuleContext } from './api.js';
import { branchSide, isFeatureTest } from './feature-tests.js';

const ENV_NAMES = new Set(['os.environ', 'os.getenv', 'os.environ.get', 'os.getenvb', 'sys.argv', 'sys.flags']);
const RAISES = new Set(['pytest.raises', 'pytest.warns']);
const ASSERT_RAISES = /^assert(Raises|RaisesRegex|RaisesRegexp|Warns)$/;

/** Whether an expression tests an opt-in: an environment read, the command line, a name like `debug_tls`. */
export function isOptInCondition(ctx: PyRuleContext, cond: Node): boolean {
  const stack: Node[] = [cond];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'lambda') continue;
    if (n.type === 'identifier' || n.type === 'attribute') {
      const name = ctx.nameOf(n);
      if (name && ENV_NAMES.has(name)) return true;
      const last = n.type === 'attribute' ? n.childForFieldName('attribute')?.text : n.text;
      if (last && OPT_IN_NAME.test(last)) return true;
    }
    for (const c of n.namedChildren) if (c) stack.push(c);
  }
  return false;
}

/**
 * Whether `node` runs only when an opt-in holds: inside an `if`/`elif` branch or a conditional
 * expression on one, or after `if not <opt-in>: return` in an enclosing block.
 */
export function isUnderOptIn(ctx: PyRuleContext, node: Node): boolean {
  let child = node;
  for (const p of ancestors(node)) {
    // Only the branch the condition guards: `elif` and `else` run when it does not hold.
    if ((p.type === 'if_statement' || p.type === 'elif_clause') && child.id === p.childForFieldName('consequence')?.id) {
      const cond = p.childForFieldName('condition');
      if (cond && isOptInCondition(ctx, cond)) return true;
    }
    if (p.type === 'conditional_expression') {
      const [, cond] = p.namedChildren;
      if (cond && child.id === p.namedChildren[0]?.id && isOptInCondition(ctx, cond)) return true;
    }
    if (p.type === 'block' || p.type === 'module') {
      for (const st of p.namedChildren) {
        if (!st || st.id === child.id || st.startIndex >= child.startIndex) break;
        if (st.type === 'if_statement' && !st.namedChildren.some((c) => c?.type === 'else_clause' || c?.type === 'elif_clause') && exits(st.childForFieldName('consequence'))) {
          const cond = st.childForFieldName('condition');
          if (cond && isOptInCondition(ctx, cond)) return true;
        }
      }
    }
    child = p;
  }
  return false;
}

/** Whether a block always leaves: it ends in return, raise, continue or sys.exit(). */
function exits(block: Node | null): boolean {
  const last = block?.namedChildren.filter((c) => c && c.type !== 'comment').pop();
  if (!last) return false;
  if (last.type === 'return_statement' || last.type === 'raise_statement' || last.type === 'continue_statement') return true;
  return last.type === 'expression_statement' && /^(sys\.)?exit\(/.test(last.text);
}

/** Whether `node` sits in a block a test expects to raise: `with pytest.raises(E):`, `with self.assertRaises(E):`. */
export function isExpectedToFail(ctx: PyRuleContext, node: Node, above = ancestors(node)): boolean {
  for (const p of above) {
    if (p.type === 'function_definition' || p.type === 'class_definition') return false;
    if (p.type !== 'with_statement') continue;
    const clause = p.namedChildren.find((c) => c?.type === 'with_clause');
    if (!clause || node.startIndex < clause.endIndex) continue;
    for (const item of clause.namedChildren) {
      const call = item?.type === 'with_item' ? item.childForFieldName('value') : undefined;
      if (call?.type !== 'call') continue;
      const callee = call.childForFieldName('function');
      if (!callee) continue;
      const name = ctx.nameOf(callee);
      if (name && RAISES.has(name)) return true;
      if (callee.type === 'attribute' && ASSERT_RAISES.test(callee.childForFieldName('attribute')?.text ?? '')) return true;
    }
  }
  return false;
}

const FALSY = new Set(['False', '0', 'None']);

/** Whether `node` sits in a branch that never runs: `if False:`, `if 0:`, the `else` of `if True:`. */
export function isDeadCode(node: Node, above = ancestors(node)): boolean {
  for (let i = 0; i < above.length; i++) {
    const p = above[i];
    const child = i === 0 ? node : above[i - 1];
    if (p.type !== 'if_statement' && p.type !== 'elif_clause') continue;
    const cond = p.childForFieldName('condition')?.text;
    if (child.id === p.childForFieldName('consequence')?.id && cond && FALSY.has(cond)) return true;
    if (child.type === 'else_clause' && cond === 'True') return true;
  }
  return false;
}

/** Code whose setting never takes effect: a dead branch, or a block a test expects to fail. */
export function isInert(ctx: PyRuleContext, node: Node): boolean {
  const above = ancestors(node);
  return isDeadCode(node, above) || isExpectedToFail(ctx, node, above);
}

const FALLBACK_ERRORS = /\b(AttributeError|ImportError|NameError|TypeError)\b/;

/**
 * Whether `node` runs only on old Pythons, or is a feature test itself: in the fallback branch of an
 * `if` that tests a feature (the `else` of `if hasattr(ssl, "SSLContext")`), a branch of a version
 * check (`if sys.version_info < (3, 7)`), or a `try` whose failure falls back (`except
 * AttributeError:`), or after `if hasattr(ssl, "SSLContext"): … return` (the rest is the fallback).
 * Deprecated APIs are expected there; the branch current Pythons take is code like any other.
 */
export function isVersionGuarded(node: Node): boolean {
  let child = node;
  for (const p of ancestors(node)) {
    if ((p.type === 'if_statement' || p.type === 'elif_clause' || p.type === 'conditional_expression') && inOldBranch(p, child)) return true;
    if ((p.type === 'block' || p.type === 'module') && afterCurrentExit(p, child)) return true;
    if (p.type === 'try_statement' && p.namedChildren.some((c) => c?.type === 'except_clause' && FALLBACK_ERRORS.test(c.text.split('\n')[0]))) return true;
    if (p.type === 'function_definition' || p.type === 'class_definition') return false;
    child = p;
  }
  return false;
}

/** Whether `child` of a conditional is its feature test or a branch only old Pythons take. */
function inOldBranch(p: Node, child: Node): boolean {
  const cond = p.type === 'conditional_expression' ? p.namedChildren[1] : p.childForFieldName('condition');
  if (!cond) return false;
  if (child.id === cond.id) return isFeatureTest(cond);
  const taken = p.type === 'conditional_expression' ? child.id === p.namedChildren[0]?.id : child.id === p.childForFieldName('consequence')?.id;
  if (branchSide(cond, taken) !== 'current') return true;
  // An `elif` or `else` also runs only where every `elif` before it failed.
  if (p.type !== 'if_statement' || taken) return false;
  for (const c of p.namedChildren) {
    if (!c || c.id === child.id) break;
    const elifCond = c.type === 'elif_clause' ? c.childForFieldName('condition') : null;
    if (elifCond && branchSide(elifCond, false) !== 'current') return true;
  }
  return false;
}

/** Whether `child` of a block comes after `if <feature current Pythons have>: … return`: the rest is the fallback. */
function afterCurrentExit(block: Node, child: Node): boolean {
  for (const st of block.namedChildren) {
    if (!st || st.startIndex >= child.startIndex) return false;
    if (st.type !== 'if_statement' || st.namedChildren.some((c) => c?.type === 'else_clause' || c?.type === 'elif_clause')) continue;
    const cond = st.childForFieldName('condition');
    if (cond && isFeatureTest(cond) && exits(st.childForFieldName('consequence')) && branchSide(cond, false) === 'old') return true;
  }
  return false;
}
