// What the passes hand on to each other: the lines with their facts, and what the blocks and
// headings passes decided (kept whole for the next version, see reuse/).

import type { LineFacts } from '../facts';
import type { HeadingCandidate } from '../headings/rule';
import type { LineKind, Range } from '../model';

/** The lines of a document and their facts, as every pass reads them. */
export interface ScannedLines {
  readonly text: readonly string[];
  readonly facts: readonly LineFacts[];
}

export type Block = readonly [first: number, last: number];

/** A heading the headings pass took, as a domain or a session. */
export interface AcceptedHeading extends HeadingCandidate {
  readonly isDomain: boolean;
  /** The line of the heading's label, -1 if it has none. */
  readonly labelLine: number;
}

/** The document's title: its first and last line. */
export interface TitleLines {
  readonly firstLine: number;
  readonly lastLine: number;
}

/** What the blocks and headings passes decided. Never changed once made. */
export interface BlockStructure {
  /** Runs of consecutive body lines, split where a heading stands right under another. */
  readonly blocks: readonly Block[];
  /** Each line's block; -1 for a blank line or page furniture. */
  readonly blockOf: Int32Array;
  /** For every line read as a heading (taken or not), the lines its reading depends on. */
  readonly headingLines: readonly Block[];
  /** The first line of the closing, -1 if none. */
  readonly closingStart: number;
  readonly acceptedHeadings: readonly AcceptedHeading[];
  /** The document's title, if it has one. */
  readonly title: TitleLines | null;
  /** Every line's kind, headings marked, before notes, frame and closing are. */
  readonly kinds: readonly LineKind[];
  /** The lines with reference candidates, in order. */
  readonly candidateLines: readonly number[];
}

/** The column after line i's last non-white-space character. */
export function contentEnd(lines: ScannedLines, i: number): number {
  const end = lines.facts[i]!.contentEnd;
  return end < 0 ? lines.text[i]!.length : end;
}

export function range(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
  return { start: { line: startLine, character: startColumn }, end: { line: endLine, character: endColumn } };
}
