// What the server offers, and what it takes from the client's initialize request.

import {
  CodeActionKind,
  MarkupKind,
  TextDocumentSyncKind,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from '../features/codeActions';
import { SEMANTIC_TOKENS_LEGEND } from '../features/semanticTokens';
import {
  COMPUTE_FOOTNOTE_INSERTION_COMMAND,
  DRAFT_REPORT_FROM_AGENDA_COMMAND,
  PAIR_WITH_AGENDA_COMMAND,
} from '../protocol/commands';

export const capabilities: ServerCapabilities = {
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
  executeCommandProvider: {
    commands: [COMPUTE_FOOTNOTE_INSERTION_COMMAND, DRAFT_REPORT_FROM_AGENDA_COMMAND, PAIR_WITH_AGENDA_COMMAND],
  },
  completionProvider: {},
  workspaceSymbolProvider: true,
  // Range requests let the editor colour what it shows of a large report before the rest.
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** What the client can do, as it said in initialize. */
export interface ClientOptions {
  readonly locale: string | undefined;
  readonly canPullConfiguration: boolean;
  readonly canRegisterConfiguration: boolean;
  /** Whether the client takes versioned edits, which it refuses to apply to a newer text. */
  readonly canVersionEdits: boolean;
  readonly canFollowFolders: boolean;
  /** Whether the client watches files for the server (`.council-report.json`). */
  readonly canWatchFiles: boolean;
  readonly hoverFormat: MarkupKind;
}

/** Until initialize says otherwise. */
export const DEFAULT_CLIENT_OPTIONS: ClientOptions = Object.freeze({
  locale: undefined,
  canPullConfiguration: false,
  canRegisterConfiguration: false,
  canVersionEdits: false,
  canFollowFolders: false,
  canWatchFiles: false,
  hoverFormat: MarkupKind.Markdown,
});

export function clientOptionsOf(params: InitializeParams): ClientOptions {
  const { workspace, textDocument } = params.capabilities;
  const hoverFormats = textDocument?.hover?.contentFormat;
  return {
    locale: params.locale,
    canPullConfiguration: workspace?.configuration === true,
    canRegisterConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    canVersionEdits: workspace?.workspaceEdit?.documentChanges === true,
    canFollowFolders: workspace?.workspaceFolders === true,
    canWatchFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    hoverFormat:
      hoverFormats && !hoverFormats.includes(MarkupKind.Markdown) ? MarkupKind.PlainText : MarkupKind.Markdown,
  };
}
