// Runs in a worker thread for test/hostile-input.test.ts: builds a hostile input, analyses it,
// and sends back what it found and how long it took. In a worker, so that the test can stop an
// analysis that never ends (a regex that backtracks catastrophically runs synchronously, and no
// timer on its own thread can interrupt it) and fail, instead of hanging the test run.

import { parentPort } from 'node:worker_threads';
import { analyse } from '../../server/src/core/analysis';
import { hostileInput } from './hostile-inputs';
import { invariantViolations } from './invariants';

export type WorkerRequest =
  | { readonly kind: 'check'; readonly input: string; readonly n: number }
  | { readonly kind: 'scale'; readonly input: string; readonly n: number };

export interface CheckResult {
  readonly chars: number;
  readonly ms: number;
  readonly lineCount: number;
  readonly outline: number;
  readonly domains: number;
  readonly sessions: number;
  readonly references: number;
  readonly definitions: number;
  readonly diagnostics: Readonly<Record<string, number>>;
  /** The first few invariant violations; none, for a sane analysis. */
  readonly violations: readonly string[];
}

export interface ScaleResult {
  readonly n: number;
  readonly chars: number;
  /** Milliseconds of processor time per analysis of the input at n and at 4n. */
  readonly small: number;
  readonly large: number;
}

function check(input: string, n: number): CheckResult {
  const text = hostileInput(input, n);
  const started = performance.now();
  const analysis = analyse(text);
  const ms = performance.now() - started;
  const doc = analysis.document;
  const diagnostics: Record<string, number> = {};
  for (const d of analysis.diagnostics) diagnostics[d.code] = (diagnostics[d.code] ?? 0) + 1;
  return {
    chars: text.length,
    ms,
    lineCount: doc.lineCount,
    outline: doc.outline.length,
    domains: doc.domains.length,
    sessions: doc.sessions.length,
    references: doc.references.length,
    definitions: doc.definitions.length,
    diagnostics,
    violations: invariantViolations(text, analysis).slice(0, 5),
  };
}

/** The fastest of a few samples (two when one takes over 250 ms, one over a second), each the
 *  mean of `reps` analyses in a row, in milliseconds of processor time: on a busy machine the
 *  wall clock also counts the other processes' turns. */
function fastest(text: string, reps: number, samples = 4): number {
  let best = Infinity;
  for (let s = 0; s < samples && !(s >= 2 && best > 250) && !(s >= 1 && best > 1000); s++) {
    const started = process.cpuUsage();
    for (let r = 0; r < reps; r++) analyse(text);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000 / reps);
  }
  return best;
}

/** Times the input at n and 4n. n starts small and doubles while one analysis takes under 5 ms
 *  (up to 400,000 characters), so that the work and not fixed costs is timed, and so that an
 *  input that is not linear stops growing early and is caught by its ratio in well under a
 *  second. The analyses are repeated until a sample takes 10 ms, so that timer resolution and
 *  one-off pauses do not decide the ratio. The texts stay under a few MB: past the processor's
 *  caches every extra megabyte costs more than the one before. */
function scale(input: string, start: number): ScaleResult {
  let n = start;
  let text = hostileInput(input, n);
  for (;;) {
    analyse(text); // warm-up: compile, optimise, grow the heap
    analyse(text);
    if (fastest(text, 1, 1) >= 5 || n * 2 > 400_000) break;
    n *= 2;
    text = hostileInput(input, n);
  }
  const reps = Math.max(1, Math.ceil(10 / Math.max(fastest(text, 1, 2), 0.01)));
  const small = fastest(text, reps);
  const large = hostileInput(input, 4 * n);
  analyse(large);
  return { n, chars: text.length, small, large: fastest(large, Math.max(1, Math.ceil(reps / 4))) };
}

parentPort?.on('message', (request: WorkerRequest) => {
  parentPort!.postMessage(request.kind === 'check' ? check(request.input, request.n) : scale(request.input, request.n));
});
