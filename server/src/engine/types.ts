// What the engine hands to the CLI and the language server. No LSP types here.
import type { Fix, Severity } from '../../../rules/api.js';

/** Zero-based line and character (UTF-16), as LSP and TypeScript count them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  /** Offsets into the text. */
  start: number;
  end: number;
  range: Range;
  fixes: Fix[];
  /**
   * Other places the finding involves, in this file or others: where an imported value is
   * used (`used by https.request at client.ts:12`), where it was written, the helper a call reaches.
   */
  related?: RelatedLocation[];
}

/** A place a finding involves besides its own range (LSP relatedInformation, SARIF relatedLocations). */
export interface RelatedLocation {
  fileName: string;
  range: Range;
  message: string;
}

/**
 * A finding one file's analysis places in another file, where the unsafe value is written (an
 * exported options object used by a sink in the file analysed). Its severity is the rule's own:
 * the other file's configuration decides the final one when it is placed (linter/placement.ts).
 */
export interface PlacedFinding extends Finding {
  fileName: string;
  /** The severity the rule reported, before any configuration. */
  ownSeverity: Severity;
}

/** Something the user should know about a file that is not a finding: a parse problem, a rule that failed, a skipped file. */
export interface Note {
  kind: 'parse-error' | 'rule-error' | 'skipped' | 'unused-directive' | 'unused-baseline' | 'config' | 'limit';
  message: string;
  range?: Range;
  ruleId?: string;
  severity: Severity;
}

export interface FileResult {
  fileName: string;
  findings: Finding[];
  notes: Note[];
  /** Findings this file's analysis placed in the files its values came from. */
  elsewhere?: PlacedFinding[];
  /** The other files the analysis read (the project model): a change to one of them changes this result. */
  dependencies?: string[];
  /** What files importing this one should know (the runner's importer pass, linter/importers.ts). */
  exports?: ExportSummary;
  /**
   * An importer pass may lint the file (again): `true` when the pre-filter skipped it though it
   * imports the project's own files; the imported names whose exports were not looked into when it
   * was linted (a call of an imported helper with a constant argument, an export passing one on).
   */
  deferred?: true | string[];
  /**
   * Option settings reported only because the file exports them (no sink or unknown code of its
   * own takes them): the runner quiets them when every importer uses them safely (runner/importer-uses.ts).
   */
  exportedOptions?: ExportedOptions[];
  /** How the file uses each name it imports from the project's files (runner/importer-uses.ts). */
  importUses?: ImportUse[];
}

/** A span of exported option settings (offsets) and the export names that hold them. */
export interface ExportedOptions {
  start: number;
  end: number;
  /** Export names (`default` for a default export or CommonJS's `module.exports`, `*` for the whole module). */
  names: string[];
}

/** One use of an imported name of a project file. */
export interface ImportUse {
  /** The file imported from (resolved). */
  file: string;
  /** The export used (`default`, `*` for the whole module). */
  name: string;
  /** The value goes where the file's analysis does not follow it (unknown code, a re-export). */
  handedOn: boolean;
  /** For `*`: the one member the use reads (`cfg.kafka` of a whole `require`), when it says. */
  member?: string;
}

/** What a file's exports are to the files importing them (the runner's importer passes). */
export interface ExportSummary {
  /** Exports whose values or bodies hold TLS settings: their importers are worth linting. */
  names: string[];
  /** Those of the exports (and of passesOn) that are functions or classes: they matter where they are called. */
  calls: string[];
  /** Exports whose declarations use names imported from other files: they matter if those do. */
  passesOn: { name: string; uses: { specifier: string; name: string }[] }[];
  /** Every export's name (`module.exports = { a, b }`: a and b), when the file has more than one. */
  all?: string[];
  /** Its module object is `module.exports` (CommonJS, TypeScript's `export =`): a default import of it is the whole module. */
  commonJs?: true;
}
