// Page furniture of the official publication (a Kamerstuk PDF) and of the ministry's letter:
// never content, never a heading, a definition or a reference. Letterhead fields belong to the
// letter frame. Each report is written here.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineScanner } from '../server/src/parser/scanner';
import { DEFAULT_PARSE_OPTIONS } from '../server/src/parser/options';
import { analyseLines, dumpDefinitions, parseLines } from './support/report';
import { finding } from './support/dump';

const scanner = LineScanner.for(DEFAULT_PARSE_OPTIONS);
const kind = (line: string): string => scanner.scan(line).kind;

describe('furniture of the official publication', () => {
  test('the head, the dossier and letter lines, the imprint and each page foot, each told alone', () => {
    for (const line of [
      'Tweede Kamer der Staten-Generaal 2',
      'Vergaderjaar 2027–2028',
      '21 501-20 Europese Raad',
      'Nr. 1920 BRIEF VAN DE MINISTER-PRESIDENT',
      'kst-21501-20-1920',
      'ISSN 0921 - 7371',
      '’s-Gravenhage 2028',
      'Tweede Kamer, vergaderjaar 2027–2028, 21 501-20, nr. 1920 3',
      '’s-Gravenhage 2028 Tweede Kamer, vergaderjaar 2027–2028, 21 501-20, nr. 1920 1',
      'Tweede Kamer, vergaderjaar 2027-2028, 36 600 V, nr. 12 2',
    ]) {
      assert.equal(kind(line), 'page-furniture', line);
    }
  });

  test('text that mentions the House or cites a Kamerstuk is content', () => {
    for (const line of [
      'Tweede Kamer der Staten-Generaal',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'De Tweede Kamer, vergaderjaar 2027–2028, stemde in.',
      'Tweede Kamer, vergaderjaar 2027-2028, KST 32317, nr. 984.',
      'Nr. 3 van de agenda is verschoven.',
      '12 000 Oekraïners vonden onderdak in Polen.',
    ]) {
      assert.equal(kind(line), 'body', line);
    }
  });

  test('a report in the publication: furniture on each page, a note split by the page foot', () => {
    const analysis = analyseLines([
      'Tweede Kamer der Staten-Generaal 2',
      'Vergaderjaar 2027–2028',
      '',
      '32 317 JBZ-Raad',
      '',
      'Nr. 950 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID',
      '',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      '',
      'Den Haag, 3 maart 2028',
      '',
      'Hierbij bied ik u het verslag aan van de JBZ-Raad.1',
      '',
      '1 Zie de geannoteerde agenda van de Raad, die ik u op',
      '',
      'kst-32317-950',
      'ISSN 0921 - 7371',
      '’s-Gravenhage 2028 Tweede Kamer, vergaderjaar 2027–2028, 32 317, nr. 950 1',
      '',
      '1. Diversen',
      '',
      'De Raad sprak over de begroting.2',
      '',
      '20 februari stuurde, Kamerstuk 32317, nr. 948.',
      '2 Kamerstuk 32317, nr. 949.',
      '',
      'Tweede Kamer, vergaderjaar 2027–2028, 32 317, nr. 950 2',
    ]);
    const doc = analysis.document;
    for (const line of [0, 1, 5, 15, 16, 17, 26]) assert.equal(doc.lineKinds[line], 'page-furniture', `line ${line}`);
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [13-13,23-23] 'Zie de geannoteerde agenda van de Raad, die ik u op 20 februari stuurde, Kamerstuk 32317, nr. 948.'",
      "2 [24-24] 'Kamerstuk 32317, nr. 949.'",
    ]);
    assert.deepEqual(analysis.diagnostics.map(finding), []);
    assert.equal(
      doc.definitions.find((d) => d.number === 32),
      undefined,
    ); // the dossier line
  });
});

describe("the ministry's letterhead", () => {
  test('the reference repeated at the top of each later page is furniture', () => {
    for (const line of [
      'Onze referentie',
      'BZDOC-1561804725-73',
      'Onze referentie BZDOC-1561804725-73',
      '2028Z04511',
    ]) {
      assert.equal(kind(line), 'page-furniture', line);
    }
    for (const line of ['COVID-19', 'NIS2', 'ST 7781/27', 'ST-10234-2027.']) assert.equal(kind(line), 'body', line);
  });

  test('a field line is never a heading, and a date under Datum never a definition', () => {
    const doc = parseLines([
      'Retouradres Postbus 20061 2500 EB Den Haag',
      '',
      'Datum',
      '',
      '2 maart 2028',
      '',
      'Betreft Verslag van de Raad',
      '',
      'Bijlage(n)',
      '',
      '2',
      '',
      'Geachte Voorzitter,',
      '',
      'Hierbij bied ik u het verslag aan.1 Zie ook de brief.2',
      '',
      'Onze referentie',
      'BZDOC-1561804725-80',
      '',
      '1 Kamerstuk 21501-02, nr. 3301.',
      '2 Kamerstuk 21501-02, nr. 3302.',
    ]);
    assert.deepEqual(
      doc.definitions.map((d) => `${d.number}@${d.numberRange.start.line}`),
      ['1@19', '2@20'],
    );
    assert.deepEqual(doc.outline, []);
    for (const line of [0, 2, 6, 8]) assert.equal(doc.lineKinds[line], 'frame', `line ${line}`);
    assert.deepEqual([doc.lineKinds[16], doc.lineKinds[17]], ['page-furniture', 'page-furniture']);
    for (const line of ['Betreft Verslag van de Raad', 'Datum 2 maart 2028', 'Postbus 20061']) {
      assert.equal(scanner.scan(line).heading, null, line);
    }
  });
});
