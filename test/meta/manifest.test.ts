// The extension manifest (package.json) stays in step with the rule catalog, the protocol the
// client and server share, and the client's code.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { docsUrl } from '../../rules/docs-url.js';
import { rules } from '../../rules/index.js';
import { activationLanguages, documentSelector, LANGUAGES as REGISTRY } from '../../protocol/languages.js';
import { ClientCommands, DEFAULT_SETTINGS, ServerCommands } from '../../protocol/protocol.js';
import { isLinted } from '../../server/src/lsp/document-linter.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
interface Setting {
  type: string | string[];
  default: unknown;
  scope?: string;
  enum?: string[];
  enumDescriptions?: string[];
  markdownDescription?: string;
  description?: string;
}
const properties: Record<string, Setting> = pkg.contributes?.configuration?.properties ?? {};
const RULE_PREFIX = 'tlslint.rules.';
const SEVERITIES = ['default', 'off', 'info', 'warning', 'error'];
const clientSource = readdirSync(path.join(ROOT, 'client', 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'))
  .join('\n');

describe('extension settings', () => {
  it('has a tlslint.rules.<id> setting for every rule in the catalog, and none for other ids', () => {
    const fromSettings = Object.keys(properties).filter((k) => k.startsWith(RULE_PREFIX)).map((k) => k.slice(RULE_PREFIX.length));
    assert.deepEqual(fromSettings, rules.map((r) => r.meta.id), 'same ids, in catalog order');
  });

  for (const { meta } of rules) {
    it(`tlslint.rules.${meta.id} follows the rule's metadata`, () => {
      const s = properties[`${RULE_PREFIX}${meta.id}`];
      assert.ok(s);
      assert.equal(s.type, 'string');
      assert.deepEqual(s.enum, SEVERITIES);
      assert.equal(s.default, 'default');
      assert.equal(s.scope, 'resource');
      assert.equal(s.markdownDescription, `${meta.description} [Documentation](${docsUrl(meta.id)})`);
      assert.equal(s.enumDescriptions?.length, SEVERITIES.length);
      assert.ok(s.enumDescriptions![0].includes(`(${meta.defaultSeverity})`), `"default" names the default severity: ${s.enumDescriptions![0]}`);
      assert.match(docsUrl(meta.id), new RegExp(`/docs/rules/${meta.id}\\.md$`));
      assert.ok(existsSync(path.join(ROOT, 'docs', 'rules', `${meta.id}.md`)), `docs/rules/${meta.id}.md exists`);
    });
  }

  it('has exactly enable, run, testFiles, includeInfo, trace.server and the rule settings', () => {
    const others = Object.keys(properties).filter((k) => !k.startsWith(RULE_PREFIX)).sort();
    assert.deepEqual(others, ['tlslint.enable', 'tlslint.includeInfo', 'tlslint.run', 'tlslint.testFiles', 'tlslint.trace.server']);
    assert.ok(Object.keys(properties).every((k) => k.startsWith('tlslint.')));
  });

  it("covers every field of the server's settings, with the server's defaults", () => {
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      const has = key === 'rules' ? Object.keys(properties).some((k) => k.startsWith(RULE_PREFIX)) : `tlslint.${key}` in properties;
      assert.ok(has, `setting for ${key}`);
    }
    assert.equal(properties['tlslint.enable'].type, 'boolean');
    assert.equal(properties['tlslint.enable'].default, DEFAULT_SETTINGS.enable);
    assert.deepEqual(properties['tlslint.run'].enum, ['onType', 'onSave']);
    assert.equal(properties['tlslint.run'].default, DEFAULT_SETTINGS.run);
    // An array with a default, not null-or-array: the settings UI edits it as a list.
    assert.equal(properties['tlslint.testFiles'].type, 'array');
    assert.deepEqual((properties['tlslint.testFiles'] as Setting & { items?: { type: string } }).items, { type: 'string' });
    assert.deepEqual(properties['tlslint.testFiles'].default, DEFAULT_SETTINGS.testFiles);
    assert.equal(properties['tlslint.includeInfo'].type, 'boolean');
    assert.equal(properties['tlslint.includeInfo'].default, DEFAULT_SETTINGS.includeInfo);
    assert.deepEqual(properties['tlslint.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(properties['tlslint.trace.server'].default, 'off');
  });

  it('scopes every setting to the resource, except the trace (one server per window)', () => {
    for (const [key, s] of Object.entries(properties)) {
      assert.equal(s.scope, key === 'tlslint.trace.server' ? 'window' : 'resource', key);
      assert.ok(s.markdownDescription ?? s.description, `${key} has a description`);
    }
  });
});

describe('extension commands and activation', () => {
  const commands: { command: string; title: string; category?: string }[] = pkg.contributes?.commands ?? [];

  it('contributes every client command, in the "tlslint" category, and no server command', () => {
    assert.deepEqual(commands.map((c) => c.command).sort(), Object.values(ClientCommands).sort());
    for (const c of commands) {
      assert.equal(c.category, 'tlslint', c.command);
      assert.ok(c.title.length > 0 && !/tlslint/i.test(c.title), `${c.command}: the category already says "tlslint"`);
    }
    const serverIds: string[] = Object.values(ServerCommands);
    assert.ok(commands.every((c) => !serverIds.includes(c.command)), 'server commands are not for the palette');
  });

  it('names the four palette commands the issue asks for', () => {
    const titles = Object.fromEntries(commands.map((c) => [c.command, c.title]));
    assert.equal(titles[ClientCommands.scanWorkspace], 'Scan Workspace');
    assert.equal(titles[ClientCommands.clearWorkspaceResults], 'Clear Workspace Results');
    assert.equal(titles[ClientCommands.showOutput], 'Show Output');
    assert.equal(titles[ClientCommands.restartServer], 'Restart Server');
  });

  it('the client registers exactly the contributed commands, and uses only protocol ids that exist', () => {
    const registered = [...clientSource.matchAll(/registerCommand\(ClientCommands\.(\w+)/g)].map((m) => m[1]);
    assert.deepEqual(registered.sort(), Object.keys(ClientCommands).sort());
    for (const [, group, name] of clientSource.matchAll(/\b(ClientCommands|ServerCommands)\.(\w+)/g)) {
      const ids = group === 'ClientCommands' ? ClientCommands : ServerCommands;
      assert.ok(name in ids, `${group}.${name} exists in protocol.ts`);
    }
    assert.ok(!/['"]tlslint\.\w+['"]/.test(clientSource.replace(/'tlslint\.status'/, '')), 'command ids come from protocol.ts, not string literals');
  });

  it('activates on the languages of the registry (protocol/languages.ts) and the scan command, never on *', () => {
    const events: string[] = pkg.activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
    assert.deepEqual([...events].sort(), [...activationLanguages().map((l) => `onLanguage:${l}`), `onCommand:${ClientCommands.scanWorkspace}`].sort());
  });

  it("the client's document selector is the registry's, and the server lints what it sends", () => {
    assert.match(clientSource, /documentSelector: documentSelector\(\)/);
    assert.doesNotMatch(clientSource, /language: '/, 'no language id written by hand in the client');
    const selector = documentSelector();
    for (const lang of REGISTRY) {
      for (const id of lang.lspLanguageIds) {
        // A language read by file name only (`json`: package.json) leaves the editor language to its names.
        const byLanguage = selector.some((f) => f.scheme === 'file' && f.language === id) && selector.some((f) => f.scheme === 'untitled' && f.language === id);
        assert.equal(byLanguage, !lang.byFileNameOnly || REGISTRY.some((l) => !l.byFileNameOnly && l.lspLanguageIds.includes(id)), id);
        if (lang.byFileNameOnly) continue;
        assert.ok(isLinted('untitled:Untitled-1', id), `the server lints an untitled ${id} document`);
        assert.ok(isLinted(`file:///w/a${lang.extensionOf[id] ?? lang.extensions[0]}`, id), `the server lints a ${id} file`);
      }
      for (const ext of lang.extensions) assert.ok(isLinted(`file:///w/a${ext}`, 'plaintext'), `the server lints a${ext} whatever the editor calls it`);
      for (const name of [...(lang.fileNames ?? []), ...(lang.namePatterns ?? [])]) {
        assert.ok(selector.some((f) => f.pattern === `**/${name}`), name);
        const example = name.replace('*', 'production');
        assert.ok(isLinted(`file:///w/${example}`, 'plaintext'), example);
      }
    }
    // By-name-only languages: their editor language claims nothing else.
    assert.ok(!isLinted('file:///w/tsconfig.json', 'json'), 'tsconfig.json is not package.json');
    assert.ok(!isLinted('untitled:Untitled-1', 'json'), 'an untitled JSON document is not package.json');
    assert.ok(!isLinted('file:///w/setup.ini', 'ini'), 'an .ini file is not .npmrc');
    assert.ok(isLinted('file:///w/.github/workflows/ci.yml', 'yaml') && isLinted('file:///w/Dockerfile', 'dockerfile'));
    assert.ok(!isLinted('file:///w/notes.md', 'markdown'), 'nor anything else');
  });

  it('watches the configuration files the server reads', () => {
    assert.match(clientSource, /CONFIG_FILE_GLOBS = \['\*\*\/\.tlslintrc\.json', '\*\*\/package\.json'\]/);
  });
});

describe('one name everywhere', () => {
  it('"tlslint" in the display name, the settings title, the command category and what the client shows; never "TLS Lint"', () => {
    assert.equal(pkg.displayName, 'tlslint');
    assert.equal(pkg.contributes.configuration.title, 'tlslint');
    const shown = JSON.stringify(pkg) + clientSource;
    assert.doesNotMatch(shown, /TLS ?Lint/, 'the old name');
    assert.match(clientSource, /CLIENT_NAME = 'tlslint'/);
  });
});

describe('extension manifest', () => {
  it('declares Restricted Mode and virtual workspace support, with reasons', () => {
    const caps = pkg.capabilities;
    assert.equal(caps.untrustedWorkspaces.supported, true);
    assert.match(caps.untrustedWorkspaces.description, /only parses code/);
    assert.ok([true, false, 'limited'].includes(caps.virtualWorkspaces.supported));
    assert.ok(typeof caps.virtualWorkspaces === 'boolean' || caps.virtualWorkspaces.description.length > 20);
  });

  it('points main at the client bundle, and the icon at a 128×128 PNG', () => {
    assert.equal(pkg.main, './dist/extension.js');
    const icon = readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(icon.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  });

  it('packages with a pinned vsce from tools/package, production bundles first and without dependencies', () => {
    const tools = JSON.parse(readFileSync(path.join(ROOT, 'tools', 'package', 'package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'tools', 'package', 'package-lock.json'), 'utf8'));
    assert.match(tools.devDependencies['@vscode/vsce'], /^\d+\.\d+\.\d+$/);
    assert.equal(lock.packages['node_modules/@vscode/vsce'].version, tools.devDependencies['@vscode/vsce'], 'the lock file matches the pin');
    assert.equal(tools.allowScripts['@vscode/vsce-sign'], true);
    assert.ok(!('@vscode/vsce' in pkg.devDependencies), 'vsce is not in every npm ci');
    assert.equal(pkg.scripts.package, 'node scripts/package.mjs');
    const script = readFileSync(path.join(ROOT, 'scripts', 'package.mjs'), 'utf8');
    const build = script.indexOf("run(['esbuild.mjs', '--production'])");
    const vsce = script.indexOf("'package', '--no-dependencies', '--readme-path', 'README.vsix.md', '--no-rewrite-relative-links', '-o', 'tlslint.vsix'");
    assert.ok(build > 0 && vsce > build, "production bundles first, then vsce package --no-dependencies with the user's README");
    assert.ok(!('vscode:prepublish' in pkg.scripts), 'the package script builds; vsce must not build again');
    const typesVscode = pkg.devDependencies['@types/vscode'];
    assert.equal(`^${typesVscode}`, pkg.engines.vscode, '@types/vscode matches the oldest VS Code supported');
  });

  it('type-checks the client in typecheck, lint and test', () => {
    for (const script of ['typecheck', 'lint']) assert.match(pkg.scripts[script], /tsc -p client\/tsconfig\.json/, script);
    // npm test runs scripts/test.mjs, which builds every project before any test.
    assert.equal(pkg.scripts.test, 'node scripts/test.mjs');
    const testScript = readFileSync(path.join(ROOT, 'scripts', 'test.mjs'), 'utf8');
    for (const project of ['tsconfig.json', 'client/tsconfig.json', 'test/e2e/tsconfig.json']) assert.ok(testScript.includes(`'-p', '${project}'`), project);
  });

  it('.vscodeignore is an allow-list', () => {
    const lines = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**');
    assert.deepEqual(lines.slice(1).sort(), ['!CHANGELOG.md', '!LICENSE', '!dist/extension.js', '!dist/server.js', '!dist/tree-sitter-python.wasm', '!dist/typescript.js', '!dist/web-tree-sitter.wasm', '!dist/worker.js', '!docs/rules/*.md', '!images/*.png', '!package.json']);
  });
});
