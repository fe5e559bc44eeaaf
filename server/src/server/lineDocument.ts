// The server's copy of an open document, kept as lines. An edit replaces only the lines it
// touches, in place, and notes which ones; the parser asks which lines changed since the version
// it last saw and scans only those (see EditedLines and ParseCache). So no keystroke copies the
// whole text, as a flat string of a large report would be rebuilt on every edit, nor an array
// with an entry per line, which in a large report is big enough to fill the old generation and
// bring on full garbage collections. The features read it as they read any SourceText (see
// LineText), so neither does a request.
// Implements the TextDocument interface that vscode-languageserver's TextDocuments manages, with
// the same answers as vscode-languageserver-textdocument's implementation.

import type { Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { EditedLines, LineChanges } from '../parser/parse';
import { mergeChange } from '../parser/lines';
import { LineText, splitWithEols, toInteger } from '../edits/sourceText';

export class LineDocument extends LineText implements TextDocument, EditedLines {
  private _version: number;
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
    super(content);
    this._version = version;
  }

  static create(uri: string, languageId: string, version: number, content: string): LineDocument {
    return new LineDocument(uri, languageId, version, content);
  }

  get version(): number {
    return this._version;
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
        ({ lines: this._lines, eols: this._eols } = splitWithEols(text));
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
    if (start.line > end.line || (start.line === end.line && start.character > end.character))
      [start, end] = [end, start];
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
    const piece = splitWithEols(before + text + lines[last]!.slice(end.character) + lastEol);
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
}

/** How many edits changedSince can look back over. */
const MAX_LOG = 256;
