// The reuse layer: per edit, which tier ran, and that the result is what a fresh parse gives.
// Also that a parsed document keeps its version's citations, notes and outline when the
// editor's lines change in place afterwards.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { HEADING_RULES } from '../server/src/parser/headings/rules';
import { parse, ParseCache, type ReuseTier } from '../server/src/parser/parse';
import { LineDocument } from '../server/src/server/lineDocument';
import { generateReport, random } from './bench/generate';
import { COPIED_TEXT_LINES, FURNITURE_LINES, LETTERHEAD_LINES } from './support/furniture-lines';

const REPORT = [
  'Geachte Voorzitter,', // 0
  '', // 1
  '1. Justitie', // 2
  '', // 3
  '1. Werklunch – Migratie', // 4
  '', // 5
  'De lidstaten spraken over de terugkeer naar Syrië en over', // 6
  'de rol van Frontex bij de grenzen van de Unie', // 7
  'in het komende jaar.', // 8
  '', // 9
  '2. Diversen', // 10
  '', // 11
  'Zie Kamerstuk 32317, nr. 984 en de brief.', // 12
  '', // 13
  'De Minister van Justitie en Veiligheid,', // 14
  '', // 15
  'J. Jansen', // 16
];

/** A document as the server keeps it, with its cache, parsed once. */
function editor(lines: readonly string[] = REPORT) {
  const doc = LineDocument.create('file:///r.council', 'council-report', 1, lines.join('\n'));
  const cache = new ParseCache();
  parse(doc, undefined, cache);
  return {
    doc,
    cache,
    /** Applies the changes as a new version and says which tier parsed it. */
    edit(...changes: TextDocumentContentChangeEvent[]): ReuseTier | null {
      doc.update(changes, doc.version + 1);
      const after = parse(doc, undefined, cache);
      assert.deepEqual(after, parse(doc.getText()), `after ${JSON.stringify(changes)}`);
      return cache.lastTier;
    },
  };
}

const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, text: string): TextDocumentContentChangeEvent => ({
  range: { start: at(line, character), end: at(line, character) },
  text,
});

describe('the tiers of the reuse layer', () => {
  test('a word typed in a paragraph changes nothing a pass reads', () => {
    const e = editor();
    assert.equal(e.edit(insert(7, 10, 'grote ')), 'unchanged');
    assert.equal(e.edit(insert(8, 19, ' weer')), 'unchanged'); // the paragraph's end moves
  });

  test('a number typed after a word keeps the blocks and headings; the notes and references run', () => {
    const e = editor([...REPORT, '', '1 Kamerstuk 32317, nr. 984.']);
    assert.equal(e.edit(insert(6, 12, '1')), 'blocks-and-headings-kept');
    assert.equal(parse(e.doc, undefined, e.cache).references.length, 1);
  });

  test('Enter pressed in a paragraph moves the lines after it', () => {
    const e = editor();
    assert.equal(e.edit(insert(7, 20, '\n')), 'lines-moved');
    assert.equal(e.edit({ range: { start: at(7, 20), end: at(8, 0) }, text: '' }), 'lines-moved');
  });

  test('an edit in or right below a heading, or one that makes a heading, runs the passes in full', () => {
    const e = editor();
    assert.equal(e.edit(insert(4, 23, ' en')), 'full');
    assert.equal(e.edit(insert(6, 0, 'x')), 'full'); // the line below a heading: it could wrap the title
    assert.equal(e.edit(insert(9, 0, '3. Werkdiner\n')), 'full');
  });

  test('a line read as a heading but not taken (a numbered paragraph) is guarded as a heading is', () => {
    const e = editor([
      'Geachte Voorzitter,',
      '',
      '1. Justitie',
      '',
      '1. Titel van de sessie',
      'een',
      'twee',
      'drie',
      'Tekst.',
      '',
      'Slot.',
    ]);
    // Without line 6 the numbered paragraph is a session with a wrapped title.
    assert.equal(e.edit({ range: { start: at(6, 0), end: at(7, 0) }, text: '' }), 'full');
    assert.deepEqual(
      parse(e.doc, undefined, e.cache).sessions.map((s) => s.heading.title),
      ['Titel van de sessie een drie'],
    );
  });

  test('a topic at the top of a page is decided again when the text above the page break changes', () => {
    const e = editor([
      'Hierbij zend ik u het verslag van de Raad Milieu van 3 maart 2027.',
      'Luchtkwaliteit',
      'De Raad sprak,1 over de normen voor fijnstof.',
      '1 Voorstel van de Commissie, COM(2027) 12.',
      '2',
      'Biodiversiteit',
      'De Commissie presenteerde haar strategie.',
    ]);
    const topics = (): string[] => parse(e.doc, undefined, e.cache).sessions.map((s) => s.heading.title);
    assert.deepEqual(topics(), ['Luchtkwaliteit', 'Biodiversiteit']);
    // Without its period, the sentence goes on over the page break: "Biodiversiteit" is text.
    assert.equal(e.edit({ range: { start: at(2, 44), end: at(2, 45) }, text: '' }), 'full');
    assert.deepEqual(topics(), ['Luchtkwaliteit']);
    assert.equal(e.edit(insert(2, 44, '.')), 'full');
    assert.deepEqual(topics(), ['Luchtkwaliteit', 'Biodiversiteit']);
  });

  test('random edits: every tier runs, and every result is what a fresh parse gives', () => {
    const examples = HEADING_RULES.flatMap((r) => [...r.examples.headings, ...r.examples.text]).map((l) => `\n${l}\n`);
    const sources = [...FURNITURE_LINES, ...LETTERHEAD_LINES, ...COPIED_TEXT_LINES].map((l) => `\n${l}\n`);
    const pieces = ['a', 'de ', '1', '.2', '\n', '\r\n', '\n\n', '3 Noot.\n', ...examples, ...sources];
    const e = editor(generateReport({ size: 20_000, seed: 21 }).text.split('\n'));
    const rnd = random(22);
    const ran = new Map<ReuseTier | null, number>();
    for (let i = 0; i < 400; i++) {
      const line = Math.floor(rnd() * e.doc.lineCount);
      const character = Math.floor(rnd() * (e.doc.lines[line]!.length + 1));
      const piece = rnd() < 0.6 ? pieces[Math.floor(rnd() * 3)]! : pieces[Math.floor(rnd() * pieces.length)]!;
      const tier = e.edit(insert(line, character, piece));
      ran.set(tier, (ran.get(tier) ?? 0) + 1);
    }
    for (const tier of ['unchanged', 'blocks-and-headings-kept', 'lines-moved', 'full'] as const)
      assert.ok((ran.get(tier) ?? 0) >= 5, `${tier} ran ${ran.get(tier) ?? 0} times: ${JSON.stringify([...ran])}`);
  });
});

describe('a parsed document is a snapshot of its version', () => {
  test("version 1's citations, notes and outline stay those of version 1 after edits in place", () => {
    const lines = [...REPORT, '', '1 Zie https://example.org/een en Kamerstuk 21501-02,', 'nr. 3101.'];
    lines[6] = 'De lidstaten spraken1 over de terugkeer naar Syrië en over';
    const e = editor(lines);
    const first = parse(e.doc, undefined, e.cache); // nothing of it read yet
    const expected = parse(lines.join('\n'));
    e.edit(insert(12, 4, 'KST 36200, nr. 5 en '));
    e.edit({ range: { start: at(18, 6), end: at(18, 28) }, text: 'https://example.org/twee' });
    e.edit({ range: { start: at(4, 3), end: at(4, 23) }, text: 'Werkdiner – Schengen' });
    e.edit({ range: { start: at(17, 0), end: at(19, 9) }, text: '' });
    assert.notDeepEqual(parse(e.doc).citations, expected.citations);
    assert.deepEqual(first.citations, expected.citations);
    assert.deepEqual(first.definitions, expected.definitions);
    assert.deepEqual(first.outline, expected.outline);
    assert.deepEqual(first.references, expected.references);
  });
});

describe('citations kept for an editor', () => {
  test('random edits near citations, wrapped ones too: each version keeps its own', () => {
    const lines: string[] = [];
    for (let i = 0; i < 40; i++)
      lines.push(
        i % 3 === 0
          ? `${i} Zie Kamerstuk 32317,`
          : i % 3 === 1
            ? 'nr. 984 en https://example.org/a'
            : 'Tekst van de noot.',
      );
    const e = editor(lines);
    const rnd = random(31);
    const pieces = ['\n', '\n\n', 'Kamerstuk ', 'KST 36200, ', 'nr. 5', ' https://a.nl/b ', 'x', ''];
    const versions: { doc: ReturnType<typeof parse>; text: string }[] = [];
    for (let i = 0; i < 300; i++) {
      const line = Math.floor(rnd() * e.doc.lineCount);
      const length = e.doc.lines[line]!.length;
      const start = at(line, Math.floor(rnd() * (length + 1)));
      const endLine = Math.min(e.doc.lineCount - 1, line + (rnd() < 0.2 ? 1 : 0));
      const end =
        endLine === line ? at(line, Math.min(length, start.character + Math.floor(rnd() * 6))) : at(endLine, 0);
      e.edit({ range: { start, end }, text: pieces[Math.floor(rnd() * pieces.length)]! });
      if (i % 25 === 0) versions.push({ doc: parse(e.doc, undefined, e.cache), text: e.doc.getText() });
    }
    for (const v of versions) assert.deepEqual(v.doc.citations, parse(v.text).citations);
  });
});
