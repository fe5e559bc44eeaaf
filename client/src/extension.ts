// The extension's client: starts the council-report language server for council reports.
// All format knowledge lives in the server; this file only wires VS Code to it.

import * as path from 'node:path';
import {
  commands,
  l10n,
  Position,
  Selection,
  Uri,
  window,
  workspace,
  type ExtensionContext,
  type TextEditor,
} from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  COMPARE_WITH_AGENDA_COMMAND,
  COMPUTE_FOOTNOTE_INSERTION_COMMAND,
  DRAFT_REPORT_FROM_AGENDA_COMMAND,
  INSERT_FOOTNOTE_COMMAND,
  LANGUAGE_ID,
  NEW_REPORT_FROM_AGENDA_COMMAND,
  PAIR_WITH_AGENDA_COMMAND,
  SELECT_RANGE_COMMAND,
  SETTINGS_SECTION,
  type FootnoteInsertionAnswer,
  type FootnoteInsertionRequest,
  type NewReportAnswer,
  type NewReportRequest,
  type PairWithAgendaAnswer,
  type PairWithAgendaRequest,
} from '../../server/src/protocol/commands';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: SETTINGS_SECTION },
  };
  client = new LanguageClient('councilReport', 'Council Report', serverOptions, clientOptions);
  // registerCommand, not registerTextEditorCommand: the latter does not wait for an async
  // callback, so a keybinding or macro chained after the command would run before the edit.
  context.subscriptions.push(
    commands.registerCommand(INSERT_FOOTNOTE_COMMAND, async () => {
      const editor = window.activeTextEditor;
      if (editor && editor.document.languageId === LANGUAGE_ID) await insertFootnote(editor);
    }),
    // The quick fix of a placeholder: select it, for the drafter to type over.
    commands.registerCommand(SELECT_RANGE_COMMAND, async (uri: unknown, range: unknown) => {
      const c = client;
      if (!c || typeof uri !== 'string' || !isRange(range)) return;
      const editor = await window.showTextDocument(Uri.parse(uri));
      const r = c.protocol2CodeConverter.asRange(range);
      editor.selection = new Selection(r.start, r.end);
      editor.revealRange(r);
    }),
    // On the open agenda, else on one picked; an argument (a uri) names it, for tests and macros.
    commands.registerCommand(NEW_REPORT_FROM_AGENDA_COMMAND, async (agenda?: unknown) => {
      const editor = window.activeTextEditor;
      const uri =
        typeof agenda === 'string'
          ? Uri.parse(agenda)
          : editor?.document.languageId === LANGUAGE_ID
            ? editor.document.uri
            : await pickAgenda(l10n.t('The annotated agenda to draft the report from'));
      if (uri) await newReportFromAgenda(uri);
    }),
    commands.registerCommand(COMPARE_WITH_AGENDA_COMMAND, async (agenda?: unknown) => {
      const editor = window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
      const uri =
        typeof agenda === 'string'
          ? Uri.parse(agenda)
          : await pickAgenda(l10n.t('The annotated agenda to compare with'));
      if (uri) await compareWithAgenda(editor.document.uri, uri);
    }),
  );
  await client.start();
}

/** A `.council` file of the workspace, those with "agenda" in their name first. Which file is an
 *  agenda is the server's to read; the list reads no file. */
async function pickAgenda(placeHolder: string): Promise<Uri | undefined> {
  const files = await workspace.findFiles('**/*.council', '**/node_modules/**', 500);
  const items = files.map((uri) => {
    const label = workspace.asRelativePath(uri);
    return { uri, label, agenda: /agenda/i.test(label.slice(label.lastIndexOf('/') + 1)) };
  });
  items.sort((a, b) => Number(b.agenda) - Number(a.agenda) || a.label.localeCompare(b.label));
  const picked = await window.showQuickPick(items, { placeHolder });
  return picked?.uri;
}

async function newReportFromAgenda(agenda: Uri): Promise<void> {
  const c = client;
  if (!c) return;
  const request: NewReportRequest = { agenda: { uri: agenda.toString() } };
  let answer: NewReportAnswer | null;
  try {
    answer = (await c.sendRequest(ExecuteCommandRequest.type, {
      command: DRAFT_REPORT_FROM_AGENDA_COMMAND,
      arguments: [request],
    })) as NewReportAnswer | null;
  } catch (e) {
    void window.showErrorMessage(e instanceof Error ? e.message : String(e));
    return;
  }
  if (!answer) return;
  const document = await workspace.openTextDocument({ language: LANGUAGE_ID, content: answer.text });
  const editor = await window.showTextDocument(document);
  const start = new Position(answer.cursor.line, answer.cursor.character);
  // The placeholder paragraph selected, for the drafter to type over.
  editor.selection = new Selection(start, document.lineAt(start.line).range.end);
  editor.revealRange(editor.selection);
}

async function compareWithAgenda(report: Uri, agenda: Uri): Promise<void> {
  const c = client;
  if (!c) return;
  const request: PairWithAgendaRequest = { report: { uri: report.toString() }, agenda: { uri: agenda.toString() } };
  try {
    const answer = (await c.sendRequest(ExecuteCommandRequest.type, {
      command: PAIR_WITH_AGENDA_COMMAND,
      arguments: [request],
    })) as PairWithAgendaAnswer | null;
    if (!answer) void window.showWarningMessage(l10n.t('The agenda could not be read.'));
  } catch (e) {
    void window.showErrorMessage(e instanceof Error ? e.message : String(e));
  }
}

async function insertFootnote(editor: TextEditor): Promise<void> {
  const c = client;
  if (!c) return;
  const document = editor.document;
  const version = document.version;
  let insertion: FootnoteInsertionAnswer | null;
  const request: FootnoteInsertionRequest = {
    textDocument: { uri: document.uri.toString(), version },
    position: c.code2ProtocolConverter.asPosition(editor.selection.active),
  };
  try {
    insertion = (await c.sendRequest(ExecuteCommandRequest.type, {
      command: COMPUTE_FOOTNOTE_INSERTION_COMMAND,
      arguments: [request],
    })) as FootnoteInsertionAnswer | null;
  } catch (e) {
    // The server says why (the cursor is not after a word), in the display language.
    void window.showInformationMessage(e instanceof Error ? e.message : String(e));
    return;
  }
  // Typed on meanwhile: better nothing than a number in the wrong place.
  if (!insertion || document.version !== version || insertion.version !== version) return;
  if (!(await workspace.applyEdit(await c.protocol2CodeConverter.asWorkspaceEdit(insertion.edit)))) return;
  const range = c.protocol2CodeConverter.asRange(insertion.selection);
  editor.selection = new Selection(range.start, range.end);
  editor.revealRange(range);
}

function isRange(
  r: unknown,
): r is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const q = r as {
    start?: { line?: unknown; character?: unknown };
    end?: { line?: unknown; character?: unknown };
  } | null;
  return (
    typeof q?.start?.line === 'number' &&
    typeof q.start.character === 'number' &&
    typeof q.end?.line === 'number' &&
    typeof q.end.character === 'number'
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
