import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { byNumber, renumberFootnotes, rewriteFootnotes, type FootnotePlan } from '../server/src/edits/renumber';
import { renumberHeadings, toRoman } from '../server/src/edits/renumberHeadings';
import { LineText } from '../server/src/edits/sourceText';
import { parse } from '../server/src/parser/parse';
import { applyToLines, assertNoOverlap } from './support/edits';
import { dumpDefinitions, dumpReferences } from './support/dump';
import { text } from './support/report';

function renumbered(lines: readonly string[], numbers: [number, number][], reorder = false): string[] {
  const doc = parse(text(lines));
  return applyToLines(lines, renumberFootnotes(doc, new LineText(text(lines)), new Map(numbers), { reorder }));
}

function rewritten(lines: readonly string[], plan: (doc: ReturnType<typeof parse>) => FootnotePlan): string[] | null {
  const doc = parse(text(lines));
  const result = rewriteFootnotes(doc, new LineText(text(lines)), plan(doc));
  return result && applyToLines(lines, result.edits);
}

describe('renumbering footnotes', () => {
  // Every look-alike from FORMAT.md stands next to real references.
  const LOOK_ALIKES = [
    'De CO2-uitstoot op de G7-top en COP30 van de EU27 kwam aan bod.1 Volgens artikel 78(3) en',
    'Verordening 2024/1351 groeit het budget 3,8% tot 150.000 euro in versie 2.0-beta,2 en in 2027 is 2 keer',
    'zoveel voorzien (Kamerstuk 32317, nr. 984).3',
    '',
    '1 Kamerstuk 32317, nr. 984.',
    '2 Richtlijn (EU) 2022/2557, artikel 3.',
    '3 COM(2026) 800.',
  ];

  test('changes exactly the digits of references and note numbers, and nothing else', () => {
    assert.deepEqual(
      renumbered(LOOK_ALIKES, [
        [1, 3],
        [3, 1],
      ]),
      [
        'De CO2-uitstoot op de G7-top en COP30 van de EU27 kwam aan bod.3 Volgens artikel 78(3) en',
        'Verordening 2024/1351 groeit het budget 3,8% tot 150.000 euro in versie 2.0-beta,2 en in 2027 is 2 keer',
        'zoveel voorzien (Kamerstuk 32317, nr. 984).1',
        '',
        '3 Kamerstuk 32317, nr. 984.',
        '2 Richtlijn (EU) 2022/2557, artikel 3.',
        '1 COM(2026) 800.',
      ],
    );
  });

  test('an empty mapping and an identity mapping give no edits', () => {
    const doc = parse(text(LOOK_ALIKES));
    const source = new LineText(text(LOOK_ALIKES));
    assert.deepEqual(renumberFootnotes(doc, source, new Map()), []);
    assert.deepEqual(
      renumberFootnotes(
        doc,
        source,
        new Map([
          [1, 1],
          [2, 2],
        ]),
        { reorder: true },
      ),
      [],
    );
  });

  test('with reordering, the notes of a run stand in numeric order, each with all its lines', () => {
    const lines = ['Eerst.1 Dan.2 Tot slot.3', '', '1 Een, dat over twee', 'regels loopt.', '2 Twee.', '3 Drie.'];
    assert.deepEqual(
      renumbered(
        lines,
        [
          [1, 3],
          [3, 1],
        ],
        true,
      ),
      ['Eerst.3 Dan.2 Tot slot.1', '', '1 Drie.', '2 Twee.', '3 Een, dat over twee', 'regels loopt.'],
    );
    const after = parse(
      text(
        renumbered(
          lines,
          [
            [1, 3],
            [3, 1],
          ],
          true,
        ),
      ),
    );
    assert.deepEqual(dumpDefinitions(after), [
      "1 [2-2] 'Drie.'",
      "2 [3-3] 'Twee.'",
      "3 [4-5] 'Een, dat over twee regels loopt.'",
    ]);
  });

  test('a page-bottom block keeps its place: only lines inside one block are reordered', () => {
    const lines = [
      'Tekst.1 Meer.2', // 0
      '',
      '2 Twee.',
      '1 Een.',
      '',
      '2',
      '',
      'verder in de tekst.3 En.4',
      '',
      '4 Vier.', // 9
      '3 Drie.',
    ];
    assert.deepEqual(renumbered(lines, [], true), lines, 'nothing changes number: the runs stay as they are');
    assert.deepEqual(
      renumbered(
        lines,
        [
          [4, 5],
          [5, 4],
        ],
        true,
      ),
      ['Tekst.1 Meer.2', '', '2 Twee.', '1 Een.', '', '2', '', 'verder in de tekst.3 En.5', '', '3 Drie.', '5 Vier.'],
    );
  });

  test('a note continued on the next page keeps its continuation there and stays last in its run', () => {
    const lines = [
      'Tekst.1 Meer.2 En.3', // 0
      '',
      '1 Een.',
      '3 Drie.',
      '2 Twee, die doorloopt op de',
      '', // 5
      'verder in de tekst.4',
      '',
      'volgende bladzijde.',
      '4 Vier.',
    ];
    const doc = parse(text(lines));
    assert.deepEqual(dumpDefinitions(doc), [
      "1 [2-2] 'Een.'",
      "3 [3-3] 'Drie.'",
      "2 [4-4,8-8] 'Twee, die doorloopt op de volgende bladzijde.'",
      "4 [9-9] 'Vier.'",
    ]);
    // 1 and 3 swap places in the run; note 2 stays last, its continuation stays on the next page.
    const out = renumbered(
      lines,
      [
        [1, 3],
        [3, 1],
      ],
      true,
    );
    assert.deepEqual(out, [
      'Tekst.3 Meer.2 En.1',
      '',
      '1 Drie.',
      '3 Een.',
      '2 Twee, die doorloopt op de',
      '',
      'verder in de tekst.4',
      '',
      'volgende bladzijde.',
      '4 Vier.',
    ]);
    assert.deepEqual(dumpDefinitions(parse(text(out))), [
      "1 [2-2] 'Drie.'",
      "3 [3-3] 'Een.'",
      "2 [4-4,8-8] 'Twee, die doorloopt op de volgende bladzijde.'",
      "4 [9-9] 'Vier.'",
    ]);
  });

  test('by number: a duplicated number maps both notes', () => {
    const doc = parse(text(['Tekst.1', '', '1 Een.', '1 Nog een.']));
    const { references, definitions } = byNumber(doc, new Map([[1, 2]]));
    assert.deepEqual([...references], [[0, 2]]);
    assert.deepEqual(
      [...definitions],
      [
        [0, 2],
        [1, 2],
      ],
    );
  });

  test('CRLF: moved lines keep the document line end', () => {
    const lines = ['Een.1 Twee.2', '', '1 Eerste.', '2 Tweede.'];
    const doc = parse(lines.join('\r\n'));
    const edits = renumberFootnotes(
      doc,
      new LineText(lines.join('\r\n')),
      new Map([
        [1, 2],
        [2, 1],
      ]),
      { reorder: true },
    );
    assert.deepEqual(applyToLines(lines, edits, '\r\n'), ['Een.2 Twee.1', '', '1 Tweede.', '2 Eerste.']);
  });
});

describe('adding and removing notes', () => {
  test('a note is added after the nearest lower-numbered note', () => {
    const lines = ['Een.1 Twee.2 Drie.3 Vier.4', '', '1 Een.', '2 Twee.', '4 Vier.'];
    assert.deepEqual(
      rewritten(lines, () => ({ add: [{ number: 3, text: '…' }] })),
      ['Een.1 Twee.2 Drie.3 Vier.4', '', '1 Een.', '2 Twee.', '3 …', '4 Vier.'],
    );
  });

  test('a note lower than every other goes before the first note; with no notes, at the end of the document', () => {
    const lines = ['Een.1 Twee.2', '', '2 Twee.'];
    assert.deepEqual(
      rewritten(lines, () => ({ add: [{ number: 1, text: '…' }] })),
      ['Een.1 Twee.2', '', '1 …', '2 Twee.'],
    );
    assert.deepEqual(
      rewritten(['Een.1 Twee.2', '', 'De Minister,', ''], () => ({
        add: [
          { number: 2, text: '…' },
          { number: 1, text: '…' },
        ],
      })),
      ['Een.1 Twee.2', '', 'De Minister,', '', '1 …', '2 …', ''],
    );
  });

  test('a note after a continued note goes after its continuation, so the continuation keeps its note', () => {
    const lines = [
      'Tekst.1 Meer.2',
      '',
      '1 Een, die doorloopt op de',
      '',
      'verder.2 En.3',
      '',
      'volgende bladzijde.',
      '3 Drie.',
    ];
    const out = rewritten(lines, () => ({ add: [{ number: 2, text: '…' }] }))!;
    assert.deepEqual(out, [
      'Tekst.1 Meer.2',
      '',
      '1 Een, die doorloopt op de',
      '',
      'verder.2 En.3',
      '',
      'volgende bladzijde.',
      '2 …',
      '3 Drie.',
    ]);
    assert.deepEqual(dumpDefinitions(parse(text(out))), [
      "1 [2-2,6-6] 'Een, die doorloopt op de volgende bladzijde.'",
      "2 [7-7] '…'",
      "3 [8-8] 'Drie.'",
    ]);
  });

  test('where an added note lands is reported, also when its run is rewritten', () => {
    const lines = ['Een.1 Twee.2', '', '2 Twee.', '1 Een.'];
    const doc = parse(text(lines));
    const source = new LineText(text(lines));
    const result = rewriteFootnotes(doc, source, {
      definitions: new Map([[0, 3]]),
      add: [{ number: 2, text: 'Nieuw.' }],
      reorder: true,
    })!;
    const [added] = result.added;
    assert.equal(added!.edit.newText.slice(added!.offset, added!.offset + added!.length), 'Nieuw.');
  });

  test('removing a note takes all its lines, also its continuation on a later page', () => {
    const lines = [
      'Tekst.1 Meer.3',
      '',
      '1 Een.',
      '2 Twee, die doorloopt op de',
      '',
      'verder.3',
      '',
      'volgende bladzijde.',
      '3 Drie.',
    ];
    const doc = parse(text(lines));
    assert.deepEqual(dumpDefinitions(doc)[1], "2 [3-3,7-7] 'Twee, die doorloopt op de volgende bladzijde.'");
    assert.deepEqual(
      rewritten(lines, () => ({ remove: new Set([1]) })),
      ['Tekst.1 Meer.3', '', '1 Een.', '', 'verder.3', '', '3 Drie.'],
    );
  });

  test('a block that loses all its notes goes with the blank line above it', () => {
    assert.deepEqual(
      rewritten(['Tekst.1', '', '1 Een.', '', '2 Twee.'], () => ({ remove: new Set([1]) })),
      ['Tekst.1', '', '1 Een.'],
    );
    assert.deepEqual(
      rewritten(['Tekst.1', '', '1 Een.', '', '2 Twee.', ''], () => ({ remove: new Set([1]) })),
      ['Tekst.1', '', '1 Een.', ''],
    );
    assert.deepEqual(
      rewritten(['Tekst.2', '', '2 Twee.', '', 'Verder.'], () => ({ remove: new Set([0]) })),
      ['Tekst.2', '', 'Verder.'],
    );
  });

  test('a removal that would cut a continuation off from the note after it is refused', () => {
    const lines = [
      'Tekst.1 Meer.2',
      '',
      '1 Een, die doorloopt op de',
      '',
      'verder.',
      '',
      'volgende bladzijde.',
      '2 Twee.',
    ];
    assert.deepEqual(
      dumpDefinitions(parse(text(lines)))[0],
      "1 [2-2,6-6] 'Een, die doorloopt op de volgende bladzijde.'",
    );
    assert.equal(
      rewritten(lines, () => ({ remove: new Set([1]) })),
      null,
    );
  });
});

describe('renumbering headings', () => {
  const report = [
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
    '',
    'III. Migratie',
    '',
    '1. Diversen',
  ];

  test('sessions 1, 2, 3 in their domain; unnumbered ones get a number only when asked', () => {
    const doc = parse(text(report));
    const sessions = doc.domains[0]!.sessions.map((s) => s.heading);
    assert.deepEqual(
      applyToLines(report, renumberHeadings(sessions)).filter((l, i) => l !== report[i]),
      ['1. Werklunch – A'],
    );
    const numbered = applyToLines(report, renumberHeadings(sessions, { numberUnnumbered: true }));
    assert.deepEqual([numbered[2], numbered[6], numbered[10]], ['1. Werklunch – A', '2. Werkdiner – B', '3. Diversen']);
  });

  test('domains keep their numeral: roman stays roman', () => {
    const doc = parse(text(report));
    const out = applyToLines(report, renumberHeadings(doc.domains.map((d) => d.heading)));
    assert.deepEqual([out[0], out[14]], ['I. Justitie', 'II. Migratie']);
    assert.deepEqual([1, 2, 3, 4, 9, 14, 39].map(toRoman), ['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XXXIX']);
  });

  test('heading edits touch only the number and never overlap footnote edits', () => {
    const lines = ['3. Werklunch – Overleg1', '', 'Tekst.2', '', '1 Een.', '2 Twee.'];
    const doc = parse(text(lines));
    assert.deepEqual(dumpReferences(doc), ['1@0:22', '2@2:6']);
    const edits = [
      ...renumberHeadings(doc.sessions.map((s) => s.heading)),
      ...renumberFootnotes(
        doc,
        new LineText(text(lines)),
        new Map([
          [1, 2],
          [2, 1],
        ]),
        { reorder: true },
      ),
    ];
    assertNoOverlap(edits);
    assert.deepEqual(applyToLines(lines, edits), ['1. Werklunch – Overleg2', '', 'Tekst.1', '', '1 Twee.', '2 Een.']);
  });
});
