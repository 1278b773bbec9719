// `tlslint-language-server --stdio` (or --node-ipc when VS Code starts it).
import path from 'node:path';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FrameGuard } from './frame-guard.js';
import { RULE_DOCS_DIR } from '../../../protocol/docs.js';
import { startServer } from './server.js';

function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  // Over stdio, frames pass the guard first (frame-guard.ts). Given streams, the library no longer
  // redirects console output away from stdout, where it would corrupt the protocol: done here.
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[name] = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  }
  const input = process.stdin.pipe(new FrameGuard((why) => process.stderr.write(`tlslint: dropped ${why}\n`)));
  return createConnection(ProposedFeatures.all, input, process.stdout);
}

const connection = connect();
// A bug must never take the editor's server down: log it and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`tlslint: uncaught ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`tlslint: unhandled ${String(err)}`));
// The bundle is dist/server.js; the rule pages are docs/rules/ beside dist/ (repository, vsix, npm package).
startServer(connection, { serverPath: __filename, docsDir: path.join(__dirname, '..', RULE_DOCS_DIR) });
