// A numbered heading: "1. Title", " 1. Title", "II.\tTitle", "3.\u00a0Title". It reads every
// numbered line; whether one is a domain is the numbered-domain rule's to say, and a roman
// numeral that no rule takes for a domain is text ("C. Jansen" would be heading 100).

import type { Numeral } from '../model';
import * as text from '../text';
import type { HeadingRule } from './rule';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { isDigit } = text;

// The s flag throughout: a line may hold U+2028 or U+2029, which an editor does not break
// lines at but `.` would not match.
const NUMBERED_HEADING = /^(\uFEFF?[ \t\u00A0]{0,3})(\d{1,2}|[IVX]{1,6}|[A-Z])\.[ \t\u00A0]+(\S.*)$/s;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
const STARTS_LOWER = /^[\s\u00A0]*\p{Ll}/u;
// Two sentences in one line: a numbered paragraph, not a heading.
const SENTENCE_BREAK = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;
const LIST_MARK = /^[-•–—*·]/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i]!]!;
    const next = i + 1 < numeral.length ? ROMAN_VALUES[numeral[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A cheap test before SENTENCE_BREAK, whose \p{Ll} is tried at every position. */
function hasSentenceEnd(s: string): boolean {
  return s.includes('.') || s.includes('?') || s.includes('!');
}

/** Whether a dot follows one or two digits, one to six of I, V, X, or one capital at `lo`: a
 *  cheap test before NUMBERED_HEADING, for every line. */
function mayBeNumbered(line: string, lo: number, lead: number): boolean {
  if (isDigit(lead)) {
    const next = line.charCodeAt(lo + 1);
    return next === 46 || (isDigit(next) && line.charCodeAt(lo + 2) === 46);
  }
  if (!(lead >= 65 && lead <= 90)) return false;
  let i = lo;
  for (let c = lead; i - lo < 6 && (c === 73 || c === 86 || c === 88); c = line.charCodeAt(++i));
  return line.charCodeAt(i === lo ? lo + 1 : i) === 46;
}

export const numberedSession: HeadingRule = {
  name: 'numbered session',
  read(line, lo, lead, context) {
    if (!mayBeNumbered(line, lo, lead)) return null;
    const m = NUMBERED_HEADING.exec(line);
    if (!m) return null;
    const numberText = m[2]!;
    let numeral: Numeral;
    let number: number;
    if (isDigit(numberText.charCodeAt(0))) {
      numeral = 'arabic';
      number = Number(numberText);
    } else if (numberText.length === 1 && !ROMAN.test(numberText)) {
      // A capital letter numbers parts where they run A, B, C (A is 1); whether they do is the
      // headings pass's to see.
      numeral = 'letter';
      number = numberText.charCodeAt(0) - 64;
    } else {
      if (!ROMAN.test(numberText)) return null;
      numeral = 'roman';
      number = romanValue(numberText);
    }
    if (number < 1) return null;
    const title = m[3]!;
    if (STARTS_LOWER.test(title) || LIST_MARK.test(title) || (hasSentenceEnd(title) && SENTENCE_BREAK.test(title)))
      return null;
    return {
      number,
      numberText,
      numeral,
      numberColumn: m[1]!.length,
      titleColumn: line.length - title.length,
      title,
      startsWithKind: context.startsWithKind(title),
      rule: numberedSession,
    };
  },
  decide: (c) => (c.numeral === 'roman' || c.numeral === 'letter' ? 'text' : undefined),
  examples: {
    headings: [
      '1. Werksessie I - Duurzame benaderingen',
      ' 2. Justitie',
      '3.\tWerklunch – Migratie',
      '12.\u00A0Diversen',
      'II. Binnenlandse Zaken',
    ],
    text: [
      '1) de lidstaten;',
      '3. de Raad besloot',
      '2. De Raad besloot. De lidstaten volgden.',
      'IIV. Justitie',
      '0. Nul',
      '4. - opsomming',
      '1.',
    ],
  },
};
