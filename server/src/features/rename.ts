// Rename (F2) on a footnote number: give a note another number, in its references and its
// definition at once. Onto a number that is already in use (referenced or defined) the two
// swap: the references and notes of the one get the other's number, and the other way round,
// so no two notes end up sharing a number. Notes whose numbers change are put back in numeric
// order within their run.
//
// A number defined more than once is the one case where a note and its references part: on the
// number of one of its notes, only that note is renumbered (how a writer splits a repeated
// number by hand), and only to a number no other note has.

import type { TextEdit } from 'vscode-languageserver-types';
import type { CouncilDocument, Position, Range } from '../parser/model';
import { definitionAt, indexByNumber, referenceAt } from '../core/lookup';
import type { Messages } from '../core/messages';
import { byNumber, rewriteFootnotes } from '../edits/renumber';
import type { SourceText } from '../edits/sourceText';

export type RenameRefusal =
  /** The cursor is not on a footnote number. */
  | { readonly reason: 'not-a-footnote' }
  /** The new name is not a number from 1 to 999. */
  | { readonly reason: 'invalid-number' }
  /** A repeated note cannot take a number another note has; `free` is one it can take. */
  | { readonly reason: 'number-taken'; readonly number: number; readonly free: number };

/** What to tell the writer when a rename is refused. */
export function refusalMessage(refusal: RenameRefusal, say: Messages, newName = ''): string {
  switch (refusal.reason) {
    case 'not-a-footnote':
      return say.renameNotAFootnote;
    case 'invalid-number':
      return say.renameInvalidNumber(newName.trim());
    case 'number-taken':
      return say.renameNumberTaken(refusal.number, refusal.free);
  }
}

export function prepareFootnoteRename(
  doc: CouncilDocument,
  position: Position,
): { range: Range; placeholder: string } | RenameRefusal {
  const target = referenceAt(doc, position) ?? definitionAt(doc, position);
  if (!target) return { reason: 'not-a-footnote' };
  const range = 'numberRange' in target ? target.numberRange : target.range;
  return { range, placeholder: String(target.number) };
}

/** A footnote number as a person types it: digits, at least 1, at most three digits (as the
 *  checker reads them). */
export function parseFootnoteNumber(name: string): number | null {
  const trimmed = name.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 ? n : null;
}

export function renameFootnote(
  doc: CouncilDocument,
  source: SourceText,
  position: Position,
  newName: string,
): { edits: TextEdit[] } | RenameRefusal {
  const reference = referenceAt(doc, position);
  const definition = reference ? undefined : definitionAt(doc, position);
  const old = (reference ?? definition)?.number;
  if (old === undefined) return { reason: 'not-a-footnote' };
  const target = parseFootnoteNumber(newName);
  if (target === null) return { reason: 'invalid-number' };
  if (target === old) return { edits: [] };

  const definitionsByNumber = indexByNumber(doc.definitions);
  const defined = (n: number): boolean => definitionsByNumber.has(n);
  if (definition && definitionsByNumber.get(old)!.length > 1) {
    if (defined(target)) {
      let free = 1;
      for (const n of [...doc.references.map((r) => r.number), ...doc.definitions.map((d) => d.number)])
        free = Math.max(free, n + 1);
      return { reason: 'number-taken', number: target, free };
    }
    const result = rewriteFootnotes(doc, source, {
      definitions: new Map([[doc.definitions.indexOf(definition), target]]),
      reorder: true,
    });
    return { edits: result!.edits };
  }

  const inUse = defined(target) || indexByNumber(doc.references).has(target);
  const numbers = new Map([[old, target]]);
  if (inUse) numbers.set(target, old);
  return { edits: rewriteFootnotes(doc, source, { ...byNumber(doc, numbers), reorder: true })!.edits };
}
