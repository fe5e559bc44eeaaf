// Heading numbers renumbered 1, 2, 3, ...: only the number the model points at is touched, in
// the numeral it is written in.

import type { TextEdit } from 'vscode-languageserver-types';
import type { Heading } from '../parser/model';

export interface HeadingRenumbering {
  /** Give unnumbered sessions a number ("N. " before the title); otherwise they keep none and
   *  do not count, as the numbering check does not count them. */
  readonly numberUnnumbered?: boolean;
}

/** Numbers the headings 1, 2, 3, ... in order, each in its own numeral (II stays roman). */
export function renumberHeadings(headings: readonly Heading[], options: HeadingRenumbering = {}): TextEdit[] {
  const edits: TextEdit[] = [];
  let next = 1;
  for (const h of headings) {
    if (h.numberRange === null || h.numberText === null) {
      if (!options.numberUnnumbered) continue;
      edits.push({ range: { start: h.range.start, end: h.range.start }, newText: `${next}. ` });
      next++;
      continue;
    }
    const text =
      h.numeral === 'roman'
        ? toRoman(next)
        : h.numeral === 'letter' && next <= 26
          ? String.fromCharCode(64 + next)
          : String(next);
    if (text !== h.numberText) edits.push({ range: h.numberRange, newText: text });
    next++;
  }
  return edits;
}

const ROMAN: readonly [number, string][] = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
