// Helpers for tests of features that edit the text: apply the edits to a report written as
// lines and look at the result as lines again; check that the edits keep LSP's rules.

import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { analyse, type Analysis } from '../../server/src/core/analysis';
import { LineText } from '../../server/src/edits/sourceText';
import { applyEdits, sortEdits } from '../../server/src/edits/textEdits';
import type { Range } from '../../server/src/parser/model';
import { span } from './dump';

/** The report after the edits, as lines. Fails when two edits overlap. */
export function applyToLines(lines: readonly string[], edits: readonly TextEdit[], eol = '\n'): string[] {
  assertNoOverlap(edits);
  return applyEdits(new LineText(lines.join(eol)), edits).split(eol);
}

export function applyToText(text: string, edits: readonly TextEdit[]): string {
  assertNoOverlap(edits);
  return applyEdits(new LineText(text), edits);
}

/** LSP: the ranges of one TextEdit[] never overlap (touching is allowed), and no two insert at one place. */
export function assertNoOverlap(edits: readonly TextEdit[]): void {
  const sorted = sortEdits(edits);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!.range;
    const b = sorted[i]!.range;
    const before = a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character <= b.start.character);
    assert.ok(before, `edits overlap: ${span(a)} and ${span(b)}`);
    assert.ok(!(isEmpty(a) && isEmpty(b) && span(a) === span(b)), `two insertions at ${span(a)}`);
  }
}

function isEmpty(r: Range): boolean {
  return r.start.line === r.end.line && r.start.character === r.end.character;
}

export function analyseText(text: string): Analysis {
  return analyse(text);
}
