// The line scanner: a line's facts from its text and the parse options alone, so that a line
// unchanged since the previous version of a document keeps its facts (see reuse/cache.ts).

import * as candidates from './candidates';
import { GluedNumbers } from './candidates';
import { RuleContext } from './headings/context';
import * as rules from './headings/rules';
import * as facts from './facts';
import type { DefinitionMatch, LineFacts } from './facts';
import type { ParseOptions } from './options';
import * as placeholders from './placeholders';
import * as text from './text';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { referenceCandidates } = candidates;
const { readHeading } = rules;
const { BLANK_FACTS, lineFacts, NO_CANDIDATES, NO_PLACEHOLDERS, PLAIN_FACTS } = facts;
const { isDigit, isWhiteSpace } = text;
const { placeholdersIn } = placeholders;

// A page number, "- 2 -", "Pagina 2 van 5": page furniture copied from a PDF.
const PAGE_FURNITURE =
  /^\s*(?:\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|(?:pagina|blad|page)\s+\d{1,4}(?:\s+(?:van|of)\s+\d{1,4})?)\s*$/i;
// The official publication's furniture (a Kamerstuk PDF), each line told by its own text: the
// head ("Tweede Kamer der Staten-Generaal 2", "Vergaderjaar 2026–2027"), the letter line ("Nr.
// 3301 BRIEF VAN DE MINISTER ..."), the first page's imprint ("kst-21501-02-3301", "ISSN 0921 -
// 7371", "’s-Gravenhage 2027") and each page's foot ("Tweede Kamer, vergaderjaar 2026–2027, 21
// 501-02, nr. 3301 2", the page last; on the first page after the imprint's place and year).
// The head needs its number: "Tweede Kamer der Staten-Generaal" alone is the addressee. The
// dossier line is told alone when the dossier has a sub-number ("21 501-02 Raad Algemene Zaken
// ..."); without one ("32 317 JBZ-Raad") it could be a sentence that wraps before an amount
// ("12 000 Oekraïners ..."), so it stays a frame line, which is never a definition (below).
const FOOT = String.raw`Tweede Kamer, vergaderjaar\s+\d{4}\s*[-–]\s*\d{4},\s+[^,]{1,30},\s+nr\.\s+\d{1,5}\s+\d{1,4}`;
const PUBLICATION_FURNITURE = new RegExp(
  String.raw`^\s*(?:Tweede Kamer der Staten-Generaal\s+\d|Vergaderjaar\s+\d{4}\s*[-–]\s*\d{4}` +
    String.raw`|Nr\.\s+\d{1,5}\s+[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*|kst-\d[\dA-Z-]*-\d+|ISSN\s+\d{4}\s*-\s*\d{3}[\dX]` +
    String.raw`|\d{2}\s\d{3}-\d{1,3}\s+\p{Lu}[^.,;:!?]*` +
    String.raw`|[’']s-Gravenhage\s+\d{4}(?:\s+${FOOT})?|${FOOT})\s*$`,
  'u',
);
// The ministry's letter: the reference repeated at the top of each later page ("Onze referentie"
// and its value, on one line or two). A value alone is a code with a long run of digits
// ("BZDOC-1561804725-73", "2027Z01234"), never a name such as COVID-19.
const LETTERHEAD_FURNITURE =
  /^\s*(?:(?:Onze referentie|Ons kenmerk|Uw referentie|Uw kenmerk)(?:\s+\S+)?|[A-Z][A-Z0-9]{1,15}[-.]\d[\d.-]{3,}\d|\d{4}[-Z]\d{4,}(?:[-.]\d+)*)\s*$/;
// The letterhead's fields, which belong to the letter frame: never a heading.
const LETTERHEAD_FIELD =
  /^\s*(?:Retouradres\b|Postbus\s+\d|Datum(?:\s+\d.*)?\s*$|Betreft\b|Bijlage\(n\)|Bijlagen?\s*\d*\s*$|Uw brief\b|Contactpersoon\b)/;
// Lines of the form of a definition that are not: a date alone ("2 februari 2027", the value of
// the letterhead's Datum), a dossier line ("21 501-02 Raad Algemene Zaken ...").
const NOT_A_DEFINITION =
  /^\s*\d{1,3}[ \t\u00A0]+(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\s*$|\d{3}(?:-[\dA-Z]+)?\s+\p{Lu})/u;
// A footnote definition line: number, white space, note text. The s flag: a line may hold
// U+2028 or U+2029, which an editor does not break lines at but `.` would not match.
const DEFINITION = /^(\uFEFF?[ \t\u00A0]{0,3})(\d{1,3})[ \t\u00A0]+(\S.*)$/s;
const STARTS_LOWER = /^[\s\u00A0]*\p{Ll}/u;
const CLOSING =
  /^\uFEFF?[ \t\u00A0]{0,3}(?:(?:De|de|Namens de)\s+(?:[Mm]inister|[Ss]taatssecretaris)\b.*,|Hoogachtend,?|Met\s+(?:vriendelijke|hoogachtende)\s+groet(?:en)?,?)\s*$/s;
const SALUTATION = /^\s*(?:Geachte|Zeer geachte)\b/;

export { GluedNumbers };

/** Scans lines for one set of parse options; built once per options object. */
export class LineScanner {
  readonly context: RuleContext;

  private constructor(options: ParseOptions) {
    this.context = RuleContext.for(options);
  }

  private static readonly scanners = new WeakMap<ParseOptions, LineScanner>();

  static for(options: ParseOptions): LineScanner {
    let scanner = LineScanner.scanners.get(options);
    if (!scanner) {
      scanner = new LineScanner(options);
      LineScanner.scanners.set(options, scanner);
    }
    return scanner;
  }

  /** `glued`: the glued numbers of the whole text, found in one pass, with the offset at which
   *  this line starts; without it the line is searched itself. */
  scan(s: string, glued: GluedNumbers | null = null, lineStart = 0): LineFacts {
    // Char-code loops rather than trim() and a regex: this runs once for every line.
    const n = s.length;
    let lo = 0;
    while (lo < n && isWhiteSpace(s.charCodeAt(lo))) lo++;
    if (lo === n) return BLANK_FACTS;
    let hi = n;
    while (isWhiteSpace(s.charCodeAt(hi - 1))) hi--;
    const lead = s.charCodeAt(lo);
    const last = s.charCodeAt(hi - 1);
    if (
      n <= 40 &&
      (isDigit(lead) ||
        lead === 45 ||
        lead === 0x2013 ||
        lead === 0x2014 ||
        (lead | 32) === 112 ||
        (lead | 32) === 98) &&
      PAGE_FURNITURE.test(s)
    ) {
      return lineFacts('page-furniture', hi, false, false, null, null, false, false, NO_CANDIDATES);
    }
    if (
      n <= 160 &&
      ((mayBePublicationFurniture(lead, s.charCodeAt(lo + 1)) && PUBLICATION_FURNITURE.test(s)) ||
        (n <= 60 && ((lead >= 65 && lead <= 90) || isDigit(lead)) && LETTERHEAD_FURNITURE.test(s)))
    ) {
      return lineFacts('page-furniture', hi, false, false, null, null, false, false, NO_CANDIDATES);
    }
    const startsLower = lead >= 97 && lead <= 122 ? true : lead < 128 ? false : STARTS_LOWER.test(s);
    const endsInPunctuation = last === 46 || last === 44 || last === 59 || last === 58 || last === 33 || last === 63;
    const endsSentence = endsASentence(s, hi);
    const label = n <= 300 && this.context.labelInitials.has(lead) && this.context.labelPattern.test(s);
    const field = mayBeField(s, lo, lead) && LETTERHEAD_FIELD.test(s);
    const heading = n <= 300 && !field ? readHeading(s, lo, lead, this.context) : null;
    const definition = isDigit(lead) && !NOT_A_DEFINITION.test(s) ? definitionMatch(s) : null;
    const closing = (lead === 68 || lead === 100 || lead === 78 || lead === 72 || lead === 77) && CLOSING.test(s);
    const salutation = (lead === 71 || lead === 90) && SALUTATION.test(s);
    const candidates = referenceCandidates(s, glued, lineStart);
    const placeholder = placeholdersIn(s, lo, hi);
    if (
      hi === n &&
      heading === null &&
      definition === null &&
      !closing &&
      !salutation &&
      !label &&
      candidates === NO_CANDIDATES &&
      placeholder === null &&
      endsSentence === (last === 46 || last === 33 || last === 63)
    ) {
      return PLAIN_FACTS[endsSentence ? (startsLower ? 5 : 4) : (startsLower ? 2 : 0) + (endsInPunctuation ? 1 : 0)];
    }
    return lineFacts(
      'body',
      hi === n ? -1 : hi,
      startsLower,
      endsInPunctuation,
      heading,
      definition,
      closing,
      salutation,
      candidates,
      endsSentence,
      label,
      placeholder ?? NO_PLACEHOLDERS,
    );
  }
}

/** Tw(eede Kamer), Ve(rgaderjaar), Nr., ks(t-), IS(SN), ’s or 's (’s-Gravenhage), or the two
 *  digits of a dossier line: the first two characters its lines start with. */
function mayBePublicationFurniture(c: number, next: number): boolean {
  switch (c) {
    case 84:
      return next === 119; // Tw
    case 86:
      return next === 101; // Ve
    case 78:
      return next === 114; // Nr
    case 107:
      return next === 115; // ks
    case 73:
      return next === 83; // IS
    case 0x2019:
    case 39:
      return next === 115; // ’s
    default:
      return isDigit(c) && isDigit(next);
  }
}

/** Re(touradres), Po(stbus), Da(tum), Be(treft), Bi(jlage), Uw, Co(ntactpersoon): the two
 *  characters a letterhead field starts with, so that the pattern is tried on few lines. */
function mayBeField(s: string, lo: number, lead: number): boolean {
  const c = s.charCodeAt(lo + 1);
  switch (lead) {
    case 82:
      return c === 101;
    case 80:
    case 67:
      return c === 111;
    case 68:
      return c === 97;
    case 66:
      return c === 101 || c === 105;
    case 85:
      return c === 119;
    default:
      return false;
  }
}

/** Whether the text before column `hi` ends a sentence: . ! or ?, then perhaps closing quotes
 *  or brackets and a footnote number ("doorgevoerd.3", "(EPBD).5", "besloten.”"). */
function endsASentence(s: string, hi: number): boolean {
  let i = hi - 1;
  let digits = 0;
  while (i >= 0 && digits < 3 && isDigit(s.charCodeAt(i))) {
    i--;
    digits++;
  }
  if (digits > 0 && i >= 0 && isDigit(s.charCodeAt(i))) return false;
  let quotes = 0;
  for (
    let c = s.charCodeAt(i);
    quotes < 3 && (c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 34 || c === 39 || c === 0xbb);
    c = s.charCodeAt(i)
  ) {
    i--;
    quotes++;
  }
  const c = s.charCodeAt(i);
  if (!(c === 46 || c === 33 || c === 63)) return false;
  // A number with a dot before its digits is not a sentence's end ("artikel 3.1").
  return !(digits > 0 && quotes === 0 && i > 0 && isDigit(s.charCodeAt(i - 1)));
}

function definitionMatch(s: string): DefinitionMatch | null {
  const m = DEFINITION.exec(s);
  if (!m) return null;
  const number = Number(m[2]);
  if (number < 1) return null;
  return { column: m[1]!.length, digits: m[2]!.length, number, textColumn: s.length - m[3]!.length };
}
