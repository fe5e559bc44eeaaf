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

const MAX_LENGTH = 110;
/** Inside a block or with the body right below it: no longer than this (a wrapped body line
 *  that ends before a capitalised word is nearly as long as the text is wide). */
const MAX_SHORT_LENGTH = 80;
const MAX_WORDS = 20;
const MAX_SHORT_WORDS = 12;

const UPPER = /^\p{Lu}/u;
const SENTENCE_BREAK = /\p{Ll}[.!?]\s+\p{Lu}/u;
// Frame and letterhead lines, closing formulas and signatures, datelines, list items.
const NOT_A_TOPIC = new RegExp(
  [
    "^(?:Aan\\s+de\\s+[Vv]oorzitter|Postbus|Datum|Betreft|Retouradres|Onze\\s+referentie|Uw\\s+referentie|Uw\\s+brief|Ons\\s+kenmerk|Kenmerk|Bijlage|Contactpersoon|Telefoon|E-mail|Den\\s+Haag|[’']s-Gravenhage|Tweede\\s+Kamer|Geachte|Zeer\\s+geachte|Hoogachtend|Met\\s+(?:vriendelijke|hoogachtende)\\s+groet)\\b",
    '^(?:De|Namens\\s+de)\\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\\b',
    // initials: "A.B. de Groot", "C. Jansen"
    '^\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*\\s',
    // a place and a date: "Brussel, 4 februari 2027"
    ',\\s*\\d{1,2}\\s+\\p{Ll}+\\s+\\d{4}$',
    // "A) ...", "B: ..."
    '^\\p{Lu}[):]',
  ].join('|'),
  'u',
);
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

const SENTENCE_WORD = new RegExp(`(?:^|[\\s\\u00A0])(?:${[...SENTENCE_WORDS].join('|')})(?=[\\s\\u00A0,]|$)`, 'i');

function isEndPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** A digit, a closing bracket or quote: what may stand after a sentence's end. */
function isClosingMarkOrDigit(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 34 || c === 39 || c === 0xbb
  );
}

function hasSentenceEnd(s: string): boolean {
  return s.includes('.') || s.includes('!') || s.includes('?');
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
    const content = line.slice(lo, hi);
    if (hasSentenceEnd(content) && SENTENCE_BREAK.test(content)) return null;
    let words = 1;
    for (let i = 0; i < content.length; i++)
      if (content.charCodeAt(i) === 32 && content.charCodeAt(i + 1) !== 32) words++;
    if (words > MAX_WORDS + 5) return null;
    if (SENTENCE_WORD.test(content) || NOT_A_TOPIC.test(content)) return null;
    const counted = content.split(/[\s\u00A0]+/).length;
    if (counted > MAX_WORDS) return null;
    return reading(lo, hi - lo <= MAX_SHORT_LENGTH && counted <= MAX_SHORT_WORDS);
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
      'Geachte Voorzitter',
    ],
  },
};
