import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyse, DEFAULT_ANALYSIS_OPTIONS, type Analysis } from '../server/src/core/analysis';
import type { DiagnosticCode } from '../server/src/core/diagnostics';
import { MESSAGES } from '../server/src/core/messages';
import { fixAll, quickFix } from '../server/src/edits/fixes';
import { LineText } from '../server/src/edits/sourceText';
import type { CouncilDocument } from '../server/src/parser/model';
import { toAnalysisOptions } from '../server/src/settings';
import { applyToText, assertNoOverlap } from './support/edits';
import { dumpDefinitions, finding, findings } from './support/dump';
import { text } from './support/report';

const { en } = MESSAGES;

/** Applies the quick fix of the first finding with this code; the report after it, its findings and the fix's title. */
function fix(
  lines: readonly string[],
  code: DiagnosticCode,
  which = 0,
): { lines: string[]; findings: string[]; title: string } {
  const before = analyse(text(lines));
  const diagnostic = before.diagnostics.filter((d) => d.code === code)[which];
  assert.ok(diagnostic, `no ${code} in ${JSON.stringify(findings(before))}`);
  const result = quickFix(before, new LineText(text(lines)), diagnostic, DEFAULT_ANALYSIS_OPTIONS.diagnostics);
  assert.ok(result, `no fix for ${code}`);
  assertNoOverlap(result.edits);
  const after = applyToText(text(lines), result.edits);
  return { lines: after.split('\n'), findings: findings(analyse(after)), title: result.title };
}

describe('a quick fix per finding removes it without causing another', () => {
  test('footnote-undefined: a note "N …" after the nearest lower-numbered note', () => {
    const out = fix(['Een.1 Twee.2 Drie.3', '', '1 Een.', '3 Drie.'], 'footnote-undefined');
    assert.equal(out.title, en.fixAddNote(2));
    assert.deepEqual(out.lines, ['Een.1 Twee.2 Drie.3', '', '1 Een.', '2 …', '3 Drie.']);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-undefined in a report without notes: the note goes at the end, in a block of its own', () => {
    const out = fix(
      ['1. Diversen', '', 'Tekst.1', '', 'De Minister van Justitie en Veiligheid,', '', 'C. de Wit', ''],
      'footnote-undefined',
    );
    assert.deepEqual(out.lines, [
      '1. Diversen',
      '',
      'Tekst.1',
      '',
      'De Minister van Justitie en Veiligheid,',
      '',
      'C. de Wit',
      '',
      '1 …',
      '',
    ]);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-unused: the note goes, with its continuation on a later page', () => {
    const lines = ['Tekst.1', '', '1 Een.', '2 Twee, die doorloopt op de', '', 'Verder.', '', 'volgende bladzijde.'];
    assert.deepEqual(
      dumpDefinitions(analyse(text(lines)).document)[1],
      "2 [3-3,7-7] 'Twee, die doorloopt op de volgende bladzijde.'",
    );
    const out = fix(lines, 'footnote-unused');
    assert.equal(out.title, en.fixRemoveNote(2));
    assert.deepEqual(out.lines, ['Tekst.1', '', '1 Een.', '', 'Verder.']);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-unused in the middle: the later footnotes move down, so no number is skipped', () => {
    const out = fix(['Een.1 Drie.3 Vier.4', '', '1 Een.', '2 Twee.', '3 Drie.', '4 Vier.'], 'footnote-unused');
    assert.deepEqual(out.lines, ['Een.1 Drie.2 Vier.3', '', '1 Een.', '2 Drie.', '3 Vier.']);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-duplicate with the very same text: the repeat goes', () => {
    const out = fix(['Een.1 Twee.2', '', '1 Een.', '2 Twee.', '2 Twee.'], 'footnote-duplicate');
    assert.equal(out.title, en.fixRemoveRepeatedNote(2));
    assert.deepEqual(out.lines, ['Een.1 Twee.2', '', '1 Een.', '2 Twee.']);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-duplicate with its own reference (notes at the end): the second reference goes with the second note', () => {
    const lines = ['Een.1 Twee.2 Drie.3 Nogmaals twee.2', '', '1 Een.', '2 Twee.', '2 Ander.', '3 Drie.'];
    const out = fix(lines, 'footnote-duplicate');
    assert.equal(out.title, en.fixSplitNote(2, 4));
    assert.deepEqual(out.lines, [
      'Een.1 Twee.2 Drie.3 Nogmaals twee.4',
      '',
      '1 Een.',
      '2 Twee.',
      '3 Drie.',
      '4 Ander.',
    ]);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-duplicate at page bottoms: a reference goes with the note below it', () => {
    const lines = [
      'Een.1 Twee.2 Nogmaals twee.2', // 0: both above the first note 2, so both are its
      '',
      '1 Een.',
      '2 Twee.',
      '',
      'Verder.2 Drie.3', // 5: the writer meant a new note here, under the same number
      '',
      '2 Ander.',
      '3 Drie.',
    ];
    const out = fix(lines, 'footnote-duplicate');
    assert.deepEqual(out.lines, [
      'Een.1 Twee.2 Nogmaals twee.2',
      '',
      '1 Een.',
      '2 Twee.',
      '',
      'Verder.3 Drie.4',
      '',
      '3 Ander.',
      '4 Drie.',
    ]);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-duplicate with other text and no reference of its own keeps its text under the next free number', () => {
    // Removing it would lose what the writer wrote; it is left as footnote-unused, the one
    // finding a fix may leave behind, for the writer to refer to or remove.
    const out = fix(['Een.1 Twee.2', '', '1 Een.', '2 Twee.', '2 Ander.'], 'footnote-duplicate');
    assert.equal(out.title, en.fixRenumberNote(2, 3));
    assert.deepEqual(out.lines, ['Een.1 Twee.2', '', '1 Een.', '2 Twee.', '3 Ander.']);
    assert.deepEqual(out.findings, ['footnote-unused@4']);
  });

  test('footnote-order: all footnotes in order of first reference, notes reordered to match', () => {
    const lines = [
      'Een.1 Drie.3 Twee.2 Weer drie.3 Vier.4',
      '',
      '1 Een.',
      '2 Twee, over',
      'twee regels.',
      '3 Drie.',
      '4 Vier.',
    ];
    const out = fix(lines, 'footnote-order');
    assert.equal(out.title, en.fixFootnoteOrder);
    assert.deepEqual(out.lines, [
      'Een.1 Drie.2 Twee.3 Weer drie.2 Vier.4',
      '',
      '1 Een.',
      '2 Drie.',
      '3 Twee, over',
      'twee regels.',
      '4 Vier.',
    ]);
    assert.deepEqual(out.findings, []);
  });

  test('footnote-order on a skipped number: the sequence closes up; an unreferenced note keeps its place', () => {
    const out = fix(['Een.1 Drie.3 Vijf.5', '', '1 Een.', '3 Drie.', '4 Niemand.', '5 Vijf.'], 'footnote-order');
    assert.deepEqual(out.lines, ['Een.1 Drie.2 Vijf.4', '', '1 Een.', '2 Drie.', '3 Niemand.', '4 Vijf.']);
    assert.deepEqual(out.findings, ['footnote-unused@4']);
  });

  const SESSIONS = [
    'I. Justitie',
    '',
    '2. Werklunch – A',
    '',
    'Tekst.',
    '',
    'Werkdiner – B',
    '',
    'Tekst.',
    '',
    '2. Diversen',
    '',
    'Tekst.',
  ];

  for (const [code, which] of [
    ['session-number-gap', 0],
    ['session-number-missing', 0],
    ['session-number-duplicate', 0],
  ] as const) {
    test(`${code}: the sessions of the domain 1, 2, 3, an unnumbered one given its number`, () => {
      const lines =
        code === 'session-number-duplicate'
          ? SESSIONS.map((l) => l.replace('2. Werklunch', '1. Werklunch').replace('2. Diversen', '1. Diversen'))
          : SESSIONS;
      const out = fix(lines, code, which);
      assert.equal(out.title, en.fixSessionNumbers('I. Justitie'));
      assert.deepEqual(
        [out.lines[2], out.lines[6], out.lines[10]],
        ['1. Werklunch – A', '2. Werkdiner – B', '3. Diversen'],
      );
      assert.deepEqual(out.findings, []);
    });
  }

  test('sessions outside any domain are numbered together', () => {
    const out = fix(['2. Handel', '', 'Tekst.', '', '4. Diversen', '', 'Tekst.'], 'session-number-gap');
    assert.equal(out.title, en.fixSessionNumbers(null));
    assert.deepEqual([out.lines[0], out.lines[4]], ['1. Handel', '2. Diversen']);
    assert.deepEqual(out.findings, []);
  });

  test('domain-number-gap and domain-number-duplicate: the domains 1, 2, 3 in their own numerals', () => {
    const lines = [
      'I. Justitie',
      '',
      '1. Diversen',
      '',
      'Tekst.',
      '',
      'III. Migratie',
      '',
      '1. Diversen',
      '',
      'Tekst.',
      '',
      'III. Asiel',
      '',
      '1. Diversen',
      '',
      'Tekst.',
    ];
    for (const code of ['domain-number-gap', 'domain-number-duplicate'] as const) {
      const out = fix(lines, code);
      assert.equal(out.title, en.fixDomainNumbers);
      assert.deepEqual([out.lines[0], out.lines[6], out.lines[12]], ['I. Justitie', 'II. Migratie', 'III. Asiel']);
      assert.deepEqual(out.findings, []);
    }
  });

  test('titles follow the display language', () => {
    const a = analyse(text(['Tekst.1', '']), toAnalysisOptions(null, 'nl'));
    const result = quickFix(
      a,
      new LineText(text(['Tekst.1', ''])),
      a.diagnostics[0]!,
      toAnalysisOptions(null, 'nl').diagnostics,
    );
    assert.equal(result!.title, MESSAGES.nl.fixAddNote(1));
  });
});

// ---- fix-all

/**
 * What a person reads, with the numbers taken out: the body lines in order (heading numbers,
 * reference digits and note numbers masked) and the note lines as a sorted list. Two reports
 * whose skeletons are equal differ only in numbers and in where notes stand within their run.
 */
function skeleton(source: string, doc: CouncilDocument): { body: string[]; notes: string[] } {
  const lines = source.split('\n');
  const mask = (line: number, from: number, to: number): void => {
    lines[line] = lines[line]!.slice(0, from) + '#'.repeat(to - from) + lines[line]!.slice(to);
  };
  for (const r of [...doc.references].reverse())
    mask(r.range.start.line, r.range.start.character, r.range.end.character);
  for (const d of doc.definitions)
    mask(d.numberRange.start.line, d.numberRange.start.character, d.numberRange.end.character);
  for (const s of [...doc.sessions, ...doc.domains]) {
    const l = s.heading.range.start.line;
    lines[l] = lines[l]!.replace(/^(\s*)(?:\d{1,2}|[IVX]{1,6})\.[ \t\u00A0]+/, '$1');
  }
  const isNote = (l: number): boolean =>
    doc.lineKinds[l] === 'footnote-definition' || doc.lineKinds[l] === 'footnote-continuation';
  return {
    body: lines.map((l, i) => (isNote(i) ? null : l.replace(/#+/g, '#'))).filter((l): l is string => l !== null),
    notes: lines
      .filter((_, i) => isNote(i))
      .map((l) => l.replace(/#+/g, '#'))
      .sort(),
  };
}

/** Fix-all, checked: safe, edits that keep LSP's rules, a text that differs from the original
 *  only in numbers and the notes "N …" it added, and only footnote-unused left over. */
function fixAllChecked(source: string): Analysis {
  const before = analyse(source);
  const result = fixAll(before, new LineText(source), DEFAULT_ANALYSIS_OPTIONS);
  assertNoOverlap(result.edits);
  assert.equal(applyToText(source, result.edits), result.text);
  assert.equal(result.safe, true);
  const was = skeleton(source, before.document);
  const is = skeleton(result.text, result.analysis.document);
  assert.deepEqual(is.body, was.body, 'the body differs in more than numbers');
  assert.deepEqual(
    is.notes.filter((l) => l !== '# …'),
    was.notes,
    'the notes differ in more than numbers and the notes added',
  );
  assert.deepEqual(result.analysis.diagnostics.filter((d) => d.code !== 'footnote-unused').map(finding), []);
  return result.analysis;
}

/** Applies the quick fix of each footnote-unused finding, one at a time, as a writer would. */
function removeUnused(source: string): string {
  for (;;) {
    const a = analyse(source);
    const d = a.diagnostics.find((x) => x.code === 'footnote-unused');
    if (!d) return source;
    const f = quickFix(a, new LineText(source), d, DEFAULT_ANALYSIS_OPTIONS.diagnostics);
    assert.ok(f, 'footnote-unused has a fix');
    source = applyToText(source, f.edits);
  }
}

// A report with every finding, some twice, and the look-alikes that must not change.
const EVERY_FINDING = [
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal', // 0
  'Postbus 20018',
  '2500 EA  Den Haag',
  '',
  'Betreft Verslag van de JBZ-Raad van 3 en 4 juni 2027',
  '', // 5
  'Geachte Voorzitter,',
  '',
  'Hierbij bied ik u het verslag aan van de JBZ-Raad.1 De CO2-uitstoot en de EU27 kwamen niet aan bod.',
  '',
  'I. Justitie', // 10
  '',
  '1. Werksessie I – Slachtofferrechten',
  '',
  'De ministers spraken over de richtlijn,2 die in 2027 van kracht wordt. Het budget groeit',
  'met 3,8% tot 150.000 euro, volgens artikel 78(3) van Verordening 2024/1351.4', // 15
  '',
  '3. Werklunch – Digitale rechtspraak', // session-number-gap
  '',
  'Nederland steunde het voorstel.3 Zie ook het verslag van de G7-top.5 Daarover later meer.3',
  '', // 20
  'Werkdiner – Weerbaarheid van de rechtspraak', // session-number-missing
  '',
  'De voorzitter vatte samen.6',
  '',
  'III. Binnenlandse Zaken', // 25: domain-number-gap
  '',
  '1. Plenaire sessie: Schengen',
  '',
  'Er werd gesproken over de Schengenevaluaties.7', // footnote-undefined
  '', // 30
  '1. Diversen', // session-number-duplicate
  '',
  'Geen bijzonderheden.',
  '',
  'III. Migratie', // 35: domain-number-duplicate
  '',
  '1. Diversen',
  '',
  'Er waren geen punten.6 Het terugkeerbeleid kwam aan bod.8',
  '', // 40
  'De Minister van Justitie en Veiligheid,',
  '',
  'C. de Wit',
  '',
  '1 Kamerstuk 32317, nr. 1040.', // 45
  '2 Richtlijn 2012/29/EU.',
  '3 Kamerstuk 32317, nr. 1041.',
  '3 Kamerstuk 32317, nr. 1043, over de tweede',
  'verwijzing.', // a repeat with a reference of its own
  '4 Verordening (EU) 2024/1351.', // 50
  '5 Kamerstuk 32317, nr. 1042.',
  '5 Kamerstuk 32317, nr. 1042.', // the very same note again
  '6 Kamerstuk 21501-02, nr. 3101.',
  '8 Kamerstuk 21501-02, nr. 3102.',
  '9 Nergens naar verwezen.', // 55: footnote-unused
  '',
];

describe('fix-all', () => {
  test('the report with every finding has every code', () => {
    const codes = new Set(analyse(text(EVERY_FINDING)).diagnostics.map((d) => d.code));
    assert.deepEqual([...codes].sort(), [
      'domain-number-duplicate',
      'domain-number-gap',
      'footnote-duplicate',
      'footnote-order',
      'footnote-undefined',
      'footnote-unused',
      'session-number-duplicate',
      'session-number-gap',
      'session-number-missing',
    ]);
  });

  test('fixes every finding but the notes nothing refers to, changing only numbers and adding notes', () => {
    const after = fixAllChecked(text(EVERY_FINDING));
    // The repeat of note 5 (same text, no reference of its own) is now note 6; note 9 was never referenced.
    assert.deepEqual(findings(after), ['footnote-unused@50', 'footnote-unused@56']);
  });

  test('then removing the notes nothing refers to leaves no finding at all', () => {
    const fixed = fixAll(
      analyse(text(EVERY_FINDING)),
      new LineText(text(EVERY_FINDING)),
      DEFAULT_ANALYSIS_OPTIONS,
    ).text;
    const clean = removeUnused(fixed);
    assert.deepEqual(findings(analyse(clean)), []);
    assert.deepEqual(clean.split('\n').slice(8, 40), [
      'Hierbij bied ik u het verslag aan van de JBZ-Raad.1 De CO2-uitstoot en de EU27 kwamen niet aan bod.',
      '',
      'I. Justitie',
      '',
      '1. Werksessie I – Slachtofferrechten',
      '',
      'De ministers spraken over de richtlijn,2 die in 2027 van kracht wordt. Het budget groeit',
      'met 3,8% tot 150.000 euro, volgens artikel 78(3) van Verordening 2024/1351.3',
      '',
      '2. Werklunch – Digitale rechtspraak',
      '',
      'Nederland steunde het voorstel.4 Zie ook het verslag van de G7-top.5 Daarover later meer.6',
      '',
      '3. Werkdiner – Weerbaarheid van de rechtspraak',
      '',
      'De voorzitter vatte samen.7',
      '',
      'II. Binnenlandse Zaken',
      '',
      '1. Plenaire sessie: Schengen',
      '',
      'Er werd gesproken over de Schengenevaluaties.8',
      '',
      '2. Diversen',
      '',
      'Geen bijzonderheden.',
      '',
      'III. Migratie',
      '',
      '1. Diversen',
      '',
      'Er waren geen punten.7 Het terugkeerbeleid kwam aan bod.9',
    ]);
    assert.deepEqual(clean.split('\n').slice(45), [
      '1 Kamerstuk 32317, nr. 1040.',
      '2 Richtlijn 2012/29/EU.',
      '3 Verordening (EU) 2024/1351.',
      '4 Kamerstuk 32317, nr. 1041.',
      '5 Kamerstuk 32317, nr. 1042.',
      '6 Kamerstuk 32317, nr. 1043, over de tweede',
      'verwijzing.',
      '7 Kamerstuk 21501-02, nr. 3101.',
      '8 …',
      '9 Kamerstuk 21501-02, nr. 3102.',
      '',
    ]);
  });

  test('also on the shared lint-errors report, read from ../shared when it is there', (t) => {
    const path = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'synthetic', 'lint-errors.council');
    if (!existsSync(path)) {
      assert.ok(process.env.CI !== 'true', `missing ${path}`);
      t.skip('no shared corpus');
      return;
    }
    const source = readFileSync(path, 'utf8');
    fixAllChecked(source);
    const clean = removeUnused(fixAll(analyse(source), new LineText(source), DEFAULT_ANALYSIS_OPTIONS).text);
    assert.deepEqual(findings(analyse(clean)), []);
  });

  test('on every report of the shared corpus it is safe, and the findings it leaves are only unreferenced notes', (t) => {
    const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
    if (!existsSync(corpus)) {
      t.skip('no shared corpus');
      return;
    }
    for (const name of [
      'real/informele-jbz-raad.txt',
      'synthetic/jbz-raad-verslag.council',
      'synthetic/lint-errors.council',
    ]) {
      fixAllChecked(readFileSync(join(corpus, name), 'utf8'));
    }
  });

  test('a clean report gives no edits', () => {
    const clean = ['I. Justitie', '', '1. Diversen', '', 'Tekst.1', '', '1 Een.'];
    const result = fixAll(analyse(text(clean)), new LineText(text(clean)), DEFAULT_ANALYSIS_OPTIONS);
    assert.deepEqual(result.edits, []);
    assert.equal(result.safe, true);
  });

  test('a code that is switched off is not fixed', () => {
    const lines = ['Een.1 Drie.3 Twee.2', '', '1 Een.', '2 Twee.', '3 Drie.', '', '2. Diversen', ''];
    const options = toAnalysisOptions({ footnotesInReferenceOrder: false, severity: { 'session-number-gap': 'off' } });
    const result = fixAll(analyse(text(lines), options), new LineText(text(lines)), options);
    assert.deepEqual(result.edits, []);
  });

  test('a fix that would change how the report reads is not safe', () => {
    // Numbered, this heading would read as a paragraph of two sentences: not a heading any more.
    const lines = ['1. Diversen', '', 'Tekst.', '', 'Werklunch – Terugkeer naar huis. Daarna Syrië', '', 'Tekst.'];
    const before = analyse(text(lines));
    assert.deepEqual(findings(before), ['session-number-missing@4']);
    const result = fixAll(before, new LineText(text(lines)), DEFAULT_ANALYSIS_OPTIONS);
    assert.equal(result.edits.length, 1);
    assert.equal(result.safe, false);
  });
});
