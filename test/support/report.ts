// Helpers for tests: reports written as arrays of lines, a cursor marker.

import { analyse, type Analysis } from '../../server/src/core/analysis';
import type { CouncilDocument, Position } from '../../server/src/parser/model';
import { parse } from '../../server/src/parser/parse';

export const CURSOR = '|';

export function text(lines: readonly string[], eol = '\n'): string {
  return lines.join(eol);
}

export function parseLines(lines: readonly string[]): CouncilDocument {
  return parse(text(lines));
}

export function analyseLines(lines: readonly string[]): Analysis {
  return analyse(text(lines));
}

/** Removes the one cursor marker from the lines and returns where it stood. */
export function withCursor(lines: readonly string[]): { lines: string[]; position: Position } {
  let position: Position | null = null;
  const out = lines.map((l, line) => {
    const character = l.indexOf(CURSOR);
    if (character < 0) return l;
    if (position) throw new Error('more than one cursor marker');
    position = { line, character };
    return l.slice(0, character) + l.slice(character + 1);
  });
  if (!position) throw new Error('no cursor marker');
  return { lines: out, position };
}

// The dumps live in dump.ts; these names stay for the test files that import them from here.
export { dumpDefinitions, dumpDiagnostics, dumpOutline, dumpReferences, span as r } from './dump';
