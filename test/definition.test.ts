import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LocationLink } from 'vscode-languageserver-types';
import { compareWithAgenda } from '../server/src/core/agenda';
import { agendaItemDefinition, findDefinition, reportSessionDefinitions } from '../server/src/features/definition';
import { parse } from '../server/src/parser/parse';
import { span } from './support/dump';
import { fixture } from './support/fixture';
import { text } from './support/report';

const URI = 'file:///verslag.council';

function definitionAt(lines: readonly string[]): string[] {
  const { lines: clean, cursor: position } = fixture(lines);
  return findDefinition(parse(text(clean)), URI, position).map(
    (l: LocationLink) =>
      `${span(l.targetSelectionRange)} in ${span(l.targetRange)} from ${span(l.originSelectionRange!)}`,
  );
}

const notes = ['', '1 Eerste noot die', 'doorloopt.', '2 Tweede noot.'];

test('from a reference to its note: cursor before, on or right after the number', () => {
  assert.deepEqual(definitionAt(['Tekst.|1 Meer.2', ...notes]), ['2:0-2:1 in 2:0-3:10 from 0:6-0:7']);
  assert.deepEqual(definitionAt(['Tekst.1| Meer.2', ...notes]), ['2:0-2:1 in 2:0-3:10 from 0:6-0:7']);
  assert.deepEqual(definitionAt(['Tekst.1 Meer.|2', ...notes]), ['4:0-4:1 in 4:0-4:14 from 0:13-0:14']);
});

test('nothing from plain text or from a number that is not a reference', () => {
  assert.deepEqual(definitionAt(['Te|kst.1 Meer.2', ...notes]), []);
  assert.deepEqual(definitionAt(['De EU2|7 en tekst.1 Meer.2', ...notes]), []);
});

test('from a definition to itself', () => {
  assert.deepEqual(definitionAt(['Tekst.1 Meer.2', '', '|1 Eerste noot.', '2 Tweede noot.']), [
    '2:0-2:1 in 2:0-2:14 from 2:0-2:1',
  ]);
});

test('a number defined twice offers both notes', () => {
  assert.deepEqual(definitionAt(['Tekst.|1', '', '1 Een.', '1 Nog een.']), [
    '2:0-2:1 in 2:0-2:6 from 0:6-0:7',
    '3:0-3:1 in 3:0-3:10 from 0:6-0:7',
  ]);
});

test('an undefined reference has no definition', () => {
  assert.deepEqual(definitionAt(['Tekst.1 en.|2', '', '1 Een.']), []);
});

test('from a session heading to its agenda item, and from the item back; elsewhere nowhere', () => {
  const agenda = parse(
    text([
      'Geannoteerde agenda van de Visserijraad van 3 mei 2027',
      '',
      '1. Visserijbeleid in de Noordzee',
      '',
      'Tekst.',
      '',
      '2. Dierenwelzijn',
      '',
      'Tekst.',
      '',
      '3. Diversen',
      '',
      'Tekst.',
    ]),
  );
  const report = parse(
    text(['Verslag van de Visserijraad van 3 mei 2027', '', '1. Diversen', '', 'Geen punten.', '', '2. Iets anders']),
  );
  const comparison = compareWithAgenda(report, agenda);
  const AGENDA_URI = 'file:///agenda.council';
  const links = (found: LocationLink[]) =>
    found.map((l) => `${span(l.originSelectionRange!)} -> ${l.targetUri} ${span(l.targetSelectionRange)}`);
  assert.deepEqual(links(agendaItemDefinition(report, comparison, AGENDA_URI, { line: 2, character: 5 })), [
    `2:0-2:11 -> ${AGENDA_URI} 10:0-10:11`,
  ]);
  assert.deepEqual(agendaItemDefinition(report, comparison, AGENDA_URI, { line: 4, character: 1 }), []);
  assert.deepEqual(agendaItemDefinition(report, comparison, AGENDA_URI, { line: 6, character: 1 }), []);
  const reports = [{ uri: URI, comparison }];
  assert.deepEqual(links(reportSessionDefinitions({ line: 10, character: 0 }, reports)), [
    `10:0-10:11 -> ${URI} 2:0-2:11`,
  ]);
  assert.deepEqual(reportSessionDefinitions({ line: 6, character: 0 }, reports), []);
});
