import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MarkupKind, type MarkupContent } from 'vscode-languageserver-types';
import { compareWithAgenda } from '../server/src/core/agenda';
import { LineText } from '../server/src/edits/sourceText';
import { AGENDA_HOVER_LIMIT, agendaItemHover, hover, type HoverOptions } from '../server/src/features/hover';
import { MESSAGES } from '../server/src/core/messages';
import { span } from './support/dump';
import { fixture } from './support/fixture';
import { parseLines } from './support/report';

const { en, nl } = MESSAGES;
const ENGLISH: HoverOptions = { messages: en, format: MarkupKind.Markdown };

/** "0:6-0:7 **Footnote 1** — text": the hovered range and the hover text. */
function hoverAt(lines: readonly string[], options: HoverOptions = ENGLISH): string | null {
  const { lines: clean, cursor: position } = fixture(lines);
  const result = hover(parseLines(clean), position, options);
  if (!result) return null;
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, options.format);
  return `${span(result.range!)} ${contents.value}`;
}

// Note 2 is cut off at the bottom of the page and ends, unnumbered, above note 3.
const report = [
  'Geachte Voorzitter,', // 0
  '',
  '1. Werksessie I - Migratie',
  'De ministers spraken over de lidstaten,1 en over de ‘terugkeerhub’.2 Nederland', // 3
  'steunde dit.1',
  '',
  '1 Kamerstuk 32317, nr. 984.', // 6
  '2 Onder een terugkeerhub wordt verstaan een centrum buiten de EU waar',
  'mensen zonder verblijfsrecht',
  '',
  '2', // 10: page number
  '',
  'Het voorzitterschap sprak over de toegang tot gegevens.3',
  '',
  'verblijven voor hun vertrek.', // 14
  '3 Kamerstuk 21501-20, nr. 2236.',
];

function at(line: number, character: number): string[] {
  const lines = [...report];
  lines[line] = lines[line]!.slice(0, character) + '|' + lines[line]!.slice(character);
  return lines;
}

test('on a reference: the note number and its whole text, joined across lines and pages', () => {
  assert.equal(
    hoverAt(at(3, 67)),
    `3:67-3:68 **${en.footnoteLabel(2)}** — Onder een terugkeerhub wordt verstaan een centrum buiten de EU waar mensen zonder verblijfsrecht verblijven voor hun vertrek.`,
  );
  assert.equal(hoverAt(at(3, 40)), `3:39-3:40 **${en.footnoteLabel(1)}** — Kamerstuk 32317, nr. 984.`);
});

test('on a note number: how often and on which lines (counted from 1) it is referenced', () => {
  assert.equal(hoverAt(at(6, 0)), `6:0-6:1 **${en.footnoteLabel(1)}**\n\n${en.footnoteReferencedOn(2, [4, 5])}`);
  assert.equal(hoverAt(at(7, 1)), `7:0-7:1 **${en.footnoteLabel(2)}**\n\n${en.footnoteReferencedOn(1, [4])}`);
});

test('two references on one line name the line once', () => {
  assert.equal(
    hoverAt(['Tekst.1 Meer.1', '', '|1 Noot.']),
    `2:0-2:1 **${en.footnoteLabel(1)}**\n\n${en.footnoteReferencedOn(2, [1])}`,
  );
});

test('a note nobody refers to says so', () => {
  assert.equal(
    hoverAt(['Tekst.1', '', '1 Noot.', '|2 Vergeten noot.']),
    `3:0-3:1 **${en.footnoteLabel(2)}**\n\n${en.footnoteReferencedOn(0, [])}`,
  );
});

test('on a reference without a note: that it is not defined', () => {
  assert.equal(hoverAt(['Tekst.1 en meer.|2', '', '1 Noot.']), `0:16-0:17 ${en.footnoteNotDefined(2)}`);
});

test('a number defined twice shows both notes', () => {
  assert.equal(
    hoverAt(['Tekst.|1', '', '1 Een.', '1 Nog een.']),
    `0:6-0:7 ${en.footnoteDefinedTimes(1, 2)}\n\n**${en.footnoteLabel(1)}** — Een.\n\n**${en.footnoteLabel(1)}** — Nog een.`,
  );
});

test('nothing on plain text, on a name such as EU27, or on a page number', () => {
  assert.equal(hoverAt(at(3, 10)), null);
  assert.equal(hoverAt(['De EU2|7 spraken.1', '', '1 Noot.']), null);
  assert.equal(hoverAt(at(10, 0)), null);
});

test('in Dutch when the user reads Dutch', () => {
  const dutch: HoverOptions = { messages: MESSAGES.nl, format: MarkupKind.Markdown };
  assert.equal(hoverAt(at(3, 40), dutch), `3:39-3:40 **${nl.footnoteLabel(1)}** — Kamerstuk 32317, nr. 984.`);
  assert.equal(hoverAt(at(6, 0), dutch), `6:0-6:1 **${nl.footnoteLabel(1)}**\n\n${nl.footnoteReferencedOn(2, [4, 5])}`);
  assert.equal(hoverAt(at(7, 0), dutch), `7:0-7:1 **${nl.footnoteLabel(2)}**\n\n${nl.footnoteReferencedOn(1, [4])}`);
  assert.equal(hoverAt(['Tekst.1 en meer.|2', '', '1 Noot.'], dutch), `0:16-0:17 ${nl.footnoteNotDefined(2)}`);
});

test('markup in a note is shown as text; a client without markdown gets plain text', () => {
  const lines = ['Tekst.|1', '', '1 Zie *artikel_3* en <b>[bijlage]</b>.'];
  assert.equal(
    hoverAt(lines),
    `0:6-0:7 **${en.footnoteLabel(1)}** — Zie \\*artikel\\_3\\* en \\<b\\>\\[bijlage\\]\\</b\\>.`,
  );
  assert.equal(
    hoverAt(lines, { messages: MESSAGES.en, format: MarkupKind.PlainText }),
    `0:6-0:7 ${en.footnoteLabel(1)} — Zie *artikel_3* en <b>[bijlage]</b>.`,
  );
});

describe('hover on a session heading of a report checked against its agenda', () => {
  const long = Array.from({ length: 40 }, (_, i) => `Zin ${i + 1} over de vangstquota in de Noordzee en de kust.`);
  const agendaLines = [
    'Geannoteerde agenda van de Visserijraad van 3 mei 2027',
    '',
    '1. Visserijbeleid in de Noordzee',
    '= Beleidsdebat',
    '',
    'Het kabinet steunt een *meerjarig* plan',
    'voor de quota.',
    '',
    '2. Diversen',
    '',
    ...long,
    '',
  ];
  const agendaSource = new LineText(agendaLines.join('\n'));
  const agenda = parseLines(agendaLines);
  const report = parseLines([
    'Verslag van de Visserijraad van 3 mei 2027',
    '',
    '1. Visserijbeleid in de Noordzee',
    '',
    'De Raad sprak.',
    '',
    '2. Diversen',
    '',
    'Geen punten.',
  ]);
  const comparison = compareWithAgenda(report, agenda);
  const at = (line: number, options: HoverOptions = ENGLISH) => {
    const result = agendaItemHover(report, comparison, agenda, agendaSource, { line, character: 0 }, options);
    return result && `${span(result.range!)} ${(result.contents as MarkupContent).value}`;
  };

  test("the agenda's paragraphs of the item, without its label; Markdown in them escaped", () => {
    assert.equal(
      at(2),
      '2:0-2:32 **The annotated agenda on "Visserijbeleid in de Noordzee":**\n\nHet kabinet steunt een \\*meerjarig\\* plan voor de quota.',
    );
    assert.equal(
      at(2, { messages: nl, format: MarkupKind.PlainText }),
      '2:0-2:32 De geannoteerde agenda over "Visserijbeleid in de Noordzee":\n\nHet kabinet steunt een *meerjarig* plan voor de quota.',
    );
  });

  test('a long text is cut off after about a screenful', () => {
    const value = at(6, { messages: en, format: MarkupKind.PlainText })!;
    const body = value.split('\n\n')[1]!;
    assert.ok(body.length <= AGENDA_HOVER_LIMIT + 1 && body.length > AGENDA_HOVER_LIMIT - 80, String(body.length));
    assert.ok(body.endsWith('…'));
    assert.ok(body.startsWith('Zin 1 over'));
  });

  test('nothing off a heading', () => {
    assert.equal(at(4), null);
    assert.equal(at(0), null);
  });
});
