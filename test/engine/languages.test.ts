// The languages registry (protocol/languages.ts): which language a file name is, with the name
// patterns and by-name-only languages the project files need.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globToRegExp, languageOfDocument, languageOfFile } from '../../protocol/languages.js';

const lang = (f: string) => languageOfFile(f)?.id;

describe('languages registry', () => {
  it('claims project files by exact name, pattern and extension', () => {
    const table: [string, string | undefined][] = [
      ['package.json', 'json'], ['/w/app/package.json', 'json'], ['C:\\w\\package.json', 'json'], ['ecosystem.config.json', 'json'],
      ['tsconfig.json', undefined], ['Package.json', undefined], ['data.json', undefined],
      ['.npmrc', 'npmrc'], ['.yarnrc', 'npmrc'], ['.yarnrc.yml', 'yaml'],
      ['.env', 'dotenv'], ['.env.local', 'dotenv'], ['.env.production.local', 'dotenv'], ['.env.example', 'dotenv'], ['.envrc', undefined], ['env', undefined],
      ['Dockerfile', 'dockerfile'], ['Dockerfile.prod', 'dockerfile'], ['dockerfile.dev', 'dockerfile'], ['api.Dockerfile', 'dockerfile'], ['Containerfile', 'dockerfile'],
      ['compose.yaml', 'yaml'], ['.github/workflows/ci.yml', 'yaml'], ['values.yaml', 'yaml'],
      // A code extension wins over a name pattern; a declaration file stays unread.
      ['.env.js', 'js'], ['Dockerfile.ts', 'js'], ['.env.d.ts', undefined], ['ecosystem.config.js', 'js'],
    ];
    for (const [file, id] of table) assert.equal(lang(file), id, file);
  });

  it('reads json, ini and properties documents by name only; yaml and dockerfile by editor language too', () => {
    assert.equal(languageOfDocument('/w/tsconfig.json', 'json'), undefined);
    assert.equal(languageOfDocument(undefined, 'json'), undefined);
    assert.equal(languageOfDocument('/w/setup.ini', 'ini'), undefined);
    assert.equal(languageOfDocument('/w/.npmrc', 'ini')?.id, 'npmrc');
    assert.equal(languageOfDocument(undefined, 'yaml')?.id, 'yaml');
    assert.equal(languageOfDocument('/w/build.docker', 'dockerfile')?.id, 'dockerfile');
    assert.equal(languageOfDocument(undefined, 'typescript')?.id, 'js');
  });

  it('turns base-name globs into anchored, case-blind patterns', () => {
    assert.ok(globToRegExp('.env.*').test('.env.local'));
    assert.ok(!globToRegExp('.env.*').test('x.env.local'));
    assert.ok(!globToRegExp('.env.*').test('.env'));
    assert.ok(globToRegExp('Dockerfile.*').test('dockerfile.dev'));
    assert.ok(!globToRegExp('Dockerfile.*').test('Dockerfile.dev/x'));
  });
});
