// Titles and labels set by hand on a parsed report, for the features that show them, until the
// parser reads them from the report's own lines. A test that uses these says so in its name;
// after the parser work it can write the title and the labels into its report instead.

import type { CouncilDocument, Domain, Heading, OutlineNode, Range, Session } from '../../server/src/parser/model';

/** The whole of line `line`, from its first character to `length`. */
export function lineRange(line: number, length: number): Range {
  return { start: { line, character: 0 }, end: { line, character: length } };
}

/** The document with `text` as its title, standing on line `line`. */
export function withTitle(doc: CouncilDocument, text: string, line: number): CouncilDocument {
  return { ...doc, title: { text, range: lineRange(line, text.length) } };
}

/** The document with labels on the headings titled as the keys: `{ Iran: ['Beleidsdebat', 12] }`
 *  (the label's text and its line; the range covers the text as written in parentheses). */
export function withLabels(doc: CouncilDocument, labels: Record<string, [string, number]>): CouncilDocument {
  const labelled = (h: Heading): Heading => {
    const label = labels[h.title];
    return label ? { ...h, label: { text: label[0], range: lineRange(label[1], label[0].length + 2) } } : h;
  };
  const session = (s: Session): Session => ({ ...s, heading: labelled(s.heading) });
  const outline: OutlineNode[] = doc.outline.map((n) =>
    n.kind === 'domain' ? { ...n, heading: labelled(n.heading), sessions: n.sessions.map(session) } : session(n),
  );
  const domains = outline.filter((n): n is Domain => n.kind === 'domain');
  const sessions = outline.flatMap((n) => (n.kind === 'domain' ? n.sessions : [n]));
  return { ...doc, outline, domains, sessions };
}
