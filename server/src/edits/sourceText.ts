// The report's text by lines: what every feature and edit engine reads. Lines are split exactly
// as the parser splits them (LF, CRLF or a lone CR), so model positions apply as they are.
// One implementation, LineText, serves a text built from a string (the CLI, the tests) and the
// server's open documents (LineDocument edits its lines in place): reading a line is an array
// lookup, and nothing a feature does copies or re-splits the whole text.

import type { Position, Range } from 'vscode-languageserver-types';
import { splitLines } from '../parser/parse';
import { lowerBound } from '../parser/search';

export interface SourceText {
  readonly lineCount: number;
  /** Line `i` without its line end; '' past the last line. */
  line(i: number): string;
  /** The position after the line's last character (before its line end). */
  lineEnd(i: number): Position;
  /** The document's line end (the first one it uses), for lines the features add. */
  readonly eol: string;
  /** The text from `range.start` to `range.end`, with the line ends between. */
  slice(range: Range): string;
  /** The whole text: a copy of all of it, for those who write it out (fix-all, the CLI). */
  getText(): string;
  /** Offsets count from the start of the text, line ends included. Each needs a table of where
   *  every line starts, built on first use after an edit: not for what runs per keystroke. */
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

export class LineText implements SourceText {
  protected _lines: string[];
  /** The line end after each line but the last: '\n', '\r\n' or '\r'. */
  protected _eols: string[];
  /** The text, once asked for; null after an edit until it is asked for again. */
  protected text: string | null;
  /** Where each line starts in the text, once asked for. */
  protected offsets: Float64Array | null = null;

  constructor(content: string) {
    this.text = content;
    ({ lines: this._lines, eols: this._eols } = splitWithEols(content));
  }

  get lineCount(): number {
    return this._lines.length;
  }

  /** The lines without their line ends. An editor's document changes them in place. */
  get lines(): readonly string[] {
    return this._lines;
  }

  get eol(): string {
    return this._eols[0] ?? '\n';
  }

  line(i: number): string {
    return this._lines[i] ?? '';
  }

  lineEnd(i: number): Position {
    return { line: i, character: this.line(i).length };
  }

  slice(range: Range): string {
    const start = this.clampPosition(range.start);
    const end = this.clampPosition(range.end);
    if (start.line > end.line || (start.line === end.line && start.character >= end.character)) return '';
    const lines = this._lines;
    if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
    let text = lines[start.line]!.slice(start.character) + this._eols[start.line]!;
    for (let l = start.line + 1; l < end.line; l++) text += lines[l]! + this._eols[l]!;
    return text + lines[end.line]!.slice(0, end.character);
  }

  getText(range?: Range): string {
    const text = (this.text ??= join(this._lines, this._eols));
    if (!range) return text;
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    return text.substring(Math.min(start, end), Math.max(start, end));
  }

  offsetAt(position: Position): number {
    const offsets = this.lineOffsets();
    const lines = this._lines;
    const line = toInteger(position.line);
    if (line >= lines.length) return offsets[lines.length - 1]! + lines[lines.length - 1]!.length;
    if (line < 0) return 0;
    return offsets[line]! + clamp(toInteger(position.character), 0, lines[line]!.length);
  }

  positionAt(offset: number): Position {
    const offsets = this.lineOffsets();
    const lines = this._lines;
    const at = Math.max(0, toInteger(offset));
    // The last line that starts at or before the offset; the first starts at 0.
    const line = lowerBound(lines.length, (i) => offsets[i]! <= at) - 1;
    // An offset inside a line end is the end of that line's text.
    return { line, character: Math.min(at - offsets[line]!, lines[line]!.length) };
  }

  /** The position in the text nearest to `p`: a line past the end is the end of the text. */
  protected clampPosition(p: Position): Position {
    const lines = this._lines;
    const line = toInteger(p.line);
    if (line < 0) return { line: 0, character: 0 };
    if (line >= lines.length) return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    return { line, character: clamp(toInteger(p.character), 0, lines[line]!.length) };
  }

  private lineOffsets(): Float64Array {
    if (this.offsets) return this.offsets;
    const offsets = new Float64Array(this._lines.length);
    let offset = 0;
    for (let i = 0; i < this._lines.length; i++) {
      offsets[i] = offset;
      offset += this._lines[i]!.length + (this._eols[i]?.length ?? 0);
    }
    return (this.offsets = offsets);
  }
}

/** The lines and the line end after each but the last, split as the parser splits. */
export function splitWithEols(text: string): { lines: string[]; eols: string[] } {
  const lines = splitLines(text);
  const eols: string[] = new Array<string>(lines.length - 1);
  if (text.indexOf('\r') < 0) return { lines, eols: eols.fill('\n') };
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i]!.length;
    const crlf = text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10;
    eols[i] = crlf ? '\r\n' : text[offset]!;
    offset += eols[i]!.length;
  }
  return { lines, eols };
}

function join(lines: readonly string[], eols: readonly string[]): string {
  if (eols.every((e) => e === '\n')) return lines.join('\n');
  let text = '';
  for (let i = 0; i < lines.length; i++) text += lines[i]! + (eols[i] ?? '');
  return text;
}

/** A position's number as an integer; anything else (NaN, a string from a broken client) is 0. */
export function toInteger(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : 0;
}

export function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
