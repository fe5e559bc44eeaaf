// Kamerstuk citations and web addresses, found in one native regex pass over the whole text.
// Part of the parser: pure, linear, never throws. Every quantifier in the patterns is bounded
// or stands alone (no nested repetition), so no input makes the regex backtrack badly.

import type { Citation, Position } from './model';

// Between the words of a citation: a few spaces, or one line break with a few spaces around it
// (a citation wrapped onto the next line), never a blank line.
const GAP = '(?:[ \\t\\u00A0]{1,4}|[ \\t\\u00A0]{0,4}(?:\\r\\n|\\r|\\n)[ \\t\\u00A0]{0,4})';

// "Kamerstuk 32317, nr. 984", "Kamerstuk 32 317, nr. 617", "KST 32317, nr. 984",
// "Kamerstukken II 2016-17, 22 112, nr. 2292", "Kamerstuk 21501-02, nr. 3101",
// "Kamerstuk 36200 VI, nr. 5". The parliamentary year is not part of the address.
const KAMERSTUK =
  '(?<![\\p{L}\\p{N}])(?:[Kk]amerstuk(?:ken)?(?:' +
  GAP +
  'II)?(?:,?' +
  GAP +
  '\\d{4}[-–/]\\d{2,4})?|KST),?' +
  GAP +
  '(?<dossier>\\d{2,3}[ \\u00A0]\\d{3}|\\d{4,6})(?:-(?<sub>\\d{1,3}))?(?:[ \\u00A0](?<roman>[IVXL]{1,6}))?,?' +
  GAP +
  'nr\\.?[ \\u00A0]{0,2}(?<number>\\d{1,5})(?!\\d)';

// A web address runs to white space or a quote; punctuation after it is the sentence's.
const WEB_ADDRESS = '(?<![\\p{L}\\p{N}])(?<address>https?:\\/\\/[^\\s<>"“”‘’]+)';

const CITATION = new RegExp(`${KAMERSTUK}|${WEB_ADDRESS}`, 'gu');

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', "'"]);

/** Citations in document order. `lineStarts` holds the offset at which each line starts. */
export function findCitations(text: string, lineStarts: readonly number[]): Citation[] {
  const out: Citation[] = [];
  let line = 0;
  // Matches come in text order, so the line only ever moves forward.
  const position = (offset: number): Position => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return { line, character: offset - lineStarts[line]! };
  };
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(text); m !== null; m = CITATION.exec(text)) {
    const g = m.groups!;
    if (g['address'] !== undefined) {
      const address = trimAddress(g['address']);
      const start = position(m.index);
      out.push({ kind: 'web-address', address, range: { start, end: position(m.index + address.length) } });
    } else {
      const dossier =
        g['dossier']!.replace(/[ \u00A0]/g, '') +
        (g['sub'] ? `-${g['sub']}` : '') +
        (g['roman'] ? `-${g['roman']}` : '');
      const start = position(m.index);
      out.push({
        kind: 'kamerstuk',
        dossier,
        number: g['number']!,
        range: { start, end: position(m.index + m[0].length) },
      });
    }
  }
  return out;
}

/** Without the punctuation that ends the sentence, or a bracket that closes around the address. */
function trimAddress(address: string): string {
  let end = address.length;
  for (;;) {
    const c = address[end - 1]!;
    if (TRAILING_PUNCTUATION.has(c)) end--;
    else if ((c === ')' || c === ']') && !balanced(address.slice(0, end), c === ')' ? '(' : '[', c)) end--;
    else break;
  }
  return address.slice(0, end);
}

function balanced(s: string, open: string, close: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === open) depth++;
    else if (c === close) depth--;
  }
  return depth >= 0;
}

/** How many line breaks a citation can span: one in each of the four gaps of KAMERSTUK. */
const CITATION_REACH = 4;

/** Whether a line holds the first word a citation starts with: "Kamerstuk" in either case,
 *  "KST", or a web address. Every citation starts on such a line. */
export function startsCitation(line: string): boolean {
  return line.includes('amerstuk') || line.includes('KST') || line.includes('http');
}

/** A run of a document's lines that its citations can stand in: lines that start a citation,
 *  with the lines a wrapped citation can reach after them. The strings are those of the
 *  document's version, kept when it was parsed, so its citations are its own whenever read. */
export interface CitationStretch {
  readonly first: number;
  readonly lines: readonly string[];
}

/** Where the citations of a version can stand: the lines that start one, in order, and their
 *  stretches. */
export interface CitationLines {
  readonly starts: readonly number[];
  readonly stretches: readonly CitationStretch[];
}

/** The stretches around `starts` in `lines`. `kept(first, length)`: a stretch of the previous
 *  version with these lines, if its strings are still those of these lines. */
export function stretchesAround(
  lines: readonly string[],
  starts: readonly number[],
  kept: (first: number, length: number) => CitationStretch | undefined = () => undefined,
): CitationStretch[] {
  const out: CitationStretch[] = [];
  const n = lines.length;
  for (let k = 0; k < starts.length;) {
    const first = starts[k]!;
    let last = Math.min(n - 1, first + CITATION_REACH);
    for (k++; k < starts.length && starts[k]! <= last; k++) last = Math.min(n - 1, starts[k]! + CITATION_REACH);
    out.push(kept(first, last - first + 1) ?? { first, lines: lines.slice(first, last + 1) });
  }
  return out;
}

/** The citation lines of a whole text, every line tested. */
export function citationLinesOf(lines: readonly string[]): CitationLines {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (startsCitation(lines[i]!)) starts.push(i);
  return { starts, stretches: stretchesAround(lines, starts) };
}

/** The citations in the stretches, in document order: each stretch searched as the text of
 *  its lines joined by line breaks, which gives the positions a search of the whole text would
 *  (a citation starts on a line that starts one, and spans at most CITATION_REACH breaks). */
export function citationsIn(stretches: readonly CitationStretch[]): Citation[] {
  const out: Citation[] = [];
  for (const s of stretches) {
    const starts: number[] = new Array<number>(s.lines.length);
    let offset = 0;
    for (let i = 0; i < s.lines.length; i++) {
      starts[i] = offset;
      offset += s.lines[i]!.length + 1;
    }
    for (const c of findCitations(s.lines.join('\n'), starts)) out.push(shifted(c, s.first));
  }
  return out;
}

function shifted(c: Citation, lines: number): Citation {
  if (lines === 0) return c;
  const range = {
    start: { line: c.range.start.line + lines, character: c.range.start.character },
    end: { line: c.range.end.line + lines, character: c.range.end.character },
  };
  return c.kind === 'kamerstuk'
    ? { kind: c.kind, dossier: c.dossier, number: c.number, range }
    : { kind: c.kind, address: c.address, range };
}
