/// <reference types="mocha" />
// Hover on footnotes, through vscode.executeHoverProvider: what the hover box shows.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, positionOf } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

/** Each hover's contents as the Markdown it renders, and the text its range covers. */
async function hoversAt(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<{ text: string; over: string }[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return hovers.map((h) => ({
    text: h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n'),
    over: h.range ? document.getText(h.range) : '(no range)',
  }));
}

suite('Hover on footnotes', () => {
  test("on a reference: the note's whole text, its lines joined", async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await hoversAt(document, positionOf(document, 'verhogen.2', 'verhogen.'.length)), [
      {
        text: `**${en.footnoteLabel(2)}** — Zie het verslag van de vorige Raad, Kamerstuk 21501-30, nr. 598, en de brief van de staatssecretaris.`,
        over: '2',
      },
    ]);
  });

  test('with the cursor right after the number, on a later reference to the same note', async () => {
    const document = await openFixture('features.council');
    const [hover] = await hoversAt(document, positionOf(document, 'ondernemingen.2', 'ondernemingen.2'.length));
    const text = hover?.text ?? '(no hover)';
    assert.ok(text.startsWith(`**${en.footnoteLabel(2)}** — Zie het verslag van de vorige Raad`), text);
  });

  test("on a note's own number: how often and on which lines it is referenced", async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await hoversAt(document, positionOf(document, '2 Zie het verslag')), [
      { text: `**${en.footnoteLabel(2)}**\n\n${en.footnoteReferencedOn(2, [18, 24])}`, over: '2' },
    ]);
  });

  test('on a reference without a note: that the note is missing', async () => {
    const document = await openFixture('fixes/footnote-undefined.council');
    assert.deepEqual(await hoversAt(document, positionOf(document, 'uitbreiding.2', 'uitbreiding.'.length)), [
      { text: en.footnoteNotDefined(2), over: '2' },
    ]);
  });

  test('numbers and words that are not footnotes show nothing', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await hoversAt(document, positionOf(document, 'Postbus 20011', 'Postbus 2'.length)), []);
    assert.deepEqual(await hoversAt(document, positionOf(document, 'drempels', 2)), []);
  });
});
