// JsRuleContext.holds: a needle in the file's text or in the texts of the other files read so far.
// What it found is remembered per needle (lang/js/context.ts), so these cases hold that a text read
// after a first "no" is still searched, and that every context of the same file shares one answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LazyModel, createRuleContext, type ContextProject } from '../../server/src/lang/js/context.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';

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

  it('asks a global pattern anew each time (its lastIndex moves)', () => {
    const model = new LazyModel(parse('a.ts', 'const a = "keylog";\n'));
    const ctx = createRuleContext(model, 'a.ts', () => {}, growing().project);
    const g = /keylog/g;
    assert.equal(ctx.holds(g), true);
    g.lastIndex = 0;
    assert.equal(ctx.holds(g), true);
  });
});
