/// <reference types="mocha" />
// Runs first (see ../index.ts): the extension must still be asleep when the suite starts.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, fixture, nextDiagnostics } from '../support';

suite('Activation and language', () => {
  test('the extension is installed and asleep while no report is open', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.isActive, false);
  });

  test('a .txt file stays plain text and does not wake the extension', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('notes.txt'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, false);
  });

  test('a *.council file is a council report, and opening it starts the extension and its checks', async () => {
    const uri = fixture('findings.council');
    let document: vscode.TextDocument | undefined;
    const diagnostics = await nextDiagnostics(
      uri,
      async () => {
        document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
      },
      60_000,
    );
    assert.equal(document?.languageId, LANGUAGE_ID);
    assert.ok(diagnostics.length > 0, 'the language server published its findings');
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  test('the languages list offers "Council Report"', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID));
  });
});
