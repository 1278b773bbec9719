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
import { importedSpecifiers, linkedTexts } from './imports.js';
import { pyProjectOf } from './project.js';
import { outsideBases, outsideContext } from './outside-classes.js';
import { mayFireIn, outsideCallees, outsideCallersContext } from './outside-callers.js';
import { PySession } from './session.js';

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
    const python = pythonTarget(environment?.config);
    if (!environment?.project) {
      const model = new LazyPyModel(doc);
      return { run: (part, report) => (part as PyPart).check(createPyContext(model, python, report)) };
    }
    // The project model: imports of the project's own modules are followed as values need them.
    const project = pyProjectOf(environment.project);
    let model: LazyPyModel | undefined = undefined;
    const session = new PySession(project, () => model!.get(), doc);
    model = new LazyPyModel(doc, session.linkFor(doc.fileName));
    const lazy = model;
    return {
      run: (part, report) => {
        const ctx = createPyContext(lazy, python, report, session);
        (part as PyPart).check(ctx);
        // The modules of the base classes this file's classes extend, for what those subclasses set.
        for (const base of outsideBases(lazy.get(), session)) (part as PyPart).check(outsideContext(base, python, ctx, session));
        // The modules whose functions this file calls, for what these calls pass them.
        for (const callee of outsideCallees(lazy.get(), session)) {
          const callers = mayFireIn(callee, part) ? outsideCallersContext(callee, python, ctx, session) : undefined;
          if (callers) (part as PyPart).check(callers);
        }
      },
      linkedTexts: () => linkedTexts(lazy, session, (m) => outsideCallees(m, session)),
      finish() {
        project.release();
        return { dependencies: session.dependencies(), notes: session.notes() };
      },
    };
  },
  mayFire,
  keepFixesThatParse,
  importedSpecifiers,
  // A Python file no rule looks at is not linted for what it imports: values flow from the modules
  // it imports into its own sinks, never the other way (no importer passes).
  importerPasses: false,
  dispose(doc) {
    if (doc.disposed) return;
    doc.disposed = true;
    doc.tree.delete();
  },
};
