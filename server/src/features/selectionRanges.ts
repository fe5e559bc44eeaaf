// Expand Selection (Shift+Alt+Right): word -> sentence -> paragraph -> session -> domain ->
// the whole report. In a heading the heading comes after the word; in a note, the note and
// then its block of notes; in the letter frame and the closing, those. Each range strictly
// contains the one before, as the protocol asks.
//
// The structure comes from the model. Only word and sentence boundaries are found in the text
// itself, inside the one paragraph, heading or note the model puts the cursor in; the lines
// come from SourceText, which splits them as the parser does.

import type { SelectionRange } from 'vscode-languageserver-types';
import type { CouncilDocument, Heading, LineKind, Position, Range } from '../parser/model';
import { compare, referenceAt } from '../core/lookup';
import type { SourceText } from '../edits/sourceText';

type TextGroup = 'body' | 'frame' | 'closing' | 'notes';

const TEXT_GROUP: Partial<Record<LineKind, TextGroup>> = {
  body: 'body',
  frame: 'frame',
  closing: 'closing',
  'footnote-definition': 'notes',
  'footnote-continuation': 'notes',
};

const HEADING_LINES: ReadonlySet<LineKind> = new Set(['domain-heading', 'session-heading', 'heading-continuation']);
const SENTENCE_END = new Set(['.', '!', '?']);
// Closing quotes and brackets may stand between a sentence's full stop and the next sentence.
const CLOSERS = new Set(['’', '”', '"', "'", ')', ']', '»']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const SPACE = /[\s\u00A0\uFEFF]/;

export function selectionRanges(
  doc: CouncilDocument,
  positions: readonly Position[],
  source: SourceText,
): SelectionRange[] {
  return positions.map((p) => selectionAt(doc, p, source));
}

function selectionAt(doc: CouncilDocument, p: Position, source: SourceText): SelectionRange {
  const candidates: Range[] = []; // innermost first
  const line = p.line;
  const kind = doc.lineKinds[line];
  if (kind !== undefined) {
    const word = wordAt(source.line(line), p);
    if (word) candidates.push(word);
    const group = TEXT_GROUP[kind];
    if (HEADING_LINES.has(kind)) {
      const heading = headingOn(doc, line);
      if (heading) candidates.push(heading.range);
    } else if (group) {
      const block = blockAround(doc, line, group, source);
      const note = group === 'notes' ? notePartAt(doc, line) : null;
      const sentence = sentenceAt(doc, note ?? block, p, source);
      if (sentence) candidates.push(sentence);
      if (note) candidates.push(note);
      candidates.push(block);
    }
  }
  for (const domainOrSession of sectionsAt(doc, p)) candidates.push(domainOrSession);
  if (doc.letterFrame) candidates.push(doc.letterFrame);
  if (doc.closing) candidates.push(doc.closing);
  const last = doc.lineCount - 1;
  candidates.push({ start: { line: 0, character: 0 }, end: { line: last, character: source.line(last).length } });

  // Keep the ranges around the cursor, each strictly larger than the one before.
  const kept: Range[] = [];
  for (const range of candidates) {
    if (!containsPosition(range, p)) continue;
    const previous = kept[kept.length - 1];
    if (previous && (!containsRange(range, previous) || sameRange(range, previous))) continue;
    kept.push(range);
  }
  let selection: SelectionRange = { range: kept.length > 0 ? kept[kept.length - 1]! : { start: p, end: p } };
  for (let i = kept.length - 2; i >= 0; i--) selection = { range: kept[i]!, parent: selection };
  return selection;
}

/** The word the cursor is in or right after: letters and digits, joined by inner hyphens
 *  ("CO2-uitstoot") and apostrophes before a letter ("cliënt's"), as the editor's word pattern. */
function wordAt(text: string, p: Position): Range | null {
  const isWord = (i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
  const joins = (i: number): boolean => {
    const c = text[i];
    if (c === '-') return isWord(i - 1) && isWord(i + 1);
    if (c === "'" || c === '’') return isWord(i - 1) && i + 1 < text.length && LETTER.test(text[i + 1]!);
    return false;
  };
  let start = p.character;
  if (!isWord(start)) start--;
  if (!isWord(start)) return null;
  let end = start;
  while (isWord(start - 1) || joins(start - 1)) start--;
  while (isWord(end + 1) || joins(end + 1)) end++;
  return { start: { line: p.line, character: start }, end: { line: p.line, character: end + 1 } };
}

/**
 * The sentence around the cursor within `container` (a paragraph or a note). A sentence ends
 * at `.`, `!` or `?` before white space or the end of a line, perhaps with closing quotes or
 * brackets and a footnote reference in between ("... spelen.3 Daarna").
 */
function sentenceAt(doc: CouncilDocument, container: Range, p: Position, source: SourceText): Range | null {
  const first = container.start.line;
  const last = container.end.line;
  const startColumn = (l: number): number => (l === first ? container.start.character : 0);
  const endColumn = (l: number): number => (l === last ? container.end.character : source.line(l).length);

  // Backwards to the end of the previous sentence, then forwards over the white space after it.
  let start: Position = { line: first, character: startColumn(first) };
  search: for (let l = p.line; l >= first; l--) {
    const text = source.line(l);
    for (let b = l === p.line ? Math.min(p.character, text.length) - 1 : text.length; b >= startColumn(l); b--) {
      if (endsSentence(doc, l, text, b)) {
        start = { line: l, character: b };
        break search;
      }
    }
  }
  start = skipSpace(start, last, source);
  let end: Position = { line: last, character: endColumn(last) };
  search: for (let l = p.line; l <= last; l++) {
    const text = source.line(l);
    for (let b = l === p.line ? p.character : startColumn(l); b <= endColumn(l); b++) {
      if (endsSentence(doc, l, text, b)) {
        end = { line: l, character: b };
        break search;
      }
    }
  }
  return compare(start, end) < 0 ? { start, end } : null;
}

/** Whether a sentence ends at column `b`: white space or the line's end follows, and a full
 *  stop, question or exclamation mark precedes, perhaps followed by closers and a reference. */
function endsSentence(doc: CouncilDocument, line: number, text: string, b: number): boolean {
  if (b < text.length && !SPACE.test(text[b]!)) return false;
  let j = b;
  const reference = referenceAt(doc, { line, character: b });
  if (reference && reference.range.end.character === b) j = reference.range.start.character;
  while (j > 0 && CLOSERS.has(text[j - 1]!)) j--;
  if (!(j > 0 && SENTENCE_END.has(text[j - 1]!))) return false;
  // "nr. 598", "art. 5", "o.a. de", "J. Jansen": a full stop after an abbreviation or an
  // initial ends no sentence, unless a reference is glued to it.
  if (text[j - 1] === '.' && !reference) {
    let w = j - 1;
    while (w > 0 && !SPACE.test(text[w - 1]!) && text[w - 1] !== '(') w--;
    const word = text.slice(w, j).toLowerCase();
    if (ABBREVIATIONS.has(word) || /^\p{L}\.$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word)) return false;
  }
  return true;
}

const ABBREVIATIONS = new Set([
  'nr.',
  'nrs.',
  'art.',
  'artt.',
  'jl.',
  'bijv.',
  'bv.',
  'resp.',
  'incl.',
  'excl.',
  'vgl.',
  'zgn.',
  'ca.',
  'mr.',
  'dr.',
  'prof.',
  'blz.',
  'p.',
  'pp.',
  'lid.',
  'par.',
  'hfst.',
  'min.',
  'dhr.',
  'mevr.',
  'e.d.',
  'etc.',
]);

function skipSpace(p: Position, lastLine: number, source: SourceText): Position {
  let { line, character } = p;
  for (;;) {
    const text = source.line(line);
    while (character < text.length && SPACE.test(text[character]!)) character++;
    if (character < text.length || line >= lastLine) return { line, character };
    line++;
    character = 0;
  }
}

/** The run of lines of the same group around `line`: a paragraph, a block of notes, a stretch
 *  of the letter frame or of the closing. */
function blockAround(doc: CouncilDocument, line: number, group: TextGroup, source: SourceText): Range {
  const inGroup = (l: number): boolean => l >= 0 && l < doc.lineCount && TEXT_GROUP[doc.lineKinds[l]!] === group;
  let first = line;
  let last = line;
  while (inGroup(first - 1)) first--;
  while (inGroup(last + 1)) last++;
  return { start: { line: first, character: 0 }, end: { line: last, character: source.line(last).trimEnd().length } };
}

/** The stretch of a note on this line: the definition with its continuation lines, or a part
 *  continued at the bottom of a later page. */
function notePartAt(doc: CouncilDocument, line: number): Range | null {
  for (const d of doc.definitions) {
    for (const part of d.parts) if (part.start.line <= line && line <= part.end.line) return part;
  }
  return null;
}

function headingOn(doc: CouncilDocument, line: number): Heading | null {
  for (const node of [...doc.domains, ...doc.sessions]) {
    const h = node.heading;
    if (h.range.start.line <= line && line <= h.range.end.line) return h;
  }
  return null;
}

/** The session and the domain around the cursor, innermost first. */
function sectionsAt(doc: CouncilDocument, p: Position): Range[] {
  const out: Range[] = [];
  for (const s of doc.sessions) if (containsPosition(s.range, p)) out.push(s.range);
  for (const d of doc.domains) if (containsPosition(d.range, p)) out.push(d.range);
  return out;
}

function containsPosition(range: Range, p: Position): boolean {
  return compare(range.start, p) <= 0 && compare(p, range.end) <= 0;
}

function containsRange(outer: Range, inner: Range): boolean {
  return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}

function sameRange(a: Range, b: Range): boolean {
  return compare(a.start, b.start) === 0 && compare(a.end, b.end) === 0;
}
