// The cache an editor keeps per document: the previous version's lines, facts and results,
// so that an unchanged line is not scanned again and an edit that changes little takes one of
// the shortcuts in tiers.ts. The result is always the same as a parse without the cache.

import type { CitationLines } from '../citations';
import type { LineFacts } from '../facts';
import type { EditedLines } from '../lines';
import type { CouncilDocument } from '../model';
import type { ParseOptions } from '../options';
import type { BlockStructure } from '../passes/structure';

/** Which way a parse went: a shortcut of the reuse layer, or the passes in full. */
export type ReuseTier =
  /** Nothing changed that a pass reads: the previous document, with moved ends. */
  | 'unchanged'
  /** The previous blocks and headings, the passes from the notes on run. */
  | 'blocks-and-headings-kept'
  /** Lines added or removed inside a paragraph: the previous blocks and headings, moved. */
  | 'lines-moved'
  | 'full';

/** What the previous version left for the next one's shortcuts. */
export interface PreviousVersion {
  readonly document: CouncilDocument;
  readonly structure: BlockStructure;
  /** Kept when the lines were an editor's, which it changes in place; else null. */
  readonly citations: CitationLines | null;
}

/** What a parse gets from the cache. */
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
  /** With changedLines: the previous version's facts of a changed line. */
  readonly factsBefore: ((line: number) => LineFacts) | null;
  /** When lines were added or removed: the previous version's lines start..oldEnd became lines
   *  start..newEnd (either may be empty), with the previous facts. */
  readonly shifted: {
    readonly start: number;
    readonly oldEnd: number;
    readonly newEnd: number;
    readonly oldFacts: readonly LineFacts[];
  } | null;
  /** The previous version's results, when a shortcut may use them. */
  readonly previous: PreviousVersion | null;
  /** All lines are scanned: `facts` are this version's. */
  scanned(facts: LineFacts[]): void;
  /** The parse is done: what it made, and which way it went. */
  done(version: PreviousVersion, tier: ReuseTier): void;
}

type Reuse = Omit<ParseMemo, 'scanned' | 'done'>;

const NOTHING: Reuse = {
  head: 0,
  tail: 0,
  oldFacts: [],
  inPlace: false,
  reusable: () => false,
  changedLines: null,
  factsBefore: null,
  shifted: null,
  previous: null,
};

/**
 * The line facts and results of the previous version of a document. An editor keeps one per
 * document and passes it to every parse of that document.
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
  private previous: PreviousVersion | null = null;
  private tier: ReuseTier | null = null;

  /** Which way the last parse with this cache went (null before the first is done): for the
   *  tests of the reuse layer, and for profiling. */
  get lastTier(): ReuseTier | null {
    return this.tier;
  }

  /** @internal For the parser: what can be taken over from the previous version. */
  begin(lines: readonly string[], options: ParseOptions, edited: EditedLines | null): ParseMemo {
    const oldFacts = this.facts;
    const n = lines.length;
    const previous = this.previous;
    const usable = oldFacts !== null && this.options === options;
    // Lent to this parse: if it is given up half-way, the next one starts afresh.
    this.facts = null;
    this.previous = null;
    this.tier = null;
    const changes = usable && edited !== null && this.edits !== null ? edited.changedSince(this.edits) : null;
    if (changes !== null && oldFacts!.length + changes.delta === n && changes.start >= 0 && changes.end < n) {
      const { start, end } = changes;
      const inPlace = changes.delta === 0;
      // The facts the changed lines had, for the shortcuts' tests after the scan.
      const before = inPlace ? oldFacts!.slice(start, end + 1) : null;
      return this.memo(lines, options, edited, {
        head: start,
        tail: n - 1 - end,
        oldFacts: oldFacts!,
        inPlace,
        reusable: () => false,
        changedLines: inPlace ? { start, end } : null,
        factsBefore: before && ((i) => before[i - start]!),
        shifted: inPlace ? null : { start, oldEnd: end - changes.delta, newEnd: end, oldFacts: oldFacts! },
        previous,
      });
    }
    const old = this.lines;
    if (!usable || edited !== null || old === null) return this.memo(lines, options, edited, NOTHING);
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
      oldFacts: facts,
      inPlace: false,
      // Between the first and the last changed line, with as many lines as before, a line may
      // still be as it was (two edits far apart).
      reusable: (i) => sameCount && lines[i] === old[i],
      changedLines: sameCount ? { start: head, end: n - 1 - tail } : null,
      factsBefore: sameCount ? (i) => facts[i]! : null,
      shifted: sameCount ? null : { start: head, oldEnd: m - 1 - tail, newEnd: n - 1 - tail, oldFacts: facts },
      previous,
    });
  }

  private memo(lines: readonly string[], options: ParseOptions, edited: EditedLines | null, reuse: Reuse): ParseMemo {
    const edits = edited?.edits ?? null;
    // Fields named one by one: a spread here costs a keystroke several microseconds.
    return {
      head: reuse.head,
      tail: reuse.tail,
      oldFacts: reuse.oldFacts,
      inPlace: reuse.inPlace,
      reusable: reuse.reusable,
      changedLines: reuse.changedLines,
      factsBefore: reuse.factsBefore,
      shifted: reuse.shifted,
      previous: reuse.previous,
      scanned: (facts) => {
        this.lines = edited === null ? lines : null;
        this.edits = edits;
        this.facts = facts;
        this.options = options;
        this.previous = null;
      },
      done: (version, tier) => {
        this.previous = version;
        this.tier = tier;
      },
    };
  }
}
