// What can be known about a line from its own text: its kind, whether it could open a heading or
// a footnote definition, its footnote reference candidates. These facts are a function of the
// line's text and the parse options only, so a line that has not changed since the previous
// version of a document keeps its facts: the parser looks them up instead of scanning again
// (see ParseCache), and the rest of the parse works from the facts and a few counters.

import type { CouncilDocument, Numeral } from './model';
import type { ParseOptions } from './options';

export interface HeadingMatch {
  /** Null for an unnumbered session ("Werklunch – ..."). */
  readonly number: number | null;
  readonly numberText: string | null;
  readonly numeral: Numeral | null;
  readonly numberColumn: number;
  readonly titleColumn: number;
  /** The rest of the line from the title on, as written. */
  readonly title: string;
  /** The title starts with a session kind ("Werklunch", ...). */
  readonly startsWithKind: boolean;
}

export interface DefinitionMatch {
  readonly column: number;
  readonly digits: number;
  readonly number: number;
  readonly textColumn: number;
}

export interface CandidateMatch {
  readonly column: number;
  readonly length: number;
  readonly number: number;
  /** Glued to a lower-case word or to closing punctuation (strong) rather than to a run of
   *  capitals such as EU27 or COP30 (weak: a name unless the note fits exactly there). */
  readonly strong: boolean;
}

export interface LineFacts {
  readonly kind: 'blank' | 'page-furniture' | 'body';
  /** The column after the last non-white-space character; -1 when that is the line's end.
   *  (Most lines end in text: their facts are then shared, one object for each shape.) */
  readonly contentEnd: number;
  readonly startsLower: boolean;
  /** Ends in . , ; : ! or ? (a heading does not). */
  readonly endsInPunctuation: boolean;
  /** The line read as the first line of a heading, if it has that shape. */
  readonly heading: HeadingMatch | null;
  /** The line read as a footnote definition ("3 Note text"), if it has that shape. */
  readonly definition: DefinitionMatch | null;
  /** A closing formula: "De Minister van ...,", "Hoogachtend,". */
  readonly closing: boolean;
  readonly salutation: boolean;
  readonly candidates: readonly CandidateMatch[];
}

// A page number, "- 2 -", "Pagina 2 van 5": page furniture copied from a PDF.
const PAGE_FURNITURE = /^\s*(?:\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|(?:pagina|blad|page)\s+\d{1,4}(?:\s+(?:van|of)\s+\d{1,4})?)\s*$/i;
// "1. Title", " 1. Title", "II.\tTitle", "3.\u00a0Title". The s flag throughout: a line may hold
// U+2028 or U+2029, which an editor does not break lines at but `.` would not match.
const NUMBERED_HEADING = /^(\uFEFF?[ \t\u00A0]{0,3})(\d{1,2}|[IVX]{1,6})\.[ \t\u00A0]+(\S.*)$/s;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
// A footnote definition line: number, white space, note text.
const DEFINITION = /^(\uFEFF?[ \t\u00A0]{0,3})(\d{1,3})[ \t\u00A0]+(\S.*)$/s;
// Two sentences in one line: a numbered paragraph, not a heading.
const SENTENCE_BREAK = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;
const STARTS_LOWER = /^[\s\u00A0]*\p{Ll}/u;
const CLOSING = /^\uFEFF?[ \t\u00A0]{0,3}(?:(?:De|de|Namens de)\s+(?:[Mm]inister|[Ss]taatssecretaris)\b.*,|Hoogachtend,?|Met\s+(?:vriendelijke|hoogachtende)\s+groet(?:en)?,?)\s*$/s;
const SALUTATION = /^\s*(?:Geachte|Zeer geachte)\b/;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
// A run of at most three digits right after something other than white space: the only runs
// that can be references. Matched one character early (a lookbehind is four times slower).
const GLUED_NUMBER = /[^\s\d]\d{1,3}(?!\d)/g;
const LETTER = /\p{L}/u;
const WHITE_SPACE_RUN = /[\s\u00A0\uFEFF]+/g;
/** . , ; : ! ? ) ] ’ ” " ' » */
function isClosingPunctuation(c: number): boolean {
  return isSentencePunctuation(c) || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 34 || c === 39 || c === 0xbb;
}

/** . , ; : ! ? */
function isSentencePunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}
const NO_CANDIDATES: readonly CandidateMatch[] = Object.freeze([]);

/** White space runs collapsed to one space, trimmed. Most titles and notes need no change,
 *  which a loop over the characters finds faster than a pattern with anchors in it. */
export function collapse(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  let needed = s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32;
  for (let i = 0; i < n && !needed; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) needed = i + 1 < n && s.charCodeAt(i + 1) === 32;
    else if (isWhiteSpace(c)) needed = true;
  }
  return needed ? s.replace(WHITE_SPACE_RUN, ' ').trim() : s;
}

/** Every LineFacts is made here, so that all have one shape (hidden class): the passes read
 *  facts in loops over every line, and reads from objects of mixed shapes are several times
 *  slower. Not frozen for the same reason; nothing writes to facts. */
function lineFacts(
  kind: LineFacts['kind'],
  contentEnd: number,
  startsLower: boolean,
  endsInPunctuation: boolean,
  heading: HeadingMatch | null,
  definition: DefinitionMatch | null,
  closing: boolean,
  salutation: boolean,
  candidates: readonly CandidateMatch[],
): LineFacts {
  return { kind, contentEnd, startsLower, endsInPunctuation, heading, definition, closing, salutation, candidates };
}

const BLANK_FACTS = lineFacts('blank', 0, false, false, null, null, false, false, NO_CANDIDATES);
/** A line of plain text that ends in text, by whether it starts lower-case and ends in
 *  punctuation: most lines of a report, and no object needs to be made for them. */
const PLAIN_FACTS = [
  lineFacts('body', -1, false, false, null, null, false, false, NO_CANDIDATES),
  lineFacts('body', -1, false, true, null, null, false, false, NO_CANDIDATES),
  lineFacts('body', -1, true, false, null, null, false, false, NO_CANDIDATES),
  lineFacts('body', -1, true, true, null, null, false, false, NO_CANDIDATES),
] as const;

/** Exactly what \s matches (and trim() removes): white space, line terminators, U+FEFF. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A cheap test before SENTENCE_BREAK, whose \p{Ll} is tried at every position. */
function hasSentenceEnd(s: string): boolean {
  return s.includes('.') || s.includes('?') || s.includes('!');
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && LETTER.test(ch);
}

function isLowerCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase();
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

/** Scans lines for one set of parse options; built once per options object. */
export class LineScanner {
  private readonly kindRegExp: RegExp | null;
  private readonly kindInitials: Set<number>;
  /** The first word of each session kind: a line that starts with none of them is not one. */
  private readonly kindFirstWords: readonly string[];
  readonly sessionKinds: readonly string[];
  readonly domainTitles: ReadonlySet<string>;

  private constructor(options: ParseOptions) {
    this.sessionKinds = options.sessionKinds.map(collapse).filter((k) => k.length > 0);
    this.kindInitials = new Set(this.sessionKinds.map((k) => k.charCodeAt(0)));
    this.kindFirstWords = [...new Set(this.sessionKinds.map((k) => k.split(' ')[0]!))];
    // toLowerCase: Dutch has no case mappings of its own, and the locale-aware call is ten times slower.
    this.domainTitles = new Set(options.domainTitles.map((t) => collapse(t).toLowerCase()));
    const words = [...this.sessionKinds].sort((a, b) => b.length - a.length).map((k) => k.split(' ').map(escapeRegExp).join('[ \\t\\u00A0]+'));
    // kind [roman numeral] [separator title]
    this.kindRegExp =
      words.length === 0
        ? null
        : new RegExp(
            `^(\\uFEFF?[ \\t\\u00A0]{0,3})((?:${words.join('|')})(?:[ \\t\\u00A0]+[IVX]{1,6})?)(?![\\p{L}\\p{N}])(?:[ \\t\\u00A0]*([-–—:])[ \\t\\u00A0]*(.*))?$`,
            'su',
          );
  }

  private static readonly scanners = new WeakMap<ParseOptions, LineScanner>();

  static for(options: ParseOptions): LineScanner {
    let scanner = LineScanner.scanners.get(options);
    if (!scanner) {
      scanner = new LineScanner(options);
      LineScanner.scanners.set(options, scanner);
    }
    return scanner;
  }

  isDomainTitle(title: string): boolean {
    return this.domainTitles.has(title.toLowerCase());
  }

  /** `glued`: the glued numbers of the whole text, found in one pass, with the offset at which
   *  this line starts; without it the line is searched itself. */
  scan(s: string, glued: GluedNumbers | null = null, lineStart = 0): LineFacts {
    // Char-code loops rather than trim() and a regex: this runs once for every line.
    const n = s.length;
    let lo = 0;
    while (lo < n && isWhiteSpace(s.charCodeAt(lo))) lo++;
    if (lo === n) return BLANK_FACTS;
    let hi = n;
    while (isWhiteSpace(s.charCodeAt(hi - 1))) hi--;
    const lead = s.charCodeAt(lo);
    const last = s.charCodeAt(hi - 1);
    if (n <= 40 && (isDigit(lead) || lead === 45 || lead === 0x2013 || lead === 0x2014 || (lead | 32) === 112 || (lead | 32) === 98) && PAGE_FURNITURE.test(s)) {
      return lineFacts('page-furniture', hi, false, false, null, null, false, false, NO_CANDIDATES);
    }
    const startsLower = lead >= 97 && lead <= 122 ? true : lead < 128 ? false : STARTS_LOWER.test(s);
    const endsInPunctuation = last === 46 || last === 44 || last === 59 || last === 58 || last === 33 || last === 63;
    const heading = n <= 300 ? this.headingMatch(s, lo, lead) : null;
    const definition = isDigit(lead) ? definitionMatch(s) : null;
    const closing = (lead === 68 || lead === 100 || lead === 78 || lead === 72 || lead === 77) && CLOSING.test(s);
    const salutation = (lead === 71 || lead === 90) && SALUTATION.test(s);
    const candidates = referenceCandidates(s, glued, lineStart);
    if (hi === n && heading === null && definition === null && !closing && !salutation && candidates === NO_CANDIDATES) {
      return PLAIN_FACTS[(startsLower ? 2 : 0) + (endsInPunctuation ? 1 : 0)];
    }
    return lineFacts('body', hi === n ? -1 : hi, startsLower, endsInPunctuation, heading, definition, closing, salutation, candidates);
  }

  private headingMatch(s: string, lo: number, lead: number): HeadingMatch | null {
    // A heading opens with a number, a roman numeral or a session kind.
    const numbered = isDigit(lead) || lead === 73 || lead === 86 || lead === 88;
    if (!numbered && !this.kindInitials.has(lead)) return null;
    const m = numbered ? NUMBERED_HEADING.exec(s) : null;
    if (m) {
      const numberText = m[2]!;
      let numeral: Numeral;
      let number: number;
      if (isDigit(numberText.charCodeAt(0))) {
        numeral = 'arabic';
        number = Number(numberText);
      } else {
        if (!ROMAN.test(numberText)) return null;
        numeral = 'roman';
        number = romanValue(numberText);
      }
      if (number < 1) return null;
      const title = m[3]!;
      if (STARTS_LOWER.test(title) || /^[-•–—*·]/.test(title) || (hasSentenceEnd(title) && SENTENCE_BREAK.test(title))) return null;
      return { number, numberText, numeral, numberColumn: m[1]!.length, titleColumn: s.length - title.length, title, startsWithKind: this.startsWithKind(title) };
    }
    // Many sentences start with the initial of a kind ("De" and "Diner"): a word test first.
    if (!this.kindFirstWords.some((w) => s.startsWith(w, lo))) return null;
    const k = this.kindRegExp?.exec(s);
    if (!k) return null;
    // "Werklunch – Terugkeer naar Syrië" on a line of its own, or a bare "Diversen".
    if (k[3] !== undefined && (k[4]!.trim() === '' || STARTS_LOWER.test(k[4]!))) return null;
    const column = k[1]!.length;
    return { number: null, numberText: null, numeral: null, numberColumn: column, titleColumn: column, title: s.slice(column), startsWithKind: true };
  }

  private startsWithKind(title: string): boolean {
    if (!this.kindFirstWords.some((w) => title.startsWith(w))) return false;
    const t = collapse(title);
    return this.sessionKinds.some((k) => t.startsWith(k) && (t.length === k.length || !/[\p{L}\p{N}]/u.test(t[k.length]!)));
  }
}

function definitionMatch(s: string): DefinitionMatch | null {
  const m = DEFINITION.exec(s);
  if (!m) return null;
  const number = Number(m[2]);
  if (number < 1) return null;
  return { column: m[1]!.length, digits: m[2]!.length, number, textColumn: s.length - m[3]!.length };
}

/**
 * The runs of at most three digits glued to something in a whole text, found with one search
 * instead of one per line (which costs more in starting the search than in searching): their
 * starts and ends as offsets in the text, in order, and how far the scan of the lines has got.
 * A match never spans lines: the character before the digits is not white space.
 */
export class GluedNumbers {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  next = 0;

  constructor(text: string) {
    GLUED_NUMBER.lastIndex = 0;
    for (let m = GLUED_NUMBER.exec(text); m !== null; m = GLUED_NUMBER.exec(text)) {
      this.starts.push(m.index + 1);
      this.ends.push(m.index + m[0].length);
    }
  }
}

/** Numbers glued to a word or to closing punctuation, judged by their neighbours in the line. */
function referenceCandidates(s: string, glued: GluedNumbers | null, lineStart: number): readonly CandidateMatch[] {
  let out: CandidateMatch[] | null = null;
  let urls: [number, number][] | null = null;
  let url = 0;
  const n = s.length;
  if (glued === null) GLUED_NUMBER.lastIndex = 0;
  else {
    while (glued.next < glued.starts.length && glued.starts[glued.next]! < lineStart) glued.next++;
    if (glued.next >= glued.starts.length || glued.starts[glued.next]! >= lineStart + n) return NO_CANDIDATES;
  }
  for (;;) {
    let start: number;
    let end: number;
    if (glued === null) {
      const m = GLUED_NUMBER.exec(s);
      if (m === null) break;
      start = m.index + 1;
      end = m.index + m[0].length;
    } else {
      const k = glued.next;
      if (k >= glued.starts.length || glued.starts[k]! >= lineStart + n) break;
      glued.next++;
      start = glued.starts[k]! - lineStart;
      end = glued.ends[k]! - lineStart;
    }
    // After the number: white space, the end of the line, or closing punctuation that does
    // not go on into another number (3,8 or 150.000).
    if (end < n) {
      const after = s.charCodeAt(end);
      if (!isWhiteSpace(after)) {
        if (!isClosingPunctuation(after)) continue;
        if (end + 1 < n && isDigit(s.charCodeAt(end + 1))) continue;
      }
    }
    // Before the number: a word, or closing punctuation after a word, a bracket or a quote
    // ("(Kamerstuk 32317, nr. 984).1"), or a sentence ending in a year ("in 2026.1"), but not
    // a decimal or a thousands separator (3,8 or 150.000 or 2.5).
    let p = start - 1;
    let bracketOrQuote = false;
    while (p >= 0 && isClosingPunctuation(s.charCodeAt(p))) {
      if (!isSentencePunctuation(s.charCodeAt(p))) bracketOrQuote = true;
      p--;
    }
    if (p < 0) continue;
    if (!isLetter(s[p]!)) {
      if (!isDigit(s.charCodeAt(p)) || p === start - 1) continue;
      if (!bracketOrQuote) {
        if (s.charCodeAt(start - 1) !== 46 || p !== start - 2 || end - start > 2) continue;
        let q = p;
        while (q >= 0 && isDigit(s.charCodeAt(q))) q--;
        if (p - q < 3) continue;
      }
    }
    let strong = p < start - 1;
    if (!strong) {
      // Glued straight to a word: EU27 and COP30 are names, Luxemburg1 is a reference.
      for (let w = p; w >= 0 && isLetter(s[w]!); w--) {
        if (isLowerCase(s[w]!)) {
          strong = true;
          break;
        }
      }
    }
    if (urls === null) {
      urls = [];
      if (s.includes('://') || s.includes('www.')) for (const u of s.matchAll(URL)) urls.push([u.index, u.index + u[0].length]);
    }
    // Digits inside a web address are part of it. Both come in text order: one pass.
    while (url < urls.length && urls[url]![1] <= start) url++;
    if (url < urls.length && urls[url]![0] <= start) continue;
    let number = 0;
    for (let i = start; i < end; i++) number = number * 10 + s.charCodeAt(i) - 48;
    if (number < 1) continue;
    (out ??= []).push({ column: start, length: end - start, number, strong });
  }
  return out ?? NO_CANDIDATES;
}

/** Lines that an editor changes in place, edit by edit, and that say which lines an edit
 *  replaced (see LineDocument). */
export interface EditedLines {
  /** Changed in place by the next edit. */
  readonly lines: readonly string[];
  /** Counts the edits. */
  readonly edits: number;
  /** The lines that differ from those after edit `edits`: lines start..end now stand where
   *  lines start..end - delta stood. Null when that is no longer known. */
  changedSince(edits: number): LineChanges | null;
}

export interface LineChanges {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

/** Merges a change into the changes before it; each in the numbering of the text it applies
 *  to: lines start..oldEnd became lines start..newEnd. */
export function mergeChange(before: LineChanges | null, start: number, oldEnd: number, newEnd: number): LineChanges {
  const d = newEnd - oldEnd;
  if (before === null) return { start, end: newEnd, delta: d };
  // Where the earlier changed lines' last line is now.
  const end = before.end < start ? before.end : before.end <= oldEnd ? newEnd : before.end + d;
  return { start: Math.min(before.start, start), end: Math.max(end, newEnd), delta: before.delta + d };
}

/**
 * The line facts of the previous version of a document. An editor keeps one per document and
 * passes it to every parse of that document: a line whose text is as in the previous version
 * keeps its facts and is not scanned again. The result is always the same as a parse without
 * the cache.
 *
 * Which lines changed is told by the lines themselves when they are EditedLines (an editor's
 * document, which knows what each edit replaced); the facts array is then updated in place
 * when the line count stays, so a keystroke allocates nothing in proportion to the document.
 * Plain lines are compared with the previous version's from both ends (one pointer test per
 * line where the strings are the same).
 */
export class ParseCache {
  /** The lines of the previous version, when they were plain lines (never changed in place). */
  private lines: readonly string[] | null = null;
  /** The edit count of the previous version, when its lines were EditedLines. */
  private edits: number | null = null;
  private facts: LineFacts[] | null = null;
  private options: ParseOptions | null = null;
  private document: CouncilDocument | null = null;
  /** The parser's own record of the previous version's blocks and headings. */
  private structure: unknown = null;

  /** @internal For the parser: what can be taken over from the previous version. */
  begin(lines: readonly string[], options: ParseOptions, edited: EditedLines | null): ParseMemo {
    const oldFacts = this.facts;
    const n = lines.length;
    const document = this.document;
    const structure = this.structure;
    const usable = oldFacts !== null && this.options === options;
    // Lent to this parse: if it is given up half-way, the next one starts afresh.
    this.facts = null;
    this.document = null;
    this.structure = null;
    const changes = usable && edited !== null && this.edits !== null ? edited.changedSince(this.edits) : null;
    if (changes !== null && oldFacts!.length + changes.delta === n && changes.start >= 0 && changes.end < n) {
      const start = changes.start;
      const end = changes.end;
      const inPlace = changes.delta === 0;
      // The facts the changed lines had, for the structure test after the scan.
      const before = inPlace ? oldFacts!.slice(start, end + 1) : null;
      return this.memo(lines, options, edited, {
        head: start,
        tail: n - 1 - end,
        same: () => false,
        oldFacts: oldFacts!,
        inPlace,
        previous: before !== null && document !== null ? { factsBefore: (i) => before[i - start]!, document, structure } : null,
        changed: inPlace ? { start, end } : null,
        shifted: inPlace || structure === null ? null : { start, oldEnd: end - changes.delta, newEnd: end, oldFacts: oldFacts!, structure },
      });
    }
    const old = this.lines;
    if (!usable || edited !== null || old === null) {
      return this.memo(lines, options, edited, { head: 0, tail: 0, same: () => false, oldFacts: [], inPlace: false, previous: null, changed: null, shifted: null });
    }
    const m = old.length;
    const limit = Math.min(n, m);
    let head = 0;
    while (head < limit && lines[head] === old[head]) head++;
    let tail = 0;
    while (tail < limit - head && lines[n - 1 - tail] === old[m - 1 - tail]) tail++;
    const sameCount = n === m;
    const facts = oldFacts!;
    return this.memo(lines, options, edited, {
      head,
      tail,
      // Between the first and the last changed line, with as many lines as before, a line may
      // still be as it was (two edits far apart).
      same: (i) => sameCount && lines[i] === old[i],
      oldFacts: facts,
      inPlace: false,
      previous: sameCount && document !== null ? { factsBefore: (i) => facts[i]!, document, structure } : null,
      changed: sameCount ? { start: head, end: n - 1 - tail } : null,
      shifted: sameCount || structure === null ? null : { start: head, oldEnd: m - 1 - tail, newEnd: n - 1 - tail, oldFacts: facts, structure },
    });
  }

  private memo(
    lines: readonly string[],
    options: ParseOptions,
    edited: EditedLines | null,
    reuse: Pick<ParseMemo, 'head' | 'tail' | 'oldFacts' | 'inPlace' | 'previous' | 'shifted'> & {
      same: (i: number) => boolean;
      changed: ParseMemo['changedLines'];
    },
  ): ParseMemo {
    const edits = edited?.edits ?? null;
    return {
      head: reuse.head,
      tail: reuse.tail,
      oldFacts: reuse.oldFacts,
      inPlace: reuse.inPlace,
      reusable: reuse.same,
      changedLines: reuse.changed,
      previous: reuse.previous,
      shifted: reuse.shifted,
      end: (facts) => {
        this.lines = edited === null ? lines : null;
        this.edits = edits;
        this.facts = facts;
        this.options = options;
        this.document = null;
        this.structure = null;
      },
      keep: (document, structure) => {
        this.document = document;
        this.structure = structure;
      },
    };
  }
}

/** What a parse gets from the cache. @internal */
export interface ParseMemo {
  /** The first `head` lines and the last `tail` lines are as in the previous version, whose
   *  facts are `oldFacts` (the last `tail` of them belong to the last `tail` lines). */
  readonly head: number;
  readonly tail: number;
  readonly oldFacts: LineFacts[];
  /** `oldFacts` has one entry per line and is the parse's to update in place. */
  readonly inPlace: boolean;
  /** Whether line i, between those, is as it was at the same index. */
  reusable(i: number): boolean;
  /** When the line count is unchanged: the lines that differ lie in start..end (an empty range
   *  when none does); every other line is as it was. */
  readonly changedLines: { readonly start: number; readonly end: number } | null;
  /** With changedLines: the previous version's facts of a changed line, and its document. */
  readonly previous: { readonly factsBefore: (line: number) => LineFacts; readonly document: CouncilDocument; readonly structure: unknown } | null;
  end(facts: LineFacts[]): void;
  /** When lines were added or removed: the previous version's lines start..oldEnd became lines
   *  start..newEnd (either may be empty), with the previous facts and the parser's record. */
  readonly shifted: {
    readonly start: number;
    readonly oldEnd: number;
    readonly newEnd: number;
    readonly oldFacts: readonly LineFacts[];
    readonly structure: unknown;
  } | null;
  /** The document parsed from these facts and the parser's record of its blocks and
   *  headings, for the next version's shortcuts. */
  keep(document: CouncilDocument, structure: unknown): void;
}

/** Whether two lines read the same to the parser, whatever their words: same kind, same shape
 *  of heading and note, same reference candidates. Only where they end may differ. */
export function sameStructure(a: LineFacts, b: LineFacts): boolean {
  if (a === b) return true;
  if (!sameBlocksAndHeadings(a, b) || a.definition !== null || b.definition !== null) return false;
  if (a.candidates.length !== b.candidates.length) return false;
  for (let i = 0; i < a.candidates.length; i++) {
    const x = a.candidates[i]!;
    const y = b.candidates[i]!;
    if (x.column !== y.column || x.length !== y.length || x.number !== y.number || x.strong !== y.strong) return false;
  }
  return true;
}

/** Whether two lines, neither a heading, read the same to the passes that find blocks, headings
 *  and the closing: same kind, case of the first letter, final punctuation, closing and
 *  salutation. Their note shape and reference candidates may differ. */
export function sameBlocksAndHeadings(a: LineFacts, b: LineFacts): boolean {
  return (
    a.kind === b.kind &&
    a.heading === null &&
    b.heading === null &&
    a.startsLower === b.startsLower &&
    a.endsInPunctuation === b.endsInPunctuation &&
    a.closing === b.closing &&
    a.salutation === b.salutation
  );
}
