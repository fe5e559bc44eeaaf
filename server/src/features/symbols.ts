// The outline: domains containing their sessions, as hierarchical document symbols. VS Code
// builds the Outline view, breadcrumbs and sticky scroll from these. A heading's label is its
// symbol's detail.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { headingLabel } from '../core/outline';
import type { CouncilDocument, OutlineNode } from '../parser/model';

/** The symbols of an outline, kept while the outline is the same array: an edit that moves no
 *  section end keeps it, and the editor asks for the symbols after every edit. Not to be
 *  changed by the caller. */
const made = new WeakMap<readonly OutlineNode[], DocumentSymbol[]>();

export function documentSymbols(doc: CouncilDocument): DocumentSymbol[] {
  let symbols = made.get(doc.outline);
  if (!symbols) made.set(doc.outline, (symbols = doc.outline.map(toSymbol)));
  return symbols;
}

function toSymbol(node: OutlineNode): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: headingLabel(node.heading),
    // The label ("Beleidsdebat") says more about the item than its kind does, so it stands in
    // grey beside the name where the heading has one.
    detail:
      node.heading.label?.text ??
      (node.kind === 'domain' ? 'domain' : node.heading.number === null ? 'session (unnumbered)' : 'session'),
    kind: node.kind === 'domain' ? SymbolKind.Namespace : SymbolKind.Event,
    range: node.range,
    selectionRange: node.heading.range,
  };
  if (node.kind === 'domain') symbol.children = node.sessions.map(toSymbol);
  return symbol;
}
