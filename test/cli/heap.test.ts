// The CLI bounds how far V8's old generation grows between full collections (runner/heap.ts),
// unless the user chose a growth factor of their own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundHeapGrowth } from '../../server/src/runner/heap.js';

describe('heap growth of a batch', () => {
  it("leaves a user's own --heap-growing-percent alone, in node's arguments or NODE_OPTIONS", () => {
    assert.equal(boundHeapGrowth(['--heap-growing-percent=200'], ''), false);
    assert.equal(boundHeapGrowth([], '--max-old-space-size=4096 --heap_growing_percent=20'), false);
  });

  it('sets it otherwise', () => {
    assert.equal(boundHeapGrowth(['--enable-source-maps'], '--max-old-space-size=4096'), true);
  });
});
