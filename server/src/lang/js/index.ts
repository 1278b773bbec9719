// The JavaScript/TypeScript frontend: TypeScript's parser (recovering, incremental), the file
// model rules read (scopes, module bindings, values, sink calls), comments for suppressions, and
// the fix check for files with syntax errors.
import type { JsPart } from '../../../../rules/js/api.js';
import type { Frontend } from '../../engine/language.js';
import { commentsHolding, directiveEdit } from './comments.js';
import { createRuleContext, LazyModel } from './context.js';
import { keepFixesThatParse } from './fix-syntax.js';
import { MAX_NESTING_DEPTH, nestingDepth } from './nesting.js';
import { jsDocument, parseSourceFile, reparse, type JsDocument } from './parse.js';

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
  runner(doc) {
    const model = new LazyModel(doc.sourceFile);
    return { run: (part, report) => (part as JsPart).check(createRuleContext(model, doc.fileName, report)) };
  },
  keepFixesThatParse: (doc, findings) => keepFixesThatParse(doc.sourceFile, findings),
};
