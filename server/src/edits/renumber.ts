// The renumbering engine: text edits that give footnotes new numbers (headings: see
// renumberHeadings.ts). Pure, and it only ever touches what the model points at: the digits of
// a reference, the number of a note, and the lines of notes. So the look-alikes (EU27, CO2-uitstoot,
// 150.000, artikel 78(3)) stay as they are without the engine knowing about them.
//
// Notes stand in runs: definitions on consecutive lines, at the bottom of a page or at the end.
// A run keeps its place; when notes are added, removed or reordered, the run's lines are
// rewritten as a whole, with every line's text kept. A note continued on a later page keeps its
// continuation where it stands, and stays the last note of its run, or the continuation would
// attach to another note. The edits never overlap.

import type { TextEdit } from 'vscode-languageserver-types';
import type { CouncilDocument, LineKind, Position, Range } from '../parser/model';
import type { SourceText } from './sourceText';
import { sortEdits } from './textEdits';
import { lowerBound } from '../parser/search';
import { indexByNumber } from '../core/lookup';
import { runsOf } from './noteRuns';

/** What a new note says until the writer fills it in. */
export const NOTE_PLACEHOLDER = '…';

export interface NoteToAdd {
  readonly number: number;
  readonly text: string;
}

export interface FootnotePlan {
  /** The new number of a reference, by its index in `doc.references`; others keep theirs. */
  readonly references?: ReadonlyMap<number, number>;
  /** The new number of a note, by its index in `doc.definitions`; others keep theirs. */
  readonly definitions?: ReadonlyMap<number, number>;
  /** Notes to remove (indices in `doc.definitions`), with all their lines on every page. */
  readonly remove?: ReadonlySet<number>;
  /** Notes to add, each right after the note with the nearest lower (new) number; before the
   *  first note when there is none; at the end of the document when there are no notes. */
  readonly add?: readonly NoteToAdd[];
  /** Put the notes of every run that changes in numeric order. */
  readonly reorder?: boolean;
}

export interface AddedNote {
  /** The edit whose new text holds the note. */
  readonly edit: TextEdit;
  /** Where the note's text (after its number) starts in that new text, and its length. */
  readonly offset: number;
  readonly length: number;
}

export interface FootnoteRewrite {
  /** Sorted by position, never overlapping. */
  readonly edits: TextEdit[];
  /** One per note added, in the order of `plan.add`. */
  readonly added: readonly AddedNote[];
}

/** Old number -> new number, for every reference and note with that number. */
export function byNumber(
  doc: CouncilDocument,
  numbers: ReadonlyMap<number, number>,
): { references: Map<number, number>; definitions: Map<number, number> } {
  const references = new Map<number, number>();
  const definitions = new Map<number, number>();
  const referencesByNumber = indexByNumber(doc.references);
  const definitionsByNumber = indexByNumber(doc.definitions);
  for (const [old, n] of numbers) {
    for (const i of referencesByNumber.get(old) ?? []) references.set(i, n);
    for (const i of definitionsByNumber.get(old) ?? []) definitions.set(i, n);
  }
  return { references, definitions };
}

/** Renumbers footnotes by number: the references and notes of each old number get the new one. */
export function renumberFootnotes(
  doc: CouncilDocument,
  source: SourceText,
  numbers: ReadonlyMap<number, number>,
  options: { reorder?: boolean } = {},
): TextEdit[] {
  // Without removals the rewrite cannot fail.
  return rewriteFootnotes(doc, source, { ...byNumber(doc, numbers), reorder: options.reorder ?? false })!.edits;
}

type Entry = { readonly note: number } | { readonly add: number };

/**
 * The edits for a plan. Null when a removal would leave the continuation of another note
 * (the words carried over to the next page) without the note that followed it there: the
 * checker would then read those words as body text, so such a removal is not offered.
 */
export function rewriteFootnotes(doc: CouncilDocument, source: SourceText, plan: FootnotePlan): FootnoteRewrite | null {
  const defs = doc.definitions;
  const removed = plan.remove ?? new Set<number>();
  const additions = plan.add ?? [];
  const newNumber = (i: number): number => plan.definitions?.get(i) ?? defs[i]!.number;
  const entryNumber = (e: Entry): number => ('note' in e ? newNumber(e.note) : additions[e.add]!.number);
  const edits: TextEdit[] = [];

  // What the plan touches, and nothing else, is looked at: a rename in a report of a thousand
  // notes rewrites one or two runs, not all of them.
  for (const [i, n] of plan.references ?? []) {
    const r = doc.references[i];
    if (r && n !== r.number) edits.push({ range: r.range, newText: String(n) });
  }

  const { runs, runOf, runStartingAt } = runsOf(doc);
  const entryLists = new Map<number, Entry[]>(); // run index -> its entries, once touched
  const entries = (r: number): Entry[] => {
    let list = entryLists.get(r);
    if (!list) entryLists.set(r, (list = runs[r]!.notes.filter((i) => !removed.has(i)).map((note) => ({ note }))));
    return list;
  };
  const changed = new Set<number>(); // run indices
  const loseEntries = new Set<number>();
  for (const i of removed) {
    changed.add(runOf[i]!);
    loseEntries.add(runOf[i]!);
  }
  for (const [i, n] of plan.definitions ?? []) if (i < defs.length && n !== defs[i]!.number) changed.add(runOf[i]!);

  // Notes added where no run can take them: after a continuation that ends the document, or,
  // when the report has no notes, at its end.
  const afterLine = new Map<number, number[]>();
  const atEnd: number[] = [];
  const kept = additions.length === 0 ? [] : defs.map((_, i) => i).filter((i) => !removed.has(i));
  // By new number, then document order: the anchor of an addition is the last one below it.
  const byNewNumber = [...kept].sort((a, b) => newNumber(a) - newNumber(b) || a - b);
  const order = additions.map((_, a) => a).sort((a, b) => additions[a]!.number - additions[b]!.number || a - b);
  for (const a of order) {
    const number = additions[a]!.number;
    const lo = lowerBound(byNewNumber.length, (i) => newNumber(byNewNumber[i]!) < number);
    const anchor = lo > 0 ? byNewNumber[lo - 1]! : -1;
    if (anchor < 0) {
      if (kept.length === 0) {
        atEnd.push(a);
        continue;
      }
      const r = runOf[kept[0]!]!;
      insertAfter(entries(r), -1, a);
      changed.add(r);
      continue;
    }
    const parts = defs[anchor]!.parts;
    if (parts.length > 1) {
      // After the note's continuation on the later page: first in the run that follows it.
      const tailEnd = parts[parts.length - 1]!.end.line;
      const r = runStartingAt.get(tailEnd + 1);
      if (r === undefined) {
        const list = afterLine.get(tailEnd) ?? [];
        list.push(a);
        afterLine.set(tailEnd, list);
      } else {
        insertAfter(entries(r), -1, a);
        changed.add(r);
      }
      continue;
    }
    const r = runOf[anchor]!;
    const list = entries(r);
    insertAfter(
      list,
      list.findIndex((e) => 'note' in e && e.note === anchor),
      a,
    );
    changed.add(r);
  }

  const added: (AddedNote | undefined)[] = new Array(additions.length);
  const noteLine = (a: number): string => `${additions[a]!.number} ${additions[a]!.text}`;
  const textOffset = (a: number): number => String(additions[a]!.number).length + 1;

  // A run the plan does not touch keeps its numbers, its order and its notes: no edit.
  for (const r of [...changed].sort((a, b) => a - b)) {
    const run = runs[r]!;
    const before = entries(r);
    let list = before;
    if (plan.reorder) list = numericOrder(list, entryNumber, (e) => 'note' in e && defs[e.note]!.parts.length > 1);
    const reordered = list.some((e, k) => e !== before[k]);
    const rewrite = loseEntries.has(r) || reordered || list.some((e) => 'add' in e);
    if (!rewrite) {
      for (const e of list) {
        if (!('note' in e)) continue;
        const n = newNumber(e.note);
        if (n !== defs[e.note]!.number) edits.push({ range: defs[e.note]!.numberRange, newText: String(n) });
      }
      continue;
    }
    if (list.length === 0) {
      // The continuation of a kept note just above would lose the note that follows it.
      const above = run.first - 1;
      if (above >= 0 && doc.lineKinds[above] === 'footnote-continuation' && continuationOwner(doc, above, removed))
        return null;
      edits.push({ range: deletion(doc.lineKinds, source, run.first, run.last), newText: '' });
      continue;
    }
    const lines: string[] = [];
    const offsets: [number, number][] = [];
    let length = 0;
    for (const e of list) {
      if ('add' in e) {
        offsets.push([e.add, length + lines.length * source.eol.length + textOffset(e.add)]);
        const text = noteLine(e.add);
        lines.push(text);
        length += text.length;
        continue;
      }
      const d = defs[e.note]!;
      const part = d.parts[0]!;
      for (let l = part.start.line; l <= part.end.line; l++) {
        let text = source.line(l);
        if (l === d.numberRange.start.line) {
          text =
            text.slice(0, d.numberRange.start.character) +
            String(newNumber(e.note)) +
            text.slice(d.numberRange.end.character);
        }
        lines.push(text);
        length += text.length;
      }
    }
    const edit: TextEdit = {
      range: { start: { line: run.first, character: 0 }, end: source.lineEnd(run.last) },
      newText: lines.join(source.eol),
    };
    edits.push(edit);
    for (const [a, offset] of offsets) added[a] = { edit, offset, length: additions[a]!.text.length };
  }

  for (const i of removed) {
    for (const part of defs[i]!.parts.slice(1))
      edits.push({ range: deletion(doc.lineKinds, source, part.start.line, part.end.line), newText: '' });
  }

  const appendNotes = (edit: TextEdit, list: readonly number[], lead: string): void => {
    let text = '';
    list.forEach((a, k) => {
      text += k > 0 ? source.eol : lead;
      added[a] = { edit, offset: text.length + textOffset(a), length: additions[a]!.text.length };
      text += noteLine(a);
    });
    edit.newText = text;
    edits.push(edit);
  };
  for (const [line, list] of afterLine) {
    const at = source.lineEnd(line);
    appendNotes({ range: { start: at, end: at }, newText: '' }, list, source.eol);
  }
  if (atEnd.length > 0) {
    // A block of its own after the last line with text (additions are already in number order).
    let last = source.lineCount - 1;
    while (last > 0 && source.line(last).trim() === '') last--;
    const empty = source.line(last).trim() === '';
    const at = empty ? { line: 0, character: 0 } : source.lineEnd(last);
    appendNotes({ range: { start: at, end: at }, newText: '' }, atEnd, empty ? '' : source.eol + source.eol);
  }

  return { edits: sortEdits(edits), added: added.map((a) => a!) };
}

/** Inserts addition `a` after the entry at `index` (-1: at the start), after the additions already placed there. */
function insertAfter(list: Entry[], index: number, a: number): void {
  let at = index + 1;
  while (at < list.length && 'add' in list[at]!) at++;
  list.splice(at, 0, { add: a });
}

/** Stable numeric order; a note continued on the next page stays last. */
function numericOrder(list: readonly Entry[], number: (e: Entry) => number, continued: (e: Entry) => boolean): Entry[] {
  const pinned = list.length > 0 && continued(list[list.length - 1]!) ? list[list.length - 1]! : null;
  const rest = list.filter((e) => e !== pinned).map((e, k) => ({ e, k }));
  rest.sort((a, b) => number(a.e) - number(b.e) || a.k - b.k);
  const out = rest.map((x) => x.e);
  if (pinned) out.push(pinned);
  return out;
}

/** Whether the continuation line belongs to a note that is kept. */
function continuationOwner(doc: CouncilDocument, line: number, removed: ReadonlySet<number>): boolean {
  return doc.definitions.some(
    (d, i) => !removed.has(i) && d.parts.slice(1).some((p) => p.start.line <= line && line <= p.end.line),
  );
}

/** The range that removes lines first..last; a block that goes entirely takes one blank line
 *  above it along, so no double blank line is left behind. */
function deletion(kinds: readonly LineKind[], source: SourceText, first: number, last: number): Range {
  const separator = (l: number): boolean =>
    l < 0 || l >= kinds.length || kinds[l] === 'blank' || kinds[l] === 'page-furniture';
  let from = first;
  if (separator(first - 1) && separator(last + 1) && first > 0 && kinds[first - 1] === 'blank') from = first - 1;
  if (last + 1 < source.lineCount)
    return { start: { line: from, character: 0 }, end: { line: last + 1, character: 0 } };
  const start: Position = from === 0 ? { line: 0, character: 0 } : source.lineEnd(from - 1);
  return { start, end: source.lineEnd(last) };
}
