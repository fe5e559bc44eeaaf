// Pass 5: the letter frame and the closing, which claim the body lines before the first
// heading and the signature blocks after the closing formula.

import type { LineKind, Range } from '../model';
import * as helpers from './structure';
import { type BlockStructure, type ScannedLines } from './structure';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { contentEnd, range } = helpers;

export interface FrameAndClosing {
  readonly letterFrame: Range | null;
  readonly closing: Range | null;
}

/** Marks the frame's and the closing's lines in `kinds`, the notes pass's array, handed on. */
export function findFrameAndClosing(
  lines: ScannedLines,
  structure: BlockStructure,
  kinds: LineKind[],
): FrameAndClosing {
  const lineCount = kinds.length;
  const headings = structure.acceptedHeadings;
  let firstHeading = headings.length > 0 ? headings[0]!.firstLine : -1;
  // A title above the first heading ends the frame (a cover letter's) before it.
  const title = structure.title;
  if (title !== null && (firstHeading < 0 || title.firstLine < firstHeading)) firstHeading = title.firstLine;
  // The letter frame runs from the top to the first heading; without headings, to the
  // salutation's paragraph.
  let frameEnd = firstHeading - 1;
  if (firstHeading < 0) {
    frameEnd = -1;
    for (let i = 0; i < lineCount && i < 60; i++) {
      if (kinds[i] === 'body' && lines.facts[i]!.salutation) {
        frameEnd = i;
        break;
      }
    }
  }
  let letterFrame: Range | null = null;
  let lastFrame = -1;
  let firstFrame = -1;
  for (let i = 0; i <= frameEnd; i++) {
    if (kinds[i] !== 'body') continue;
    kinds[i] = 'frame';
    if (firstFrame < 0) firstFrame = i;
    lastFrame = i;
  }
  if (firstFrame >= 0) letterFrame = range(firstFrame, 0, lastFrame, contentEnd(lines, lastFrame));

  let closing: Range | null = null;
  const closingStart = structure.closingStart;
  if (closingStart >= 0) {
    // The closing line and the signature blocks after it: short lines, no notes.
    let end = closingStart;
    const blocks = structure.blocks;
    for (let b = structure.blockOf[closingStart]!; b < blocks.length; b++) {
      const [first, last] = blocks[b]!;
      if (last - first > 3) break;
      let signature = true;
      for (let l = first; l <= last; l++) {
        if (kinds[l] !== 'body' || lines.text[l]!.length > 80) signature = false;
      }
      if (!signature) break;
      for (let l = first; l <= last; l++) kinds[l] = 'closing';
      end = last;
    }
    closing = range(closingStart, 0, end, contentEnd(lines, end));
  }
  return { letterFrame, closing };
}
