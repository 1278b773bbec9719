// no-plaintext-downgrade, Python: an upgrade a class attribute switches (`if self.use_starttls:
// server.starttls(…)` before `server.login(…)`) that a subclass switches off in its class body
// (`class RelayMailer(Mailer): use_starttls = False`): for that subclass the login goes in
// cleartext. Reported where the subclass writes the switch.
import { subclassBranches } from '../python/classes.js';
import type { Node, PyCall, PyRuleContext, PyValue } from '../python/api.js';

export interface SwitchedOff {
  /** Where the subclass writes the switch. */
  at: Node;
  /** The switch as the code reads it (`self.use_starttls`). */
  switch: string;
  /** "for RelayMailer". */
  condition: string;
}

const isOff = (v: PyValue) => v.kind === 'literal' && !v.value;

/** The subclasses that switch the upgrade off, when it runs only under `if self.<attr>:`. */
export function upgradeSwitchedOff(ctx: PyRuleContext, upgrade: PyCall): SwitchedOff[] {
  const statement = upgrade.node.parent;
  const block = statement?.type === 'expression_statement' ? statement.parent : undefined;
  const ifStmt = block?.type === 'block' ? block.parent : undefined;
  const test = ifStmt?.type === 'if_statement' && ifStmt.childForFieldName('consequence')?.id === block!.id ? ifStmt.childForFieldName('condition') : undefined;
  if (test?.type !== 'attribute') return [];
  return subclassBranches(ctx, test, isOff).map((b) => ({ at: b.at, switch: test.text, condition: b.condition }));
}
