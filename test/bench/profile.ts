// Where the time goes, when `npm run bench` says a target is not met: a CPU profile (node
// --cpu-prof) of the core's analysis, of the language server (dist/server.js, through the
// bench's probe) under 220 edits, or of one CLI check of 500 reports, summed up as the
// functions with the most self time, each named by its place in the TypeScript source. The
// .cpuprofile file is kept for Chrome DevTools or VS Code's viewer.
//
//   node --import tsx test/bench/profile.ts core [50KB|1MB|10MB]
//   node --import tsx test/bench/profile.ts server [50KB|1MB]      (after npm run build)
//   node --import tsx test/bench/profile.ts cli                    (after npm run build)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { findSourceMap, SourceMap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_PATH, writeReportFolder } from './cli-bench';
import { generateReport } from './generate';
import { measureLatencies } from './protocol';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: CallFrame;
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const SIZES: Record<string, number> = { '50KB': 50_000, '1MB': 1_000_000, '10MB': 10_000_000 };
const DIST = path.resolve(__dirname, '..', '..', 'dist');

/** Where a function is defined in the source: through the bundles' source maps for the server
 *  and the CLI, through tsx's inline source maps for modules this process loaded too. */
function sourcePlace(frame: CallFrame, maps: Map<string, SourceMap | undefined>): string {
  if (!frame.url || frame.lineNumber < 0) return '';
  if (!maps.has(frame.url)) {
    let map: SourceMap | undefined;
    try {
      const file = frame.url.startsWith('file:') ? new URL(frame.url).pathname : frame.url;
      map =
        path.dirname(file) === DIST
          ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')))
          : findSourceMap(frame.url);
    } catch {
      map = undefined;
    }
    maps.set(frame.url, map);
  }
  const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && 'originalSource' in entry) {
    const source = entry.originalSource.replace(/^.*?\/(server|node_modules)\//, '$1/');
    return `${source}:${entry.originalLine + 1}`;
  }
  return `${path.basename(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

/** The samples from the first to the last taken inside a function called `marker` (garbage
 *  collection in between included); all samples without a marker. */
function window(profile: CpuProfile, marker: string | undefined): [number, number] {
  if (marker === undefined) return [0, profile.samples.length - 1];
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const inside = (id: number | undefined): boolean => {
    for (; id !== undefined; id = parent.get(id)) if (frames.get(id)!.functionName === marker) return true;
    return false;
  };
  const first = profile.samples.findIndex((id) => inside(id));
  let last = profile.samples.length - 1;
  while (last > first && !inside(profile.samples[last])) last--;
  if (first < 0) throw new Error(`no sample inside ${marker}`);
  return [first, last];
}

/** The functions with the most self time, one line each. */
export function topSelfTime(profile: CpuProfile, marker?: string, count = 25): string[] {
  const maps = new Map<string, SourceMap | undefined>();
  const keys = new Map(
    profile.nodes.map((n) => [
      n.id,
      `${n.callFrame.functionName || '(anonymous)'} ${sourcePlace(n.callFrame, maps)}`.trim(),
    ]),
  );
  const self = new Map<string, number>();
  let total = 0;
  const [first, last] = window(profile, marker);
  profile.samples.forEach((id, i) => {
    if (i < first || i > last) return;
    const key = keys.get(id)!;
    const us = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([key, us]) => `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`,
    );
}

function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile was written to ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
}

/** In the child process that --cpu-prof profiles: analyse the report over and over. */
async function runCore(chars: number): Promise<void> {
  const { analyse } = await import('../../server/src/core/analysis');
  const { documentSymbols } = await import('../../server/src/features/symbols');
  const { text } = generateReport({ size: chars, seed: 2026, maxFootnotes: 999 });
  const runs = Math.max(5, Math.round(20_000_000 / chars));
  (function analyseOverAndOver(): void {
    for (let i = 0; i < runs; i++) documentSymbols(analyse(text).document);
  })();
}

async function profileCore(sizeName: string, chars: number, dir: string): Promise<CpuProfile> {
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', __filename, 'run-core', sizeName],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`the profiled run failed (${run.status ?? run.signal})`);
  // Load the same modules here, so that their source maps are known to findSourceMap.
  await import('../../server/src/core/analysis');
  process.stdout.write(
    `${Math.max(5, Math.round(20_000_000 / chars))} analyses of a ${(chars / 1e6).toFixed(2)} MB report\n`,
  );
  return readProfile(dir);
}

async function profileServer(chars: number, dir: string): Promise<CpuProfile> {
  const { text } = generateReport({ size: chars, seed: 2026, maxFootnotes: 999 });
  // node takes no --cpu-prof from NODE_OPTIONS: the bench's probe profiles the server instead.
  await measureLatencies(text, 200, 20, { cpuProfile: path.join(dir, 'server.cpuprofile') });
  process.stdout.write(
    `the server under 220 edits of a ${(chars / 1e6).toFixed(2)} MB report, each followed by documentSymbol, definition and hover\n`,
  );
  return readProfile(dir);
}

function profileCli(dir: string): CpuProfile {
  const folder = writeReportFolder(500);
  try {
    const run = spawnSync(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI_PATH, 'check', ...folder.files],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`council-report check failed (${run.status ?? run.signal})`);
  } finally {
    folder.dispose();
  }
  process.stdout.write(`one council-report check of 500 reports of 20-80 KB (${(folder.bytes / 1e6).toFixed(1)} MB)\n`);
  return readProfile(dir);
}

async function main(): Promise<void> {
  process.setSourceMapsEnabled(true);
  const [what, sizeName = '1MB'] = process.argv.slice(2);
  const chars = SIZES[sizeName];
  if ((what !== 'core' && what !== 'server' && what !== 'cli' && what !== 'run-core') || chars === undefined) {
    throw new Error('usage: profile.ts core|server [50KB|1MB|10MB], or profile.ts cli');
  }
  if (what === 'run-core') return runCore(chars);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'council-profile-'));
  const profile =
    what === 'core'
      ? await profileCore(sizeName, chars, dir)
      : what === 'server'
        ? await profileServer(chars, dir)
        : profileCli(dir);
  const lines = topSelfTime(profile, what === 'core' ? 'analyseOverAndOver' : undefined);
  process.stdout.write(`self time, top functions (profile in ${dir}):\n${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`profile: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
