// The document a parse returns: what the passes (or a shortcut) found, with the lists of
// domains and sessions, and the citations, found from the document's own lines when first read.

import { citationsIn, type CitationStretch } from './citations';
import type { Citation, CouncilDocument, Domain, Session } from './model';

export type DocumentParts = Omit<CouncilDocument, 'domains' | 'sessions' | 'citations'>;

/** `previous`: the previous version's document, whose lists are taken over when its outline is. */
export function makeDocument(doc: DocumentParts, previous: CouncilDocument | null, stretches: readonly CitationStretch[]): CouncilDocument {
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
    lineKinds: doc.lineKinds,
    outline: doc.outline,
    domains,
    sessions,
    references: doc.references,
    definitions: doc.definitions,
    paragraphs: doc.paragraphs,
    letterFrame: doc.letterFrame,
    closing: doc.closing,
    // Links are asked for far less often than the text changes: found when first read, in the
    // stretches of this version's lines that the parse kept (an editor changes its lines in
    // place, so the document does not read them later).
    get citations() {
      return (citations ??= citationsIn(stretches));
    },
  };
}
