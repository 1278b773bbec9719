// The status bar item: the server's state and the last workspace scan's finding count. A click
// opens the output channel, where the server's log and the scan summaries are.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, StatusNotification, type ScanSummary, type StatusParams } from '../../protocol/protocol.js';
import { summaryTooltip } from './summary.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tlslint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private serverState: State = State.Starting;
  private scanning = false;
  private lastScan: ScanSummary | undefined;

  constructor(client: LanguageClient) {
    this.item.name = 'TLS Lint';
    this.item.command = ClientCommands.showOutput;
    this.disposables.push(
      client.onDidChangeState((e) => {
        this.serverState = e.newState;
        if (e.newState !== State.Running) this.scanning = false;
        this.render();
      }),
      // Handlers registered on the client survive restarts.
      client.onNotification(StatusNotification, (p: StatusParams) => this.update(p)),
    );
    this.render();
    this.item.show();
  }

  update(p: StatusParams): void {
    this.scanning = p.state === 'scanning';
    if (p.lastScan) this.lastScan = p.lastScan;
    this.render();
  }

  private render(): void {
    const count = this.lastScan ? `: ${this.lastScan.findings}` : '';
    const scan = this.lastScan ? `\n\n${summaryTooltip(this.lastScan)}` : '';
    this.item.backgroundColor = undefined;
    switch (this.serverState) {
      case State.Starting:
        this.item.text = '$(loading~spin) TLS Lint';
        this.item.tooltip = 'TLS Lint: the server is starting. Click to show the output.';
        break;
      case State.Stopped:
        this.item.text = '$(error) TLS Lint';
        this.item.tooltip = 'TLS Lint: the server is stopped. Run "TLS Lint: Restart Server"; click to show the output.';
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
      case State.Running:
        if (this.scanning) {
          this.item.text = '$(sync~spin) TLS Lint: scanning';
          this.item.tooltip = `TLS Lint: scanning the workspace. Click to show the output.${scan}`;
        } else {
          this.item.text = `$(shield) TLS Lint${count}`;
          this.item.tooltip = `TLS Lint: the server is running. Click to show the output.${scan}`;
        }
        break;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
