// Text -> CouncilDocument. Pure, linear in the size of the text, never throws.
//
// The lines are scanned into facts (scanner.ts), then the passes run in order, each a function
// from what the earlier ones decided to what it decides (passes/): blocks; headings, by the
// heading rules (headings/); notes; references; frame and closing; sections and paragraphs.
// Beside them the reuse layer (reuse/) takes over what an edit left unchanged, in tiers that
// each give up to the passes. Every decision is local to a line or a block plus a few
// counters, so the whole is O(n).

import { citationStretches, updatedStretches, type CitationStretch } from './citations';
import { makeDocument, type DocumentParts } from './document';
import type { LineFacts } from './facts';
import { lineStartsOf, splitLines, type EditedLines, type ParseSource } from './lines';
import type { CouncilDocument } from './model';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from './options';
import { findBlocks } from './passes/blocks';
import { findFrameAndClosing } from './passes/frame';
import { findHeadings } from './passes/headings';
import { findNotes, toDefinition } from './passes/notes';
import { buildOutline, findParagraphs } from './passes/outline';
import { acceptReferences } from './passes/references';
import type { BlockStructure, ScannedLines } from './passes/structure';
import { ParseCache, type ParseMemo, type ReuseTier } from './reuse/cache';
import { previousNotes, previousReferences } from './reuse/notes';
import { keptStructure, movedStructure, unchangedDocument } from './reuse/tiers';
import { GluedNumbers, LineScanner } from './scanner';

export { ParseCache, splitLines };
export type { EditedLines, ParseSource, ReuseTier };
export type { LineChanges } from './lines';
export { REFERENCE_SHAPE } from './text';

/** `cache`, kept per document by an editor, lets lines unchanged since the last version skip
 *  their scan, and an edit that changes little skip passes; the result is the same without it. */
export function parse(source: ParseSource, options: ParseOptions = DEFAULT_PARSE_OPTIONS, cache?: ParseCache): CouncilDocument {
  return parseInSteps(source, options, cache).finish();
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
  const edited = typeof source === 'object' && 'changedSince' in source ? source : null;
  const given = typeof source === 'string' ? splitLines(source) : edited !== null ? edited.lines : (source as readonly string[]);
  const text = given.length > 0 ? given : [''];
  const memo = cache?.begin(text, options, edited) ?? null;
  const scan = new Scan(text, LineScanner.for(options), memo, typeof source === 'string' ? source : null);
  let passes: Generator<void, CouncilDocument> | null = null;
  let result: CouncilDocument | null = null;
  const step = (chars: number): boolean => {
    if (result !== null) return true;
    if (passes === null) {
      if (!scan.lines(chars)) return false;
      memo?.scanned(scan.facts);
      passes = runPasses({ text, facts: scan.facts }, memo, options);
    }
    const next = passes.next();
    if (next.done) result = next.value;
    return result !== null;
  };
  const finish = (): CouncilDocument => {
    while (!step(Infinity));
    return result!;
  };
  return { step, finish };
}

/** The passes after the scan, each followed by a pause for an editor's other requests. */
function* runPasses(lines: ScannedLines, memo: ParseMemo | null, options: ParseOptions): Generator<void, CouncilDocument> {
  const previous = memo?.previous ?? null;
  const stretches = stretchesOf(lines, memo);
  const done = (parts: DocumentParts, structure: BlockStructure, tier: ReuseTier): CouncilDocument => {
    const document = makeDocument(parts, previous?.document ?? null, stretches);
    memo?.done({ document, structure, stretches }, tier);
    return document;
  };
  const unchanged = unchangedDocument(memo, lines);
  if (unchanged) return done(unchanged, previous!.structure, 'unchanged');
  let tier: ReuseTier = 'blocks-and-headings-kept';
  let structure = keptStructure(memo, lines.facts);
  if (structure === null && (structure = movedStructure(memo, lines.facts)) !== null) tier = 'lines-moved';
  if (structure === null) {
    tier = 'full';
    const blocks = findBlocks(lines.facts);
    yield;
    structure = findHeadings(lines, blocks, LineScanner.for(options).context);
  }
  yield;
  const { notes, kinds } = findNotes(lines, structure);
  yield;
  const taken = previousNotes(memo);
  const definitions = notes.map((n) => taken?.(n) ?? toDefinition(lines, n));
  const references = acceptReferences(lines, kinds, structure.candidateLines, definitions, previousReferences(memo));
  yield;
  const { letterFrame, closing } = findFrameAndClosing(lines, structure, kinds);
  const outline = buildOutline(lines, structure, kinds, references);
  yield;
  const paragraphs = findParagraphs(lines, kinds);
  return done({ lineCount: kinds.length, lineKinds: kinds, outline, references, definitions, paragraphs, letterFrame, closing }, structure, tier);
}

/** The stretches of lines the citations are found in: the previous version's with the changed
 *  lines read anew when no line began or stopped starting a citation, else found again. */
function stretchesOf(lines: ScannedLines, memo: ParseMemo | null): readonly CitationStretch[] {
  const facts = lines.facts;
  const changed = memo?.changedLines;
  const before = memo?.factsBefore;
  if (memo?.previous && changed && before) {
    let same = true;
    for (let i = changed.start; i <= changed.end && same; i++) same = before(i).citationStart === facts[i]!.citationStart;
    if (same) return updatedStretches(memo.previous.stretches, lines.text, changed.start, changed.end);
  }
  return citationStretches(lines.text, (i) => facts[i]!.citationStart);
}

/** The scan of the lines into facts, in slices: unchanged lines keep their facts. */
class Scan {
  readonly facts: LineFacts[];
  /** The next line to scan, and the line after the last one to scan. */
  private next = 0;
  private readonly to: number;
  private readonly glued: GluedNumbers | null = null;
  private readonly lineStarts: Float64Array | null = null;

  constructor(
    private readonly text: readonly string[],
    private readonly scanner: LineScanner,
    private readonly memo: ParseMemo | null,
    source: string | null,
  ) {
    const lineCount = text.length;
    if (memo === null) {
      this.facts = new Array<LineFacts>(lineCount);
      this.to = lineCount;
      // Every line is scanned: a text's glued numbers are found in one search over all of it.
      if (source !== null) {
        this.glued = new GluedNumbers(source);
        this.lineStarts = lineStartsOf(source, text);
      }
      return;
    }
    this.next = Math.min(memo.head, lineCount);
    this.to = Math.max(this.next, lineCount - memo.tail);
    if (memo.inPlace) {
      this.facts = memo.oldFacts;
      return;
    }
    const facts = (this.facts = new Array<LineFacts>(lineCount));
    const old = memo.oldFacts;
    for (let i = 0; i < this.next; i++) facts[i] = old[i]!;
    const shift = old.length - lineCount;
    for (let i = this.to; i < lineCount; i++) facts[i] = old[i + shift]!;
  }

  /** Scans lines until about `budget` characters have been scanned; true when all are done. */
  lines(budget: number): boolean {
    const { text, memo, facts, to } = this;
    let spent = 0;
    let i = this.next;
    for (; i < to && spent < budget; i++) {
      if (memo !== null && memo.reusable(i)) {
        facts[i] = memo.oldFacts[i]!;
        continue;
      }
      const line = text[i]!;
      spent += line.length + 1;
      facts[i] = this.glued ? this.scanner.scan(line, this.glued, this.lineStarts![i]!) : this.scanner.scan(line);
    }
    this.next = i;
    return i >= to;
  }
}
