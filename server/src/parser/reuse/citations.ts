// The citation lines of an editor's version, kept at parse time because the editor changes its
// lines in place: the previous version's, with the lines an edit replaced tested anew and the
// lines after them moved along. (A text or an array of lines is never changed: a document
// parsed from one finds its citations from its lines when they are first read.)

import {
  citationLinesOf,
  startsCitation,
  stretchesAround,
  type CitationLines,
  type CitationStretch,
} from '../citations';
import { lowerBound } from '../search';
import type { ParseMemo } from './cache';

export function keptCitationLines(lines: readonly string[], memo: ParseMemo | null): CitationLines {
  const previous = memo?.previous?.citations;
  const changed = memo?.changedLines;
  const window = changed ? { start: changed.start, oldEnd: changed.end, newEnd: changed.end } : memo?.shifted;
  if (!previous || !window) return citationLinesOf(lines);
  const { start, oldEnd, newEnd } = window;
  const d = newEnd - oldEnd;
  if (d === 0) {
    const same = unchangedStarts(lines, previous, start, newEnd);
    if (same) return same;
  }
  const starts: number[] = [];
  let k = 0;
  const old = previous.starts;
  while (k < old.length && old[k]! < start) starts.push(old[k++]!);
  while (k < old.length && old[k]! <= oldEnd) k++;
  for (let i = start; i <= newEnd; i++) if (startsCitation(lines[i]!)) starts.push(i);
  while (k < old.length) starts.push(old[k++]! + d);
  // A previous stretch keeps its strings where none of its lines was replaced.
  // Both in order: one walk over the previous stretches.
  const stretches = previous.stretches;
  let j = 0;
  const kept = (first: number, length: number): CitationStretch | undefined => {
    if (first + length - 1 >= start && first <= newEnd) return undefined;
    const was = first > newEnd ? first - d : first;
    while (j < stretches.length && stretches[j]!.first < was) j++;
    const s = stretches[j];
    if (s === undefined || s.first !== was || s.lines.length !== length) return undefined;
    return d === 0 || first < start ? s : { first, lines: s.lines };
  };
  return { starts, stretches: stretchesAround(lines, starts, kept) };
}

/** A keystroke's shortcut: no line added or removed, and the lines start..end start a citation
 *  where they did before. Then the starts are the previous ones, and so are the stretches but
 *  the one or two whose lines were replaced. Null when the starts changed. */
function unchangedStarts(
  lines: readonly string[],
  previous: CitationLines,
  start: number,
  end: number,
): CitationLines | null {
  const old = previous.starts;
  let k = lowerBound(old.length, (i) => old[i]! < start);
  for (let i = start; i <= end; i++) {
    const was = k < old.length && old[k] === i;
    if (was) k++;
    if (startsCitation(lines[i]!) !== was) return null;
  }
  const stretches = previous.stretches;
  // The stretches that hold a replaced line: from the first that ends at or after `start`.
  let j = lowerBound(stretches.length, (i) => stretches[i]!.first + stretches[i]!.lines.length - 1 < start);
  if (j >= stretches.length || stretches[j]!.first > end) return previous;
  const out = stretches.slice();
  for (; j < stretches.length && stretches[j]!.first <= end; j++) {
    const s = stretches[j]!;
    out[j] = { first: s.first, lines: lines.slice(s.first, s.first + s.lines.length) };
  }
  return { starts: old, stretches: out };
}
