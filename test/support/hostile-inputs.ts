// Texts no drafter writes but an editor may hold: a pasted dump, a runaway macro, a file opened
// by mistake. Each is built from a size n (in characters, roughly), so that the time to analyse
// it can be compared at n and 4n. Used by test/hostile-input.test.ts and its analysis worker.

import { generateReport } from '../bench/generate';

const lines = (line: string, n: number): string => `${line}\n`.repeat(n);

/** Runs of digits and punctuation built to make a regex backtrack, on one line and as many short
 *  lines, and the shapes of the format repeated: all must be analysed in linear time. */
export const LINEAR_PROBES: Readonly<Record<string, (n: number) => string>> = {
  "'1.' repeated": (n) => 'Zie' + '1.'.repeat(n / 2),
  "'9' repeated": (n) => 'woord' + '9'.repeat(n),
  "'aa.' and spaces": (n) => 'aa.' + ' '.repeat(n) + 'x',
  "', ' repeated": (n) => 'lidstaten' + ', '.repeat(n / 2),
  "'(' repeated": (n) => 'artikel' + '('.repeat(n) + '3',
  "'’' repeated": (n) => 'hub' + '’'.repeat(n) + '4 maar',
  'nested brackets': (n) => 'x' + '(['.repeat(n / 4) + '1' + '])'.repeat(n / 4) + '.2',
  "'Kamerstuk ' + '1 ' repeated": (n) => 'Kamerstuk ' + '1 '.repeat(n / 2),
  "'1 ' repeated from the line start": (n) => '1 '.repeat(n / 2),
  'a run of digits from the line start': (n) => '9'.repeat(n),
  'a run of digits and a dot from the line start': (n) => '1'.repeat(n) + '.',
  'lines of long numbers': (n) => lines('12345678901234567890123456789', n / 30),
  'glued references': (n) => 'a1 '.repeat(n / 3),
  'references after closing brackets': (n) => 'EU' + '1)'.repeat(n / 2),
  'capitals then a digit': (n) => ('A'.repeat(50) + '1 ').repeat(n / 52),
  'no-break spaces then a letter': (n) => '\u00A0'.repeat(n) + 'x',
  'white space then a heading': (n) => ' '.repeat(n) + '1. Justitie',
  'a closing formula with commas': (n) => 'De Minister van ' + 'x, '.repeat(n / 3),
  "'Werksessie' and numerals": (n) => 'Werksessie' + ' I'.repeat(n / 2),
  'one web address with many digits': (n) => 'Zie https://e.nl/' + 'a1'.repeat(n / 2) + ' en verder',
  'lines of "1."': (n) => lines('1.', n / 3),
  'lines of page numbers': (n) => lines('9', n / 2),
  'lines of notes': (n) => lines('1 x', n / 4),
  'lines of lower-case continuations': (n) => '1. Justitie\n' + lines('a', n / 2),
  'lines of unnumbered sessions': (n) => lines('Werklunch – Migratie', n / 21),
  'lines of bare session kinds': (n) => lines('Werklunch –', n / 12),
  'blank lines': (n) => '\n'.repeat(n),
  'lines of CR': (n) => '\r'.repeat(n),
  'headings and blank lines': (n) => lines('I. Justitie\n\n1. Diversen\n', n / 26),
  'closing formulas': (n) => lines('De Minister van Justitie en Veiligheid,\n', n / 41),
  'notes left open across pages': (n) =>
    '1. Justitie\n\nTekst,1 hier.\n\n' + lines('1 Een noot die doorloopt tot op de\n\n2\n\nvolgende,', n / 50),
  'a generated report': (n) => generateReport({ size: n, seed: 7 }).text,
  'web addresses with glued digits on one line': (n) => 'Zie https://e.nl/a1 '.repeat(n / 20),
};

/** Inputs that are not analysed in linear time today; each has a test marked todo. */

const TEN_MB_CHUNK = 'De lidstaten,1 spraken over EU27 en 150.000 euro (artikel 78(3)) in 2027 ';

/** The big ones, each at one size. */
export const BIG_INPUTS: Readonly<Record<string, () => string>> = {
  /** 10 MB on one line: prose with a reference to note 1 and look-alikes in every chunk. */
  'a 10 MB single line': () => TEN_MB_CHUNK.repeat(Math.ceil(10_000_000 / TEN_MB_CHUNK.length)),
  /** 200,000 headings: 2,000 domains "I. Justitie" with sessions "1. Diversen" to "99. Diversen". */
  '200,000 headings': () => {
    const domain = ['I. Justitie', ''];
    for (let k = 1; k <= 99; k++) domain.push(`${k}. Diversen`, '');
    return Array.from({ length: 2000 }, () => domain.join('\n')).join('\n');
  },
  /** 100,000 notes: a paragraph that refers to notes 1 to 999, then pages of notes 1 to 999. */
  '100,000 footnotes': () => {
    const refs: string[] = [];
    for (let k = 1; k <= 999; k++) refs.push(`lidstaten,${k}`);
    const out = ['Geachte Voorzitter,', '', `${refs.join(' ')}.`, ''];
    for (let notes = 0; notes < 100_000;) {
      for (let k = 1; k <= 999 && notes < 100_000; k++, notes++) out.push(`${k} Kamerstuk 32317, nr. ${k}.`);
      out.push('');
    }
    return out.join('\n');
  },
};

export const TEN_MB_REFERENCES = Math.ceil(10_000_000 / TEN_MB_CHUNK.length);

export function hostileInput(name: string, n: number): string {
  const big = BIG_INPUTS[name];
  if (big) return big();
  const make = LINEAR_PROBES[name];
  if (!make) throw new Error(`no hostile input named ${name}`);
  return make(n);
}
