import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MESSAGES } from '../server/src/core/messages';
import {
  parseFootnoteNumber,
  prepareFootnoteRename,
  refusalMessage,
  renameFootnote,
} from '../server/src/features/rename';
import { LineText } from '../server/src/edits/sourceText';
import { parse } from '../server/src/parser/parse';
import { applyToLines } from './support/edits';
import { findings, span } from './support/dump';
import { fixture } from './support/fixture';
import { analyseLines, text } from './support/report';

function prepare(lines: readonly string[]): string {
  const { lines: clean, cursor: position } = fixture(lines);
  const result = prepareFootnoteRename(parse(text(clean)), position);
  return 'reason' in result ? result.reason : `${span(result.range)} '${result.placeholder}'`;
}

function rename(lines: readonly string[], newName: string): string[] | string {
  const { lines: clean, cursor: position } = fixture(lines);
  const result = renameFootnote(parse(text(clean)), new LineText(text(clean)), position, newName);
  return 'reason' in result ? result.reason : applyToLines(clean, result.edits);
}

const NOTES = ['', '1 Een.', '2 Twee.', '3 Drie.'];

describe('prepare rename', () => {
  test('on a reference or a note number: the number, as the placeholder', () => {
    assert.equal(prepare(['Tekst.|1 Meer.2 En.3', ...NOTES]), "0:6-0:7 '1'");
    assert.equal(prepare(['Tekst.1 Meer.2| En.3', ...NOTES]), "0:13-0:14 '2'");
    assert.equal(prepare(['Tekst.1 Meer.2 En.3', '', '1 Een.', '|2 Twee.', '3 Drie.']), "3:0-3:1 '2'");
  });

  test('anywhere else it is refused', () => {
    assert.equal(prepare(['Te|kst.1 Meer.2 En.3', ...NOTES]), 'not-a-footnote');
    assert.equal(prepare(['De EU2|7 en tekst.1 Meer.2 En.3', ...NOTES]), 'not-a-footnote');
    assert.equal(prepare(['Tekst.1 Meer.2 En.3', '', '1 Een.', '2 Tw|ee.', '3 Drie.']), 'not-a-footnote');
  });
});

describe('rename a footnote', () => {
  test('to a free number: its references and its note, and the note moves to its place in the run', () => {
    assert.deepEqual(rename(['Tekst.|1 Meer.2 En.3 Weer.1', ...NOTES], '4'), [
      'Tekst.4 Meer.2 En.3 Weer.4',
      '',
      '2 Twee.',
      '3 Drie.',
      '4 Een.',
    ]);
  });

  test('from the note number works the same', () => {
    assert.deepEqual(rename(['Tekst.1 Meer.2 En.3', '', '1 Een.', '|2 Twee.', '3 Drie.'], '5'), [
      'Tekst.1 Meer.5 En.3',
      '',
      '1 Een.',
      '3 Drie.',
      '5 Twee.',
    ]);
  });

  test('onto a number in use: the two swap, references and notes', () => {
    const out = rename(['Tekst.|1 Meer.2 En.3 Weer.1', ...NOTES], '3');
    assert.deepEqual(out, ['Tekst.3 Meer.2 En.1 Weer.3', '', '1 Drie.', '2 Twee.', '3 Een.']);
    // The writer asked for it: the references now run 3, 2, 1.
    assert.deepEqual(findings(analyseLines(out as string[])), ['footnote-order@0', 'footnote-order@0']);
  });

  test('onto a number that is only referenced (its note is missing): they swap as well', () => {
    assert.deepEqual(rename(['Tekst.1 Meer.|2 En.3', '', '1 Een.', '2 Twee.'], '3'), [
      'Tekst.1 Meer.3 En.2',
      '',
      '1 Een.',
      '3 Twee.',
    ]);
  });

  test('one of two notes with the same number: only that note, to a number no note has', () => {
    const lines = ['Tekst.1 Meer.2 En.3', '', '1 Een.', '2 Twee.', '|2 Drie, eigenlijk.'];
    assert.deepEqual(rename(lines, '3'), ['Tekst.1 Meer.2 En.3', '', '1 Een.', '2 Twee.', '3 Drie, eigenlijk.']);
    assert.deepEqual(findings(analyseLines(rename(lines, '3') as string[])), []);
    const { lines: clean, cursor: position } = fixture(lines);
    assert.deepEqual(renameFootnote(parse(text(clean)), new LineText(text(clean)), position, '1'), {
      reason: 'number-taken',
      number: 1,
      free: 4,
    });
  });

  test('the same number gives no edits; a name that is not a footnote number is refused', () => {
    assert.deepEqual(rename(['Tekst.|1 Meer.2 En.3', ...NOTES], ' 1 '), ['Tekst.1 Meer.2 En.3', ...NOTES]);
    for (const name of ['0', '-1', 'twee', '2a', '1000', '', '1.5'])
      assert.equal(rename(['Tekst.|1 Meer.2 En.3', ...NOTES], name), 'invalid-number', name);
    assert.equal(rename(['Te|kst.1 Meer.2 En.3', ...NOTES], '2'), 'not-a-footnote');
  });

  test('numbers are read as a person types them', () => {
    assert.deepEqual(['7', ' 12 ', '007', '999', '0', '1e2', '٣'].map(parseFootnoteNumber), [
      7,
      12,
      7,
      999,
      null,
      null,
      null,
    ]);
  });
});

test('a refusal says why, in the display language', () => {
  assert.equal(refusalMessage({ reason: 'not-a-footnote' }, MESSAGES.en), MESSAGES.en.renameNotAFootnote);
  assert.equal(
    refusalMessage({ reason: 'invalid-number' }, MESSAGES.en, ' twee '),
    MESSAGES.en.renameInvalidNumber('twee'),
  );
  assert.equal(
    refusalMessage({ reason: 'number-taken', number: 1, free: 4 }, MESSAGES.nl),
    MESSAGES.nl.renameNumberTaken(1, 4),
  );
});
