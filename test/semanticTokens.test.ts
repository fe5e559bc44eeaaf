import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SemanticTokens } from 'vscode-languageserver-types';
import { LineText } from '../server/src/edits/sourceText';
import {
  SEMANTIC_TOKEN_TYPES,
  semanticTokenList,
  semanticTokens,
  semanticTokensInRange,
} from '../server/src/features/semanticTokens';
import type { CouncilDocument } from '../server/src/parser/model';
import { withLabels, withTitle } from './support/by-hand';
import { parseLines, text } from './support/report';

/** LSP's relative encoding back to "2:3-11 domainHeading 'Justitie'", one token a line. */
function decode(lines: readonly string[], tokens: SemanticTokens): string[] {
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, modifiers] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
    character = dl === 0 ? character + dc : dc;
    line += dl;
    assert.equal(modifiers, 0);
    const word = lines[line]!.slice(character, character + length);
    out.push(`${line}:${character}-${character + length} ${SEMANTIC_TOKEN_TYPES[type]} '${word}'`);
  }
  return out;
}

const report = [
  'Geachte Voorzitter,', // 0
  '',
  'I. Justitie', // 2
  '',
  '1. Werksessie I - Samenwerking met derde landen op het gebied van', // 4
  'terugkeer en herintegratie',
  '',
  'De ministers spraken over de lidstaten.1 Nederland steunde dit.2', // 7
  '',
  'Werklunch – Terugkeer naar Syrië', // 9
  '',
  'Tekst.',
  '',
  '1 Kamerstuk 32317, nr. 984.', // 13
  '2 Kamerstuk 32317, nr. 985.',
];

function tokensOf(lines: readonly string[], doc: CouncilDocument = parseLines(lines)): string[] {
  return decode(lines, semanticTokens(doc, new LineText(text(lines))));
}

test('headings after their number, wrapped lines each a token; references and note numbers', () => {
  assert.deepEqual(tokensOf(report), [
    "2:1-11 domainHeading '. Justitie'",
    "4:1-65 sessionHeading '. Werksessie I - Samenwerking met derde landen op het gebied van'",
    "5:0-26 sessionHeading 'terugkeer en herintegratie'",
    "7:39-40 footnoteReference '1'",
    "7:63-64 footnoteReference '2'",
    "9:0-32 sessionHeading 'Werklunch – Terugkeer naar Syrië'",
    "13:0-1 footnoteDefinition '1'",
    "14:0-1 footnoteDefinition '2'",
  ]);
});

test('a title and labels (set by hand until the parser reads them) get their own tokens', () => {
  const lines = [
    'Verslag van de JBZ-Raad', // 0
    'van 13 oktober 2027',
    '',
    'Werklunch – Migratie', // 3
    '(Beleidsdebat)',
    '',
    'Tekst.',
  ];
  const labelled = withLabels(parseLines(lines), { 'Werklunch – Migratie': ['Beleidsdebat', 4] });
  // The title wraps: its range runs over both lines.
  const titled: CouncilDocument = {
    ...withTitle(labelled, 'Verslag van de JBZ-Raad van 13 oktober 2027', 0),
    title: {
      text: 'Verslag van de JBZ-Raad van 13 oktober 2027',
      range: { start: { line: 0, character: 0 }, end: { line: 1, character: 19 } },
    },
  };
  assert.deepEqual(tokensOf(lines, titled), [
    "0:0-23 documentTitle 'Verslag van de JBZ-Raad'",
    "1:0-19 documentTitle 'van 13 oktober 2027'",
    "3:0-20 sessionHeading 'Werklunch – Migratie'",
    "4:0-14 headingLabel '(Beleidsdebat)'",
  ]);
});

test('a reference glued to a heading splits the heading token: tokens never overlap', () => {
  const lines = ['Werklunch – Migratie1', '', 'Tekst.', '', '1 Kamerstuk 32317, nr. 984.'];
  const doc = parseLines(lines);
  assert.equal(doc.references.length, 1, 'the parser reads the glued number as a reference');
  assert.deepEqual(tokensOf(lines, doc), [
    "0:0-20 sessionHeading 'Werklunch – Migratie'",
    "0:20-21 footnoteReference '1'",
    "4:0-1 footnoteDefinition '1'",
  ]);
});

test('a range request gives the tokens on its lines, encoded from the start of the document', () => {
  const source = new LineText(text(report));
  const doc = parseLines(report);
  const range = { start: { line: 5, character: 0 }, end: { line: 9, character: 3 } };
  assert.deepEqual(decode(report, semanticTokensInRange(doc, source, range)), [
    "5:0-26 sessionHeading 'terugkeer en herintegratie'",
    "7:39-40 footnoteReference '1'",
    "7:63-64 footnoteReference '2'",
    "9:0-32 sessionHeading 'Werklunch – Terugkeer naar Syrië'",
  ]);
  const past = { start: { line: 20, character: 0 }, end: { line: 30, character: 0 } };
  assert.deepEqual(semanticTokensInRange(doc, source, past).data, []);
});

test('made once per document version: the same answer for the same model', () => {
  const source = new LineText(text(report));
  const doc = parseLines(report);
  assert.equal(semanticTokens(doc, source), semanticTokens(doc, source));
  assert.equal(semanticTokenList(doc, source), semanticTokenList(doc, source));
  assert.notEqual(semanticTokens(parseLines(report), source), semanticTokens(doc, source));
});

test('tokens are sorted, on one line each, within their line and apart', () => {
  const source = new LineText(text(report));
  const tokens = semanticTokenList(parseLines(report), source);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    assert.ok(t.length > 0 && t.character + t.length <= report[t.line]!.length, JSON.stringify(t));
    const p = tokens[i - 1];
    if (p)
      assert.ok(p.line < t.line || p.character + p.length <= t.character, `${JSON.stringify(p)} ${JSON.stringify(t)}`);
  }
});
