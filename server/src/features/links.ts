// Document links: each Kamerstuk citation opens the document on officielebekendmakingen.nl,
// each web address opens itself. Targets are only ever https addresses: built from a
// citation's numbers, or the address as written, an http address opened over https.

import type { DocumentLink } from 'vscode-languageserver-types';
import type { Citation, CouncilDocument } from '../parser/model';
import type { Messages } from '../core/messages';

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
    return {
      range: c.range,
      target: `${KAMERSTUK_ADDRESS}${c.dossier}-${c.number}`,
      tooltip: messages.openKamerstuk(c.dossier, c.number),
    };
  }
  // The parser only reads http and https addresses; the check keeps it so should that change.
  if (c.address.startsWith('https://')) return { range: c.range, target: c.address };
  if (c.address.startsWith('http://'))
    return { range: c.range, target: `https://${c.address.slice('http://'.length)}` };
  return null;
}
