// The Python model files each call by the last identifier of its callee as it makes the calls
// (calls.ts makeCall), for the parameter values' call sites (params.ts callsNamed); reading the
// callee nodes again (readCallsByName) must give the same map, call for call and in order, also
// where makeCall names the call otherwise (`functools.partial`, `threading.Thread`) or makes none.
// test-unit: own process (about 2 s of CPU: 300 inputs parsed, indexed and their calls made)
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { makeCall } from '../../server/src/lang/python/calls.js';
import { readCallsByName } from '../../server/src/lang/python/params.js';
import { buildScopes } from '../../server/src/lang/python/scope-build.js';
import { ValueResolver } from '../../server/src/lang/python/values.js';
import { makeInput, plannedInputs, prepare } from '../fuzz/harness.js';

function mapText(byName: Map<string, Node[]>): string {
  return JSON.stringify([...byName].map(([name, calls]) => [name, calls.map((c) => c.id)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
}

/** Whether the two maps agree; how many calls the file has. */
function compare(text: string, label: string): number {
  const doc = pythonFrontend.parse('x.py', text);
  try {
    const index = buildScopes(doc.tree);
    const values = new ValueResolver(index);
    const filed = new Map<string, Node[]>();
    for (const n of index.calls) makeCall(n, values, filed);
    assert.equal(mapText(filed), mapText(readCallsByName(index)), `${label}: the calls filed by makeCall differ from the callees read again`);
    return index.calls.length;
  } finally {
    pythonFrontend.dispose!(doc);
  }
}

const TRICKY: Record<string, string> = {
  plain: 'f(a)\nx.g(b)\nx.y.h()\nd["k"](1)\nf(a)(b)(c)\n(lambda: 1)()\n',
  partial: 'import functools\nfrom functools import partial\np = functools.partial(requests.get, verify=False)\nq = partial(get, 1)\nr = my.partial(x)\ns = functools.partial()\n',
  thread: 'import threading\nt = threading.Thread(target=ws.run_forever, kwargs={"sslopt": o})\nu = threading.Thread(target=run)\nv = Thread(target=w.run, kwargs=k)\n',
  broken: 'f(\nx.g(\nh)(\ncall(a=\n',
};

describe('Python calls by name: filed as the model makes them, as read from their callees', () => {
  before(() => prepare('python'));

  it('on plain, partial, Thread and broken calls', () => {
    for (const [label, text] of Object.entries(TRICKY)) assert.ok(compare(text, label) > 0, `${label}: no call`);
  });

  it('on every Python seed of the fuzzer, its truncations and 100 random inputs', () => {
    const opts = { lang: 'python', truncateAllUpTo: 10, maxChars: 16 * 1024, count: 100 } as const;
    const total = plannedInputs(opts);
    let calls = 0;
    for (let i = 0; i < total; i++) {
      const input = makeInput(20261207, i, opts);
      calls += compare(input.text, `${input.id} (${input.generator} ${input.origin ?? ''})`);
    }
    assert.ok(calls > total, `only ${calls} calls in ${total} inputs`);
  });
});
