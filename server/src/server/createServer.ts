// The language server on a connection: its capabilities, and a handler per request that finds
// the document and hands it to a feature. Nothing happens at import: server.ts connects and
// listens; the documents and their analyses live in DocumentStore.

import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type Connection,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { workspaceEdit } from '../edits/textEdits';
import { codeActions } from '../features/codeActions';
import { completions } from '../features/completion';
import { findDefinition } from '../features/definition';
import { foldingRanges } from '../features/folding';
import { documentHighlights } from '../features/highlights';
import { hover } from '../features/hover';
import { documentLinks } from '../features/links';
import { findReferences } from '../features/references';
import { prepareFootnoteRename, refusalMessage, renameFootnote, type RenameRefusal } from '../features/rename';
import { selectionRanges } from '../features/selectionRanges';
import { semanticTokens, semanticTokensInRange } from '../features/semanticTokens';
import { documentSymbols } from '../features/symbols';
import { workspaceSymbols } from '../features/workspaceSymbols';
import { agendaPairingOf, SETTINGS_SECTION, toAnalysisOptions } from '../settings';
import { CONFIG_FILE_NAME, REPORT_EXTENSION } from '../config/keys';
import { COMPUTE_FOOTNOTE_INSERTION_COMMAND, PAIR_WITH_AGENDA_COMMAND } from '../protocol/commands';
import { agendaDefinition, agendaHover, pairWithAgenda } from './agendaLinks';
import { AgendaPairing } from './agendas';
import { capabilities, clientOptionsOf, DEFAULT_CLIENT_OPTIONS, type ClientOptions } from './capabilities';
import { ReportConfigs } from './configs';
import { DocumentStore } from './documents';
import { footnoteInsertion } from './insertFootnoteCommand';
import type { LineDocument } from './lineDocument';
import { draftReportFromAgenda } from './newReportCommand';
import { filePathOf, WorkspaceReports } from './workspace';

export interface Server {
  /** Starts reading messages from the connection. */
  listen(): void;
}

export function createServer(connection: Connection): Server {
  let client: ClientOptions = DEFAULT_CLIENT_OPTIONS;
  /** The reports' `.council-report.json` files; one that is wrong is said once, as an error. */
  const configs = new ReportConfigs(
    (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }),
    () => client.locale,
  );
  const store = new DocumentStore(
    {
      publish: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
      failed: (uri, e) =>
        connection.console.error(`could not check ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      analysed: (uri, analysis) => pairing.analysed(uri, analysis),
    },
    (uri) => configs.optionsFor(uri),
  );
  /** The reports on disk in the workspace folders, for workspace symbols. */
  const workspace = new WorkspaceReports();
  const parseOptions = (file: string) => (configs.optionsForFile(file) ?? store.options).parse;
  /** The user setting councilReport.agendaPairing; a report's config file may say otherwise. */
  let pairingSetting = true;
  /** Each open report with its annotated agenda: see agendas.ts. */
  const pairing = new AgendaPairing({
    store,
    workspace,
    parseOptions,
    pairingOn: (uri) => configs.agendaPairingFor(uri) ?? pairingSetting,
    failed: (e) => connection.console.error(`could not look for agendas: ${String(e)}`),
  });
  const messages = () => store.options.diagnostics.messages;
  const editOf = (document: LineDocument, edits: TextEdit[]): WorkspaceEdit =>
    workspaceEdit(document, edits, client.canVersionEdits);
  /** A refused rename: VS Code shows the message. */
  const refused = (refusal: RenameRefusal, newName?: string) =>
    new ResponseError(LSPErrorCodes.RequestFailed, refusalMessage(refusal, messages(), newName));

  // After shutdown the protocol allows only exit: every other request is refused.
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  const whileRunning =
    <P extends unknown[], R>(handler: (...args: P) => R): ((...args: P) => R) =>
    (...args) => {
      if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
      return handler(...args);
    };
  /** A request on a document: null when it is not open. */
  const onDocument =
    <P extends { textDocument: { uri: string } }, R>(answer: (document: LineDocument, params: P) => R) =>
    (params: P): R | null => {
      const document = store.get(params.textDocument.uri);
      return document ? answer(document, params) : null;
    };
  const modelOf = (document: LineDocument) => store.analysisOf(document).document;

  connection.onInitialize((params): InitializeResult => {
    client = clientOptionsOf(params);
    workspace.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    // Before any document is open: nothing to analyse again yet.
    store.options = toAnalysisOptions(params.initializationOptions?.settings, client.locale);
    pairingSetting = agendaPairingOf(params.initializationOptions?.settings);
    return {
      capabilities,
      serverInfo: { name: 'council-report', version: typeof __VERSION__ === 'string' ? __VERSION__ : 'development' },
    };
  });

  connection.onInitialized(() => {
    if (client.canRegisterConfiguration) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((e: unknown) => {
          connection.console.warn(`settings changes will not be seen: ${String(e)}`);
        });
    }
    if (client.canWatchFiles) {
      // The config files, and the agendas on disk.
      const watchers = [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: `**/*${REPORT_EXTENSION}` }];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((e: unknown) => {
        connection.console.warn(`changes to ${CONFIG_FILE_NAME} and agendas will not be seen: ${String(e)}`);
      });
    }
    if (client.canPullConfiguration) void reloadSettings();
    if (client.canFollowFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        workspace.changeFolders(
          e.added.map((f) => f.uri),
          e.removed.map((f) => f.uri),
        );
        void pairing.rescan();
      });
    }
    void pairing.rescan();
  });

  async function reloadSettings(settings?: unknown): Promise<void> {
    if (settings === undefined && client.canPullConfiguration) {
      try {
        settings = await connection.workspace.getConfiguration(SETTINGS_SECTION);
      } catch (e) {
        // A client that cannot answer gets the defaults rather than a dead server.
        connection.console.warn(`could not read the councilReport settings: ${String(e)}`);
        settings = undefined;
      }
    }
    pairingSetting = agendaPairingOf(settings);
    store.configure(toAnalysisOptions(settings, client.locale));
    pairing.pairAll();
  }

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
    void reloadSettings(client.canPullConfiguration ? undefined : settings);
  });

  // A config file created, changed or deleted: the open reports are checked again at once. A
  // report changed on disk may be an agenda: the reports are paired again.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((c) => c.uri.endsWith(CONFIG_FILE_NAME))) {
      configs.changed();
      store.reconfigure();
    }
    if (changes.some((c) => c.uri.toLowerCase().endsWith(REPORT_EXTENSION))) void pairing.rescan();
  });

  connection.onDidOpenTextDocument(({ textDocument: d }) => store.open(d.uri, d.languageId, d.version, d.text));
  connection.onDidChangeTextDocument(({ textDocument: d, contentChanges }) =>
    store.change(d.uri, d.version, contentChanges),
  );
  connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
    if (!store.close(uri)) return;
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    pairing.closed(uri);
  });

  connection.onDocumentSymbol(whileRunning(onDocument((d) => documentSymbols(modelOf(d)))));
  // Footnotes first; then, on a heading, across to the paired agenda or report.
  connection.onDefinition(
    whileRunning(
      onDocument((d, p) => {
        const footnote = findDefinition(modelOf(d), d.uri, p.position);
        return footnote.length > 0 ? footnote : agendaDefinition(d, p.position, store, pairing);
      }),
    ),
  );
  connection.onHover(
    whileRunning(
      onDocument((d, p) => {
        const options = { messages: messages(), format: client.hoverFormat };
        return hover(modelOf(d), p.position, options) ?? agendaHover(d, p.position, store, pairing, options);
      }),
    ),
  );
  connection.onReferences(
    whileRunning(onDocument((d, p) => findReferences(modelOf(d), d.uri, p.position, p.context.includeDeclaration))),
  );
  connection.onDocumentHighlight(whileRunning(onDocument((d, p) => documentHighlights(modelOf(d), p.position))));
  connection.onFoldingRanges(whileRunning(onDocument((d) => foldingRanges(modelOf(d)))));
  connection.onSelectionRanges(whileRunning(onDocument((d, p) => selectionRanges(modelOf(d), p.positions, d))));
  connection.languages.semanticTokens.on(whileRunning(onDocument((d) => semanticTokens(modelOf(d), d))));
  connection.languages.semanticTokens.onRange(
    whileRunning(onDocument((d, p) => semanticTokensInRange(modelOf(d), d, p.range))),
  );
  connection.onDocumentLinks(whileRunning(onDocument((d) => documentLinks(modelOf(d), messages()))));

  connection.onPrepareRename(
    whileRunning(
      onDocument((d, p) => {
        const result = prepareFootnoteRename(modelOf(d), p.position);
        if ('reason' in result) throw refused(result);
        return result;
      }),
    ),
  );
  connection.onRenameRequest(
    whileRunning(
      onDocument((d, p) => {
        const result = renameFootnote(modelOf(d), d, p.position, p.newName);
        if ('reason' in result) throw refused(result, p.newName);
        return editOf(d, result.edits);
      }),
    ),
  );

  connection.onCodeAction(
    whileRunning(
      onDocument((d, { context: { diagnostics, only } }) => {
        const request = { uri: d.uri, version: d.version, diagnostics, only, documentChanges: client.canVersionEdits };
        return codeActions(store.analysisOf(d), d, request, store.optionsOf(d.uri));
      }),
    ),
  );

  // Insert Footnote: see FootnoteInsertionRequest and FootnoteInsertionAnswer. The client applies them.
  // New Report from Annotated Agenda, and Compare with Annotated Agenda: see protocol/commands.ts.
  connection.onExecuteCommand(
    whileRunning((params) =>
      params.command === COMPUTE_FOOTNOTE_INSERTION_COMMAND
        ? footnoteInsertion(params, store, editOf)
        : params.command === PAIR_WITH_AGENDA_COMMAND
          ? pairWithAgenda(params, store, pairing)
          : draftReportFromAgenda(params, pairing, messages()),
    ),
  );

  connection.onCompletion(
    whileRunning(
      onDocument((d, p) => {
        return completions(modelOf(d), d, p.position, {
          sessionKinds: store.optionsOf(d.uri).parse.sessionKinds,
          messages: messages(),
        });
      }),
    ),
  );

  connection.onWorkspaceSymbol(
    whileRunning(async (params) => {
      const open = store.all().map((d) => ({ uri: d.uri, document: modelOf(d) }));
      const openPaths = new Set(open.map((r) => filePathOf(r.uri)));
      const onDisk = await workspace.reports(parseOptions, (file) => openPaths.has(file));
      return workspaceSymbols([...open, ...onDisk], params.query);
    }),
  );

  return { listen: () => connection.listen() };
}

declare const __VERSION__: string | undefined;
