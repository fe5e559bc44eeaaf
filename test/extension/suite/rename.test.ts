/// <reference types="mocha" />
// Rename (F2) on a footnote number, through vscode.executeDocumentRenameProvider: the edit
// renumbers the footnote in its references and its note, and applying it changes the text.
// Each test edits a fresh copy of the report.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { linesOf, openCopyOf, positionOf } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

async function rename(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<void> {
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
    'vscode.executeDocumentRenameProvider',
    document.uri,
    position,
    newName,
  );
  assert.deepEqual(
    edit.entries().map(([uri]) => uri.toString()),
    [document.uri.toString()],
    'the edit changes this report only',
  );
  assert.ok(await vscode.workspace.applyEdit(edit), 'the editor applied the rename');
}

suite('Rename footnotes', () => {
  test('from a reference to a free number: both references and the note, the notes kept in order', async () => {
    const document = await openCopyOf('rename.council');
    await rename(document, positionOf(document, 'zorg.2', 'zorg.'.length), '4');
    assert.deepEqual(linesOf(document, 7), [
      'De ministers bespraken tekorten in de zorg.4 Nederland wees op omscholing.3',
    ]);
    assert.deepEqual(linesOf(document, 11), ['De Commissie gaf een stand van zaken over de richtlijn.4']);
    assert.deepEqual(linesOf(document, 17, 19), [
      '1 Kamerstuk 21501-31, nr. 702.',
      '3 Zie het adviesrapport over omscholing.',
      '4 Kamerstuk 21501-31, nr. 698.',
    ]);
  });

  test("from a note's number onto a number in use: the two footnotes swap", async () => {
    const document = await openCopyOf('rename.council');
    await rename(document, positionOf(document, '3 Zie het adviesrapport'), '2');
    assert.deepEqual(linesOf(document, 7), [
      'De ministers bespraken tekorten in de zorg.3 Nederland wees op omscholing.2',
    ]);
    assert.deepEqual(linesOf(document, 11), ['De Commissie gaf een stand van zaken over de richtlijn.3']);
    assert.deepEqual(linesOf(document, 17, 19), [
      '1 Kamerstuk 21501-31, nr. 702.',
      '2 Zie het adviesrapport over omscholing.',
      '3 Kamerstuk 21501-31, nr. 698.',
    ]);
  });

  test('anything but a footnote number is refused with a reason, and the text stays', async () => {
    const document = await openCopyOf('rename.council');
    const before = document.getText();
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          positionOf(document, 'tekorten', 2),
          '5',
        ),
      ),
      (e: Error) => e.message.includes(en.renameNotAFootnote),
    );
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          positionOf(document, 'zorg.2', 'zorg.'.length),
          'twee',
        ),
      ),
      (e: Error) => e.message.includes(en.renameInvalidNumber('twee')),
    );
    assert.equal(document.getText(), before);
  });
});
