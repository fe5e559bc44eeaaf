// Text -> CouncilDocument. Pure, linear in the size of the text, never throws.
//
// The lines are scanned into facts (scanner.ts), then the passes run in order, each a function
// from what the earlier ones decided to what it decides (passes/): blocks; headings, by the
// heading rules (headings/); notes; references; frame and closing; sections and paragraphs.
// Beside them the reuse layer (reuse/) takes over what an edit left unchanged, in tiers that
// each give up to the passes. Every decision is local to a line or a block plus a few
// counters, so the whole is O(n).

import { makeDocument, type DocumentParts } from './document';
import { splitLines, type EditedLines, type ParseSource } from './lines';
import type { CouncilDocument } from './model';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from './options';
import { findBlocks } from './passes/blocks';
import { findFrameAndClosing } from './passes/frame';
import { findHeadings } from './passes/headings';
import { findNotes, toDefinition } from './passes/notes';
import { buildOutline, documentTitle, findParagraphs, findPlaceholders } from './passes/outline';
import { acceptReferences } from './passes/references';
import type { BlockStructure, ScannedLines } from './passes/structure';
import { ParseCache, type ParseMemo, type ReuseTier } from './reuse/cache';
import { keptCitationLines } from './reuse/citations';
import { previousNotes, previousReferences } from './reuse/notes';
import { keptStructure, movedStructure, unchangedDocument } from './reuse/tiers';
import { Scan } from './scan';
import { LineScanner } from './scanner';

export { ParseCache, splitLines };
export type { EditedLines, ParseSource, ReuseTier };
export type { LineChanges } from './lines';
export { REFERENCE_SHAPE } from './text';

/** `cache`, kept per document by an editor, lets lines unchanged since the last version skip
 *  their scan, and an edit that changes little skip passes; the result is the same without it. */
export function parse(
  source: ParseSource,
  options: ParseOptions = DEFAULT_PARSE_OPTIONS,
  cache?: ParseCache,
): CouncilDocument {
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

export function parseInSteps(
  source: ParseSource,
  options: ParseOptions = DEFAULT_PARSE_OPTIONS,
  cache?: ParseCache,
): StepwiseParse {
  const edited = typeof source === 'object' && 'changedSince' in source ? source : null;
  const given =
    typeof source === 'string' ? splitLines(source) : edited !== null ? edited.lines : (source as readonly string[]);
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
      passes = runPasses({ text, facts: scan.facts }, memo, options, edited !== null);
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
function* runPasses(
  lines: ScannedLines,
  memo: ParseMemo | null,
  options: ParseOptions,
  editorLines: boolean,
): Generator<void, CouncilDocument> {
  const previous = memo?.previous ?? null;
  // An editor's lines change in place: where the citations stand is kept now.
  const citations = editorLines ? keptCitationLines(lines.text, memo) : null;
  const done = (parts: DocumentParts, structure: BlockStructure, tier: ReuseTier): CouncilDocument => {
    const document = makeDocument(parts, previous?.document ?? null, lines.text, citations);
    memo?.done({ document, structure, citations }, tier);
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
  return done(
    {
      lineCount: kinds.length,
      title: documentTitle(lines, structure),
      lineKinds: kinds,
      outline,
      references,
      definitions,
      placeholders: findPlaceholders(lines, kinds),
      paragraphs,
      letterFrame,
      closing,
    },
    structure,
    tier,
  );
}
