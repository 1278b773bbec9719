// How --fix and --fix-suggestions write files: a UTF-8 byte order mark and CRLF line endings stay
// (also in the lines a fix adds), a file changed on disk after tlslint read it is left alone with
// a note, and maxFileSize decides what is fixed as it decides what is linted.
import assert from 'node:assert/strict';
import fs, { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { run, tree } from '../helpers/cli.js';

const BOM = '\ufeff';

const crlf = (lines: string[]) => lines.join('\r\n');
// A safe fix (removing enableTrace) and, with --fix-suggestions, one that adds a line (servername).
const SOURCE = crlf([
  "const tls = require('tls');",
  'tls.connect({',
  "  host: 'db.example.com',",
  '  port: 443,',
  '  enableTrace: true,',
  '});',
  '',
]);

describe('--fix writes', () => {
  it('--fix keeps the byte order mark and CRLF line endings', async () => {
    const dir = tree({ 'a.js': BOM + SOURCE });
    await run(['--fix', '.'], dir);
    const out = readFileSync(path.join(dir, 'a.js'), 'utf8');
    assert.equal(out, BOM + crlf(["const tls = require('tls');", 'tls.connect({', "  host: 'db.example.com',", '  port: 443,', '});', '']));
  });

  it('--fix-suggestions keeps them too, in the lines a fix adds', async () => {
    const dir = tree({ 'a.js': BOM + SOURCE });
    await run(['--fix-suggestions', '.'], dir);
    const out = readFileSync(path.join(dir, 'a.js'), 'utf8');
    assert.ok(out.startsWith(BOM), 'BOM kept');
    assert.ok(out.includes("servername: 'db.example.com'"), out);
    assert.doesNotMatch(out, /[^\r]\n/, `every line ends in CRLF: ${JSON.stringify(out)}`);
    assert.doesNotMatch(out, /enableTrace/);
  });

  it('a file without a BOM gets none, and LF files stay LF', async () => {
    const dir = tree({ 'a.js': SOURCE.replace(/\r\n/g, '\n') });
    await run(['--fix-suggestions', '.'], dir);
    const out = readFileSync(path.join(dir, 'a.js'), 'utf8');
    assert.ok(!out.startsWith(BOM) && !out.includes('\r') && out.includes('servername'), JSON.stringify(out));
  });

  it('leaves a file that changed on disk after it was read, with a note, and fixes the others', async () => {
    const dir = tree({ 'a.js': SOURCE, 'b.js': SOURCE });
    const a = path.join(dir, 'a.js');
    const theirs = `${SOURCE}// saved by an editor meanwhile\r\n`;
    // The guarded writer reads the file again just before writing: someone saves it in between.
    const original = fs.readFileSync;
    fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (file === a) original.call(fs, a) && writeFileSync(a, theirs);
      return (original as (...args: unknown[]) => unknown).call(fs, file, ...rest);
    }) as typeof fs.readFileSync;
    let r;
    try {
      r = await run(['--fix', '--format', 'json', '.'], dir);
    } finally {
      fs.readFileSync = original;
    }
    assert.equal(readFileSync(a, 'utf8'), theirs, 'their change is kept');
    assert.doesNotMatch(readFileSync(path.join(dir, 'b.js'), 'utf8'), /enableTrace/, 'the other file is fixed');
    const report = JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string }[]; notes: { message: string }[] }[];
    const ra = report.find((f) => f.filePath === 'a.js')!;
    assert.match(ra.notes.map((n) => n.message).join('\n'), /not fixed: the file changed on disk/);
    assert.ok(ra.findings.some((f) => f.ruleId === 'no-tls-key-logging'), 'its findings are those of the text read');
  });

  it('fixes a file larger than 2 MB when maxFileSize allows it, as it lints it', async () => {
    const filler = `// ${'x'.repeat(76)}\n`.repeat(Math.ceil((2.5 * 1024 * 1024) / 80));
    const dir = tree({ 'big.js': filler + SOURCE.replace(/\r\n/g, '\n'), '.tlslintrc.json': JSON.stringify({ maxFileSize: 4 * 1024 * 1024 }) });
    await run(['--fix', '.'], dir);
    assert.doesNotMatch(readFileSync(path.join(dir, 'big.js'), 'utf8'), /enableTrace/);
  });
});
