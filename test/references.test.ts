import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findReferences } from '../server/src/features/references';
import { span } from './support/dump';
import { fixture } from './support/fixture';
import { parseLines } from './support/report';

const URI = 'file:///verslag.council';

/** "0:6-0:7" per location, in the order given. */
function referencesAt(lines: readonly string[], includeDeclaration: boolean): string[] {
  const { lines: clean, cursor: position } = fixture(lines);
  return findReferences(parseLines(clean), URI, position, includeDeclaration).map((l) => {
    assert.equal(l.uri, URI);
    return span(l.range);
  });
}

const report = [
  'De ministers spraken over de lidstaten,1 en over de terugkeer.2', // 0
  'Nederland steunde dit.1',
  '',
  '1 Kamerstuk 32317, nr. 984.', // 3
  '2 Kamerstuk 32317, nr. 985.',
  '',
  'Daarna volgde een ronde.1 Meer.2',
];

function at(line: number, character: number): string[] {
  const lines = [...report];
  lines[line] = lines[line]!.slice(0, character) + '|' + lines[line]!.slice(character);
  return lines;
}

test('from a reference: every reference to the number, in document order, also after the notes', () => {
  assert.deepEqual(referencesAt(at(0, 39), false), ['0:39-0:40', '1:22-1:23', '6:24-6:25']);
  assert.deepEqual(referencesAt(at(6, 32), false), ['0:62-0:63', '6:31-6:32']);
});

test('with the declaration: the note number as well, in its place in the document', () => {
  assert.deepEqual(referencesAt(at(1, 23), true), ['0:39-0:40', '1:22-1:23', '3:0-3:1', '6:24-6:25']);
});

test('from a note number: the same list', () => {
  assert.deepEqual(referencesAt(at(4, 0), false), ['0:62-0:63', '6:31-6:32']);
  assert.deepEqual(referencesAt(at(4, 1), true), ['0:62-0:63', '4:0-4:1', '6:31-6:32']);
});

test('a number defined twice: both notes are declarations', () => {
  assert.deepEqual(referencesAt(['Tekst.|1', '', '1 Een.', '1 Nog een.'], true), ['0:6-0:7', '2:0-2:1', '3:0-3:1']);
});

test('an undefined reference still finds the other references to its number', () => {
  assert.deepEqual(referencesAt(['Tekst.1 en.|2 Meer.2', '', '1 Een.'], true), ['0:11-0:12', '0:18-0:19']);
});

test('nothing from plain text, from a name such as EU27, or from a note text', () => {
  assert.deepEqual(referencesAt(at(0, 5), true), []);
  assert.deepEqual(referencesAt(['De EU2|7 spraken.1', '', '1 Noot.'], true), []);
  assert.deepEqual(referencesAt(at(3, 20), true), []);
});
