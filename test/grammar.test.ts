// The TextMate grammar, tokenized the way VS Code does it: vscode-textmate with the Oniguruma
// WebAssembly build, the grammar found through package.json's `contributes.grammars`, and the
// rule stack carried from line to line. Tests compare readable dumps of which text gets which
// scope ("2:0-2 II").

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..');
const SUFFIX = '.council-report';

interface Contributes {
  languages: { id: string; configuration: string }[];
  grammars: { language: string; scopeName: string; path: string }[];
}
const contributes = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: Contributes })
  .contributes;
const grammarContribution = contributes.grammars.find((g) => g.language === 'council-report')!;

let grammar: Promise<IGrammar> | null = null;

function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new OnigScanner(sources),
        createOnigString: (s: string) => new OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== grammarContribution.scopeName) return null;
        const file = path.join(ROOT, grammarContribution.path);
        return parseRawGrammar(readFileSync(file, 'utf8'), file);
      },
    });
    const loaded = await registry.loadGrammar(grammarContribution.scopeName);
    if (!loaded) throw new Error(`grammar ${grammarContribution.scopeName} not found`);
    return loaded;
  })();
  return grammar;
}

interface Token {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The scopes below the root, without the `.council-report` suffix. */
  readonly scopes: readonly string[];
}

async function tokenize(lines: readonly string[]): Promise<Token[]> {
  const g = await loadGrammar();
  const out: Token[] = [];
  let stack = INITIAL;
  lines.forEach((text, line) => {
    const result = g.tokenizeLine(text, stack);
    stack = result.ruleStack;
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, text.length);
      if (end <= t.startIndex) continue;
      out.push({
        line,
        start: t.startIndex,
        end,
        text: text.slice(t.startIndex, end),
        scopes: t.scopes.slice(1).map((s) => (s.endsWith(SUFFIX) ? s.slice(0, -SUFFIX.length) : s)),
      });
    }
  });
  return out;
}

/** The runs of text that carry `scope` (or a scope below it), adjacent tokens joined: "3:12-13 1". */
async function scoped(lines: readonly string[], scope: string): Promise<string[]> {
  const runs: { line: number; start: number; end: number }[] = [];
  for (const t of await tokenize(lines)) {
    if (!t.scopes.some((s) => s === scope || s.startsWith(scope + '.'))) continue;
    const last = runs[runs.length - 1];
    if (last && last.line === t.line && last.end === t.start) last.end = t.end;
    else runs.push({ line: t.line, start: t.start, end: t.end });
  }
  return runs.map((r) => `${r.line}:${r.start}-${r.end} ${lines[r.line]!.slice(r.start, r.end)}`);
}

/** Every token of one line that carries a scope: "'Werklunch' markup.heading.2 > entity... > keyword...". */
async function dumpLine(lines: readonly string[], line: number): Promise<string[]> {
  return (await tokenize(lines))
    .filter((t) => t.line === line && t.scopes.length > 0)
    .map((t) => `'${t.text}' ${t.scopes.join(' > ')}`);
}

test('package.json declares the grammar and the language configuration', () => {
  assert.equal(grammarContribution.scopeName, 'text.council-report');
  const raw = JSON.parse(readFileSync(path.join(ROOT, grammarContribution.path), 'utf8')) as { scopeName: string };
  assert.equal(raw.scopeName, grammarContribution.scopeName);
  const language = contributes.languages.find((l) => l.id === 'council-report')!;
  assert.doesNotThrow(() => JSON.parse(readFileSync(path.join(ROOT, language.configuration), 'utf8')));
});

test('a roman-numbered heading is a domain heading', async () => {
  const report = ['Geachte Voorzitter,', '', ' II. Binnenlandse Zaken', '', 'Tekst.'];
  assert.deepEqual(await dumpLine(report, 2), [
    "' ' markup.heading.1",
    "'II' markup.heading.1 > constant.numeric.heading-number",
    "'.' markup.heading.1 > punctuation.definition.heading",
    "' ' markup.heading.1",
    "'Binnenlandse Zaken' markup.heading.1 > entity.name.section.domain",
  ]);
  assert.deepEqual(await scoped(report, 'markup.heading'), ['2:0-23  II. Binnenlandse Zaken']);
});

test('an arabic-numbered heading is a session heading with its kind word', async () => {
  const report = [
    '2. Werklunch – Terugkeer naar Syrië', // 0
    '',
    '3.\tWerksessie II - Samenwerking met derde landen op het gebied van', // 2
    'terugkeer en herintegratie',
    'De ministers spraken over terugkeer.', // 4: a sentence after the heading is body text
    '',
    '4.\u00a0Plenaire sessie: Digitale weerbaarheid', // 6
    '',
    '1. Justitie', // 8
  ];
  assert.deepEqual(await dumpLine(report, 0), [
    "'2' markup.heading.2 > constant.numeric.heading-number",
    "'.' markup.heading.2 > punctuation.definition.heading",
    "' ' markup.heading.2",
    "'Werklunch' markup.heading.2 > entity.name.section.session > keyword.other.session-kind",
    "' ' markup.heading.2 > entity.name.section.session",
    "'–' markup.heading.2 > entity.name.section.session > punctuation.separator",
    "' Terugkeer naar Syrië' markup.heading.2 > entity.name.section.session",
  ]);
  assert.deepEqual(await scoped(report, 'entity.name.section.session'), [
    '0:3-35 Werklunch – Terugkeer naar Syrië',
    '2:3-66 Werksessie II - Samenwerking met derde landen op het gebied van',
    '3:0-26 terugkeer en herintegratie',
    '6:3-41 Plenaire sessie: Digitale weerbaarheid',
    '8:3-11 Justitie',
  ]);
  assert.deepEqual(await scoped(report, 'keyword.other.session-kind'), [
    '0:3-12 Werklunch',
    '2:3-13 Werksessie',
    '6:3-18 Plenaire sessie',
  ]);
  assert.deepEqual(await scoped(report, 'constant.numeric.roman'), ['2:14-16 II']);
  assert.deepEqual(await scoped(report, 'constant.numeric.heading-number'), [
    '0:0-1 2',
    '2:0-1 3',
    '6:0-1 4',
    '8:0-1 1',
  ]);
});

test('a session heading without a number is still a heading', async () => {
  const report = [
    'Werklunch – Terugkeer naar Syrië',
    '',
    'Tekst.',
    '',
    'Diversen',
    '',
    'Werklunch met de ministers van Buitenlandse Zaken.',
  ];
  assert.deepEqual(await dumpLine(report, 0), [
    "'Werklunch' markup.heading.2 > entity.name.section.session > keyword.other.session-kind",
    "' ' markup.heading.2 > entity.name.section.session",
    "'–' markup.heading.2 > entity.name.section.session > punctuation.separator",
    "' Terugkeer naar Syrië' markup.heading.2 > entity.name.section.session",
  ]);
  assert.deepEqual(await scoped(report, 'markup.heading'), [
    '0:0-32 Werklunch – Terugkeer naar Syrië',
    '4:0-8 Diversen',
  ]);
});

test('numbered lists, dates, amounts and initials are not headings', async () => {
  const report = [
    'Nederland vroeg om:',
    '1) een evaluatie;',
    '- een rapportage;',
    '• een termijn.',
    '2026 zijn er twee keer zoveel aanvragen.',
    '27 lidstaten steunden de tekst.',
    '12. maanden na de inwerkingtreding volgt een evaluatie.',
    '3. De Raad sprak hierover. Nederland steunde de tekst.',
    'L. de Vries',
    'Werklunch met de ministers van Buitenlandse Zaken.',
  ];
  assert.deepEqual(await scoped(report, 'markup.heading'), []);
});

test('a number glued to a word or to closing punctuation is a footnote reference', async () => {
  const report = [
    'Een meerderheid van de lidstaten,1 waaronder Nederland, steunde dit.',
    'Eurodac gaat hierbij een grote rol spelen.3',
    'Het gaat om een ‘terugkeerhub’4 maar ook om ‘law shopping’.2 Om dat te voorkomen.',
    'De ministers spraken in Luxemburg1 over de lidstaten5; daarna (in Brussel)6 opnieuw.',
    'Zoals eerder gemeld.3',
  ];
  assert.deepEqual(await scoped(report, 'constant.numeric.footnote-reference'), [
    '0:33-34 1',
    '1:42-43 3',
    '2:30-31 4',
    '2:59-60 2',
    '3:33-34 1',
    '3:52-53 5',
    '3:74-75 6',
    '4:20-21 3',
  ]);
  assert.deepEqual(await dumpLine(report, 1), [
    "'3' markup.other.footnote-reference > constant.numeric.footnote-reference",
  ]);
});

test('names, amounts, years, article numbers and citations are not footnote references', async () => {
  const report = [
    'De CO2-uitstoot kwam ter sprake op de G7-top en de COP30.',
    'De EU27 spraken af dat 150.000 aanvragen, ofwel 3,8%, voor 2027 is 2 keer zoveel.',
    'Op grond van artikel 78(3) en Verordening (EU) 2024/1351 werkt versie 2.0- niet.',
    'Zie https://www.example.eu/nota2 en COM(2026) 800.',
    'De begroting2027 is vastgesteld.',
  ];
  assert.deepEqual(await scoped(report, 'markup.other.footnote-reference'), []);
});

test('a footnote definition is a line that starts with its number', async () => {
  const report = [
    'Tekst van de brief.1', // 0
    '',
    '1 Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 984.', // 2
    '2 Een terugkeerhub is een locatie buiten de Unie waar personen', // 3
    'zonder verblijfsrecht verblijven.', // 4: the note goes on
    '',
    'De tekst gaat verder met een woord2 en 27 lidstaten.', // 6
    '27 lidstaten steunden dit.', // 7
    '2500 EA  Den Haag', // 8
  ];
  assert.deepEqual(await scoped(report, 'constant.numeric.footnote-number'), ['2:0-1 1', '3:0-1 2']);
  assert.deepEqual(await scoped(report, 'meta.footnote.definition'), [
    '2:0-59 1 Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 984.',
    '3:0-62 2 Een terugkeerhub is een locatie buiten de Unie waar personen',
    '4:0-33 zonder verblijfsrecht verblijven.',
  ]);
  // Inside a note, digits after a word are part of the citation, not references.
  assert.deepEqual(await scoped(report, 'constant.numeric.footnote-reference'), ['0:19-20 1', '6:34-35 2']);
});

test('Kamerstuk citations, Commission documents and addresses are links', async () => {
  const report = [
    '1 Kamerstuk 32317, nr. 984.',
    '2 Kamerstuk 32 317, nr. 617; KST 32317, nr. 984.',
    '3 Kamerstukken II 2016-17, 22 112, nr. 2292.',
    '4 Kamerstuk 21501-02, nr. 3101 en Kamerstuk 36200 VI, nr. 5.',
    '5 COM(2026) 800 en https://zoek.officielebekendmakingen.nl/kst-32317-984.',
    'Zie www.rijksoverheid.nl/onderwerpen2 voor meer.',
  ];
  assert.deepEqual(await scoped(report, 'markup.underline.link.kamerstuk'), [
    '0:2-26 Kamerstuk 32317, nr. 984',
    '1:2-27 Kamerstuk 32 317, nr. 617',
    '1:29-47 KST 32317, nr. 984',
    '2:2-43 Kamerstukken II 2016-17, 22 112, nr. 2292',
    '3:2-30 Kamerstuk 21501-02, nr. 3101',
    '3:34-59 Kamerstuk 36200 VI, nr. 5',
  ]);
  assert.deepEqual(await scoped(report, 'markup.underline.link.com-document'), ['4:2-15 COM(2026) 800']);
  assert.deepEqual(await scoped(report, 'markup.underline.link'), [
    '0:2-26 Kamerstuk 32317, nr. 984',
    '1:2-27 Kamerstuk 32 317, nr. 617',
    '1:29-47 KST 32317, nr. 984',
    '2:2-43 Kamerstukken II 2016-17, 22 112, nr. 2292',
    '3:2-30 Kamerstuk 21501-02, nr. 3101',
    '3:34-59 Kamerstuk 36200 VI, nr. 5',
    '4:2-15 COM(2026) 800',
    '4:19-72 https://zoek.officielebekendmakingen.nl/kst-32317-984',
    '5:4-37 www.rijksoverheid.nl/onderwerpen2',
  ]);
  assert.deepEqual(await scoped(report, 'markup.other.footnote-reference'), []);
});

test('the word pattern keeps Dutch words, hyphenated words and amounts whole', () => {
  const language = contributes.languages.find((l) => l.id === 'council-report')!;
  const configuration = JSON.parse(readFileSync(path.join(ROOT, language.configuration), 'utf8')) as {
    wordPattern: string;
  };
  const words = 'De CO2-uitstoot van zo’n 150.000 auto’s in Syrië, ‘terugkeerhub’4 en lidstaten,1'.match(
    new RegExp(configuration.wordPattern, 'g'),
  );
  assert.deepEqual(words, [
    'De',
    'CO2-uitstoot',
    'van',
    'zo’n',
    '150.000',
    'auto’s',
    'in',
    'Syrië',
    'terugkeerhub',
    '4',
    'en',
    'lidstaten',
    '1',
  ]);
});
