// Character tests and white space handling shared by the scanner, the passes and the features
// that read or write footnote references. Char-code tests rather than patterns: they run for
// every line, and a pattern costs more to start than to match.

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITE_SPACE_RUN = /[\s\u00A0\uFEFF]+/g;

/** Exactly what \s matches (and trim() removes): white space, line terminators, U+FEFF. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

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

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && LETTER.test(ch);
}

export function isLowerCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase();
}

/** . , ; : ! ? */
export function isSentencePunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** . , ; : ! ? ) ] ’ ” " ' » */
export function isClosingPunctuation(c: number): boolean {
  return (
    isSentencePunctuation(c) ||
    c === 41 ||
    c === 93 ||
    c === 0x2019 ||
    c === 0x201d ||
    c === 34 ||
    c === 39 ||
    c === 0xbb
  );
}

/**
 * The shape of a footnote reference around its number, for the features that type or insert
 * one (completion, Insert Footnote): the number is glued to a letter or to closing punctuation,
 * and does not run on into a word or into another number after it. The parser's own test of a
 * candidate (referenceCandidates) reads further: back over the word (EU27, 150.000), and it
 * takes only white space or closing punctuation after the number.
 */
export const REFERENCE_SHAPE = {
  /** Whether a reference's number can be glued to `ch`, the character before it. */
  canFollow(ch: string | undefined): boolean {
    return ch !== undefined && (LETTER.test(ch) || REFERENCE_SHAPE.isClosingPunctuation(ch));
  },
  /** . , ; : ! ? ) ] ’ ” " ' », as one character. */
  isClosingPunctuation(ch: string | undefined): boolean {
    return ch !== undefined && ch.length === 1 && isClosingPunctuation(ch.charCodeAt(0));
  },
  /** Whether a number that ends before column `end` of `line` would run on into what follows:
   *  a letter or a digit, or closing punctuation and a digit (3,8 or 150.000). */
  runsOn(line: string, end: number): boolean {
    const after = line[end];
    if (after === undefined) return false;
    return (
      LETTER_OR_DIGIT.test(after) || (REFERENCE_SHAPE.isClosingPunctuation(after) && isDigit(line.charCodeAt(end + 1)))
    );
  },
  /** A letter or a digit: what may not stand right after a number being typed. */
  isLetterOrDigit(ch: string | undefined): boolean {
    return ch !== undefined && LETTER_OR_DIGIT.test(ch);
  },
} as const;
