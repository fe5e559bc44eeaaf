// A report compared with its annotated agenda: which items match which sessions, and where a
// missing item goes. The agenda is the bundled example; the reports are written here.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { compareWithAgenda, normaliseTitle, similarity, SIMILAR } from '../server/src/core/agenda';
import { analyse } from '../server/src/core/analysis';
import { agendaItemInsertion } from '../server/src/edits/agendaInsert';
import { LineText } from '../server/src/edits/sourceText';
import { applyEdits } from '../server/src/edits/textEdits';
import { parse } from '../server/src/parser/parse';
import { PLACEHOLDER } from '../server/src/parser/placeholders';
import { text } from './support/report';

const AGENDA = parse(
  readFileSync(join(import.meta.dirname, '..', 'examples', 'geannoteerde-agenda-milieuraad.council'), 'utf8'),
);

function compare(report: readonly string[]) {
  const doc = parse(text(report));
  const c = compareWithAgenda(doc, AGENDA);
  return {
    pairs: c.sessionOf.map((s, i) => `${c.items[i]!.heading.title} -> ${s ? s.heading.title : '-'}`),
    missing: c.missing.map(
      (m) =>
        `${c.items[m.item]!.heading.title} ${m.after ? `after ${m.after.heading.title}` : m.before ? `before ${m.before.heading.title}` : 'nowhere'}`,
    ),
  };
}

const OPENING = [
  'Geachte Voorzitter,',
  '',
  'Hierbij bied ik u het verslag aan.',
  '',
  'Verslag van de Milieuraad van 16 maart 2027',
  '',
];

describe('a report against its agenda', () => {
  test('two items left out and a third reworded: the two are missing, each placed after its neighbour', () => {
    const report = [
      ...OPENING,
      'I. Wetgeving',
      '',
      '1. Verordening verpakkingen en verpakkingsafval',
      '',
      'De Raad bereikte een algemene oriëntatie.',
      '',
      'II. Niet-wetgevende onderwerpen',
      '',
      '1. Voorbereiding van de klimaattop COP32',
      '',
      'De Raad stelde de inzet vast.',
      '',
      '2. Diversen',
      '',
      'De Commissie informeerde de Raad.',
    ];
    const { pairs, missing } = compare(report);
    assert.deepEqual(pairs, [
      'Verordening verpakkingen en verpakkingsafval -> Verordening verpakkingen en verpakkingsafval',
      'Richtlijn bodemgezondheid -> -',
      'Voorbereiding klimaattop COP32 -> Voorbereiding van de klimaattop COP32',
      'Lunchbespreking – Circulaire economie -> -',
      'Diversen -> Diversen',
    ]);
    assert.deepEqual(missing, [
      'Richtlijn bodemgezondheid after Verordening verpakkingen en verpakkingsafval',
      'Lunchbespreking – Circulaire economie after Voorbereiding van de klimaattop COP32',
    ]);
  });

  test('numbers need not match, nor case, punctuation or the session kind’s separator', () => {
    const report = [
      ...OPENING,
      '3. VERORDENING VERPAKKINGEN EN VERPAKKINGSAFVAL',
      '',
      'Tekst.',
      '',
      '1. Richtlijn bodemgezondheid.',
      '',
      'Tekst.',
      '',
      '4. Voorbereiding klimaattop COP32',
      '',
      'Tekst.',
      '',
      '2. Lunchbespreking: circulaire economie',
      '',
      'Tekst.',
      '',
      '5. Diversen',
      '',
      'Tekst.',
    ];
    assert.deepEqual(compare(report).missing, []);
  });

  test('the first item of a part, when missing, goes before the next item of its part', () => {
    const report = [...OPENING, 'I. Wetgeving', '', '1. Richtlijn bodemgezondheid', '', 'Tekst.'];
    assert.deepEqual(compare(report).missing.slice(0, 1), [
      'Verordening verpakkingen en verpakkingsafval before Richtlijn bodemgezondheid',
    ]);
  });

  test('similar is a word changed, not another subject', () => {
    const alike = (a: string, b: string): boolean => similarity(normaliseTitle(a), normaliseTitle(b)) >= SIMILAR;
    assert.ok(alike('Verordening verpakkingen en verpakkingsafval', 'Verordening verpakking en verpakkingsafval'));
    assert.ok(
      alike(
        'Herziening richtlijn stedelijk afvalwater',
        'Herziening van de richtlijn behandeling stedelijk afvalwater',
      ),
    );
    assert.ok(!alike('Toekomst van de garnalenvisserij', 'Toekomst van de kottervisserij'));
    assert.ok(!alike('Richtlijn bodemgezondheid', 'Richtlijn luchtkwaliteit'));
    assert.ok(alike('Werklunch – Digitalisering van de justitie', 'Werklunch: digitalisering van justitie'));
    assert.ok(!alike('Situatie in Oekraïne', 'Situatie in Iran'));
    assert.ok(!alike('Situatie in het Midden-Oosten', 'Situatie in het Schengengebied'));
    assert.ok(!alike('Werksessie I – Migratie', 'Werksessie II – Grenzen'));
    assert.equal(normaliseTitle('Werklunch – Oekraïne: stand  van zaken'), 'werklunch oekraine stand van zaken');
  });

  test('a report without sessions: every item is missing, and goes after the title', () => {
    const c = compareWithAgenda(parse(text([...OPENING, 'Tekst.'])), AGENDA);
    assert.equal(c.missing.length, 5);
    assert.ok(c.missing.every((m) => m.after === null && m.before === null));
  });
});

/** The report with the first missing item inserted, as its quick fix does. */
function insertFirstMissing(report: string): string {
  const doc = parse(report);
  const c = compareWithAgenda(doc, AGENDA);
  const source = new LineText(report);
  return applyEdits(source, agendaItemInsertion(doc, source, c, c.missing[0]!));
}

describe('inserting a missing agenda item', () => {
  const numbered = [
    ...OPENING,
    'I. Wetgeving',
    '',
    '1. Verordening verpakkingen en verpakkingsafval',
    '',
    'De Raad bereikte een algemene oriëntatie.',
    '',
    'II. Niet-wetgevende onderwerpen',
    '',
    '1. Voorbereiding klimaattop COP32',
    '',
    'De Raad stelde de inzet vast.',
    '',
    '2. Diversen',
    '',
    'De Commissie informeerde de Raad.',
  ];

  test('each missing item in turn: in its place, numbered after its neighbour, the next ones moved up', () => {
    let report = text(numbered);
    for (let i = 0; i < 2; i++) report = insertFirstMissing(report);
    const doc = parse(report);
    assert.deepEqual(compareWithAgenda(doc, AGENDA).missing, []);
    assert.deepEqual(
      doc.sessions.map((s) => `${s.heading.numberText}. ${s.heading.title}`),
      [
        '1. Verordening verpakkingen en verpakkingsafval',
        '2. Richtlijn bodemgezondheid',
        '1. Voorbereiding klimaattop COP32',
        '2. Lunchbespreking – Circulaire economie',
        '3. Diversen',
      ],
    );
    // Only the placeholders are left to do: no numbering finding.
    assert.deepEqual(
      analyse(report).diagnostics.map((d) => `${d.code}@${d.range.start.line}`),
      ['placeholder-text@14', 'placeholder-text@24'],
    );
    assert.equal(report.split(PLACEHOLDER).length - 1, 2);
    assert.match(report, /De Raad bereikte een algemene oriëntatie\.\n\n2\. Richtlijn bodemgezondheid\n\n\[/);
  });

  test('unnumbered sessions get an unnumbered heading; CRLF text gets CRLF', () => {
    const topics = [
      ...OPENING,
      'Verordening verpakkingen en verpakkingsafval',
      '',
      'De Raad bereikte een algemene oriëntatie.',
      '',
      'Diversen',
      '',
      'De Commissie informeerde de Raad.',
    ];
    const report = insertFirstMissing(text(topics, '\r\n'));
    assert.match(report, /oriëntatie\.\r\n\r\nRichtlijn bodemgezondheid\r\n\r\n\[Verslag/);
    assert.deepEqual(
      parse(report).sessions.map((s) => s.heading.title),
      ['Verordening verpakkingen en verpakkingsafval', 'Richtlijn bodemgezondheid', 'Diversen'],
    );
  });
});
