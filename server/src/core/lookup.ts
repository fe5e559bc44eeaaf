// Finding what the cursor is on, by binary search over the model's sorted lists.

import type { CouncilDocument, FootnoteDefinition, FootnoteReference, Position, Range } from '../parser/model';
import { lowerBound } from '../parser/search';

/** The cursor is on a range when it is inside it or right after its last character. */
export function touches(range: Range, p: Position): boolean {
  return (
    range.start.line === p.line &&
    range.end.line === p.line &&
    p.character >= range.start.character &&
    p.character <= range.end.character
  );
}

export function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** The item of a list sorted by position that the cursor touches: the last one whose range
 *  starts at or before the cursor, if the cursor is on it or right after it. */
function itemAt<T>(items: readonly T[], rangeOf: (item: T) => Range, p: Position): T | undefined {
  const candidate = items[lowerBound(items.length, (i) => compare(rangeOf(items[i]!).start, p) <= 0) - 1];
  return candidate !== undefined && touches(rangeOf(candidate), p) ? candidate : undefined;
}

export function referenceAt(doc: CouncilDocument, p: Position): FootnoteReference | undefined {
  return itemAt(doc.references, (r) => r.range, p);
}

export function definitionAt(doc: CouncilDocument, p: Position): FootnoteDefinition | undefined {
  return itemAt(doc.definitions, (d) => d.numberRange, p);
}

/** The indices in `list` of the items with each number, in document order. Worked out once per
 *  list (the model never changes one), so that a lookup by number does not scan every note. */
export function indexByNumber(list: readonly { readonly number: number }[]): ReadonlyMap<number, readonly number[]> {
  let index = indices.get(list);
  if (!index) {
    index = new Map();
    for (let i = 0; i < list.length; i++) {
      const known = index.get(list[i]!.number);
      if (known) known.push(i);
      else index.set(list[i]!.number, [i]);
    }
    indices.set(list, index);
  }
  return index;
}
const indices = new WeakMap<readonly { readonly number: number }[], Map<number, number[]>>();

export function definitionsOf(doc: CouncilDocument, number: number): FootnoteDefinition[] {
  return (indexByNumber(doc.definitions).get(number) ?? []).map((i) => doc.definitions[i]!);
}

/** Every reference to the note with this number, in document order. */
export function referencesTo(doc: CouncilDocument, number: number): FootnoteReference[] {
  return (indexByNumber(doc.references).get(number) ?? []).map((i) => doc.references[i]!);
}

/** The footnote number under the cursor: a reference's, or a definition's own number. */
export function footnoteNumberAt(doc: CouncilDocument, p: Position): number | undefined {
  return (referenceAt(doc, p) ?? definitionAt(doc, p))?.number;
}
