/// <reference types="mocha" />
// A report and its annotated agenda in the editor: New Report from Annotated Agenda opens a
// draft with the cursor on its first placeholder; a report in the workspace is checked against
// the agenda of its meeting (test/extension/fixtures/workspace/agenda/), and Go to Definition,
// Hover and the quick fix cross between the two.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticLines, fixture, openCopyOf, openFixture, untilDiagnostics } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';
import { PLACEHOLDER } from '../../../server/src/parser/placeholders';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

const AGENDA = 'agenda/agenda-landbouwraad.council';
const REPORT = 'agenda/verslag-landbouwraad.council';
const MISSING = ['5:1 information agenda-item-missing [council-report]'];
/** The line (from 0) of "1. Visserijbeleid in de Noordzee" in the report and in the agenda. */
const REPORT_FISHERIES = 6;
const AGENDA_FISHERIES = 6;

/** Waits until the document's findings hold no agenda-item-missing. */
function untilNoneMissing(uri: vscode.Uri, timeoutMs = 15_000): Promise<void> {
  const none = () => !diagnosticLines(uri).some((l) => l.includes('agenda-item-missing'));
  return new Promise((resolve, reject) => {
    if (none()) return resolve();
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !none()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`still missing after ${timeoutMs} ms: ${diagnosticLines(uri).join('; ')}`));
    }, timeoutMs);
  });
}

suite('A report and its annotated agenda', () => {
  test('New Report from Annotated Agenda opens an untitled report, the first placeholder selected', async () => {
    const agenda = await openFixture(AGENDA);
    await vscode.commands.executeCommand('councilReport.newReportFromAgenda');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document !== agenda, 'a new editor is active');
    const draft = editor.document;
    assert.equal(draft.isUntitled, true);
    assert.equal(draft.languageId, 'council-report');
    assert.equal(draft.lineAt(4).text, 'Verslag van de Landbouwraad van 3 mei 2027');
    assert.equal(editor.selection.start.line, 8);
    assert.equal(draft.getText(editor.selection), PLACEHOLDER);
    assert.equal(draft.lineAt(6).text, '1. Visserijbeleid in de Noordzee');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a report is checked against the agenda of its meeting in the workspace', async () => {
    const report = await openFixture(REPORT);
    await untilDiagnostics(report.uri, MISSING);
    assert.match(
      vscode.languages.getDiagnostics(report.uri)[0]!.message,
      /Agenda item "Dierenwelzijn bij transport" has no session in this report/,
    );
  });

  test("Go to Definition on a session heading lands on the agenda's item", async () => {
    const report = await openFixture(REPORT);
    await untilDiagnostics(report.uri, MISSING);
    const results = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      report.uri,
      new vscode.Position(REPORT_FISHERIES, 4),
    );
    assert.deepEqual(
      results.map((r) =>
        'targetUri' in r
          ? [r.targetUri.toString(), (r.targetSelectionRange ?? r.targetRange).start.line]
          : [r.uri.toString(), r.range.start.line],
      ),
      [[fixture(AGENDA).toString(), AGENDA_FISHERIES]],
    );
  });

  test("Hover on a session heading shows the agenda's text of the item", async () => {
    const report = await openFixture(REPORT);
    await untilDiagnostics(report.uri, MISSING);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      report.uri,
      new vscode.Position(REPORT_FISHERIES, 4),
    );
    const texts = hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n'));
    assert.deepEqual(texts, [
      [
        `**${en.agendaSays('Visserijbeleid in de Noordzee')}**`,
        'Het voorzitterschap wil een debat over de vangstquota. Nederland steunt een plan voor meerdere jaren.',
        'Het kabinet wil ruimte voor de kustvisserij.',
      ].join('\n\n'),
    ]);
  });

  test('the quick fix inserts the missing item, and the finding is gone', async () => {
    const report = await openCopyOf(REPORT);
    await untilDiagnostics(report.uri, MISSING);
    const [finding] = vscode.languages.getDiagnostics(report.uri);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      report.uri,
      finding!.range,
    );
    const fix = actions.find(
      (a): a is vscode.CodeAction => 'edit' in a && a.title === en.fixInsertAgendaItem('Dierenwelzijn bij transport'),
    );
    assert.ok(fix?.edit, `a fix among ${actions.map((a) => a.title).join('; ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the editor applied the fix');
    await untilNoneMissing(report.uri);
    assert.ok(report.getText().includes('Dierenwelzijn bij transport'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Compare with Annotated Agenda… checks a report of another meeting against the agenda picked', async () => {
    const text = (await openFixture(REPORT)).getText().replaceAll('3 mei 2027', '9 juni 2027');
    const report = await vscode.workspace.openTextDocument({ language: 'council-report', content: text });
    await vscode.window.showTextDocument(report);
    await untilDiagnostics(report.uri, []);
    // The agenda given as the argument, as a keybinding or macro may: no quick pick.
    await vscode.commands.executeCommand('councilReport.compareWithAgenda', fixture(AGENDA).toString());
    await untilDiagnostics(report.uri, MISSING);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
