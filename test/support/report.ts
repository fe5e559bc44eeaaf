// Helpers for tests: reports written as arrays of lines, parsed or analysed. A report with a
// cursor or expected ranges marked in it is a fixture (fixture.ts).

import { analyse, type Analysis } from '../../server/src/core/analysis';
import type { CouncilDocument } from '../../server/src/parser/model';
import { parse } from '../../server/src/parser/parse';

export function text(lines: readonly string[], eol = '\n'): string {
  return lines.join(eol);
}

export function parseLines(lines: readonly string[]): CouncilDocument {
  return parse(text(lines));
}

export function analyseLines(lines: readonly string[]): Analysis {
  return analyse(text(lines));
}

// The dumps live in dump.ts; these names stay for the test files that import them from here.
export { dumpDefinitions, dumpDiagnostics, dumpOutline, dumpReferences, span as r } from './dump';
