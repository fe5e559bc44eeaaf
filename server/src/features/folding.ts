// Folding: each domain and session folds under its heading, the letter frame under its first
// line, and each block of notes under its first note. Notes are comments to the text, so
// "Fold All Block Comments" folds them all at once and leaves the sections open.

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { CouncilDocument, LineKind, Range } from '../parser/model';

const NOTE_LINES: ReadonlySet<LineKind> = new Set(['footnote-definition', 'footnote-continuation']);

export function foldingRanges(doc: CouncilDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const fold = (startLine: number, endLine: number, kind: FoldingRangeKind): void => {
    if (startLine < endLine) out.push({ startLine, endLine, kind });
  };
  const foldRange = (range: Range): void => fold(range.start.line, range.end.line, FoldingRangeKind.Region);

  if (doc.letterFrame) foldRange(doc.letterFrame);
  for (const node of doc.outline) {
    foldRange(node.range);
    if (node.kind === 'domain') for (const session of node.sessions) foldRange(session.range);
  }
  // A note's tail continued on a later page stands right above that page's first note, so it
  // folds with the notes around it.
  let first = -1;
  for (let line = 0; line <= doc.lineCount; line++) {
    const isNote = line < doc.lineCount && NOTE_LINES.has(doc.lineKinds[line]!);
    if (isNote && first < 0) first = line;
    if (!isNote && first >= 0) {
      fold(first, line - 1, FoldingRangeKind.Comment);
      first = -1;
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
