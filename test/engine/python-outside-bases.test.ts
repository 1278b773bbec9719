// Classes of the linted file that extend a class of another project module (lang/python/outside-classes.ts):
// the base's module is read, and the rules run over it again, only for a subclass whose class body
// assigns something, the only thing of a subclass a base's method reads (rules/python/classes.ts),
// or that writes to something other than the class's own objects (`Sub.x = …`).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ready } from '../../server/src/linter/index.js';
import { LazyPyModel } from '../../server/src/lang/python/context.js';
import { outsideBases } from '../../server/src/lang/python/outside-classes.js';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { pyProjectOf } from '../../server/src/lang/python/project.js';
import type { PyDocument } from '../../server/src/lang/python/document.js';
import { PySession } from '../../server/src/lang/python/session.js';
import { analyzeText } from '../helpers/lint.js';
import { memoryProject, projectPath } from '../helpers/project.js';

const BASE = 'import requests\n\n\nclass FxClient:\n    verify_ssl = True\n\n    def __init__(self, url):\n        self.session = requests.Session()\n        self.session.verify = self.verify_ssl\n';

const BANK = [
  'from .base import FxClient',
  '',
  '',
  'class Assigns(FxClient):',
  '    verify_ssl = False',
  '',
  '',
  'class WritesAfterInit(FxClient):',
  '    def __init__(self, url):',
  '        super().__init__(url)',
  '        self.verify_ssl = False',
  '',
  '',
  'class WritesElsewhere(FxClient):',
  '    def insecure(self):',
  '        self.verify_ssl = False',
  '',
  '',
  'class SetsNothing(FxClient):',
  '    pass',
  '',
  '',
  '# A write to the class by its name another module may read, importing the class back: looked up as before.',
  'class WritesItsClass(FxClient):',
  '    def setup(self):',
  '        self.ready = True',
  '        WritesItsClass.verify_ssl = False',
  '',
].join('\n');

const FILES = { 'fx/__init__.py': '', 'fx/base.py': BASE, 'fx/bank.py': BANK };

describe('Python subclasses of another module’s classes', () => {
  before(async () => {
    await ready();
  });

  it('looks up the base only for the subclasses whose class body assigns something, or that write to more than their own objects', () => {
    const doc = pythonFrontend.parse(projectPath('fx/bank.py'), BANK) as PyDocument;
    try {
      const project = pyProjectOf(memoryProject(FILES));
      let lazy: LazyPyModel | undefined = undefined;
      const session = new PySession(project, () => lazy!.get(), doc);
      lazy = new LazyPyModel(doc, session.linkFor(doc.fileName));
      const model = lazy.get();
      void model.calls; // the attribute writes, as the rules have built them by then
      const bases = outsideBases(model, session);
      assert.deepEqual(
        bases.map((b) => [b.model.doc.fileName, b.subclasses.map((s) => s.name)]),
        [[projectPath('fx/base.py'), ['Assigns', 'WritesItsClass']]],
      );
      project.release();
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });

  it("reports the class-body assignment the base's method reads, not the methods' writes (it does not see those)", () => {
    const findings = analyzeText(projectPath('fx/bank.py'), BANK, { project: memoryProject(FILES) }).findings;
    assert.deepEqual(
      findings.map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1}`),
      ['no-unverified-certificate 5:18-23'],
    );
  });
});
