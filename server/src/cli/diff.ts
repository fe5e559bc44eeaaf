// A unified diff of a set of text edits, as `diff -u` prints it (three lines of context), for
// `council-report check --diff`. Built from the edits themselves rather than by comparing the
// two texts, so it is linear and shows exactly what the fixes change; `patch -p0` applies it.

import type { Position, TextEdit } from 'vscode-languageserver-types';
import type { SourceText } from '../edits/sourceText';
import { sortEdits } from '../edits/textEdits';

const CONTEXT = 3;
const NO_EOL = '\\ No newline at end of file';

/** A line with its line end ('' for the last line of a text that does not end in one). */
interface Line {
  readonly text: string;
  readonly eol: string;
}

interface Change {
  /** Index of the first old line replaced. */
  readonly oldStart: number;
  readonly oldLines: readonly Line[];
  readonly newLines: readonly Line[];
}

export function unifiedDiff(path: string, source: SourceText, edits: readonly TextEdit[]): string[] {
  const old = linesOf(source.getText());
  const changes = changesOf(source, sortEdits(edits));
  if (changes.length === 0) return [];
  const out = [`--- ${path}`, `+++ ${path}`];
  let delta = 0; // new line index - old line index, before the current change
  for (let i = 0; i < changes.length;) {
    // A hunk takes the changes whose context would touch or overlap.
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.oldStart - end(changes[j]!) <= 2 * CONTEXT) j++;
    const from = Math.max(0, changes[i]!.oldStart - CONTEXT);
    const to = Math.min(old.length, end(changes[j]!) + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    const emit = (prefix: string, line: Line): void => {
      // As diff -u: lines end in LF, so a CRLF line keeps its CR, and patch restores it.
      body.push(prefix + line.text + (line.eol === '\r\n' ? '\r' : ''));
      if (line.eol === '') body.push(NO_EOL);
    };
    let at = from;
    const newFrom = from + delta;
    for (let k = i; k <= j; k++) {
      const c = changes[k]!;
      for (; at < c.oldStart; at++, oldCount++, newCount++) emit(' ', old[at]!);
      for (const line of c.oldLines) emit('-', line);
      for (const line of c.newLines) emit('+', line);
      oldCount += c.oldLines.length;
      newCount += c.newLines.length;
      at = end(c);
      delta += c.newLines.length - c.oldLines.length;
    }
    for (; at < to; at++, oldCount++, newCount++) emit(' ', old[at]!);
    out.push(`@@ -${range(from, oldCount)} +${range(newFrom, newCount)} @@`, ...body);
    i = j + 1;
  }
  return out;
}

function end(c: Change): number {
  return c.oldStart + c.oldLines.length;
}

/** "start,count" counting lines from 1; an empty range names the line before it. */
function range(start: number, count: number): string {
  return count === 0 ? `${start},0` : `${start + 1},${count}`;
}

/** The text as lines with their line ends; a text ending in a line end has no empty last line. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const eolEnd = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ text: text.slice(start, i), eol: text.slice(i, eolEnd) });
    start = eolEnd;
    i = eolEnd - 1;
  }
  if (start < text.length) lines.push({ text: text.slice(start), eol: '' });
  return lines;
}

/** The edits as changes of whole lines: edits on the same lines go together; lines that come out
 *  the same at either end of a change are left out of it. */
function changesOf(source: SourceText, edits: readonly TextEdit[]): Change[] {
  const changes: Change[] = [];
  for (let i = 0; i < edits.length;) {
    const first = edits[i]!.range.start.line;
    let last = lastLine(edits[i]!);
    let j = i;
    while (j + 1 < edits.length && edits[j + 1]!.range.start.line <= last) last = Math.max(last, lastLine(edits[++j]!));
    // The lines first..last with their line ends, and the same stretch after the edits.
    const from: Position = { line: first, character: 0 };
    const to: Position = { line: last + 1, character: 0 };
    let after = '';
    let at = from;
    for (let k = i; k <= j; k++) {
      const e = edits[k]!;
      after += source.slice({ start: at, end: e.range.start }) + e.newText;
      at = e.range.end;
    }
    after += source.slice({ start: at, end: to });
    const oldLines = linesOf(source.slice({ start: from, end: to }));
    const newLines = linesOf(after);
    let head = 0;
    while (head < oldLines.length && head < newLines.length && same(oldLines[head]!, newLines[head]!)) head++;
    let tail = 0;
    while (
      tail < oldLines.length - head &&
      tail < newLines.length - head &&
      same(oldLines[oldLines.length - 1 - tail]!, newLines[newLines.length - 1 - tail]!)
    )
      tail++;
    if (head + tail < Math.max(oldLines.length, newLines.length)) {
      changes.push({
        oldStart: first + head,
        oldLines: oldLines.slice(head, oldLines.length - tail),
        newLines: newLines.slice(head, newLines.length - tail),
      });
    }
    i = j + 1;
  }
  return changes;
}

/** The last line an edit changes: one that ends at the very start of a line leaves that line be. */
function lastLine(e: TextEdit): number {
  const { start, end } = e.range;
  return end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
}

function same(a: Line, b: Line): boolean {
  return a.text === b.text && a.eol === b.eol;
}
