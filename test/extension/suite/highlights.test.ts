/// <reference types="mocha" />
// Document highlights on footnotes, through vscode.executeDocumentHighlights: with the cursor on
// a footnote number the editor lights up the others, references as reads and the note as the write.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marked, openFixture, positionOf } from '../support';

async function highlightsAt(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
    'vscode.executeDocumentHighlights',
    document.uri,
    position,
  );
  return highlights.map(
    (h) => `${vscode.DocumentHighlightKind[h.kind ?? vscode.DocumentHighlightKind.Text]} ${marked(document, h.range)}`,
  );
}

const FOOTNOTE_2 = [
  'Read 18: lidstaten wil de drempels verhogen.[2] Nederland sloot zich daarbij aan.',
  'Read 24: op de kosten voor kleine ondernemingen.[2]',
  'Write 27: [2] Zie het verslag van de vorige Raad, Kamerstuk 21501-30,',
];

suite('Highlights on footnotes', () => {
  test('on a reference: its number everywhere, references read and the note written', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(
      await highlightsAt(document, positionOf(document, 'ondernemingen.2', 'ondernemingen.'.length)),
      FOOTNOTE_2,
    );
  });

  test("on the note's own number: the same", async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await highlightsAt(document, positionOf(document, '2 Zie het verslag')), FOOTNOTE_2);
  });

  test('a note at the end of the report, after the closing, lights up with its reference', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(
      await highlightsAt(document, positionOf(document, 'onderzoeksfaciliteiten.4', 'onderzoeksfaciliteiten.'.length)),
      [
        'Read 38: onderzoeksfaciliteiten.[4] De Raad nam conclusies aan zonder verdere discussie.',
        'Write 44: [4] KST 36410, nr. 17.',
      ],
    );
  });
});
