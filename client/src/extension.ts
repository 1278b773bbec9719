// Entry point: activation wires the client, the commands and the status bar; nothing else.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_NAME, createClient } from './client.js';
import { registerCommands, type Manifest } from './commands.js';
import { StatusBar } from './status.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  client = createClient(context, output);
  context.subscriptions.push(output, new StatusBar(client), ...registerCommands(client, output, context.extension.packageJSON as Manifest));
  try {
    await client.start();
  } catch (err) {
    // The status bar shows the stopped server; the output says why; Restart Server retries.
    output.error(`The TLS Lint server did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
