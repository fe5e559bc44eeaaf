// Footnotes in every layout a report reaches the editor in: a PDF extraction (blank lines,
// notes at the page bottoms), a web copy (notes together at the end), a PDF viewer's copy (no
// blank lines at all, each note a line starting with its number). Each report is written here.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseLines, dumpDefinitions, dumpReferences, parseLines } from './support/report';
import { finding } from './support/dump';

describe('notes in text without blank lines (a PDF viewer)', () => {
  test('notes at a page bottom, before the page number, among the body lines', () => {
    const doc = parseLines([
      'De Raad besprak de stand van de onderhandelingen over het voorstel van 3 maart jl.1 De',
      'lidstaten waren het eens over de hoofdlijnen.2 Nederland steunde het voorstel van de',
      '1 Kamerstuk 21501-20, nr. 2301.',
      '2 Zie de brief van 4 maart 2027, Kamerstuk 21501-20, nr. 2299.',
      '1',
      'Commissie, mits het voorstel budgettair neutraal blijft.3',
      'Daarna sprak de Raad over de begroting.',
      '3 Verordening (EU) 2027/118, artikel 4, met de wijzigingen van de',
      'Raad van december.',
      '2',
    ]);
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [2-2] 'Kamerstuk 21501-20, nr. 2301.'",
      "2 [3-3] 'Zie de brief van 4 maart 2027, Kamerstuk 21501-20, nr. 2299.'",
      "3 [7-8] 'Verordening (EU) 2027/118, artikel 4, met de wijzigingen van de Raad van december.'",
    ]);
    assert.deepEqual(dumpReferences(doc), ['1@0:82', '2@1:45', '3@5:56']);
    assert.equal(doc.lineKinds[5], 'body');
    assert.equal(doc.lineKinds[6], 'body');
  });

  test('without page numbers, a closed note ends the run of notes and the body goes on', () => {
    const doc = parseLines([
      'De ministers spraken over de interne markt.1 Het voorzitterschap wil voor de zomer een',
      '1 Mededeling van de Commissie, COM(2027) 40.',
      'akkoord bereiken over het pakket, zei de voorzitter.2',
      '2 Raadsconclusies over de interne markt, ST 5120/27.',
      'De Raad nam de conclusies aan.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [1-1] 'Mededeling van de Commissie, COM(2027) 40.'",
      "2 [3-3] 'Raadsconclusies over de interne markt, ST 5120/27.'",
    ]);
    assert.deepEqual(
      doc.lineKinds.map((k) => k[0]),
      ['b', 'f', 'b', 'f', 'b'],
    );
  });

  test('an open note runs on over its lines until the next note', () => {
    const doc = parseLines([
      'Tekst met een verwijzing.1 En meer tekst.2',
      '1 Zie de brief over de uitvoering van het migratiepact,',
      'Kamerstuk 32317, nr. 990.',
      '2 Kamerstuk 32317, nr. 991.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [1-2] 'Zie de brief over de uitvoering van het migratiepact, Kamerstuk 32317, nr. 990.'",
      "2 [3-3] 'Kamerstuk 32317, nr. 991.'",
    ]);
  });

  test('a wrapped sentence whose line starts with a date or an amount is no note', () => {
    for (const line of ['2 maart 2027 een besluit te nemen.', '2 lidstaten stemden tegen.', '3 Kamerstuk 1, nr. 2.']) {
      const doc = parseLines([
        'De Raad sprak over het voorstel.1 Het voorzitterschap verwacht op',
        line,
        'Nederland steunde het voorstel.2',
        '',
        '1 Kamerstuk 32317, nr. 990.',
        '2 Kamerstuk 32317, nr. 991.',
      ]);
      assert.deepEqual(
        doc.definitions.map((d) => d.number),
        [1, 2],
        line,
      );
      assert.equal(doc.lineKinds[1], 'body', line);
    }
  });

  test('a note number not referenced above it, or not the next one, is body', () => {
    const doc = parseLines([
      'De Raad sprak over het voorstel en besloot met',
      '1 Lidstaat tegen, zoals verwacht.',
      'Nederland steunde het voorstel.1',
      '',
      '1 Kamerstuk 32317, nr. 990.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), ["1 [4-4] 'Kamerstuk 32317, nr. 990.'"]);
    assert.equal(doc.lineKinds[1], 'body');
  });

  test('the notes after a note continued on the next page are found, and their references defined', () => {
    const analysis = analyseLines([
      'De Raad besprak het voorstel.1 Nederland steunde de',
      '1 Het voorstel regelt de toegang tot de gegevens van',
      '1',
      'lijn van de Commissie. De lidstaten steunden het voorstel ook.2',
      'de lidstaten van herkomst.',
      '2 Kamerstuk 32317, nr. 991.',
      '2',
      'Tot slot sprak de Raad over de begroting.3',
      '3 Kamerstuk 32317, nr. 992.',
    ]);
    assert.deepEqual(
      analysis.document.definitions.map((d) => d.number),
      [1, 2, 3],
    );
    assert.deepEqual(analysis.diagnostics.map(finding), []);
  });
});

test('a long page between a note and its tail: the notes after the tail are still found', () => {
  const page = Array.from(
    { length: 8 },
    (_, i) => `De Raad sprak over punt ${i + 1} van de agenda en nam een besluit.`,
  );
  const analysis = analyseLines([
    'De Raad besprak het voorstel.1 Nederland steunde de lijn van de Commissie.2',
    '1 Kamerstuk 32317, nr. 990.',
    '2 Het voorstel regelt de toegang tot de gegevens van',
    '1',
    ...page,
    'Tot slot sprak de Raad over de begroting.3',
    'de lidstaten van herkomst.',
    '3 Kamerstuk 32317, nr. 992.',
    '2',
  ]);
  assert.deepEqual(
    analysis.document.definitions.map((d) => d.number),
    [1, 2, 3],
  );
  assert.deepEqual(analysis.diagnostics.map(finding), []);
});

describe('notes in a web copy', () => {
  test('notes together at the end, one per line, some with continuation lines', () => {
    const doc = parseLines([
      'Hierbij bied ik u het verslag aan.1',
      '',
      'De Raad sprak over de begroting.2 Daarna over de handel.3',
      '',
      '1 Kamerstuk 21501-02, nr. 3290.',
      '2 Zie over de begroting ook de brief van 2 februari,',
      'Kamerstuk 21501-03, nr. 210.',
      '3 Kamerstuk 21501-02, nr. 3291.',
    ]);
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [4-4] 'Kamerstuk 21501-02, nr. 3290.'",
      "2 [5-6] 'Zie over de begroting ook de brief van 2 februari, Kamerstuk 21501-03, nr. 210.'",
      "3 [7-7] 'Kamerstuk 21501-02, nr. 3291.'",
    ]);
  });
});
