// Which exports an export summary (lang/js/export-summary.ts) says matter to the files importing
// them: the importer passes (runner/importers.ts) lint the files that name or call those only.
// A CommonJS export of a local function or class (`exports.makeAgent = makeAgent`) is judged as
// the function or class, as `export function makeAgent` is: it matters when what its callers pass
// reaches its TLS options, not because its body names a TLS word.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../helpers/lint.js';
import { memoryProject, projectPath } from '../helpers/project.js';

function summary(text: string) {
  const files = { 'lib.js': text };
  const r = analyzeText(projectPath('lib.js'), text, { project: memoryProject(files) });
  return r.exports;
}

const HELPERS = [
  "const https = require('https');",
  // Its parameter reaches rejectUnauthorized: a caller passing `true` turns it off.
  'function makeAgent(insecure) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}',
  // A TLS word in its body, nothing its callers pass reaches a TLS option.
  "function describeSocket(socket) {\n  if (!socket.authorized) console.warn('rejectUnauthorized is off for', socket.remoteAddress);\n}",
  // A class whose sink reads `this`: it matters where it is extended, not only called.
  'class Client {\n  constructor(o) { this.o = o; }\n  get() { return https.request({ host: this.o.host, rejectUnauthorized: this.o.verify }); }\n}',
].join('\n');

describe('export summaries', () => {
  const cases: { name: string; exports: string }[] = [
    { name: 'ES module exports', exports: 'export { makeAgent, describeSocket, Client };' },
    { name: 'CommonJS exports of the local functions and class', exports: 'exports.makeAgent = makeAgent;\nexports.describeSocket = describeSocket;\nexports.Client = Client;' },
    { name: 'module.exports properties', exports: 'module.exports.makeAgent = makeAgent;\nmodule.exports.describeSocket = describeSocket;\nmodule.exports.Client = Client;' },
    { name: 'a module.exports object', exports: 'module.exports = { makeAgent, describeSocket, Client };' },
  ];
  for (const c of cases) {
    it(`${c.name}: a function whose parameter reaches a TLS option and a class whose sink reads this are followed; one that only names a TLS word is not`, () => {
      const s = summary(`${HELPERS}\n${c.exports}\n`);
      assert.deepEqual(s?.names, ['Client', 'makeAgent']);
      assert.deepEqual(s?.calls, ['describeSocket', 'makeAgent']);
    });
  }

  it('a CommonJS export whose key is the setting (`module.exports = Object.freeze({ NODE_TLS_REJECT_UNAUTHORIZED: "0" })`, `exports.X =`) matters; one with no TLS key does not', () => {
    const frozen = summary("module.exports = Object.freeze({\n  FORCE_COLOR: '1',\n  NODE_TLS_REJECT_UNAUTHORIZED: '0',\n});\n");
    assert.deepEqual(frozen, { names: ['NODE_TLS_REJECT_UNAUTHORIZED'], calls: [], passesOn: [], all: ['FORCE_COLOR', 'NODE_TLS_REJECT_UNAUTHORIZED'], commonJs: true });
    assert.deepEqual(summary("exports.TZ = 'UTC';\nexports.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n")?.names, ['NODE_TLS_REJECT_UNAUTHORIZED']);
    assert.equal(summary("module.exports = Object.freeze({ FORCE_COLOR: '1', TZ: 'UTC' });\n"), undefined);
    // Not the global Object: not known to be the literal it is given.
    assert.equal(summary("const Object = { freeze: () => ({}) };\nmodule.exports = Object.freeze({ NODE_TLS_REJECT_UNAUTHORIZED: '0' });\n"), undefined);
  });

  it('an export using a module bound whole uses the member it reads, or the whole module (`*`); an ES module is no CommonJS one', () => {
    const s = summary(
      "import * as lib from './agent';\nconst DEFAULTS = require('./defaults');\nexport function client(o) {\n  return lib.makeAgent(o.insecure);\n}\nexport function apply(env = process.env) {\n  Object.assign(env, DEFAULTS);\n}\n",
    );
    assert.deepEqual(s?.passesOn, [
      { name: 'client', uses: [{ specifier: './agent', name: 'makeAgent' }] },
      { name: 'apply', uses: [{ specifier: './defaults', name: '*' }] },
    ]);
    assert.equal(s?.commonJs, undefined);
  });

  it('a CommonJS export of a value is still judged as a value (its declaration holds TLS settings)', () => {
    const s = summary("const OPTIONS = { rejectUnauthorized: false };\nfunction plain() { return 1; }\nexports.OPTIONS = OPTIONS;\nexports.plain = plain;\n");
    assert.deepEqual(s?.names, ['OPTIONS']);
    assert.deepEqual(s?.calls, ['plain']);
  });

  it("a function returning a top-level value of the file that holds TLS settings (a switch array, under a condition too) matters; one that only reads it does not", () => {
    const s = summary(
      "const CHROME_FLAGS = ['--no-sandbox', '--ignore-certificate-errors'];\nconst SAFE_FLAGS = ['--no-sandbox'];\nexport function flagsFor(target) {\n  return target === 'staging' ? CHROME_FLAGS : SAFE_FLAGS;\n}\nexport function flagCount() {\n  console.log(CHROME_FLAGS.length);\n  return 2;\n}\nexport function safeFlags() {\n  return SAFE_FLAGS;\n}\n",
    );
    assert.deepEqual(s?.names, ['flagsFor']);
    assert.deepEqual(s?.calls, ['flagCount', 'flagsFor', 'safeFlags']);
  });
});
