// Text -> CouncilDocument. Pure, linear in the size of the text, never throws.
//
// The parser works in passes over the lines, each of which only reads what the earlier ones
// decided:
//   1. split into lines and blocks (runs of lines between blank lines and page furniture);
//   2. find heading candidates at block starts and decide which are domains, sessions or text;
//   3. find footnote reference candidates (numbers glued to a word or closing punctuation);
//   4. accept footnote definitions whose number fits the document's footnotes, with their
//      continuation lines, also a note's part continued on the next page;
//   5. accept the references that fit (defined, or the next number in the sequence);
//   6. classify the remaining lines (frame, body, closing) and compute section ranges.
// Every decision is local to a line or a block plus a few counters, so the whole is O(n).

import type {
  CouncilDocument,
  Domain,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  LineKind,
  Numeral,
  OutlineNode,
  Range,
  Session,
} from './model';
import { findCitations } from './citations';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from './options';

const MAX_CONTINUATION_LINES = 2; // a heading wraps over two or three lines
const MAX_PAGE_CONTINUATION_LINES = 5; // a note's tail at the bottom of the next page

// A blank line, also one holding only a no-break space or a stray byte-order mark.
const BLANK = /^[\s\uFEFF]*$/;
// A page number, "- 2 -", "Pagina 2 van 5": page furniture copied from a PDF.
const PAGE_FURNITURE = /^\s*(?:\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|(?:pagina|blad|page)\s+\d{1,4}(?:\s+(?:van|of)\s+\d{1,4})?)\s*$/i;
// "1. Title", " 1. Title", "II.\tTitle", "3.\u00a0Title".
const NUMBERED_HEADING = /^([ \t\u00A0]{0,3})(\d{1,2}|[IVX]{1,6})\.[ \t\u00A0]+(\S.*)$/;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
// A footnote definition line: number, white space, note text.
const DEFINITION = /^([ \t\u00A0]{0,3})(\d{1,3})[ \t\u00A0]+(\S.*)$/;
// Two sentences in one line: a numbered paragraph, not a heading.
const SENTENCE_BREAK = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;
const STARTS_LOWER = /^[\s\u00A0]*\p{Ll}/u;
const CLOSING = /^[ \t\u00A0]{0,3}(?:(?:De|de|Namens de)\s+(?:[Mm]inister|[Ss]taatssecretaris)\b.*,|Hoogachtend,?|Met\s+(?:vriendelijke|hoogachtende)\s+groet(?:en)?,?)\s*$/;
const SALUTATION = /^\s*(?:Geachte|Zeer geachte)\b/;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const DIGIT_RUN = /\d+/g;
const WHITE_SPACE_RUN = /[\s\u00A0\uFEFF]+/g;

const collapse = (s: string): string => s.replace(WHITE_SPACE_RUN, ' ').trim();

interface HeadingCandidate {
  readonly block: number;
  readonly firstLine: number;
  readonly lastLine: number; // last heading line (continuations included)
  readonly number: number | null;
  readonly numberText: string | null;
  readonly numeral: Numeral | null;
  readonly numberColumn: number;
  readonly titleColumn: number;
  readonly title: string;
  /** The title starts with a session kind ("Werklunch", ...). */
  readonly startsWithKind: boolean;
}

interface ReferenceCandidate {
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly number: number;
  /** Glued to a lower-case word or to closing punctuation (strong) rather than to a run of
   *  capitals such as EU27 or COP30 (weak: a name unless the note fits exactly there). */
  readonly strong: boolean;
}

interface NoteBuilder {
  number: number;
  numberRange: Range;
  parts: { first: number; last: number; column: number }[];
  texts: string[];
}

export function parse(text: string, options: ParseOptions = DEFAULT_PARSE_OPTIONS): CouncilDocument {
  return new Parser(text, options).run();
}

function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = values[numeral[i]!]!;
    const next = i + 1 < numeral.length ? values[numeral[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function kindPattern(kinds: readonly string[]): RegExp | null {
  const words = kinds
    .map((k) => collapse(k))
    .filter((k) => k.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.split(' ').map(escapeRegExp).join('[ \\t\\u00A0]+'));
  if (words.length === 0) return null;
  // kind [roman numeral] [separator title]
  return new RegExp(
    `^([ \\t\\u00A0]{0,3})((?:${words.join('|')})(?:[ \\t\\u00A0]+[IVX]{1,6})?)(?![\\p{L}\\p{N}])(?:[ \\t\\u00A0]*([-–—:])[ \\t\\u00A0]*(.*))?$`,
    'u',
  );
}

const CLOSING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '’', '”', '"', "'", '»']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

class Parser {
  private readonly lineStarts: number[] = [];
  private readonly lineEnds: number[] = [];
  private readonly kinds: LineKind[] = [];
  /** Blocks of consecutive non-separator lines: [first, last]. */
  private blocks: [number, number][] = [];
  private readonly blockOf: Int32Array;
  private readonly definitionMatches = new Map<number, RegExpExecArray | null>();
  private readonly kindRegExp: RegExp | null;
  private readonly domainTitles: Set<string>;
  private readonly sessionKinds: string[];
  private readonly kindInitials: Set<number>;

  constructor(
    private readonly text: string,
    options: ParseOptions,
  ) {
    this.splitLines();
    this.blockOf = new Int32Array(this.lineStarts.length).fill(-1);
    this.kindRegExp = kindPattern(options.sessionKinds);
    this.domainTitles = new Set(options.domainTitles.map((t) => collapse(t).toLocaleLowerCase('nl')));
    this.sessionKinds = options.sessionKinds.map((k) => collapse(k));
    this.kindInitials = new Set(this.sessionKinds.map((k) => k.charCodeAt(0)));
  }

  private splitLines(): void {
    const text = this.text;
    const n = text.length;
    let start = 0;
    if (text.indexOf('\r') < 0) {
      // The common case, searched natively: LF line ends only.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
        this.lineStarts.push(start);
        this.lineEnds.push(i);
        start = i + 1;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          this.lineStarts.push(start);
          this.lineEnds.push(i);
          if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
          start = i + 1;
        }
      }
    }
    this.lineStarts.push(start);
    this.lineEnds.push(n);
  }

  /** The line's text; a byte-order mark at the very start reads as white space. */
  private line(i: number): string {
    const s = this.text.slice(this.lineStarts[i], this.lineEnds[i]);
    return i === 0 && s.charCodeAt(0) === 0xfeff ? ' ' + s.slice(1) : s;
  }

  private lineLength(i: number): number {
    return this.lineEnds[i]! - this.lineStarts[i]!;
  }

  /** The column after the line's last non-white-space character. */
  private contentEnd(i: number): number {
    return this.line(i).trimEnd().length;
  }

  private range(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
    return { start: { line: startLine, character: startColumn }, end: { line: endLine, character: endColumn } };
  }

  run(): CouncilDocument {
    const lineCount = this.lineStarts.length;
    this.findBlocks(lineCount);
    const headings = this.decideHeadings(this.findHeadingCandidates());
    const closingStart = this.findClosing(headings);
    const acceptedHeadings = closingStart < 0 ? headings : headings.filter((h) => h.firstLine < closingStart);
    for (const h of acceptedHeadings) {
      this.kinds[h.firstLine] = h.isDomain ? 'domain-heading' : 'session-heading';
      for (let l = h.firstLine + 1; l <= h.lastLine; l++) this.kinds[l] = 'heading-continuation';
    }
    const candidates = this.findReferenceCandidates(lineCount);
    const notes = this.acceptDefinitions(candidates);
    const definitions = notes.map((n) => this.finishNote(n));
    const references = this.acceptReferences(candidates, definitions);
    const firstHeading = acceptedHeadings.length > 0 ? acceptedHeadings[0]!.firstLine : -1;
    const { letterFrame, closing } = this.classifyRest(lineCount, firstHeading, closingStart);
    const trailingNotesStart = this.findTrailingNotes(lineCount);
    const outline = this.buildOutline(acceptedHeadings, lineCount, closingStart, trailingNotesStart, references);
    const domains = outline.filter((n): n is Domain => n.kind === 'domain');
    const sessions: Session[] = [];
    for (const node of outline) {
      if (node.kind === 'domain') for (const session of node.sessions) sessions.push(session);
      else sessions.push(node);
    }
    return {
      lineCount,
      lineKinds: this.kinds,
      outline,
      domains,
      sessions,
      references,
      definitions,
      paragraphs: this.findParagraphs(lineCount),
      letterFrame,
      closing,
      citations: findCitations(this.text, this.lineStarts),
    };
  }

  // ---- 1. lines and blocks

  private findBlocks(lineCount: number): void {
    let blockStart = -1;
    for (let i = 0; i <= lineCount; i++) {
      let kind: LineKind = 'blank';
      if (i < lineCount) {
        const start = this.lineStarts[i]!;
        const length = this.lineEnds[i]! - start;
        const first = length > 0 ? this.text.charCodeAt(start) : 32;
        // Most lines start with a letter: neither blank nor page furniture, no regex needed.
        if (length > 40 && first > 32 && first < 0x7f && !isDigit(first) && first !== 45) kind = 'body';
        else {
          const s = this.line(i);
          if (BLANK.test(s)) kind = 'blank';
          else if (s.length <= 40 && PAGE_FURNITURE.test(s)) kind = 'page-furniture';
          else kind = 'body';
        }
        this.kinds.push(kind);
      }
      if (kind === 'body') {
        if (blockStart < 0) blockStart = i;
        this.blockOf[i] = this.blocks.length;
      } else if (blockStart >= 0) {
        this.blocks.push([blockStart, i - 1]);
        blockStart = -1;
      }
    }
  }

  // ---- 2. headings

  /** Heading candidates per block. A heading line right below another heading (no blank line
   *  between) starts a block of its own, so that "1. Justitie" directly above "1. Diversen"
   *  is still seen as a domain with its first session. */
  private findHeadingCandidates(): (HeadingCandidate | null)[] {
    const blocks: [number, number][] = [];
    const candidates: (HeadingCandidate | null)[] = [];
    for (const [first, last] of this.blocks) {
      let start = first;
      for (;;) {
        const c = this.headingAt(blocks.length, start, last);
        if (c && c.lastLine < last && this.headingAt(blocks.length + 1, c.lastLine + 1, last)) {
          blocks.push([start, c.lastLine]);
          candidates.push(c);
          start = c.lastLine + 1;
          continue;
        }
        blocks.push([start, last]);
        candidates.push(c);
        break;
      }
    }
    if (blocks.length !== this.blocks.length) {
      this.blocks = blocks;
      blocks.forEach(([first, last], b) => this.blockOf.fill(b, first, last + 1));
    }
    return candidates;
  }

  private headingAt(block: number, first: number, last: number): HeadingCandidate | null {
    if (this.lineLength(first) > 300) return null;
    const s = this.line(first);
    const lead = s.trimStart().charCodeAt(0);
    // A heading opens with a number, a roman numeral or a session kind: most lines need no regex.
    if (!isDigit(lead) && !this.kindInitials.has(lead) && lead !== 73 && lead !== 86 && lead !== 88) return null;
    let number: number | null = null;
    let numberText: string | null = null;
    let numeral: Numeral | null = null;
    let numberColumn: number;
    let titleColumn: number;
    let title: string;
    let startsWithKind: boolean;
    const m = NUMBERED_HEADING.exec(s);
    if (m) {
      numberText = m[2]!;
      numberColumn = m[1]!.length;
      if (isDigit(numberText.charCodeAt(0))) {
        numeral = 'arabic';
        number = Number(numberText);
      } else {
        if (!ROMAN.test(numberText)) return null;
        numeral = 'roman';
        number = romanValue(numberText);
      }
      if (number < 1) return null;
      title = m[3]!;
      titleColumn = s.length - title.length;
      if (STARTS_LOWER.test(title) || /^[-•–—*·]/.test(title) || SENTENCE_BREAK.test(title)) return null;
      startsWithKind = this.startsWithKind(title);
    } else {
      const k = this.kindRegExp?.exec(s);
      if (!k) return null;
      // "Werklunch – Terugkeer naar Syrië" on a line of its own, or a bare "Diversen".
      if (k[3] !== undefined && (k[4]!.trim() === '' || STARTS_LOWER.test(k[4]!))) return null;
      numberColumn = k[1]!.length;
      titleColumn = numberColumn;
      title = s.slice(titleColumn);
      startsWithKind = true;
    }
    // Wrapped title lines start with a lower-case letter; the heading ends at a blank line or
    // at a line that starts a sentence.
    let lastLine = first;
    while (lastLine < last && lastLine - first < MAX_CONTINUATION_LINES && STARTS_LOWER.test(this.line(lastLine + 1))) {
      lastLine++;
    }
    if (lastLine < last && STARTS_LOWER.test(this.line(lastLine + 1))) return null; // a numbered paragraph
    // An unnumbered session stands on a line of its own and does not read like a sentence: its
    // title starts with a capital and it does not end in punctuation. A sentence may follow.
    if (number === null && /[.,;:!?]$/.test(this.line(lastLine).trimEnd())) return null;
    const parts = [title];
    for (let l = first + 1; l <= lastLine; l++) parts.push(this.line(l));
    return {
      block,
      firstLine: first,
      lastLine,
      number,
      numberText,
      numeral,
      numberColumn,
      titleColumn,
      title: collapse(parts.join(' ')),
      startsWithKind,
    };
  }

  private startsWithKind(title: string): boolean {
    const t = collapse(title);
    return this.sessionKinds.some(
      (k) => t.startsWith(k) && (t.length === k.length || !/[\p{L}\p{N}]/u.test(t[k.length]!)),
    );
  }

  private isDomainTitle(title: string): boolean {
    return this.domainTitles.has(title.toLocaleLowerCase('nl'));
  }

  private decideHeadings(candidates: (HeadingCandidate | null)[]): (HeadingCandidate & { isDomain: boolean })[] {
    // For each block, the first numbered heading at or after it when only unnumbered sessions
    // stand between: what a domain's sessions start with even if the first has no number.
    const firstNumbered: (HeadingCandidate | null)[] = new Array(candidates.length + 1).fill(null);
    for (let b = candidates.length - 1; b >= 0; b--) {
      const c = candidates[b];
      firstNumbered[b] = c && c.number !== null ? c : firstNumbered[b + 1]!;
    }
    const out: (HeadingCandidate & { isDomain: boolean })[] = [];
    for (let b = 0; b < candidates.length; b++) {
      const c = candidates[b];
      if (!c) continue;
      const next = candidates[b + 1] ?? null;
      // A numbered heading with nothing below it but blank lines and then a heading numbered 1
      // (after any unnumbered sessions) is a domain; so is one with a known domain title
      // directly followed by any heading, and a roman-numbered one followed by a heading or
      // bearing a known title. A title that starts with a session kind is never a domain.
      let isDomain = false;
      if (c.number !== null && !c.startsWithKind) {
        const bare = c.lastLine === this.blocks[c.block]![1];
        const sessionsNext = next !== null && next.numeral !== 'roman';
        const first = sessionsNext ? firstNumbered[b + 1]! : null;
        const opensSessions = bare && first !== null && first.numeral === 'arabic' && first.number === 1;
        const known = this.isDomainTitle(c.title);
        isDomain = opensSessions || (known && bare && next !== null) || (c.numeral === 'roman' && (known || sessionsNext));
      }
      // Roman numerals number domains only; otherwise "C. Jansen" would be heading 100.
      if (c.numeral === 'roman' && !isDomain) continue;
      out.push({ ...c, isDomain });
    }
    return out;
  }

  /** The first line of the closing ("De Minister van ...,"), after the last heading; -1 if none. */
  private findClosing(headings: readonly HeadingCandidate[]): number {
    let lastHeadingLine = -1;
    for (const h of headings) if (h.numeral !== 'roman') lastHeadingLine = h.lastLine;
    for (const [first, last] of this.blocks) {
      if (first <= lastHeadingLine || last - first > 3) continue;
      if (CLOSING.test(this.line(first))) return first;
    }
    return -1;
  }

  // ---- 3. reference candidates

  /** One native regex pass over the whole text finds the digit runs; each is then judged by
   *  its neighbours within its line. Most lines hold no digits and cost nothing more. */
  private findReferenceCandidates(lineCount: number): ReferenceCandidate[] {
    const out: ReferenceCandidate[] = [];
    const text = this.text;
    let line = 0;
    let urlLine = -1;
    let urls: [number, number][] | null = null;
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      while (line < lineCount - 1 && this.lineEnds[line]! < start) line++;
      const kind = this.kinds[line];
      if (kind === 'blank' || kind === 'page-furniture') continue;
      const lineStart = this.lineStarts[line]!;
      const lineEnd = this.lineEnds[line]!;
      if (end - start > 3 || start === lineStart) continue;
      // After the number: white space, the end of the line, or closing punctuation that does
      // not go on into another number (3,8 or 150.000).
      if (end < lineEnd) {
        const after = text[end]!;
        if (!/\s/.test(after)) {
          if (!CLOSING_PUNCTUATION.has(after)) continue;
          if (end + 1 < lineEnd && isDigit(text.charCodeAt(end + 1))) continue;
        }
      }
      // Before the number: a word, or closing punctuation after a word, a bracket or a quote
      // ("(Kamerstuk 32317, nr. 984).1"), or a sentence ending in a year ("in 2026.1"), but not
      // a decimal or a thousands separator (3,8 or 150.000 or 2.5).
      let p = start - 1;
      let bracketOrQuote = false;
      while (p >= lineStart && CLOSING_PUNCTUATION.has(text[p]!)) {
        if (!'.,;:!?'.includes(text[p]!)) bracketOrQuote = true;
        p--;
      }
      if (p < lineStart) continue;
      if (!isLetter(text[p]!)) {
        if (!isDigit(text.charCodeAt(p)) || p === start - 1) continue;
        if (!bracketOrQuote) {
          if (text[start - 1] !== '.' || p !== start - 2 || end - start > 2) continue;
          let q = p;
          while (q >= lineStart && isDigit(text.charCodeAt(q))) q--;
          if (p - q < 3) continue;
        }
      }
      let strong = p < start - 1;
      if (!strong) {
        // Glued straight to a word: EU27 and COP30 are names, Luxemburg1 is a reference.
        for (let w = p; w >= lineStart && isLetter(text[w]!); w--) {
          if (text[w] !== text[w]!.toLocaleUpperCase('nl')) {
            strong = true;
            break;
          }
        }
      }
      if (urlLine !== line) {
        urlLine = line;
        urls = null;
        const s = this.line(line);
        if (s.includes('://') || s.includes('www.')) {
          urls = [];
          for (const u of s.matchAll(URL)) urls.push([lineStart + u.index, lineStart + u.index + u[0].length]);
        }
      }
      if (urls && urls.some(([a, b]) => start >= a && start < b)) continue;
      const number = Number(m[0]);
      if (number < 1) continue;
      out.push({ line, column: start - lineStart, length: end - start, number, strong });
    }
    return out;
  }

  // ---- 4. definitions

  /** The line read as a definition ("3 Note text"), if it is a body line of that shape. */
  private definitionAt(line: number): RegExpExecArray | null {
    if (this.kinds[line] !== 'body') return null; // headings, blanks, furniture are not notes
    let m = this.definitionMatches.get(line);
    if (m === undefined) {
      m = DEFINITION.exec(this.line(line));
      if (m && Number(m[2]) < 1) m = null;
      this.definitionMatches.set(line, m);
    }
    return m;
  }

  private acceptDefinitions(candidates: readonly ReferenceCandidate[]): NoteBuilder[] {
    const referenced = new Set<number>();
    for (const c of candidates) if (c.strong && !this.definitionAt(c.line)) referenced.add(c.number);

    // Blocks from trailingFrom on all open with a definition line: the notes at the end.
    let trailingFrom = this.blocks.length;
    while (trailingFrom > 0 && this.definitionAt(this.blocks[trailingFrom - 1]![0])) trailingFrom--;

    const notes: NoteBuilder[] = [];
    let maxDefined = 0;
    let open: NoteBuilder | null = null; // the last note, while its text ends mid-sentence
    const fits = (n: number, afterNote: NoteBuilder | null, trailing: boolean): boolean =>
      referenced.has(n) ||
      // in a run of notes, the same number again or one of the next two (a note left out)
      (afterNote !== null && n >= afterNote.number && n <= afterNote.number + 2) ||
      (trailing && n === maxDefined + 1);

    const startNote = (line: number, m: RegExpExecArray): NoteBuilder => {
      const column = m[1]!.length;
      const number = Number(m[2]);
      const note: NoteBuilder = {
        number,
        numberRange: this.range(line, column, line, column + m[2]!.length),
        parts: [{ first: line, last: line, column }],
        texts: [m[3]!],
      };
      this.kinds[line] = 'footnote-definition';
      notes.push(note);
      maxDefined = Math.max(maxDefined, number);
      return note;
    };
    const continueNote = (note: NoteBuilder, line: number, newPart: boolean): void => {
      if (newPart) note.parts.push({ first: line, last: line, column: this.line(line).length - this.line(line).trimStart().length });
      else note.parts[note.parts.length - 1]!.last = line;
      note.texts.push(this.line(line));
      this.kinds[line] = 'footnote-continuation';
    };
    // A run of notes from `from` to the block's end: each line a new note or the current one's.
    const runOfNotes = (note: NoteBuilder, from: number, last: number): NoteBuilder => {
      for (let l = from; l <= last; l++) {
        const m = this.definitionAt(l);
        if (m && fits(Number(m[2]), note, false)) note = startNote(l, m);
        else continueNote(note, l, false);
      }
      return note;
    };

    for (let b = 0; b < this.blocks.length; b++) {
      const [first, last] = this.blocks[b]!;
      if (this.kinds[first] !== 'body') continue; // a heading block
      const m = this.definitionAt(first);
      if (m && fits(Number(m[2]), null, b >= trailingFrom)) {
        const note = runOfNotes(startNote(first, m), first + 1, last);
        open = isOpen(note) ? note : null;
        continue;
      }
      if (open === null) continue;
      // The tail of a note at the bottom of the next page: a few unnumbered lines right before
      // the next definition, or the last lines of the document.
      let def = -1;
      for (let l = first + 1; l <= last && l - first <= MAX_PAGE_CONTINUATION_LINES; l++) {
        const d = this.definitionAt(l);
        if (d) {
          if (fits(Number(d[2]), open, false)) def = l;
          break;
        }
      }
      const lastBlock = b === this.blocks.length - 1;
      if (def < 0 && !(lastBlock && last - first < 3 && STARTS_LOWER.test(this.line(first)))) continue;
      const note: NoteBuilder = open;
      continueNote(note, first, true);
      const tailEnd = def < 0 ? last : def - 1;
      for (let l = first + 1; l <= tailEnd; l++) continueNote(note, l, false);
      if (def >= 0) {
        const next = runOfNotes(startNote(def, this.definitionAt(def)!), def + 1, last);
        open = isOpen(next) ? next : null;
      } else {
        open = isOpen(note) ? note : null;
      }
    }
    return notes;
  }

  private finishNote(note: NoteBuilder): FootnoteDefinition {
    return {
      number: note.number,
      numberRange: note.numberRange,
      parts: note.parts.map((p) => this.range(p.first, p.column, p.last, this.contentEnd(p.last))),
      text: collapse(note.texts.join(' ')),
    };
  }

  // ---- 5. references

  private acceptReferences(candidates: readonly ReferenceCandidate[], definitions: readonly FootnoteDefinition[]): FootnoteReference[] {
    const defined = new Set(definitions.map((d) => d.number));
    let highest = 0;
    const out: FootnoteReference[] = [];
    for (const c of candidates) {
      const kind = this.kinds[c.line];
      if (kind === 'footnote-definition' || kind === 'footnote-continuation') continue;
      // Strong: defined, or within the sequence so far (the next number, a repeat, or a number
      // the sequence skipped). Weak (after capitals): defined and exactly the next number.
      const ok = c.strong ? defined.has(c.number) || c.number <= highest + 1 : defined.has(c.number) && c.number === highest + 1;
      if (!ok) continue;
      highest = Math.max(highest, c.number);
      out.push({ number: c.number, range: this.range(c.line, c.column, c.line, c.column + c.length) });
    }
    return out;
  }

  // ---- 6. the rest of the lines, paragraphs and sections

  private classifyRest(lineCount: number, firstHeading: number, closingStart: number): { letterFrame: Range | null; closing: Range | null } {
    // The letter frame runs from the top to the first heading; without headings, to the
    // salutation's paragraph.
    let frameEnd = firstHeading - 1;
    if (firstHeading < 0) {
      frameEnd = -1;
      for (let i = 0; i < lineCount && i < 60; i++) {
        if (this.kinds[i] === 'body' && SALUTATION.test(this.line(i))) {
          frameEnd = i;
          break;
        }
      }
    }
    let letterFrame: Range | null = null;
    let lastFrame = -1;
    let firstFrame = -1;
    for (let i = 0; i <= frameEnd; i++) {
      if (this.kinds[i] !== 'body') continue;
      this.kinds[i] = 'frame';
      if (firstFrame < 0) firstFrame = i;
      lastFrame = i;
    }
    if (firstFrame >= 0) letterFrame = this.range(firstFrame, 0, lastFrame, this.contentEnd(lastFrame));

    let closing: Range | null = null;
    if (closingStart >= 0) {
      // The closing line and the signature blocks after it: short lines, no notes.
      let end = closingStart;
      for (let b = this.blockOf[closingStart]!; b < this.blocks.length; b++) {
        const [first, last] = this.blocks[b]!;
        if (last - first > 3) break;
        let signature = true;
        for (let l = first; l <= last; l++) {
          if (this.kinds[l] !== 'body' || this.lineLength(l) > 80) signature = false;
        }
        if (!signature) break;
        for (let l = first; l <= last; l++) this.kinds[l] = 'closing';
        end = last;
      }
      closing = this.range(closingStart, 0, end, this.contentEnd(end));
    }
    return { letterFrame, closing };
  }

  /** The first line of the notes that end the document (after the last body text); lineCount if none. */
  private findTrailingNotes(lineCount: number): number {
    let start = lineCount;
    for (let i = lineCount - 1; i >= 0; i--) {
      const k = this.kinds[i];
      if (k === 'footnote-definition' || k === 'footnote-continuation') start = i;
      else if (k !== 'blank' && k !== 'page-furniture') break;
    }
    return start;
  }

  private findParagraphs(lineCount: number): Range[] {
    const out: Range[] = [];
    let start = -1;
    for (let i = 0; i <= lineCount; i++) {
      const body = i < lineCount && this.kinds[i] === 'body';
      if (body && start < 0) start = i;
      if (!body && start >= 0) {
        out.push(this.range(start, 0, i - 1, this.contentEnd(i - 1)));
        start = -1;
      }
    }
    return out;
  }

  private buildOutline(
    headings: readonly (HeadingCandidate & { isDomain: boolean })[],
    lineCount: number,
    closingStart: number,
    trailingNotesStart: number,
    references: readonly FootnoteReference[],
  ): OutlineNode[] {
    // A footnote reference in a heading is not part of its title ("Werklunch – Syrië4").
    const referencesOn = new Map<number, FootnoteReference[]>();
    for (const r of references) {
      const line = r.range.start.line;
      if (this.kinds[line] !== 'body' && this.kinds[line] !== 'frame') {
        const list = referencesOn.get(line);
        if (list) list.push(r);
        else referencesOn.set(line, [r]);
      }
    }
    const titleOf = (h: HeadingCandidate): string => {
      let touched = false;
      for (let l = h.firstLine; l <= h.lastLine; l++) if (referencesOn.has(l)) touched = true;
      if (!touched) return h.title;
      const parts: string[] = [];
      for (let l = h.firstLine; l <= h.lastLine; l++) {
        let s = this.line(l);
        if (l === h.firstLine) s = ' '.repeat(h.titleColumn) + s.slice(h.titleColumn);
        const refs = referencesOn.get(l) ?? [];
        for (let i = refs.length - 1; i >= 0; i--) {
          const { start, end } = refs[i]!.range;
          s = s.slice(0, start.character) + s.slice(end.character);
        }
        parts.push(s);
      }
      return collapse(parts.join(' '));
    };
    let limit = lineCount;
    if (closingStart >= 0) limit = Math.min(limit, closingStart);
    limit = Math.min(limit, trailingNotesStart);
    // The section ends at the last content line before `boundary`.
    const sectionEnd = (from: number, boundary: number): Range => {
      let end = Math.min(boundary, limit) - 1;
      while (end > from && (this.kinds[end] === 'blank' || this.kinds[end] === 'page-furniture')) end--;
      if (end < from) end = from;
      return this.range(from, 0, end, this.contentEnd(end));
    };
    const toHeading = (h: HeadingCandidate): Heading => ({
      number: h.number,
      numberText: h.numberText,
      numeral: h.numeral,
      title: titleOf(h),
      numberRange: h.numberText === null ? null : this.range(h.firstLine, h.numberColumn, h.firstLine, h.numberColumn + h.numberText.length),
      range: this.range(h.firstLine, h.numberColumn, h.lastLine, this.contentEnd(h.lastLine)),
    });

    const outline: OutlineNode[] = [];
    let domain: { heading: Heading; first: number; sessions: Session[] } | null = null;
    const closeDomain = (boundary: number): void => {
      if (!domain) return;
      outline.push({ kind: 'domain', heading: domain.heading, range: sectionEnd(domain.first, boundary), sessions: domain.sessions });
      domain = null;
    };
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i]!;
      const nextLine = i + 1 < headings.length ? headings[i + 1]!.firstLine : lineCount;
      if (h.isDomain) {
        closeDomain(h.firstLine);
        domain = { heading: toHeading(h), first: h.firstLine, sessions: [] };
        continue;
      }
      const session: Session = { kind: 'session', heading: toHeading(h), range: sectionEnd(h.firstLine, nextLine) };
      if (domain) domain.sessions.push(session);
      else outline.push(session);
    }
    closeDomain(lineCount);
    return outline;
  }
}

/** A note whose text stops mid-sentence may go on at the bottom of the next page. */
function isOpen(note: NoteBuilder): boolean {
  const text = note.texts[note.texts.length - 1]!.trimEnd();
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  if (/[/:]/.test(lastWord) && /\.\p{L}/u.test(lastWord)) return false; // ends with an address
  return /[\p{Ll},;\-–(]$/u.test(text);
}

