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
  OutlineNode,
  Range,
  Session,
} from './model';
import { findCitations } from './citations';
import { collapse, GluedNumbers, LineScanner, ParseCache, sameBlocksAndHeadings, sameStructure, type EditedLines, type DefinitionMatch, type HeadingMatch, type LineFacts, type ParseMemo } from './lines';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from './options';

export { ParseCache };
export type { EditedLines, LineChanges } from './lines';

const MAX_CONTINUATION_LINES = 2; // a heading wraps over two or three lines
const MAX_PAGE_CONTINUATION_LINES = 5; // a note's tail at the bottom of the next page

/** A heading as it stands in its block: the match of its first line, with the title joined
 *  across its wrapped lines and collapsed. */
interface HeadingCandidate extends HeadingMatch {
  readonly block: number;
  readonly firstLine: number;
  readonly lastLine: number; // last heading line (continuations included)
  /** Decided by decideHeadings. */
  isDomain: boolean;
}

/** What the first passes decided, kept for the next version (see keptStructure). Never
 *  changed once made. */
interface BlockStructure {
  readonly blocks: readonly (readonly [number, number])[];
  readonly blockOf: Int32Array;
  /** The lines of every heading candidate, also those not taken as headings. */
  readonly headingLines: readonly (readonly [number, number])[];
  readonly closingStart: number;
  readonly acceptedHeadings: readonly HeadingCandidate[];
  /** Every line's kind, headings marked, before notes, frame and closing are. */
  readonly kinds: readonly LineKind[];
  readonly candidateLines: readonly number[];
}

interface NoteBuilder {
  number: number;
  numberRange: Range;
  parts: { first: number; last: number; column: number }[];
  texts: string[];
}

/** The text, its lines without their line ends, or an editor's lines that it changes in place. */
export type ParseSource = string | readonly string[] | EditedLines;

/** `cache`, kept per document by an editor, lets lines unchanged since the last version skip
 *  their scan, and an edit that changes little skip passes; the result is the same without it. */
export function parse(source: ParseSource, options: ParseOptions = DEFAULT_PARSE_OPTIONS, cache?: ParseCache): CouncilDocument {
  return new Parser(source, options, cache).run();
}

/** A parse done in steps, so that an editor can answer other requests in between: `step`
 *  scans lines of about `chars` characters in all, or once all are scanned does one pass over
 *  them, and says whether the document is done; `finish` does the rest at once. The result is
 *  the same as parse's. */
export interface StepwiseParse {
  step(chars: number): boolean;
  finish(): CouncilDocument;
}

export function parseInSteps(source: ParseSource, options: ParseOptions = DEFAULT_PARSE_OPTIONS, cache?: ParseCache): StepwiseParse {
  const parser = new Parser(source, options, cache);
  return { step: (chars) => parser.step(chars), finish: () => parser.run() };
}

/** Where each line starts in the text it was split from. */
function lineStartsOf(text: string, lines: readonly string[]): Float64Array {
  const starts = new Float64Array(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length;
    offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  return starts;
}

/** The text's lines without their line ends: LF, CRLF or a lone CR, as LSP counts lines. */
export function splitLines(text: string): string[] {
  // The common case, split natively: LF line ends only.
  if (text.indexOf('\r') < 0) return text.split('\n');
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

const EMPTY_BLOCKS = new Int32Array(0);

class Parser {
  private readonly lines: readonly string[];
  private kinds: LineKind[] = [];
  private readonly facts: LineFacts[];
  /** The next line to scan, and the line after the last one to scan. */
  private scanned = 0;
  private readonly scanTo: number;
  private glued: GluedNumbers | null = null;
  private lineStarts: Float64Array | null = null;
  /** Blocks of consecutive non-separator lines: [first, last]. */
  private blocks: [number, number][] = [];
  /** Made by the passes, which an edit that keeps the structure skips. */
  private blockOf: Int32Array = EMPTY_BLOCKS;
  private readonly scanner: LineScanner;
  private readonly memo: ParseMemo | null;

  constructor(source: ParseSource, options: ParseOptions, cache: ParseCache | undefined) {
    const edited = typeof source === 'object' && 'changedSince' in source ? source : null;
    const lines = typeof source === 'string' ? splitLines(source) : edited !== null ? edited.lines : (source as readonly string[]);
    this.lines = lines.length > 0 ? lines : [''];
    const lineCount = this.lines.length;
    this.scanner = LineScanner.for(options);
    const memo = (this.memo = cache?.begin(this.lines, options, edited) ?? null);
    if (memo === null) {
      this.facts = new Array<LineFacts>(lineCount);
      this.scanTo = lineCount;
      // Every line is scanned: a text's glued numbers are found in one search over all of it.
      if (typeof source === 'string') {
        this.glued = new GluedNumbers(source);
        this.lineStarts = lineStartsOf(source, this.lines);
      }
      return;
    }
    this.scanned = Math.min(memo.head, lineCount);
    this.scanTo = Math.max(this.scanned, lineCount - memo.tail);
    if (memo.inPlace) {
      this.facts = memo.oldFacts;
      return;
    }
    const facts = (this.facts = new Array<LineFacts>(lineCount));
    const old = memo.oldFacts;
    for (let i = 0; i < this.scanned; i++) facts[i] = old[i]!;
    const shift = old.length - lineCount;
    for (let i = this.scanTo; i < lineCount; i++) facts[i] = old[i + shift]!;
  }

  /** Scans the lines that changed (all, without a cache) until about `budget` characters have
   *  been scanned; true when every line is done. */
  scanLines(budget = Infinity): boolean {
    const lines = this.lines;
    const memo = this.memo;
    const facts = this.facts;
    const to = this.scanTo;
    let spent = 0;
    let i = this.scanned;
    for (; i < to && spent < budget; i++) {
      if (memo !== null && memo.reusable(i)) {
        facts[i] = memo.oldFacts[i]!;
        continue;
      }
      const line = lines[i]!;
      spent += line.length + 1;
      facts[i] = this.glued ? this.scanner.scan(line, this.glued, this.lineStarts![i]!) : this.scanner.scan(line);
    }
    this.scanned = i;
    if (i < to) return false;
    memo?.end(facts);
    return true;
  }

  /**
   * When an edit changed only the words of body or frame lines (no line added or removed, every
   * changed line of the same kind, shape and reference candidates as before), the structure is
   * the previous version's: only the ranges that end on a changed line move their end.
   */
  private unchangedStructure(): CouncilDocument | null {
    const memo = this.memo;
    if (!memo || !memo.previous || !memo.changedLines) return null;
    const { factsBefore, document: previous } = memo.previous;
    const { start, end } = memo.changedLines;
    this.structure = memo.previous.structure as BlockStructure | null;
    const ends = new Map<number, number>();
    for (let i = start; i <= end; i++) {
      const kind = previous.lineKinds[i];
      if (kind !== 'body' && kind !== 'frame' && kind !== 'blank' && kind !== 'page-furniture') return null;
      const before = factsBefore(i);
      if (!sameStructure(before, this.facts[i]!)) return null;
      // Where the changed line's text ends now; ranges that end elsewhere stay as they are.
      ends.set(i, this.contentEnd(i));
    }
    const moved = (r: Range): Range => {
      const character = ends.get(r.end.line);
      return character === undefined || character === r.end.character ? r : { start: r.start, end: { line: r.end.line, character } };
    };
    // What did not move is the previous version's object, and so is an array none of whose
    // elements moved: a keystroke leaves almost nothing new behind for the garbage collector.
    const session = (s: Session): Session => {
      const range = moved(s.range);
      return range === s.range ? s : { ...s, range };
    };
    const outline = mapKeeping(previous.outline, (n): OutlineNode => {
      if (n.kind !== 'domain') return session(n);
      const range = moved(n.range);
      const sessions = mapKeeping(n.sessions, session);
      return range === n.range && sessions === n.sessions ? n : { ...n, range, sessions };
    });
    // Fields named one by one: a spread would also read the previous version's citations.
    return this.finish({
      lineCount: previous.lineCount,
      lineKinds: previous.lineKinds,
      references: previous.references,
      definitions: previous.definitions,
      outline,
      paragraphs: mapKeeping(previous.paragraphs, moved),
      letterFrame: previous.letterFrame && moved(previous.letterFrame),
      closing: previous.closing && moved(previous.closing),
    });
  }

  /** The document with its lists of domains and sessions and its lazily found citations. */
  private finish(doc: Omit<CouncilDocument, 'domains' | 'sessions' | 'citations'>): CouncilDocument {
    const previous = this.memo?.previous?.document;
    let domains: readonly Domain[];
    let sessions: Session[] | readonly Session[];
    if (previous && previous.outline === doc.outline) {
      ({ domains, sessions } = previous);
    } else {
      domains = doc.outline.filter((n): n is Domain => n.kind === 'domain');
      const list: Session[] = [];
      for (const node of doc.outline) {
        if (node.kind === 'domain') for (const session of node.sessions) list.push(session);
        else list.push(node);
      }
      sessions = list;
    }
    const lines = this.lines;
    let citations: ReturnType<typeof findCitations> | null = null;
    const result: CouncilDocument = {
      lineCount: doc.lineCount,
      lineKinds: doc.lineKinds,
      outline: doc.outline,
      domains,
      sessions,
      references: doc.references,
      definitions: doc.definitions,
      paragraphs: doc.paragraphs,
      letterFrame: doc.letterFrame,
      closing: doc.closing,
      // Links are asked for far less often than the text changes: found when first read.
      get citations() {
        return (citations ??= findCitationsInLines(lines));
      },
    };
    this.memo?.keep(result, this.structure);
    return result;
  }

  /** The line's text. A byte-order mark at the very start stays: the patterns allow it before
   *  a line's indentation, and columns count it, as an editor that keeps it does. */
  private line(i: number): string {
    return this.lines[i]!;
  }

  private lineLength(i: number): number {
    return this.lines[i]!.length;
  }

  /** The column after the line's last non-white-space character. */
  private contentEnd(i: number): number {
    const end = this.facts[i]!.contentEnd;
    return end < 0 ? this.lines[i]!.length : end;
  }

  private range(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
    return { start: { line: startLine, character: startColumn }, end: { line: endLine, character: endColumn } };
  }

  run(): CouncilDocument {
    while (!this.step(Infinity));
    return this.result!;
  }

  private passes: Generator<void, CouncilDocument> | null = null;
  /** What the first passes decided, for the next version. */
  private structure: BlockStructure | null = null;
  private result: CouncilDocument | null = null;

  /** One slice of the work: scanning lines of about `budget` characters, or one pass over the
   *  facts. True when the document is done. */
  step(budget: number): boolean {
    if (this.result !== null) return true;
    if (this.passes === null) {
      if (!this.scanLines(budget)) return false;
      this.passes = this.runPasses();
    }
    const next = this.passes.next();
    if (next.done) this.result = next.value;
    return next.done === true;
  }

  /**
   * The blocks and headings of the previous version, when an edit (the line count unchanged)
   * changed lines that neither are nor touch a heading, and kept each line's kind and the
   * other facts blocks and headings are decided by: a number typed after a word, a note's
   * number changed. Only the reference candidates and note lines may differ, and the passes
   * from the notes on run as usual.
   */
  private keptStructure(): BlockStructure | null {
    const memo = this.memo;
    if (memo?.shifted) return this.shiftedStructure(memo.shifted);
    const structure = memo?.previous?.structure as BlockStructure | null | undefined;
    if (!memo || !memo.previous || !memo.changedLines || !structure) return null;
    const { start, end } = memo.changedLines;
    for (let i = start; i <= end; i++) if (!sameBlocksAndHeadings(memo.previous.factsBefore(i), this.facts[i]!)) return null;
    // A heading's title is read from its lines, and the line after it decides whether it is one.
    for (const [first, last] of structure.headingLines) if (first <= end && last + 1 >= start) return null;
    return structure;
  }

  /**
   * The same for an edit that added or removed lines (Enter pressed in a paragraph, a line
   * joined to the one before): when the lines it replaced and the lines it made are all text,
   * none a heading, closing or salutation, and they lie inside one block of text, away from
   * any heading and not in a block that opens the closing, then the blocks and headings are
   * the previous ones with the lines after the edit moved by the difference.
   */
  private shiftedStructure(shifted: NonNullable<ParseMemo['shifted']>): BlockStructure | null {
    const old = shifted.structure as BlockStructure | null;
    const { start, oldEnd, newEnd, oldFacts } = shifted;
    if (old === null || start < 1 || oldEnd + 1 >= oldFacts.length) return null;
    const plain = (f: LineFacts): boolean => f.kind === 'body' && f.heading === null && !f.closing && !f.salutation;
    for (let i = start; i <= oldEnd; i++) if (!plain(oldFacts[i]!)) return null;
    for (let i = start; i <= newEnd; i++) if (!plain(this.facts[i]!)) return null;
    const block = old.blockOf[start - 1]!;
    if (block < 0 || old.blockOf[oldEnd + 1] !== block || oldFacts[old.blocks[block]![0]]!.closing) return null;
    for (const [first, last] of old.headingLines) if (!(last + 1 < start - 1 || first > oldEnd + 1)) return null;

    const d = newEnd - oldEnd;
    const lineCount = this.lines.length;
    const after = (line: number): number => (line > oldEnd ? line + d : line);
    const blocks = old.blocks.map(([first, last], b): readonly [number, number] => (b === block ? [first, last + d] : first > oldEnd ? [first + d, last + d] : [first, last]));
    const blockOf = new Int32Array(lineCount);
    blockOf.set(old.blockOf.subarray(0, start));
    blockOf.fill(block, start, newEnd + 1);
    blockOf.set(old.blockOf.subarray(oldEnd + 1), newEnd + 1);
    const kinds = new Array<LineKind>(lineCount);
    for (let i = 0; i < start; i++) kinds[i] = old.kinds[i]!;
    for (let i = start; i <= newEnd; i++) kinds[i] = 'body';
    for (let i = newEnd + 1; i < lineCount; i++) kinds[i] = old.kinds[i - d]!;
    return {
      blocks,
      blockOf,
      headingLines: old.headingLines.map(([first, last]): readonly [number, number] => [after(first), after(last)]),
      closingStart: old.closingStart < 0 ? -1 : after(old.closingStart),
      acceptedHeadings: old.acceptedHeadings.map((h) => (h.firstLine > oldEnd ? movedHeading(h, d) : h)),
      kinds,
      candidateLines: this.mergedCandidateLines(old.candidateLines, start, oldEnd, newEnd),
    };
  }

  /** The previous version's lines with reference candidates, its lines start..oldEnd replaced
   *  by this version's start..newEnd (read anew) and the lines after moved along. */
  private mergedCandidateLines(previous: readonly number[], start: number, oldEnd: number, newEnd: number): number[] {
    const out: number[] = [];
    let k = 0;
    while (k < previous.length && previous[k]! < start) out.push(previous[k++]!);
    while (k < previous.length && previous[k]! <= oldEnd) k++;
    for (let i = start; i <= newEnd; i++) if (this.facts[i]!.candidates.length > 0) out.push(i);
    const d = newEnd - oldEnd;
    while (k < previous.length) out.push(previous[k++]! + d);
    return out;
  }

  /** The passes after the scan, each followed by a pause for an editor's other requests. */
  private *runPasses(): Generator<void, CouncilDocument> {
    const unchanged = this.unchangedStructure();
    if (unchanged) return unchanged;
    const lineCount = this.lines.length;
    let structure = this.keptStructure();
    if (structure !== null) {
      this.blocks = structure.blocks as [number, number][];
      this.blockOf = structure.blockOf;
      this.kinds = structure.kinds.slice();
      const changed = this.memo!.changedLines;
      if (changed) structure = { ...structure, candidateLines: this.mergedCandidateLines(structure.candidateLines, changed.start, changed.end, changed.end) };
    } else {
      const candidateLines = this.findBlocks(lineCount);
      yield;
      const candidates = this.findHeadingCandidates();
      const headings = this.decideHeadings(candidates);
      const closingStart = this.findClosing(headings);
      const acceptedHeadings = closingStart < 0 ? headings : headings.filter((h) => h.firstLine < closingStart);
      for (const h of acceptedHeadings) {
        this.kinds[h.firstLine] = h.isDomain ? 'domain-heading' : 'session-heading';
        for (let l = h.firstLine + 1; l <= h.lastLine; l++) this.kinds[l] = 'heading-continuation';
      }
      const headingLines: [number, number][] = [];
      for (const c of candidates) if (c) headingLines.push([c.firstLine, c.lastLine]);
      structure = { blocks: this.blocks, blockOf: this.blockOf, headingLines, closingStart, acceptedHeadings, kinds: this.kinds.slice(), candidateLines };
    }
    this.structure = structure;
    const { closingStart, acceptedHeadings, candidateLines: candidates } = structure;
    yield;
    const notes = this.acceptDefinitions(candidates);
    yield;
    const definitions = notes.map((n) => this.finishNote(n));
    const references = this.acceptReferences(candidates, definitions);
    yield;
    const firstHeading = acceptedHeadings.length > 0 ? acceptedHeadings[0]!.firstLine : -1;
    const { letterFrame, closing } = this.classifyRest(lineCount, firstHeading, closingStart);
    const trailingNotesStart = this.findTrailingNotes(lineCount);
    const outline = this.buildOutline(acceptedHeadings, lineCount, closingStart, trailingNotesStart, references);
    yield;
    return this.finish({
      lineCount,
      lineKinds: this.kinds,
      outline,
      references,
      definitions,
      paragraphs: this.findParagraphs(lineCount),
      letterFrame,
      closing,
    });
  }

  // ---- 1. lines and blocks

  /** One loop over the facts: the lines' first kinds, the blocks, and the lines that hold
   *  reference candidates (returned, in order). */
  private findBlocks(lineCount: number): number[] {
    const facts = this.facts;
    const kinds = (this.kinds = new Array<LineKind>(lineCount));
    const blockOf = (this.blockOf = new Int32Array(lineCount));
    const candidateLines: number[] = [];
    let blockStart = -1;
    for (let i = 0; i < lineCount; i++) {
      const f = facts[i]!;
      kinds[i] = f.kind;
      if (f.candidates.length > 0) candidateLines.push(i);
      if (f.kind === 'body') {
        if (blockStart < 0) blockStart = i;
        blockOf[i] = this.blocks.length;
      } else {
        blockOf[i] = -1;
        if (blockStart >= 0) {
          this.blocks.push([blockStart, i - 1]);
          blockStart = -1;
        }
      }
    }
    if (blockStart >= 0) this.blocks.push([blockStart, lineCount - 1]);
    return candidateLines;
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
    const h = this.facts[first]!.heading;
    if (!h) return null;
    // Wrapped title lines start with a lower-case letter; the heading ends at a blank line or
    // at a line that starts a sentence.
    let lastLine = first;
    while (lastLine < last && lastLine - first < MAX_CONTINUATION_LINES && this.facts[lastLine + 1]!.startsLower) lastLine++;
    if (lastLine < last && this.facts[lastLine + 1]!.startsLower) return null; // a numbered paragraph
    // An unnumbered session stands on a line of its own and does not read like a sentence: its
    // title starts with a capital and it does not end in punctuation. A sentence may follow.
    if (h.number === null && this.facts[lastLine]!.endsInPunctuation) return null;
    let title = h.title;
    for (let l = first + 1; l <= lastLine; l++) title += ' ' + this.line(l);
    // Written out: an object spread here costs twenty times as much, on every heading.
    return {
      number: h.number,
      numberText: h.numberText,
      numeral: h.numeral,
      numberColumn: h.numberColumn,
      titleColumn: h.titleColumn,
      title: collapse(title),
      startsWithKind: h.startsWithKind,
      block,
      firstLine: first,
      lastLine,
      isDomain: false,
    };
  }

  private decideHeadings(candidates: (HeadingCandidate | null)[]): HeadingCandidate[] {
    // For each block, the first numbered heading at or after it when only unnumbered sessions
    // stand between: what a domain's sessions start with even if the first has no number.
    const firstNumbered: (HeadingCandidate | null)[] = new Array(candidates.length + 1).fill(null);
    for (let b = candidates.length - 1; b >= 0; b--) {
      const c = candidates[b];
      firstNumbered[b] = c && c.number !== null ? c : firstNumbered[b + 1]!;
    }
    const out: HeadingCandidate[] = [];
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
        const known = this.scanner.isDomainTitle(c.title);
        isDomain = opensSessions || (known && bare && next !== null) || (c.numeral === 'roman' && (known || sessionsNext));
      }
      // Roman numerals number domains only; otherwise "C. Jansen" would be heading 100.
      if (c.numeral === 'roman' && !isDomain) continue;
      c.isDomain = isDomain;
      out.push(c);
    }
    return out;
  }

  /** The first line of the closing ("De Minister van ...,"), after the last heading; -1 if none. */
  private findClosing(headings: readonly HeadingCandidate[]): number {
    let lastHeadingLine = -1;
    for (const h of headings) if (h.numeral !== 'roman') lastHeadingLine = h.lastLine;
    for (const [first, last] of this.blocks) {
      if (first <= lastHeadingLine || last - first > 3) continue;
      if (this.facts[first]!.closing) return first;
    }
    return -1;
  }

  // ---- 4. definitions

  /** The line read as a definition ("3 Note text"), if it is a body line of that shape. */
  private definitionAt(line: number): DefinitionMatch | null {
    return this.kinds[line] === 'body' ? this.facts[line]!.definition : null;
  }

  private acceptDefinitions(candidateLines: readonly number[]): NoteBuilder[] {
    const referenced = new Set<number>();
    // A glued number counts, also on a line that could itself be a note ("27 februari ... in
    // Warschau.1" opens with a date), unless it is that line's own number.
    for (const line of candidateLines) {
      const own = this.definitionAt(line)?.number;
      for (const c of this.facts[line]!.candidates) if (c.strong && own !== c.number) referenced.add(c.number);
    }

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

    const startNote = (line: number, m: DefinitionMatch): NoteBuilder => {
      const column = m.column;
      const number = m.number;
      const note: NoteBuilder = {
        number,
        numberRange: this.range(line, column, line, column + m.digits),
        parts: [{ first: line, last: line, column }],
        texts: [this.line(line).slice(m.textColumn)],
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
        if (m && fits(m.number, note, false)) note = startNote(l, m);
        else continueNote(note, l, false);
      }
      return note;
    };

    for (let b = 0; b < this.blocks.length; b++) {
      const [first, last] = this.blocks[b]!;
      if (this.kinds[first] !== 'body') continue; // a heading block
      const m = this.definitionAt(first);
      if (m && fits(m.number, null, b >= trailingFrom)) {
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
          if (fits(d.number, open, false)) def = l;
          break;
        }
      }
      const lastBlock = b === this.blocks.length - 1;
      if (def < 0 && !(lastBlock && last - first < 3 && this.facts[first]!.startsLower)) continue;
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
    const previous = this.unchangedNote(note);
    if (previous) return previous;
    return {
      number: note.number,
      numberRange: note.numberRange,
      parts: note.parts.map((p) => this.range(p.first, p.column, p.last, this.contentEnd(p.last))),
      text: collapse(note.texts.join(' ')),
    };
  }

  /** The previous version's definition of this note, when the line count is the same and the
   *  note stands on the same lines, none of them changed: its text and ranges are the same. */
  private unchangedNote(note: NoteBuilder): FootnoteDefinition | undefined {
    const memo = this.memo;
    if (!memo?.previous || !memo.changedLines) return undefined;
    const { start, end } = memo.changedLines;
    this.previousNotes ??= new Map(memo.previous.document.definitions.map((d) => [d.numberRange.start.line, d]));
    const d = this.previousNotes.get(note.numberRange.start.line);
    if (!d || d.number !== note.number || d.numberRange.start.character !== note.numberRange.start.character) return undefined;
    if (d.parts.length !== note.parts.length) return undefined;
    for (let k = 0; k < note.parts.length; k++) {
      const p = note.parts[k]!;
      const r = d.parts[k]!;
      if (p.first <= end && p.last >= start) return undefined;
      if (r.start.line !== p.first || r.start.character !== p.column || r.end.line !== p.last) return undefined;
    }
    return d;
  }

  private previousNotes: Map<number, FootnoteDefinition> | undefined;

  // ---- 5. references

  private acceptReferences(candidateLines: readonly number[], definitions: readonly FootnoteDefinition[]): FootnoteReference[] {
    const defined = new Set(definitions.map((d) => d.number));
    let highest = 0;
    const out: FootnoteReference[] = [];
    // The previous version's references, walked alongside: one with the same number at the same
    // place is equal to the new one (the same digits), and is taken over rather than made again.
    const previous = this.memo?.previous?.document.references ?? [];
    let k = 0;
    for (const line of candidateLines) {
      const kind = this.kinds[line];
      if (kind === 'footnote-definition' || kind === 'footnote-continuation') continue;
      for (const c of this.facts[line]!.candidates) {
        // Strong: defined, or within the sequence so far (the next number, a repeat, or a number
        // the sequence skipped). Weak (after capitals): defined and exactly the next number.
        const ok = c.strong ? defined.has(c.number) || c.number <= highest + 1 : defined.has(c.number) && c.number === highest + 1;
        if (!ok) continue;
        highest = Math.max(highest, c.number);
        while (k < previous.length && isBefore(previous[k]!.range.start, line, c.column)) k++;
        const p = previous[k];
        const same = p !== undefined && p.number === c.number && p.range.start.line === line && p.range.start.character === c.column;
        out.push(same ? p : { number: c.number, range: this.range(line, c.column, line, c.column + c.length) });
      }
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
        if (this.kinds[i] === 'body' && this.facts[i]!.salutation) {
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
    headings: readonly HeadingCandidate[],
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

/** A heading `d` lines further down. */
function movedHeading(h: HeadingCandidate, d: number): HeadingCandidate {
  return {
    number: h.number,
    numberText: h.numberText,
    numeral: h.numeral,
    numberColumn: h.numberColumn,
    titleColumn: h.titleColumn,
    title: h.title,
    startsWithKind: h.startsWithKind,
    block: h.block,
    firstLine: h.firstLine + d,
    lastLine: h.lastLine + d,
    isDomain: h.isDomain,
  };
}

/** `array` mapped by `f`; `array` itself when f returns every element as it is. */
function mapKeeping<T>(array: readonly T[], f: (x: T) => T): readonly T[] {
  let out: T[] | null = null;
  for (let i = 0; i < array.length; i++) {
    const x = array[i]!;
    const y = f(x);
    if (out === null && y !== x) out = array.slice(0, i);
    if (out !== null) out.push(y);
  }
  return out ?? array;
}

function isBefore(p: { line: number; character: number }, line: number, character: number): boolean {
  return p.line < line || (p.line === line && p.character < character);
}

/** Citations may wrap onto the next line: they are found in the text joined by line breaks,
 *  which gives the same positions whatever line ends the document uses. */
function findCitationsInLines(lines: readonly string[]): ReturnType<typeof findCitations> {
  const starts: number[] = new Array<number>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length + 1;
  }
  return findCitations(lines.join('\n'), starts);
}

/** A note whose text stops mid-sentence may go on at the bottom of the next page. */
function isOpen(note: NoteBuilder): boolean {
  const text = note.texts[note.texts.length - 1]!.trimEnd();
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  if (/[/:]/.test(lastWord) && /\.\p{L}/u.test(lastWord)) return false; // ends with an address
  // The last character (a surrogate pair counts as one), not a pattern anchored at the end,
  // which is tried at every position of the text.
  const lastChar = text.slice(text.length >= 2 && /[\uDC00-\uDFFF]/.test(text[text.length - 1]!) ? -2 : -1);
  return OPEN_ENDING.test(lastChar);
}

const OPEN_ENDING = /^[\p{Ll},;\-–(]$/u;

