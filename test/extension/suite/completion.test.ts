/// <reference types="mocha" />
// Completion of footnote numbers through vscode.executeCompletionItemProvider: where a reference
// goes, the next footnote number comes first (the later footnotes move up one, and the note is
// added), then the numbers of the notes there are. Each test that edits works on a fresh copy.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { linesOf, openCopyOf, openFixture, positionOf, untilDiagnostics } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

/** The footnote items offered at a position, in the order the list shows them. */
async function footnoteItemsAt(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  // Other providers (the editor's words from the document) answer too; ours are references.
  return list.items
    .filter((i) => i.kind === vscode.CompletionItemKind.Reference)
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

/** "2 New footnote 2 (preselected)", "1 Kamerstuk 21501-34, nr. 410.": the label and its description. */
function shown(item: vscode.CompletionItem): string {
  const label =
    typeof item.label === 'string' ? item.label : `${item.label.label} ${item.label.description ?? ''}`.trim();
  return `${label}${item.preselect ? ' (preselected)' : ''}`;
}

/** What accepting the item in the editor does: its text over its range, and its other edits. */
async function accept(document: vscode.TextDocument, item: vscode.CompletionItem): Promise<void> {
  assert.ok(item.range, 'the item says what it replaces');
  const range = 'inserting' in item.range ? item.range.inserting : item.range;
  const text =
    typeof item.insertText === 'string'
      ? item.insertText
      : (item.insertText?.value ?? (typeof item.label === 'string' ? item.label : item.label.label));
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, [vscode.TextEdit.replace(range, text), ...(item.additionalTextEdits ?? [])]);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the editor applied the completion');
}

suite('Completion of footnote numbers', () => {
  test('after a full stop between footnotes 1 and 2: new footnote 2 first, then the notes there are', async () => {
    const document = await openFixture('footnotes-to-add.council');
    const items = await footnoteItemsAt(document, positionOf(document, 'aanpak.', 'aanpak.'.length));
    assert.deepEqual(items.map(shown), [
      `2 ${en.completionNewFootnote(2)} (preselected)`,
      '1 Kamerstuk 21501-34, nr. 410.',
      '2 Kamerstuk 21501-34, nr. 415.',
    ]);
    assert.equal(items[0]?.detail, en.completionNewFootnote(2));
  });

  test('accepting the new footnote: the number in the text, the later footnote one up, the note added', async () => {
    const document = await openCopyOf('footnotes-to-add.council');
    await untilDiagnostics(document.uri, []);
    const [item] = await footnoteItemsAt(document, positionOf(document, 'aanpak.', 'aanpak.'.length));
    assert.ok(item);
    await accept(document, item);
    assert.deepEqual(linesOf(document, 7, 8), [
      'De ministers spraken over het lerarentekort. Nederland noemde de eigen aanpak.2',
      'Het voorzitterschap sloot af met een oproep aan de Commissie.3',
    ]);
    assert.deepEqual(linesOf(document, 14, 16), [
      '1 Kamerstuk 21501-34, nr. 410.',
      '2 …',
      '3 Kamerstuk 21501-34, nr. 415.',
    ]);
    await untilDiagnostics(document.uri, []);
  });

  test('a digit typed against a word is completed to the next footnote number, which replaces it', async () => {
    const document = await openCopyOf('footnotes-to-add.council');
    const typed = new vscode.WorkspaceEdit();
    typed.insert(document.uri, positionOf(document, 'lerarentekort', 'lerarentekort'.length), '7');
    assert.ok(await vscode.workspace.applyEdit(typed));
    const items = await footnoteItemsAt(document, positionOf(document, 'lerarentekort7', 'lerarentekort7'.length));
    assert.equal(items[0] && shown(items[0]), `2 ${en.completionNewFootnote(2)} (preselected)`);
    await accept(document, items[0]!);
    assert.deepEqual(linesOf(document, 7), [
      'De ministers spraken over het lerarentekort2. Nederland noemde de eigen aanpak.',
    ]);
  });

  test('no footnote numbers while a word is being typed, nor at a heading', async () => {
    const document = await openFixture('footnotes-to-add.council');
    assert.deepEqual(
      (await footnoteItemsAt(document, positionOf(document, 'lerarentekort', 'lerar'.length))).map(shown),
      [],
    );
    assert.deepEqual(
      (await footnoteItemsAt(document, positionOf(document, 'Nederland noemde', 'Nederland'.length))).map(shown),
      [],
    );
    assert.deepEqual(
      (await footnoteItemsAt(document, positionOf(document, 'Leraren in Europa', 'Leraren in Europa'.length))).map(
        shown,
      ),
      [],
    );
  });
});
