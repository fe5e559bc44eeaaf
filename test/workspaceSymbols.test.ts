import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { workspaceSymbols, type WorkspaceReport } from '../server/src/features/workspaceSymbols';
import { span } from './support/dump';
import { withTitle } from './support/by-hand';
import { parseLines } from './support/report';

const KIND: Record<number, string> = { [SymbolKind.Namespace]: 'domain', [SymbolKind.Event]: 'session' };

/** "session '1. Diversen' in '2. Justitie' b.council 15:0-15:11" per symbol. */
function dump(symbols: readonly SymbolInformation[]): string[] {
  return symbols.map((s) => {
    const file = s.location.uri.slice(s.location.uri.lastIndexOf('/') + 1);
    return `${KIND[s.kind] ?? s.kind} '${s.name}'${s.containerName ? ` in '${s.containerName}'` : ''} ${file} ${span(s.location.range)}`;
  });
}

const jbz: WorkspaceReport = {
  uri: 'file:///rapporten/b-jbz.council',
  document: parseLines([
    'Geachte Voorzitter,',
    '',
    'I. Justitie', // 2
    '',
    '1. Werksessie I - Slachtofferrechten',
    '',
    'Werklunch – Terugkeer naar Syrië', // 6
    '',
    'II. Binnenlandse Zaken', // 8
    '',
    '1. Diversen',
  ]),
};

const ecofin: WorkspaceReport = {
  uri: 'file:///rapporten/a-ecofin.council',
  document: parseLines(['Geachte Voorzitter,', '', '1. Kapitaalmarktunie', 'Tekst.', '', '2. Diversen', 'Tekst.']),
};

test('an empty query lists every domain and session, file by file, sessions in their domain', () => {
  assert.deepEqual(dump(workspaceSymbols([jbz, ecofin], '')), [
    "session '1. Kapitaalmarktunie' a-ecofin.council 2:0-2:20",
    "session '2. Diversen' a-ecofin.council 5:0-5:11",
    "domain 'I. Justitie' b-jbz.council 2:0-2:11",
    "session '1. Werksessie I - Slachtofferrechten' in 'I. Justitie' b-jbz.council 4:0-4:36",
    "session 'Werklunch – Terugkeer naar Syrië' in 'I. Justitie' b-jbz.council 6:0-6:32",
    "domain 'II. Binnenlandse Zaken' b-jbz.council 8:0-8:22",
    "session '1. Diversen' in 'II. Binnenlandse Zaken' b-jbz.council 10:0-10:11",
  ]);
});

test('the query matches case-insensitively, its characters in order, white space ignored', () => {
  assert.deepEqual(dump(workspaceSymbols([jbz, ecofin], 'DIVERSEN')), [
    "session '2. Diversen' a-ecofin.council 5:0-5:11",
    "session '1. Diversen' in 'II. Binnenlandse Zaken' b-jbz.council 10:0-10:11",
  ]);
  assert.deepEqual(dump(workspaceSymbols([jbz, ecofin], 'wlsyr')), [
    "session 'Werklunch – Terugkeer naar Syrië' in 'I. Justitie' b-jbz.council 6:0-6:32",
  ]);
  assert.deepEqual(dump(workspaceSymbols([jbz, ecofin], 'binnen zaken')), [
    "domain 'II. Binnenlandse Zaken' b-jbz.council 8:0-8:22",
  ]);
  assert.deepEqual(dump(workspaceSymbols([jbz, ecofin], 'syrië terugkeer')), []);
});

test('at most `limit` symbols', () => {
  assert.equal(workspaceSymbols([jbz, ecofin], '', 3).length, 3);
});

test("the report's title (set by hand until the parser reads it) is each symbol's container, after its domain", () => {
  const titled: WorkspaceReport = { ...jbz, document: withTitle(jbz.document, 'Verslag JBZ-Raad 13 oktober', 0) };
  const other: WorkspaceReport = { ...ecofin, document: withTitle(ecofin.document, 'Verslag Ecofin 5 mei', 0) };
  assert.deepEqual(dump(workspaceSymbols([titled, other], 'diversen')), [
    "session '2. Diversen' in 'Verslag Ecofin 5 mei' a-ecofin.council 5:0-5:11",
    "session '1. Diversen' in 'II. Binnenlandse Zaken · Verslag JBZ-Raad 13 oktober' b-jbz.council 10:0-10:11",
  ]);
  assert.deepEqual(dump(workspaceSymbols([titled], 'justitie')), [
    "domain 'I. Justitie' in 'Verslag JBZ-Raad 13 oktober' b-jbz.council 2:0-2:11",
  ]);
});
