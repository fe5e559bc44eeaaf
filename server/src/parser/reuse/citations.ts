// The stretches of lines a document's citations are found in, taken over from the previous
// version where an edit left them alone.

import { citationStretches, updatedStretches, type CitationStretch } from '../citations';
import type { ScannedLines } from '../passes/structure';
import type { ParseMemo } from './cache';

/** The stretches of lines the citations are found in: the previous version's with the changed
 *  lines read anew when no line began or stopped starting a citation, else found again. */
export function stretchesOf(lines: ScannedLines, memo: ParseMemo | null): readonly CitationStretch[] {
  const facts = lines.facts;
  const changed = memo?.changedLines;
  const before = memo?.factsBefore;
  if (memo?.previous && changed && before) {
    let same = true;
    for (let i = changed.start; i <= changed.end && same; i++) same = before(i).citationStart === facts[i]!.citationStart;
    if (same) return updatedStretches(memo.previous.stretches, lines.text, changed.start, changed.end);
  }
  return citationStretches(lines.text, (i) => facts[i]!.citationStart);
}

