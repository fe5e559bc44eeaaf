// The command line checker over a folder of generated reports of realistic sizes: all of them in
// one `council-report check` invocation, and some in one invocation each, as a pipeline that
// checks file by file would run it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateReport, random } from './generate';
import { median, timeInTurns } from './measure';

export const CLI_PATH = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

export interface ReportFolder {
  readonly dir: string;
  readonly files: readonly string[];
  readonly bytes: number;
  dispose(): void;
}

/** `count` reports of 20-80 KB, each with its own seed; some with CRLF line ends, some with
 *  unnumbered sessions, as drafts come. */
export function writeReportFolder(count: number): ReportFolder {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'council-bench-'));
  const rnd = random(2026);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { text } = generateReport({
      size: 20_000 + Math.floor(rnd() * 60_000),
      seed: 1000 + i,
      eol: rnd() < 0.2 ? '\r\n' : '\n',
      unnumberedSessions: rnd() < 0.3,
    });
    const file = path.join(dir, `verslag-${String(i + 1).padStart(3, '0')}.council`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
  }
  return { dir, files, bytes, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function check(files: readonly string[]): void {
  const run = spawnSync(process.execPath, [CLI_PATH, 'check', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  // 0: no errors, 1: some report has an error finding; anything else is a failure of the run.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`council-report check exited with ${run.status ?? run.signal}: ${run.stderr}`);
  }
}

export interface CliFigures {
  /** Milliseconds for one invocation over every file (median). */
  readonly allInOne: number;
  /** Milliseconds per file with one invocation per file (median over `separateFiles`). */
  readonly perInvocation: number;
  readonly separateFiles: number;
  /** Milliseconds for `node -e 0`, the floor of any invocation (median, in turns with the above). */
  readonly nodeStartup: number;
}

function startNode(): void {
  const run = spawnSync(process.execPath, ['-e', '0']);
  if (run.status !== 0) throw new Error(`node -e 0 exited with ${run.status ?? run.signal}`);
}

export async function measureCli(folder: ReportFolder, separateFiles: number): Promise<CliFigures> {
  const [allInOne] = await timeInTurns([() => check(folder.files)], { warmup: 1, runs: 3 });
  const sample = folder.files.slice(0, separateFiles);
  const separate = await timeInTurns(
    sample.flatMap((f) => [() => check([f]), startNode]),
    { warmup: 0, runs: 1 },
  );
  const checks = separate.filter((_, i) => i % 2 === 0).flat();
  const startups = separate.filter((_, i) => i % 2 === 1).flat();
  return {
    allInOne: median(allInOne!),
    perInvocation: median(checks),
    separateFiles: sample.length,
    nodeStartup: median(startups),
  };
}
