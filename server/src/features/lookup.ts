// Finding what the cursor is on, by binary search over the model's sorted lists.

import type { CouncilDocument, FootnoteDefinition, FootnoteReference, Position, Range } from '../parser/model';

/** The cursor is on a range when it is inside it or right after its last character. */
export function touches(range: Range, p: Position): boolean {
  return range.start.line === p.line && range.end.line === p.line && p.character >= range.start.character && p.character <= range.end.character;
}

export function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function referenceAt(doc: CouncilDocument, p: Position): FootnoteReference | undefined {
  const refs = doc.references;
  // the last reference that starts at or before p
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(refs[mid]!.range.start, p) <= 0) lo = mid + 1;
    else hi = mid;
  }
  const candidate = refs[lo - 1];
  return candidate && touches(candidate.range, p) ? candidate : undefined;
}

export function definitionAt(doc: CouncilDocument, p: Position): FootnoteDefinition | undefined {
  const defs = doc.definitions;
  let lo = 0;
  let hi = defs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(defs[mid]!.numberRange.start, p) <= 0) lo = mid + 1;
    else hi = mid;
  }
  const candidate = defs[lo - 1];
  return candidate && touches(candidate.numberRange, p) ? candidate : undefined;
}

export function definitionsOf(doc: CouncilDocument, number: number): FootnoteDefinition[] {
  return doc.definitions.filter((d) => d.number === number);
}

/** Every reference to the note with this number, in document order. */
export function referencesTo(doc: CouncilDocument, number: number): FootnoteReference[] {
  return doc.references.filter((r) => r.number === number);
}

/** The footnote number under the cursor: a reference's, or a definition's own number. */
export function footnoteNumberAt(doc: CouncilDocument, p: Position): number | undefined {
  return (referenceAt(doc, p) ?? definitionAt(doc, p))?.number;
}
