import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { documentHighlights } from '../server/src/features/highlights';
import { span } from './support/dump';
import { fixture } from './support/fixture';
import { parseLines } from './support/report';

const KIND: Record<number, string> = {
  [DocumentHighlightKind.Read]: 'read',
  [DocumentHighlightKind.Write]: 'write',
  [DocumentHighlightKind.Text]: 'text',
};

/** "read 0:39-0:40" per highlight. */
function highlightsAt(lines: readonly string[]): string[] {
  const { lines: clean, cursor: position } = fixture(lines);
  return documentHighlights(parseLines(clean), position).map(
    (h) => `${KIND[h.kind ?? DocumentHighlightKind.Text]} ${span(h.range)}`,
  );
}

const notes = ['', '1 Kamerstuk 32317, nr. 984.', '2 Kamerstuk 32317, nr. 985.'];

test('from a reference: the references read, the note number written', () => {
  assert.deepEqual(highlightsAt(['De lidstaten,|1 en de terugkeer.2', 'Nederland steunde dit.1', ...notes]), [
    'read 0:13-0:14',
    'read 1:22-1:23',
    'write 3:0-3:1',
  ]);
});

test('from a note number: the same', () => {
  assert.deepEqual(
    highlightsAt([
      'De lidstaten,1 en de terugkeer.2',
      'Nederland steunde dit.1',
      '',
      '1 Kamerstuk 32317, nr. 984.',
      '|2 Kamerstuk 32317, nr. 985.',
    ]),
    ['read 0:31-0:32', 'write 4:0-4:1'],
  );
});

test('a note between paragraphs and references after it, in document order', () => {
  assert.deepEqual(highlightsAt(['Tekst.1', '', '1 Noot.', '', 'Meer tekst.|1']), [
    'read 0:6-0:7',
    'write 2:0-2:1',
    'read 4:11-4:12',
  ]);
});

test('an undefined reference highlights its own number elsewhere only as reads', () => {
  assert.deepEqual(highlightsAt(['Tekst.|1 Meer.1']), ['read 0:6-0:7', 'read 0:13-0:14']);
});

test('nothing off a footnote number', () => {
  assert.deepEqual(highlightsAt(['Te|kst.1', ...notes.slice(0, 2)]), []);
  assert.deepEqual(highlightsAt(['Tekst.1', '', '1 Kamerstuk 32317, nr. 98|4.']), []);
});
