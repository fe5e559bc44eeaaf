/// <reference types="mocha" />
// `.council-report.json` in the real editor: a config file written into the workspace changes a
// finding's severity in the Problems of an open report at once, and removing it brings the
// user settings back. Every wait is on onDidChangeDiagnostics.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, openFixture, untilDiagnostics } from '../support';

const FINDINGS = [
  '10:1 warning session-number-gap [council-report]',
  '14:1 warning session-number-missing [council-report]',
  '16:61 error footnote-undefined [council-report]',
  '24:1 error footnote-duplicate [council-report]',
  '25:1 warning footnote-unused [council-report]',
];

suite('The config file', () => {
  const config = () => fixture('.council-report.json');

  teardown(async () => {
    await vscode.workspace.fs.delete(config()).then(undefined, () => undefined);
  });

  test('a .council-report.json written beside a report changes its findings at once; removed, they are back', async () => {
    const document = await openFixture('findings.council');
    await untilDiagnostics(document.uri, FINDINGS);

    const text = [
      '// the team: an unused note must go before the letter does',
      '{',
      '  "severity": { "footnote-unused": "error", "session-number-missing": "off", },',
      '}',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(config(), new TextEncoder().encode(text));
    await untilDiagnostics(document.uri, [
      '10:1 warning session-number-gap [council-report]',
      '16:61 error footnote-undefined [council-report]',
      '24:1 error footnote-duplicate [council-report]',
      '25:1 error footnote-unused [council-report]',
    ]);

    await vscode.workspace.fs.delete(config());
    await untilDiagnostics(document.uri, FINDINGS);
  });

  test('VS Code opens the file as JSON with comments, and checks it against the schema', async () => {
    const text = '// ours\n{ "labels": [], "severity": { "footnote-unusd": "error" }, }\n';
    await vscode.workspace.fs.writeFile(config(), new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(config());
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'jsonc');
    // Only the unknown code is a problem: not the comment, nor the trailing comma (the schema
    // allows them). The problems arrive in steps, as the schema is loaded.
    const expected = ['2: "footnote-unusd"'];
    const lines = () =>
      vscode.languages
        .getDiagnostics(document.uri)
        .map((d) => `${d.range.start.line + 1}: ${document.getText(d.range)}`);
    await new Promise<void>((resolve, reject) => {
      if (JSON.stringify(lines()) === JSON.stringify(expected)) return resolve();
      const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === document.uri.toString())) return;
        if (JSON.stringify(lines()) !== JSON.stringify(expected)) return;
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      });
      const timer = setTimeout(() => {
        subscription.dispose();
        try {
          assert.deepEqual(lines(), expected, 'the problems VS Code reports in .council-report.json');
          resolve();
        } catch (e) {
          reject(e);
        }
      }, 15_000);
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
