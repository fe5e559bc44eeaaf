// The lines a parse reads: a text split as LSP counts lines, or an editor's lines that it
// changes in place and that say which lines an edit replaced.

/** Lines that an editor changes in place, edit by edit, and that say which lines an edit
 *  replaced (see LineDocument). */
export interface EditedLines {
  /** Changed in place by the next edit. */
  readonly lines: readonly string[];
  /** Counts the edits. */
  readonly edits: number;
  /** The lines that differ from those after edit `edits`: lines start..end now stand where
   *  lines start..end - delta stood. Null when that is no longer known. */
  changedSince(edits: number): LineChanges | null;
}

export interface LineChanges {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

/** The text, its lines without their line ends, or an editor's lines that it changes in place. */
export type ParseSource = string | readonly string[] | EditedLines;

/** Merges a change into the changes before it; each in the numbering of the text it applies
 *  to: lines start..oldEnd became lines start..newEnd. */
export function mergeChange(before: LineChanges | null, start: number, oldEnd: number, newEnd: number): LineChanges {
  const d = newEnd - oldEnd;
  if (before === null) return { start, end: newEnd, delta: d };
  // Where the earlier changed lines' last line is now.
  const end = before.end < start ? before.end : before.end <= oldEnd ? newEnd : before.end + d;
  return { start: Math.min(before.start, start), end: Math.max(end, newEnd), delta: before.delta + d };
}

/** The text's lines without their line ends: LF, CRLF or a lone CR, as LSP counts lines. */
export function splitLines(text: string): string[] {
  // The common case, split natively: LF line ends only.
  if (text.indexOf('\r') < 0) return text.split('\n');
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

/** Where each line starts in the text it was split from. */
export function lineStartsOf(text: string, lines: readonly string[]): Float64Array {
  const starts = new Float64Array(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length;
    offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  return starts;
}
