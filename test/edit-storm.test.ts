// Edit storms over the protocol: thousands of random incremental edits sent to dist/server.js
// as didChange notifications with increasing versions, in batches, as a fast typist or a
// search-and-replace would. After each batch the test waits for the diagnostics published for
// the last version, asks for the outline, and compares both with a fresh analysis of the same
// text, computed here: the edits are applied to a local copy with TextDocument.update (what the
// server's document manager does) and, independently, to a plain string (what LSP says the
// edits mean), and the two copies must agree too.
//
// The edits go where incremental sync breaks: they split and join CRLF pairs, split surrogate
// pairs, type digits after words (footnote references appear and vanish), delete note lines,
// and insert headings and notes. The storms are seeded; a failure names its seed and batch, and
// STORM_SEED=<n> replays it.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  DocumentSymbol,
  Position,
  Range,
  SymbolInformation,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { analyse } from '../server/src/core/analysis';
import { documentSymbols } from '../server/src/features/symbols';
import { HEADING_RULES } from '../server/src/parser/headings/rules';
import { DEFAULT_PARSE_OPTIONS } from '../server/src/parser/options';
import { generateFormationsReport, generateReport, random } from './bench/generate';
import { at, invariantViolations, lspLines } from './support/invariants';
import { LspClient } from './support/lsp-client';
import { COPIED_TEXT_LINES, FURNITURE_LINES, LETTERHEAD_LINES } from './support/furniture-lines';

// A backstop, not a wait: a server that stops answering fails the storm instead of hanging it.
const LIMIT = { timeout: 50_000 };
const SEED = process.env.STORM_SEED ? Number(process.env.STORM_SEED) : Date.now() % 1_000_000;

// ---- the two local copies

/** Applies a change the way LSP defines it, on a plain string: positions are UTF-16 columns on
 *  lines ended by CRLF, LF or a lone CR. The storm only sends positions that exist. */
function applyPlain(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  const offset = (p: Position): number => {
    let start = 0;
    for (let line = 0; line < p.line; line++) {
      const lf = text.indexOf('\n', start);
      const cr = text.indexOf('\r', start);
      const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      start = end + (text.startsWith('\r\n', end) ? 2 : 1);
    }
    return start + p.character;
  };
  return text.slice(0, offset(change.range.start)) + change.text + text.slice(offset(change.range.end));
}

// ---- what the server says, and what the same analysis says here, as readable lines

function symbolLines(symbols: readonly (DocumentSymbol | SymbolInformation)[] | null, indent = ''): string[] {
  return (symbols ?? []).flatMap((s) =>
    'selectionRange' in s
      ? [`${indent}${s.name} ${at(s.range)} ${at(s.selectionRange)}`, ...symbolLines(s.children ?? [], indent + '  ')]
      : [`${indent}${s.name} (SymbolInformation)`],
  );
}

function expected(text: string): { diagnostics: string[]; symbols: string[] } {
  const analysis = analyse(text);
  assert.deepEqual(invariantViolations(text, analysis), []);
  return {
    diagnostics: analysis.diagnostics.map((d) => `${d.code} ${at(d.range)}`),
    symbols: symbolLines(documentSymbols(analysis.document)),
  };
}

// ---- random edits

const SNIPPETS = [
  'a',
  'e',
  'de ',
  ' ',
  '.',
  ',',
  '1',
  '2',
  '12',
  '😀',
  '\u00A0',
  '\t',
  '’',
  ')',
  '(',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  'Raad',
  'lidstaten,3 ',
  'EU27 ',
  '150.000',
  'https://example.org/a1 ',
  '\n2. Werklunch – Migratie\n',
  '\nWerkdiner – Schengen\n',
  '\nII. Justitie\n\n1. Diversen\n',
  '\n\n4 Kamerstuk 32317, nr. 984.\n',
  '\n3 Zie het werkprogramma van het voorzitterschap, ST 8812/27, p. 4 en\n',
  '\n\n2\n\n',
  '\nDe Minister van Justitie en Veiligheid,\n',
  '\uD83D',
  '\uDE00',
  // Every heading rule's examples, on lines of their own: a new rule's lines are in the storm.
  ...HEADING_RULES.flatMap((r) => [...r.examples.headings, ...r.examples.text]).map((l) => `\n${l}\n`),
  // Labels, alone, in parentheses and after "=", and as a line below the cursor's line.
  ...DEFAULT_PARSE_OPTIONS.labelWords.flatMap((w) => [`\n${w}\n`, `\n(${w})\n`, `\n= ${w}`]),
  // The furniture, letterhead and copied-text lines of the ways a report reaches the editor.
  ...[...FURNITURE_LINES, ...LETTERHEAD_LINES, ...COPIED_TEXT_LINES].map((l) => `\n${l}\n`),
];

interface Storm {
  readonly name: string;
  readonly text: string;
  readonly versions: number;
  readonly batch: number;
  readonly seed: number;
}

class Editor {
  private readonly rnd: () => number;
  /** Edits of one kind, counted, for the report at the end. */
  readonly made = new Map<string, number>();

  constructor(
    seed: number,
    private readonly targetLength: number,
  ) {
    this.rnd = random(seed);
  }

  private int(n: number): number {
    return Math.floor(this.rnd() * n);
  }

  private pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  private count(kind: string): void {
    this.made.set(kind, (this.made.get(kind) ?? 0) + 1);
  }

  private position(lines: readonly string[]): Position {
    const line = this.int(lines.length);
    return { line, character: this.int(lines[line]!.length + 1) };
  }

  private range(lines: readonly string[]): Range {
    const start = this.position(lines);
    // mostly short deletions on one line, now and then across lines
    if (this.rnd() < 0.8) {
      const character = Math.min(lines[start.line]!.length, start.character + 1 + this.int(8));
      return { start, end: { line: start.line, character } };
    }
    const line = start.line + 1 + this.int(3);
    if (line >= lines.length) return { start, end: { line: start.line, character: lines[start.line]!.length } };
    return { start, end: { line, character: this.int(lines[line]!.length + 1) } };
  }

  /** The changes of one version: one to three edits, each against the text the one before left. */
  next(text: string): TextDocumentContentChangeEvent[] {
    const changes: TextDocumentContentChangeEvent[] = [];
    const n = 1 + this.int(this.rnd() < 0.7 ? 1 : 3);
    for (let i = 0; i < n; i++) {
      const change = this.edit(text);
      changes.push(change);
      text = applyPlain(text, change);
    }
    return changes;
  }

  private edit(text: string): TextDocumentContentChangeEvent {
    const lines = lspLines(text);
    const shrink = text.length > this.targetLength * 1.3;
    const r = this.rnd();
    if (r < 0.25 && !shrink) {
      this.count('insert');
      const position = this.position(lines);
      return { range: { start: position, end: position }, text: this.pick(SNIPPETS) };
    }
    if (r < 0.45) {
      this.count('delete');
      return { range: this.range(lines), text: '' };
    }
    if (r < 0.55) {
      this.count('replace');
      return { range: this.range(lines), text: this.pick(SNIPPETS) };
    }
    if (r < 0.7) return this.typeDigitAfterWord(lines);
    if (r < 0.78) return this.deleteNoteLine(lines) ?? this.edit(text);
    if (r < 0.9) return this.lineEnd(lines);
    return this.surrogate(lines) ?? this.edit(text);
  }

  /** "…lidstaten" + "3": a reference appears, or a number grows ("3" → "31"), or one goes. */
  private typeDigitAfterWord(lines: readonly string[]): TextDocumentContentChangeEvent {
    for (let tries = 0; tries < 20; tries++) {
      const line = this.int(lines.length);
      const s = lines[line]!;
      const spots: number[] = [];
      for (let i = 1; i <= s.length; i++)
        if (/[\p{L}\d.,’)]/u.test(s[i - 1]!) && (i === s.length || /[\s.,;:)]/.test(s[i]!))) spots.push(i);
      if (spots.length === 0) continue;
      const character = this.pick(spots);
      if (/\d/.test(s[character - 1]!) && this.rnd() < 0.3) {
        this.count('backspace a digit');
        return { range: { start: { line, character: character - 1 }, end: { line, character } }, text: '' };
      }
      this.count('type a digit after a word');
      return { range: { start: { line, character }, end: { line, character } }, text: String(this.int(10)) };
    }
    const p = this.position(lines);
    this.count('type a digit after a word');
    return { range: { start: p, end: p }, text: '1' };
  }

  private deleteNoteLine(lines: readonly string[]): TextDocumentContentChangeEvent | null {
    const notes = lines.flatMap((s, i) =>
      /^[ \t\u00A0]{0,3}\d{1,3}[ \t\u00A0]+\S/.test(s) && i + 1 < lines.length ? [i] : [],
    );
    if (notes.length === 0) return null;
    const line = this.pick(notes);
    this.count('delete a note line');
    return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
  }

  /** Joins and splits of line ends: a CR typed before an LF makes a CRLF pair, an LF after a
   *  lone CR too; a CRLF pair is split by text between its CR and LF, or loses one half. */
  private lineEnd(lines: readonly string[]): TextDocumentContentChangeEvent {
    const line = this.int(lines.length);
    const end = { line, character: lines[line]!.length };
    if (line + 1 < lines.length) {
      const next = { line: line + 1, character: 0 };
      const r = this.rnd();
      if (r < 0.3) {
        this.count('split a line end: CR text LF');
        return { range: { start: end, end: next }, text: `\r${this.pick(['x', ' ', '1', ''])}\n` };
      }
      if (r < 0.5) {
        this.count('line end becomes a lone CR');
        return { range: { start: end, end: next }, text: '\r' };
      }
      if (r < 0.65) {
        this.count('line end becomes LF');
        return { range: { start: end, end: next }, text: '\n' };
      }
      if (r < 0.8) {
        this.count('join two lines');
        return { range: { start: end, end: next }, text: '' };
      }
      this.count('LF typed at the start of a line (joins a lone CR before it)');
      return { range: { start: next, end: next }, text: '\n' };
    }
    this.count('CR typed at the end of a line (joins an LF after it)');
    return { range: { start: end, end }, text: '\r' };
  }

  /** Text typed between the halves of a surrogate pair, or one half deleted. */
  private surrogate(lines: readonly string[]): TextDocumentContentChangeEvent | null {
    for (let tries = 0; tries < 20; tries++) {
      const line = this.int(lines.length);
      const s = lines[line]!;
      const i = s.search(/[\uD800-\uDBFF][\uDC00-\uDFFF]/);
      if (i < 0) continue;
      const character = i + 1;
      if (this.rnd() < 0.5) {
        this.count('type inside a surrogate pair');
        return {
          range: { start: { line, character }, end: { line, character } },
          text: this.pick(['1', 'a', ' ', '\n']),
        };
      }
      this.count('delete half a surrogate pair');
      const half = this.rnd() < 0.5 ? i : i + 1;
      return { range: { start: { line, character: half }, end: { line, character: half + 1 } }, text: '' };
    }
    return null;
  }
}

// ---- the storms

/** A generated report with an emoji here and there, so that surrogate pairs are there to split. */
function stormReport(options: { size: number; seed: number; eol: string }): string {
  const text = generateReport({ ...options, unnumberedSessions: true }).text;
  return text.replace(/ (steun|gesprek|aanpak) /g, ' $1 😀 ');
}

let client: LspClient;
before(async () => {
  ({ client } = await LspClient.start());
});
after(async () => {
  await client.shutdown();
});

let stormCount = 0;
async function runStorm(t: TestContext, storm: Storm): Promise<void> {
  const uri = `file:///storm/${++stormCount}-${storm.name.replace(/\W+/g, '-')}.council`;
  const editor = new Editor(storm.seed, storm.text.length);
  let local = TextDocument.create(uri, 'council-report', 1, storm.text);
  let plain = storm.text;
  const opened = client.nextDiagnostics(uri, 1);
  await client.open(uri, storm.text, 1);
  await opened;
  let version = 1;
  let edits = 0;
  const started = performance.now();
  for (let batch = 0; version < storm.versions; batch++) {
    const last = Math.min(storm.versions, version + storm.batch);
    let published: ReturnType<LspClient['nextDiagnostics']> | null = null;
    while (version < last) {
      const changes = editor.next(plain);
      version++;
      edits += changes.length;
      const before = plain;
      for (const c of changes) plain = applyPlain(plain, c);
      local = TextDocument.update(local, changes, version);
      if (local.getText() !== plain) {
        assert.fail(`TextDocument.update and the plain application of the edits differ at version ${version} of ${storm.name} (STORM_SEED=${SEED}):
  changes ${JSON.stringify(changes)}
  on ${JSON.stringify(before)}`);
      }
      if (version === last) published = client.nextDiagnostics(uri, version);
      await client.change(uri, version, changes);
    }
    const where = `${storm.name}, seed ${storm.seed} (STORM_SEED=${SEED}), batch ${batch}, version ${version}`;
    const diagnostics = (await published!).diagnostics.map((d) => `${String(d.code)} ${at(d.range)}`);
    const symbols = symbolLines(await client.documentSymbols(uri));
    const want = expected(plain);
    assert.deepEqual(diagnostics, want.diagnostics, `diagnostics differ from a fresh analysis: ${where}`);
    assert.deepEqual(symbols, want.symbols, `outline differs from a fresh analysis: ${where}`);
  }
  await client.close(uri);
  const kinds = [...editor.made].map(([k, n]) => `${k} ${n}`).join(', ');
  // t.diagnostic, not console.log: plain output can break the test runner's serialized stdout.
  t.diagnostic(
    `${storm.name} (STORM_SEED=${SEED}): ${edits} edits in ${storm.versions - 1} versions, ${Math.round(performance.now() - started)} ms; ${kinds}`,
  );
}

describe('edit storms: the server agrees with a fresh analysis after every batch', () => {
  it('a report with LF line ends', LIMIT, async (t) => {
    await runStorm(t, {
      name: 'LF report',
      text: stormReport({ size: 6_000, seed: SEED, eol: '\n' }),
      versions: 1500,
      batch: 25,
      seed: SEED,
    });
  });

  it('a report with CRLF line ends', LIMIT, async (t) => {
    await runStorm(t, {
      name: 'CRLF report',
      text: stormReport({ size: 6_000, seed: SEED + 1, eol: '\r\n' }),
      versions: 1500,
      batch: 25,
      seed: SEED + 1,
    });
  });

  it('single keystrokes, each awaited: the diagnostics of every version', LIMIT, async (t) => {
    await runStorm(t, {
      name: 'keystrokes',
      text: stormReport({ size: 4_000, seed: SEED + 2, eol: '\r\n' }),
      versions: 200,
      batch: 1,
      seed: SEED + 2,
    });
  });

  it('a formations-style report without blank lines: topics, parts, labels, notes in one block', LIMIT, async (t) => {
    await runStorm(t, {
      name: 'formations report',
      text: generateFormationsReport({ size: 6_000, seed: SEED + 4 }).text,
      versions: 1000,
      batch: 25,
      seed: SEED + 4,
    });
  });

  const real = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'real', 'informele-jbz-raad.txt');
  it('the real report from the shared corpus', LIMIT, async (t) => {
    if (!existsSync(real)) {
      assert.ok(process.env.CI !== 'true', `the shared corpus is missing: expected ${real}`);
      t.skip(`no shared corpus at ${real}`);
      return;
    }
    await runStorm(t, {
      name: 'real report',
      text: readFileSync(real, 'utf8'),
      versions: 600,
      batch: 40,
      seed: SEED + 3,
    });
  });
});
