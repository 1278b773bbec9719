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
}

/** Something the user should know about a file that is not a finding: a parse problem, a rule that failed, a skipped file. */
export interface Note {
  kind: 'parse-error' | 'rule-error' | 'skipped' | 'unused-directive' | 'unused-baseline' | 'config';
  message: string;
  range?: Range;
  ruleId?: string;
  severity: Severity;
}

export interface FileResult {
  fileName: string;
  findings: Finding[];
  notes: Note[];
}
