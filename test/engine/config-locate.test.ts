// Where a configuration problem is in the file, for the editor's diagnostic on the file itself.
// Ranges are written as ⟦markers⟧ around the expected text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, locateProblems, parseConfigText, parsePackageJsonConfig } from '../../server/src/engine/config/index.js';

const RULE_IDS = ['no-weak-cipher', 'require-servername'];

/** The text without its markers, and the marked ranges as "line:col-line:col" (zero-based). */
function marked(source: string): { text: string; ranges: string[] } {
  let text = '';
  const ranges: string[] = [];
  let open: string | undefined;
  const here = () => {
    const lines = text.split(/\r\n|\r|\n/);
    return `${lines.length - 1}:${lines[lines.length - 1].length}`;
  };
  for (const ch of source) {
    if (ch === '⟦') open = here();
    else if (ch === '⟧') ranges.push(`${open}-${here()}`);
    else text += ch;
  }
  return { text, ranges };
}

function errorOf(parse: () => unknown): ConfigError {
  try {
    parse();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  assert.fail('expected a ConfigError');
}

const where = (text: string, error: ConfigError) =>
  locateProblems(error, text).map(({ range: r }) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);

describe('locateProblems', () => {
  const cases: [string, string][] = [
    ['a syntax error, one character wide', '{\n  "rules": { "no-weak-cipher": "off"⟦,⟧ }\n}\n'],
    ['a syntax error at the end of the file', '{ "rules": {} ⟦⟧'],
    ['a syntax error after a byte order mark and CRLF lines', '\ufeff{\r\n  "ignore": [⟦\'⟧dist\']\r\n}\r\n'],
    ['an unknown key: the key', '{\n  ⟦"rulez"⟧: {},\n  "other": 1\n}\n'],
    ['an unknown rule: its key', '{ "rules": { "no-weak-cipher": "off", ⟦"no-such"⟧: "off" } }'],
    ['a bad severity: the value', '{ "rules": { "require-servername": ⟦"loud"⟧ } }'],
    ['a bad glob: the element', '{ "ignore": ["dist/**", ⟦""⟧] }'],
    ['several problems: one range each, in order', '{ ⟦"x"⟧: 1, "maxFileSize": ⟦0⟧, "skipMinified": ⟦"no"⟧ }'],
    ['not an object: the whole value', '⟦[1, 2]⟧'],
  ];
  for (const [name, source] of cases) {
    it(name, () => {
      const { text, ranges } = marked(source);
      const error = errorOf(() => parseConfigText(text, '/w/.tlslintrc.json', RULE_IDS));
      assert.deepEqual(where(text, error), ranges);
      assert.equal(locateProblems(error, text).length, error.problems.length);
    });
  }

  it('in package.json: the path under the "tlslint" key', () => {
    const { text, ranges } = marked('{\n  "name": "x",\n  "tlslint": { "rules": { "no-weak-cipher": ⟦true⟧ } }\n}\n');
    const error = errorOf(() => parsePackageJsonConfig(text, '/w/package.json', RULE_IDS));
    assert.deepEqual(where(text, error), ranges);
  });

  it('a problem without a place (an unreadable file) goes at the start', () => {
    const error = new ConfigError('/w/.tlslintrc.json', ['cannot read the file: EACCES']);
    assert.deepEqual(locateProblems(error, ''), [{ message: 'cannot read the file: EACCES', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
  });
});
