// The JavaScript/TypeScript frontend: TypeScript's parser (recovering, incremental), the file
// model rules read (scopes, module bindings, values, sink calls), comments for suppressions, and
// the fix check for files with syntax errors.
import ts from 'typescript';
import path from 'node:path';
import type { JsPart } from '../../../../rules/js/api.js';
import type { Frontend } from '../../engine/language.js';
import { commentsHolding, directiveEdit } from './comments.js';
import { createRuleContext, LazyModel } from './context.js';
import { keepFixesThatParse } from './fix-syntax.js';
import { DocumentError } from '../../engine/language.js';
import type { ExportedOptions, ExportSummary, ImportUse, Note } from '../../engine/types.js';
import { exportedOptions, importUses } from './export-uses.js';
import { MAX_CALLS_EVALUATED } from './call-sinks.js';
import { exportSummary } from './export-summary.js';
import { ProjectPlacer } from './placement.js';
import { DATA_NEEDLES, dataModuleTexts } from './data-modules.js';
import { jsProjectOf } from './project.js';
import { importedSpecifiers, ProjectSession } from './session.js';
import { MAX_NESTING_DEPTH, nestingDepth } from './nesting.js';
import { jsDocument, parseSourceFile, reparse, type JsDocument } from './parse.js';
import { envCopySources } from '../../../../rules/js/env-writes.js';
import { skipOuterExpressions } from './syntax.js';

/** A note when the file had more calls worth evaluating with their arguments than the limit. */
function callNotes(model: LazyModel): Note[] {
  if (!model.built?.callsLimited) return [];
  return [{ kind: 'limit', severity: 'info', message: `only the first ${MAX_CALLS_EVALUATED} calls of project functions with constant arguments were followed into the functions they call` }];
}

/** What runner/importer-uses.ts needs to judge exported options by their importers (none for a file that could not be analysed). */
function exportsAndImports(model: LazyModel, session: ProjectSession, fileName: string): { exportedOptions?: ExportedOptions[]; importUses?: ImportUse[] } {
  const m = model.built;
  if (!m) return {};
  return { exportedOptions: m.looseOptionBags.length > 0 ? exportedOptions(m) : [], importUses: importUses(m, (spec) => session.resolve(fileName, spec)) };
}

export const jsFrontend: Frontend<JsDocument> = {
  id: 'js',
  refuse(text) {
    return nestingDepth(text) > MAX_NESTING_DEPTH ? `skipped: brackets nest more than ${MAX_NESTING_DEPTH} levels deep, past what the parser can take safely` : undefined;
  },
  parse(fileName, text, previous) {
    const reuse = previous && previous.document.fileName === fileName ? previous : undefined;
    return jsDocument(reuse ? reparse(reuse.document.sourceFile, text, reuse.edits) : parseSourceFile(fileName, text));
  },
  commentsHolding: (doc, needle) => commentsHolding(doc.sourceFile, needle),
  directiveEdit: (doc, directive, placement) => directiveEdit(doc.sourceFile, directive, placement),
  runner(doc, environment) {
    const model = new LazyModel(doc.sourceFile);
    if (!environment?.project) {
      return {
        run: (part, report) => (part as JsPart).check(createRuleContext(model, doc.fileName, report)),
        finish: () => ({ dependencies: [], notes: callNotes(model) }),
      };
    }
    // The project model: imports of the project's own files are followed as values need them.
    const session = new ProjectSession(jsProjectOf(environment.project), () => model.get(), doc.fileName, !!environment.importer);
    model.link = session.linkFor(doc.fileName);
    const placer = new ProjectPlacer(doc, model, session);
    return {
      run: (part, report) => (part as JsPart).check(createRuleContext(model, doc.fileName, report, placer, session.project)),
      linkedTexts() {
        // What the rules will look at first: the sinks' options and the option bags.
        const m = model.get();
        void m.allSinkCalls;
        void m.looseOptionBags;
        // And the values written to process-wide knobs (`tls.DEFAULT_MIN_VERSION = LEGACY_MIN`).
        for (const a of m.index.assignments) if (isProcessKnob(a.left)) m.values.valueOf(a.right);
        // And the objects copied into process.env wholesale (`process.env[k] ??= v` over an imported ENV_DEFAULTS).
        for (const e of envCopySources(m.index.assignments, m.index.calls, namesProcessEnv)) m.values.valueOf(e);
        // Linted for what it imports: every project file it imports may hold what its calls pass on.
        if (environment.importer === true) session.readImports(doc.sourceFile);
        else for (const file of environment.importer ?? []) session.read(path.normalize(file));
        return session.texts();
      },
      finish() {
        let exports: ExportSummary | undefined;
        try {
          exports = exportSummary(model.get());
        } catch (err) {
          if (!(err instanceof DocumentError)) throw err;
        }
        const deferred = [...(model.built?.callsDeferred ?? [])].sort();
        return { dependencies: session.dependencies(), notes: [...session.notes(), ...callNotes(model)], exports, deferred, ...exportsAndImports(model, session, doc.fileName) };
      },
    };
  },
  keepFixesThatParse: (doc, findings) => keepFixesThatParse(doc.sourceFile, findings),
  importedSpecifiers,
  projectImportNeedles: (fileName, project) => jsProjectOf(project).aliasNeedles(path.dirname(fileName)),
  dataNeedles: DATA_NEEDLES,
  dataTexts(fileName, input, project) {
    // Bytes are decoded only when they may name a data file.
    const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
    return dataModuleTexts(fileName, text, jsProjectOf(project));
  },
};

/** Process-wide TLS settings a file may set from a constant of another file. */
const PROCESS_KNOBS = new Set(['DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION', 'DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE', 'NODE_TLS_REJECT_UNAUTHORIZED', 'NODE_OPTIONS']);

/** `process.env` as written (the rules judge what it really is; this only reads what the file copies). */
function namesProcessEnv(e: ts.Expression): boolean {
  const x = skipOuterExpressions(e);
  return ts.isPropertyAccessExpression(x) && x.name.text === 'env' && ts.isIdentifier(x.expression) && x.expression.text === 'process';
}

function isProcessKnob(target: ts.Expression): boolean {
  const name = ts.isPropertyAccessExpression(target) ? target.name.text : ts.isElementAccessExpression(target) && ts.isStringLiteral(target.argumentExpression) ? target.argumentExpression.text : undefined;
  return name !== undefined && PROCESS_KNOBS.has(name);
}
