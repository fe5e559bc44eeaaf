// The server's copy of an open document, kept as lines. An edit replaces only the lines it
// touches, in place, and notes which ones; the parser asks which lines changed since the version
// it last saw and scans only those (see EditedLines and ParseCache). So no keystroke copies the
// whole text, as a flat string of a large report would be rebuilt on every edit, nor an array
// with an entry per line, which in a large report is big enough to fill the old generation and
// bring on full garbage collections.
// Implements the TextDocument interface that vscode-languageserver's TextDocuments manages, with
// the same answers as vscode-languageserver-textdocument's implementation.

import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { splitLines, type EditedLines, type LineChanges } from '../parser/parse';
import { mergeChange } from '../parser/lines';
import { lowerBound } from '../core/search';

export class LineDocument implements TextDocument, EditedLines {
  private _lines: string[];
  /** The line end after each line but the last: '\n', '\r\n' or '\r'. Only this class
   *  holds it, so an edit changes it in place. */
  private _eols: string[];
  private _version: number;
  /** The text, once asked for; null after an edit until it is asked for again. */
  private text: string | null;
  /** Where each line starts in the text, once asked for. */
  private offsets: Float64Array | null = null;
  private _edits = 0;
  /** The lines each of the last edits replaced, for changedSince; `logFrom` is the edit count
   *  before the first of them. */
  private log: { start: number; oldEnd: number; newEnd: number }[] = [];
  private logFrom = 0;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    content: string,
  ) {
    this._version = version;
    this.text = content;
    ({ lines: this._lines, eols: this._eols } = split(content));
  }

  static create(uri: string, languageId: string, version: number, content: string): LineDocument {
    return new LineDocument(uri, languageId, version, content);
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this._lines.length;
  }

  /** The lines without their line ends. Changed in place by the next edit. */
  get lines(): readonly string[] {
    return this._lines;
  }

  get edits(): number {
    return this._edits;
  }

  changedSince(edits: number): LineChanges | null {
    if (edits < this.logFrom || edits > this._edits) return null;
    let changes: LineChanges | null = null;
    for (let k = edits - this.logFrom; k < this.log.length; k++) {
      const { start, oldEnd, newEnd } = this.log[k]!;
      changes = mergeChange(changes, start, oldEnd, newEnd);
    }
    // No edit since: an empty range.
    return changes ?? { start: this._lines.length, end: this._lines.length - 1, delta: 0 };
  }

  /** Lines start..oldEnd were replaced by lines start..newEnd. */
  private noteEdit(start: number, oldEnd: number, newEnd: number): void {
    this._edits++;
    this.log.push({ start, oldEnd, newEnd });
    if (this.log.length > MAX_LOG) {
      const drop = this.log.length - MAX_LOG;
      this.log.splice(0, drop);
      this.logFrom += drop;
    }
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
    const lo = lowerBound(lines.length, (i) => offsets[i]! <= at) - 1;
    // An offset inside a line end is the end of that line's text.
    return { line: lo, character: Math.min(at - offsets[lo]!, lines[lo]!.length) };
  }

  getLineRange(line: number): Range {
    const lines = this._lines;
    const n = toInteger(line);
    if (n < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const i = Math.min(n, lines.length - 1);
    return { start: { line: i, character: 0 }, end: { line: i, character: lines[i]!.length } };
  }

  getEOLCharacters(line: number): string {
    const n = toInteger(line);
    return n >= 0 && n < this._eols.length ? this._eols[n]! : '';
  }

  /** Applies changes in the order given, as TextDocument.update does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      // A client that sends something other than text gets it read as no text.
      const text = typeof change.text === 'string' ? change.text : '';
      if ('range' in change && change.range) this.replace(change.range, text);
      else {
        const oldEnd = this._lines.length - 1;
        ({ lines: this._lines, eols: this._eols } = split(text));
        this.noteEdit(0, oldEnd, this._lines.length - 1);
      }
      this.text = null;
      this.offsets = null;
    }
    this._version = version;
  }

  /**
   * The text from `range.start` to `range.end` becomes `text`: the touched lines, with the line
   * end after the last one, are joined, edited and split again, and the lines around them are
   * kept. A lone CR before the first touched line is taken in too, since the new text may start
   * with the LF that makes it a CRLF.
   */
  private replace(range: Range, text: string): void {
    let start = this.clampPosition(range.start);
    let end = this.clampPosition(range.end);
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    const lines = this._lines;
    const eols = this._eols;
    let first = start.line;
    let before = lines[first]!.slice(0, start.character);
    if (first > 0 && eols[first - 1] === '\r') {
      first--;
      before = lines[first]! + '\r' + before;
    }
    const last = end.line;
    const lastEol = last < eols.length ? eols[last]! : '';
    const piece = split(before + text + lines[last]!.slice(end.character) + lastEol);
    // The segment ended with a line end: the empty line after it is the next line's start.
    if (lastEol !== '') piece.lines.pop();
    const replaced = last - first + 1;
    const added = piece.lines.length;
    if (added === replaced) {
      for (let k = 0; k < added; k++) lines[first + k] = piece.lines[k]!;
    } else if (added < 10_000) {
      lines.splice(first, replaced, ...piece.lines);
    } else {
      // Too many for splice's arguments: a new array.
      this._lines = lines.slice(0, first).concat(piece.lines, lines.slice(last + 1));
    }
    const eolCount = Math.min(replaced, eols.length - first);
    if (piece.eols.length === eolCount) for (let k = 0; k < eolCount; k++) eols[first + k] = piece.eols[k]!;
    else this._eols = eols.slice(0, first).concat(piece.eols, eols.slice(first + eolCount));
    this.noteEdit(first, last, first + added - 1);
  }

  private clampPosition(p: Position): { line: number; character: number } {
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

/** How many edits changedSince can look back over. */
const MAX_LOG = 256;

function split(text: string): { lines: string[]; eols: string[] } {
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
function toInteger(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : 0;
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
