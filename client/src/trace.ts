// The "tlslint Trace" output: the messages between VS Code and the server when tlslint.trace.server
// is on. vscode-languageclient 10 traces only while its trace channel's log level is Trace (and then
// treats "off" as "messages"), so with a log output channel the setting alone showed nothing unless
// the user also lowered VS Code's log level. This channel reports the level the setting asks for.
import * as vscode from 'vscode';
import { SERVER_NAME } from '../../protocol/protocol.js';

const SETTING = 'trace.server';

/** The log level the client should see for a tlslint.trace.server value. */
export function traceLevel(setting: unknown): vscode.LogLevel {
  return setting === 'messages' || setting === 'verbose' ? vscode.LogLevel.Trace : vscode.LogLevel.Off;
}

export class TraceChannel implements vscode.LogOutputChannel {
  private readonly channel: vscode.OutputChannel;
  private readonly changed = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly watcher: vscode.Disposable;
  private level: vscode.LogLevel;
  readonly onDidChangeLogLevel = this.changed.event;

  constructor(readonly name: string) {
    this.channel = vscode.window.createOutputChannel(name);
    this.level = traceLevel(vscode.workspace.getConfiguration(SERVER_NAME).get(SETTING));
    this.watcher = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${SERVER_NAME}.${SETTING}`)) return;
      const level = traceLevel(vscode.workspace.getConfiguration(SERVER_NAME).get(SETTING));
      if (level === this.level) return;
      this.level = level;
      this.changed.fire(level);
    });
  }

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  private write(level: string, message: string): void {
    this.channel.appendLine(`${new Date().toISOString()} [${level}] ${message}`);
  }

  trace(message: string): void {
    if (this.level !== vscode.LogLevel.Off) this.write('trace', message);
  }
  debug(message: string): void {
    this.write('debug', message);
  }
  info(message: string): void {
    this.write('info', message);
  }
  warn(message: string): void {
    this.write('warning', message);
  }
  error(error: string | Error): void {
    this.write('error', error instanceof Error ? (error.stack ?? error.message) : error);
  }
  append(value: string): void {
    this.channel.append(value);
  }
  appendLine(value: string): void {
    this.channel.appendLine(value);
  }
  replace(value: string): void {
    this.channel.replace(value);
  }
  clear(): void {
    this.channel.clear();
  }
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    this.channel.show(typeof columnOrPreserveFocus === 'boolean' ? columnOrPreserveFocus : preserveFocus);
  }
  hide(): void {
    this.channel.hide();
  }
  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
    this.channel.dispose();
  }
}
