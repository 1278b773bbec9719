// A rule's page, from inside the extension: docs/rules/<id>.md ships in the vsix, so "Show
// documentation", the hover's link and the palette command open it in VS Code's Markdown preview,
// offline and in Restricted Mode, instead of sending the user to a web page.
import * as vscode from 'vscode';
import { docsUrl, RULE_DOCS_DIR } from '../../protocol/docs.js';

export async function openRulePage(extensionUri: vscode.Uri, ruleId: string): Promise<void> {
  const page = vscode.Uri.joinPath(extensionUri, RULE_DOCS_DIR, `${ruleId}.md`);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    // Not shipped (a development build without docs/): the web page is all there is.
    await vscode.env.openExternal(vscode.Uri.parse(docsUrl(ruleId)));
    return;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
  } catch {
    // The built-in Markdown extension is disabled: the page as text is still the page.
    await vscode.window.showTextDocument(page, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }
}
