// Configuration files that cannot be used. A broken .tlslintrc.json must not take every finding
// away: its problems become diagnostics on the file itself (at the line and column of a JSON syntax
// error, or at the key or value a validation problem is about), the files under it are linted with
// the last valid configuration read from it (else the defaults), and the status bar is told.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE } from '../../../protocol/protocol.js';
import { ConfigError, defaultConfig, locateProblems, type ResolvedConfig } from '../engine/config/index.js';

interface Broken {
  /** What the problems said, to tell a new error from the same one met again. */
  message: string;
  diagnostics: Diagnostic[];
}

export class ConfigProblems {
  private readonly broken = new Map<string, Broken>();
  private readonly lastGood = new Map<string, ResolvedConfig>();

  /**
   * `others(uri)`: the diagnostics the server publishes for that file besides these (when a
   * configuration file is also a linted document), since a publish replaces all of a file's.
   * `onChange`: the set of broken files changed.
   */
  constructor(
    private readonly connection: Connection,
    private readonly others: (uri: string) => Diagnostic[],
    private readonly onChange: () => void,
  ) {}

  /** The configuration to lint with, given what loading found; records a broken file, or that it was fixed. */
  use(loaded: ResolvedConfig | ConfigError): ResolvedConfig {
    if (loaded instanceof ConfigError) {
      this.report(loaded);
      return this.fallback(loaded.file);
    }
    if (loaded.configFile) {
      this.lastGood.set(loaded.configFile, loaded);
      this.fixed(loaded.configFile);
    }
    return loaded;
  }

  /**
   * After `file` changed on disk: `loaded` is what now applies in its directory. The file is
   * fixed unless that is an error of this very file (it may also have been deleted, or a
   * .tlslintrc.json beside a package.json may have taken over).
   */
  recheck(file: string, loaded: ResolvedConfig | ConfigError): void {
    if (!(loaded instanceof ConfigError && loaded.file === file)) this.fixed(file);
    this.use(loaded);
  }

  /** The broken configuration files. */
  files(): string[] {
    return [...this.broken.keys()];
  }

  /** The diagnostics of a broken configuration file (none for any other). */
  diagnosticsFor(uri: string): Diagnostic[] {
    for (const [file, b] of this.broken) if (pathToFileURL(file).toString() === uri) return b.diagnostics;
    return [];
  }

  private fallback(file: string): ResolvedConfig {
    return this.lastGood.get(file) ?? { ...defaultConfig(), configFile: undefined, baseDir: path.dirname(file) };
  }

  private report(error: ConfigError): void {
    if (this.broken.get(error.file)?.message === error.message) return;
    const using = this.lastGood.has(error.file) ? 'the last valid configuration' : 'the defaults';
    const diagnostics = locateProblems(error, readText(error.file)).map(({ message, range }): Diagnostic => ({
      range,
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      message: `${sentence(message)} tlslint uses ${using} until this is fixed.`,
    }));
    this.broken.set(error.file, { message: error.message, diagnostics });
    this.connection.console.error(`Configuration error: ${error.message}\nFiles under it are linted with ${using} until this is fixed.`);
    this.publish(error.file);
    this.onChange();
  }

  private fixed(file: string): void {
    if (!this.broken.delete(file)) return;
    this.connection.console.info(`Configuration ${file} is valid again.`);
    this.publish(file);
    this.onChange();
  }

  private publish(file: string): void {
    const uri = pathToFileURL(file).toString();
    void this.connection.sendDiagnostics({ uri, diagnostics: [...this.diagnosticsFor(uri), ...this.others(uri)] });
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** A problem as a sentence: "invalid JSON: …" → "Invalid JSON: ….", but a key path ("rules.x: …") keeps its case. */
function sentence(problem: string): string {
  const text = /^[\w$-]+(?:[.[][^\s:]*)?:/.test(problem) && !problem.startsWith('invalid JSON') ? problem : problem.charAt(0).toUpperCase() + problem.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
