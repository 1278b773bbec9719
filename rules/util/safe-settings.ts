// "Apply safe TLS settings": one fix that removes every insecure TLS option of one options
// object and sets minVersion: 'TLSv1.2'. Offered by every rule on findings inside an object literal.
import ts from 'typescript';
import type { Fix, RuleContext, TextEdit } from '../api.js';
import { propertyKey } from './props.js';
import { INSECURE_OPTION_CHECKS, NODE_TLS_OPTION_NAMES } from './insecure-options.js';
import { insertProperty, removeProperty } from './edits.js';
import { SAFE_MIN_VERSION } from '../data/protocols.js';

export const SAFE_SETTINGS_TITLE = 'Apply safe TLS settings to these options';

export function safeSettingsFix(ctx: RuleContext, literal: ts.ObjectLiteralExpression | undefined): Fix | undefined {
  if (!literal) return undefined;
  const sf = ctx.sourceFile;
  const removed: ts.ObjectLiteralElementLike[] = [];
  const kept: ts.ObjectLiteralElementLike[] = [];
  const edits: TextEdit[] = [];
  let hasMinVersion = false;
  let keepsSecureProtocol = false;
  let isNodeTls = false;
  for (const p of literal.properties) {
    const key = propertyKey(p);
    if (key !== undefined && NODE_TLS_OPTION_NAMES.has(key)) isNodeTls = true;
    const check = key === undefined ? undefined : INSECURE_OPTION_CHECKS.find((c) => c.key === key);
    const value = ts.isPropertyAssignment(p) ? ctx.valueOf(p.initializer) : ts.isShorthandPropertyAssignment(p) ? ctx.valueOf(p.name) : ts.isMethodDeclaration(p) ? ({ kind: 'function', node: p } as const) : undefined;
    const insecure = !!check && !!value && check.isInsecure(value);
    if (key === 'minVersion' && ts.isPropertyAssignment(p)) {
      hasMinVersion = true;
      kept.push(p);
      if (insecure) edits.push({ start: p.initializer.getStart(sf), end: p.initializer.end, text: `'${SAFE_MIN_VERSION}'` });
      continue;
    }
    if (insecure) {
      removed.push(p);
      continue;
    }
    kept.push(p);
    if (key === 'secureProtocol') keepsSecureProtocol = true;
  }
  if (removed.length === 0 && edits.length === 0) return undefined;
  // minVersion and secureProtocol together throw ERR_TLS_PROTOCOL_VERSION_CONFLICT.
  const addMin = !hasMinVersion && !keepsSecureProtocol && isNodeTls;
  const minText = `minVersion: '${SAFE_MIN_VERSION}'`;
  if (kept.length === 0) {
    const multiline = literal.getText(sf).includes('\n');
    const indent = /^[ \t]*/.exec(sf.text.slice(sf.text.lastIndexOf('\n', literal.getStart(sf) - 1) + 1))![0];
    const inner = addMin ? (multiline ? `\n${indent}  ${minText},\n${indent}` : ` ${minText} `) : '';
    return { title: SAFE_SETTINGS_TITLE, kind: 'suggestion', edits: [{ start: literal.getStart(sf), end: literal.end, text: `{${inner}}` }] };
  }
  for (const p of removed) edits.push(removeProperty(sf, p));
  if (addMin) {
    const anchor = kept[kept.length - 1];
    let insert = insertProperty(sf, literal, minText, anchor);
    // On one line, removing the property after the anchor also removes the anchor's comma.
    if (edits.some((d) => d.start < insert.start && insert.start < d.end)) insert = { start: anchor.end, end: anchor.end, text: `, ${minText}` };
    edits.push(insert);
  }
  return { title: SAFE_SETTINGS_TITLE, kind: 'suggestion', edits: mergeDeletions(edits) };
}

/** Adjacent or overlapping deletions of neighbouring properties become one edit. */
function mergeDeletions(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.text === '' && e.text === '' && e.start <= last.end) {
      last.end = Math.max(last.end, e.end);
    } else {
      out.push({ ...e });
    }
  }
  return out;
}
