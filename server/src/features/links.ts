// Document links: each Kamerstuk citation opens the document on officielebekendmakingen.nl,
// each web address opens itself. Targets are only ever https addresses built from a
// citation's numbers, or an http(s) address as written.

import type { DocumentLink } from 'vscode-languageserver-types';
import type { Citation, CouncilDocument } from '../parser/model';
import type { Messages } from './messages';

const KAMERSTUK_ADDRESS = 'https://zoek.officielebekendmakingen.nl/kst-';

export function documentLinks(doc: CouncilDocument, messages: Messages): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const c of doc.citations) {
    const link = toLink(c, messages);
    if (link) out.push(link);
  }
  return out;
}

function toLink(c: Citation, messages: Messages): DocumentLink | null {
  if (c.kind === 'kamerstuk') {
    return { range: c.range, target: `${KAMERSTUK_ADDRESS}${c.dossier}-${c.number}`, tooltip: messages.openKamerstuk(c.dossier, c.number) };
  }
  // The parser only reads http and https addresses; the check keeps it so should that change.
  return c.address.startsWith('https://') || c.address.startsWith('http://') ? { range: c.range, target: c.address } : null;
}
