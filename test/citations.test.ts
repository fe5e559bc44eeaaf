import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCitations } from '../server/src/parser/citations';
import type { Citation } from '../server/src/parser/model';
import { parseLines, r, text } from './support/report';

/** "kamerstuk 32317/984 0:2-0:26" or "web https://... 1:0-1:20" per citation. */
function dump(citations: readonly Citation[]): string[] {
  return citations.map((c) =>
    c.kind === 'kamerstuk' ? `kamerstuk ${c.dossier}/${c.number} ${r(c.range)}` : `web ${c.address} ${r(c.range)}`,
  );
}

const citationsIn = (lines: readonly string[]): string[] => dump(parseLines(lines).citations);

test('every spelling of a Kamerstuk: dossier without spaces, sub-dossier kept, year left out', () => {
  assert.deepEqual(
    citationsIn([
      '1 Kamerstuk 32317, nr. 984.',
      '2 Kamerstuk 32 317, nr. 617.',
      '3 Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 984.',
      '4 Kamerstukken II 2016-17, 22 112, nr. 2292.',
      '5 Kamerstuk 21501-02, nr. 3101; zie ook Kamerstukken II 2026-27, 21 501-20, nr. 2236.',
      '6 Kamerstuk 36200 VI, nr. 5 en kamerstuk 32317 nr. 1031.',
    ]),
    [
      'kamerstuk 32317/984 0:2-0:26',
      'kamerstuk 32317/617 1:2-1:27',
      'kamerstuk 32317/984 2:40-2:58',
      'kamerstuk 22112/2292 3:2-3:43',
      'kamerstuk 21501-02/3101 4:2-4:30',
      'kamerstuk 21501-20/2236 4:40-4:84',
      'kamerstuk 36200-VI/5 5:2-5:27',
      'kamerstuk 32317/1031 5:31-5:55',
    ],
  );
});

test('a citation wrapped onto the next line, with LF or CRLF', () => {
  const lines = [
    '1 Zie de brief van de minister, Kamerstuk 32317,', // 0
    'nr. 984, en eerder Kamerstukken II 2026-27,',
    '21 501-20, nr. 2236, en Kamerstuk',
    '32 317, nr. 618.',
  ];
  const expected = [
    'kamerstuk 32317/984 0:32-1:7',
    'kamerstuk 21501-20/2236 1:19-2:19',
    'kamerstuk 32317/618 2:24-3:15',
  ];
  assert.deepEqual(dump(findCitations(text(lines), lineStarts(lines, 1))), expected);
  assert.deepEqual(dump(findCitations(text(lines, '\r\n'), lineStarts(lines, 2))), expected);
  assert.deepEqual(citationsIn(lines), expected);
});

test('not over a blank line, and not without the words that make it a Kamerstuk', () => {
  assert.deepEqual(citationsIn(['1 Kamerstuk 32317,', '', 'nr. 984.']), []);
  assert.deepEqual(
    citationsIn([
      '32317, nr. 984',
      'COM(2026) 800, ST 7781/27, Richtlijn (EU) 2022/2557',
      'Kamerstukken van de Raad',
      'Kamerstuk 3, nr. 4',
      'Kamerstuk 32317, nrs. 984 en 985',
    ]),
    [],
  );
});

test('web addresses: http and https only, without the punctuation that ends the sentence', () => {
  assert.deepEqual(
    citationsIn([
      'Zie https://www.rijksoverheid.nl/documenten. En (zie http://example.org/a_(b)).',
      'Niet: javascript:alert(1), file:///etc/passwd, ftp://example.org of xhttps://example.org.',
      '“https://example.org/citaat” en <https://example.org/haken>',
    ]),
    [
      'web https://www.rijksoverheid.nl/documenten 0:4-0:43',
      'web http://example.org/a_(b) 0:53-0:77',
      'web https://example.org/citaat 2:1-2:27',
      'web https://example.org/haken 2:33-2:58',
    ],
  );
});

test('a Kamerstuk and an address on one line, in document order', () => {
  assert.deepEqual(citationsIn(['1 KST 32317, nr. 984 (https://zoek.officielebekendmakingen.nl/kst-32317-984).']), [
    'kamerstuk 32317/984 0:2-0:20',
    'web https://zoek.officielebekendmakingen.nl/kst-32317-984 0:22-0:75',
  ]);
});

test('a line of a megabyte of digits, commas and spaces: the right citations, no more', () => {
  const unit = 'Kamerstuk 32 317, 22 112, 2016-17, 1 2 3, Kamerstukken II 2016-17,  21 501-20,    KST   ';
  const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
  assert.deepEqual(findCitations(line, [0]), []);
  const withOne = `${line}KST 32317, nr. 984 ${'9, '.repeat(300_000)}`;
  assert.deepEqual(dump(findCitations(withOne, [0])), [`kamerstuk 32317/984 0:${line.length}-0:${line.length + 18}`]);
  const many = 'KST 32317, nr. 1 '.repeat(60_000);
  assert.equal(findCitations(many, [0]).length, 60_000);
  const address = `https://${'9'.repeat(1_000_000)}, en verder`;
  assert.deepEqual(
    findCitations(address, [0]).map((c) => c.range.end.character),
    [1_000_008],
  );
});

function lineStarts(lines: readonly string[], eolLength: number): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.length + eolLength;
  }
  return starts;
}
