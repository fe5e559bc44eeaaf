// The heading rules for reports of every Council formation: topic headings, parts, labels, the
// document's title, the end of the letter frame and text without blank lines. Each report here
// is written for the test, one per rule and per way a report reaches the editor.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse } from '../server/src/core/analysis';
import { fixAll, quickFix } from '../server/src/edits/fixes';
import { LineText } from '../server/src/edits/sourceText';
import { documentTitle } from '../server/src/parser/headings/documentTitle';
import { RuleContext } from '../server/src/parser/headings/context';
import { topic } from '../server/src/parser/headings/topic';
import type { HeadingRule } from '../server/src/parser/headings/rule';
import type { CouncilDocument } from '../server/src/parser/model';
import { DEFAULT_PARSE_OPTIONS } from '../server/src/parser/options';
import { parse } from '../server/src/parser/parse';
import { DEFAULT_ANALYSIS_OPTIONS } from '../server/src/core/analysis';
import { text } from './support/report';

const context = RuleContext.for(DEFAULT_PARSE_OPTIONS);
function read(rule: HeadingRule, line: string) {
  const lo = line.length - line.trimStart().length;
  return rule.read!(line, lo, line.charCodeAt(lo), context);
}

/** The outline as lines: "session - Iran (Beleidsdebat) @4", children indented. */
function outline(doc: CouncilDocument): string[] {
  const node = (kind: string, h: CouncilDocument['sessions'][number]['heading'], indent: string): string =>
    `${indent}${kind} ${h.numberText ?? '-'} ${h.title}${h.label ? ` (${h.label.text})` : ''} @${h.range.start.line}`;
  return doc.outline.flatMap((n) =>
    n.kind === 'domain'
      ? [node('domain', n.heading, ''), ...n.sessions.map((s) => node('session', s.heading, '  '))]
      : [node('session', n.heading, '')],
  );
}
const outlineOf = (lines: readonly string[]): string[] => outline(parse(text(lines)));
const codes = (lines: readonly string[]): string[] =>
  analyse(text(lines)).diagnostics.map((d) => `${d.code}@${d.range.start.line}`);

describe('topic heading', () => {
  test('reads its examples and none of its look-alikes', () => {
    for (const line of topic.examples.headings) assert.ok(read(topic, line), line);
    for (const line of topic.examples.text) assert.equal(read(topic, line), null, line);
  });

  test('a web copy: one paragraph per line, topics after the frame, no numbering findings', () => {
    const report = [
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal', // 0
      '',
      'Den Haag, 8 maart 2027', // 2
      '',
      'Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 1 maart 2027.', // 4
      '',
      'Handelsbetrekkingen met Azië', // 6
      '',
      'De Raad sprak over de handel met de landen van Zuidoost-Azië en over nieuwe akkoorden.', // 8
      '',
      'Er werden geen conclusies aangenomen.', // 10
      '',
      'Klimaatdiplomatie', // 12
      '',
      'De ministers bespraken de inzet voor de volgende klimaatconferentie.', // 14
    ];
    assert.deepEqual(outlineOf(report), [
      'session - Handelsbetrekkingen met Azië @6',
      'session - Klimaatdiplomatie @12',
    ]);
    assert.deepEqual(codes(report), []);
    assert.deepEqual(parse(text(report)).letterFrame?.end.line, 4);
  });

  test('not a topic: a one-sentence paragraph, a closing and its signature, a dateline, a list', () => {
    const report = [
      'Geachte Voorzitter,',
      '',
      'Handelsbetrekkingen',
      '',
      'Nederland zat deze Raad voor.',
      '',
      '- Oekraïne',
      '- Georgië',
      '',
      'Brussel, 4 februari 2027',
      '',
      'De Minister van Buitenlandse Zaken,',
      '',
      'A.B. de Groot',
    ];
    assert.deepEqual(outlineOf(report), ['session - Handelsbetrekkingen @2']);
  });

  test('no topic in the letter frame, before the salutation or the first paragraph of sentences', () => {
    assert.deepEqual(
      outlineOf(['Ministerie van Buitenlandse Zaken', '', 'Kenmerk 2027-1', '', 'Verdere tekst volgt hier.']),
      [],
    );
  });

  test('a topic followed by a lower-case line, a note or nothing is no heading', () => {
    assert.deepEqual(outlineOf(['Geachte Voorzitter,', '', 'Nederland en België', '', 'en verder.']), []);
    assert.deepEqual(
      outlineOf(['Geachte Voorzitter,', '', 'Nederland en België', '', '1 Kamerstuk 32317, nr. 1.']),
      [],
    );
    assert.deepEqual(outlineOf(['Geachte Voorzitter,', '', 'Nederland en België']), []);
  });

  test('off when topicHeadings is false', () => {
    const report = ['Geachte Voorzitter,', '', 'Klimaatdiplomatie', '', 'De ministers spraken.'];
    assert.equal(outlineOf(report).length, 1);
    assert.equal(outline(parse(text(report), { ...DEFAULT_PARSE_OPTIONS, topicHeadings: false })).length, 0);
  });

  test('among numbered sessions a topic-like line is text of the numbered item', () => {
    const report = [
      '1. Handel',
      '',
      'Tekst.',
      '',
      'Inzet van het kabinet',
      '',
      'Tekst.',
      '',
      '2. Klimaat',
      '',
      'Tekst.',
    ];
    assert.deepEqual(outlineOf(report), ['session 1 Handel @0', 'session 2 Klimaat @8']);
  });
});

describe('text without blank lines (a PDF viewer’s copy)', () => {
  test('a short line after a sentence’s end and before a capital is a heading; a wrapped line is not', () => {
    const report = [
      'Hierbij zend ik u het verslag van de Raad Milieu van 3 maart 2027.', // 0
      'Luchtkwaliteit', // 1
      'De Raad besprak de herziening van de normen voor fijnstof in de steden van de Europese', // 2
      'Unie en de rol van de lidstaten bij de uitvoering daarvan in de komende jaren tot 2030.', // 3
      'Nederland vroeg om een gezamenlijke aanpak van de uitstoot van schepen in de havens van de', // 4
      'Noordzee en om steun voor onderzoek.', // 5
      'Biodiversiteit', // 6
      'De Commissie presenteerde haar strategie.', // 7
    ];
    assert.deepEqual(outlineOf(report), ['session - Luchtkwaliteit @1', 'session - Biodiversiteit @6']);
  });

  test('a part over its topics, and a title right after the signature', () => {
    const report = [
      'Hierbij zend ik u het verslag van de Eurogroep van 3 maart 2027.', // 0
      'De Minister van Financiën,', // 1
      'K.L. Smit', // 2
      'Verslag Eurogroep van 3 maart 2027', // 3
      'Eurogroep 3 maart', // 4
      'Begrotingsbeleid', // 5
      'De Eurogroep sprak over het begrotingsbeleid.', // 6
      'Bankenunie', // 7
      'De ministers spraken over de bankenunie.', // 8
    ];
    const doc = parse(text(report));
    assert.equal(doc.title?.text, 'Verslag Eurogroep van 3 maart 2027');
    assert.deepEqual(outline(doc), [
      'domain - Eurogroep 3 maart @4',
      '  session - Begrotingsbeleid @5',
      '  session - Bankenunie @7',
    ]);
  });
});

describe('text without blank lines across page breaks and wrapped lines', () => {
  test('a paragraph whose first two lines look like topics is text, after a blank line or at the top of a page', () => {
    const paragraph = [
      'Evaluatie van de normen voor fijnstof en stikstofdioxide in de steden en de havengebieden',
      'Commissie en lidstaten over de uitvoering van de richtlijn in de komende jaren tot 2030',
      'Nederland steunde de Commissie en vroeg om een gezamenlijke aanpak.',
    ];
    const opening = ['Hierbij zend ik u het verslag van de Raad Milieu van 3 maart 2027.', 'Luchtkwaliteit'];
    const closing = ['Biodiversiteit', 'De Commissie presenteerde haar strategie.'];
    const afterBlank = [...opening, 'De Raad besprak de normen.', '', ...paragraph, '', ...closing];
    assert.deepEqual(outlineOf(afterBlank), ['session - Luchtkwaliteit @1', 'session - Biodiversiteit @8']);
    const atPageTop = [
      ...opening,
      'De Raad besprak de normen.1',
      '1 Voorstel van de Commissie, COM(2027) 12.',
      '2',
      ...paragraph,
      ...closing,
    ];
    assert.deepEqual(outlineOf(atPageTop), ['session - Luchtkwaliteit @1', 'session - Biodiversiteit @8']);
  });

  test('a sentence that goes on over a page break, past the notes, is no topic at the top of the page', () => {
    const report = [
      'Hierbij zend ik u het verslag van de Raad Milieu van 3 maart 2027.', // 0
      'Luchtkwaliteit', // 1
      'De Raad besprak de herziening van de normen voor fijnstof,1 en de rol van de', // 2
      '1 Voorstel van de Commissie, COM(2027) 12, met de bijlagen', // 3
      'bij het voorstel.', // 4
      '2', // 5
      'Europese Unie', // 6
      'Nederland steunde de Commissie.', // 7
      'Biodiversiteit', // 8
      'De Commissie presenteerde haar strategie.', // 9
    ];
    assert.deepEqual(outlineOf(report), ['session - Luchtkwaliteit @1', 'session - Biodiversiteit @8']);
  });

  test('a topic at the top of a page, after a sentence’s end and the notes, stands', () => {
    const report = [
      'Hierbij zend ik u het verslag van de Raad Milieu van 3 maart 2027.', // 0
      'Luchtkwaliteit', // 1
      'De Raad besprak de herziening van de normen voor fijnstof.1', // 2
      '1 Voorstel van de Commissie, COM(2027) 12.', // 3
      '2', // 4
      'Biodiversiteit', // 5
      'De Commissie presenteerde haar strategie.', // 6
    ];
    assert.deepEqual(outlineOf(report), ['session - Luchtkwaliteit @1', 'session - Biodiversiteit @5']);
  });

  test('a heading whose wrapped line ends one sentence and starts the next is a paragraph', () => {
    const report = [
      'Hierbij zend ik u het verslag van de Raad Milieu van 3 maart 2027.', // 0
      'Luchtkwaliteit', // 1
      '(Beleidsdebat)', // 2
      'Over de normen voor fijnstof en de rol van de steden', // 3
      'bij de uitvoering. Nederland steunde de Commissie en vroeg om steun voor', // 4
      'Onderzoek naar de gevolgen voor de gezondheid en de kosten', // 5
      'De Raad nam daarna de conclusies aan.', // 6
    ];
    assert.deepEqual(outlineOf(report), ['session - Luchtkwaliteit (Beleidsdebat) @1']);
  });
});

describe('references after names with capitals and digits', () => {
  test('COP30 before the reference to note 30 is a name, not the reference twice', () => {
    const lines = [
      'De Raad sprak over het klimaat.',
      '',
      ...Array.from({ length: 29 }, (_, i) => `De Raad besprak het voorstel.${i + 1}`),
      'De voorbereiding van de COP30 in Belém liep volgens de planning van de lidstaten.',
      'Nederland vroeg om een ambitieuze inzet.30',
      '',
      ...Array.from({ length: 30 }, (_, i) => `${i + 1} Kamerstuk 31793, nr. ${300 + i}.`),
    ];
    const doc = parse(text(lines));
    const thirty = doc.references.filter((r) => r.number === 30).map((r) => r.range.start.line);
    assert.deepEqual(thirty, [32]);
  });

  test('EMSA1 is a reference where no other reference to note 1 follows', () => {
    const doc = parse(
      text(['De Raad sprak met EMSA1, de maritieme veiligheidsorganisatie.', '', '1 Zie emsa.europa.eu.']),
    );
    assert.deepEqual(
      doc.references.map((r) => `${r.number}@${r.range.start.line}:${r.range.start.character}`),
      ['1@0:22'],
    );
  });
});

describe('the cover letter’s closing', () => {
  test('ends the cover letter’s last section: its signature is no text of that section', () => {
    const report = [
      'Geachte Voorzitter,', // 0
      '',
      'Hierbij bied ik u het verslag aan.', // 2
      '',
      'Toezegging over de normen', // 4
      '',
      'Uw Kamer ontvangt het overzicht.', // 6
      '',
      'De Minister van Infrastructuur en Waterstaat,', // 8
      '',
      'M.A. van Dijk', // 10
      '',
      'Verslag van de Milieuraad van 16 maart 2027', // 12
      '',
      'Iran', // 14
      '',
      'De Raad sprak.', // 16
    ];
    const doc = parse(text(report));
    assert.deepEqual(
      doc.sessions.map((s) => `${s.heading.title} ${s.range.start.line}-${s.range.end.line}`),
      ['Toezegging over de normen 4-6', 'Iran 14-16'],
    );
  });
});

describe('parts', () => {
  test('an unnumbered heading directly followed by another is a part; its sessions run to the next part', () => {
    const report = [
      'Geachte Voorzitter,',
      '',
      'Handel', // 2
      '',
      'De Raad sprak.', // 4
      '',
      'Lopende zaken', // 6
      '',
      'Venezuela', // 8
      '',
      'De Raad sprak.',
      '',
      'Georgië', // 12
      '',
      'De Raad sprak.',
    ];
    assert.deepEqual(outlineOf(report), [
      'session - Handel @2',
      'domain - Lopende zaken @6',
      '  session - Venezuela @8',
      '  session - Georgië @12',
    ]);
  });

  test('a roman numeral is always a part, also above a summary and with a kind as its title', () => {
    const report = [
      'I. Verslag van de Raad', // 0
      '',
      'De Raad werd voorgezeten door Polen.',
      '',
      'Visquota', // 4
      '',
      'De Raad sprak.',
      '',
      'II. Overige onderwerpen', // 8
      '',
      'Tekst over een ander onderwerp.',
    ];
    assert.deepEqual(outlineOf(report), [
      'domain I Verslag van de Raad @0',
      '  session - Visquota @4',
      'domain II Overige onderwerpen @8',
    ]);
    assert.deepEqual(codes(report), []);
  });

  test('a numbered domain may open with a label and a summary before its session numbered 1', () => {
    const report = [
      '1. Handel', // 0
      '',
      'Belangrijkste resultaten', // 2
      '- een akkoord over staal;',
      '- conclusies over Azië.',
      '',
      '1. Werklunch – Staal', // 6
      '',
      'Tekst.',
    ];
    assert.deepEqual(outlineOf(report), [
      'domain 1 Handel (Belangrijkste resultaten) @0',
      '  session 1 Werklunch – Staal @6',
    ]);
  });

  test('a heading directly followed by the next number is no part', () => {
    assert.deepEqual(outlineOf(['1. Handel', '', '2. Klimaat', '', 'Tekst.']), [
      'session 1 Handel @0',
      'session 2 Klimaat @2',
    ]);
  });
});

describe('labels', () => {
  test('in parentheses, after "=", or a label word; on the next line or as the next block', () => {
    const report = [
      'Geachte Voorzitter,',
      '',
      'Visquota', // 2
      '(Presentatie door  de Commissie)', // 3
      '',
      'De Raad sprak.',
      '',
      'Dierenwelzijn', // 7
      '',
      'Beleidsdebat', // 9
      '',
      'De Raad sprak.',
      '',
      'Bosmonitoring', // 13
      '= Stand van zaken', // 14
      '',
      'De Raad sprak.',
    ];
    const doc = parse(text(report));
    assert.deepEqual(outline(doc), [
      'session - Visquota (Presentatie door de Commissie) @2',
      'session - Dierenwelzijn (Beleidsdebat) @7',
      'session - Bosmonitoring (Stand van zaken) @13',
    ]);
    assert.deepEqual([doc.lineKinds[3], doc.lineKinds[9], doc.lineKinds[14]], ['label', 'label', 'label']);
    assert.deepEqual(doc.sessions[0]!.heading.label!.range, {
      start: { line: 3, character: 0 },
      end: { line: 3, character: 32 },
    });
  });

  test('extra label words from the options', () => {
    const report = ['Geachte Voorzitter,', '', 'Visquota', 'Kennisname', '', 'De Raad sprak.'];
    const options = { ...DEFAULT_PARSE_OPTIONS, labelWords: [...DEFAULT_PARSE_OPTIONS.labelWords, 'Kennisname'] };
    assert.equal(parse(text(report), options).sessions[0]?.heading.label?.text, 'Kennisname');
  });
});

describe('document title and cover letter', () => {
  test('reads its examples and none of its look-alikes', () => {
    for (const line of documentTitle.examples.headings) assert.ok(read(documentTitle, line), line);
    for (const line of documentTitle.examples.text) assert.equal(read(documentTitle, line), null, line);
  });

  test('a cover letter with a topic, its closing, then the title over two lines and the report', () => {
    const report = [
      'Geachte Voorzitter,', // 0
      '',
      'Hierbij bied ik u de geannoteerde agenda aan.', // 2
      '',
      'Toezeggingen', // 4
      '',
      'Ik zeg toe de Kamer te informeren.', // 6
      '',
      'De Minister van Buitenlandse Zaken,', // 8
      '',
      'M.N. Bakker', // 10
      '',
      'Geannoteerde agenda van de Raad Algemene Zaken van', // 12
      '18 maart 2027', // 13
      '',
      'Uitbreiding', // 15
      '',
      'De Raad spreekt over de uitbreiding.',
    ];
    const doc = parse(text(report));
    assert.equal(doc.title?.text, 'Geannoteerde agenda van de Raad Algemene Zaken van 18 maart 2027');
    assert.deepEqual([doc.lineKinds[12], doc.lineKinds[13]], ['title', 'title']);
    assert.deepEqual(outline(doc), ['session - Toezeggingen @4', 'session - Uitbreiding @15']);
    // The section before the title ends before it.
    assert.ok(doc.sessions[0]!.range.end.line < 12);
  });
});

describe('numbering findings where numbering is in use', () => {
  const mixed = ['1. Handel', '', 'Tekst.', '', 'Werklunch – Staal', '', 'Tekst.'];
  const unnumbered = ['Geachte Voorzitter,', '', 'Werklunch – Staal', '', 'Tekst.', '', 'Diversen', '', 'Tekst.'];

  test('session-number-missing only in a group with a numbered session', () => {
    assert.deepEqual(codes(mixed), ['session-number-missing@4']);
    assert.deepEqual(codes(unnumbered), []);
  });

  test('the renumbering fixes follow the findings: none where nothing is numbered', () => {
    const a = analyse(text(mixed));
    const fix = quickFix(a, new LineText(text(mixed)), a.diagnostics[0]!, DEFAULT_ANALYSIS_OPTIONS.diagnostics);
    assert.ok(fix && fix.edits.length === 1);
    const b = analyse(text(unnumbered));
    assert.deepEqual(fixAll(b, new LineText(text(unnumbered)), DEFAULT_ANALYSIS_OPTIONS).edits, []);
  });

  test('unnumbered parts are not numbered, so not checked; roman parts are', () => {
    const report = [
      'I. Handel',
      '',
      'Tekst.',
      '',
      'Lopende zaken',
      '',
      'Iran',
      '',
      'Tekst.',
      '',
      'III. Klimaat',
      '',
      'Tekst.',
    ];
    assert.deepEqual(codes(report), ['domain-number-gap@10']);
  });
});
