/**
 * The language server's entry: creates the connection (stdio, IPC or socket, as the client
 * asks on the command line), routes `console` to the client's log — stdout belongs to the
 * protocol — and logs unhandled errors instead of dying.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);

process.on('unhandledRejection', (e: unknown) => {
  connection.console.error(`Unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});
process.on('uncaughtException', (e: Error) => {
  connection.console.error(`Uncaught exception: ${e.stack ?? e.message}`);
});

startServer(connection);
