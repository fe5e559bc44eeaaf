/// <reference types="mocha" />
// Problems: what vscode.languages.getDiagnostics holds after opening and after editing a report.
// Every wait is on onDidChangeDiagnostics.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, positionOf, untilDiagnostics } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

const FINDINGS = [
  '10:1 warning session-number-gap [council-report]',
  '14:1 warning session-number-missing [council-report]',
  '16:61 error footnote-undefined [council-report]',
  '24:1 error footnote-duplicate [council-report]',
  '25:1 warning footnote-unused [council-report]',
];

suite('Problems', () => {
  test('a report with errors: each finding with its code, severity, line and column', async () => {
    const document = await openFixture('findings.council');
    await untilDiagnostics(document.uri, FINDINGS);
  });

  test('each message says what is wrong and what to do', async () => {
    const document = await openFixture('findings.council');
    await untilDiagnostics(document.uri, FINDINGS);
    const messages = vscode.languages.getDiagnostics(document.uri).map((d) => d.message);
    assert.deepEqual(messages, [
      en.numberGap('session', '3', 1, null),
      en.sessionNumberMissing('Lunchbespreking – Toekomst van het gemeenschappelijk landbouwbeleid', 4, null),
      en.footnoteUndefined(3),
      en.footnoteDuplicate(2, 23),
      en.footnoteUnused(4),
    ]);
  });

  test('the range of an undefined reference covers its number', async () => {
    const document = await openFixture('findings.council');
    await untilDiagnostics(document.uri, FINDINGS);
    const undefinedRef = vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'footnote-undefined');
    assert.equal(undefinedRef && document.getText(undefinedRef.range), '3');
  });

  test('an edit that breaks a footnote shows at once, and the edit that repairs it clears it', async () => {
    const document = await openFixture('outline.council');
    const uri = document.uri;
    await untilDiagnostics(uri, []);
    const noteLine = positionOf(document, '4 Zie ook Kamerstuk 30821, nr. 240.').line;
    const noteText = document.lineAt(noteLine).rangeIncludingLineBreak;
    const removed = document.getText(noteText);

    const breakIt = new vscode.WorkspaceEdit();
    breakIt.delete(uri, noteText);
    assert.ok(await vscode.workspace.applyEdit(breakIt));
    await untilDiagnostics(uri, ['40:21 error footnote-undefined [council-report]']);

    const repair = new vscode.WorkspaceEdit();
    repair.insert(uri, new vscode.Position(noteLine, 0), removed);
    assert.ok(await vscode.workspace.applyEdit(repair));
    await untilDiagnostics(uri, []);
    assert.equal(document.lineAt(noteLine).text, '4 Zie ook Kamerstuk 30821, nr. 240.');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
