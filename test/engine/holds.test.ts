// JsRuleContext.holds: a needle in the file's text or in the texts of the other files read so far.
// What it found is remembered per needle (lang/js/context.ts), so these cases hold that a text read
// after a first "no" is still searched, and that every context of the same file shares one answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LazyModel, createRuleContext, type ContextProject } from '../../server/src/lang/js/context.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';
import path from 'node:path';
import { diskProject } from '../../server/src/engine/project.js';
import { jsProjectOf } from '../../server/src/lang/js/project.js';
import { tree as scratchTree } from '../helpers/cli.js';

/** A project whose texts grow as the test reads files. */
function growing(): { project: ContextProject; texts: string[] } {
  const texts: string[] = [];
  return { texts, project: { modelOfNode: () => undefined, placement: () => undefined, relatedPlace: () => undefined, texts: () => texts } };
}

describe('JsRuleContext.holds', () => {
  it('finds a needle in a text read after it was first missing, by string and by pattern', () => {
    const model = new LazyModel(parse('a.ts', "import { opts } from './opts';\n"));
    const { project, texts } = growing();
    const ctx = createRuleContext(model, 'a.ts', () => {}, project);
    assert.equal(ctx.holds('rejectUnauthorized'), false);
    assert.equal(ctx.holds(/rejectUnauthorized["']?\s*:\s*false/), false);
    texts.push('export const other = 1;\n');
    assert.equal(ctx.holds('rejectUnauthorized'), false);
    texts.push('export const opts = { rejectUnauthorized: false };\n');
    assert.equal(ctx.holds('rejectUnauthorized'), true);
    // A new context of the same file (the next rule's) sees the same texts.
    const next = createRuleContext(model, 'a.ts', () => {}, project);
    assert.equal(next.holds(/rejectUnauthorized["']?\s*:\s*false/), true);
    assert.equal(next.holds(/rejectUnauthorized["']?\s*:\s*true/), false);
    assert.equal(next.holds(/REJECTUNAUTHORIZED/i), true);
    assert.equal(next.holds(/REJECTUNAUTHORIZED/), false);
  });

  it("finds a needle in the file's own text, with or without a project", () => {
    const model = new LazyModel(parse('a.ts', 'tls.connect({ minDHSize: 512 });\n'));
    assert.equal(createRuleContext(model, 'a.ts', () => {}).holds('minDHSize'), true);
    assert.equal(createRuleContext(model, 'a.ts', () => {}, growing().project).holds(/minDHSize|ecdhCurve/), true);
    assert.equal(createRuleContext(model, 'a.ts', () => {}).holds('ecdhCurve'), false);
  });

  it("asks another file's text each question once when the project's texts stay the same for the run", () => {
    const dir = scratchTree({ 'opts.ts': 'export const opts = { rejectUnauthorized: false };\n' }, 'tlslint-holds-');
    const opts = path.join(dir, 'opts.ts');
    const asked = (keepTexts: boolean) => {
      const js = jsProjectOf(diskProject({ roots: [dir], maxFileSize: 1000, keepTexts }));
      const text = js.files.read(opts)!;
      let looks = 0;
      const project: ContextProject = { modelOfNode: () => undefined, placement: () => undefined, relatedPlace: () => undefined, texts: () => [text] };
      // Two lints of files that read opts.ts, each asking the same needles.
      for (const name of ['a.ts', 'b.ts']) {
        const ctx = createRuleContext(new LazyModel(parse(name, 'x();\n')), name, () => {}, project, {
          holds: (t, key, has) => js.holds(t, key, (u) => (looks++, has(u))),
        });
        assert.equal(ctx.holds(/rejectUnauthorized["']?\s*:\s*false/), true);
        assert.equal(ctx.holds('ecdhCurve'), false);
      }
      return looks;
    };
    assert.equal(asked(true), 2, 'one look per needle for the run');
    assert.equal(asked(false), 4, 'one look per needle and lint when the texts may change');
  });

  it('asks a global pattern anew each time (its lastIndex moves)', () => {
    const model = new LazyModel(parse('a.ts', 'const a = "keylog";\n'));
    const ctx = createRuleContext(model, 'a.ts', () => {}, growing().project);
    const g = /keylog/g;
    assert.equal(ctx.holds(g), true);
    g.lastIndex = 0;
    assert.equal(ctx.holds(g), true);
  });
});
