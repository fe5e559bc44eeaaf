// Pass 4: footnote references, the candidates that fit the document's notes.

import type { FootnoteDefinition, FootnoteReference, LineKind } from '../model';
import * as helpers from './structure';
import { type ScannedLines } from './structure';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { range } = helpers;

/**
 * Strong candidates are accepted when defined or within the sequence so far (the next number,
 * a repeat, or a number the sequence skipped); weak ones (after capitals) when defined and
 * exactly the next number, and only when no strong candidate with that number follows before one
 * with the number after it: "COP30 ... onderhandelingen,30" is a name and then the reference,
 * not the reference twice. `previous`: the previous version's references, walked alongside; one
 * with the same number at the same place equals the new one and is taken over (empty: none).
 */
export function acceptReferences(
  lines: ScannedLines,
  kinds: readonly LineKind[],
  candidateLines: readonly number[],
  definitions: readonly FootnoteDefinition[],
  previous: readonly FootnoteReference[],
): FootnoteReference[] {
  const defined = new Set(definitions.map((d) => d.number));
  const named = namesBeforeReferences(lines, kinds, candidateLines);
  let highest = 0;
  const out: FootnoteReference[] = [];
  let k = 0;
  let weak = 0;
  for (const line of candidateLines) {
    const kind = kinds[line];
    if (kind === 'footnote-definition' || kind === 'footnote-continuation') continue;
    for (const c of lines.facts[line]!.candidates) {
      const ok = c.strong
        ? defined.has(c.number) || c.number <= highest + 1
        : !named.has(weak++) && defined.has(c.number) && c.number === highest + 1;
      if (!ok) continue;
      highest = Math.max(highest, c.number);
      while (k < previous.length && isBefore(previous[k]!.range.start, line, c.column)) k++;
      const p = previous[k];
      const same =
        p !== undefined && p.number === c.number && p.range.start.line === line && p.range.start.character === c.column;
      out.push(same ? p : { number: c.number, range: range(line, c.column, line, c.column + c.length) });
    }
  }
  return out;
}

/**
 * The weak candidates (counted in document order, from 0) that a strong candidate with the same
 * number follows before any candidate with the next number: one backward walk, a set of the
 * numbers with a strong candidate ahead.
 */
function namesBeforeReferences(
  lines: ScannedLines,
  kinds: readonly LineKind[],
  candidateLines: readonly number[],
): Set<number> {
  const named = new Set<number>();
  let weakCount = 0;
  for (const line of candidateLines) for (const c of lines.facts[line]!.candidates) if (!c.strong) weakCount++;
  if (weakCount === 0) return named;
  const strongAhead = new Set<number>();
  let weak = weakCount;
  for (let i = candidateLines.length - 1; i >= 0; i--) {
    const line = candidateLines[i]!;
    const candidates = lines.facts[line]!.candidates;
    const kind = kinds[line];
    const skipped = kind === 'footnote-definition' || kind === 'footnote-continuation';
    for (let j = candidates.length - 1; j >= 0; j--) {
      const c = candidates[j]!;
      if (!c.strong) weak--;
      if (skipped) continue;
      if (c.strong) strongAhead.add(c.number);
      else if (strongAhead.has(c.number)) named.add(weak);
      strongAhead.delete(c.number - 1);
    }
  }
  return named;
}

function isBefore(p: { line: number; character: number }, line: number, character: number): boolean {
  return p.line < line || (p.line === line && p.character < character);
}
