// The project model's boundaries and limits: what the disk project files let it read (inside the
// roots, not under node_modules, not through a link out of them, not past the size limit), an
// open buffer winning over the disk, the limits on files, chains and calls (each with a note),
// results that do not depend on the order files were linted in, and parsed files (with their
// export tables) kept by content.
import assert from 'node:assert/strict';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { diskProject } from '../../server/src/engine/project.js';
import { MAX_CALLS_EVALUATED } from '../../server/src/lang/js/call-sinks.js';
import { jsProjectOf } from '../../server/src/lang/js/project.js';
import { exportTable } from '../../server/src/lang/js/exports.js';
import { MAX_CHAIN, MAX_FILES, ProjectSession } from '../../server/src/lang/js/session.js';
import { analyzeText } from '../helpers/lint.js';
import { lintProject, memoryProject, projectPath } from '../helpers/project.js';
import { tree as scratchTree } from '../helpers/cli.js';

// Scratch trees live under the unit runner's temporary folder, removed after the run.
const tree = (files: Record<string, string>) => scratchTree(files, 'tlslint-project-files-');

describe('disk project files', () => {
  it('read inside the roots only: not outside, not under node_modules, not through a link out, not past the size limit', () => {
    const dir = tree({ 'app/a.ts': 'a', 'app/node_modules/x/index.js': 'x', 'app/big.ts': 'x'.repeat(2000), 'outside/secret.ts': 's', 'app/notes.txt': 'n' });
    symlinkSync(path.join(dir, 'outside', 'secret.ts'), path.join(dir, 'app', 'link.ts'));
    const files = diskProject({ roots: [path.join(dir, 'app')], maxFileSize: 1000 });
    assert.equal(files.read(path.join(dir, 'app/a.ts')), 'a');
    assert.equal(files.read(path.join(dir, 'outside/secret.ts')), undefined);
    assert.equal(files.read(path.join(dir, 'app/link.ts')), undefined);
    assert.equal(files.read(path.join(dir, 'app/node_modules/x/index.js')), undefined);
    assert.equal(files.fileExists(path.join(dir, 'app/node_modules/x/index.js')), false);
    assert.equal(files.read(path.join(dir, 'app/big.ts')), undefined);
    assert.equal(files.read(path.join(dir, 'app/notes.txt')), undefined, 'not a source file');
    assert.equal(files.directoryExists(path.join(dir, 'outside')), false);
  });

  it('an open buffer wins over the file on disk', () => {
    const dir = tree({ 'a.ts': 'disk' });
    const files = diskProject({ roots: [dir], maxFileSize: 1000, overlay: (f) => (f === path.join(dir, 'a.ts') ? 'buffer' : undefined) });
    assert.equal(files.read(path.join(dir, 'a.ts')), 'buffer');
  });

  it('one run that writes nothing reads each path once (keepTexts); without it, or for open buffers, every read is fresh', () => {
    const dir = tree({ 'a.ts': 'first', 'sub/b.ts': 'b' });
    const a = path.join(dir, 'a.ts');
    const kept = diskProject({ roots: [dir], maxFileSize: 1000, keepTexts: true });
    const fresh = diskProject({ roots: [dir], maxFileSize: 1000 });
    const open = { text: 'buffer 1' };
    const editor = diskProject({ roots: [dir], maxFileSize: 1000, keepTexts: true, overlay: (f) => (f === a ? open.text : undefined) });
    assert.equal(kept.keepsTexts, true);
    assert.equal(fresh.keepsTexts, undefined);
    assert.equal(editor.keepsTexts, undefined, 'an editor overlay is never kept');
    assert.deepEqual([kept.read(a), fresh.read(a), editor.read(a)], ['first', 'first', 'buffer 1']);
    assert.equal(kept.fileExists(path.join(dir, 'c.ts')), false);
    assert.equal(kept.directoryExists(path.join(dir, 'sub')), true);
    writeFileSync(a, 'second');
    writeFileSync(path.join(dir, 'c.ts'), 'c');
    rmSync(path.join(dir, 'sub'), { recursive: true });
    open.text = 'buffer 2';
    assert.deepEqual([kept.read(a), fresh.read(a), editor.read(a)], ['first', 'second', 'buffer 2']);
    assert.equal(kept.fileExists(path.join(dir, 'c.ts')), false);
    assert.equal(fresh.fileExists(path.join(dir, 'c.ts')), true);
    assert.equal(kept.directoryExists(path.join(dir, 'sub')), true);
    assert.equal(fresh.directoryExists(path.join(dir, 'sub')), false);
    // Still only inside the roots.
    assert.equal(kept.read(path.join(path.dirname(dir), 'elsewhere.ts')), undefined);
  });

  it('a single file given as a root is all that may be read', () => {
    const dir = tree({ 'a.ts': 'a', 'b.ts': 'b' });
    const files = diskProject({ roots: [path.join(dir, 'a.ts')], maxFileSize: 1000 });
    assert.equal(files.read(path.join(dir, 'a.ts')), 'a');
    assert.equal(files.read(path.join(dir, 'b.ts')), undefined);
  });
});

describe('limits', () => {
  it(`a value passing through more than ${MAX_CHAIN} files is not followed, with a note`, () => {
    const files: Record<string, string> = { 'f0.ts': 'export const verify = false;\n' };
    for (let i = 1; i <= MAX_CHAIN + 2; i++) files[`f${i}.ts`] = `export { verify } from './f${i - 1}';\n`;
    const short = { ...files, 'client.ts': "import https from 'https';\nimport { verify } from './f3';\nhttps.request('u', { rejectUnauthorized: verify });\n" };
    // Reported where the constant is written, with the use as related information.
    const near = lintProject(short);
    assert.deepEqual([near.findings.get('f0.ts')!.length, near.findings.get('client.ts')!.length], [1, 0]);
    const long = { ...files, 'client.ts': `import https from 'https';\nimport { verify } from './f${MAX_CHAIN + 2}';\nhttps.request('u', { rejectUnauthorized: verify });\n` };
    const lint = lintProject(long);
    assert.deepEqual([lint.findings.get('f0.ts')!.length, lint.findings.get('client.ts')!.length], [0, 0]);
    const notes = lint.results.find((r) => r.fileName.endsWith('client.ts'))!.notes;
    assert.deepEqual(notes.map((n) => n.kind), ['limit']);
    const chain = Array.from({ length: MAX_CHAIN + 1 }, (_, i) => `f${MAX_CHAIN + 2 - i}.ts`).join(' → ');
    assert.equal(notes[0].message, `values passing through more than ${MAX_CHAIN} files are not followed (${chain})`);
  });

  it(`values from more than ${MAX_FILES} other files are not followed, with a note`, () => {
    const files: Record<string, string> = {};
    const names: string[] = [];
    for (let i = 0; i < MAX_FILES + 2; i++) {
      files[`c${i}.ts`] = `export const o${i} = { timeout: ${i} };\n`;
      names.push(`o${i}`);
    }
    files['client.ts'] = `import https from 'https';\n${names.map((n, i) => `import { ${n} } from './c${i}';`).join('\n')}\nhttps.request('u', { ${names.map((n) => `...${n}`).join(', ')}, rejectUnauthorized: false });\n`;
    const result = lintProject(files).results.find((r) => r.fileName.endsWith('client.ts'))!;
    assert.equal(result.findings.length, 1);
    assert.deepEqual(result.notes.map((n) => n.message), [`values from more than ${MAX_FILES} other project files are not followed (the project model's limit per file)`]);
    assert.equal(result.dependencies?.length, MAX_FILES);
  });

  it(`only the first ${MAX_CALLS_EVALUATED} calls with constant arguments are followed, with a note`, () => {
    const calls = Array.from({ length: MAX_CALLS_EVALUATED + 3 }, (_, i) => `makeAgent(${i === MAX_CALLS_EVALUATED + 2 ? 'true' : 'false'});`).join('\n');
    const text = `import https from 'https';\nfunction makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n${calls}\n`;
    const r = analyzeText('a.ts', text);
    assert.equal(r.findings.length, 0);
    assert.deepEqual(r.notes.map((n) => n.message), [`only the first ${MAX_CALLS_EVALUATED} calls of project functions with constant arguments were followed into the functions they call`]);
  });
});

describe('results and caching', () => {
  const FILES = {
    'config.ts': 'export const opts = { rejectUnauthorized: false };\nexport const verify = false;\n',
    'a.ts': "import https from 'https';\nimport { opts, verify } from './config';\nhttps.request('u', opts);\nhttps.request('u', { rejectUnauthorized: verify });\n",
    'b.ts': "import tls from 'tls';\nimport { opts } from './config';\nimport './a';\ntls.connect({ host: 'h', servername: 'h', ...opts });\n",
  };

  it('do not depend on the order files are linted in with the same project files', () => {
    const project = memoryProject(FILES);
    const lint = (name: keyof typeof FILES) => analyzeText(projectPath(name), FILES[name], { project, importer: true });
    const first = [lint('a.ts'), lint('b.ts'), lint('config.ts')];
    const again = memoryProject(FILES);
    const lintAgain = (name: keyof typeof FILES) => analyzeText(projectPath(name), FILES[name], { project: again, importer: true });
    const reversed = [lintAgain('config.ts'), lintAgain('b.ts'), lintAgain('a.ts')].reverse();
    assert.deepEqual(JSON.parse(JSON.stringify(reversed)).map(strip), JSON.parse(JSON.stringify(first)).map(strip));
  });

  it('keeps a parsed file while its text is the same, and parses it again when it changes', () => {
    const project = memoryProject(FILES);
    const model = jsProjectOf(project);
    const one = model.parse(projectPath('config.ts'), FILES['config.ts']);
    assert.equal(model.parse(projectPath('config.ts'), FILES['config.ts']), one);
    const changed = model.parse(projectPath('config.ts'), FILES['config.ts'].replace('false', 'true'));
    assert.notEqual(changed, one);
    assert.match(changed.text, /true/);
  });

  it("keeps a project file's export table while its text is the same, across lints, and builds it again when the text changes", () => {
    let text = "export const tlsOptions = { rejectUnauthorized: false };\nexport * from './more';\n";
    const onDisk = memoryProject({ 'config.ts': text });
    const project = jsProjectOf({ ...onDisk, read: (f) => (f === projectPath('config.ts') ? text : undefined) });
    const tableIn = () => {
      // Each lint has its own session and its own model of the file, as the editor's re-lints do.
      const session = new ProjectSession(project, () => assert.fail('the main file is not read'), projectPath('main.ts'));
      return exportTable(session.model(projectPath('config.ts'))!);
    };
    const first = tableIn();
    assert.deepEqual([[...first.names.keys()], first.stars], [['tlsOptions'], ['./more']]);
    assert.equal(tableIn(), first, 'the same text: the table is taken, not built again');
    text = 'export const tlsOptions = { rejectUnauthorized: true };\nexport const agentOptions = {};\n';
    const changed = tableIn();
    assert.notEqual(changed, first);
    assert.deepEqual([[...changed.names.keys()], changed.stars], [['tlsOptions', 'agentOptions'], []]);
  });

  it("parses the exporters an importer pass reads only when a value needs one: their texts widen the rules, and they are its dependencies", () => {
    const files = {
      'agent.ts': "import https from 'https';\nexport function makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n",
      'util.ts': "export function format(s: string) {\n  return s.trim();\n}\n",
      'barrel.ts': "export * from './agent';\nexport * from './util';\n",
      'index.ts': "import { makeAgent } from './barrel';\nmakeAgent(true);\n",
    };
    const project = memoryProject(files);
    const model = jsProjectOf(project);
    const parse = model.parse.bind(model);
    const parsed: string[] = [];
    model.parse = (fileName, text) => {
      parsed.push(path.basename(fileName));
      return parse(fileName, text);
    };
    const importer = ['agent.ts', 'barrel.ts', 'util.ts'].map(projectPath);
    // As the CLI lints it: the pre-filter finds no TLS word here, the texts read let the rules in.
    const r = analyzeText(projectPath('index.ts'), files['index.ts'], { project, importer, prefilter: true });
    assert.deepEqual(
      r.findings.map((f) => [f.ruleId, f.range]),
      [['no-unverified-certificate', { start: { line: 1, character: 10 }, end: { line: 1, character: 14 } }]],
    );
    assert.deepEqual(r.dependencies, importer);
    assert.deepEqual(parsed.sort(), ['agent.ts', 'barrel.ts']);
  });

  it('reads a dependency only when a value needs it', () => {
    const files = { 'config.ts': 'export const x = 1;\n', 'a.ts': "import https from 'https';\nimport { x } from './config';\nconsole.log(x);\nhttps.request('u', { rejectUnauthorized: false });\n" };
    const project = memoryProject(files);
    analyzeText(projectPath('a.ts'), files['a.ts'], { project, importer: true });
    assert.deepEqual(project.reads, []);
  });
});

/** A result without the fixes' identity: what is compared between two runs. */
function strip(r: { fileName: string; findings: unknown[]; notes: unknown[]; elsewhere?: unknown[]; dependencies?: string[] }) {
  return { fileName: r.fileName, findings: r.findings, notes: r.notes, elsewhere: r.elsewhere, dependencies: r.dependencies };
}
