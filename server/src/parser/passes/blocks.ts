// Pass 1: blocks, runs of body lines between blank lines and page furniture.

import type { LineFacts } from '../facts';
import type { LineKind } from '../model';
import type { Block } from './structure';

export interface Blocks {
  readonly blocks: Block[];
  readonly blockOf: Int32Array;
  /** Every line's kind as its facts say: blank, page furniture or body. */
  readonly kinds: LineKind[];
  /** The lines that hold reference candidates, in order. */
  readonly candidateLines: number[];
}

/** One loop over the facts: the lines' first kinds, the blocks, and the candidate lines. */
export function findBlocks(facts: readonly LineFacts[]): Blocks {
  const lineCount = facts.length;
  const kinds = new Array<LineKind>(lineCount);
  const blockOf = new Int32Array(lineCount);
  const blocks: Block[] = [];
  const candidateLines: number[] = [];
  let blockStart = -1;
  for (let i = 0; i < lineCount; i++) {
    const f = facts[i]!;
    kinds[i] = f.kind;
    if (f.candidates.length > 0) candidateLines.push(i);
    if (f.kind === 'body') {
      if (blockStart < 0) blockStart = i;
      blockOf[i] = blocks.length;
    } else {
      blockOf[i] = -1;
      if (blockStart >= 0) {
        blocks.push([blockStart, i - 1]);
        blockStart = -1;
      }
    }
  }
  if (blockStart >= 0) blocks.push([blockStart, lineCount - 1]);
  return { blocks, blockOf, kinds, candidateLines };
}
