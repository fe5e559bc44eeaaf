import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SelectionRange } from 'vscode-languageserver-types';
import { selectionRanges } from '../server/src/features/selectionRanges';
import { LineText } from '../server/src/edits/sourceText';
import type { Range } from '../server/src/parser/model';
import { span } from './support/dump';
import { fixture } from './support/fixture';
import { parseLines, text } from './support/report';

function textOf(lines: readonly string[], range: Range): string {
  const slice = lines.slice(range.start.line, range.end.line + 1);
  slice[slice.length - 1] = slice[slice.length - 1]!.slice(0, range.end.character);
  slice[0] = slice[0]!.slice(range.start.character);
  const s = slice.join(' / ');
  return s.length <= 60 ? s : `${s.slice(0, 25)} … ${s.slice(-25)}`;
}

/** Each step of Expand Selection from the cursor: "0:3-0:12 'lidstaten'", innermost first. */
function expand(withMarker: readonly string[]): string[] {
  const { lines, cursor: position } = fixture(withMarker);
  const [selection] = selectionRanges(parseLines(lines), [position], new LineText(text(lines)));
  const out: string[] = [];
  let previous: Range | null = null;
  for (let s: SelectionRange | undefined = selection; s; s = s.parent) {
    if (previous) {
      const inside = span(previous) !== span(s.range) && textOf(lines, s.range).length > 0;
      assert.ok(inside, `${span(s.range)} must strictly contain ${span(previous)}`);
    }
    out.push(`${span(s.range)} '${textOf(lines, s.range)}'`);
    previous = s.range;
  }
  return out;
}

const report = [
  'Geachte Voorzitter,', // 0
  '',
  'I. Justitie',
  '',
  '1. Werksessie I - Terugkeer naar landen van', // 4
  'herkomst',
  'De ministers spraken over de lidstaten.1 Nederland steunde',
  'het voorstel van de Commissie! Daarna volgde een ronde.',
  '',
  '1 Kamerstuk 32317, nr. 984. Zie ook de brief van', // 9
  'de minister.',
  '2 Onder ‘terugkeerhub’ wordt verstaan een centrum.',
  '',
  'De Commissie zegde toe de lidstaten te informeren.2', // 13
  '',
  'De Minister van Justitie en Veiligheid,', // 15
  '',
  'J. Jansen',
];

function at(line: number, character: number): string[] {
  const lines = [...report];
  lines[line] = lines[line]!.slice(0, character) + '|' + lines[line]!.slice(character);
  return lines;
}

test('in a paragraph: word, sentence, paragraph, session, domain, document', () => {
  assert.deepEqual(expand(at(6, 53)), [
    "6:51-6:58 'steunde'",
    "6:41-7:30 'Nederland steunde / het voorstel van de Commissie!'",
    "6:0-7:55 'De ministers spraken over …  Daarna volgde een ronde.'",
    "4:0-13:51 '1. Werksessie I - Terugke … lidstaten te informeren.2'",
    "2:0-13:51 'I. Justitie /  / 1. Werks … lidstaten te informeren.2'",
    "0:0-17:9 'Geachte Voorzitter, /  /  … eiligheid, /  / J. Jansen'",
  ]);
});

test('a sentence ends after its full stop and the footnote reference glued to it', () => {
  assert.deepEqual(expand(at(6, 20)).slice(0, 2), [
    "6:13-6:20 'spraken'",
    "6:0-6:40 'De ministers spraken over de lidstaten.1'",
  ]);
  // With the cursor right after the reference, the sentence it closes.
  assert.deepEqual(expand(at(6, 40)).slice(0, 2), [
    "6:39-6:40 '1'",
    "6:0-6:40 'De ministers spraken over de lidstaten.1'",
  ]);
});

test('in a heading: word, heading, session, domain', () => {
  assert.deepEqual(expand(at(5, 3)), [
    "5:0-5:8 'herkomst'",
    "4:0-5:8 '1. Werksessie I - Terugkeer naar landen van / herkomst'",
    "4:0-13:51 '1. Werksessie I - Terugke … lidstaten te informeren.2'",
    "2:0-13:51 'I. Justitie /  / 1. Werks … lidstaten te informeren.2'",
    "0:0-17:9 'Geachte Voorzitter, /  /  … eiligheid, /  / J. Jansen'",
  ]);
  assert.deepEqual(expand(at(2, 5)).slice(0, 3), [
    "2:3-2:11 'Justitie'",
    "2:0-2:11 'I. Justitie'",
    "2:0-13:51 'I. Justitie /  / 1. Werks … lidstaten te informeren.2'",
  ]);
});

test('in a note: word, sentence, the note, the block of notes, then the sections around it', () => {
  assert.deepEqual(expand(at(10, 4)), [
    "10:3-10:11 'minister'",
    "9:28-10:12 'Zie ook de brief van / de minister.'",
    "9:0-10:12 '1 Kamerstuk 32317, nr. 98 …  brief van / de minister.'",
    "9:0-11:50 '1 Kamerstuk 32317, nr. 98 … rdt verstaan een centrum.'",
    "4:0-13:51 '1. Werksessie I - Terugke … lidstaten te informeren.2'",
    "2:0-13:51 'I. Justitie /  / 1. Werks … lidstaten te informeren.2'",
    "0:0-17:9 'Geachte Voorzitter, /  /  … eiligheid, /  / J. Jansen'",
  ]);
  // Words joined by an apostrophe inside quotes, and a note of one sentence.
  assert.deepEqual(expand(at(11, 12)).slice(0, 3), [
    "11:9-11:21 'terugkeerhub'",
    "11:0-11:50 '2 Onder ‘terugkeerhub’ wordt verstaan een centrum.'",
    "9:0-11:50 '1 Kamerstuk 32317, nr. 98 … rdt verstaan een centrum.'",
  ]);
});

test('in the letter frame and in the closing', () => {
  assert.deepEqual(expand(at(0, 3)), [
    "0:0-0:7 'Geachte'",
    "0:0-0:19 'Geachte Voorzitter,'",
    "0:0-17:9 'Geachte Voorzitter, /  /  … eiligheid, /  / J. Jansen'",
  ]);
  assert.deepEqual(expand(at(17, 5)), [
    "17:3-17:9 'Jansen'",
    "17:0-17:9 'J. Jansen'",
    "15:0-17:9 'De Minister van Justitie en Veiligheid, /  / J. Jansen'",
    "0:0-17:9 'Geachte Voorzitter, /  /  … eiligheid, /  / J. Jansen'",
  ]);
});

test('on white space or a blank line: the larger ranges only', () => {
  assert.deepEqual(expand(at(8, 0)), [
    "4:0-13:51 '1. Werksessie I - Terugke … lidstaten te informeren.2'",
    "2:0-13:51 'I. Justitie /  / 1. Werks … lidstaten te informeren.2'",
    "0:0-17:9 'Geachte Voorzitter, /  /  … eiligheid, /  / J. Jansen'",
  ]);
});

test('words with hyphens and numbers stay whole; a decimal number does not end a sentence', () => {
  const lines = ['De CO2-uitstoot daalde met 3,8 procent. Het ging om 150.000 personen in de E|U.'];
  assert.deepEqual(expand(lines).slice(0, 2), ["0:75-0:77 'EU'", "0:40-0:78 'Het ging om 150.000 personen in de EU.'"]);
  assert.deepEqual(expand(['De CO2-uit|stoot daalde.']).slice(0, 2), [
    "0:3-0:15 'CO2-uitstoot'",
    "0:0-0:23 'De CO2-uitstoot daalde.'",
  ]);
});

test('one answer per position, in order', () => {
  const lines = ['Eerste zin. Tweede zin.'];
  const answers = selectionRanges(
    parseLines(lines),
    [
      { line: 0, character: 2 },
      { line: 0, character: 14 },
    ],
    new LineText(text(lines)),
  );
  assert.deepEqual(
    answers.map((a) => `${span(a.range)} ${span(a.parent!.range)}`),
    ['0:0-0:6 0:0-0:11', '0:12-0:18 0:12-0:23'],
  );
});

test('in the tail of a note continued on the next page: that part, then the notes it stands with', () => {
  const lines = [
    'Tekst over de lidstaten.1',
    '',
    '1 Onder een terugkeerhub wordt verstaan een centrum buiten de EU waar',
    '',
    '2',
    '',
    'Meer tekst.2',
    '',
    'mensen zonder verblijfsrecht verb|lijven.', // 8
    '2 Kamerstuk 21501-20, nr. 2236.',
  ];
  assert.deepEqual(expand(lines), [
    "8:29-8:39 'verblijven'",
    "8:0-8:40 'mensen zonder verblijfsrecht verblijven.'",
    "8:0-9:31 'mensen zonder verblijfsre … rstuk 21501-20, nr. 2236.'",
    "0:0-9:31 'Tekst over de lidstaten.1 … rstuk 21501-20, nr. 2236.'",
  ]);
});

test('a full stop after an abbreviation or an initial ends no sentence', () => {
  const lines = [
    'Tekst.1',
    '',
    '1 Kamerstuk 21501-30, nr. 598, en de br|ief van mr. J. Jansen, o.a. over art. 5. Tweede zin.',
  ];
  assert.deepEqual(expand(lines).slice(0, 2), [
    "2:37-2:42 'brief'",
    "2:0-2:79 '1 Kamerstuk 21501-30, nr. … Jansen, o.a. over art. 5.'",
  ]);
});

test('in an unnumbered session: word, paragraph, the session, the report (topic sections expand alike)', () => {
  assert.deepEqual(
    expand([
      'Geachte Voorzitter,',
      '',
      'Werklunch – Oekraïne',
      '',
      'De ministers spraken over de st|eun.',
      '',
      'Werkdiner – Balkan',
      '',
      'Tekst.',
    ]),
    [
      "4:29-4:34 'steun'",
      "4:0-4:35 'De ministers spraken over de steun.'",
      "2:0-4:35 'Werklunch – Oekraïne /  / … rs spraken over de steun.'",
      "0:0-8:6 'Geachte Voorzitter, /  /  … iner – Balkan /  / Tekst.'",
    ],
  );
});
