// Find All References on footnotes: from a reference or from a note's number, every reference
// to that number, and the notes themselves when the client asks for the declaration too.

import type { Location } from 'vscode-languageserver-types';
import type { CouncilDocument, Position, Range } from '../parser/model';
import { compare, definitionsOf, footnoteNumberAt, referencesTo } from '../core/lookup';

export function findReferences(
  doc: CouncilDocument,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  const number = footnoteNumberAt(doc, position);
  if (number === undefined) return [];
  const ranges: Range[] = referencesTo(doc, number).map((r) => r.range);
  if (includeDeclaration) for (const d of definitionsOf(doc, number)) ranges.push(d.numberRange);
  return ranges.sort((a, b) => compare(a.start, b.start)).map((range) => ({ uri, range }));
}
