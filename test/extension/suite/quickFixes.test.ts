/// <reference types="mocha" />
// Quick fixes (the light bulb, Ctrl+.) through vscode.executeCodeActionProvider: for each
// finding's code, a report with that one finding (test/extension/fixtures/workspace/fixes/)
// offers a fix titled for it on the finding's range, and applying the fix's edit clears the
// Problems. Each test edits a fresh copy; every wait is on onDidChangeDiagnostics.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { linesOf, openCopyOf, untilDiagnostics } from '../support';
import { MESSAGES } from '../../../server/src/core/messages';

// The editor runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;

interface Case {
  readonly code: string;
  /** The one finding, as support.diagnosticLines writes it. */
  readonly finding: string;
  readonly title: string;
  /** Lines (from 1) that read so after the fix. */
  readonly after: { readonly from: number; readonly lines: readonly string[] };
}

const CASES: readonly Case[] = [
  {
    code: 'footnote-undefined',
    finding: '7:65 error footnote-undefined [council-report]',
    title: en.fixAddNote(2),
    after: { from: 13, lines: ['1 Kamerstuk 21501-02, nr. 3200.', '2 …'] },
  },
  {
    code: 'footnote-unused',
    finding: '14:1 warning footnote-unused [council-report]',
    title: en.fixRemoveNote(2),
    after: { from: 13, lines: ['1 Kamerstuk 21501-02, nr. 3200.', ''] },
  },
  {
    code: 'footnote-duplicate',
    finding: '15:1 error footnote-duplicate [council-report]',
    title: en.fixRemoveRepeatedNote(2),
    after: { from: 13, lines: ['1 Kamerstuk 21501-02, nr. 3200.', '2 Kamerstuk 21501-02, nr. 3188.', ''] },
  },
  {
    code: 'footnote-order',
    finding: '3:77 warning footnote-order [council-report]',
    title: en.fixFootnoteOrder,
    after: { from: 3, lines: ['Hierbij ontvangt u het verslag van de Raad Algemene Zaken van 20 april 2027.1'] },
  },
  {
    code: 'session-number-missing',
    finding: '11:1 warning session-number-missing [council-report]',
    title: en.fixSessionNumbers('1. Justitie'),
    after: { from: 11, lines: ['2. Werkdiner – Handhaving in havens'] },
  },
  {
    code: 'session-number-gap',
    finding: '9:1 warning session-number-gap [council-report]',
    title: en.fixSessionNumbers(null),
    after: { from: 9, lines: ['2. Diversen'] },
  },
  {
    code: 'session-number-duplicate',
    finding: '13:1 warning session-number-duplicate [council-report]',
    title: en.fixSessionNumbers(null),
    after: { from: 13, lines: ['3. Diversen'] },
  },
  {
    code: 'domain-number-gap',
    finding: '11:1 warning domain-number-gap [council-report]',
    title: en.fixDomainNumbers,
    after: { from: 11, lines: ['2. Binnenlandse Zaken'] },
  },
  {
    code: 'domain-number-duplicate',
    finding: '17:1 warning domain-number-duplicate [council-report]',
    title: en.fixDomainNumbers,
    after: { from: 17, lines: ['3. Migratie'] },
  },
];

suite('Quick fixes', () => {
  for (const c of CASES) {
    test(`${c.code}: "${c.title}" clears the finding`, async () => {
      const document = await openCopyOf(`fixes/${c.code}.council`);
      await untilDiagnostics(document.uri, [c.finding]);
      const [finding] = vscode.languages.getDiagnostics(document.uri);
      assert.ok(finding);

      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        finding.range,
      );
      const fixes = actions.filter(
        (a): a is vscode.CodeAction =>
          'kind' in a && a.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(a.kind),
      );
      assert.deepEqual(
        fixes.map((f) => f.title),
        [c.title],
        'the light bulb offers one fix',
      );
      const [fix] = fixes;
      assert.ok(fix?.edit, 'the fix carries its edit');
      assert.equal(fix.isPreferred, true, 'the fix is preferred, for Auto Fix (Shift+Alt+.)');

      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the editor applied the fix');
      await untilDiagnostics(document.uri, []);
      assert.deepEqual(linesOf(document, c.after.from, c.after.from + c.after.lines.length - 1), c.after.lines);
    });
  }

  test('a line without a finding offers no quick fix', async () => {
    const document = await openCopyOf('fixes/footnote-undefined.council');
    await untilDiagnostics(document.uri, [CASES[0]!.finding]);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      document.lineAt(2).range,
    );
    assert.deepEqual(
      actions.map((a) => a.title),
      [],
    );
  });
});
