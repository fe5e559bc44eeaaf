// Edits as LSP has them: a list of TextEdits that must not overlap, each against the text as it
// was before any of them.

import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Range } from '../parser/model';
import type { SourceText } from './sourceText';

/** Edits to one document for the client: versioned for a client that takes versioned edits,
 *  which it then refuses to apply to a newer text than they were made for. */
export function workspaceEdit(
  document: { readonly uri: string; readonly version: number },
  edits: TextEdit[],
  versioned: boolean,
): WorkspaceEdit {
  return versioned
    ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
    : { changes: { [document.uri]: edits } };
}

export function compareRanges(a: Range, b: Range): number {
  return (
    a.start.line - b.start.line ||
    a.start.character - b.start.character ||
    a.end.line - b.end.line ||
    a.end.character - b.end.character
  );
}

/** Edits sorted by position; an insertion before a replacement that starts at the same place. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => compareRanges(a.range, b.range));
}

/** The text after the edits: the whole of it, for those who write it out. */
export function applyEdits(source: SourceText, edits: readonly TextEdit[]): string {
  const text = source.getText();
  const parts: string[] = [];
  let at = 0;
  for (const e of sortEdits(edits)) {
    const start = source.offsetAt(e.range.start);
    const end = source.offsetAt(e.range.end);
    if (start < at) throw new Error(`overlapping edits at ${e.range.start.line}:${e.range.start.character}`);
    parts.push(text.slice(at, start), e.newText);
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Where a place in one edit's new text ends up once all the edits are applied, worked out
 * from the edits alone: each edit before it moves later lines by the line ends it adds or
 * removes, and the rest of its last line by the characters it adds there. `edits` sorted
 * (sortEdits), `edit` one of them, at positions inside the source's lines.
 */
export function positionAfterEdits(edits: readonly TextEdit[], edit: TextEdit, offsetInNewText: number): Position {
  // After the edits so far, old line l is new line l + lineShift; on old line lastLine, where
  // the last of them ended, the characters after it are charShift further along.
  let lineShift = 0;
  let lastLine = -1;
  let charShift = 0;
  const moved = (p: Position): Position => ({
    line: p.line + lineShift,
    character: p.line === lastLine ? p.character + charShift : p.character,
  });
  for (const e of edits) {
    if (e === edit) break;
    const end = advance(moved(e.range.start), e.newText);
    lineShift = end.line - e.range.end.line;
    lastLine = e.range.end.line;
    charShift = end.character - e.range.end.character;
  }
  return advance(moved(edit.range.start), edit.newText.slice(0, offsetInNewText));
}

/** The position after `text` written at `p`: its line ends split as the parser splits them. */
function advance(p: Position, text: string): Position {
  let line = p.line;
  let lineStart = -p.character;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    line++;
    lineStart = i + 1;
  }
  return { line, character: text.length - lineStart };
}
