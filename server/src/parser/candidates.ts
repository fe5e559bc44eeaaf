// Footnote reference candidates: numbers glued to a word or to closing punctuation, judged by
// their neighbours in the line. Which of them are references is the references pass's to say.

import * as facts from './facts';
import type { CandidateMatch } from './facts';
import * as text from './text';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { NO_CANDIDATES } = facts;
const { isClosingPunctuation, isDigit, isLetter, isLowerCase, isSentencePunctuation, isWhiteSpace } = text;
const isUpperCase = (ch: string): boolean => isLetter(ch) && !isLowerCase(ch);

const URL = /\b(?:https?:\/\/|www\.)\S+/g;
// A run of at most three digits right after something other than white space: the only runs
// that can be references. Matched one character early (a lookbehind is four times slower).
const GLUED_NUMBER = /[^\s\d]\d{1,3}(?!\d)/g;

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

/** The candidates of line `s`. `glued`: the glued numbers of the whole text, with the offset at
 *  which this line starts; without it the line is searched itself. */
export function referenceCandidates(
  s: string,
  glued: GluedNumbers | null,
  lineStart: number,
): readonly CandidateMatch[] {
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
    // not go on into another number (3,8 or 150.000); or, where copying lost the space after
    // it, the capital that starts the next sentence ("aangeboden.1Het": checked below that a
    // sentence ends before the number).
    let spaceLost = false;
    if (end < n) {
      const after = s.charCodeAt(end);
      if (!isWhiteSpace(after)) {
        if (isClosingPunctuation(after)) {
          if (end + 1 < n && isDigit(s.charCodeAt(end + 1))) continue;
        } else if (end + 1 < n && isUpperCase(s[end]!) && isLowerCase(s[end + 1]!)) spaceLost = true;
        else continue;
      }
    }
    // Before the number: a word, or closing punctuation after a word, a bracket or a quote
    // ("(Kamerstuk 32317, nr. 984).1"), or a sentence ending in a year ("in 2026.1"), or a
    // name with digits ("CO2,1", "NIS2.3", "COVID-19.2": weak, as names are), but not a
    // decimal or a thousands separator (3,8 or 150.000 or 2.5).
    let p = start - 1;
    let bracketOrQuote = false;
    let sentenceEnd = false;
    while (p >= 0 && isClosingPunctuation(s.charCodeAt(p))) {
      const c = s.charCodeAt(p);
      if (!isSentencePunctuation(c)) bracketOrQuote = true;
      else if (c === 46 || c === 33 || c === 63) sentenceEnd = true;
      p--;
    }
    if (p < 0) continue;
    let name = false;
    if (!isLetter(s[p]!)) {
      if (!isDigit(s.charCodeAt(p)) || p === start - 1) continue;
      if (!bracketOrQuote) {
        let q = p;
        while (q >= 0 && isDigit(s.charCodeAt(q))) q--;
        if (q > 0 && s.charCodeAt(q) === 45) q--; // COVID-19
        name = q >= 0 && p - q <= 3 && isLetter(s[q]!);
        if (!name && (s.charCodeAt(start - 1) !== 46 || p !== start - 2 || end - start > 2 || p - q < 3)) continue;
      }
    }
    if (spaceLost && !(sentenceEnd && isLetter(s[p]!))) continue;
    let strong = p < start - 1 && !name;
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
      if (s.includes('://') || s.includes('www.'))
        for (const u of s.matchAll(URL)) urls.push([u.index, u.index + u[0].length]);
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
