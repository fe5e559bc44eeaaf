// Notes stand in runs: definitions on consecutive lines, at the bottom of a page or at the end
// of the report. The renumbering engine rewrites a run as a whole when its notes change.

import type { CouncilDocument } from '../parser/model';

export interface Run {
  readonly first: number;
  readonly last: number;
  /** Indices in doc.definitions, in document order. */
  readonly notes: readonly number[];
}

export interface Runs {
  readonly runs: readonly Run[];
  /** The run of each note, by its index in doc.definitions. */
  readonly runOf: readonly number[];
  /** The run that starts on a line, by that line. */
  readonly runStartingAt: ReadonlyMap<number, number>;
}

/** Runs of notes: definitions whose first lines follow each other without a gap. Worked out
 *  once per list of definitions, which the model never changes. */
export function runsOf(doc: CouncilDocument): Runs {
  const known = runsByDefinitions.get(doc.definitions);
  if (known) return known;
  const runs: { first: number; last: number; notes: number[] }[] = [];
  const runOf: number[] = [];
  doc.definitions.forEach((d, i) => {
    const part = d.parts[0]!;
    const run = runs[runs.length - 1];
    if (run && part.start.line === run.last + 1) {
      run.last = part.end.line;
      run.notes.push(i);
    } else {
      runs.push({ first: part.start.line, last: part.end.line, notes: [i] });
    }
    runOf.push(runs.length - 1);
  });
  const result: Runs = { runs, runOf, runStartingAt: new Map(runs.map((run, r) => [run.first, r])) };
  runsByDefinitions.set(doc.definitions, result);
  return result;
}
const runsByDefinitions = new WeakMap<CouncilDocument['definitions'], Runs>();
