// "Apply safe TLS settings": one fix that removes every insecure TLS option of one options
// object, sets minVersion: 'TLSv1.2' and adds what other rules ask for there (servername).
// Offered by every rule on findings inside an object literal.
import ts from 'typescript';
import type { Fix, TextEdit } from '../api.js';
import type { JsRuleContext, Value } from './api.js';
import { literalOf, propertyKey, spreadBeforeHolds, spreadHolds } from './props.js';
import { NODE_TLS_OPTION_NAMES } from '../data/node/tls-options.js';
import { combineEdits, insertProperty, lineIndent, removeProperties, removeProperty } from './edits.js';
import { holderOfEmptied, inFile, leavesEmpty } from './option-fixes.js';
import { SAFE_MIN_VERSION } from '../data/node/protocols.js';

export const SAFE_SETTINGS_TITLE = 'Apply safe TLS settings to these options';

/** Options that cannot be combined with secureProtocol (ERR_TLS_PROTOCOL_VERSION_CONFLICT). */
const VERSION_KEYS = ['minVersion', 'maxVersion', 'secureProtocol'];

interface Entry {
  node: ts.ObjectLiteralElementLike;
  key: string | undefined;
  insecure: boolean;
}

export function safeSettingsFix(ctx: JsRuleContext, literal: ts.ObjectLiteralExpression | undefined): Fix | undefined {
  // Options written in another file (a table spread into this file's call) are fixed by that file's lint.
  if (!literal || !inFile(ctx, literal)) return undefined;
  const sf = ctx.sourceFile;
  const entries: Entry[] = literal.properties.map((p) => ({ node: p, key: propertyKey(p), insecure: isInsecureOption(ctx, p) }));
  if (!entries.some((e) => e.insecure)) return undefined;
  const isNodeTls = entries.some((e) => e.key !== undefined && NODE_TLS_OPTION_NAMES.has(e.key));
  // A secureProtocol that stays (a safe or unknown method) excludes minVersion/maxVersion, and
  // so does one a spread may bring in.
  const keepsSecureProtocol = entries.some((e) => e.key === 'secureProtocol' && !e.insecure);
  const spreadMayHoldVersion = literal.properties.some((p) => ts.isSpreadAssignment(p) && spreadHolds(ctx.valueOf(p.expression), VERSION_KEYS, 'may'));
  const edits: TextEdit[] = [];
  const removed: ts.ObjectLiteralElementLike[] = [];
  let hasMinVersion = false;
  for (const e of entries) {
    if (e.key === 'minVersion' && !keepsSecureProtocol) {
      hasMinVersion = true;
      if (e.insecure) edits.push(raiseMinVersion(sf, e.node));
    } else if (e.insecure) {
      removed.push(e.node);
    }
  }
  // Removing `k` lets an earlier spread's own `k` through: then the object would not be safe.
  if (removed.some((p) => spreadBeforeHolds(ctx, p))) return undefined;
  const addMin = !hasMinVersion && !keepsSecureProtocol && !spreadMayHoldVersion && isNodeTls && removed.length > 0;
  // What other rules ask for on these options (require-servername's servername) comes along.
  const added = ctx.optionAdditions.filter((a) => !entries.some((e) => e.key === a.key)).flatMap((a) => a.propertyFor(ctx, literal) ?? []);
  const news = [...(addMin ? [`minVersion: '${SAFE_MIN_VERSION}'`] : []), ...added];
  if (removed.length > 0 && news.length > 0) {
    // The first removed option's place takes the new ones: no separator to invent.
    const [first, ...rest] = removed;
    const multiline = sf.text.slice(literal.getStart(sf), literal.end).includes('\n');
    edits.push({ start: first.getStart(sf), end: first.end, text: news.join(multiline ? `,\n${lineIndent(sf.text, first.getStart(sf))}` : ', ') });
    edits.push(...removeProperties(sf, rest));
  } else if (news.length > 0) {
    edits.push(...news.map((text) => insertProperty(sf, literal, text)));
  } else if (edits.length === 0 && leavesEmpty(sf, literal, removed)) {
    // Everything goes: so does the property holding the options, where that changes nothing else.
    const holder = holderOfEmptied(ctx, literal);
    edits.push(...(holder ? [removeProperty(sf, holder)] : removeProperties(sf, removed)));
  } else {
    edits.push(...removeProperties(sf, removed));
  }
  const edit = combineEdits(sf.text, edits);
  return edit && { title: SAFE_SETTINGS_TITLE, kind: 'suggestion', edits: [edit] };
}

/**
 * "Apply safe TLS settings" for a finding on one option, offered only when it removes (or raises)
 * that option: applied on any other it would fix the rest of the object and leave the finding.
 */
export function safeSettingsFixFor(ctx: JsRuleContext, option: ts.Node): Fix | undefined {
  return isInsecureOption(ctx, option) ? safeSettingsFix(ctx, literalOf(option)) : undefined;
}

/**
 * Whether "Apply safe TLS settings" removes (or raises) this option. A rule offers the fix on a
 * finding only then: a rule may report more than the table removes (minDHSize: 1024 is reported,
 * only values under 1024 are removed), and a fix must make its own finding go away.
 */
export function isInsecureOption(ctx: JsRuleContext, p: ts.Node): boolean {
  if (!ts.isObjectLiteralElementLike(p)) return false;
  const key = propertyKey(p);
  const check = key === undefined ? undefined : ctx.optionChecks.find((c) => c.key === key);
  const value = check ? valueOfProperty(ctx, p) : undefined;
  return !!check && !!value && check.isInsecure(value);
}

function valueOfProperty(ctx: JsRuleContext, p: ts.ObjectLiteralElementLike): Value | undefined {
  if (ts.isPropertyAssignment(p)) return ctx.valueOf(p.initializer);
  if (ts.isShorthandPropertyAssignment(p)) return ctx.valueOf(p.name);
  if (ts.isMethodDeclaration(p)) return { kind: 'function', node: p };
  return undefined;
}

/** `minVersion: 'TLSv1'` becomes `minVersion: 'TLSv1.2'`, keeping how the key was written. */
function raiseMinVersion(sf: ts.SourceFile, p: ts.ObjectLiteralElementLike): TextEdit {
  const safe = `'${SAFE_MIN_VERSION}'`;
  if (ts.isPropertyAssignment(p)) return { start: p.initializer.getStart(sf), end: p.initializer.end, text: safe };
  return { start: p.getStart(sf), end: p.end, text: `minVersion: ${safe}` };
}
