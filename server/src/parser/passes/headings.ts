// Pass 2: headings. The heading rules read a block's first line; here a reading becomes a
// candidate with its wrapped lines, the rules decide what each candidate is, and the closing
// ("De Minister van ...,") is found after the last heading. The result is the structure that
// the later passes, and the next version's reuse, start from.

import type { RuleContext } from '../headings/context';
import type { HeadingCandidate, HeadingRole } from '../headings/rule';
import * as rules from '../headings/rules';
import * as topics from '../headings/topic';
import * as titles from '../headings/documentTitle';
import * as text from '../text';
import type { Blocks } from './blocks';
import { accepted, findClosing, withoutTopicsAmongNumbers } from './accepted';
import type { AcceptedHeading, Block, BlockStructure, ScannedLines, TitleLines } from './structure';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { HEADING_RULES } = rules;
const { collapse } = text;
const { topic, isShortTopic } = topics;
const { documentTitle, titleGoesOn } = titles;
const MAX_TITLE_LINES = 3;

const MAX_CONTINUATION_LINES = 2; // a heading wraps over two or three lines

export function findHeadings(lines: ScannedLines, found: Blocks, context: RuleContext): BlockStructure {
  const { blocks, blockOf, headingLines, candidates } = headingCandidates(lines, found);
  const { headings, title } = decideHeadings(lines, blocks, candidates, context, headingLines);
  const closingStart = findClosing(lines, blocks, headings);
  const acceptedHeadings = closingStart < 0 ? headings : headings.filter((h) => h.firstLine < closingStart);
  // The kinds are this pass's from here on: the blocks pass made them for it.
  const kinds = found.kinds;
  for (const h of acceptedHeadings) {
    kinds[h.firstLine] = h.isDomain ? 'domain-heading' : 'session-heading';
    for (let l = h.firstLine + 1; l <= h.lastLine; l++) kinds[l] = 'heading-continuation';
    if (h.labelLine >= 0) kinds[h.labelLine] = 'label';
  }
  const shownTitle = title && (closingStart < 0 || title.firstLine < closingStart) ? title : null;
  if (shownTitle) for (let l = shownTitle.firstLine; l <= shownTitle.lastLine; l++) kinds[l] = 'title';
  return {
    blocks,
    blockOf,
    headingLines,
    closingStart,
    acceptedHeadings,
    title: shownTitle,
    kinds,
    candidateLines: found.candidateLines,
  };
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
  /** Whether the heading read on line `l` may stand right below a heading: a rule that lets
   *  its headings stand inside a block says so (a long topic there is a paragraph's start). */
  const opensBelowHeading = (l: number): boolean => {
    const h = facts[l]!.heading;
    return h !== null && (h.rule.opensInside === undefined || h.rule.opensInside(h, facts[l - 1]!));
  };
  /** The line after `start` at which a new block opens, or -1. A line read twice (once here,
   *  once as its block's first line) has its lines recorded twice, which does no harm. */
  const nextOpening = (c: HeadingCandidate | null, start: number, last: number): number => {
    if (c && c.lastLine < last && opensBelowHeading(c.lastLine + 1) && read(blocks.length + 1, c.lastLine + 1, last))
      return c.lastLine + 1;
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
  if (h.rule === documentTitle) {
    // A title wraps onto lines that start lower-case, hold a date, or follow a line that
    // ends where the title goes on ("... van de Raad Justitie en").
    while (
      lastLine < last &&
      lastLine - first < MAX_TITLE_LINES - 1 &&
      (facts[lastLine + 1]!.startsLower ||
        facts[lastLine + 1]!.definition !== null ||
        (lastLine === first && titleGoesOn(h) && (facts[lastLine + 1]!.heading?.rule ?? topic) === topic))
    )
      lastLine++;
  } else {
    while (lastLine < last && lastLine - first < MAX_CONTINUATION_LINES && facts[lastLine + 1]!.startsLower) lastLine++;
  }
  headingLines.push([Math.max(0, first - (h.rule.readsLinesBefore ?? 0)), lastLine + 1]);
  // A fourth lower-case line: a numbered paragraph.
  if (h.rule !== documentTitle && lastLine < last && facts[lastLine + 1]!.startsLower) return null;
  if (h.rule.stands && !h.rule.stands(h, facts[lastLine]!)) return null;
  let title = lines.text[first]!.slice(h.titleColumn);
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

/** How many lines a note at the bottom of a page goes on over, at most, when looking past it. */
const MAX_NOTE_CONTINUATION = 3;

/**
 * The last line of text above a page break that ends at line `before` (page furniture, blank
 * lines), past the notes at the bottom of the page: definitions numbered one after the other
 * upwards (n, n - 1, ...), each with at most MAX_NOTE_CONTINUATION lines going on below it.
 * -1 when no page furniture stands between.
 */
function textBeforePageBreak(facts: ScannedLines['facts'], before: number): number {
  let i = before;
  let crossed = false;
  for (; i >= 0 && facts[i]!.kind !== 'body'; i--) if (facts[i]!.kind === 'page-furniture') crossed = true;
  if (!crossed || i < 0) return -1;
  let text = i;
  let expected = -1;
  for (let k = i; k >= 0 && text - k <= MAX_NOTE_CONTINUATION; k--) {
    const f = facts[k]!;
    const d = f.kind === 'body' && f.heading === null ? f.definition : null;
    if (d === null || (expected >= 0 && d.number !== expected)) continue;
    expected = d.number - 1;
    text = k - 1;
  }
  while (text >= 0 && facts[text]!.kind !== 'body') text--;
  return text;
}

function decideHeadings(
  lines: ScannedLines,
  blocks: readonly Block[],
  candidates: readonly (HeadingCandidate | null)[],
  context: RuleContext,
  headingLines: Block[],
): { headings: AcceptedHeading[]; title: TitleLines | null } {
  const facts = lines.facts;
  const n = candidates.length;
  // Each candidate's label line (-1: none) and whether the next block is taken by it.
  const labelLine = new Int32Array(n).fill(-1);
  const labelBlock = new Uint8Array(n + 1);
  for (let b = 0; b < n; b++) {
    const c = candidates[b];
    if (!c || c.rule === documentTitle) continue;
    const [, last] = blocks[b]!;
    if (c.lastLine < last) {
      if (facts[c.lastLine + 1]!.label) labelLine[b] = c.lastLine + 1;
    } else if (b + 1 < n && facts[blocks[b + 1]![0]]!.label) {
      labelLine[b] = blocks[b + 1]![0];
      labelBlock[b + 1] = 1;
    }
  }
  // Where the letter frame ends: topics stand only after it (the salutation, or a block that
  // ends a sentence, or a title or another heading).
  const frameOpenAt = new Uint8Array(n);
  const signatureAt = new Uint8Array(n);
  {
    let open = true;
    let signature = 0;
    for (let b = 0; b < n; b++) {
      const [first, last] = blocks[b]!;
      frameOpenAt[b] = open ? 1 : 0;
      signatureAt[b] = signature > 0 ? 1 : 0;
      if (signature > 0) signature--;
      const c = candidates[b];
      if (facts[first]!.salutation || facts[last]!.endsSentence) open = false;
      if (c && c.rule !== topic) open = false;
      if (facts[first]!.closing && last - first <= 3) signature = 2;
    }
  }
  // Whether each candidate stands where it is: a topic by its surroundings, any other always.
  const stands = new Uint8Array(n);
  const headingEnd = (b: number): number => (labelLine[b] >= 0 ? labelLine[b] : candidates[b]!.lastLine);
  for (let b = 0; b < n; b++) {
    const c = candidates[b];
    if (!c || labelBlock[b]) continue;
    if (c.rule !== topic) {
      stands[b] = 1;
      continue;
    }
    if (frameOpenAt[b] || signatureAt[b]) continue;
    const [first, last] = blocks[b]!;
    const short = isShortTopic(facts[c.firstLine]!.heading!);
    // Inside a block (text without blank lines): right below a sentence's end, a label or a
    // heading that stands.
    const before = first - 1;
    if (before >= 0 && facts[before]!.kind === 'body') {
      const below = b > 0 && candidates[b - 1] !== null && stands[b - 1] === 1 && headingEnd(b - 1) === before;
      if (!short || !(facts[before]!.endsSentence || facts[before]!.label || below)) continue;
    } else if (before >= 0) {
      // At the top of a page: the text above the page break (and its notes) may go on here.
      const text = textBeforePageBreak(facts, before);
      if (text >= 0) {
        headingLines.push([text, first]);
        const f = facts[text]!;
        if (!f.endsSentence && !f.label) continue;
      }
    }
    const end = headingEnd(b);
    const wrapped = c.lastLine > c.firstLine;
    // A wrapped topic's first line is short: a paragraph's first line is as long as the text is wide.
    if (wrapped && !short) continue;
    let follows: number;
    if (end < last) {
      follows = end + 1;
      // The body right below the heading: a short one, not wrapped unless it has a label.
      if (!short || (wrapped && labelLine[b] < 0)) continue;
    } else {
      const nb = labelBlock[b + 1] ? b + 2 : b + 1;
      const nextBlock = labelBlock[b + 1] && blocks[b + 1]![1] > labelLine[b] ? b + 1 : nb;
      if (nextBlock >= n) continue;
      follows = nextBlock === b + 1 && labelBlock[b + 1] ? labelLine[b] + 1 : blocks[nextBlock]![0];
    }
    // What follows is read too (a note there is a fact of the notes class): an edit on any line
    // up to it decides the topic again.
    headingLines.push([end + 1, follows]);
    const f = facts[follows]!;
    if (f.startsLower || (f.definition !== null && f.heading === null)) continue;
    stands[b] = 1;
  }
  // For each block, the first numbered heading at or after it when only unnumbered sessions
  // stand between.
  const firstNumbered: (HeadingCandidate | null)[] = new Array(n + 1).fill(null);
  for (let b = n - 1; b >= 0; b--) {
    const c = candidates[b];
    firstNumbered[b] = c && stands[b] && c.number !== null ? c : firstNumbered[b + 1]!;
  }
  // Letter-numbered candidates that run A, B, C, ... (at least two): parts.
  const letterRun = new Uint8Array(n);
  {
    let run: number[] = [];
    const close = (): void => {
      if (run.length >= 2) for (const b of run) letterRun[b] = 1;
      run = [];
    };
    for (let b = 0; b < n; b++) {
      const c = candidates[b];
      if (!c || !stands[b] || c.numeral !== 'letter') continue;
      if (c.number !== run.length + 1) close();
      if (c.number === run.length + 1) run.push(b);
    }
    close();
  }
  const out: AcceptedHeading[] = [];
  let title: TitleLines | null = null;
  for (let b = 0; b < n; b++) {
    const c = candidates[b];
    if (!c || !stands[b]) continue;
    const [, last] = blocks[b]!;
    const labelled = labelLine[b] >= 0;
    // The block after the heading and its label.
    let nb = b + 1;
    if (labelBlock[b + 1]) nb = blocks[b + 1]![1] > labelLine[b] ? -1 : b + 2;
    const inBlock = headingEnd(b) < last;
    const next = nb >= 0 && nb < n && stands[nb] ? candidates[nb]! : null;
    const around = {
      next: inBlock ? null : next,
      firstNumberedAfter: firstNumbered[Math.min(n, labelBlock[b + 1] ? b + 2 : b + 1)]!,
      bare: !inBlock,
      labelled,
      headingNext: next !== null && next.rule !== documentTitle && !inBlock,
      titleFound: title !== null,
      letterRun: letterRun[b] === 1,
      facts,
      context,
    };
    let role: HeadingRole | undefined;
    for (let r = 0; r < HEADING_RULES.length && role === undefined; r++) role = HEADING_RULES[r]!.decide?.(c, around);
    if (role === 'text') continue;
    if (role === 'title') {
      title = { firstLine: c.firstLine, lastLine: c.lastLine };
      continue;
    }
    if (labelled) headingLines.push([labelLine[b], labelLine[b] + 1]);
    out.push(accepted(c, role === 'domain', 0, labelLine[b]));
  }
  return { headings: withoutTopicsAmongNumbers(out, title), title };
}
