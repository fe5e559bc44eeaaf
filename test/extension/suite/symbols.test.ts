/// <reference types="mocha" />
// The outline (Outline view, breadcrumbs, sticky scroll) through vscode.executeDocumentSymbolProvider.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, openFixture, outlineOf } from '../support';

suite('Outline', () => {
  test('domains contain their sessions, named as a reader names them; wrapped titles are joined', async () => {
    const document = await openFixture('outline.council');
    assert.deepEqual(await outlineOf(document), [
      'I. Justitie (Namespace, line 14)',
      '  1. Werksessie I – Wederzijdse erkenning van beslissingen in strafzaken (Event, line 16)',
      '  2. Werklunch – Bescherming van slachtoffers van huiselijk geweld en de rol van de advocatuur (Event, line 21)',
      'II. Binnenlandse Zaken (Namespace, line 34)',
      '  1. Werksessie I – Weerbaarheid van kritieke infrastructuur (Event, line 36)',
      '  2. Diversen (Event, line 42)',
    ]);
  });

  test('a report without domains lists its items at the top, an unnumbered session too', async () => {
    const document = await openFixture('findings.council');
    assert.deepEqual(await outlineOf(document), [
      '1. Marktsituatie (Event, line 5)',
      '3. Visserijmogelijkheden in de Oostzee (Event, line 10)',
      'Lunchbespreking – Toekomst van het gemeenschappelijk landbouwbeleid (Event, line 14)',
    ]);
  });

  test('a domain spans its sessions: the outline follows the cursor into them', async () => {
    const document = await openFixture('outline.council');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    const justitie = symbols?.[0];
    assert.ok(justitie, 'the first domain');
    const lunch = justitie.children[1];
    assert.ok(lunch, 'its second session');
    assert.ok(justitie.range.contains(lunch.range), 'the domain range holds its sessions');
    assert.ok(lunch.range.contains(new vscode.Position(23, 0)), 'the session range holds its body');
  });

  test('an unsaved report that is not a file has an outline too', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: LANGUAGE_ID,
      content: [
        'Geachte Voorzitter,',
        '',
        '1. Justitie',
        '',
        '1. Werklunch – Terugkeer naar Syrië',
        '',
        'De ministers spraken.',
        '',
      ].join('\n'),
    });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    assert.deepEqual(await outlineOf(document), [
      '1. Justitie (Namespace, line 3)',
      '  1. Werklunch – Terugkeer naar Syrië (Event, line 5)',
    ]);
  });
});
