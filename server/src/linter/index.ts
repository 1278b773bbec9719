// The engine's one entry, for every face (CLI, language server, ESLint plugin): lint a text, lint
// a file, fix a text, fix a file. It picks the file's language (protocol/languages.ts) and its
// frontend (../lang/), and decides once, from the config, what is not analysed at all: files
// over the size limit, minified bundles, texts no rule's needles occur in.
import { languageOfFile, type LanguageDescriptor } from '../../../protocol/languages.js';
import type { Rule, SeveritySetting, TextEdit } from '../../../rules/api.js';
import { rules as catalog } from '../../../rules/index.js';
import { analyzeDocument, errorText } from '../engine/analyze.js';
import { AT, BACKTICK, DOT, DOUBLE_QUOTE, HASH, QUOTE, SLASH, TILDE } from '../engine/char-codes.js';
import { defaultConfig, effectiveSeverity, isTestFile, type ResolvedConfig } from '../engine/config/index.js';
import { guardText, maxFileSizeOf, writeIfUnchanged } from '../engine/file-guards.js';
import { applyFixesThatParse } from '../engine/fix-checks.js';
import { applyEdits, selectNonOverlapping } from '../engine/fixes.js';
import { partKeyOf, type Comment, type Edit, type Frontend, type Importer, type ParsedDocument } from '../engine/language.js';
import { prefilterFor, type Gate, type Prefilter } from '../engine/prefilter.js';
import type { ProjectFiles } from '../engine/project.js';
import { decode, readSource, readSourceBytes } from '../engine/read.js';
import type { FileResult, Note, Range } from '../engine/types.js';
import { FRONTENDS } from '../lang/index.js';

export interface LintOptions {
  /** The file's configuration; the defaults when absent. */
  config?: ResolvedConfig;
  /** Severity overrides from the command line or editor settings; they beat the config file. */
  overrides?: Record<string, SeveritySetting>;
  /** The rules to run; the catalog when absent. */
  rules?: readonly Rule[];
  reportUnusedDirectives?: boolean;
  /** Skip texts no rule can fire in without parsing them (engine/prefilter.ts); on unless false. */
  prefilter?: boolean;
  /**
   * The project's other files: values imported from them are followed (the project model), and
   * findings may be placed where an imported value was written. Absent: the file alone.
   */
  project?: ProjectFiles;
  /**
   * An importer pass: lint the file even when the pre-filter finds nothing in its own text, with
   * the rules the files its values come from may fire (it imports a file whose exports matter).
   */
  importer?: Importer;
  /**
   * Report information findings (`HIGH` in a cipher list, a warning lowered in a test file): off
   * unless the user of a face asks for them (`--include-info`, `tlslint.includeInfo`). The engine
   * always produces them; visibleResult is the one place they are left out.
   */
  includeInfo?: boolean;
}

/** A result as a face shows it: information findings only when they were asked for. */
export function visibleResult(result: FileResult, includeInfo: boolean | undefined): FileResult {
  if (includeInfo || !result.findings.some((f) => f.severity === 'info')) return result;
  return { ...result, findings: result.findings.filter((f) => f.severity !== 'info') };
}

/** A lint of an editor buffer: the result, and the parsed document to re-parse the next version from. */
export interface LintOutput {
  result: FileResult;
  /** Absent when nothing was parsed (skipped, or the pre-filter found nothing). */
  document?: ParsedDocument;
}

export interface FixedResult {
  result: FileResult;
  /** The text after fixes, when any fix was applied. */
  fixedText?: string;
  appliedFixes: number;
}

export type FixMode = 'safe' | 'all';

/** Enough for a fixpoint in practice: fixes whose text touches go in later passes (engine/fixes.ts). */
const MAX_FIX_PASSES = 100;

/** Sets up the languages whose parsers load asynchronously; call once before linting. */
export async function ready(): Promise<void> {
  await Promise.all(Object.values(FRONTENDS).map((f) => f.init?.()));
}

/** The language tlslint reads a file as, or undefined when it does not read it. */
export function languageOf(fileName: string): LanguageDescriptor | undefined {
  return languageOfFile(fileName);
}

function frontendOf(fileName: string): Frontend | undefined {
  const lang = languageOfFile(fileName);
  return lang && (FRONTENDS[lang.id] as Frontend);
}

/** Lints a text (a file already read, a fixed text): lintBuffer without keeping the document. */
export function lintText(fileName: string, text: string, options: LintOptions = {}, gate?: Gate): FileResult {
  const { result, document } = lintBuffer(fileName, text, options, undefined, gate);
  if (document) releaseDocument(document);
  return result;
}

/**
 * Lints an editor buffer. With `previous`, the document of the text before `edits`, only what
 * changed is parsed again; `previous` is used up either way. The returned document is the
 * caller's to pass on or release (releaseDocument).
 */
export function lintBuffer(fileName: string, text: string, options: LintOptions = {}, previous?: { document: ParsedDocument; edits: readonly Edit[] }, gate?: Gate): LintOutput {
  const frontend = frontendOf(fileName);
  if (!frontend) {
    if (previous) releaseDocument(previous.document);
    return { result: skipped(fileName, 'skipped: not a file tlslint reads') };
  }
  const config = options.config ?? defaults();
  const stop = (result: FileResult): LintOutput => {
    if (previous) frontend.dispose?.(previous.document);
    return { result };
  };
  const guarded = guardText(fileName, text, config);
  if (guarded) return stop({ fileName, findings: [], notes: [guarded] });
  const rules = options.rules ?? catalog;
  const prefilter = options.prefilter !== false ? prefilterFor(rules, partKeyOf(frontend), !!options.reportUnusedDirectives, frontend.dataNeedles) : undefined;
  // The project model is for languages that import files (a frontend that reads specifiers).
  const project = frontend.importedSpecifiers ? options.project : undefined;
  if (!gate && prefilter) {
    gate = prefilter.gate(text);
    if (gate.rules.length === 0 && !gate.directives) gate = dataGate(frontend, fileName, text, project, prefilter, gate) ?? gate;
    if (gate.rules.length === 0 && !gate.directives) {
      const imports = !!project && frontend.importerPasses !== false && importsProjectFiles(text, () => frontend.projectImportNeedles?.(fileName, project) ?? []);
      if (!(options.importer && imports)) return stop(deferred(fileName, imports));
    }
  }
  const refused = frontend.refuse?.(text);
  if (refused) return stop(skipped(fileName, refused));
  let document: ParsedDocument;
  try {
    document = frontend.parse(fileName, text, previous);
  } catch (err) {
    return stop(skipped(fileName, `skipped: the parser could not read this file (${errorText(err)})`));
  }
  const runner = frontend.runner(document, project ? { config, project, importer: options.importer } : { config });
  let runRules = gate?.rules ?? rules;
  // The tree's second look (Frontend.mayFire) at the rules the file's own text let through; with
  // the project model, those the texts its values come from let through are added back after it.
  const own = gate && frontend.mayFire ? gate.rules.filter((r) => frontend.mayFire!(document, r.parts[partKeyOf(frontend)]!)) : gate?.rules;
  if (own) runRules = own;
  if (project && gate && prefilter) {
    runRules = widenedRules(prefilter, { ...gate, rules: own! }, () => runner.linkedTexts?.() ?? [], project);
    if (runRules.length === 0 && !gate.directives) {
      // No rule to run, but what the file does with its imports still matters (runner/importer-uses.ts).
      const summary = runner.finish?.();
      return { result: { ...clean(fileName), ...dependenciesOf(summary?.dependencies), ...(summary?.importUses?.length ? { importUses: summary.importUses } : {}) }, document };
    }
  }
  let isTest: boolean | undefined;
  const testFile = () => (isTest ??= isTestFile(config, fileName, config.baseDir));
  const result = analyzeDocument(
    frontend,
    document,
    {
      rules: runRules,
      knownRuleIds: catalog.map((r) => r.meta.id),
      reportUnusedDirectives: options.reportUnusedDirectives,
      severityOf: (ruleId, severity) => options.overrides?.[ruleId] ?? effectiveSeverity(config, ruleId, severity, fileName, config.baseDir, testFile),
    },
    runner,
  );
  return { result: visibleResult(result, options.includeInfo), document };
}

/**
 * The gate's rules and those the texts the values come from let through: a rule whose needles
 * are only in the imported file (`'TLSv1'` in a constants module) still judges the use here.
 */
function widenedRules(prefilter: Prefilter, gate: Gate, texts: () => readonly string[], project: ProjectFiles): readonly Rule[] {
  let linked: readonly string[];
  try {
    linked = texts();
  } catch {
    // The file's own model failed (DocumentError), or reading what it links to did: the analysis
    // runs the gate's rules and reports a failure where it meets it, the others go on.
    return gate.rules;
  }
  return linked.length === 0 ? gate.rules : rulesOfTexts(prefilter, linked, project, gate.rules);
}

/** The rules `base` and the texts let through, in the catalog's order. */
function rulesOfTexts(prefilter: Prefilter, texts: readonly string[], project: ProjectFiles, base: readonly Rule[] = []): readonly Rule[] {
  const wanted = new Set(base);
  for (const t of texts) for (const r of gatedRules(prefilter, t, project)) wanted.add(r);
  return prefilter.rules.filter((r) => wanted.has(r));
}

/**
 * The rules the data a file imports lets through (a JSON module's, node-config's files): a file
 * holding no TLS word of its own passes their TLS settings on (`new https.Agent(config.get('tls'))`).
 */
function dataGate(frontend: Frontend, fileName: string, input: string | Uint8Array, project: ProjectFiles | undefined, prefilter: Prefilter, gate: Gate): Gate | undefined {
  if (!project || !gate.data || !frontend.dataTexts) return undefined;
  const rules = rulesOfTexts(prefilter, frontend.dataTexts(fileName, input, project), project);
  return rules.length > 0 ? { rules, directives: false } : undefined;
}

/**
 * The rules the pre-filter lets through in a text another file's lint read, once per text when the
 * texts stay the same for the run (ProjectFiles.keepsTexts): every lint that reads a shared helper
 * (Node's `test/common`, a driver's `utils.ts`) widens its rules by the same text.
 */
const gatedTexts = new WeakMap<ProjectFiles, WeakMap<Prefilter, Map<string, readonly Rule[]>>>();

function gatedRules(prefilter: Prefilter, text: string, project: ProjectFiles): readonly Rule[] {
  if (!project.keepsTexts) return prefilter.gate(text).rules;
  let byPrefilter = gatedTexts.get(project);
  if (!byPrefilter) gatedTexts.set(project, (byPrefilter = new WeakMap()));
  let byText = byPrefilter.get(prefilter);
  if (!byText) byPrefilter.set(prefilter, (byText = new Map()));
  let rules = byText.get(text);
  if (!rules) byText.set(text, (rules = prefilter.gate(text).rules));
  return rules;
}

function dependenciesOf(dependencies: readonly string[] | undefined): { dependencies?: string[] } {
  return dependencies?.length ? { dependencies: [...dependencies] } : {};
}

/**
 * Whether a text holds a specifier opening of the project's own modules (`'./x'`, `"../x"`,
 * `` `./x` ``, and the usual `paths` aliases `'@/x'`, `'~/x'`, `'#x'`), or of tsconfig `paths`
 * (`aliases`, asked only when needed): a file the pre-filter skips is worth an importer pass only
 * with one. Each quote is found by a byte search and the few bytes after it read: twelve searches
 * for three-byte needles cost about as much as the pre-filter's own scan of the text.
 */
export function importsProjectFiles(input: string | Uint8Array, aliases: () => readonly string[] = () => []): boolean {
  const bytes = typeof input === 'string' ? undefined : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const text = input as string;
  const at = bytes ? (k: number) => bytes[k] : (k: number) => text.charCodeAt(k);
  const find = bytes ? (c: number, from: number) => bytes.indexOf(c, from) : (c: number, from: number) => text.indexOf(String.fromCharCode(c), from);
  for (const quote of QUOTES) {
    for (let i = find(quote, 0); i !== -1; i = find(quote, i + 1)) {
      const next = at(i + 1);
      if (next === DOT && (at(i + 2) === SLASH || (at(i + 2) === DOT && at(i + 3) === SLASH))) return true;
      if (quote !== BACKTICK && (next === HASH || ((next === AT || next === TILDE) && at(i + 2) === SLASH))) return true;
    }
  }
  // The aliases only when no relative specifier says it already: finding them means looking for
  // the directory's tsconfig.json (a stat for each directory up to it) and reading it.
  return aliases().some((n) => (bytes ? bytes.includes(n) : text.includes(n)));
}

const QUOTES = [QUOTE, DOUBLE_QUOTE, BACKTICK];

function deferred(fileName: string, isDeferred: boolean): FileResult {
  return isDeferred ? { ...clean(fileName), deferred: true } : clean(fileName);
}

/** The module specifiers a file's text imports, by its language (none for a language that does not say). */
export function importedSpecifiers(fileName: string, text: string): string[] {
  return frontendOf(fileName)?.importedSpecifiers?.(text) ?? [];
}

/** Frees what a parsed document holds outside the JS heap, once nobody will re-parse from it. */
export function releaseDocument(document: ParsedDocument): void {
  frontendOf(document.fileName)?.dispose?.(document);
}

/**
 * Lints a file on disk. Its bytes go through the pre-filter before they are decoded: a file no
 * rule can fire in costs one read and one scan.
 */
export function lintFile(fileName: string, options: LintOptions = {}): FileResult {
  const frontend = frontendOf(fileName);
  if (!frontend) return skipped(fileName, 'skipped: not a file tlslint reads');
  const config = options.config ?? defaults();
  const read = readSourceBytes(fileName, maxFileSizeOf(config));
  if ('skipped' in read) return skipped(fileName, read.skipped);
  if (options.prefilter === false) return lintText(fileName, decode(read.bytes), options);
  const prefilter = prefilterFor(options.rules ?? catalog, partKeyOf(frontend), !!options.reportUnusedDirectives, frontend.dataNeedles);
  let gate = prefilter.gate(read.bytes);
  const project = frontend.importedSpecifiers ? options.project : undefined;
  if (gate.rules.length === 0 && !gate.directives) gate = dataGate(frontend, fileName, read.bytes, project, prefilter, gate) ?? gate;
  if (gate.rules.length === 0 && !gate.directives && !(project && options.importer)) return deferred(fileName, !!project && frontend.importerPasses !== false && importsProjectFiles(read.bytes, () => frontend.projectImportNeedles?.(fileName, project) ?? []));
  return lintText(fileName, decode(read.bytes), options, gate);
}

/**
 * Applies fixes of the wanted kind until none is left: each pass takes, for each finding, its
 * first fix of that kind, never two that touch overlapping text.
 */
export function fixText(fileName: string, text: string, options: LintOptions, mode: FixMode): FixedResult {
  let current = text;
  let applied = 0;
  let result = lintText(fileName, current, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = selectNonOverlapping(result.findings.flatMap((f) => f.fixes.find((x) => mode === 'all' || x.kind === 'safe') ?? []));
    if (chosen.length === 0) break;
    // Fixes were checked one by one in a file with syntax errors; together they are checked again.
    const pass = result.notes.some((n) => n.kind === 'parse-error') ? applyFixesThatParse(current, chosen, (t) => syntaxErrorCount(fileName, t)) : { text: applyEdits(current, chosen.flatMap((f) => f.edits)), applied: chosen.length };
    current = pass.text;
    applied += pass.applied;
    result = lintText(fileName, current, options);
  }
  return { result, fixedText: applied > 0 ? current : undefined, appliedFixes: applied };
}

/**
 * Fixes a file on disk and writes it back, keeping its byte order mark, unless it changed since it
 * was read (an editor or a formatter wrote it meanwhile): then nothing is written and the result
 * is that of the text read, with a note.
 */
export function fixFile(fileName: string, options: LintOptions, mode: FixMode): FileResult {
  const config = options.config ?? defaults();
  if (!frontendOf(fileName)) return skipped(fileName, 'skipped: not a file tlslint reads');
  const read = readSource(fileName, maxFileSizeOf(config));
  if ('skipped' in read) return skipped(fileName, read.skipped);
  const fixed = fixText(fileName, read.text, options, mode);
  if (fixed.fixedText === undefined || writeIfUnchanged(fileName, read.text, fixed.fixedText)) return fixed.result;
  const original = lintText(fileName, read.text, options);
  const note: Note = { kind: 'skipped', severity: 'warning', message: 'not fixed: the file changed on disk after tlslint read it; run tlslint again' };
  return { ...original, notes: [...original.notes, note] };
}

/** The edit inserting a suppression comment for a file of any language tlslint reads. */
export function directiveEdit(document: ParsedDocument, directive: string, placement: { line: number } | 'file'): TextEdit | undefined {
  return frontendOf(document.fileName)?.directiveEdit(document, directive, placement);
}

/** The syntax errors of a text in its file's language; a text its parser refuses counts as many. */
export function syntaxErrorCount(fileName: string, text: string): number {
  const document = parseForEdits(fileName, text);
  if (!document) return Number.MAX_SAFE_INTEGER;
  try {
    return document.syntaxProblems.length;
  } finally {
    releaseDocument(document);
  }
}

/** Parses a text only to place an edit (a suppression comment); undefined when it cannot be parsed. */
export function parseForEdits(fileName: string, text: string): ParsedDocument | undefined {
  try {
    return frontendOf(fileName)?.parse(fileName, text);
  } catch {
    return undefined;
  }
}

/**
 * The comments of a text that hold `needle`, in order, with their ranges: real comments only (not
 * the same text in a string, a template or JSX text). Empty when the text has no such comment or
 * tlslint does not read the file.
 */
export function commentsHolding(fileName: string, text: string, needle: string): Array<Comment & { range: Range }> {
  if (!text.includes(needle)) return [];
  const document = parseForEdits(fileName, text);
  if (!document) return [];
  try {
    return frontendOf(fileName)!.commentsHolding(document, needle).map((c) => ({ ...c, range: { start: document.positionAt(c.start), end: document.positionAt(c.end) } }));
  } finally {
    releaseDocument(document);
  }
}

function defaults(): ResolvedConfig {
  return { ...defaultConfig(), configFile: undefined, baseDir: process.cwd() };
}

export function clean(fileName: string): FileResult {
  return { fileName, findings: [], notes: [] };
}

function skipped(fileName: string, message: string): FileResult {
  return { fileName, findings: [], notes: [{ kind: 'skipped', severity: 'info', message }] };
}
