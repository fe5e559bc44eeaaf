// The report's text by lines, for the features that write text back: the renumbering engine
// moves whole note lines, completion looks at the characters before the cursor. Lines are split
// exactly as the parser splits them (LF, CRLF or a lone CR), so model positions apply as they are.

import type { TextEdit } from 'vscode-languageserver-types';
import type { Position, Range } from '../parser/model';
import { lowerBound } from '../core/search';

export class SourceText {
  readonly lineCount: number;
  /** The document's line end (the first one it uses), for lines the features add. */
  readonly eol: string;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(readonly text: string) {
    let start = 0;
    let eol: string | null = null;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.starts.push(start);
      this.ends.push(i);
      const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
      eol ??= crlf ? '\r\n' : text[i]!;
      if (crlf) i++;
      start = i + 1;
    }
    this.starts.push(start);
    this.ends.push(text.length);
    this.lineCount = this.starts.length;
    this.eol = eol ?? '\n';
  }

  line(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  lineLength(i: number): number {
    return this.ends[i]! - this.starts[i]!;
  }

  /** The position after the line's last character (before its line end). */
  lineEnd(i: number): Position {
    return { line: i, character: this.lineLength(i) };
  }

  offsetAt(p: Position): number {
    if (p.line >= this.lineCount) return this.text.length;
    return this.starts[p.line]! + Math.min(p.character, this.lineLength(p.line));
  }

  positionAt(offset: number): Position {
    // The last line that starts at or before the offset; a negative offset is in the first.
    const lo = Math.max(0, lowerBound(this.lineCount, (i) => this.starts[i]! <= offset) - 1);
    return { line: lo, character: Math.min(offset - this.starts[lo]!, this.lineLength(lo)) };
  }

  slice(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
}

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

/** Edits sorted by position; an insertion before a replacement that starts at the same place. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => compareRanges(a.range, b.range));
}

/** The text after the edits, which must not overlap (LSP's rule for one TextEdit[]). */
export function applyEdits(source: SourceText, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of sortEdits(edits)) {
    const start = source.offsetAt(e.range.start);
    const end = source.offsetAt(e.range.end);
    if (start < at) throw new Error(`overlapping edits at ${e.range.start.line}:${e.range.start.character}`);
    parts.push(source.text.slice(at, start), e.newText);
    at = end;
  }
  parts.push(source.text.slice(at));
  return parts.join('');
}

/** Where a place in one edit's new text ends up once all the edits are applied. */
export function offsetAfterEdits(source: SourceText, edits: readonly TextEdit[], edit: TextEdit, offsetInNewText: number): number {
  let shift = 0;
  const target = source.offsetAt(edit.range.start);
  for (const e of edits) {
    if (e === edit) continue;
    const start = source.offsetAt(e.range.start);
    if (start > target || (start === target && compareRanges(e.range, edit.range) >= 0)) continue;
    shift += e.newText.length - (source.offsetAt(e.range.end) - start);
  }
  return target + shift + offsetInNewText;
}
