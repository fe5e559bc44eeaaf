// A topic heading: an agenda item headed by its subject on a line of its own, unnumbered, as
// most Council formations write their reports ("Russische agressie tegen Oekraïne",
// "Voorbereiding Europese Raad 20-21 maart"). A session with number null, or a part when
// another heading follows it directly.
//
// Reading the line: it starts with a capital, ends in no punctuation, holds at most 110
// characters and 20 words, no second sentence, none of the common finite verbs or subject
// pronouns (a subject, not a sentence), and is no frame, letterhead, closing, signature or
// dateline. Where it stands is decided in the headings pass from the lines' facts: at a block's
// start after the letter frame, followed by a paragraph, a label or a heading; inside a block
// (text without blank lines) only when it is short, right below a line that ends a sentence or
// below a heading, and followed by a line that starts with a capital.

import * as text from '../text';
import { sharedReadings, type HeadingMatch, type HeadingRule } from './rule';

// Bound once: see numberedSession.ts.
const { isWhiteSpace } = text;
const isDigitCode = text.isDigit;

const MAX_LENGTH = 110;
/** Inside a block or with the body right below it: no longer than this (a wrapped body line
 *  that ends before a capitalised word is nearly as long as the text is wide). */
const MAX_SHORT_LENGTH = 80;
const MAX_WORDS = 20;
const MAX_SHORT_WORDS = 12;

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
// Frame and letterhead lines, closing formulas and signatures, list items: all at the line's
// start, so that the pattern is tried at the first position only.
const NOT_A_TOPIC = new RegExp(
  [
    "^(?:Aan\\s+de\\s+[Vv]oorzitter|Postbus|Datum|Betreft|Retouradres|Onze\\s+referentie|Uw\\s+referentie|Uw\\s+brief|Ons\\s+kenmerk|Kenmerk|Bijlage|Contactpersoon|Telefoon|E-mail|Den\\s+Haag|[’']s-Gravenhage|Tweede\\s+Kamer|Geachte|Zeer\\s+geachte|Hoogachtend|Met\\s+(?:vriendelijke|hoogachtende)\\s+groet)\\b",
    '^(?:De|Namens\\s+de)\\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\\b',
    // initials: "A.B. de Groot", "C. Jansen"
    '^\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*\\s',
    // "A) ...", "B: ..."
    '^\\p{Lu}[):]',
  ].join('|'),
  'u',
);
/** A place and a date: "Brussel, 4 februari 2027"; tried only on a line that ends in a digit. */
const DATELINE = /,\s*\d{1,2}\s+\p{Ll}+\s+\d{4}$/u;
// Finite verbs and subject pronouns common in reports: a line that holds one is a sentence.
const SENTENCE_WORDS = new Set(
  (
    'is zijn was waren wordt worden werd werden heeft hebben heb hebt had hadden kan kunnen kon konden ' +
    'zal zullen zou zouden moet moeten moest moesten mag mogen mocht mochten wil willen wilde wilden ' +
    'gaat gaan ging gingen komt komen kwam kwamen staat staan stond stonden blijft blijven bleef bleven ' +
    'ligt liggen lag lagen vindt vinden vond vonden spreekt spreken sprak spraken bespreekt bespreken ' +
    'besprak bespraken geeft geven gaf gaven neemt nemen nam namen vraagt vragen vroeg vroegen roept ' +
    'roepen riep riepen wijst wees wezen houdt hield hielden brengt bracht brachten doet doen deed deden ' +
    'ziet zien zag zagen zegt zei zeiden krijgt kreeg kregen sloot sloten steunt steunde steunden stemt ' +
    'stemde stemden benadrukt benadrukte benadrukten onderstreept onderstreepte onderstreepten ' +
    'verwelkomt verwelkomde verwelkomden presenteert presenteerde presenteerden informeert informeerde ' +
    'informeerden meldt meldde meldden lichtte lichtten bied biedt bieden zend zendt stuur stuurt ' +
    'ontvangt ontvangen pleitte pleitten uitte uitten deelde deelden wisselde wisselden ' +
    'ik wij we hij'
  ).split(' '),
);
/** A word's hash: its ASCII letters folded to lower case; -1 for a word with other characters. */
function wordHash(line: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) {
    let c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c < 97 || c > 122) return -1;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}
const SENTENCE_WORD_HASHES = new Set([...SENTENCE_WORDS].map((w) => wordHash(w, 0, w.length)));
let longestSentenceWord = 0;
for (const w of SENTENCE_WORDS) longestSentenceWord = Math.max(longestSentenceWord, w.length);
/** The first two letters of SENTENCE_WORDS (lower case), as (first - 97) * 26 + second - 97. */
const SENTENCE_WORD_STARTS = new Uint8Array(26 * 26);
for (const w of SENTENCE_WORDS) SENTENCE_WORD_STARTS[(w.charCodeAt(0) - 97) * 26 + (w.charCodeAt(1) - 97)] = 1;
/** White space other than the space: a line that holds some (anywhere) is read by the slower loop. */
const OTHER_SPACE = /[^\S ]/;

function isEndPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** A digit, a closing bracket or quote: what may stand after a sentence's end. */
function isClosingMarkOrDigit(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 34 || c === 39 || c === 0xbb
  );
}

function isLower(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c >= 97 ? c <= 122 || (c > 127 && LOWER.test(line.slice(i, i + 2))) : false;
}

function isUpper(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c >= 65 && c <= 90 ? true : c > 127 && UPPER.test(line.slice(i, i + 2));
}

/** Whether line[at, at + 2) are two ASCII letters that start one of SENTENCE_WORDS. */
function startsSentenceWord(line: string, at: number): boolean {
  const a = line.charCodeAt(at) | 32;
  const b = line.charCodeAt(at + 1) | 32;
  return a >= 97 && a <= 122 && b >= 97 && b <= 122 && SENTENCE_WORD_STARTS[(a - 97) * 26 + (b - 97)] === 1;
}

/** Whether the word line[start, end) (cut at `comma` when that is inside it: "sprak,1") is one
 *  of SENTENCE_WORDS, in any case. */
function isSentenceWord(line: string, start: number, end: number, comma: number): boolean {
  if (comma >= start && comma < end) end = comma;
  const n = end - start;
  if (n < 2 || n > longestSentenceWord || !startsSentenceWord(line, start)) return false;
  const h = wordHash(line, start, end);
  return h !== -1 && SENTENCE_WORD_HASHES.has(h) && SENTENCE_WORDS.has(line.slice(start, end).toLowerCase());
}

/** The first comma at or after `from`, given the one found before (`comma`): searched for again
 *  only once passed, so one search a line rather than one a word; -2 when there is none further
 *  on. A function of the module, not a closure: this runs for every capitalised line. */
function nextComma(line: string, comma: number, from: number): number {
  if (comma === -2 || comma >= from) return comma;
  const at = line.indexOf(',', from);
  return at < 0 ? -2 : at;
}

/** A word that ends a sentence (a lower-case letter, then . ! or ?) with another after it: the
 *  next word, from `next`, starts with a capital. */
function endsSentenceBefore(line: string, start: number, end: number, next: number, hi: number): boolean {
  const last = line.charCodeAt(end - 1);
  return (
    (last === 46 || last === 33 || last === 63) &&
    end - start >= 2 &&
    isLower(line, end - 2) &&
    next < hi &&
    isUpper(line, next)
  );
}

/**
 * The words of line[lo, hi) counted, or -1 when the line is a sentence: a word of
 * SENTENCE_WORDS (in any case, up to a comma), or a second sentence (a lower-case letter, . !
 * or ?, white space, a capital). Stops at the first word past `maxWords`. Words are found with
 * indexOf where spaces are the only white space, and only a word whose first two letters start
 * a listed word is looked at further.
 */
function countWords(line: string, lo: number, hi: number, maxWords: number): number {
  let words = 0;
  // The first comma from the current word on (see nextComma).
  let comma = -1;
  if (!OTHER_SPACE.test(line)) {
    for (let i = lo; i < hi;) {
      if (line.charCodeAt(i) === 32) {
        i++;
        continue;
      }
      let end = line.indexOf(' ', i);
      if (end < 0 || end > hi) end = hi;
      if (++words > maxWords) return words;
      comma = nextComma(line, comma, i);
      if (isSentenceWord(line, i, end, comma)) return -1;
      let next = end;
      while (next < hi && line.charCodeAt(next) === 32) next++;
      if (endsSentenceBefore(line, i, end, next, hi)) return -1;
      i = next;
    }
    return words;
  }
  for (let i = lo; i < hi;) {
    while (i < hi && isWhiteSpace(line.charCodeAt(i))) i++;
    if (i === hi) break;
    const start = i;
    while (i < hi && !isWhiteSpace(line.charCodeAt(i))) i++;
    if (++words > maxWords) return words;
    comma = nextComma(line, comma, start);
    if (isSentenceWord(line, start, i, comma)) return -1;
    let next = i;
    while (next < hi && isWhiteSpace(line.charCodeAt(next))) next++;
    if (endsSentenceBefore(line, start, i, next, hi)) return -1;
  }
  return words;
}

// One reading per column and length class (see sharedReadings).
const readings = sharedReadings(() => topic);
const reading = readings.reading;

/** Whether a topic reading is short enough to stand inside a block. */
export function isShortTopic(h: HeadingMatch): boolean {
  return readings.flagged(h);
}

export const topic: HeadingRule = {
  name: 'topic heading',
  read(line, lo, lead, context) {
    if (!context.topicHeadings) return null;
    if (!(lead >= 65 && lead <= 90) && !(lead > 127 && UPPER.test(line.slice(lo, lo + 2)))) return null;
    // Char-code tests first: this is asked of every line that starts with a capital.
    let hi = line.length;
    while (hi > lo && isWhiteSpace(line.charCodeAt(hi - 1))) hi--;
    if (hi - lo > MAX_LENGTH) return null;
    // Punctuation at the end, also before a footnote number or a closing quote ("besloten.4").
    let end = hi;
    while (end > lo && end > hi - 3 && isClosingMarkOrDigit(line.charCodeAt(end - 1))) end--;
    if (isEndPunctuation(line.charCodeAt(hi - 1)) || isEndPunctuation(line.charCodeAt(end - 1))) return null;
    const words = countWords(line, lo, hi, MAX_WORDS);
    if (words < 0 || words > MAX_WORDS) return null;
    if (NOT_A_TOPIC.test(line.slice(lo, hi))) return null;
    if (isDigitCode(line.charCodeAt(hi - 1)) && DATELINE.test(line.slice(lo, hi))) return null;
    return reading(lo, hi - lo <= MAX_SHORT_LENGTH && words <= MAX_SHORT_WORDS);
  },
  // Inside a block: right below a line that ends a sentence, a label, or a heading's line.
  opensInside: (h, previous) =>
    isShortTopic(h) && (previous.endsSentence || previous.label || previous.heading !== null),
  // A wrapped topic ends in no punctuation either.
  stands: (_h, lastLine) => !lastLine.endsInPunctuation && !lastLine.endsSentence,
  readsLinesBefore: 1,
  // Directly followed by another heading (labels aside): a part.
  decide: (c, around) => (c.rule !== topic ? undefined : around.headingNext ? 'domain' : 'session'),
  examples: {
    headings: [
      'Russische agressie tegen Oekraïne',
      'Sahel en West-Afrikaanse kuststaten',
      'Voorbereiding Europese Raad 20-21 maart',
      'Rechtsstatelijkheid: jaarlijkse dialoog',
      'Ministeriële bijeenkomst – Europese Havenalliantie',
      'Iran',
    ],
    text: [
      'Nederland zat deze Raad voor.',
      'De Minister van Buitenlandse Zaken,',
      'A.B. de Groot',
      'Den Haag, 4 februari 2027',
      'De Raad besprak de situatie in de',
      'Postbus 20018',
      'Hoogachtend',
      'de lidstaten spraken',
      'Nederland steunde,2 met andere lidstaten de Commissie',
      'Geachte Voorzitter',
    ],
  },
};
