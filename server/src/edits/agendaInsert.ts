// The quick fix of an agenda item the report does not cover: its heading, with a placeholder
// paragraph under it, inserted where the item stands in the agenda (after the session of the
// item before it, or before the session of the item after it), numbered as its neighbours are.
// The numbered sessions after it in its domain move up where needed, so that no number is doubled.

import type { TextEdit } from 'vscode-languageserver-types';
import type { AgendaComparison, MissingItem } from '../core/agenda';
import type { CouncilDocument, Heading, Session } from '../parser/model';
import { PLACEHOLDER } from '../parser/placeholders';
import type { SourceText } from './sourceText';

/** The domain's sessions (or the sessions outside any domain) that `session` stands among. */
function siblingsOf(report: CouncilDocument, session: Session): readonly Session[] {
  for (const node of report.outline) {
    if (node.kind === 'domain' && node.sessions.includes(session)) return node.sessions;
  }
  return report.outline.filter((n): n is Session => n.kind === 'session');
}

/** The last line of `session`'s section that holds text (its range runs to the next heading). */
function lastTextLine(report: CouncilDocument, source: SourceText, session: Session): number {
  let line = Math.min(session.range.end.line, source.lineCount - 1);
  while (line > session.heading.range.end.line && report.lineKinds[line] === 'blank') line--;
  return line;
}

/** The edits that insert `missing` into `report` (see the file's head), for the text `source`. */
export function agendaItemInsertion(
  report: CouncilDocument,
  source: SourceText,
  comparison: AgendaComparison,
  missing: MissingItem,
): TextEdit[] {
  const item = comparison.items[missing.item]!;
  const neighbour = missing.after ?? missing.before;
  const numbered = neighbour !== null && neighbour.heading.number !== null;
  const siblings = neighbour ? siblingsOf(report, neighbour) : [];
  const at = neighbour ? siblings.indexOf(neighbour) : -1;
  // The number it takes: the one after its neighbour's, or its neighbour's own when it goes before.
  let number = 0;
  if (numbered) number = missing.after ? missing.after.heading.number! + 1 : neighbour.heading.number!;
  const heading = numbered ? `${number}. ${item.heading.title}` : item.heading.title;
  const eol = source.eol;
  const edits: TextEdit[] = [];
  if (missing.after) {
    const line = lastTextLine(report, source, missing.after);
    const end = source.lineEnd(line);
    edits.push({ range: { start: end, end }, newText: `${eol}${eol}${heading}${eol}${eol}${PLACEHOLDER}` });
  } else if (missing.before) {
    const start = { line: missing.before.heading.range.start.line, character: 0 };
    edits.push({ range: { start, end: start }, newText: `${heading}${eol}${eol}${PLACEHOLDER}${eol}${eol}` });
  } else {
    // No session to stand beside: after the title, or at the end of the text before the closing.
    const line = report.title
      ? report.title.range.end.line
      : report.closing
        ? Math.max(0, report.closing.start.line - 1)
        : source.lineCount - 1;
    const end = source.lineEnd(line);
    edits.push({ range: { start: end, end }, newText: `${eol}${eol}${heading}${eol}${eol}${PLACEHOLDER}` });
  }
  if (numbered) {
    // Room for its number: the numbered sessions after it move up by one while they would
    // repeat or undercut one before them ("1. 2." with 2 inserted after 1: "1. 2. 3."); a
    // number already past it stays ("1. 3." with 2 inserted: unchanged).
    let expected = number + 1;
    for (const s of siblings.slice(missing.after ? at + 1 : at)) {
      const h: Heading = s.heading;
      if (h.number === null || h.numberRange === null || h.numeral !== 'arabic') continue;
      if (h.number >= expected) break;
      edits.push({ range: h.numberRange, newText: String(expected) });
      expected++;
    }
  }
  return edits;
}
