/// <reference types="mocha" />
// Go to Symbol in Workspace (Ctrl+T) through vscode.executeWorkspaceSymbolProvider: the domains
// and sessions of every report in the workspace folder, also of reports no editor has open.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, openFixture } from '../support';

/** The report in a subfolder of the workspace that no test opens. */
const UNOPENED = 'archief/verslag-milieuraad-2026.council';

/** "2. Werklunch – ... (Event, archief/verslag-milieuraad-2026.council:16, in ...)". */
async function symbolsFor(query: string): Promise<string[]> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder);
  const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
    'vscode.executeWorkspaceSymbolProvider',
    query,
  );
  return symbols.map((s) => {
    const where = s.location.uri.path.startsWith(`${folder.path}/`)
      ? s.location.uri.path.slice(folder.path.length + 1)
      : s.location.uri.toString();
    const container = s.containerName ? `, in ${s.containerName}` : '';
    return `${s.name} (${vscode.SymbolKind[s.kind]}, ${where}:${s.location.range.start.line + 1}${container})`;
  });
}

suite('Go to Symbol in Workspace', () => {
  test('finds a session of a report that is not open, by the characters of its name in order', async () => {
    await openFixture('features.council'); // a report open, so the language server runs
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === fixture(UNOPENED).toString()),
      `${UNOPENED} is not open in the editor`,
    );
    assert.deepEqual(await symbolsFor('wlwaterbeheer'), [
      `2. Werklunch – Waterbeheer bij aanhoudende droogte (Event, ${UNOPENED}:16)`,
    ]);
    assert.deepEqual(await symbolsFor('TUSSENDOEL klimaat'), [
      `1. Beleidsdebat – Tussendoel voor het klimaat in 2040 (Event, ${UNOPENED}:12)`,
    ]);
  });

  test('a session in a domain names its domain; the domain is found too', async () => {
    await openFixture('features.council');
    assert.deepEqual(await symbolsFor('digitale loket'), [
      '2. Werklunch – Toekomst van de dienstensector en het gezamenlijke digitale loket (Event, features.council:20, in I. Interne markt)',
    ]);
    assert.deepEqual(await symbolsFor('interne markt'), ['I. Interne markt (Namespace, features.council:13)']);
  });

  test('a name that no report has finds nothing', async () => {
    await openFixture('features.council');
    assert.deepEqual(await symbolsFor('zzqx'), []);
  });
});
