/// <reference types="mocha" />
// Folding through vscode.executeFoldingRangeProvider: the letter frame, each domain and session
// under its heading, and each block of notes as a comment ("Fold All Block Comments").

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture } from '../support';

/** "13-29 Region: I. Interne markt": the lines (from 1) and kind of each range, and its first line. */
async function foldingOf(document: vscode.TextDocument): Promise<string[]> {
  const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
    'vscode.executeFoldingRangeProvider',
    document.uri,
  );
  return ranges.map(
    (r) =>
      `${r.start + 1}-${r.end + 1} ${r.kind === undefined ? '(no kind)' : vscode.FoldingRangeKind[r.kind]}: ${document.lineAt(r.start).text}`,
  );
}

suite('Folding', () => {
  test('the frame, domains, sessions (a wrapped heading too) and the notes at a page bottom fold', async () => {
    const document = await openFixture('features.council');
    assert.deepEqual(await foldingOf(document), [
      '1-11 Region: Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      '13-29 Region: I. Interne markt',
      '15-18 Region: 1. Beleidsdebat – Minder regels voor het midden- en kleinbedrijf',
      '20-29 Region: 2. Werklunch – Toekomst van de dienstensector en het',
      '26-29 Comment: 1 Kamerstuk 21501-30, nr. 612.',
      '33-38 Region: II. Onderzoek',
      '35-38 Region: 1. Werksessie I – Samenwerking tussen kennisinstellingen',
    ]);
  });

  test('a report without domains folds its sessions and its notes at the end', async () => {
    const document = await openFixture('rename.council');
    assert.deepEqual(await foldingOf(document), [
      '1-3 Region: Geachte Voorzitter,',
      '5-7 Region: 1. Beleidsdebat – Arbeidsmarkt en vergrijzing',
      '9-11 Region: 2. Werklunch – Platformwerk',
      '17-19 Comment: 1 Kamerstuk 21501-31, nr. 702.',
    ]);
  });
});
