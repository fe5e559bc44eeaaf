import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { insertFootnote } from '../server/src/edits/insertFootnote';
import { LineText } from '../server/src/edits/sourceText';
import { parse } from '../server/src/parser/parse';
import { applyToLines } from './support/edits';
import { findings, span } from './support/dump';
import { fixture } from './support/fixture';
import { analyseLines, text } from './support/report';

/** The report after Insert Footnote at the cursor, with `[…]` marking the selected placeholder. */
function insert(lines: readonly string[], eol = '\n'): string[] | null {
  const { lines: clean, cursor: position } = fixture(lines);
  const source = new LineText(clean.join(eol));
  const result = insertFootnote(parse(source.getText()), source, position);
  if (!result) return null;
  const out = applyToLines(clean, result.edits, eol);
  const { start, end } = result.selection;
  assert.equal(start.line, end.line, span(result.selection));
  const l = out[start.line]!;
  out[start.line] =
    `${l.slice(0, start.character)}[${l.slice(start.character, end.character)}]${l.slice(end.character)}`;
  return out;
}

describe('insert footnote', () => {
  test('the next number at the cursor, a note after the one before it, every later footnote one up', () => {
    assert.deepEqual(insert(['Een.1 Twee,| drie.2 Vier.3 Weer twee.2', '', '1 Een.', '2 Twee.', '3 Drie.']), [
      'Een.1 Twee,2 drie.3 Vier.4 Weer twee.3',
      '',
      '1 Een.',
      '2 […]',
      '3 Twee.',
      '4 Drie.',
    ]);
  });

  test('the result has no new finding, and the new reference is the new note', () => {
    const { lines, cursor: position } = fixture(['Een.1 Twee| drie.2', '', '1 Een.', '2 Twee.']);
    const source = new LineText(text(lines));
    const result = insertFootnote(parse(source.getText()), source, position)!;
    const out = applyToLines(lines, result.edits);
    assert.deepEqual(findings(analyseLines(out)), []);
    const doc = parse(text(out));
    assert.deepEqual(
      doc.references.map((x) => `${x.number}@${x.range.start.character}`),
      ['1@4', '2@10', '3@17'],
    );
    assert.equal(doc.definitions.find((d) => d.number === 2)!.text, '…');
  });

  test('white space before the cursor is skipped: the number goes against the word', () => {
    assert.deepEqual(insert(['De lidstaten  | stemden in.', '', 'Meer.1', '', '1 Een.']), [
      'De lidstaten1   stemden in.',
      '',
      'Meer.2',
      '',
      '1 […]',
      '2 Een.',
    ]);
  });

  test('before every other footnote: note 1 goes before the first note; in a report without notes, at the end', () => {
    assert.deepEqual(insert(['Eerst|. Dan.1', '', '1 Een.']), ['Eerst1. Dan.2', '', '1 […]', '2 Een.']);
    assert.deepEqual(
      insert(['1. Diversen', '', 'Tekst.|', '', 'De Minister van Justitie en Veiligheid,', '', 'C. de Wit', '']),
      ['1. Diversen', '', 'Tekst.1', '', 'De Minister van Justitie en Veiligheid,', '', 'C. de Wit', '', '1 […]', ''],
    );
  });

  test('after the last footnote, at the end of the notes; notes at a page bottom stay where they are', () => {
    const lines = ['Een.1', '', '1 Een.', '', 'Twee.2 Verder|.', '', '2 Twee.'];
    assert.deepEqual(insert(lines), ['Een.1', '', '1 Een.', '', 'Twee.2 Verder3.', '', '2 Twee.', '3 […]']);
  });

  test('CRLF: the new note has the document line end', () => {
    assert.deepEqual(insert(['Een.1 Twee|.', '', '1 Een.'], '\r\n'), ['Een.1 Twee2.', '', '1 Een.', '2 […]']);
  });

  test('refused where a footnote cannot go', () => {
    const notes = ['', '1 Een.', '2 Twee.'];
    for (const [where, line] of [
      ['in the middle of a word', ['Een.1 Tw|ee.2', ...notes]],
      ['right after a reference', ['Een.1| Twee.2', ...notes]],
      ['before punctuation that a reference follows', ['Een|.1 Twee.2', ...notes]],
      ['at the start of a line', ['|Een.1 Twee.2', ...notes]],
      ['in a heading', ['1. Diversen|', '', 'Een.1 Twee.2', ...notes]],
      ['in a note', ['Een.1 Twee.2', '', '1 Een.|', '2 Twee.']],
      ['on a blank line', ['Een.1 Twee.2', '|', '1 Een.', '2 Twee.']],
    ] as const) {
      assert.equal(insert(line), null, where);
    }
  });
});
