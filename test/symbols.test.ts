import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols } from '../server/src/features/symbols';
import { span } from './support/dump';
import { withLabels } from './support/by-hand';
import { parseLines } from './support/report';

const KIND_NAMES: Record<number, string> = { [SymbolKind.Namespace]: 'Namespace', [SymbolKind.Event]: 'Event' };

function dump(symbols: readonly DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [
    `${indent}${KIND_NAMES[s.kind] ?? s.kind} '${s.name}' range ${span(s.range)} selection ${span(s.selectionRange)}`,
    ...dump(s.children ?? [], indent + '  '),
  ]);
}

const report = [
  'Geachte Voorzitter,', // 0
  '',
  ' 1. Binnenlandse Zaken', // 2
  '',
  '1. Werksessie I - Samenwerking met derde landen op het gebied van', // 4
  'terugkeer en  herintegratie',
  '',
  'Tekst over terugkeer.1',
  '',
  'Werklunch – Digitale weerbaarheid', // 9
  '',
  'Tekst over weerbaarheid.',
  '',
  '2. Justitie', // 13
  '',
  '1. Diversen', // 15
  '',
  'Geen bijzonderheden.',
  '',
  'De Minister van Justitie en Veiligheid,', // 19
  '',
  'J. de Boer',
  '',
  '1 Kamerstuk 36200 VI, nr. 5.', // 23
];

test('domains contain their sessions; names as a reader says them; selection is the heading, range the section', () => {
  assert.deepEqual(dump(documentSymbols(parseLines(report))), [
    "Namespace '1. Binnenlandse Zaken' range 2:0-11:24 selection 2:1-2:22",
    "  Event '1. Werksessie I - Samenwerking met derde landen op het gebied van terugkeer en herintegratie' range 4:0-7:22 selection 4:0-5:27",
    "  Event 'Werklunch – Digitale weerbaarheid' range 9:0-11:24 selection 9:0-9:33",
    "Namespace '2. Justitie' range 13:0-17:20 selection 13:0-13:11",
    "  Event '1. Diversen' range 15:0-17:20 selection 15:0-15:11",
  ]);
});

test('every selection range lies inside its range, and children inside their parent', () => {
  const inside = (a: DocumentSymbol['range'], b: DocumentSymbol['range']): boolean =>
    (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
    (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
  const check = (symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void => {
    for (const s of symbols) {
      assert.ok(inside(s.selectionRange, s.range), s.name);
      if (parent) assert.ok(inside(s.range, parent.range), s.name);
      check(s.children ?? [], s);
    }
  };
  const symbols = documentSymbols(parseLines(report));
  assert.equal(symbols.length, 2);
  check(symbols);
});

test('roman domain numbers keep their numeral in the name', () => {
  const symbols = documentSymbols(parseLines(['II. Migratie', '', '1. Diversen', '', 'Tekst.']));
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['II. Migratie'],
  );
});

test('a label (set by hand until the parser reads it) is the symbol detail; without one, the kind', () => {
  const doc = withLabels(parseLines(report), {
    'Werklunch – Digitale weerbaarheid': ['Beleidsdebat', 10],
    Justitie: ['Stand van zaken', 14],
  });
  const details = (symbols: readonly DocumentSymbol[]): string[] =>
    symbols.flatMap((s) => [`${s.name}: ${s.detail}`, ...details(s.children ?? [])]);
  assert.deepEqual(details(documentSymbols(doc)), [
    '1. Binnenlandse Zaken: domain',
    '1. Werksessie I - Samenwerking met derde landen op het gebied van terugkeer en herintegratie: session',
    'Werklunch – Digitale weerbaarheid: Beleidsdebat',
    '2. Justitie: Stand van zaken',
    '1. Diversen: session',
  ]);
});
