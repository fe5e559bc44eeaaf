// A report for a test, written as lines with markers: `|` where the cursor stands, and `[[…]]`
// around a range the test expects. The markers are taken out; what is left is the report, and
// where the markers stood, as LSP positions (0-based lines, UTF-16 columns) in that report.
//
//   const { text, cursor, ranges } = fixture(['Tekst.[[1]] Meer.|1', '', '1 Noot.']);
//   // text 'Tekst.1 Meer.1\n\n1 Noot.', cursor 0:13, ranges [0:6-0:7]
//
// Reports hold no `|`, `[[` or `]]` of their own, so the markers need no escape.

import type { Position, Range } from '../../server/src/parser/model';

export const CURSOR = '|';
export const RANGE_START = '[[';
export const RANGE_END = ']]';

export interface Fixture {
  /** The lines joined by the line end, without the markers. */
  readonly text: string;
  readonly lines: readonly string[];
  /** Every `|`, in order. */
  readonly cursors: readonly Position[];
  /** The one `|`; reading it fails when there is none, or more than one. */
  readonly cursor: Position;
  /** Every `[[…]]`, in the order they open; they may span lines and nest. */
  readonly ranges: readonly Range[];
}

const MARKER = /\||\[\[|\]\]/g;

export function fixture(marked: readonly string[], eol = '\n'): Fixture {
  const cursors: Position[] = [];
  const ranges: Range[] = [];
  const open: { index: number; start: Position }[] = [];
  const lines = marked.map((line, lineNumber) => {
    let clean = '';
    let from = 0;
    for (const m of line.matchAll(MARKER)) {
      clean += line.slice(from, m.index);
      from = m.index + m[0].length;
      const here: Position = { line: lineNumber, character: clean.length };
      if (m[0] === CURSOR) cursors.push(here);
      else if (m[0] === RANGE_START) {
        open.push({ index: ranges.length, start: here });
        ranges.push({ start: here, end: here });
      } else {
        const opened = open.pop();
        if (!opened)
          throw new Error(`fixture: "${RANGE_END}" at ${lineNumber}:${clean.length} closes no "${RANGE_START}"`);
        ranges[opened.index] = { start: opened.start, end: here };
      }
    }
    return clean + line.slice(from);
  });
  if (open.length > 0) {
    const { start } = open[open.length - 1]!;
    throw new Error(`fixture: "${RANGE_START}" at ${start.line}:${start.character} is never closed`);
  }
  return Object.freeze({
    text: lines.join(eol),
    lines,
    cursors,
    get cursor(): Position {
      if (cursors.length !== 1)
        throw new Error(`fixture: expected one cursor marker "${CURSOR}", found ${cursors.length}`);
      return cursors[0]!;
    },
    ranges,
  });
}
