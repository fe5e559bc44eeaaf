// An unnumbered session: a line that opens with a session kind ("Werklunch – Terugkeer naar
// Syrië", a bare "Diversen"). It stands on a line of its own and does not read like a sentence:
// its title starts with a capital, and its last line does not end in punctuation. What it is
// is left to the rules that decide (a session unless one says otherwise).

import type { HeadingRule } from './rule';

const STARTS_LOWER = /^[\s\u00A0]*\p{Ll}/u;

export const sessionKind: HeadingRule = {
  name: 'session kind',
  read(line, lo, lead, context) {
    if (!context.kindInitials.has(lead)) return null;
    if (!context.kindFirstWords.some((w) => line.startsWith(w, lo))) return null;
    const k = context.kindPattern?.exec(line);
    if (!k) return null;
    // A separator with nothing after it, or a lower-case word: a sentence, not a title.
    if (k[3] !== undefined && (k[4]!.trim() === '' || STARTS_LOWER.test(k[4]!))) return null;
    const column = k[1]!.length;
    return {
      number: null,
      numberText: null,
      numeral: null,
      numberColumn: column,
      titleColumn: column,
      title: line.slice(column),
      startsWithKind: true,
      rule: sessionKind,
    };
  },
  stands: (_heading, lastLine) => !lastLine.endsInPunctuation,
  examples: {
    headings: [
      'Werklunch – Terugkeer naar Syrië',
      'Werkdiner - Schengen',
      'Diversen',
      'Werksessie II: Digitalisering',
      'Plenaire\u00A0sessie',
    ],
    text: [
      'Werklunch –',
      'Werklunch met de ministers',
      'Werklunch – de ministers spraken',
      'Diversen zaken kwamen aan bod.',
      'Diner.',
    ],
  },
};
