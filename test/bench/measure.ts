// Timing on a noisy machine: warm-up runs first, then the contenders take turns, so that a slow
// patch of the machine hits all of them alike, and each is summed up by its median. Figures are
// compared as ratios measured in the same run, never against fixed times.

export type Work = () => unknown;

const collectGarbage = (globalThis as { gc?: () => void }).gc;

export interface Rounds {
  /** Runs of each contender before measuring (the JIT settles). */
  readonly warmup: number;
  /** Measured samples of each contender. */
  readonly runs: number;
  /** A pause before each contender's turn, for a contender in another thread (the Markdown
   *  service in its worker) to finish its background work, garbage collection above all,
   *  before the next one is timed: on two cores that work takes a core from the next one. */
  readonly settleMs?: number;
}

/** A sample repeats a short run until it lasts about this long. On a busy machine a run of a
 *  tenth of a millisecond is seldom interrupted and one of a few milliseconds often is, which
 *  would favour the shorter contender; samples of alike length are interrupted alike. */
const MIN_SAMPLE_MS = 20;

/** Milliseconds per run of each contender, in the order given: one figure per sample. */
export async function timeInTurns(contenders: readonly Work[], rounds: Rounds): Promise<number[][]> {
  // Start on a clean heap, so that earlier work's garbage is not collected on these contenders'
  // time (with --expose-gc, as `npm run bench` runs). Not before every run: in trials here that
  // made the core's runs several times slower and noisier than back-to-back runs, which is not
  // how a warm server runs.
  collectGarbage?.();
  const samples = contenders.map((): number[] => []);
  const repeats = contenders.map(() => 1);
  for (let round = 0; round < rounds.warmup + rounds.runs; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const work = contenders[i]!;
      const repeat = repeats[i]!;
      if (rounds.settleMs) await new Promise((resolve) => setTimeout(resolve, rounds.settleMs));
      const start = performance.now();
      for (let r = 0; r < repeat; r++) await work();
      const ms = (performance.now() - start) / repeat;
      if (round >= rounds.warmup) samples[i]!.push(ms);
      else if (round === rounds.warmup - 1) repeats[i] = Math.max(1, Math.ceil(MIN_SAMPLE_MS / ms));
    }
  }
  return samples;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile: of 200 samples, p99 is the 198th smallest. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Megabytes (10^6 bytes of UTF-8) per second. */
export function megabytesPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
