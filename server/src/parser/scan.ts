// The scan of a document's lines into facts, in slices of a character budget; with a cache,
// the lines unchanged since the previous version keep their facts and are not scanned.

import type { LineFacts } from './facts';
import { lineStartsOf } from './lines';
import type { ParseMemo } from './reuse/cache';
import { GluedNumbers, type LineScanner } from './scanner';

/** The scan of the lines into facts, in slices: unchanged lines keep their facts. */
export class Scan {
  readonly facts: LineFacts[];
  /** The next line to scan, and the line after the last one to scan. */
  private next = 0;
  private readonly to: number;
  private readonly glued: GluedNumbers | null = null;
  private readonly lineStarts: Float64Array | null = null;

  constructor(
    private readonly text: readonly string[],
    private readonly scanner: LineScanner,
    private readonly memo: ParseMemo | null,
    source: string | null,
  ) {
    const lineCount = text.length;
    if (memo === null) {
      this.facts = new Array<LineFacts>(lineCount);
      this.to = lineCount;
      // Every line is scanned: a text's glued numbers are found in one search over all of it.
      if (source !== null) {
        this.glued = new GluedNumbers(source);
        this.lineStarts = lineStartsOf(source, text);
      }
      return;
    }
    this.next = Math.min(memo.head, lineCount);
    this.to = Math.max(this.next, lineCount - memo.tail);
    if (memo.inPlace) {
      this.facts = memo.oldFacts;
      return;
    }
    const facts = (this.facts = new Array<LineFacts>(lineCount));
    const old = memo.oldFacts;
    for (let i = 0; i < this.next; i++) facts[i] = old[i]!;
    const shift = old.length - lineCount;
    for (let i = this.to; i < lineCount; i++) facts[i] = old[i + shift]!;
  }

  /** Scans lines until about `budget` characters have been scanned; true when all are done. */
  lines(budget: number): boolean {
    const { text, memo, facts, to } = this;
    let spent = 0;
    let i = this.next;
    for (; i < to && spent < budget; i++) {
      if (memo !== null && memo.reusable(i)) {
        facts[i] = memo.oldFacts[i]!;
        continue;
      }
      const line = text[i]!;
      spent += line.length + 1;
      facts[i] = this.glued ? this.scanner.scan(line, this.glued, this.lineStarts![i]!) : this.scanner.scan(line);
    }
    this.next = i;
    return i >= to;
  }
}
