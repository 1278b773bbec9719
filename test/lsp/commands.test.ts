// Server commands the client's palette and quick fixes rely on, beyond the scan.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { docsUrl } from '../../rules/docs-url.js';
import { ServerCommands } from '../../protocol/protocol.js';
import { clientPerSuite } from './lsp-client.js';

describe('tlslint.server.showDocumentation', () => {
  const suite = clientPerSuite();

  const showDocuments = () => suite.client.events.filter((e) => e.type === 'request' && e.method === 'window/showDocument').map((e) => (e as { params: unknown }).params);
  const run = (arg: unknown) => suite.client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.showDocumentation, arguments: [arg] });

  it('opens a docs address (from a quick fix) or a rule id (from the palette) externally, and ignores unknown ids', async () => {
    await run(docsUrl('require-servername'));
    await run('no-global-tls-bypass');
    await run('no-such-rule');
    await run('javascript:alert(1)');
    assert.deepEqual(showDocuments(), [
      { uri: docsUrl('require-servername'), external: true },
      { uri: docsUrl('no-global-tls-bypass'), external: true },
    ]);
  });

  it('lists every server command in executeCommandProvider', () => {
    assert.deepEqual(suite.client.initializeResult.capabilities.executeCommandProvider?.commands.sort(), Object.values(ServerCommands).sort());
  });
});
