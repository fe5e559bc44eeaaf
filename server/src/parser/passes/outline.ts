// Pass 6: sections and paragraphs, once every line's kind is known.

import type { DocumentTitle, FootnoteReference, Heading, Label, LineKind, OutlineNode, Range, Session } from '../model';
import * as text from '../text';
import * as helpers from './structure';
import { type AcceptedHeading, type BlockStructure, type ScannedLines } from './structure';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { contentEnd, range } = helpers;
const { collapse } = text;

/** The first line of the notes that end the document (after the last body text); lineCount if none. */
function trailingNotesStart(kinds: readonly LineKind[]): number {
  let start = kinds.length;
  for (let i = kinds.length - 1; i >= 0; i--) {
    const k = kinds[i];
    if (k === 'footnote-definition' || k === 'footnote-continuation') start = i;
    else if (k !== 'blank' && k !== 'page-furniture') break;
  }
  return start;
}

export function findParagraphs(lines: ScannedLines, kinds: readonly LineKind[]): Range[] {
  const lineCount = kinds.length;
  const out: Range[] = [];
  let start = -1;
  for (let i = 0; i <= lineCount; i++) {
    const body = i < lineCount && kinds[i] === 'body';
    if (body && start < 0) start = i;
    if (!body && start >= 0) {
      out.push(range(start, 0, i - 1, contentEnd(lines, i - 1)));
      start = -1;
    }
  }
  return out;
}

export function buildOutline(
  lines: ScannedLines,
  structure: BlockStructure,
  kinds: readonly LineKind[],
  references: readonly FootnoteReference[],
): OutlineNode[] {
  const lineCount = kinds.length;
  const headings = structure.acceptedHeadings;
  // A footnote reference in a heading is not part of its title ("Werklunch – Syrië4").
  const referencesOn = new Map<number, FootnoteReference[]>();
  for (const r of references) {
    const line = r.range.start.line;
    if (kinds[line] !== 'body' && kinds[line] !== 'frame') {
      const list = referencesOn.get(line);
      if (list) list.push(r);
      else referencesOn.set(line, [r]);
    }
  }
  const titleOf = (h: AcceptedHeading): string => {
    let touched = false;
    for (let l = h.firstLine; l <= h.lastLine; l++) if (referencesOn.has(l)) touched = true;
    if (!touched) return h.title;
    const parts: string[] = [];
    for (let l = h.firstLine; l <= h.lastLine; l++) {
      let s = lines.text[l]!;
      if (l === h.firstLine) s = ' '.repeat(h.titleColumn) + s.slice(h.titleColumn);
      const refs = referencesOn.get(l) ?? [];
      for (let i = refs.length - 1; i >= 0; i--) {
        const { start, end } = refs[i]!.range;
        s = s.slice(0, start.character) + s.slice(end.character);
      }
      parts.push(s);
    }
    return collapse(parts.join(' '));
  };
  let limit = lineCount;
  if (structure.closingStart >= 0) limit = Math.min(limit, structure.closingStart);
  limit = Math.min(limit, trailingNotesStart(kinds));
  // The section ends at the last content line before `boundary`.
  const sectionEnd = (from: number, boundary: number): Range => {
    let end = Math.min(boundary, limit) - 1;
    while (end > from && (kinds[end] === 'blank' || kinds[end] === 'page-furniture')) end--;
    if (end < from) end = from;
    return range(from, 0, end, contentEnd(lines, end));
  };
  const toHeading = (h: AcceptedHeading): Heading => ({
    number: h.number,
    numberText: h.numberText,
    numeral: h.numeral,
    title: titleOf(h),
    numberRange:
      h.numberText === null
        ? null
        : range(h.firstLine, h.numberColumn, h.firstLine, h.numberColumn + h.numberText.length),
    range: range(h.firstLine, h.numberColumn, h.lastLine, contentEnd(lines, h.lastLine)),
    label: h.labelLine < 0 ? null : labelAt(lines, h.labelLine),
  });
  // The title ends the part above it (a cover letter's), and the section before it; so does
  // the cover letter's closing above the title (its signature is no text of that section).
  const titleLine = structure.title ? structure.title.firstLine : -1;
  const coverEnd = titleLine < 0 ? -1 : coverClosingStart(lines, kinds, titleLine, headings);

  const outline: OutlineNode[] = [];
  let domain: { heading: Heading; first: number; sessions: Session[] } | null = null;
  const closeDomain = (boundary: number): void => {
    if (!domain) return;
    outline.push({
      kind: 'domain',
      heading: domain.heading,
      range: sectionEnd(domain.first, boundary),
      sessions: domain.sessions,
    });
    domain = null;
  };
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    let nextLine = i + 1 < headings.length ? headings[i + 1]!.firstLine : lineCount;
    if (titleLine > h.firstLine && titleLine < nextLine) nextLine = coverEnd;
    if (domain !== null && titleLine >= 0 && titleLine < h.firstLine && domain.first < titleLine) closeDomain(coverEnd);
    if (h.isDomain) {
      closeDomain(h.firstLine);
      domain = { heading: toHeading(h), first: h.firstLine, sessions: [] };
      continue;
    }
    const session: Session = { kind: 'session', heading: toHeading(h), range: sectionEnd(h.firstLine, nextLine) };
    if (domain) domain.sessions.push(session);
    else outline.push(session);
  }
  closeDomain(lineCount);
  return outline;
}

/** How many lines a cover letter's signature block has at most (a name, a function). */
const MAX_SIGNATURE_LINES = 4;

/**
 * Where the cover letter's closing starts above the title on `titleLine`: a closing formula
 * ("De Minister van ...,", "Hoogachtend,") after the last heading above the title, followed by
 * nothing but its signature (at most MAX_SIGNATURE_LINES lines) up to the title; read from the
 * lines' facts only, as the reuse layer requires. The title's line when there is none.
 */
function coverClosingStart(
  lines: ScannedLines,
  kinds: readonly LineKind[],
  titleLine: number,
  headings: readonly AcceptedHeading[],
): number {
  let lastHeading = -1;
  for (const h of headings) if (h.firstLine < titleLine) lastHeading = h.lastLine;
  let signature = 0;
  for (let l = titleLine - 1; l > lastHeading; l--) {
    if (kinds[l] === 'blank' || kinds[l] === 'page-furniture') continue;
    if (lines.facts[l]!.closing) return l;
    if (++signature > MAX_SIGNATURE_LINES) return titleLine;
  }
  return titleLine;
}

/** The label on line `line`: its text without the parentheses or the leading "=", collapsed. */
function labelAt(lines: ScannedLines, line: number): Label {
  const s = lines.text[line]!;
  const lo = s.length - s.trimStart().length;
  const hi = contentEnd(lines, line);
  let t = s.slice(lo, hi);
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1);
  else if (t.startsWith('=')) t = t.slice(1);
  return { text: collapse(t), range: range(line, lo, line, hi) };
}

/** The document's title, its lines joined and collapsed. */
export function documentTitle(lines: ScannedLines, structure: BlockStructure): DocumentTitle | null {
  const t = structure.title;
  if (t === null) return null;
  const parts: string[] = [];
  for (let l = t.firstLine; l <= t.lastLine; l++) parts.push(lines.text[l]!);
  const first = lines.text[t.firstLine]!;
  const lo = first.length - first.trimStart().length;
  return {
    text: collapse(parts.join(' ')),
    range: range(t.firstLine, lo, t.lastLine, contentEnd(lines, t.lastLine)),
  };
}

/** The placeholders of the lines that are text: not in the letter frame's fields, a note or
 *  furniture (a note's "[…]" quotes an omission). */
export function findPlaceholders(lines: ScannedLines, kinds: readonly LineKind[]): Range[] {
  const out: Range[] = [];
  const facts = lines.facts;
  for (let l = 0; l < facts.length; l++) {
    const found = facts[l]!.placeholders;
    if (found.length === 0) continue;
    const kind = kinds[l];
    if (kind === 'footnote-definition' || kind === 'footnote-continuation' || kind === 'page-furniture') continue;
    for (const p of found) out.push(range(l, p.column, l, p.column + p.length));
  }
  return out;
}
