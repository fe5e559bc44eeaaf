// A new report drafted from an annotated agenda: what the drafter gets, read back by the
// parser as the report it is. The agendas are written here, and the bundled example.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { PLACEHOLDER } from '../server/src/parser/placeholders';
import { meetingOf } from '../server/src/core/agenda';
import { newReportFromAgenda } from '../server/src/edits/newReport';
import { LineText } from '../server/src/edits/sourceText';
import type { CouncilDocument } from '../server/src/parser/model';
import { parse } from '../server/src/parser/parse';
import { analyse } from '../server/src/core/analysis';
import { ParseCache } from '../server/src/parser/reuse/cache';
import { LineDocument } from '../server/src/server/lineDocument';
import { text } from './support/report';

const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'geannoteerde-agenda-milieuraad.council');

function draft(agenda: string) {
  return newReportFromAgenda(parse(agenda), new LineText(agenda));
}

/** The outline as lines: "I. Wetgeving", "  1. Richtlijn ...", "Iran" for an unnumbered one. */
function outline(doc: CouncilDocument): string[] {
  const line = (h: CouncilDocument['sessions'][number]['heading'], indent: string): string =>
    `${indent}${h.numberText ? `${h.numberText}. ` : ''}${h.title}${h.label ? ` (${h.label.text})` : ''}`;
  return doc.outline.flatMap((n) =>
    n.kind === 'domain'
      ? [line(n.heading, ''), ...n.sessions.map((s) => line(s.heading, '  '))]
      : [line(n.heading, '')],
  );
}

describe('new report from an annotated agenda', () => {
  test('the bundled agenda: its parts and items, numbered 1, 2, 3 in each part, no cover letter, no labels', () => {
    const report = draft(readFileSync(EXAMPLE, 'utf8'));
    const doc = parse(report.text);
    assert.equal(doc.title?.text, 'Verslag van de Milieuraad van 16 maart 2027');
    assert.deepEqual(outline(doc), [
      'I. Wetgeving',
      '  1. Verordening verpakkingen en verpakkingsafval',
      '  2. Richtlijn bodemgezondheid',
      'II. Niet-wetgevende onderwerpen',
      '  1. Voorbereiding klimaattop COP32',
      '  2. Lunchbespreking – Circulaire economie',
      '  3. Diversen',
    ]);
    const lines = report.text.split('\n');
    assert.equal(lines[0], 'Geachte Voorzitter,');
    assert.equal(lines[2], 'Hierbij bied ik u het verslag aan van de Milieuraad van 16 maart 2027.');
    // One placeholder under each item, where the cursor goes; no footnotes, the closing kept.
    assert.deepEqual(
      report.placeholderLines.map((l) => lines[l]),
      Array.from({ length: 5 }, () => PLACEHOLDER),
    );
    for (const [i, s] of doc.sessions.entries())
      assert.equal(report.placeholderLines[i], s.heading.range.end.line + 2, s.heading.title);
    assert.equal(doc.definitions.length + doc.references.length, 0);
    assert.ok(!report.text.includes('Toezegging'), 'the cover letter is left out');
    assert.deepEqual(lines.slice(-4, -1), ['De Minister van Infrastructuur en Waterstaat,', '', 'M.A. van Dijk']);
    assert.deepEqual(
      doc.lineKinds.slice(-4, -1),
      ['closing', 'blank', 'closing'],
      'the signature is the closing, not text of the last item',
    );
  });

  test('an agenda that numbers no item: topics stay unnumbered, parts keep no number', () => {
    const agenda = [
      'Geannoteerde agenda Raad Buitenlandse Zaken van 22 april 2027',
      '',
      'Actuele onderwerpen',
      'Iran',
      '',
      'De Raad spreekt over de situatie in Iran.',
      '',
      'Venezuela',
      '',
      'De Raad bespreekt de verkiezingen.',
      '',
      'Westelijke Balkan',
      '= Gedachtewisseling',
      '',
      'De Raad spreekt over het uitbreidingsproces.4',
      '',
      '4 Kamerstuk 21501-02, nr. 3100.',
    ];
    const report = draft(text(agenda));
    const doc = parse(report.text);
    assert.equal(report.council, 'Raad Buitenlandse Zaken');
    assert.equal(report.date, '22 april 2027');
    assert.deepEqual(outline(doc), ['Actuele onderwerpen', '  Iran', '  Venezuela', '  Westelijke Balkan']);
  });

  test('items numbered with gaps are renumbered; an item outside any part keeps its place', () => {
    const agenda = [
      'Geannoteerde agenda van de Raad Algemene Zaken van 3 juni 2027',
      '',
      '1. Voorbereiding Europese Raad',
      '',
      'De Raad bereidt de Europese Raad voor.',
      '',
      '4. Rechtsstatelijkheid: jaarlijkse dialoog',
      '',
      'De Raad voert de jaarlijkse dialoog.',
      '',
      'Werklunch – Uitbreiding',
      '',
      'Tijdens de lunch spreken de ministers over de uitbreiding.',
    ];
    const doc = parse(draft(text(agenda)).text);
    assert.deepEqual(outline(doc), [
      '1. Voorbereiding Europese Raad',
      '2. Rechtsstatelijkheid: jaarlijkse dialoog',
      '3. Werklunch – Uitbreiding',
    ]);
  });

  test('a footnote reference glued to an item’s title is left out of it', () => {
    const agenda = [
      'Geannoteerde agenda van de Raad Algemene Zaken van 3 juni 2027',
      '',
      'Europees Semester1',
      '',
      'De Raad bespreekt de landenspecifieke aanbevelingen.',
      '',
      '1 Kamerstuk 21501-20, nr. 2000.',
    ];
    assert.deepEqual(outline(parse(draft(text(agenda)).text)), ['Europees Semester']);
  });

  test('a title without a date or a Council gets placeholders for them', () => {
    assert.deepEqual(meetingOf('Geannoteerde agenda van de Raad Justitie en Binnenlandse Zaken'), {
      council: 'Raad Justitie en Binnenlandse Zaken',
      date: null,
    });
    const report = draft(text(['Geannoteerde agenda van de Raad Milieu', '', 'Diversen', '', 'Tekst.']));
    assert.match(report.text, /^Hierbij bied ik u het verslag aan van de Raad Milieu van \[datum\]\.$/m);
    const none = draft(text(['Diversen', '', 'Tekst.']));
    assert.match(none.text, /^Verslag van de \[Raad\] van \[datum\]$/m);
  });

  test('the Council and the date as titles name them', () => {
    const cases: [string, string | null, string | null][] = [
      [
        'Geannoteerde agenda van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 11 en 12 oktober 2027 te Luxemburg',
        'Raad Justitie en Binnenlandse Zaken',
        '11 en 12 oktober 2027',
      ],
      [
        'Geannoteerde agenda Eurogroep en Ecofinraad 15-16 februari 2027',
        'Eurogroep en Ecofinraad',
        '15-16 februari 2027',
      ],
      ['Verslag van de informele JBZ-Raad van 29 januari 2027', 'informele JBZ-Raad', '29 januari 2027'],
      [
        'Geannoteerde agenda voor de Landbouw- en Visserijraad van 24 maart 2027',
        'Landbouw- en Visserijraad',
        '24 maart 2027',
      ],
    ];
    for (const [title, council, date] of cases) assert.deepEqual(meetingOf(title), { council, date }, title);
  });
});

describe('placeholders', () => {
  const found = (lines: readonly string[]): string[] =>
    analyse(text(lines))
      .diagnostics.filter((d) => d.code === 'placeholder-text')
      .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);

  test('the command’s paragraph, an ellipsis alone on a line, [datum] and [Raad] in a line', () => {
    const lines = [
      'Hierbij bied ik u het verslag aan van de [Raad] van [datum].', // 0: both
      '',
      'Iran',
      '',
      PLACEHOLDER, // 4
      '',
      'Venezuela',
      '',
      '…', // 8
      '',
      'Diversen',
      '',
      '  [...]  ', // 12
      '',
      'De Raad sprak … over de stand van zaken, zie [bijlage].',
    ];
    assert.deepEqual(found(lines), ['0:41-47', '0:52-59', `4:0-${PLACEHOLDER.length}`, '8:0-1', '12:2-7']);
  });

  test('not in a footnote, which may quote with […]', () => {
    const lines = [
      'Iran',
      '',
      'De Raad sprak over Iran.1',
      '',
      '1 Zie het citaat: “de lidstaten […] besloten”.',
      '[…]',
    ];
    assert.deepEqual(found(lines), []);
  });

  test('typing over a placeholder removes its finding at once, in an editor’s incremental analysis', () => {
    const doc = LineDocument.create('file:///r.council', 'council-report', 1, text(['Iran', '', '…', '', 'Slot.']));
    const cache = new ParseCache();
    const codes = () => analyse(doc, undefined, cache).diagnostics.map((d) => `${d.code}@${d.range.start.line}`);
    assert.deepEqual(codes(), ['placeholder-text@2']);
    // Each keystroke: "…" becomes "D…", then "De…", ... until the line is text.
    doc.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'D' }], 2);
    assert.deepEqual(codes(), []);
    doc.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, text: '[…]' }], 3);
    assert.deepEqual(codes(), ['placeholder-text@2']);
  });
});
