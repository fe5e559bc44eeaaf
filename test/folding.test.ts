import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldingRanges } from '../server/src/features/folding';
import { parseLines } from './support/report';

/** "region 2-11" per folding range (0-based lines). */
function folds(lines: readonly string[]): string[] {
  return foldingRanges(parseLines(lines)).map((f) => {
    assert.ok(f.startLine < f.endLine, `a folding range must span lines: ${JSON.stringify(f)}`);
    return `${f.kind} ${f.startLine}-${f.endLine}`;
  });
}

const report = [
  'Aan de Voorzitter van de Tweede Kamer', // 0
  'der Staten-Generaal',
  '',
  'Geachte Voorzitter,',
  '',
  'I. Justitie', // 5
  '',
  '1. Werksessie I - Terugkeer',
  'De ministers spraken over de lidstaten.1 Nederland',
  'steunde dit.2',
  '', // 10
  '1 Kamerstuk 32317, nr. 984.',
  '2 Onder een terugkeerhub wordt verstaan een centrum',
  '',
  '2',
  '', // 15
  'Verder werd gesproken over de gegevens.3',
  '',
  '2. Diversen',
  'Geen bijzonderheden.',
  '', // 20
  'II. Binnenlandse Zaken',
  '',
  '1. Werklunch – Schengen',
  'Tekst.',
  '', // 25
  'De Minister van Justitie en Veiligheid,',
  '',
  'J. Jansen',
  '',
  'buiten de EU.', // 30: the tail of note 2
  '3 Kamerstuk 21501-20, nr. 2236.',
];

test('domains, sessions, the letter frame and blocks of notes fold; notes as comments', () => {
  assert.deepEqual(folds(report), [
    'region 0-3', // the letter frame
    'region 5-19', // I. Justitie
    'region 7-16', // its first session, with the notes at the bottom of the page
    'comment 11-12',
    'region 18-19',
    'region 21-24',
    'region 23-24',
    'comment 30-31', // the tail of note 2 and note 3
  ]);
});

test('nothing that would fold a single line: a one-line session, a single one-line note', () => {
  assert.deepEqual(
    folds(['Geachte Voorzitter,', '', '1. Diversen', '', '2. Werklunch – Migratie', 'Tekst.1', '', '1 Noot.']),
    ['region 4-5'],
  );
});

test('a report without headings folds its frame and its notes only', () => {
  assert.deepEqual(
    folds([
      'Aan de Voorzitter',
      'Postbus 20018',
      '',
      'Geachte Voorzitter,',
      '',
      'Tekst.1',
      '',
      '1 Een.',
      '2 Twee,',
      'drie.',
    ]),
    ['region 0-3', 'comment 7-9'],
  );
});

test('an unnumbered session folds like a numbered one (topic sections fold the same way)', () => {
  assert.deepEqual(
    folds([
      'Geachte Voorzitter,', // 0
      '',
      'Werklunch – Oekraïne', // 2
      '',
      'De ministers spraken over de steun.',
      '',
      'Werkdiner – Westelijke Balkan', // 6
      '',
      'Tekst over de Balkan.',
      'Meer tekst.',
    ]),
    ['region 2-4', 'region 6-9'],
  );
});
