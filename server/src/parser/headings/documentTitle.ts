// The document's title: a line that begins with "Verslag" or "Geannoteerde agenda" (in any
// case) and names a Council meeting ("VERSLAG RAAD BUITENLANDSE ZAKEN VAN 25 JANUARI 2027",
// "Geannoteerde agenda van de bijeenkomst van de Raad Justitie en" / "Binnenlandse Zaken, 11
// en 12 oktober 2027"). It may wrap over up to three lines. It names the document: never a
// domain or a session. Only the first such line is the title; a later one is text.

import { sharedReadings, type HeadingMatch, type HeadingRule } from './rule';

const TITLE =
  /^(?:V[Ee][Rr][Ss][Ll][Aa][Gg]|G[Ee][Aa][Nn][Nn][Oo][Tt][Ee][Ee][Rr][Dd][Ee][ \t\u00A0]+[Aa][Gg][Ee][Nn][Dd][Aa])(?![\p{L}\p{N}])/u;
const MEETING = /raad|council|eurogroep|europese top|bijeenkomst|gymnich/i;
/** The line ends in a word or mark after which the title goes on: "... van de Raad Justitie en". */
const OPEN_END = /(?:\s(?:en|van|de|der|den|het|te|voor|op|in|over|met|inzake)|[,–—-])\s*$/iu;

// One reading per column and whether the title goes on (see sharedReadings).
const readings = sharedReadings(() => documentTitle);
const reading = readings.reading;

/** Whether the title's first line ends where the title goes on, on the next line. */
export function titleGoesOn(h: HeadingMatch): boolean {
  return readings.flagged(h);
}

export const documentTitle: HeadingRule = {
  name: 'document title',
  read(line, lo, lead) {
    if (lead !== 86 && lead !== 71) return null;
    const content = line.slice(lo).trimEnd();
    if (content.length > 160 || !TITLE.test(content)) return null;
    const last = content.charCodeAt(content.length - 1);
    if (last === 46 || last === 59 || last === 58 || last === 33 || last === 63) return null;
    const goesOn = OPEN_END.test(content);
    if (!goesOn && !MEETING.test(content)) return null;
    return reading(lo, goesOn);
  },
  // A title may follow the signature of a cover letter directly (text without blank lines).
  opensInside: () => true,
  decide: (c, around) => (c.rule !== documentTitle ? undefined : around.titleFound ? 'text' : 'title'),
  examples: {
    headings: [
      'VERSLAG RAAD BUITENLANDSE ZAKEN VAN 27 JANUARI 2027',
      'Verslag Eurogroep en Ecofinraad van 15 en 16 februari 2027',
      'Geannoteerde agenda van de Raad Algemene Zaken van 18 maart 2027',
      'Verslag van de bijeenkomst',
    ],
    text: ['Verslag.', 'Verslagen van de lidstaten', 'verslag van de Raad', 'Verslag van het commissiedebat'],
  },
};
