// A test client that drives the bundled language server the way VS Code does: the server runs
// as a child process (`node dist/server.js --stdio`) and the two talk JSON-RPC over its stdio.
// Tests wait on events (a notification arriving, the process exiting), never on timers.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { after, before } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeWorkspaceFoldersNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  SelectionRangeRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  RegistrationRequest,
  RenameRequest,
  ResponseError,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkspaceSymbolRequest,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionContext,
  type Command,
  type CompletionContext,
  type CompletionItem,
  type CompletionList,
  type Definition,
  type DefinitionLink,
  type DocumentHighlight,
  type DocumentLink,
  type DocumentSymbol,
  type FileEvent,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type Logger,
  type Location,
  type Position,
  type PrepareRenameResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type SelectionRange,
  type SemanticTokens,
  type ShowMessageParams,
  type SymbolInformation,
  type SymbolKind,
  type Range,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
  type WorkspaceFolder,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
export const LANGUAGE_ID = 'council-report';

/** What VS Code 1.100 announces for the features this server offers (trimmed to those). */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
  general: { positionEncodings: ['utf-16'] },
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceFolders: true,
    symbol: {
      dynamicRegistration: true,
      symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => (i + 1) as SymbolKind) },
    },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      tagSupport: { valueSet: [1, 2] },
      codeDescriptionSupport: true,
      dataSupport: true,
    },
    documentSymbol: {
      dynamicRegistration: true,
      hierarchicalDocumentSymbolSupport: true,
      symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => (i + 1) as SymbolKind) },
      tagSupport: { valueSet: [1] },
      labelSupport: true,
    },
    definition: { dynamicRegistration: true, linkSupport: true },
    hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
    references: { dynamicRegistration: true },
    documentHighlight: { dynamicRegistration: true },
    foldingRange: {
      dynamicRegistration: true,
      rangeLimit: 5000,
      lineFoldingOnly: true,
      foldingRangeKind: { valueSet: ['comment', 'imports', 'region'] },
    },
    selectionRange: { dynamicRegistration: true },
    documentLink: { dynamicRegistration: true, tooltipSupport: true },
  },
  window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } } },
};

export interface ServerExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A request the server sent to the client, as the client saw it. */
export interface ServerRequest {
  readonly method: string;
  readonly params: unknown;
}

export interface StartOptions {
  /** VS Code's display language, sent in `initialize`; English unless said. */
  readonly locale?: string;
  /** What the client announces; VS Code's by default. */
  readonly capabilities?: ClientCapabilities;
  /** Whether the client accepts client/registerCapability; a client without dynamic
   *  registration answers it with "method not found", as vscode-jsonrpc does by default. */
  readonly handlesRegistration?: boolean;
  /** The workspace folders sent in `initialize`; none unless said. */
  readonly workspaceFolders?: WorkspaceFolder[];
  /** More command-line arguments for the server, after `--stdio` (`--clientProcessId=<pid>`). */
  readonly args?: readonly string[];
  /** Options for node itself, before the server's path (`--cpu-prof`). */
  readonly nodeArgs?: readonly string[];
  /** The `processId` sent in `initialize`; this test process's by default. */
  readonly processId?: number | null;
}

interface DiagnosticsWaiter {
  readonly uri: string;
  /** A number: only a publication for that document version; null: only one without a version. */
  readonly version: number | null | undefined;
  readonly resolve: (params: PublishDiagnosticsParams) => void;
  readonly reject: (error: Error) => void;
}

export class LspClient {
  /** Errors and warnings of the client's JSON-RPC connection, such as a response without an id. */
  readonly connectionLog: string[] = [];
  /** Every request the server sent to the client, in order of arrival. */
  readonly serverRequests: ServerRequest[] = [];
  /** Every window/showMessage the server sent, in order of arrival. */
  readonly shownMessages: ShowMessageParams[] = [];
  /** The server process's exit, once it has happened. */
  readonly exited: Promise<ServerExit>;

  private readonly child: ChildProcessWithoutNullStreams;
  private readonly connection: ProtocolConnection;
  private readonly stderrChunks: string[] = [];
  private readonly diagnosticsWaiters: DiagnosticsWaiter[] = [];
  private readonly requestWaiters: {
    method: string;
    holds: (r: ServerRequest) => boolean;
    resolve: (r: ServerRequest) => void;
  }[] = [];
  private readonly messageWaiters: ((m: ShowMessageParams) => void)[] = [];
  private exit: ServerExit | null = null;

  private constructor(options: StartOptions) {
    this.child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), SERVER_PATH, '--stdio', ...(options.args ?? [])],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => this.stderrChunks.push(chunk));
    this.exited = new Promise((resolve) => {
      // 'close' rather than 'exit': by then stderr has been read to the end.
      this.child.on('close', (code, signal) => {
        this.exit = { code, signal };
        for (const w of this.diagnosticsWaiters.splice(0)) {
          const which =
            w.version === undefined ? '' : w.version === null ? ' (without a version)' : ` version ${w.version}`;
          w.reject(
            new Error(
              `the server exited (code ${code}, signal ${signal}) before publishing diagnostics for ${w.uri}${which}${this.stderrNote()}`,
            ),
          );
        }
        resolve(this.exit);
      });
    });
    // A write to a server that has already exited fails with EPIPE; the exit is what matters.
    this.child.stdin.on('error', () => {});

    // What vscode-jsonrpc says about messages it could not match (a response with id null, ...).
    const log = (message: string): void => void this.connectionLog.push(message);
    const logger: Logger = { error: log, warn: log, info: () => {}, log: () => {} };
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
      logger,
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onDiagnostics(params));
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shownMessages.push(params);
      for (const w of this.messageWaiters.splice(0)) w(params);
    });
    // VS Code answers workspace/configuration with the user's settings; this user has none.
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.recordRequest(ConfigurationRequest.method, params);
      return params.items.map(() => null);
    });
    const handlesRegistration = options.handlesRegistration ?? true;
    const registration = (method: string, params: unknown): void => {
      this.recordRequest(method, params);
      if (!handlesRegistration) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
    };
    this.connection.onRequest(RegistrationRequest.type, (params) => registration(RegistrationRequest.method, params));
    this.connection.onRequest(UnregistrationRequest.type, (params) =>
      registration(UnregistrationRequest.method, params),
    );
    this.connection.listen();
  }

  /** Starts the server, sends `initialize` and `initialized`, and returns the server's answer. */
  static async start(options: StartOptions = {}): Promise<{ client: LspClient; initializeResult: InitializeResult }> {
    const client = new LspClient(options);
    try {
      const initializeResult = await client.withStderr(
        client.connection.sendRequest(InitializeRequest.type, {
          processId: options.processId === undefined ? process.pid : options.processId,
          clientInfo: { name: 'Visual Studio Code', version: '1.100.0' },
          locale: options.locale ?? 'en',
          rootUri: null,
          workspaceFolders: options.workspaceFolders ?? null,
          capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
          trace: 'off',
        }),
      );
      await client.connection.sendNotification(InitializedNotification.type, {});
      return { client, initializeResult };
    } catch (error) {
      client.kill(); // nobody else holds the client to stop it
      throw error;
    }
  }

  /** What the server wrote to stderr so far. */
  get stderr(): string {
    return this.stderrChunks.join('');
  }

  get hasExited(): boolean {
    return this.exit !== null;
  }

  /**
   * The next publishDiagnostics for `uri`, for the given document version if one is given
   * (null: a publication without a version, as on close). Call it before sending the change
   * whose diagnostics it awaits, so the publication cannot slip past.
   */
  nextDiagnostics(uri: string, version?: number | null): Promise<PublishDiagnosticsParams> {
    if (this.exit)
      return Promise.reject(new Error(`the server has exited (code ${this.exit.code})${this.stderrNote()}`));
    return new Promise((resolve, reject) => this.diagnosticsWaiters.push({ uri, version, resolve, reject }));
  }

  /** The first request with this method the server sent (of those that `holds` accepts),
   *  waiting for it if it has not come yet. */
  serverRequest(method: string, holds: (r: ServerRequest) => boolean = () => true): Promise<ServerRequest> {
    const seen = this.serverRequests.find((r) => r.method === method && holds(r));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.requestWaiters.push({ method, holds, resolve }));
  }

  /** The next window/showMessage the server sends. Call it before what should cause it. */
  nextShownMessage(): Promise<ShowMessageParams> {
    return new Promise((resolve) => this.messageWaiters.push(resolve));
  }

  /** workspace/didChangeWatchedFiles, as VS Code sends it for a file the server watches. */
  async changeWatchedFiles(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: LANGUAGE_ID, version, text },
    });
  }

  /** Incremental changes, applied by the server in order, as VS Code sends them. */
  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.withStderr(this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
  }

  definition(uri: string, position: Position): Promise<Definition | DefinitionLink[] | null> {
    return this.withStderr(this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }));
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.withStderr(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
  }

  references(uri: string, position: Position, includeDeclaration: boolean): Promise<Location[] | null> {
    return this.withStderr(
      this.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri },
        position,
        context: { includeDeclaration },
      }),
    );
  }

  documentHighlights(uri: string, position: Position): Promise<DocumentHighlight[] | null> {
    return this.withStderr(
      this.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position }),
    );
  }

  /** Any request, also one the server does not know; rejects with the server's ResponseError. */
  request<R>(method: string, params?: unknown, token?: CancellationToken): Promise<R> {
    // A token passed as undefined would be sent as a second, positional parameter.
    const sent = token
      ? this.connection.sendRequest<R>(method, params, token)
      : this.connection.sendRequest<R>(method, params);
    return this.withStderr(sent);
  }

  /** Any notification, also one the server does not know. */
  async notify(method: string, params?: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  /** Bytes written straight to the server's stdin, past the JSON-RPC framing: malformed input. */
  writeRaw(data: string | Uint8Array): void {
    this.child.stdin.write(data);
  }

  /** The client vanishes: its end of the server's stdin closes, without shutdown or exit. */
  closeStdin(): void {
    this.child.stdin.end();
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.withStderr(this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }));
  }

  selectionRanges(uri: string, positions: Position[]): Promise<SelectionRange[] | null> {
    return this.withStderr(
      this.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions }),
    );
  }

  semanticTokens(uri: string): Promise<SemanticTokens | null> {
    return this.withStderr(this.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
  }

  semanticTokensInRange(uri: string, range: Range): Promise<SemanticTokens | null> {
    return this.withStderr(
      this.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range }),
    );
  }

  documentLinks(uri: string): Promise<DocumentLink[] | null> {
    return this.withStderr(this.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } }));
  }

  prepareRename(uri: string, position: Position): Promise<PrepareRenameResult | null> {
    return this.withStderr(this.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position }));
  }

  rename(uri: string, position: Position, newName: string): Promise<WorkspaceEdit | null> {
    return this.withStderr(
      this.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName }),
    );
  }

  codeActions(uri: string, range: Range, context: CodeActionContext): Promise<(Command | CodeAction)[] | null> {
    return this.withStderr(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context }),
    );
  }

  /** workspace/executeCommand; the server's answer as it sent it. */
  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.withStderr(this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }));
  }

  completion(
    uri: string,
    position: Position,
    context?: CompletionContext,
  ): Promise<CompletionItem[] | CompletionList | null> {
    return this.withStderr(
      this.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position,
        ...(context ? { context } : {}),
      }),
    );
  }

  workspaceSymbols(query: string): Promise<SymbolInformation[] | WorkspaceSymbol[] | null> {
    return this.withStderr(this.connection.sendRequest(WorkspaceSymbolRequest.type, { query }));
  }

  /** workspace/didChangeWorkspaceFolders, as VS Code sends it when a folder is added or removed. */
  async changeWorkspaceFolders(added: WorkspaceFolder[], removed: WorkspaceFolder[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added, removed } });
  }

  /** `shutdown`, then `exit`, as VS Code does on closing the window; resolves with the exit. */
  async shutdown(): Promise<ServerExit> {
    if (this.exit) return this.exit;
    await this.withStderr(this.connection.sendRequest(ShutdownRequest.type));
    await this.connection.sendNotification(ExitNotification.type);
    const exit = await this.exited;
    this.connection.dispose();
    return exit;
  }

  /** `exit` without `shutdown`: a client that went away uncleanly. */
  async exitWithoutShutdown(): Promise<ServerExit> {
    await this.connection.sendNotification(ExitNotification.type);
    const exit = await this.exited;
    this.connection.dispose();
    return exit;
  }

  /** Last resort for an after() hook when a test left the server hanging. */
  kill(): void {
    if (!this.exit) this.child.kill();
    this.connection.dispose();
  }

  private onDiagnostics(params: PublishDiagnosticsParams): void {
    for (let i = 0; i < this.diagnosticsWaiters.length; i++) {
      const w = this.diagnosticsWaiters[i]!;
      if (w.uri !== params.uri) continue;
      if (w.version === null ? params.version !== undefined : w.version !== undefined && w.version !== params.version)
        continue;
      this.diagnosticsWaiters.splice(i--, 1);
      w.resolve(params);
    }
  }

  private recordRequest(method: string, params: unknown): void {
    const request = { method, params };
    this.serverRequests.push(request);
    for (let i = 0; i < this.requestWaiters.length; i++) {
      const w = this.requestWaiters[i]!;
      if (w.method !== method || !w.holds(request)) continue;
      this.requestWaiters.splice(i--, 1);
      w.resolve(request);
    }
  }

  private stderrNote(): string {
    const stderr = this.stderr.trim();
    return stderr ? `\n--- server stderr ---\n${stderr}` : '';
  }

  /** A request fails, rather than hangs, when the server dies, and a failed request says what
   *  the server printed, which is usually why. */
  private async withStderr<T>(request: Promise<T>): Promise<T> {
    const died = this.exited.then((e) =>
      Promise.reject(new Error(`the server exited (code ${e.code}, signal ${e.signal}) before answering`)),
    );
    try {
      return await Promise.race([request, died]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message}${this.stderrNote()}`, { cause: error });
    }
  }
}

/** The registrations the server asked for, as `method` strings. */
export function registeredMethods(request: ServerRequest): string[] {
  const params = request.params as { registrations?: Registration[] } | null;
  return (params?.registrations ?? []).map((r) => r.method);
}

/**
 * One server for the tests of a suite: started before them (`onStart` receives it), shut down
 * and ended after them.
 */
export function useServer(
  options: StartOptions,
  onStart: (started: { client: LspClient; initializeResult: InitializeResult }) => void,
): void {
  let client: LspClient | undefined;
  before(async () => {
    const started = await LspClient.start(options);
    client = started.client;
    onStart(started);
  });
  after(async () => {
    if (client === undefined) return; // start failed, and said why
    try {
      await client.shutdown();
    } finally {
      client.kill();
    }
  });
}
