// The core's full analysis in this checkout against another one (an older commit checked out
// with `git worktree add`), in alternating processes so that both see the same load:
//
//   node --import tsx test/bench/compare.ts ../other-checkout [50KB|1MB|10MB] [rounds]
//
// Each process times the analysis of the same generated report under tsx, as `npm run bench`
// runs it, and prints its median and 10th percentile. On a shared machine only the pairs are
// comparable, never two lines far apart.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { generateReport } from './generate';

const SIZES: Record<string, number> = { '50KB': 50_000, '1MB': 1_000_000, '10MB': 10_000_000 };

/** The analysis entry of a checkout: where it is now, or where it was before the layers. */
function analyseIn(tree: string): (text: string) => unknown {
  const entry = ['server/src/core/analysis.ts', 'server/src/analysis.ts'].map((p) => join(tree, p)).find(existsSync);
  if (!entry) throw new Error(`no analysis module in ${tree}`);
  return (createRequire(__filename)(entry) as { analyse: (text: string) => unknown }).analyse;
}

function timeOne(tree: string, size: number): string {
  const analyse = analyseIn(tree);
  const text = generateReport({ size, seed: 7 }).text;
  const runs = size > 5e6 ? 7 : size > 5e5 ? 25 : 1000;
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const start = performance.now();
    analyse(text);
    if (i >= 5) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => times[Math.floor(times.length * q)]!.toFixed(2);
  return `median ${at(0.5)} ms, p10 ${at(0.1)} ms`;
}

const [other, sizeName = '1MB', rounds = '3', child] = process.argv.slice(2);
const size = SIZES[sizeName];
if (!other || size === undefined) {
  console.error('usage: compare.ts OTHER_CHECKOUT [50KB|1MB|10MB] [rounds]');
  process.exit(2);
}
if (child === '--child') {
  console.log(timeOne(resolve(other), size));
} else {
  const here = resolve(__dirname, '..', '..');
  for (let round = 1; round <= Number(rounds); round++) {
    for (const [name, tree] of [
      ['other', resolve(other)],
      ['this', here],
    ] as const) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, tree, sizeName, '1', '--child'], {
        encoding: 'utf8',
      });
      console.log(`${sizeName} round ${round}, ${name}: ${(run.stdout || run.stderr).trim()}`);
    }
  }
}
