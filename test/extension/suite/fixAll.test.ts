/// <reference types="mocha" />
// Fix all (source.fixAll.council-report, for editor.codeActionsOnSave and the Source Action
// menu) through vscode.executeCodeActionProvider: on a report with findings of six codes, one
// action whose edit leaves no findings and keeps every word. The test edits a fresh copy.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopyOf, untilDiagnostics } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('council-report');

const FINDINGS = [
  '9:58 warning footnote-order [council-report]',
  '12:1 warning session-number-gap [council-report]',
  '16:1 warning session-number-missing [council-report]',
  '18:55 error footnote-undefined [council-report]',
  '20:1 warning domain-number-gap [council-report]',
  '34:1 error footnote-duplicate [council-report]',
];

async function actionsOf(document: vscode.TextDocument, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    whole,
    kind?.value,
  );
  return actions.filter((a): a is vscode.CodeAction => 'kind' in a && a.kind !== undefined);
}

suite('Fix all', () => {
  test('one action of the kind source.fixAll.council-report, whose edit leaves no findings', async () => {
    const document = await openCopyOf('fix-all.council');
    await untilDiagnostics(document.uri, FINDINGS);
    const actions = await actionsOf(document, FIX_ALL);
    assert.deepEqual(
      actions.map((a) => `${a.kind?.value}: ${a.title}`),
      [`source.fixAll.council-report: ${en.fixAll}`],
    );
    const [fixAll] = actions;
    assert.ok(fixAll?.edit, 'the action carries its edit');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit), 'the editor applied it');
    await untilDiagnostics(document.uri, []);
  });

  test('the fixed report keeps every word: only numbers change, and the missing note is added', async () => {
    const document = await openCopyOf('fix-all.council');
    await untilDiagnostics(document.uri, FINDINGS);
    const [fixAll] = await actionsOf(document, FIX_ALL);
    assert.ok(fixAll?.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await untilDiagnostics(document.uri, []);
    assert.equal(
      document.getText(),
      [
        'Geachte Voorzitter,',
        '',
        'Hierbij ontvangt u het verslag van de Transportraad van 11 februari 2027.1',
        '',
        '1. Infrastructuur',
        '',
        '1. Beleidsdebat – Onderhoud van bruggen en tunnels',
        '',
        'De ministers wisselden uit hoe zij het onderhoud plannen.2 Veel lidstaten noemden het',
        'tekort aan technici.3',
        '',
        '2. Werklunch – Spoorverbindingen over de grens',
        '',
        'De Commissie lichtte de stand van de corridors toe.4 Ook de financiering kwam aan bod.5',
        '',
        '3. Werkdiner – Veiligheid op zee',
        '',
        'Het voorzitterschap vroeg aandacht voor de inspecties.6',
        '',
        '2. Luchtvaart',
        '',
        '1. Diversen',
        '',
        'De Raad nam kennis van de stand van zaken.',
        '',
        'De Minister van Infrastructuur en Waterstaat,',
        '',
        'R. Mulder',
        '',
        '1 Kamerstuk 21501-33, nr. 1040.',
        '2 Kamerstuk 21501-33, nr. 1035.',
        '3 Kamerstuk 21501-33, nr. 1032.',
        '4 Kamerstuk 31305, nr. 488.',
        '5 Kamerstuk 31305, nr. 490.',
        '6 …',
        '',
      ].join('\n'),
    );
  });

  test('the light bulb does not offer fix-all: it is asked for by its kind', async () => {
    const document = await openCopyOf('fix-all.council');
    await untilDiagnostics(document.uri, FINDINGS);
    const kinds = (await actionsOf(document)).map((a) => a.kind?.value);
    assert.ok(kinds.length > 0, 'quick fixes are offered');
    assert.ok(!kinds.includes(FIX_ALL.value), `no fix-all among ${kinds.join(', ')}`);
  });

  test('a report without findings offers nothing to fix', async () => {
    const document = await openCopyOf('rename.council');
    await untilDiagnostics(document.uri, []);
    assert.deepEqual(await actionsOf(document, FIX_ALL), []);
  });
});
