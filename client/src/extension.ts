// Entry point: activation wires the client, the commands and the status bar, and logs what a bug
// report needs first; nothing else.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_NAME, CONFIG_FILE_GLOBS, createClient, SERVER_SCRIPT } from './client.js';
import { registerCommands, type Manifest } from './commands.js';
import { StatusBar } from './status.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  logStart(context, output);
  client = createClient(context, output);
  const status = new StatusBar(client);
  context.subscriptions.push(output, status, ...registerCommands(context, client, output, status));
  void logConfigFiles(output);
  try {
    await client.start();
  } catch (err) {
    // The status bar shows the stopped server; the output says why; Restart Server retries.
    output.error(`The ${CLIENT_NAME} server did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function logStart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  const version = (context.extension.packageJSON as Manifest).version ?? '?';
  const folders = vscode.workspace.workspaceFolders?.map((f) => f.uri.fsPath) ?? [];
  output.info(
    [
      `${CLIENT_NAME} ${version} in ${vscode.env.appName} ${vscode.version}; server ${context.asAbsolutePath(SERVER_SCRIPT)} on the extension host's Node ${process.version}`,
      `Workspace folders: ${folders.length > 0 ? folders.join(', ') : 'none'}`,
      `Trust: ${vscode.workspace.isTrusted ? 'trusted' : 'Restricted Mode (tlslint only reads files, so it runs the same)'}`,
    ].join('\n'),
  );
}

/** The configuration files of the workspace: every .tlslintrc.json, and package.json files with a "tlslint" key. */
async function logConfigFiles(output: vscode.LogOutputChannel): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) return;
  const LIMIT = 200;
  const [rcGlob, pkgGlob] = CONFIG_FILE_GLOBS;
  const [rcs, pkgs] = await Promise.all([vscode.workspace.findFiles(rcGlob, '**/node_modules/**', LIMIT), vscode.workspace.findFiles(pkgGlob, '**/node_modules/**', LIMIT)]);
  const withKey = await Promise.all(
    pkgs.map(async (uri) => {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri).then((b) => b, () => new Uint8Array()));
      return /"tlslint"\s*:/.test(text) ? uri : undefined;
    }),
  );
  const found = [...rcs, ...withKey.filter((u): u is vscode.Uri => u !== undefined)].map((u) => vscode.workspace.asRelativePath(u)).sort();
  const more = rcs.length === LIMIT || pkgs.length === LIMIT ? ` (the first ${LIMIT} of each kind looked at)` : '';
  output.info(`Configuration files: ${found.length > 0 ? found.join(', ') : 'none (the defaults apply)'}${more}`);
}
