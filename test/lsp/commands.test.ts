// Server commands the client's palette and quick fixes rely on, beyond the scan.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { docsUrl } from '../../rules/docs-url.js';
import { rules } from '../../rules/index.js';
import { ServerCommands } from '../../protocol/protocol.js';
import { makeWorkspace, startClient, type TestClient } from './lsp-client.js';

const BASE = { workspace: { configuration: true, workspaceFolders: true } };

describe('tlslint.server.showDocumentation', () => {
  let opens: TestClient;
  let lacks: TestClient;
  before(async () => {
    const dir = makeWorkspace({});
    opens = await startClient({ rootPath: dir, capabilities: { ...BASE, window: { showDocument: { support: true } } } });
    // Neovim 0.7 and other clients without window/showDocument (they answer MethodNotFound).
    lacks = await startClient({ rootPath: dir, capabilities: BASE });
  });
  after(async () => {
    await opens.stop();
    await lacks.stop();
  });

  const requests = (client: TestClient, method: string) => client.events.filter((e) => e.type === 'request' && e.method === method).map((e) => (e as { params: unknown }).params);
  const messages = (client: TestClient) => client.events.filter((e) => e.type === 'notification' && e.method === 'window/showMessage').map((e) => (e as { params: unknown }).params);
  const run = (client: TestClient, arg: unknown) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.showDocumentation, arguments: [arg] });

  it('opens a docs address (from a quick fix) or a rule id (from the palette) externally, and ignores anything else', async () => {
    await run(opens, docsUrl('require-servername'));
    await run(opens, 'no-global-tls-bypass');
    await run(opens, 'no-such-rule');
    await run(opens, 'javascript:alert(1)');
    await run(opens, 'https://example.com/no-weak-cipher.md');
    assert.deepEqual(requests(opens, 'window/showDocument'), [
      { uri: docsUrl('require-servername'), external: true },
      { uri: docsUrl('no-global-tls-bypass'), external: true },
    ]);
    assert.deepEqual(messages(opens), []);
  });

  it('where the client cannot open documents, shows the address in a message instead of failing', async () => {
    const result = await run(lacks, docsUrl('require-servername'));
    assert.equal(result, null);
    assert.deepEqual(requests(lacks, 'window/showDocument'), [], 'no request the client would answer with MethodNotFound');
    const description = rules.find((r) => r.meta.id === 'require-servername')!.meta.description;
    await lacks.event((e) => e.type === 'notification' && e.method === 'window/showMessage');
    assert.deepEqual(messages(lacks), [{ type: 3, message: `tlslint require-servername: ${description} Documentation: ${docsUrl('require-servername')}` }]);
  });

  it('lists every server command in executeCommandProvider', () => {
    assert.deepEqual(opens.initializeResult.capabilities.executeCommandProvider?.commands.sort(), Object.values(ServerCommands).sort());
  });
});
