/// <reference types="mocha" />
// Document links (Ctrl+click) through vscode.executeLinkProvider: each Kamerstuk citation opens
// the document on officielebekendmakingen.nl, a web address opens itself.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marked, openFixture } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

async function linksOf(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
  return vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
}

suite('Links', () => {
  test('Kamerstuk citations, one wrapped over two lines, and a web address link where they stand', async () => {
    const document = await openFixture('features.council');
    const links = (await linksOf(document)).map(
      (l) => `${marked(document, l.range)} -> ${l.target?.toString(true) ?? '(no target)'}`,
    );
    assert.deepEqual(links, [
      '26: 1 [Kamerstuk 21501-30, nr. 612]. -> https://zoek.officielebekendmakingen.nl/kst-21501-30-612',
      '27: 2 Zie het verslag van de vorige Raad, [Kamerstuk 21501-30, ⏎ nr. 598], en de brief van de staatssecretaris. -> https://zoek.officielebekendmakingen.nl/kst-21501-30-598',
      '29: 3 Meer over het loket staat op [https://loket.voorbeeld.eu/plannen]. -> https://loket.voorbeeld.eu/plannen',
      '44: 4 [KST 36410, nr. 17]. -> https://zoek.officielebekendmakingen.nl/kst-36410-17',
    ]);
  });

  test('a Kamerstuk link says where it goes', async () => {
    const document = await openFixture('features.council');
    const [first] = await linksOf(document);
    assert.equal(first?.tooltip, en.openKamerstuk('21501-30', '612'));
  });
});
