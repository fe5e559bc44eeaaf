import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { completions } from '../server/src/features/completion';
import { MESSAGES } from '../server/src/core/messages';
import { LineText } from '../server/src/edits/sourceText';
import { DEFAULT_SESSION_KINDS } from '../server/src/parser/options';
import { parse } from '../server/src/parser/parse';
import { applyToLines } from './support/edits';
import { findings, span } from './support/dump';
import { fixture } from './support/fixture';
import { analyseLines, text } from './support/report';

const { en } = MESSAGES;

function complete(
  lines: readonly string[],
  messages = MESSAGES.en,
): { items: CompletionItem[]; lines: readonly string[] } {
  const { lines: clean, cursor: position } = fixture(lines);
  const source = new LineText(text(clean));
  return {
    items: completions(parse(source.getText()), source, position, { sessionKinds: DEFAULT_SESSION_KINDS, messages }),
    lines: clean,
  };
}

/** "label (description) -> 'new text' at range". */
function dump(items: readonly CompletionItem[]): string[] {
  return items.map((i) => {
    const edit = i.textEdit as TextEdit;
    const what = i.labelDetails?.description ?? i.detail;
    return `${i.label} (${what}) -> '${edit.newText}' at ${span(edit.range)}`;
  });
}

const NOTES = [
  '',
  '1 Kamerstuk 32317, nr. 984.',
  '2 Richtlijn (EU) 2022/2557, over de weerbaarheid van kritieke entiteiten in de hele Unie.',
];

describe('footnote numbers', () => {
  test('after closing punctuation (Ctrl+Space): a new footnote first, then the notes there are, with their text', () => {
    const { items } = complete([
      'De ministers spraken over de lidstaten,| en de hub.1 Nederland steunde dit.2',
      ...NOTES,
    ]);
    assert.deepEqual(dump(items), [
      `1 (${en.completionNewFootnote(1)}) -> '1' at 0:39-0:39`,
      "1 (Kamerstuk 32317, nr. 984.) -> '1' at 0:39-0:39",
      "2 (Richtlijn (EU) 2022/2557, over de weerbaarheid van kritieke…) -> '2' at 0:39-0:39",
    ]);
    assert.deepEqual(items[2]!.documentation, {
      kind: 'plaintext',
      value: 'Richtlijn (EU) 2022/2557, over de weerbaarheid van kritieke entiteiten in de hele Unie.',
    });
    assert.equal(items[0]!.preselect, true);
  });

  test('the new footnote renumbers the later ones and adds its note, as Insert Footnote does', () => {
    const { items, lines } = complete([
      'De ministers spraken over de lidstaten,| en de hub.1 Nederland steunde dit.2',
      ...NOTES,
    ]);
    const item = items[0]!;
    const out = applyToLines(lines, [item.textEdit as TextEdit, ...(item.additionalTextEdits ?? [])]);
    assert.deepEqual(out, [
      'De ministers spraken over de lidstaten,1 en de hub.2 Nederland steunde dit.3',
      '',
      '1 …',
      '2 Kamerstuk 32317, nr. 984.',
      '3 Richtlijn (EU) 2022/2557, over de weerbaarheid van kritieke entiteiten in de hele Unie.',
    ]);
    assert.deepEqual(findings(analyseLines(out)), []);
  });

  test('a digit typed against a word: the typed digits are replaced', () => {
    const { items, lines } = complete(['Een.1 Volgens Eurojust3| en verder.2', ...NOTES]);
    assert.deepEqual(
      dump(items).map((l) => l.replace(/ \(.*\)/, '')),
      ["2 -> '2' at 0:22-0:23", "1 -> '1' at 0:22-0:23", "2 -> '2' at 0:22-0:23"],
    );
    const out = applyToLines(lines, [items[0]!.textEdit as TextEdit, ...(items[0]!.additionalTextEdits ?? [])]);
    assert.equal(out[0], 'Een.1 Volgens Eurojust2 en verder.3');
  });

  test('quiet while typing words, and where no footnote goes', () => {
    for (const [where, lines] of [
      ['right after a letter', ['De ministers spraken over de lidstaten| en de hub.1', ...NOTES]],
      ['in the middle of a word', ['De ministers spraken over de lid|staten en de hub.1', ...NOTES]],
      ['after a space', ['De ministers spraken over de lidstaten, |en de hub.1', ...NOTES]],
      ['after a year', ['Sinds 2026| is dat zo.1', ...NOTES]],
      ['in a web address', ['Zie https://example.org/a,|', '', 'Tekst.1', ...NOTES]],
      ['in a note', ['Tekst.1', '', '1 Kamerstuk 32317,| nr. 984.']],
      ['in a heading', ['1. Werklunch – Migratie,|', '', 'Tekst.1', ...NOTES]],
    ] as const) {
      assert.deepEqual(complete(lines).items, [], where);
    }
  });
});

describe('session headings', () => {
  const REPORT = [
    'I. Justitie',
    '',
    '1. Werklunch – Migratie',
    '',
    'Tekst.',
    '',
    '2. Diversen',
    '',
    'Tekst.',
    '',
    '|',
    '',
    'II. Migratie',
    '',
    '1. Diversen',
    '',
    'Tekst.',
  ];

  test('on an empty line at the start of a block: the next number in the domain, and the session kinds', () => {
    const items = dump(complete(REPORT).items);
    assert.equal(items[0], `3. (${en.completionSessionNumber(3)}) -> '3. ' at 10:0-10:0`);
    assert.ok(
      items.includes(`Werklunch (${en.completionSessionKind}) -> '3. Werklunch – ' at 10:0-10:0`),
      items.join('\n'),
    );
    assert.ok(items.includes(`Diversen (${en.completionSessionKind}) -> '3. Diversen' at 10:0-10:0`), items.join('\n'));
    assert.equal(items.length, 1 + DEFAULT_SESSION_KINDS.length);
  });

  test('numbers count per domain, and sessions outside domains among themselves', () => {
    assert.equal(complete([...REPORT.map((l) => l.replace('|', '')), '', '|']).items[0]!.label, '2.');
    assert.equal(complete(['Geachte Voorzitter,', '', '1. Handel', '', 'Tekst.', '', '|']).items[0]!.label, '2.');
    assert.equal(complete(['Geachte Voorzitter,', '', '|']).items[0]!.label, '1.');
  });

  test('a number typed at the start of a block gets the number; after "3. " the kinds, for the words typed', () => {
    assert.deepEqual(dump(complete(REPORT.map((l) => (l === '|' ? '3|' : l))).items), [
      `3. (${en.completionSessionNumber(3)}) -> '3. ' at 10:0-10:1`,
    ]);
    const kinds = dump(complete(REPORT.map((l) => (l === '|' ? '3. Plenaire s|' : l))).items);
    assert.ok(
      kinds.includes(`Plenaire sessie (${en.completionSessionKind}) -> 'Plenaire sessie – ' at 10:3-10:13`),
      kinds.join('\n'),
    );
  });

  test('not in a paragraph, not after the closing, not before text on the line', () => {
    assert.deepEqual(complete(['1. Diversen', '', 'Tekst over', '|', '', 'Meer.']).items, []);
    assert.deepEqual(
      complete(['1. Diversen', '', 'Tekst.', '', 'De Minister van Justitie en Veiligheid,', '', '|']).items,
      [],
    );
    assert.deepEqual(complete(['1. Diversen', '', '|Werklunch']).items, []);
    assert.deepEqual(complete(['1. Diversen', '', 'De minis|']).items, [], 'a paragraph being typed');
  });

  test('labels in the display language', () => {
    assert.equal(
      complete(['Geachte Voorzitter,', '', '|'], MESSAGES.nl).items[0]!.detail,
      MESSAGES.nl.completionSessionNumber(1),
    );
    assert.equal(complete(['Tekst,|', ...NOTES], MESSAGES.nl).items[0]!.detail, MESSAGES.nl.completionNewFootnote(1));
  });
});

test("the session kinds are those the parser is given, also a team's own", () => {
  const { lines, cursor: position } = fixture(['1. Diversen', '', 'Tekst.', '', '2. |']);
  const source = new LineText(text(lines));
  const items = completions(parse(source.getText()), source, position, {
    sessionKinds: ['Rondetafel', 'Werklunch'],
    messages: MESSAGES.en,
  });
  assert.deepEqual(
    items.map((i) => i.label),
    ['Rondetafel', 'Werklunch'],
  );
});
