// Insert Footnote: the right number at the cursor, a note for it in the right place, and every
// later footnote one up, in one edit; and where the writer types the note.
//
// The number is one more than the highest footnote referenced before the cursor: in a report
// numbered in order that is the number of footnotes referenced before it, plus one, and it never
// reuses a number the text above already uses. Every note and reference numbered from there on
// goes up by one, so a report in order stays in order. The note "N …" goes after the note before
// it (as a quick fix adds a missing note), and the "…" is selected so typing replaces it.

import type { TextEdit } from 'vscode-languageserver-types';
import type { CouncilDocument, Position, Range } from '../parser/model';
import { compare } from '../core/lookup';
import { byNumber, NOTE_PLACEHOLDER, rewriteFootnotes } from './renumber';
import { REFERENCE_SHAPE } from '../parser/parse';
import type { SourceText } from './sourceText';
import { positionAfterEdits, sortEdits } from './textEdits';

export interface FootnoteInsertion {
  readonly number: number;
  /** The edit that puts the number in the text. */
  readonly reference: TextEdit;
  /** All edits, the reference's among them: sorted, never overlapping. */
  readonly edits: TextEdit[];
  /** The new note's placeholder once the edits are applied. */
  readonly selection: Range;
}

/**
 * Null when the cursor is not where a footnote can go: right after a word or closing
 * punctuation in the text (white space before the cursor is skipped, so "woord |" works).
 * `replacing`: digits already typed there (completion), which the number replaces.
 */
export function insertFootnote(
  doc: CouncilDocument,
  source: SourceText,
  position: Position,
  options: { replacing?: Range } = {},
): FootnoteInsertion | null {
  const { replacing } = options;
  const lineNumber = position.line;
  const kind = doc.lineKinds[lineNumber];
  if (kind !== 'body' && kind !== 'frame') return null;
  const line = source.line(lineNumber);
  let at = Math.min(replacing ? replacing.start.character : position.character, line.length);
  if (!replacing) while (at > 0 && (line[at - 1] === ' ' || line[at - 1] === '\t')) at--;
  const end = replacing ? replacing.end.character : at;
  const before = line[at - 1];
  if (!REFERENCE_SHAPE.canFollow(before) || REFERENCE_SHAPE.runsOn(line, end)) return null;

  const start: Position = { line: lineNumber, character: at };
  const replaced = (r: Range): boolean =>
    replacing !== undefined && r.start.line === lineNumber && r.start.character >= at && r.end.character <= end;
  let number = 1;
  for (const r of doc.references)
    if (compare(r.range.start, start) < 0 && !replaced(r.range)) number = Math.max(number, r.number + 1);

  const later = new Map<number, number>();
  for (const n of [...doc.references.map((r) => r.number), ...doc.definitions.map((d) => d.number)])
    if (n >= number) later.set(n, n + 1);
  const { references, definitions } = byNumber(doc, later);
  doc.references.forEach((r, i) => {
    if (replaced(r.range)) references.delete(i);
  });
  const rewrite = rewriteFootnotes(doc, source, {
    references,
    definitions,
    add: [{ number, text: NOTE_PLACEHOLDER }],
  })!;
  const reference: TextEdit = { range: { start, end: { line: lineNumber, character: end } }, newText: String(number) };
  const edits = sortEdits([reference, ...rewrite.edits]);

  const added = rewrite.added[0]!;
  const selection = {
    start: positionAfterEdits(edits, added.edit, added.offset),
    end: positionAfterEdits(edits, added.edit, added.offset + added.length),
  };
  return { number, reference, edits, selection };
}
