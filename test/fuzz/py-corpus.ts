// The Python seeds: every code string of the Python test tables and Python engine/CLI/LSP tests
// (read with TypeScript as corpus.ts does, kept when tree-sitter parses them cleanly), the
// ```python blocks of the rule docs, the Python files of examples/ and the evaluation set
// (test/fixtures/python-eval). Needs the Python parser loaded (`await ready()` first).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseForEdits, releaseDocument } from '../../server/src/linter/index.js';
import { listFiles, REPO_ROOT, stringLiterals, type Seed } from './corpus.js';

let cached: Seed[] | undefined;

/** A test file holds Python fixtures when it names a `.py` file; its first such name is the default. */
const PY_NAME = /['"`]((?:[\w.-]+\/)*[\w.-]+\.py)['"`]/;

export function loadPyCorpus(root = REPO_ROOT): Seed[] {
  if (cached && root === REPO_ROOT) return cached;
  const seeds: Seed[] = [];
  const seen = new Set<string>();
  const add = (s: Seed) => {
    if (seen.has(s.text)) return;
    seen.add(s.text);
    seeds.push(s);
  };
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  for (const file of listFiles(path.join(root, 'test'), (r) => r.endsWith('.test.ts') && !r.startsWith('fuzz/') && !r.startsWith('e2e/'))) {
    const source = readFileSync(file, 'utf8');
    const defaultName = PY_NAME.exec(source)?.[1];
    if (!defaultName) continue;
    for (const s of stringLiterals(source, rel(file))) {
      const fileName = s.fileName?.endsWith('.py') ? s.fileName : s.fileName === undefined ? path.basename(defaultName) : undefined;
      if (fileName && looksLikePython(s.text)) add({ origin: s.origin, fileName, text: s.text });
    }
  }
  for (const file of listFiles(path.join(root, 'docs'), (r) => r.endsWith('.md'))) {
    const md = readFileSync(file, 'utf8');
    const re = /```(?:python|py)[^\n]*\n([\s\S]*?)```/g;
    for (let m = re.exec(md); m; m = re.exec(md)) add({ origin: `${rel(file)}#${md.slice(0, m.index).split('\n').length}`, fileName: 'doc.py', text: m[1] });
  }
  for (const dir of ['examples', path.join('test', 'fixtures')]) {
    for (const file of listFiles(path.join(root, dir), (r) => r.endsWith('.py'))) add({ origin: rel(file), fileName: rel(file), text: readFileSync(file, 'utf8') });
  }
  if (root === REPO_ROOT) cached = seeds;
  return seeds;
}

/** Python that tree-sitter reads without an error and that does something (a call or an assignment). */
function looksLikePython(text: string): boolean {
  if (text.length < 6 || !/[(=]/.test(text) || !/\n|^(?:import|from) /.test(text)) return false;
  const doc = parseForEdits('seed.py', text);
  if (!doc) return false;
  try {
    return doc.syntaxProblems.length === 0;
  } finally {
    releaseDocument(doc);
  }
}
