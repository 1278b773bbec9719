// `tlslint-language-server --stdio` (or --node-ipc when VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);
// A bug must never take the editor's server down: log it and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`tlslint: uncaught ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`tlslint: unhandled ${String(err)}`));
startServer(connection);
