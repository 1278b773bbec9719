// The pre-commit hook (.pre-commit-hooks.yaml) passes the files tlslint reads: every name the
// languages registry claims (extensions, exact names, name patterns, in a folder or not) matches
// its `files` and not its `exclude`; names tlslint does not read (declaration files, other JSON,
// Markdown) are not passed. pre-commit applies both with Python's re.search.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { LANGUAGES, languageOfFile } from '../../protocol/languages.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; files: string; exclude: string }>;

/** Python's leading (?i) as JavaScript's i flag (Node 20 has no inline flags). */
function pythonRegExp(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
}
const files = pythonRegExp(hook.files);
const exclude = pythonRegExp(hook.exclude);
const passed = (name: string) => files.test(name) && !exclude.test(name);

/** Names each language claims: an extension, an exact name, a name pattern's instance. */
const CLAIMED = LANGUAGES.flatMap((l) => [
  ...l.extensions.flatMap((e) => [`a${e}`, `A${e.toUpperCase()}`]),
  ...(l.fileNames ?? []),
  ...(l.namePatterns ?? []).map((p) => p.replace('*', 'production')),
]);
const NOT_READ = ['README.md', 'tsconfig.json', 'src/data.json', 'a.d.ts', 'types/b.d.mts', 'c.d.css.ts', 'setup.ini', 'notes.env', 'my-package.json', 'Makefile', 'docs/npmrc.md'];

describe('the pre-commit hook passes what tlslint reads', () => {
  it('every name the registry claims, at the root and in a folder', () => {
    assert.ok(CLAIMED.length > 20);
    for (const name of CLAIMED.flatMap((n) => [n, `sub/dir/${n}`])) {
      assert.ok(languageOfFile(name), `${name} is read by tlslint`);
      assert.ok(passed(name), `${name} is passed by the hook`);
    }
  });

  it('not names tlslint leaves alone', () => {
    for (const name of NOT_READ) {
      assert.equal(languageOfFile(name), undefined, `${name} is not read by tlslint`);
      assert.ok(!passed(name), `${name} is not passed by the hook`);
    }
  });
});
