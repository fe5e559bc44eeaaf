/// <reference types="mocha" />
// Insert Footnote (councilReport.insertFootnote, Ctrl+Alt+F) in an editor: the number at the
// cursor, the later footnotes one up, the note "N …" added with its "…" selected to type over.
// The command applies its edit once the server has answered, after executeCommand returns, so
// the tests wait on the document's changes. Each test works on a fresh copy.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { linesOf, openCopyOf, positionOf, untilDiagnostics, untilText } from '../support';

const INSERT_FOOTNOTE = 'councilReport.insertFootnote';

async function editorOn(document: vscode.TextDocument, cursor: vscode.Position): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(cursor, cursor);
  return editor;
}

/** Waits until the editor's selection covers `text`, checking again on every selection change. */
function untilSelected(editor: vscode.TextEditor, text: string, timeoutMs = 15_000): Promise<void> {
  const holds = (): boolean => editor.document.getText(editor.selection) === text;
  return new Promise((resolve, reject) => {
    if (holds()) {
      resolve();
      return;
    }
    const subscription = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor !== editor || !holds()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      const { start, end } = editor.selection;
      reject(
        new Error(
          `"${text}" not selected within ${timeoutMs} ms; the selection is ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
        ),
      );
    }, timeoutMs);
  });
}

suite('Insert Footnote', () => {
  test('between footnotes 1 and 2: number 2 at the cursor, the old 2 becomes 3, note 2 added and selected', async () => {
    const document = await openCopyOf('footnotes-to-add.council');
    await untilDiagnostics(document.uri, []);
    const editor = await editorOn(document, positionOf(document, 'aanpak.', 'aanpak.'.length));
    await vscode.commands.executeCommand(INSERT_FOOTNOTE);
    await untilText(document, 'the footnote inserted', () => document.lineAt(6).text.endsWith('aanpak.2'));
    assert.deepEqual(linesOf(document, 7, 8), [
      'De ministers spraken over het lerarentekort. Nederland noemde de eigen aanpak.2',
      'Het voorzitterschap sloot af met een oproep aan de Commissie.3',
    ]);
    assert.deepEqual(linesOf(document, 14, 16), [
      '1 Kamerstuk 21501-34, nr. 410.',
      '2 …',
      '3 Kamerstuk 21501-34, nr. 415.',
    ]);
    await untilSelected(editor, '…');
    assert.equal(editor.selection.start.line + 1, 15, "the new note's placeholder is selected, to be typed over");
    await untilDiagnostics(document.uri, []);
  });

  test('with the cursor after a space following a word: the number goes against the word', async () => {
    const document = await openCopyOf('footnotes-to-add.council');
    await editorOn(document, positionOf(document, 'lerarentekort. ', 'lerarentekort. '.length));
    await vscode.commands.executeCommand(INSERT_FOOTNOTE);
    await untilText(document, 'the footnote inserted', () => document.lineAt(6).text.includes('lerarentekort.2'));
    assert.deepEqual(linesOf(document, 7), [
      'De ministers spraken over het lerarentekort.2 Nederland noemde de eigen aanpak.',
    ]);
    assert.deepEqual(linesOf(document, 14, 16), [
      '1 Kamerstuk 21501-34, nr. 410.',
      '2 …',
      '3 Kamerstuk 21501-34, nr. 415.',
    ]);
  });

  test('where no footnote can go (a heading) nothing changes; the next insertion is the only edit', async () => {
    const document = await openCopyOf('footnotes-to-add.council');
    await untilDiagnostics(document.uri, []);
    await editorOn(document, positionOf(document, 'Leraren in Europa', 'Leraren in Europa'.length));
    await vscode.commands.executeCommand(INSERT_FOOTNOTE);
    // The server answers in order: had the refused insertion changed the text, the insertion
    // below would find the text changed under it and insert nothing, and the wait would fail.
    await editorOn(document, positionOf(document, 'oproep', 'oproep'.length));
    await vscode.commands.executeCommand(INSERT_FOOTNOTE);
    await untilText(document, 'the second insertion', () => document.lineAt(7).text.includes('oproep2'));
    assert.deepEqual(linesOf(document, 5), ['1. Beleidsdebat – Leraren in Europa']);
    assert.deepEqual(linesOf(document, 7, 8), [
      'De ministers spraken over het lerarentekort. Nederland noemde de eigen aanpak.',
      'Het voorzitterschap sloot af met een oproep2 aan de Commissie.3',
    ]);
    assert.deepEqual(linesOf(document, 14, 16), [
      '1 Kamerstuk 21501-34, nr. 410.',
      '2 …',
      '3 Kamerstuk 21501-34, nr. 415.',
    ]);
  });
});
