// The status bar item: the server's state and the current number of tlslint problems, counted from
// the diagnostics VS Code holds (so it is what the Problems panel shows, after a scan, a Clear, a
// fix or a cancelled rescan alike), and a warning while a configuration file is broken. A click
// opens the tlslint menu (commands.ts).
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, DIAGNOSTIC_SOURCE, StatusNotification, type ScanSummary, type StatusParams } from '../../protocol/protocol.js';
import { CLIENT_NAME } from './client.js';
import { statusText, statusTooltip, type SeverityCounts } from './summary.js';

/** A few repaints a second are enough while a scan publishes thousands of files. */
const RENDER_DELAY_MS = 100;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tlslint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private readonly perFile = new Map<string, SeverityCounts>();
  private serverState: State = State.Starting;
  private scanning = false;
  private lastScan: ScanSummary | undefined;
  private configErrors: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(client: LanguageClient) {
    this.item.name = CLIENT_NAME;
    this.item.command = ClientCommands.showMenu;
    this.disposables.push(
      client.onDidChangeState((e) => {
        this.serverState = e.newState;
        if (e.newState !== State.Running) this.scanning = false;
        this.render();
      }),
      // Handlers registered on the client survive restarts.
      client.onNotification(StatusNotification, (p: StatusParams) => this.update(p)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.recount(uri);
        this.renderSoon();
      }),
    );
    for (const [uri] of vscode.languages.getDiagnostics()) this.recount(uri);
    this.render();
    this.item.show();
  }

  /** The broken configuration files the server reported, for the menu. */
  get brokenConfigs(): readonly string[] {
    return this.configErrors;
  }

  update(p: StatusParams): void {
    this.scanning = p.state === 'scanning';
    this.lastScan = p.lastScan;
    this.configErrors = p.configErrors ?? [];
    this.render();
  }

  private recount(uri: vscode.Uri): void {
    const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
    for (const d of vscode.languages.getDiagnostics(uri)) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) c.error++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) c.warning++;
      else c.info++;
    }
    if (c.error + c.warning + c.info > 0) this.perFile.set(uri.toString(), c);
    else this.perFile.delete(uri.toString());
  }

  private totals(): SeverityCounts {
    const t: SeverityCounts = { error: 0, warning: 0, info: 0 };
    for (const c of this.perFile.values()) {
      t.error += c.error;
      t.warning += c.warning;
      t.info += c.info;
    }
    return t;
  }

  private renderSoon(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, RENDER_DELAY_MS);
  }

  private render(): void {
    const counts = this.totals();
    const text = statusText(counts.error + counts.warning + counts.info);
    this.item.backgroundColor = undefined;
    this.item.tooltip = statusTooltip(counts, this.lastScan, this.configErrors);
    switch (this.serverState) {
      case State.Starting:
        this.item.text = `$(loading~spin) ${CLIENT_NAME}`;
        this.item.tooltip = `${CLIENT_NAME}: the server is starting. Click for the ${CLIENT_NAME} menu.`;
        break;
      case State.Stopped:
        this.item.text = `$(error) ${CLIENT_NAME}`;
        this.item.tooltip = `${CLIENT_NAME}: the server is stopped. Click for the ${CLIENT_NAME} menu (Restart Server, Show Output).`;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
      case State.Running:
        if (this.configErrors.length > 0) {
          this.item.text = `$(warning) ${text}`;
          this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        } else {
          this.item.text = `${this.scanning ? '$(sync~spin)' : '$(shield)'} ${text}`;
        }
        break;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
