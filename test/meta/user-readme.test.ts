// README.vsix.md, the extension's Marketplace page (packed as readme.md by `npm run package`),
// stays in step with the rule catalog, the commands and the settings, shows only images packed in
// the vsix, and holds no developer material (that is README.md's).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { rules } from '../../rules/index.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const readme = readFileSync(path.join(ROOT, 'README.vsix.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const allowed = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('!'))
  .map((l) => l.slice(1).trim());
const packed = picomatch(allowed);

describe('the Marketplace README (README.vsix.md)', () => {
  it('lists every rule with its description and default severity, linking its bundled page', () => {
    for (const { meta } of rules) {
      const row = `| [${meta.id}](docs/rules/${meta.id}.md) | ${meta.description} | ${meta.defaultSeverity} |`;
      assert.ok(readme.includes(row), `no row: ${row}`);
    }
    const rows = readme.split('\n').filter((l) => /^\| \[[a-z-]+\]\(docs\/rules\//.test(l));
    assert.equal(rows.length, rules.length, 'no row for a rule that does not exist');
  });

  it('names every command as the palette shows it', () => {
    for (const c of pkg.contributes.commands as { title: string; category: string }[]) {
      assert.ok(readme.includes(`| ${c.category}: ${c.title} |`), `${c.category}: ${c.title}`);
    }
  });

  it('describes every setting, with its default', () => {
    const properties = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    for (const [key, s] of Object.entries(properties)) {
      const name = key.startsWith('tlslint.rules.') ? 'tlslint.rules.<rule>' : key;
      assert.ok(readme.includes(`| \`${name}\` | \`${JSON.stringify(s.default).replace(/^"|"$/g, '')}\` |`), `${name} with default ${JSON.stringify(s.default)}`);
    }
  });

  it('shows only images that exist and are packed in the vsix, by relative paths', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 3, 'screenshots');
    for (const image of images) {
      assert.doesNotMatch(image, /^[a-z]+:/i, `${image}: relative, so it is read from the vsix`);
      assert.ok(existsSync(path.join(ROOT, image)), `${image} exists`);
      assert.ok(packed(image), `${image} is packed (.vscodeignore)`);
    }
    for (const [, link] of readme.matchAll(/[^!]\[[^\]]*\]\((docs\/[^)#]+)/g)) assert.ok(packed(link) && existsSync(path.join(ROOT, link)), `${link} is packed`);
  });

  it('is for users: no test matrix, fuzzing, benchmarks or build steps', () => {
    assert.doesNotMatch(readme, /npm (test|ci|run)|fuzz|bench|code-server|e2e/i);
  });
});
