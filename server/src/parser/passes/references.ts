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
 * exactly the next number. `previous`: the previous version's references, walked alongside; one
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
  let highest = 0;
  const out: FootnoteReference[] = [];
  let k = 0;
  for (const line of candidateLines) {
    const kind = kinds[line];
    if (kind === 'footnote-definition' || kind === 'footnote-continuation') continue;
    for (const c of lines.facts[line]!.candidates) {
      const ok = c.strong
        ? defined.has(c.number) || c.number <= highest + 1
        : defined.has(c.number) && c.number === highest + 1;
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

function isBefore(p: { line: number; character: number }, line: number, character: number): boolean {
  return p.line < line || (p.line === line && p.character < character);
}
