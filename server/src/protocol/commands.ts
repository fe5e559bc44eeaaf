// The contract between the extension's client and the language server: the commands one sends
// the other and the shapes of their arguments and answers. Both bundles import this module, so
// neither can drift from the other. Types only, and strings: no library code.

import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';

/** The language name and the settings section, as package.json declares them. */
export const LANGUAGE_ID = 'council-report';
export const SETTINGS_SECTION = 'councilReport';

/** The editor command (Ctrl+Alt+F) the client registers. */
export const INSERT_FOOTNOTE_COMMAND = 'councilReport.insertFootnote';

/** The server-side command behind it: computes the insertion, which the client applies (it
 *  alone can move the cursor afterwards). */
export const COMPUTE_FOOTNOTE_INSERTION_COMMAND = 'councilReport.computeFootnoteInsertion';

/** A client command that selects a range of a document, for the quick fix of a placeholder:
 *  arguments `[uri: string, range: Range]`. */
export const SELECT_RANGE_COMMAND = 'councilReport.selectRange';

/** The one argument of COMPUTE_FOOTNOTE_INSERTION_COMMAND. */
export interface FootnoteInsertionRequest {
  readonly textDocument: { readonly uri: string; readonly version?: number };
  readonly position: Position;
}

/** Its answer: the edit, the new note's placeholder to select once it is applied, and the
 *  document version both are for. */
export interface FootnoteInsertionAnswer {
  readonly edit: WorkspaceEdit;
  readonly selection: Range;
  readonly number: number;
  readonly version: number;
}

/** The editor command: a new report drafted from an annotated agenda, in an untitled editor. */
export const NEW_REPORT_FROM_AGENDA_COMMAND = 'councilReport.newReportFromAgenda';

/** The server-side command behind it: drafts the report; the client opens it. */
export const DRAFT_REPORT_FROM_AGENDA_COMMAND = 'councilReport.draftReportFromAgenda';

/** The one argument of DRAFT_REPORT_FROM_AGENDA_COMMAND: the agenda, open or on disk. */
export interface NewReportRequest {
  readonly agenda: { readonly uri: string };
}

/** Its answer: the report's text, and where its first placeholder paragraph starts (the
 *  report's first line when it has none). */
export interface NewReportAnswer {
  readonly text: string;
  readonly cursor: Position;
}

/** The editor command: check the active report against an agenda picked by hand. */
export const COMPARE_WITH_AGENDA_COMMAND = 'councilReport.compareWithAgenda';

/** The server-side command behind it: pairs the report with the agenda until it is closed. */
export const PAIR_WITH_AGENDA_COMMAND = 'councilReport.pairWithAgenda';

/** The one argument of PAIR_WITH_AGENDA_COMMAND. */
export interface PairWithAgendaRequest {
  readonly report: { readonly uri: string };
  readonly agenda: { readonly uri: string };
}

/** Its answer: how many of the agenda's items the report has no session for; null when the
 *  report is not open or the agenda cannot be read. */
export interface PairWithAgendaAnswer {
  readonly missing: number;
}
