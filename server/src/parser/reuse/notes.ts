// Notes and references taken over from the previous version where they are unchanged, so that
// a keystroke that runs the passes from the notes on makes few new objects.

import type { FootnoteDefinition, FootnoteReference } from '../model';
import type { FoundNote } from '../passes/notes';
import type { ParseMemo } from './cache';

const NONE: readonly FootnoteReference[] = Object.freeze([]);

/** The previous version's references, to be walked alongside the new ones, when no line was
 *  added or removed (else the references after the edit stand elsewhere, and walking them
 *  costs more than it saves); none without. */
export function previousReferences(memo: ParseMemo | null): readonly FootnoteReference[] {
  return (memo?.changedLines && memo.previous?.document.references) || NONE;
}

/** A lookup of the previous version's definition of a found note, when the line count is the
 *  same and the note stands on the same lines, none of them changed: its text and ranges are
 *  the same. Null when no note can be taken over. */
export function previousNotes(memo: ParseMemo | null): ((note: FoundNote) => FootnoteDefinition | undefined) | null {
  if (!memo?.previous || !memo.changedLines) return null;
  const { start, end } = memo.changedLines;
  const definitions = memo.previous.document.definitions;
  let byLine: Map<number, FootnoteDefinition> | null = null;
  return (note) => {
    byLine ??= new Map(definitions.map((d) => [d.numberRange.start.line, d]));
    const d = byLine.get(note.numberRange.start.line);
    if (!d || d.number !== note.number || d.numberRange.start.character !== note.numberRange.start.character)
      return undefined;
    if (d.parts.length !== note.parts.length) return undefined;
    for (let k = 0; k < note.parts.length; k++) {
      const p = note.parts[k]!;
      const r = d.parts[k]!;
      if (p.first <= end && p.last >= start) return undefined;
      if (r.start.line !== p.first || r.start.character !== p.column || r.end.line !== p.last) return undefined;
    }
    return d;
  };
}
