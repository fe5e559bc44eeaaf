// Properties of the analysis that hold for every text: generated reports, reports built from
// random lines of every kind, random strings and bytes, and mutations of the shared corpus.
// The analysis never throws; every range lies inside the document; the outline nests; the
// diagnostics agree with the references and notes they are about; and the result does not
// depend on how often the text is parsed, on its line ends, or on a byte-order mark.
//
// fast-check picks a new seed per run and prints it with any counterexample; FC_SEED=<n>
// replays a run, FC_RUNS=<n> multiplies the number of cases (for a longer hunt by hand).

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse, type Analysis } from '../server/src/core/analysis';
import { HEADING_RULES } from '../server/src/parser/headings/rules';
import { parse } from '../server/src/parser/parse';
import { DEFAULT_PARSE_OPTIONS } from '../server/src/parser/options';
import { generateFormationsReport, generateReport } from './bench/generate';
import { invariantViolations, lspLines } from './support/invariants';
import { COPIED_TEXT_LINES, FURNITURE_LINES, LETTERHEAD_LINES } from './support/furniture-lines';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const SCALE = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 1;
const runs = (n: number): fc.Parameters<unknown> => ({
  numRuns: Math.round(n * SCALE),
  ...(SEED === undefined ? {} : { seed: SEED }),
});

// ---- the properties

/** Analyses the text; the analysis must not throw and every invariant must hold. */
function checked(text: string): Analysis {
  const analysis = analyse(text);
  assert.deepEqual(invariantViolations(text, analysis), [], `invariants of ${JSON.stringify(text.slice(0, 2000))}`);
  return analysis;
}

function idempotent(text: string): void {
  assert.deepEqual(parse(text), parse(text));
  assert.deepEqual(analyse(text), analyse(text));
}

/** The same lines with LF, CRLF or CR line ends give the same analysis, column for column;
 *  so do the lines themselves (the parser then searches each line for numbers on its own,
 *  where for a text it searches the whole text at once). */
function independentOfLineEnds(text: string): void {
  const lines = lspLines(text);
  const lf = analyse(lines.join('\n'));
  assert.deepEqual(analyse(lines.join('\r\n')), lf, 'CRLF differs from LF');
  assert.deepEqual(analyse(lines.join('\r')), lf, 'CR differs from LF');
  assert.deepEqual(analyse(lines), lf, 'the lines differ from the text');
}

/** Positions on line 0 moved back by the byte-order mark's one code unit (a section that starts
 *  at column 0 may start before or after the mark: both read as the line's start). */
function withoutByteOrderMark<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutByteOrderMark) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = withoutByteOrderMark(v);
  if (out.line === 0 && typeof out.character === 'number') out.character = Math.max(0, out.character - 1);
  return out as T;
}

function independentOfByteOrderMark(text: string): void {
  const withMark = analyse('\uFEFF' + text);
  assert.deepEqual(invariantViolations('\uFEFF' + text, withMark), []);
  assert.deepEqual(withoutByteOrderMark(withMark), analyse(text), 'a leading byte-order mark changes the analysis');
}

/** A text that already starts with a mark would get a second one, which is content, not a mark. */
const markChangesMeaning = (text: string): boolean => text.startsWith('\uFEFF');

function allProperties(text: string): void {
  checked(text);
  idempotent(text);
  independentOfLineEnds(text);
  if (!markChangesMeaning(text)) independentOfByteOrderMark(text);
}

// ---- arbitraries: reports built from lines of every kind

const WORDS = [
  'de',
  'het',
  'van',
  'lidstaten',
  'Commissie',
  'Raad',
  'voorzitterschap',
  'Nederland',
  'migratie',
  'terugkeer',
  'rechtsstaat',
  'één',
  'coördinatie',
  'Eurojust',
  'Luxemburg',
  'zogeheten',
  'steun',
  'grenzen',
];
const LOOKALIKES = [
  'CO2-uitstoot',
  'G7-top',
  'COP30',
  'EU27',
  'G20',
  'artikel 78(3)',
  '2024/1351',
  '3,8%',
  '150.000',
  '2.0-versie',
  'in 2027 is 2 keer',
  'COM(2026) 800',
  'ST 7781/27',
  'sinds 2026.3',
  '(Kamerstuk 32317, nr. 1031).2',
  'https://zoek.officielebekendmakingen.nl/kst-32317-984',
  'www.example.org/a1',
  'Kamerstuk 32 317, nr. 617',
  '😀1',
  '😀',
  'x\u00A03',
  '‘terugkeerhub’4',
  '‘law shopping’.2',
  'jl.).5',
  '0',
  '000',
];
const DOMAIN_TITLES = [
  'Justitie',
  'Binnenlandse Zaken',
  'Asiel en Migratie',
  'Migratie',
  'Veiligheid',
  'Grenzen',
  'Schengen',
  'Diversen',
  'Europese Unie',
];
const KINDS = [
  'Werksessie',
  'Werksessie I',
  'Werksessie IV',
  'Werklunch',
  'Werkdiner',
  'Lunchbespreking',
  'Ontbijt',
  'Plenaire sessie',
  'Plenaire\u00A0sessie',
  'Diversen',
  'Overig',
  'Overige onderwerpen',
];
const CITATIONS = [
  'Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 984.',
  'Kamerstuk 21501-02, nr. 3101.',
  'COM(2026) 800',
  'Zie https://example.org/a/1',
  'Richtlijn (EU) 2022/2557',
  'Onder ‘grooming’ wordt verstaan dat een',
  '32 317, nr. 618.',
];

const word = fc.constantFrom(...WORDS);
const space = fc.constantFrom(' ', ' ', ' ', '\t', '\u00A0', '  ');
const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '\t', '\u00A0');
const arabic = fc.integer({ min: 0, max: 120 }).map(String);
const roman = fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'X', 'XII', 'IIII', 'IIV', 'C', 'L');
const footnoteNumber = fc.oneof(fc.integer({ min: 1, max: 12 }).map(String), fc.constantFrom('0', '01', '999', '1000'));
const separator = fc.constantFrom(' - ', ' – ', ' — ', ': ', '-', ' –', '');
const capitalised = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

const gluedReference = fc
  .tuple(
    word,
    fc.constantFrom('', '', ',', '.', ';', ')', '’', '”', '.)', '»'),
    footnoteNumber,
    fc.constantFrom(' ', '', '.', ',', '%', '0'),
  )
  .map(([w, p, n, after]) => `${w}${p}${n}${after}`);
const bodyLine = fc
  .tuple(
    fc.array(fc.oneof(word, word, gluedReference, fc.constantFrom(...LOOKALIKES)), { minLength: 1, maxLength: 14 }),
    fc.constantFrom('', '.', ',', ':', ' '),
  )
  .map(([ws, end]) => capitalised(ws.join(' ')) + end);
const lowerLine = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ').toLowerCase());
const domainHeading = fc
  .tuple(indent, fc.oneof(arabic, roman), space, fc.constantFrom(...DOMAIN_TITLES))
  .map(([i, n, s, t]) => `${i}${n}.${s}${t}`);
const sessionTitle = fc
  .tuple(fc.constantFrom(...KINDS), separator, fc.array(word, { maxLength: 5 }))
  .map(([k, sep, ws]) => (ws.length === 0 ? k : `${k}${sep}${capitalised(ws.join(' '))}`));
const sessionHeading = fc.oneof(
  fc.tuple(indent, arabic, space, fc.oneof(sessionTitle, bodyLine)).map(([i, n, s, t]) => `${i}${n}.${s}${t}`),
  fc.tuple(indent, sessionTitle).map(([i, t]) => `${i}${t}`),
);
const definition = fc
  .tuple(indent, footnoteNumber, space, fc.constantFrom(...CITATIONS))
  .map(([i, n, s, c]) => `${i}${n}${s}${c}`);
const pageFurniture = fc.constantFrom('2', '12', '- 3 -', '– 4 –', 'Pagina 2 van 5', 'blad 3', 'page 2 of 4', '  7  ');
const blank = fc.constantFrom('', '', '', ' ', '\u00A0', '\t', '\uFEFF');
const letterLine = fc.constantFrom(
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  'Postbus 20018',
  '2500 EA  Den Haag',
  'Datum 9 april 2027',
  'Betreft Verslag JBZ-Raad',
  'Geachte Voorzitter,',
  'De Minister van Justitie en Veiligheid,',
  'Hoogachtend,',
  'Met vriendelijke groet,',
  'C. Jansen',
  'L. de Vries',
  'V. Jansen',
  'Namens de minister,',
);
const oddLine = fc.constantFrom(
  '1) de lidstaten;',
  '- een opsomming',
  '• punt',
  '27 lidstaten stemden in',
  '2026 zijn 2 keer zoveel',
  '3. de Raad besloot',
  '\uD83D',
  '\uDE00x',
  'a\u2028b',
  '1.',
  'I.',
  'Werklunch –',
  'Werklunch met de ministers',
);

// Every heading rule's examples, headings and look-alikes: a new rule's lines are in the reports.
const ruleLine = fc.constantFrom(...HEADING_RULES.flatMap((r) => [...r.examples.headings, ...r.examples.text]));

// The furniture, letterhead and copied-text lines of the ways a report reaches the editor.
const sourceLine = fc.constantFrom(...FURNITURE_LINES, ...LETTERHEAD_LINES, ...COPIED_TEXT_LINES);

// Labels as reports write them: the word alone, in parentheses, after "=".
const labelLine = fc
  .tuple(fc.constantFrom(...DEFAULT_PARSE_OPTIONS.labelWords), fc.constantFrom('', '()', '= '))
  .map(([w, how]) => (how === '()' ? `(${w})` : `${how}${w}`));

const reportLine = fc.oneof(
  { arbitrary: bodyLine, weight: 6 },
  { arbitrary: blank, weight: 6 },
  { arbitrary: domainHeading, weight: 2 },
  { arbitrary: sessionHeading, weight: 3 },
  { arbitrary: lowerLine, weight: 2 },
  { arbitrary: definition, weight: 3 },
  { arbitrary: pageFurniture, weight: 1 },
  { arbitrary: letterLine, weight: 1 },
  { arbitrary: oddLine, weight: 1 },
  { arbitrary: ruleLine, weight: 2 },
  { arbitrary: sourceLine, weight: 2 },
  { arbitrary: labelLine, weight: 1 },
);
const builtReport = fc
  .tuple(fc.array(reportLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n', '\r\n'))
  .map(([lines, eol, end]) => lines.join(eol) + end);

// The same lines with no blank line anywhere, as a PDF viewer copies a report: titles, topics,
// labels and furniture inside one block.
const blocklessReport = fc
  .tuple(fc.array(fc.oneof(reportLine, ruleLine, labelLine), { maxLength: 60 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.filter((l) => l.trim().length > 0).join(eol));

const generatedReport = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    size: fc.integer({ min: 0, max: 24_000 }),
    eol: fc.constantFrom('\n', '\r\n'),
    unnumberedSessions: fc.boolean(),
  })
  .map((options) => generateReport(options).text);

// ---- arbitraries: noise

const interesting = fc.constantFrom(
  '1',
  '2',
  '9',
  '12',
  '0',
  '.',
  ',',
  ';',
  ':',
  ')',
  '(',
  '’',
  '‘',
  '”',
  ' ',
  ' ',
  '\t',
  '\u00A0',
  '\n',
  '\n',
  '\r',
  '\r\n',
  '\uFEFF',
  'a',
  'e',
  'A',
  'I',
  'V',
  'X',
  'C',
  '-',
  '–',
  '—',
  '•',
  'W',
  'Werklunch',
  'Diversen',
  'Justitie',
  'De Minister van X,',
  'https://',
  'www.',
  '\uD83D',
  '\uDE00',
  '😀',
  'é',
  'Pagina 2 van 3',
);
const noise = fc.string({ unit: interesting, maxLength: 200 });
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});
const bytes = fc.uint8Array({ maxLength: 400 });

// ---- the shared corpus, read where it is, never copied into the project

const corpusDir = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
function corpusReports(): { name: string; text: string }[] {
  if (!existsSync(corpusDir)) return [];
  const out: { name: string; text: string }[] = [];
  for (const sub of readdirSync(corpusDir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(corpusDir, sub.name))) {
      if (f.endsWith('.txt') || f.endsWith('.council'))
        out.push({ name: `${sub.name}/${f}`, text: readFileSync(join(corpusDir, sub.name, f), 'utf8') });
    }
  }
  return out;
}

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'delete-line' | 'duplicate-line' | 'swap-lines' | 'join-lines'; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      noise,
      reportLine.map((l) => `\n${l}\n`),
    ),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 10 }),
    text: noise,
  }),
  fc.record({
    kind: fc.constantFrom(
      'delete-line' as const,
      'duplicate-line' as const,
      'swap-lines' as const,
      'join-lines' as const,
    ),
    line: fc.nat(),
  }),
);

function mutate(text: string, m: Mutation): string {
  if ('at' in m) {
    const at = text.length === 0 ? 0 : m.at % (text.length + 1);
    if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
    if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
    return text.slice(0, at) + m.text + text.slice(at + m.length);
  }
  const lines = text.split('\n');
  const i = m.line % lines.length;
  if (m.kind === 'delete-line') lines.splice(i, 1);
  else if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]!);
  else if (m.kind === 'join-lines' && i + 1 < lines.length) lines.splice(i, 2, lines[i]! + lines[i + 1]!);
  else if (m.kind === 'swap-lines' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
  return lines.join('\n');
}

// ---- the suites

describe('properties of the analysis', () => {
  it('hold for generated reports of every size, with LF or CRLF', () => {
    fc.assert(fc.property(generatedReport, allProperties), runs(40));
  });

  it('removing or adding blank lines between the paragraphs of a numbered report never makes a topic', () => {
    const report = fc
      .record({ size: fc.integer({ min: 2000, max: 12000 }), seed: fc.integer({ min: 1, max: 1e6 }) })
      .map((o) => generateReport(o).text);
    // For each blank line between two body paragraphs: keep it, drop it, or double it.
    const change = fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 64 });
    fc.assert(
      fc.property(report, change, (text, how) => {
        const lines = lspLines(text);
        const kinds = parse(text).lineKinds;
        const out: string[] = [];
        let k = 0;
        lines.forEach((line, i) => {
          const between = kinds[i] === 'blank' && kinds[i - 1] === 'body' && kinds[i + 1] === 'body';
          const c = between ? how[k++ % how.length]! : 1;
          for (let j = 0; j < c; j++) out.push(line);
        });
        const doc = parse(out.join('\n'));
        const unnumbered = doc.sessions.filter((s) => s.heading.number === null).map((s) => s.heading.title);
        assert.deepEqual(unnumbered, []);
        assert.equal(doc.domains.filter((d) => d.heading.number === null).length, 0);
      }),
      runs(40),
    );
  });

  it('hold for reports built from random lines of every kind', () => {
    fc.assert(fc.property(builtReport, allProperties), runs(600));
  });

  it('hold for reports of random lines without a blank line, titles and labels among them', () => {
    fc.assert(fc.property(blocklessReport, allProperties), runs(400));
  });

  it('a formations-style report without blank lines reads as written: its parts, topics, labels, notes', () => {
    const report = fc
      .record({ size: fc.integer({ min: 0, max: 30_000 }), seed: fc.integer({ min: 1, max: 1e6 }) })
      .map((o) => generateFormationsReport(o));
    fc.assert(
      fc.property(report, (r) => {
        allProperties(r.text);
        const doc = parse(r.text);
        assert.equal(doc.title?.text, 'VERSLAG RAAD BUITENLANDSE ZAKEN VAN 27 JANUARI 2027');
        assert.equal(doc.domains.length, r.parts, 'parts');
        assert.equal(doc.sessions.length, r.topics, 'topics');
        assert.equal(doc.sessions.filter((s) => s.heading.label !== null).length, r.labels, 'labels');
        assert.equal(doc.definitions.length, r.footnotes, 'notes');
        assert.equal(doc.references.length, r.footnotes, 'references');
      }),
      runs(60),
    );
  });

  it('hold for noise made of the characters the parser looks at', () => {
    fc.assert(fc.property(noise, allProperties), runs(600));
  });

  it('hold for random strings: any code point, any UTF-16 unit (lone surrogates too)', () => {
    fc.assert(fc.property(fc.oneof(anyText, anyUnits), allProperties), runs(300));
  });

  it('hold for random bytes read as UTF-8 and as Latin-1', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        allProperties(new TextDecoder().decode(b));
        allProperties(Buffer.from(b).toString('latin1'));
      }),
      runs(200),
    );
  });

  const corpus = corpusReports();
  it('hold for mutations of the reports in the shared corpus', (t) => {
    if (corpus.length === 0) {
      assert.ok(process.env.CI !== 'true', `the shared corpus is missing: expected ${corpusDir}`);
      t.skip(`no shared corpus at ${corpusDir}`);
      return;
    }
    for (const report of corpus) allProperties(report.text);
    const arbitrary = fc.tuple(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(arbitrary, ([report, mutations]) => allProperties(mutations.reduce(mutate, report.text))),
      runs(150),
    );
  });

  it('a leading byte-order mark does not change the outline when line 0 is indented by three', () => {
    const lines = ['   1. Justitie', '', '1. Diversen', '', 'Tekst.'];
    const plain = analyse(lines.join('\n'));
    const withMark = analyse('\uFEFF' + lines.join('\n'));
    assert.deepEqual(
      withMark.document.outline.map((n) => `${n.kind} ${n.heading.title}`),
      plain.document.outline.map((n) => `${n.kind} ${n.heading.title}`),
    );
  });
});
