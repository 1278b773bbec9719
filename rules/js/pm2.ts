// pm2 ecosystem files written in JavaScript (`ecosystem.config.js`, `.cjs`, `.mjs`): the apps'
// `env`, `env_<name>`, `node_args` and `interpreter_args`, read into the project-file model
// (rules/files/model.ts) so that the rules' `files` parts judge them as in ecosystem.config.json.
import ts from 'typescript';
import type { ReportDescriptor } from '../api.js';
import type { FilesModel, FilesPart, Word } from '../files/api.js';
import { ModelBuilder } from '../files/model.js';
import { removeProperty } from './edits.js';
import type { JsRuleContext, Prop, Value } from './api.js';

export const PM2_FILE = /(^|[\\/])ecosystem\.config\.[cm]?js$/;

/** Runs a rule's files part over the pm2 apps of an ecosystem file (nothing for other files). */
export function checkPm2<M extends string>(ctx: JsRuleContext<M>, files: FilesPart<M>): void {
  if (!PM2_FILE.test(ctx.fileName) || !ctx.text.includes('apps')) return;
  const model = pm2Model(ctx);
  if (model) files.check({ fileName: ctx.fileName, text: ctx.text, model, report: (d: ReportDescriptor<M>) => ctx.report({ messageId: d.messageId, data: d.data, severity: d.severity, fixes: d.fixes, range: d.range }) });
}

export function pm2Model(ctx: JsRuleContext): FilesModel {
  const b = new ModelBuilder('pm2');
  for (const a of ctx.nodes.assignments) {
    // module.exports = { apps: [...] }
    const l = a.left;
    if (a.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(l) && ts.isIdentifier(l.expression) && l.expression.text === 'module' && l.name.text === 'exports') readConfig(ctx, b, ctx.valueOf(a.right));
  }
  for (const st of ctx.sourceFile.statements) if (ts.isExportAssignment(st) && !st.isExportEquals) readConfig(ctx, b, ctx.valueOf(st.expression));
  return b.model();
}

function readConfig(ctx: JsRuleContext, b: ModelBuilder, config: Value): void {
  const apps = config.kind === 'object' ? config.props.get('apps')?.value : undefined;
  if (apps?.kind !== 'array') return;
  apps.elements.forEach((app, i) => {
    if (app.kind !== 'object') return;
    const name = app.props.get('name')?.value;
    const label = name?.kind === 'literal' && typeof name.value === 'string' ? `app "${name.value}"` : `app ${i + 1}`;
    for (const [key, prop] of app.props) {
      const where = `the ${key} of ${label}`;
      if ((key === 'env' || key.startsWith('env_')) && prop.value.kind === 'object') {
        for (const [n, p] of prop.value.props) {
          const value = wordOf(ctx, p);
          if (value) b.addEnv({ name: n, value, start: p.node.getStart(ctx.sourceFile), end: p.node.end, where, ...removal(ctx, p) });
        }
      } else if (key === 'node_args' || key === 'interpreter_args') {
        const value = wordOf(ctx, prop);
        if (value?.value !== undefined) b.addNodeOptions(value, where, key, removal(ctx, prop).removal);
      }
    }
  });
}

function removal(ctx: JsRuleContext, p: Prop): { removal?: ReturnType<typeof removeProperty>[] } {
  return ts.isPropertyAssignment(p.node) && ts.isObjectLiteralExpression(p.node.parent) ? { removal: [removeProperty(ctx.sourceFile, p.node)] } : {};
}

/** A property's value as a word: characters placed when it is a string literal written here without escapes. */
function wordOf(ctx: JsRuleContext, p: Prop): Word | undefined {
  const v = p.value;
  const node = p.valueNode ?? p.node;
  const span = { start: node.getStart(ctx.sourceFile), end: node.end };
  if (v.kind !== 'literal') return v.kind === 'unknown' ? { value: undefined, ...span } : undefined;
  if (typeof v.value !== 'string' && typeof v.value !== 'number' && typeof v.value !== 'boolean') return undefined;
  const value = String(v.value);
  const lit = v.node;
  const inside = lit.pos >= p.node.pos && lit.end <= p.node.end;
  if (inside && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) && ctx.text.slice(lit.getStart(ctx.sourceFile) + 1, lit.end - 1) === value) {
    const first = lit.getStart(ctx.sourceFile) + 1;
    return { value, start: first - 1, end: lit.end, offsets: Array.from(value, (_, k) => first + k) };
  }
  return { value, ...span };
}
