// Document highlights on footnotes: with the cursor on a footnote number, every place that
// number stands, references marked as reads and the note's own number as the write.

import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import type { CouncilDocument, Position } from '../parser/model';
import { compare, definitionsOf, footnoteNumberAt, referencesTo } from '../core/lookup';

export function documentHighlights(doc: CouncilDocument, position: Position): DocumentHighlight[] {
  const number = footnoteNumberAt(doc, position);
  if (number === undefined) return [];
  const highlights: DocumentHighlight[] = [
    ...referencesTo(doc, number).map((r) => ({ range: r.range, kind: DocumentHighlightKind.Read })),
    ...definitionsOf(doc, number).map((d) => ({ range: d.numberRange, kind: DocumentHighlightKind.Write })),
  ];
  return highlights.sort((a, b) => compare(a.range.start, b.range.start));
}
