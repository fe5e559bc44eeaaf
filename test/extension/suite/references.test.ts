/// <reference types="mocha" />
// Find All References (Shift+F12) on footnotes, through vscode.executeReferenceProvider, which
// asks for the declaration too: the note's own number is among the places.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marked, openFixture, positionOf } from '../support';

async function referencesAt(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const locations = await vscode.commands.executeCommand<vscode.Location[]>(
    'vscode.executeReferenceProvider',
    document.uri,
    position,
  );
  return locations.map((l) => {
    assert.equal(l.uri.toString(), document.uri.toString(), 'a footnote is referenced in its own report');
    return marked(document, l.range);
  });
}

const FOOTNOTE_2 = [
  '18: lidstaten wil de drempels verhogen.[2] Nederland sloot zich daarbij aan.',
  '24: op de kosten voor kleine ondernemingen.[2]',
  '27: [2] Zie het verslag van de vorige Raad, Kamerstuk 21501-30,',
];

suite('Find All References on footnotes', () => {
  test('from a reference: every reference to its number, and the note', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await referencesAt(document, positionOf(document, 'verhogen.2', 'verhogen.'.length)), FOOTNOTE_2);
  });

  test("from the note's own number: the same places", async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await referencesAt(document, positionOf(document, '2 Zie het verslag', 1)), FOOTNOTE_2);
  });

  test('a note referenced once, from the introduction', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await referencesAt(document, positionOf(document, 'gedeeld.1', 'gedeeld.'.length)), [
      '11: Brussel plaatsvond. De inzet van het kabinet is eerder met uw Kamer gedeeld.[1]',
      '26: [1] Kamerstuk 21501-30, nr. 612.',
    ]);
  });

  test('numbers that are not footnotes have no references', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await referencesAt(document, positionOf(document, 'Postbus 20011', 'Postbus 2'.length)), []);
    assert.deepEqual(await referencesAt(document, positionOf(document, 'nr. 612', 'nr. 6'.length)), []);
  });
});
