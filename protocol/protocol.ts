// What the VS Code client and the language server agree on beyond plain LSP: command ids, the
// workspace scan request and its summary, setting names. Constants and types only, so the client
// bundle can import it without pulling in the server.

export const SERVER_NAME = 'tlslint';
export const DIAGNOSTIC_SOURCE = 'tlslint';
export const FIX_ALL_KIND = 'source.fixAll.tlslint';

/** Commands the server executes (workspace/executeCommand). */
export const ServerCommands = {
  /** Arguments `[{ exclude?: string[] }]` (the `files.exclude` globs that are on); returns a ScanSummary, or null while another scan runs. */
  scanWorkspace: 'tlslint.server.scanWorkspace',
  /** Removes the scans' diagnostics of files that are not open; returns `{ cleared: number }`. */
  clearWorkspaceResults: 'tlslint.server.clearWorkspaceResults',
  /**
   * Opens a rule's documentation (window/showDocument, external), or shows its address in a message
   * where the client cannot open documents; the argument is its docs URL or the rule id. The VS Code
   * client opens the page bundled in the extension instead.
   */
  showDocumentation: 'tlslint.server.showDocumentation',
} as const;

/** Commands the VS Code extension contributes to the palette (category "tlslint"). */
export const ClientCommands = {
  scanWorkspace: 'tlslint.scanWorkspace',
  clearWorkspaceResults: 'tlslint.clearWorkspaceResults',
  showOutput: 'tlslint.showOutput',
  restartServer: 'tlslint.restartServer',
  showDocumentation: 'tlslint.showDocumentation',
  /** The status bar item's menu: scan, clear, output, restart (and the broken configuration files). */
  showMenu: 'tlslint.showMenu',
} as const;

export interface ScanSummary {
  files: number;
  filesWithFindings: number;
  findings: number;
  bySeverity: Record<'error' | 'warning' | 'info', number>;
  byRule: Record<string, number>;
  cancelled: boolean;
  durationMs: number;
}

/** Sent by the server when the scan state or the set of broken configuration files changes, for the status bar. */
export const StatusNotification = 'tlslint/status';
export interface StatusParams {
  state: 'idle' | 'scanning';
  lastScan?: ScanSummary;
  /**
   * Configuration files that cannot be used (each has its diagnostics); files under them are linted
   * with the last valid configuration of that file, else the defaults. Absent: none.
   */
  configErrors?: string[];
}

/** Data a diagnostic carries so a code action can be built without re-analysing. */
export interface DiagnosticData {
  ruleId: string;
  version: number | null;
  fixes: { title: string; kind: 'safe' | 'suggestion'; edits: { start: number; end: number; text: string }[] }[];
  docsUrl: string;
}

export type RunSetting = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunSetting;
  rules: Record<string, 'off' | 'info' | 'warning' | 'error' | 'default'>;
  /** Globs of more test files, added to the configuration's `testFiles`. */
  testFiles: string[];
  /** Show information findings (severity info); off by default (LintOptions.includeInfo). */
  includeInfo: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', rules: {}, testFiles: [], includeInfo: false };
