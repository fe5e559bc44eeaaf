// The language server: the connection, its capabilities, and handlers that delegate to the
// features. Each document is analysed once per version and the result cached.

import {
  DidChangeConfigurationNotification,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type Position,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { analyse, analyseInSteps, DEFAULT_ANALYSIS_OPTIONS, type Analysis, type AnalysisOptions, type StepwiseAnalysis } from './core/analysis';
import { connect } from './server/connection';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { completions } from './features/completion';
import { findDefinition } from './features/definition';
import { foldingRanges } from './features/folding';
import { documentHighlights } from './features/highlights';
import { hover } from './features/hover';
import { insertFootnote } from './edits/insertFootnote';
import { COMPUTE_FOOTNOTE_INSERTION_COMMAND, type FootnoteInsertionAnswer, type FootnoteInsertionRequest } from './protocol/commands';
import { documentLinks } from './features/links';
import type { Messages } from './core/messages';
import { findReferences } from './features/references';
import { selectionRanges } from './features/selectionRanges';
import { workspaceSymbols } from './features/workspaceSymbols';
import { prepareFootnoteRename, refusalMessage, renameFootnote, type RenameRefusal } from './features/rename';
import { documentSymbols } from './features/symbols';
import { LineDocument } from './server/lineDocument';
import { ParseCache } from './parser/parse';
import { SETTINGS_SECTION, toAnalysisOptions } from './settings';
import { filePathOf, WorkspaceReports } from './server/workspace';

const connection = connect();
// Documents are kept as lines: an edit replaces the lines it touches, and the next analysis
// scans only those (see LineDocument and ParseCache).
const documents = new TextDocuments<LineDocument>({
  // A client that sends something other than text gets an empty document, not a dead server.
  create: (uri, languageId, version, content) => LineDocument.create(uri, languageId, version, typeof content === 'string' ? content : ''),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
});

let options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS;
let locale: string | undefined;
let canPullConfiguration = false;
let canRegisterConfiguration = false;
let hoverFormat: MarkupKind = MarkupKind.Markdown;
/** Whether the client takes versioned edits, which it refuses to apply to a newer text. */
let canVersionEdits = false;
let canFollowFolders = false;
/** The reports on disk in the workspace folders, for workspace symbols. */
const workspace = new WorkspaceReports();
interface DocumentState {
  version: number;
  analysis: Analysis | null;
  /** Outlives versions: an edit re-scans only the lines it touched. */
  readonly lines: ParseCache;
  /** An analysis being done in slices (see analyseInSlices), for one version and settings. */
  running: { version: number; options: AnalysisOptions; steps: StepwiseAnalysis } | null;
}
const cache = new Map<string, DocumentState>();

function stateOf(uri: string): DocumentState {
  let state = cache.get(uri);
  if (!state) cache.set(uri, (state = { version: -1, analysis: null, lines: new ParseCache(), running: null }));
  return state;
}

function analysisOf(document: LineDocument): Analysis {
  const state = stateOf(document.uri);
  if (state.version === document.version && state.analysis) return state.analysis;
  // A request for a document whose analysis is under way finishes it at once.
  const running = state.running;
  const current = running !== null && running.version === document.version && running.options === options;
  const analysis = current ? running.steps.finish() : analyse(document, options, state.lines);
  state.running = null;
  state.version = document.version;
  state.analysis = analysis;
  return analysis;
}

/** Characters scanned between two looks at the message queue while a large report is first
 *  analysed: a few milliseconds of work. */
const SLICE = 200_000;

/** Analyses the document in slices, letting the other requests that arrive meanwhile be
 *  answered in between. Null if the document changed or closed, or the settings changed,
 *  before it was done: each of those schedules diagnostics anew. */
async function analyseInSlices(document: LineDocument): Promise<Analysis | null> {
  const state = stateOf(document.uri);
  const version = document.version;
  if (state.version === version && state.analysis) return state.analysis;
  const steps = analyseInSteps(document, options, state.lines);
  const running = { version, options, steps };
  state.running = running;
  while (!steps.step(SLICE)) {
    await new Promise((resolve) => setImmediate(resolve));
    // Finished by a request for this document meanwhile, or given up: for a newer version (its
    // lines have changed in place, so not a step further), new settings or a close.
    if (state.running !== running || !isCurrent(state, document, version)) break;
  }
  return isCurrent(state, document, version) ? analysisOf(document) : null;
}

function isCurrent(state: DocumentState, document: LineDocument, version: number): boolean {
  return cache.get(document.uri) === state && documents.get(document.uri) === document && document.version === version;
}

/** What the features say to the user, in the display language. */
function messages(): Messages {
  return options.diagnostics.messages;
}

function editOf(document: LineDocument, edits: TextEdit[]): WorkspaceEdit {
  return canVersionEdits
    ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
    : { changes: { [document.uri]: edits } };
}

/** A refused rename: VS Code shows the message. */
function refused(refusal: RenameRefusal, newName?: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, refusalMessage(refusal, messages(), newName));
}

function analysisFor(uri: string): Analysis | null {
  const document = documents.get(uri);
  return document ? analysisOf(document) : null;
}

// Diagnostics are published once per burst of edits: changes arriving together are
// coalesced, and only the newest version of each document is analysed.
const pending = new Set<string>();
let flushScheduled = false;

function scheduleDiagnostics(uri: string): void {
  pending.add(uri);
  if (flushScheduled) return;
  flushScheduled = true;
  setImmediate(() => {
    flushScheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const u of uris) {
      publishDiagnostics(u).catch((e: unknown) => {
        // A bug of ours must not take the editor's language support down with it.
        connection.console.error(`could not check ${u}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      });
    }
  });
}

async function publishDiagnostics(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const analysis = await analyseInSlices(document);
  if (analysis) void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [...analysis.diagnostics] });
}

// After shutdown the protocol allows only exit: every other request is refused.
let shutDown = false;
connection.onShutdown(() => {
  shutDown = true;
});
function whileRunning<P extends unknown[], R>(handler: (...args: P) => R): (...args: P) => R {
  return (...args) => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
    return handler(...args);
  };
}

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  locale = params.locale;
  canVersionEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
  canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
  workspace.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  const hoverFormats = params.capabilities.textDocument?.hover?.contentFormat;
  hoverFormat = hoverFormats && !hoverFormats.includes(MarkupKind.Markdown) ? MarkupKind.PlainText : MarkupKind.Markdown;
  options = toAnalysisOptions(params.initializationOptions?.settings, locale);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Council report' },
      definitionProvider: true,
      hoverProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [COMPUTE_FOOTNOTE_INSERTION_COMMAND] },
      completionProvider: {},
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'council-report', version: typeof __VERSION__ === 'string' ? __VERSION__ : 'development' },
  };
});

declare const __VERSION__: string | undefined;

connection.onInitialized(() => {
  if (canRegisterConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((e: unknown) => {
      connection.console.warn(`settings changes will not be seen: ${String(e)}`);
    });
  }
  if (canPullConfiguration) void reloadSettings();
  if (canFollowFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => workspace.changeFolders(e.added.map((f) => f.uri), e.removed.map((f) => f.uri)));
  }
});

async function reloadSettings(settings?: unknown): Promise<void> {
  if (settings === undefined && canPullConfiguration) {
    try {
      settings = await connection.workspace.getConfiguration(SETTINGS_SECTION);
    } catch (e) {
      // A client that cannot answer gets the defaults rather than a dead server.
      connection.console.warn(`could not read the councilReport settings: ${String(e)}`);
      settings = undefined;
    }
  }
  options = toAnalysisOptions(settings, locale);
  cache.clear();
  for (const d of documents.all()) scheduleDiagnostics(d.uri);
}

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
  void reloadSettings(canPullConfiguration ? undefined : settings);
});

documents.onDidChangeContent((e) => scheduleDiagnostics(e.document.uri));
documents.onDidClose((e) => {
  cache.delete(e.document.uri);
  pending.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  return analysis ? documentSymbols(analysis.document) : null;
}));

connection.onDefinition(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  return analysis ? findDefinition(analysis.document, params.textDocument.uri, params.position) : null;
}));

connection.onHover(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  return analysis ? hover(analysis.document, params.position, { messages: messages(), format: hoverFormat }) : null;
}));

connection.onReferences(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  return analysis ? findReferences(analysis.document, params.textDocument.uri, params.position, params.context.includeDeclaration) : null;
}));

connection.onDocumentHighlight(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  return analysis ? documentHighlights(analysis.document, params.position) : null;
}));

connection.onFoldingRanges(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  return analysis ? foldingRanges(analysis.document) : null;
}));

connection.onSelectionRanges(whileRunning((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? selectionRanges(analysisOf(document).document, params.positions, document) : null;
}));

connection.onDocumentLinks(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  return analysis ? documentLinks(analysis.document, messages()) : null;
}));

connection.onPrepareRename(whileRunning((params) => {
  const analysis = analysisFor(params.textDocument.uri);
  if (!analysis) return null;
  const result = prepareFootnoteRename(analysis.document, params.position);
  if ('reason' in result) throw refused(result);
  return result;
}));

connection.onRenameRequest(whileRunning((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const result = renameFootnote(analysisOf(document).document, document, params.position, params.newName);
  if ('reason' in result) throw refused(result, params.newName);
  return editOf(document, result.edits);
}));

connection.onCodeAction(whileRunning((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const { diagnostics, only } = params.context;
  const request = { uri: document.uri, version: document.version, diagnostics, only, documentChanges: canVersionEdits };
  return codeActions(analysisOf(document), document, request, options);
}));

// Insert Footnote: see FootnoteInsertionRequest and FootnoteInsertionAnswer. The client applies them.
connection.onExecuteCommand(whileRunning((params): FootnoteInsertionAnswer | null => {
  if (params.command !== COMPUTE_FOOTNOTE_INSERTION_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
  // Checked field by field: a client may send anything.
  const [target] = (params.arguments ?? []) as Partial<FootnoteInsertionRequest>[];
  const uri = target?.textDocument?.uri;
  const document = typeof uri === 'string' ? documents.get(uri) : undefined;
  if (!document || !isPosition(target?.position)) return null;
  const insertion = insertFootnote(analysisOf(document).document, document, target.position);
  if (!insertion) throw new ResponseError(LSPErrorCodes.RequestFailed, messages().insertFootnoteNotHere);
  return { edit: editOf(document, insertion.edits), selection: insertion.selection, number: insertion.number, version: document.version };
}));

connection.onCompletion(whileRunning((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  return completions(analysisOf(document).document, document, params.position, { sessionKinds: options.parse.sessionKinds, messages: messages() });
}));

function isPosition(p: unknown): p is Position {
  const q = p as Position | null | undefined;
  return typeof q?.line === 'number' && typeof q.character === 'number' && Number.isInteger(q.line) && Number.isInteger(q.character) && q.line >= 0 && q.character >= 0;
}

connection.onWorkspaceSymbol(whileRunning(async (params) => {
  const open = documents.all().map((d) => ({ uri: d.uri, document: analysisOf(d).document }));
  const openPaths = new Set(open.map((r) => filePathOf(r.uri)));
  const onDisk = await workspace.reports(options.parse, (file) => openPaths.has(file));
  return workspaceSymbols([...open, ...onDisk], params.query);
}));

documents.listen(connection);
connection.listen();
