// The shortcuts of the reuse layer, tried in order after the lines are scanned, in the manner
// of rust-analyzer's reparsing: each returns what it could take over from the previous version,
// or null, and then the passes run from the start. Whether two versions of a line read the same
// is asked of the fact table (facts.ts), never of the heading styles themselves.

import { readsAsPlainText, sameBlocksAndHeadings, sameStructure, type LineFacts } from '../facts';
import type { CouncilDocument, OutlineNode, Range, Session } from '../model';
import { accepted } from '../passes/accepted';
import { contentEnd, type Block, type BlockStructure, type ScannedLines } from '../passes/structure';
import type { ParseMemo } from './cache';

/** What the `unchanged` tier takes over: the previous document with moved ends. */
export type UnchangedDocument = Omit<CouncilDocument, 'domains' | 'sessions' | 'citations'>;

/**
 * Tier `unchanged`: an edit changed only the words of body or frame lines (no line added or
 * removed, every changed line of the same kind, shape and reference candidates as before), so
 * the structure is the previous version's: only the ranges that end on a changed line move.
 */
export function unchangedDocument(memo: ParseMemo | null, lines: ScannedLines): UnchangedDocument | null {
  if (!memo?.previous || !memo.changedLines || !memo.factsBefore) return null;
  const previous = memo.previous.document;
  const { start, end } = memo.changedLines;
  const ends = new Map<number, number>();
  for (let i = start; i <= end; i++) {
    const kind = previous.lineKinds[i];
    if (kind !== 'body' && kind !== 'frame' && kind !== 'blank' && kind !== 'page-furniture') return null;
    if (!sameStructure(memo.factsBefore(i), lines.facts[i]!)) return null;
    // Where the changed line's text ends now; ranges that end elsewhere stay as they are.
    ends.set(i, contentEnd(lines, i));
  }
  const moved = (r: Range): Range => {
    const character = ends.get(r.end.line);
    return character === undefined || character === r.end.character
      ? r
      : { start: r.start, end: { line: r.end.line, character } };
  };
  // What did not move is the previous version's object, and so is an array none of whose
  // elements moved: a keystroke leaves almost nothing new behind for the garbage collector.
  const session = (s: Session): Session => {
    const range = moved(s.range);
    return range === s.range ? s : { kind: s.kind, heading: s.heading, range };
  };
  const outline = mapKeeping(previous.outline, (n): OutlineNode => {
    if (n.kind !== 'domain') return session(n);
    const range = moved(n.range);
    const sessions = mapKeeping(n.sessions, session);
    return range === n.range && sessions === n.sessions ? n : { kind: n.kind, heading: n.heading, range, sessions };
  });
  // Fields named one by one: a spread would also read the previous version's citations.
  return {
    lineCount: previous.lineCount,
    title: previous.title,
    lineKinds: previous.lineKinds,
    references: previous.references,
    definitions: previous.definitions,
    placeholders: previous.placeholders,
    outline,
    paragraphs: mapKeeping(previous.paragraphs, moved),
    letterFrame: previous.letterFrame && moved(previous.letterFrame),
    closing: previous.closing && moved(previous.closing),
  };
}

/** Whether any heading's lines (with the line after them) lie in from..to. */
function touchesHeading(structure: BlockStructure, from: number, to: number): boolean {
  for (const [first, last] of structure.headingLines) if (first <= to && last >= from) return true;
  return false;
}

/**
 * Tier `blocks-and-headings-kept`: an edit (the line count unchanged) changed lines that
 * neither are nor touch a heading, and kept the facts blocks and headings are decided by: a
 * number typed after a word, a note's number changed. The passes from the notes on run.
 */
export function keptStructure(memo: ParseMemo | null, facts: readonly LineFacts[]): BlockStructure | null {
  const structure = memo?.previous?.structure;
  if (!memo || !structure || !memo.changedLines || !memo.factsBefore) return null;
  const { start, end } = memo.changedLines;
  for (let i = start; i <= end; i++) if (!sameBlocksAndHeadings(memo.factsBefore(i), facts[i]!)) return null;
  if (touchesHeading(structure, start, end)) return null;
  return { ...structure, candidateLines: mergedCandidateLines(structure.candidateLines, facts, start, end, end) };
}

/**
 * Tier `lines-moved`: an edit added or removed lines (Enter pressed in a paragraph, a line
 * joined to the one before), and the lines it replaced and the lines it made all read as plain
 * text and lie inside one block, away from any heading and not in a block that opens the
 * closing: the blocks and headings are the previous ones, those after the edit moved along.
 */
export function movedStructure(memo: ParseMemo | null, facts: readonly LineFacts[]): BlockStructure | null {
  const old = memo?.previous?.structure;
  const shifted = memo?.shifted;
  if (!old || !shifted) return null;
  const { start, oldEnd, newEnd, oldFacts } = shifted;
  if (start < 1 || oldEnd + 1 >= oldFacts.length) return null;
  for (let i = start; i <= oldEnd; i++) if (!readsAsPlainText(oldFacts[i]!)) return null;
  for (let i = start; i <= newEnd; i++) if (!readsAsPlainText(facts[i]!)) return null;
  const block = old.blockOf[start - 1]!;
  if (block < 0 || old.blockOf[oldEnd + 1] !== block || oldFacts[old.blocks[block]![0]]!.closing) return null;
  if (touchesHeading(old, start - 1, oldEnd + 1)) return null;

  const d = newEnd - oldEnd;
  const lineCount = facts.length;
  const after = (line: number): number => (line > oldEnd ? line + d : line);
  const blocks = old.blocks.map(([first, last], b): Block =>
    b === block ? [first, last + d] : first > oldEnd ? [first + d, last + d] : [first, last],
  );
  const blockOf = new Int32Array(lineCount);
  blockOf.set(old.blockOf.subarray(0, start));
  blockOf.fill(block, start, newEnd + 1);
  blockOf.set(old.blockOf.subarray(oldEnd + 1), newEnd + 1);
  const kinds = old.kinds.slice(0, start);
  for (let i = start; i <= newEnd; i++) kinds.push('body');
  for (let i = oldEnd + 1; i < old.kinds.length; i++) kinds.push(old.kinds[i]!);
  return {
    blocks,
    blockOf,
    headingLines: old.headingLines.map(([first, last]): Block => [after(first), after(last)]),
    closingStart: old.closingStart < 0 ? -1 : after(old.closingStart),
    acceptedHeadings: old.acceptedHeadings.map((h) =>
      h.firstLine > oldEnd ? accepted(h, h.isDomain, d, h.labelLine) : h,
    ),
    title:
      old.title === null || old.title.firstLine <= oldEnd
        ? old.title
        : { firstLine: old.title.firstLine + d, lastLine: old.title.lastLine + d },
    kinds,
    candidateLines: mergedCandidateLines(old.candidateLines, facts, start, oldEnd, newEnd),
  };
}

/** The previous version's lines with reference candidates, its lines start..oldEnd replaced
 *  by this version's start..newEnd (read anew) and the lines after moved along. */
function mergedCandidateLines(
  previous: readonly number[],
  facts: readonly LineFacts[],
  start: number,
  oldEnd: number,
  newEnd: number,
): number[] {
  const out: number[] = [];
  let k = 0;
  while (k < previous.length && previous[k]! < start) out.push(previous[k++]!);
  while (k < previous.length && previous[k]! <= oldEnd) k++;
  for (let i = start; i <= newEnd; i++) if (facts[i]!.candidates.length > 0) out.push(i);
  const d = newEnd - oldEnd;
  while (k < previous.length) out.push(previous[k++]! + d);
  return out;
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
