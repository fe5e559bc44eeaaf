// Workspace symbols (Ctrl+T): the domains and sessions of every council report in the
// workspace, found by name. A symbol's container is its domain and the report's title
// ("I. Justitie · Verslag JBZ-Raad van 13 oktober 2027"), or the one of them it has. Pure:
// the server hands in the parsed reports, open or read from disk, and the query.
//
// Matching is VS Code's own way for symbol search: case-insensitive, the query's characters in
// order but not necessarily together ("wlsyr" finds "2. Werklunch – Terugkeer naar Syrië"),
// white space in the query ignored. An empty query matches everything.

import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { CouncilDocument, OutlineNode } from '../parser/model';
import { headingLabel } from '../core/outline';

export interface WorkspaceReport {
  readonly uri: string;
  readonly document: CouncilDocument;
}

/** Enough for any real workspace; a client asking with an empty query gets no flood. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

export function workspaceSymbols(
  reports: readonly WorkspaceReport[],
  query: string,
  limit = MAX_WORKSPACE_SYMBOLS,
): SymbolInformation[] {
  const wanted = [...query.toLowerCase()].filter((c) => c.trim() !== '');
  const out: SymbolInformation[] = [];
  const visit = (uri: string, node: OutlineNode, container: string | undefined): void => {
    const name = headingLabel(node.heading);
    if (out.length < limit && matches(name.toLowerCase(), wanted)) {
      const symbol: SymbolInformation = {
        name,
        kind: node.kind === 'domain' ? SymbolKind.Namespace : SymbolKind.Event,
        location: { uri, range: node.heading.range },
      };
      if (container !== undefined) symbol.containerName = container;
      out.push(symbol);
    }
    if (node.kind === 'domain')
      for (const session of node.sessions) visit(uri, session, title === undefined ? name : `${name} · ${title}`);
  };
  let title: string | undefined;
  for (const report of [...reports].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    // Twenty reports in a folder each have their "Current affairs": the title tells them apart.
    title = report.document.title?.text;
    for (const node of report.document.outline) visit(report.uri, node, title);
  }
  return out;
}

/** The wanted characters occur in the name in this order. */
function matches(name: string, wanted: readonly string[]): boolean {
  let i = 0;
  for (const c of name) {
    if (i === wanted.length) break;
    if (c === wanted[i]) i++;
  }
  return i === wanted.length;
}
