// The test helpers themselves: the fixture markers and the dump format that every suite uses.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dumpOutline, finding, node, pos, span } from './support/dump';
import { fixture } from './support/fixture';
import { parseLines } from './support/report';

describe('fixture: `|` for the cursor, `[[…]]` for expected ranges', () => {
  test('the cursor is taken out of the text, and stands where it was', () => {
    const f = fixture(['1. Justitie', '', 'tekst|1']);
    assert.equal(f.text, '1. Justitie\n\ntekst1');
    assert.deepEqual(f.lines, ['1. Justitie', '', 'tekst1']);
    assert.equal(pos(f.cursor), '2:5');
    assert.deepEqual(f.ranges, []);
  });

  test('ranges are taken out, and span what they enclosed, across lines too', () => {
    const f = fixture(['Tekst.[[1]] Meer.[[2', 'en meer]]', '', '[[1]] Noot.']);
    assert.equal(f.text, 'Tekst.1 Meer.2\nen meer\n\n1 Noot.');
    assert.deepEqual(f.ranges.map(span), ['0:6-0:7', '0:13-1:7', '3:0-3:1']);
    assert.deepEqual(f.cursors, []);
  });

  test('ranges nest, and are listed in the order they open', () => {
    const f = fixture(['[[Tekst [[over]] de [[lid|staten]]]].']);
    assert.equal(f.text, 'Tekst over de lidstaten.');
    assert.deepEqual(f.ranges.map(span), ['0:0-0:23', '0:6-0:10', '0:14-0:23']);
    assert.equal(pos(f.cursor), '0:17');
  });

  test('several cursors, in order; `cursor` then says there is more than one', () => {
    const f = fixture(['Een.|1 Twee|.2', '|', '1 Een.']);
    assert.deepEqual(f.cursors.map(pos), ['0:4', '0:10', '1:0']);
    assert.throws(() => f.cursor, /expected one cursor marker "\|", found 3/);
    assert.throws(() => fixture(['Geen cursor.']).cursor, /found 0/);
  });

  test('a marker next to a surrogate pair counts UTF-16 code units, as LSP does', () => {
    assert.equal(pos(fixture(['😀|x']).cursor), '0:2');
  });

  test("the line end is the caller's", () => {
    assert.equal(fixture(['a|', 'b'], '\r\n').text, 'a\r\nb');
  });

  test('an unmatched marker is an error in the test, said as such', () => {
    assert.throws(() => fixture(['Tekst]] meer']), /"\]\]" at 0:5 closes no "\[\["/);
    assert.throws(() => fixture(['Tekst', '[[meer']), /"\[\[" at 1:0 is never closed/);
  });
});

describe('dump: one format for positions, ranges, nodes and findings', () => {
  test('a position "line:column", a range "start-end"', () => {
    assert.equal(pos({ line: 12, character: 40 }), '12:40');
    assert.equal(span({ start: { line: 3, character: 0 }, end: { line: 4, character: 7 } }), '3:0-4:7');
  });

  test('a node of the outline: kind, number, title, range; sessions indented below their domain', () => {
    const doc = parseLines(['1. Justitie', '', '2. Werklunch – Migratie', 'Tekst.']);
    assert.equal(node(doc.outline[0]!), "domain 1 'Justitie' 0:0-3:6");
    assert.deepEqual(dumpOutline(doc), ["domain 1 'Justitie' 0:0-3:6", "  session 2 'Werklunch – Migratie' 2:0-3:6"]);
  });

  test('a finding: its code and the line it starts on', () => {
    assert.equal(
      finding({
        code: 'footnote-unused',
        range: { start: { line: 12, character: 0 }, end: { line: 12, character: 1 } },
      }),
      'footnote-unused@12',
    );
  });
});
