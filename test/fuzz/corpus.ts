// The seed inputs the fuzzer mutates: every code string of the test tables (read from the test
// sources with TypeScript, templates filled in from the file's own constants), the code blocks of
// the rule docs, and the files of examples/. Read from the repository, never executed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { languageOfFile } from '../../protocol/languages.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';
import { parseForEdits } from '../../server/src/linter/index.js';

export interface Seed {
  /** Where it came from: `test/rules/no-weak-cipher.test.ts#12`, `examples/src/db.js`. */
  origin: string;
  fileName: string;
  text: string;
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Test folders whose strings are not JavaScript fixtures (or that this harness itself lives in). */
const SKIPPED_TEST_DIRS = new Set(['fuzz', 'e2e', 'vsix', 'client']);
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

let cached: Seed[] | undefined;

export function loadCorpus(root = REPO_ROOT): Seed[] {
  if (cached && root === REPO_ROOT) return cached;
  const seeds: Seed[] = [];
  const seen = new Set<string>();
  const add = (s: Seed) => {
    const key = `${path.extname(s.fileName)}\0${s.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    seeds.push(s);
  };
  for (const file of listFiles(path.join(root, 'test'), (rel) => rel.endsWith('.test.ts') && !SKIPPED_TEST_DIRS.has(rel.split('/')[0]))) {
    const rel = `test/${path.relative(path.join(root, 'test'), file).split(path.sep).join('/')}`;
    fixtureStrings(readFileSync(file, 'utf8'), rel).forEach(add);
  }
  for (const file of listFiles(path.join(root, 'docs'), (rel) => rel.endsWith('.md'))) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    docBlocks(readFileSync(file, 'utf8'), rel).forEach(add);
  }
  // Python files are py-corpus.ts's: their parser loads asynchronously, and `--lang python` runs them.
  for (const file of listFiles(path.join(root, 'examples'), (rel) => languageOfFile(rel) !== undefined && languageOfFile(rel)?.id !== 'python')) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    add({ origin: rel, fileName: rel, text: readFileSync(file, 'utf8') });
  }
  // The project-file evaluation set: real-looking package.json, Dockerfiles, compose, CI files.
  for (const file of listFiles(path.join(root, 'test', 'fixtures', 'project-files'), (rel) => languageOfFile(rel) !== undefined)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    add({ origin: rel, fileName: rel, text: readFileSync(file, 'utf8') });
  }
  if (root === REPO_ROOT) cached = seeds;
  return seeds;
}

export function listFiles(dir: string, keep: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name === 'node_modules') continue;
      const abs = path.join(d, name);
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs);
      else if (keep(path.relative(dir, abs).split(path.sep).join('/'))) out.push(abs);
    }
  };
  walk(dir);
  return out;
}

/** Code strings of a test file: string and template literals that parse as code. */
export function fixtureStrings(source: string, origin: string): Seed[] {
  return stringLiterals(source, origin).filter((s) => looksLikeCode(s.text, s.fileName ?? 'fixture.ts')).map((s) => ({ ...s, fileName: s.fileName ?? 'fixture.ts' }));
}

/**
 * Every string a test file builds (literals, templates and `+` chains, its top-level constants
 * filled in), with the file name a sibling `filename:` gives it; the caller decides which are code.
 */
export function stringLiterals(source: string, origin: string): (Omit<Seed, 'fileName'> & { fileName?: string })[] {
  const sf = ts.createSourceFile(origin, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const consts = new Map<string, ts.Expression>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
  }
  const out: ReturnType<typeof stringLiterals> = [];
  const stack: ts.Node[] = [sf];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isStringish(node) && !isStringish(node.parent) && !ts.isTemplateSpan(node.parent)) {
      const text = evaluate(node as ts.Expression, consts, 0)?.replace(/[⟦⟧]/g, '');
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (text !== undefined) out.push({ origin: `${origin}#${line}`, fileName: siblingFilename(node), text });
      continue;
    }
    ts.forEachChild(node, (c) => {
      stack.push(c);
    });
  }
  return out.reverse();
}

function isStringish(n: ts.Node | undefined): boolean {
  if (!n) return false;
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n) || (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken && (isStringish(n.left) || isStringish(n.right)));
}

/** The text a string expression builds, with the file's top-level constants filled in. */
function evaluate(e: ts.Expression, consts: Map<string, ts.Expression>, depth: number): string | undefined {
  if (depth > 20) return undefined;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isParenthesizedExpression(e)) return evaluate(e.expression, consts, depth + 1);
  if (ts.isTemplateExpression(e)) {
    let s = e.head.text;
    for (const span of e.templateSpans) s += (evaluate(span.expression, consts, depth + 1) ?? 'x') + span.literal.text;
    return s;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = evaluate(e.left, consts, depth + 1);
    const r = evaluate(e.right, consts, depth + 1);
    return l === undefined && r === undefined ? undefined : (l ?? 'x') + (r ?? 'x');
  }
  if (ts.isIdentifier(e)) {
    const init = consts.get(e.text);
    return init ? evaluate(init, consts, depth + 1) : undefined;
  }
  if (ts.isNumericLiteral(e)) return e.text;
  return undefined;
}

/** `{ code: '…', filename: 'x.tsx' }` names the file a case is linted as. */
function siblingFilename(node: ts.Node): string | undefined {
  const prop = node.parent;
  if (!prop || !ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.parent)) return undefined;
  for (const p of prop.parent.properties) {
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'filename' && ts.isStringLiteral(p.initializer)) return p.initializer.text;
  }
  return undefined;
}

function looksLikeCode(text: string, fileName: string): boolean {
  // A project file (package.json, a Dockerfile, YAML): its own frontend must read it cleanly.
  if (!SOURCE_FILE.test(fileName) && languageOfFile(fileName)) return text.length >= 6 && parseForEdits(fileName, text)?.syntaxProblems.length === 0;
  if (text.length < 6 || !/[(={]/.test(text)) return false;
  const sf = parse(SOURCE_FILE.test(fileName) ? fileName : 'fixture.ts', text) as unknown as { parseDiagnostics?: unknown[]; statements: readonly unknown[] };
  return (sf.parseDiagnostics?.length ?? 0) === 0 && sf.statements.length > 0;
}

function docBlocks(md: string, origin: string): Seed[] {
  const out: Seed[] = [];
  const re = /```(js|javascript|ts|typescript|jsx|tsx)[^\n]*\n([\s\S]*?)```/g;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    const ext = { js: '.js', javascript: '.js', ts: '.ts', typescript: '.ts', jsx: '.jsx', tsx: '.tsx' }[m[1]] ?? '.ts';
    const line = md.slice(0, m.index).split('\n').length;
    out.push({ origin: `${origin}#${line}`, fileName: `doc${ext}`, text: m[2] });
  }
  return out;
}
