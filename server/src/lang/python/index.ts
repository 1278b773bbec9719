// The Python frontend: tree-sitter's Python grammar (WebAssembly, loaded once by init), the file
// model Python parts read (scopes, values, calls, objects), `#` comments for suppressions, and
// the fix check for files with syntax errors.
import type { PyPart } from '../../../../rules/python/api.js';
import type { Frontend } from '../../engine/language.js';
import { commentsHolding, directiveEdit } from './comments.js';
import { createPyContext, LazyPyModel } from './context.js';
import { pyDocument, type PyDocument } from './document.js';
import { keepFixesThatParse } from './fix-syntax.js';
import { mayFire } from './name-uses.js';
import { initParser, parseTree, reparseTree } from './parser.js';
import { pythonTarget } from './target.js';

export const pythonFrontend: Frontend<PyDocument> = {
  id: 'python',
  init: initParser,
  parse(fileName, text, previous) {
    if (previous && !previous.document.disposed && previous.document.fileName === fileName) {
      const old = previous.document;
      old.disposed = true;
      return pyDocument(fileName, text, reparseTree(old.tree, old.text, text));
    }
    if (previous) pythonFrontend.dispose!(previous.document);
    return pyDocument(fileName, text, parseTree(text));
  },
  commentsHolding,
  directiveEdit,
  runner(doc, environment) {
    const model = new LazyPyModel(doc);
    const python = pythonTarget(environment?.config);
    return { run: (part, report) => (part as PyPart).check(createPyContext(model, python, report)) };
  },
  mayFire,
  keepFixesThatParse,
  dispose(doc) {
    if (doc.disposed) return;
    doc.disposed = true;
    doc.tree.delete();
  },
};
