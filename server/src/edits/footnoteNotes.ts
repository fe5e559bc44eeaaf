// The footnotes as the fixes see them: each number's note (or a repeat of it made a note of its
// own), the references that go with it, and the plans that renumber them: in order of first
// reference, or keeping the numbers they have. See fixes.ts for when each is used.

import { compare } from '../core/lookup';
import type { CouncilDocument, Position } from '../parser/model';
import { lowerBound } from '../parser/search';

/** A note to be numbered: a number's note (with all its definitions unless repeats are split
 *  off), a repeat made a note of its own, or a number that is referenced and never defined. */
export interface Note {
  readonly number: number;
  /** 1 for a number's note; 2, 3, ... for its repeats made notes of their own. */
  readonly ordinal: number;
  readonly definitions: number[];
  /** Indices in doc.references, in document order. */
  readonly references: number[];
}

export function notesOf(doc: CouncilDocument, split: ReadonlySet<number>): Note[] {
  const definitionsOf = new Map<number, number[]>();
  doc.definitions.forEach((d, i) => push(definitionsOf, d.number, i));
  const referencesOf = new Map<number, number[]>();
  doc.references.forEach((r, i) => push(referencesOf, r.number, i));
  const numbers = [...new Set([...definitionsOf.keys(), ...referencesOf.keys()])].sort((a, b) => a - b);
  const notes: Note[] = [];
  for (const number of numbers) {
    const defs = definitionsOf.get(number) ?? [];
    const refs = referencesOf.get(number) ?? [];
    // Only a repeat can be split off: the first note is the number's own.
    const repeats = new Set(defs.filter((i, k) => k > 0 && split.has(i)));
    const owner = repeats.size > 0 ? shareReferences(doc, defs, refs) : null;
    const own = (i: number): number[] => refs.filter((r) => owner?.get(r) === i);
    notes.push({
      number,
      ordinal: 1,
      definitions: defs.filter((i) => !repeats.has(i)),
      references: owner ? refs.filter((r) => !repeats.has(owner.get(r)!)) : refs,
    });
    defs.forEach((i, k) => {
      if (repeats.has(i)) notes.push({ number, ordinal: k + 1, definitions: [i], references: own(i) });
    });
  }
  return notes;
}

/** Which of a number's notes each of its references goes with (see the comment at the top). */
export function shareReferences(
  doc: CouncilDocument,
  defs: readonly number[],
  refs: readonly number[],
): Map<number, number> {
  const owner = new Map<number, number>();
  const lineOf = (i: number): Position => doc.definitions[i]!.numberRange.start;
  const atPageBottoms = refs.some((r) => compare(doc.references[r]!.range.start, lineOf(defs[0]!)) > 0);
  refs.forEach((r, k) => {
    if (atPageBottoms) {
      const below = defs.find((i) => compare(lineOf(i), doc.references[r]!.range.start) > 0);
      owner.set(r, below ?? defs[defs.length - 1]!);
    } else {
      owner.set(r, k < defs.length ? defs[k]! : defs[0]!);
    }
  });
  return owner;
}

/** Numbers 1, 2, 3, ... in order of first reference. A note nothing refers to keeps its place
 *  after the referenced note it follows in the old numbering, so the sequence has no gap. */
export function inReferenceOrder(notes: readonly Note[]): Map<Note, number> {
  const key = (a: Note, b: Note): number => a.number - b.number || a.ordinal - b.ordinal;
  const referenced = notes.filter((n) => n.references.length > 0).sort((a, b) => a.references[0]! - b.references[0]!);
  const referencedByKey = [...referenced].sort(key);
  const followers = new Map<Note | null, Note[]>();
  for (const u of notes.filter((n) => n.references.length === 0).sort(key)) {
    const lo = lowerBound(referencedByKey.length, (i) => key(referencedByKey[i]!, u) < 0);
    push(followers, lo > 0 ? referencedByKey[lo - 1]! : null, u);
  }
  const numbers = new Map<Note, number>();
  const place = (n: Note): void => void numbers.set(n, numbers.size + 1);
  for (const u of followers.get(null) ?? []) place(u);
  for (const n of referenced) {
    place(n);
    for (const u of followers.get(n) ?? []) place(u);
  }
  return numbers;
}

/** The old numbers, with the repeats made notes of their own numbered after the highest in use. */
export function keptNumbers(doc: CouncilDocument, notes: readonly Note[]): Map<Note, number> {
  let free = highestNumber(doc) + 1;
  return new Map(notes.map((n) => [n, n.ordinal === 1 ? n.number : free++]));
}

export function highestNumber(doc: CouncilDocument): number {
  let highest = 0;
  for (const r of doc.references) highest = Math.max(highest, r.number);
  for (const d of doc.definitions) highest = Math.max(highest, d.number);
  return highest;
}

export function planOf(
  notes: readonly Note[],
  numbers: ReadonlyMap<Note, number>,
): { references: Map<number, number>; definitions: Map<number, number> } {
  const references = new Map<number, number>();
  const definitions = new Map<number, number>();
  for (const note of notes) {
    const n = numbers.get(note)!;
    for (const r of note.references) references.set(r, n);
    for (const d of note.definitions) definitions.set(d, n);
  }
  return { references, definitions };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
