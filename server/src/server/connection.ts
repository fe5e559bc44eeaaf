// The connection to the client, over the transport the command line names (--stdio, --node-ipc,
// --socket, --pipe), as vscode-languageserver's createConnection() would pick it.
//
// We pick it ourselves to reach the message reader. When a message arrives whole but is not
// JSON, vscode-jsonrpc only tells the reader's error event, and the client is never told that
// its message was lost. JSON-RPC 2.0 asks for an error response with id null and code -32700
// (Parse error), so we send one. With --node-ipc, messages arrive already parsed and this never
// happens.
//
// Handing createConnection a reader and writer costs two things it only does when it opens
// stdio itself, so for --stdio we do them here: exit when the input ends, and keep console
// output off stdout. Its watchdog on the parent process (--clientProcessId, and the processId
// sent with initialize) does not depend on the transport and stays as it is.

import { format, inspect } from 'node:util';
import {
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  ProposedFeatures,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ConnectionOptions,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

interface Transport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  readonly stdio: boolean;
}

export function connect(): Connection {
  const transport = transportOf(process.argv.slice(2));
  // No transport named: createConnection says what is missing.
  if (!transport) return createConnection(ProposedFeatures.all);
  const { reader, writer } = transport;
  answerParseErrors(reader, writer);
  if (!transport.stdio) return createConnection(ProposedFeatures.all, reader, writer);

  // Whether shutdown came first decides the exit code, as it does for the exit notification;
  // createConnection keeps that to itself, so we note it on the way in.
  let shutdownReceived = false;
  const options: ConnectionOptions = {
    messageStrategy: {
      handleMessage: (message, next) => {
        if (Message.isRequest(message) && message.method === ShutdownRequest.method) shutdownReceived = true;
        return next(message);
      },
    },
  };
  const connection = createConnection(ProposedFeatures.all, reader, writer, options);
  // The input ends when the client is gone: nobody is left to send exit.
  const exit = (): never => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  consoleToClient(connection);
  return connection;
}

/** The reader and writer for the first transport on the command line, read the way createConnection reads it. */
function transportOf(argv: readonly string[]): Transport | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--stdio')
      return {
        reader: new StreamMessageReader(process.stdin),
        writer: new StreamMessageWriter(process.stdout),
        stdio: true,
      };
    if (arg === '--node-ipc')
      return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
    const [name, value = argv[i + 1]] = arg.split('=');
    if (name === '--socket') {
      const port = parseInt(value ?? '');
      if (!port) return undefined;
      const [reader, writer] = createServerSocketTransport(port);
      return { reader, writer, stdio: false };
    }
    if (name === '--pipe') {
      if (!value) return undefined;
      const [reader, writer] = createServerPipeTransport(value);
      return { reader, writer, stdio: false };
    }
  }
  return undefined;
}

function answerParseErrors(reader: MessageReader, writer: MessageWriter): void {
  reader.onError((error) => {
    // JSON.parse throws a SyntaxError; only then did a whole message arrive that is not JSON.
    // A broken header or a failing stream is reported as another Error: no message came whole,
    // so there is nothing to answer.
    if (!(error instanceof SyntaxError)) return;
    const response = {
      jsonrpc: '2.0',
      id: null,
      error: { code: ErrorCodes.ParseError, message: `Parse error: ${error.message}` },
    };
    // A failed write also goes to the writer's error event, which the connection hears.
    writer.write(response).catch(() => {});
  });
}

/** stdout carries the protocol, so console output goes to the client's log instead. */
function consoleToClient(connection: Connection): void {
  const to =
    (log: (message: string) => void) =>
    (...args: unknown[]): void =>
      log(format(...args));
  // Node's console writes count, table, group and the time methods through log, and trace and
  // assert through error and warn: these cover all of it.
  console.log = console.debug = console.dirxml = to((m) => connection.console.log(m));
  console.info = to((m) => connection.console.info(m));
  console.warn = to((m) => connection.console.warn(m));
  console.error = to((m) => connection.console.error(m));
  console.dir = (item: unknown, options?: object): void => connection.console.log(inspect(item, options));
}
