// The language contract: what the engine needs from a language's frontend to lint a file of it.
// The engine core never names a language; a frontend (server/src/lang/<id>/) parses, finds
// comments, runs the rules' parts for its language with its own context, and checks fixes.
import type { LanguageId, PartKey, ReportDescriptor, RulePart, TextEdit } from '../../../rules/api.js';
import type { TlslintConfig } from './config/types.js';
import type { ProjectFiles } from './project.js';
import type { ExportedOptions, ExportSummary, Finding, ImportUse, Note, Position } from './types.js';

/** One edit as an editor reports it: the range it replaced, in the text before it, and its new length. */
export interface Edit {
  start: number;
  end: number;
  newLength: number;
}

/** A syntax error the parser recovered from. */
export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
}

/** A parsed file. Frontends extend it with their tree. */
export interface ParsedDocument {
  readonly fileName: string;
  readonly text: string;
  /** Zero-based line and UTF-16 character of an offset, as LSP counts them. */
  positionAt(offset: number): Position;
  /** The offset of a zero-based line's first character. */
  lineStart(line: number): number;
  /** Syntax errors the parser recovered from, in order; the rest of the file was still analysed. */
  readonly syntaxProblems: readonly SyntaxProblem[];
}

/** A comment of the file: its range and its text without the comment markers. */
export interface Comment {
  start: number;
  end: number;
  body: string;
  /** A block comment (`/* … *\/`) rather than a line comment (`//`, `#`). */
  block: boolean;
}

/** What a frontend may read beyond the document: the project's other files (absent: the document alone). */
export interface RunnerEnvironment {
  /** The file's configuration, for settings a language reads (the Python version targeted). */
  config?: Readonly<TlslintConfig>;
  project?: ProjectFiles;
  /** An importer pass (linter LintOptions.importer): the project files read before the rules run. */
  importer?: Importer;
}

/**
 * A lint for what a file imports: `true` reads every project file it imports (the editor, one
 * file at a time); a list reads those files (the exporters an importer pass lints it for).
 * Either way calls of imported helpers are followed.
 */
export type Importer = true | readonly string[];

/** A place in a parsed document, with what it is to the finding ("used by https.request"). */
export interface RelatedPlace {
  document: ParsedDocument;
  start: number;
  end: number;
  message: string;
}

/** Where a report sits when it is not in the document analysed, and what else it involves. */
export interface Placement {
  /** The other file the finding sits in: where the unsafe value was written. */
  document?: ParsedDocument;
  /** Where in `document` the finding sits, when not where the rule reported (a constant written there). */
  at?: { start: number; end: number };
  related?: RelatedPlace[];
}

/** What a runner learnt beyond its document's findings. */
export interface RunnerSummary {
  /** The other files read (a change to one of them changes the result). */
  dependencies: string[];
  /** Limits reached while following values into other files. */
  notes: Note[];
  exports?: ExportSummary;
  /** Imported names whose files were not looked into (calls of imported helpers, exports passing them on): FileResult.deferred. */
  deferred?: string[];
  /** FileResult.exportedOptions and importUses (with the project model). */
  exportedOptions?: ExportedOptions[];
  importUses?: ImportUse[];
}

/** The rules' parts for one document: built once per document, run once per part. */
export interface PartRunner {
  run(part: RulePart<unknown>, report: (d: ReportDescriptor, placement?: Placement) => void): void;
  /**
   * The texts of the other files the document's values come from, read now: a rule whose
   * needles only they hold may fire too (the pre-filter's gate is widened with them).
   */
  linkedTexts?(): readonly string[];
  /** Called once the parts have run. */
  finish?(): RunnerSummary;
}

/** Thrown by a frontend when no part can look at a document (its model could not be built). */
export class DocumentError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

export interface Frontend<D extends ParsedDocument = ParsedDocument> {
  readonly id: LanguageId;
  /**
   * Which of a rule's parts it runs (`rule.parts[partKey]`), when not the one named by its id:
   * the project-file frontends all run the shared `files` part over their common model.
   */
  readonly partKey?: PartKey;
  /** Asynchronous set-up (a WebAssembly parser), awaited once before the first parse. */
  init?(): Promise<void>;
  /** Why a text must not be parsed at all (deeper nesting than the parser survives), if so. */
  refuse?(text: string): string | undefined;
  /**
   * Parses a text; with `previous` (the document of the text before `edits`), only what changed
   * is parsed again, and `previous` must not be used afterwards. Throws when it cannot parse.
   */
  parse(fileName: string, text: string, previous?: { document: D; edits: readonly Edit[] }): D;
  /** The comments that hold `needle`, in order (text inside strings is not a comment). */
  commentsHolding(document: D, needle: string): Comment[];
  /**
   * The edit that inserts a comment holding `directive` (`tlslint-disable-next-line id -- why`):
   * above `line` (`next-line`) or at the top of the file (`file`), in the comment form valid there;
   * undefined when the format has no comments (JSON).
   */
  directiveEdit(document: D, directive: string, placement: { line: number } | 'file'): TextEdit | undefined;
  /**
   * Prepares a document for its rules' parts (their shared model is built lazily), with what
   * the file's surroundings hold: the project (JS imports) and its configuration (the Python version).
   */
  runner(document: D, environment?: RunnerEnvironment): PartRunner;
  /**
   * Of the parts the pre-filter let through, those that may still fire once the tree is read: a
   * part let through only for names its part says it reads in code (RulePart.namesInCodeOnly,
   * keywordNeedles) that stand nowhere it reads them (a parameter list, a comment, prose in a
   * string) cannot. Absent: every part runs. Only asked when the pre-filter gates the file.
   */
  mayFire?(document: D, part: RulePart<unknown>): boolean;
  /**
   * Removes the fixes a recovering parser cannot vouch for: in a file with syntax errors, those
   * that edit a broken statement or would add an error. Files that parse keep every fix.
   */
  keepFixesThatParse?(document: D, findings: Finding[]): void;
  /**
   * The module specifiers a text imports, read without parsing it (the runner's importer passes).
   * Only a frontend that has it takes part in the project model (LintOptions.project).
   */
  importedSpecifiers?(text: string): string[];
  /**
   * `false` when a file the pre-filter skips is never worth an importer pass (its values reach
   * other files only through what they import from it, which their own lints follow): Python.
   */
  readonly importerPasses?: false;
  /**
   * Specifier openings that name the project's own files for this file beyond the relative ones
   * (tsconfig `paths` aliases): the pre-filter's deferral of a skipped file looks for them too.
   */
  projectImportNeedles?(fileName: string, project: ProjectFiles): readonly string[];
  /** The texts of the data files a file imports (JSON modules, node-config's): their TLS words let its lint run. */
  dataTexts?(fileName: string, input: string | Uint8Array, project: ProjectFiles): readonly string[];
  /** Byte strings without which a text imports no data file (dataTexts is asked only then); quoted ones are specifiers. */
  readonly dataNeedles?: readonly string[];
  /** Frees what the document holds outside the JS heap (a WebAssembly tree). */
  dispose?(document: D): void;
}

/** The kind of rule part a frontend runs: its own `partKey`, else the part named by its id. */
export function partKeyOf(frontend: Pick<Frontend, 'id' | 'partKey'>): PartKey {
  return frontend.partKey ?? (frontend.id as PartKey);
}
