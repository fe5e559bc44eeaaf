// A new report drafted from an annotated agenda: the letter frame, the title, the agenda's parts
// and items with their titles in the agenda's order, one placeholder paragraph under each item,
// and the agenda's closing. The agenda's cover letter (all before its title), its labels and its
// footnotes are left out. Pure: text in, text out.

import type { CouncilDocument, Domain, Heading, Numeral, Session } from '../parser/model';
import { PLACEHOLDER, DATE_PLACEHOLDER, COUNCIL_PLACEHOLDER } from '../parser/placeholders';
import { meetingOf } from '../core/agenda';
import type { SourceText } from './sourceText';
import { toRoman } from './renumberHeadings';

export interface NewReport {
  /** The report, lines joined with "\n", ending in a line end. */
  readonly text: string;
  /** The line of each placeholder paragraph, in order: the cursor goes to the first. */
  readonly placeholderLines: readonly number[];
  /** What the title says of the meeting: the Council and the date, null where not found. */
  readonly council: string | null;
  readonly date: string | null;
}

/** A heading's title without the footnote references glued to it ("Schengen1" is "Schengen"). */
function plainTitle(h: Heading, doc: CouncilDocument): string {
  let title = h.title;
  for (const r of doc.references) {
    if (r.range.start.line < h.range.start.line || r.range.start.line > h.range.end.line) continue;
    title = title.replace(new RegExp(`(?<=[\\p{L})’”'"\\].,;:])${r.number}(?=\\s|$)`, 'u'), '');
  }
  return title;
}

function numberText(numeral: Numeral, n: number): string {
  if (numeral === 'roman') return toRoman(n);
  if (numeral === 'letter' && n <= 26) return String.fromCharCode(64 + n);
  return String(n);
}

/**
 * The report drafted from `agenda` (its parse) and its text. Where the agenda numbers any item
 * in a part, every item of that part is numbered 1, 2, 3 in order (a number it skips or leaves
 * out is not copied); where it numbers none, none is. Parts keep the agenda's numeral.
 */
export function newReportFromAgenda(agenda: CouncilDocument, source: SourceText): NewReport {
  const titleEnd = agenda.title ? agenda.title.range.end.line : -1;
  const { council, date } = agenda.title ? meetingOf(agenda.title.text) : { council: null, date: null };
  const councilText = council ?? COUNCIL_PLACEHOLDER;
  const dateText = date ?? DATE_PLACEHOLDER;
  const out: string[] = [];
  const placeholderLines: number[] = [];
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  out.push('Geachte Voorzitter,', '');
  out.push(`Hierbij bied ik u het verslag aan van de ${councilText} van ${dateText}.`, '');
  out.push(`Verslag van de ${councilText} van ${dateText}`, '');

  const items = (sessions: readonly Session[]): void => {
    const numbered = sessions.some((s) => s.heading.number !== null);
    sessions.forEach((s, i) => {
      blank();
      out.push(numbered ? `${i + 1}. ${plainTitle(s.heading, agenda)}` : plainTitle(s.heading, agenda));
      out.push('');
      placeholderLines.push(out.length);
      out.push(PLACEHOLDER);
    });
  };
  // The nodes after the title: parts with their items, and items outside any part.
  const nodes = agenda.outline.filter((n) => n.heading.range.start.line > titleEnd);
  const parts = nodes.filter((n): n is Domain => n.kind === 'domain');
  const partNumeral = parts.find((p) => p.heading.numeral !== null)?.heading.numeral ?? null;
  let partNumber = 0;
  let loose: Session[] = [];
  for (const node of nodes) {
    if (node.kind === 'session') {
      loose.push(node);
      continue;
    }
    if (loose.length > 0) items(loose);
    loose = [];
    blank();
    const title = plainTitle(node.heading, agenda);
    out.push(partNumeral ? `${numberText(partNumeral, ++partNumber)}. ${title}` : title);
    items(node.sessions);
  }
  if (loose.length > 0) items(loose);

  // The agenda's closing and signature lines, as written.
  if (agenda.closing) {
    blank();
    for (let l = agenda.closing.start.line; l <= agenda.closing.end.line && l < source.lineCount; l++) {
      const kind = agenda.lineKinds[l];
      out.push(kind === 'blank' ? '' : source.line(l).trim());
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { text: `${out.join('\n')}\n`, placeholderLines, council, date };
}
