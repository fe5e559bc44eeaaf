// The document a parse returns: what the passes (or a shortcut) found, with the lists of
// domains and sessions, and the citations, found from the document's own lines when first read.

import { citationsIn, citationLinesOf, type CitationLines } from './citations';
import type { Citation, CouncilDocument, Domain, Session } from './model';

export type DocumentParts = Omit<CouncilDocument, 'domains' | 'sessions' | 'citations'>;

/** `previous`: the previous version's document, whose lists are taken over when its outline is.
 *  `citationLines`: where the citations stand, when kept at parse time; else `lines`, which
 *  nobody changes, are searched when the citations are first read. */
export function makeDocument(
  doc: DocumentParts,
  previous: CouncilDocument | null,
  lines: readonly string[],
  citationLines: CitationLines | null,
): CouncilDocument {
  let domains: readonly Domain[];
  let sessions: readonly Session[];
  if (previous && previous.outline === doc.outline) {
    ({ domains, sessions } = previous);
  } else {
    domains = doc.outline.filter((n): n is Domain => n.kind === 'domain');
    const list: Session[] = [];
    for (const node of doc.outline) {
      if (node.kind === 'domain') for (const session of node.sessions) list.push(session);
      else list.push(node);
    }
    sessions = list;
  }
  let citations: Citation[] | null = null;
  return {
    lineCount: doc.lineCount,
    title: doc.title,
    lineKinds: doc.lineKinds,
    outline: doc.outline,
    domains,
    sessions,
    references: doc.references,
    definitions: doc.definitions,
    placeholders: doc.placeholders,
    paragraphs: doc.paragraphs,
    letterFrame: doc.letterFrame,
    closing: doc.closing,
    // Links are asked for far less often than the text changes: found when first read, from
    // this version's lines (never the editor's, which the next edit changes in place).
    get citations() {
      return (citations ??= citationsIn((citationLines ?? citationLinesOf(lines)).stretches));
    },
  };
}
