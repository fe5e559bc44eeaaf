// Pass 2: headings. The heading rules read a block's first line; here a reading becomes a
// candidate with its wrapped lines, the rules decide what each candidate is, and the closing
// ("De Minister van ...,") is found after the last heading. The result is the structure that
// the later passes, and the next version's reuse, start from.

import type { RuleContext } from '../headings/context';
import type { HeadingCandidate, HeadingRole } from '../headings/rule';
import * as rules from '../headings/rules';
import * as text from '../text';
import type { Blocks } from './blocks';
import type { AcceptedHeading, Block, BlockStructure, ScannedLines } from './structure';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { HEADING_RULES } = rules;
const { collapse } = text;

const MAX_CONTINUATION_LINES = 2; // a heading wraps over two or three lines

export function findHeadings(lines: ScannedLines, found: Blocks, context: RuleContext): BlockStructure {
  const { blocks, blockOf, headingLines, candidates } = headingCandidates(lines, found);
  const headings = decideHeadings(lines, blocks, candidates, context);
  const closingStart = findClosing(lines, blocks, headings);
  const acceptedHeadings = closingStart < 0 ? headings : headings.filter((h) => h.firstLine < closingStart);
  // The kinds are this pass's from here on: the blocks pass made them for it.
  const kinds = found.kinds;
  for (const h of acceptedHeadings) {
    kinds[h.firstLine] = h.isDomain ? 'domain-heading' : 'session-heading';
    for (let l = h.firstLine + 1; l <= h.lastLine; l++) kinds[l] = 'heading-continuation';
  }
  return { blocks, blockOf, headingLines, closingStart, acceptedHeadings, kinds, candidateLines: found.candidateLines };
}

/** Whether any rule lets a heading stand inside a block; if none does, no line but a block's
 *  first (and a heading's right below a heading) is looked at. */
const INSIDE_BLOCKS = HEADING_RULES.some((r) => r.opensInside !== undefined);

/** Heading candidates per block. A heading line right below another heading (no blank line
 *  between) starts a block of its own, so that "1. Justitie" directly above "1. Diversen"
 *  is still seen as a domain with its first session; so does a heading whose rule lets it
 *  stand inside a block (text without blank lines). */
function headingCandidates(lines: ScannedLines, found: Blocks) {
  const facts = lines.facts;
  const blocks: Block[] = [];
  const candidates: (HeadingCandidate | null)[] = [];
  const headingLines: Block[] = [];
  const read = (block: number, first: number, last: number): HeadingCandidate | null =>
    headingAt(lines, block, first, last, headingLines);
  /** The line after `start` at which a new block opens, or -1. A line read twice (once here,
   *  once as its block's first line) has its lines recorded twice, which does no harm. */
  const nextOpening = (c: HeadingCandidate | null, start: number, last: number): number => {
    if (c && c.lastLine < last && read(blocks.length + 1, c.lastLine + 1, last)) return c.lastLine + 1;
    if (!INSIDE_BLOCKS) return -1;
    for (let l = c ? c.lastLine + 1 : start + 1; l <= last; l++) {
      const h = facts[l]!.heading;
      if (h === null || h.rule.opensInside === undefined) continue;
      headingLines.push([l - 1, l]);
      if (h.rule.opensInside(h, facts[l - 1]!) && read(blocks.length + 1, l, last)) return l;
    }
    return -1;
  };
  for (const [first, last] of found.blocks) {
    let start = first;
    for (;;) {
      const c = read(blocks.length, start, last);
      const opening = nextOpening(c, start, last);
      if (opening >= 0) {
        blocks.push([start, opening - 1]);
        candidates.push(c);
        start = opening;
        continue;
      }
      blocks.push([start, last]);
      candidates.push(c);
      break;
    }
  }
  // The blocks pass's numbering, handed on to this pass, renumbered when a block was split.
  const blockOf = found.blockOf;
  if (blocks.length !== found.blocks.length) blocks.forEach(([first, last], b) => blockOf.fill(b, first, last + 1));
  return { blocks, blockOf, headingLines, candidates };
}

/** The candidate whose first line is `first`, in a block that ends at `last`; records in
 *  `headingLines` the lines its reading depends on, also when the reading does not stand. */
function headingAt(
  lines: ScannedLines,
  block: number,
  first: number,
  last: number,
  headingLines: Block[],
): HeadingCandidate | null {
  const facts = lines.facts;
  const h = facts[first]!.heading;
  if (!h) return null;
  // Wrapped title lines start with a lower-case letter; the heading ends at a blank line or
  // at a line that starts a sentence.
  let lastLine = first;
  while (lastLine < last && lastLine - first < MAX_CONTINUATION_LINES && facts[lastLine + 1]!.startsLower) lastLine++;
  headingLines.push([Math.max(0, first - (h.rule.readsLinesBefore ?? 0)), lastLine + 1]);
  if (lastLine < last && facts[lastLine + 1]!.startsLower) return null; // a numbered paragraph
  if (h.rule.stands && !h.rule.stands(h, facts[lastLine]!)) return null;
  let title = h.title;
  for (let l = first + 1; l <= lastLine; l++) title += ' ' + lines.text[l]!;
  // Written out: an object spread here costs twenty times as much, on every heading.
  return {
    number: h.number,
    numberText: h.numberText,
    numeral: h.numeral,
    numberColumn: h.numberColumn,
    titleColumn: h.titleColumn,
    title: collapse(title),
    startsWithKind: h.startsWithKind,
    rule: h.rule,
    block,
    firstLine: first,
    lastLine,
  };
}

function decideHeadings(
  lines: ScannedLines,
  blocks: readonly Block[],
  candidates: readonly (HeadingCandidate | null)[],
  context: RuleContext,
): AcceptedHeading[] {
  // For each block, the first numbered heading at or after it when only unnumbered sessions
  // stand between.
  const firstNumbered: (HeadingCandidate | null)[] = new Array(candidates.length + 1).fill(null);
  for (let b = candidates.length - 1; b >= 0; b--) {
    const c = candidates[b];
    firstNumbered[b] = c && c.number !== null ? c : firstNumbered[b + 1]!;
  }
  const out: AcceptedHeading[] = [];
  for (let b = 0; b < candidates.length; b++) {
    const c = candidates[b];
    if (!c) continue;
    const around = {
      next: candidates[b + 1] ?? null,
      firstNumberedAfter: firstNumbered[b + 1]!,
      bare: c.lastLine === blocks[c.block]![1],
      facts: lines.facts,
      context,
    };
    let role: HeadingRole | undefined;
    for (let r = 0; r < HEADING_RULES.length && role === undefined; r++) role = HEADING_RULES[r]!.decide?.(c, around);
    if (role === 'text') continue;
    out.push(accepted(c, role === 'domain'));
  }
  return out;
}

/** The candidate taken as a domain or a session, `d` lines further down. */
export function accepted(h: HeadingCandidate, isDomain: boolean, d = 0): AcceptedHeading {
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
  };
}

/** The first line of the closing ("De Minister van ...,"), after the last heading; -1 if none. */
function findClosing(lines: ScannedLines, blocks: readonly Block[], headings: readonly AcceptedHeading[]): number {
  let lastHeadingLine = -1;
  for (const h of headings) if (h.numeral !== 'roman') lastHeadingLine = h.lastLine;
  for (const [first, last] of blocks) {
    if (first <= lastHeadingLine || last - first > 3) continue;
    if (lines.facts[first]!.closing) return first;
  }
  return -1;
}
