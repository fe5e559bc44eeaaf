// What the headings pass makes of the rules' decisions: the accepted headings (also moved by
// the reuse layer), topics among numbered items taken back as text, and where the closing starts.

import type { HeadingCandidate } from '../headings/rule';
import * as topics from '../headings/topic';
import type { AcceptedHeading, Block, ScannedLines, TitleLines } from './structure';

// Bound once at module load, as in headings.ts: under CommonJS every use of an imported name
// calls a getter.
const { topic } = topics;

/** A topic is an item where items are not numbered: in a domain (or the part of the report
 *  outside domains, before or after the title) where a session is numbered, a line that only
 *  reads as a topic is a sub-heading of the numbered item's text, not a session of its own. */
export function withoutTopicsAmongNumbers(headings: AcceptedHeading[], title: TitleLines | null): AcceptedHeading[] {
  if (!headings.some((h) => h.rule === topic && !h.isDomain)) return headings;
  const titleLine = title ? title.firstLine : -1;
  const scopeOf = new Int32Array(headings.length);
  const numbered: boolean[] = [false];
  let scope = 0;
  let passedTitle = titleLine < 0;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    if (h.isDomain || (!passedTitle && h.firstLine > titleLine)) {
      passedTitle ||= h.firstLine > titleLine;
      numbered.push(false);
      scope++;
    }
    scopeOf[i] = scope;
    if (!h.isDomain && h.number !== null) numbered[scope] = true;
  }
  return headings.filter((h, i) => h.isDomain || h.rule !== topic || !numbered[scopeOf[i]!]);
}

/** The candidate taken as a domain or a session, `d` lines further down. */
export function accepted(h: HeadingCandidate, isDomain: boolean, d = 0, labelLine = -1): AcceptedHeading {
  return {
    number: h.number,
    numberText: h.numberText,
    numeral: h.numeral,
    numberColumn: h.numberColumn,
    titleColumn: h.titleColumn,
    title: h.title,
    startsWithKind: h.startsWithKind,
    rule: h.rule,
    block: h.block,
    firstLine: h.firstLine + d,
    lastLine: h.lastLine + d,
    isDomain,
    labelLine: labelLine < 0 ? -1 : labelLine + d,
  };
}

/** The first line of the closing ("De Minister van ...,"), after the last heading; -1 if none. */
export function findClosing(
  lines: ScannedLines,
  blocks: readonly Block[],
  headings: readonly AcceptedHeading[],
): number {
  let lastHeadingLine = -1;
  for (const h of headings) if (h.numeral !== 'roman') lastHeadingLine = h.lastLine;
  for (const [first, last] of blocks) {
    if (first <= lastHeadingLine || last - first > 3) continue;
    if (lines.facts[first]!.closing) return first;
  }
  return -1;
}
