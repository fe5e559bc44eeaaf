// `npm run bench`: how fast the core, the server and the CLI are, on generated reports of
// 50 KB, 1 MB and 10 MB. Every figure is measured in this run and, where there is a target,
// set against a baseline measured in this run too (a bare one-pass scan of the same text,
// Microsoft's Markdown language service on the same report as Markdown), because the machine
// is noisy and its speed unknown. Prints a table and writes it to test/bench/last-run.md, which
// the README quotes. Targets are reported, never asserted: nothing here fails on a slow run.
//
//   npm run bench                         everything (one to two minutes on an idle machine)
//   npm run bench -- --only=analysis,cli  some parts: analysis, formations, markdown, protocol, features,
//                                         memory, cli
//
// The Markdown service runs in a worker thread (markdown-worker.ts), so that neither side's
// garbage is collected on the other's time. `npm run bench` runs node with --expose-gc, for a
// clean heap before each comparison. When a target is not met, test/bench/profile.ts shows
// where the time goes.

import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyse } from '../../server/src/core/analysis';
import { documentSymbols } from '../../server/src/features/symbols';
import { measureCli, writeReportFolder } from './cli-bench';
import { generateFormationsReport, generateReport, type GeneratedReport } from './generate';
import { MarkdownWorker } from './markdown-service';
import { megabytesPerSecond, median, percentile, timeInTurns, type Rounds } from './measure';
import { measureFeatureLatencies } from './feature-latency';
import { measureHeap, measureLatencies } from './protocol';

const PARTS = ['analysis', 'formations', 'markdown', 'protocol', 'features', 'memory', 'cli'] as const;
type Part = (typeof PARTS)[number];

interface Size {
  readonly label: string;
  readonly chars: number;
  /** Rounds against the floor, and against the Markdown service (much slower at 10 MB). */
  readonly floorRounds: Rounds;
  readonly markdownRounds: Rounds;
}

const SIZES: readonly Size[] = [
  // The first size measured: more warm-up runs, until V8 has optimised the parser as it has in
  // a server that has been running.
  { label: '50 KB', chars: 50_000, floorRounds: { warmup: 200, runs: 60 }, markdownRounds: { warmup: 5, runs: 21 } },
  {
    label: '1 MB',
    chars: 1_000_000,
    floorRounds: { warmup: 5, runs: 21 },
    markdownRounds: { warmup: 2, runs: 7, settleMs: 100 },
  },
  // Warm from the smaller sizes already; the Markdown service takes seconds per run here.
  {
    label: '10 MB',
    chars: 10_000_000,
    floorRounds: { warmup: 1, runs: 5 },
    markdownRounds: { warmup: 0, runs: 3, settleMs: 300 },
  },
];
const [SIZE_50KB, SIZE_1MB, SIZE_10MB] = SIZES as [Size, Size, Size];
const SEED = 2026;
/** Note numbers have at most three digits; past that the generator would write notes that are
 *  no notes to the parser but still links to the Markdown service, and the work would differ. */
const MAX_FOOTNOTES = 999;
const EDITS = 200;
const EDIT_WARMUP = 20;
const FEATURE_ROUNDS = 100;
const FEATURE_WARMUP = 30;
const TARGET_FEATURE_RATIO = 2;
const CLI_REPORTS = 500;
const CLI_SEPARATE = 30;

const TARGET_MB_PER_S = 50;
const TARGET_FLOOR_RATIO = 10;
const TARGET_MARKDOWN_SPEEDUP = 5;
const TARGET_EDIT_P99_MS = 15;
const TARGET_HEAP_RATIO = 10;
/** A formations-style report keeps the JBZ-style report's time against the floor within 10%. */
const TARGET_FORMATIONS_RATIO = 1.1;

interface Row {
  readonly figure: string;
  readonly value: string;
  readonly target: string;
  /** null: no target. */
  readonly met: boolean | null;
}

/** The bare floor: one pass over the text, split into lines, one regular expression per line. */
const FLOOR_PATTERN = /^[ \t\u00A0]{0,3}(?:\d{1,3}|[IVX]{1,6})\.?[ \t\u00A0]/;
function floorPass(text: string): number {
  let hits = 0;
  for (const line of text.split('\n')) if (FLOOR_PATTERN.test(line)) hits++;
  return hits;
}

/** The core's full analysis, as the server does it for diagnostics and the outline. */
function ourAnalysis(text: string): number {
  const { document, diagnostics } = analyse(text);
  return documentSymbols(document).length + diagnostics.length;
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const ms = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
const mb = (bytes: number): string =>
  bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;

function parseParts(argv: readonly string[]): Set<Part> {
  const only = argv.find((a) => a.startsWith('--only='));
  if (!only) return new Set(PARTS);
  const parts = only.slice('--only='.length).split(',');
  for (const p of parts)
    if (!(PARTS as readonly string[]).includes(p)) throw new Error(`unknown part '${p}'; parts: ${PARTS.join(', ')}`);
  return new Set(parts as Part[]);
}

const started = performance.now();
const log = (s: string): void =>
  void process.stderr.write(`[${fmt((performance.now() - started) / 1000, 0)} s] ${s}\n`);

// Generated once and dropped when done with: every timed run starts with a full garbage
// collection, which a heap holding the 10 MB reports would make slow.
const reports = new Map<string, GeneratedReport>();
function report(size: Size): GeneratedReport {
  let r = reports.get(size.label);
  if (!r)
    reports.set(
      size.label,
      (r = generateReport({ size: size.chars, seed: SEED, maxFootnotes: MAX_FOOTNOTES, markdown: true })),
    );
  return r;
}
function dropReport(size: Size): void {
  reports.delete(size.label);
}

interface Results {
  readonly rows: Row[];
  readonly notes: string[];
}

// 1 and 2: the core against the floor and against the Markdown service.
async function analysisFigures(size: Size, floor: boolean, markdownService: boolean, out: Results): Promise<void> {
  const { text, markdown } = report(size);
  const bytes = Buffer.byteLength(text);
  if (floor) {
    log(`analysis, ${size.label}: against the one-pass floor`);
    const [floorSamples, core] = await timeInTurns([() => floorPass(text), () => ourAnalysis(text)], size.floorRounds);
    const ours = median(core!);
    const floorMs = median(floorSamples!);
    const speed = megabytesPerSecond(bytes, ours);
    const ratio = ours / floorMs;
    out.rows.push({
      figure: `analysis ${size.label}: throughput`,
      value: `${fmt(speed)} MB/s (${ms(ours)})`,
      target: `≥ ${TARGET_MB_PER_S} MB/s`,
      met: speed >= TARGET_MB_PER_S,
    });
    out.rows.push({
      figure: `analysis ${size.label}: time vs one-pass floor`,
      value: `${fmt(ratio)}× (floor ${fmt(megabytesPerSecond(bytes, floorMs), 0)} MB/s)`,
      target: `≤ ${TARGET_FLOOR_RATIO}×`,
      met: ratio <= TARGET_FLOOR_RATIO,
    });
  }
  if (markdownService) {
    log(`analysis, ${size.label}: against the Markdown language service`);
    const service = new MarkdownWorker();
    const mdText = markdown!;
    const mdBytes = Buffer.byteLength(mdText);
    // The same report both ways: say what each found, so that a reader can see the work is alike.
    const theirs = await service.analyse(mdText);
    const { document, diagnostics } = analyse(text);
    out.notes.push(
      `${size.label}: the report (${mb(bytes)}) has ${document.domains.length + document.sessions.length} headings, ` +
        `${document.references.length} references, ${document.definitions.length} notes and ${diagnostics.length} findings; ` +
        `in its Markdown form (${mb(mdBytes)}) the service finds ${theirs.symbols} headings and ${theirs.diagnostics} problems.`,
    );
    let samples: number[][];
    try {
      samples = await timeInTurns([() => ourAnalysis(text), () => service.analyse()], size.markdownRounds);
    } finally {
      await service.dispose();
    }
    const ourSpeed = megabytesPerSecond(bytes, median(samples[0]!));
    const theirSpeed = megabytesPerSecond(mdBytes, median(samples[1]!));
    const speedup = ourSpeed / theirSpeed;
    out.rows.push({
      figure: `speed-up over Markdown service, ${size.label}`,
      value: `${fmt(speedup)}× (${fmt(ourSpeed)} vs ${fmt(theirSpeed)} MB/s)`,
      target: `≥ ${TARGET_MARKDOWN_SPEEDUP}×`,
      met: speedup >= TARGET_MARKDOWN_SPEEDUP,
    });
  }
}

// 1b: a formations-style report of 1 MB as a PDF viewer copies it (topics, parts, labels, a
// title, notes at the page bottoms, no blank lines), against the floor and against the
// JBZ-style report of the same size, all four timed in turns.
async function formationsFigures(out: Results): Promise<void> {
  const jbz = report(SIZE_1MB).text;
  const formations = generateFormationsReport({ size: SIZE_1MB.chars, seed: SEED, maxFootnotes: MAX_FOOTNOTES });
  const { text } = formations;
  log('analysis, formations-style 1 MB without blank lines: against the floor and the JBZ-style report');
  const [jbzFloor, jbzCore, floorSamples, core] = await timeInTurns(
    [() => floorPass(jbz), () => ourAnalysis(jbz), () => floorPass(text), () => ourAnalysis(text)],
    SIZE_1MB.floorRounds,
  );
  const bytes = Buffer.byteLength(text);
  const ours = median(core!);
  const ratio = ours / median(floorSamples!);
  const jbzRatio = median(jbzCore!) / median(jbzFloor!);
  out.rows.push({
    figure: 'analysis 1 MB formations-style, no blank lines: throughput',
    value: `${fmt(megabytesPerSecond(bytes, ours))} MB/s (${ms(ours)})`,
    target: `≥ ${TARGET_MB_PER_S} MB/s`,
    met: megabytesPerSecond(bytes, ours) >= TARGET_MB_PER_S,
  });
  out.rows.push({
    figure: 'analysis 1 MB formations-style: time vs one-pass floor',
    value: `${fmt(ratio)}× (JBZ-style 1 MB in the same run: ${fmt(jbzRatio)}×)`,
    target: `≤ ${TARGET_FORMATIONS_RATIO}× the JBZ-style ratio`,
    met: ratio <= TARGET_FORMATIONS_RATIO * jbzRatio,
  });
  const { document } = analyse(text);
  out.notes.push(
    `1 MB formations-style: the generator wrote ${formations.parts} parts, ${formations.topics} topics, ` +
      `${formations.labels} labels and ${formations.footnotes} notes; the analysis reads ` +
      `${document.domains.length} domains, ${document.sessions.length} sessions, ${document.references.length} references ` +
      `and ${document.definitions.length} notes${document.title ? ', and the title' : ''}.`,
  );
}

// 3: latency over the protocol.
async function protocolFigures(size: Size, out: Results): Promise<void> {
  log(`protocol, ${size.label}: ${EDITS} edits`);
  const latencies = await measureLatencies(report(size).text, EDITS, EDIT_WARMUP);
  const line = (samples: readonly number[]): string =>
    `median ${ms(median(samples))}, p99 ${ms(percentile(samples, 99))}`;
  const p99 = percentile(latencies.diagnostics, 99);
  const targeted = size === SIZE_1MB;
  out.rows.push({
    figure: `edit → diagnostics, ${size.label}`,
    value: line(latencies.diagnostics),
    target: targeted ? `p99 ≤ ${TARGET_EDIT_P99_MS} ms` : '—',
    met: targeted ? p99 <= TARGET_EDIT_P99_MS : null,
  });
  out.rows.push({
    figure: `documentSymbol, ${size.label}`,
    value: line(latencies.documentSymbol),
    target: '—',
    met: null,
  });
  out.rows.push({ figure: `definition, ${size.label}`, value: line(latencies.definition), target: '—', met: null });
  out.rows.push({
    figure: `hover, ${size.label}`,
    value: latencies.hover ? line(latencies.hover) : 'n/a (no hoverProvider)',
    target: '—',
    met: null,
  });
  if (!targeted) return;
  // Every edit changes the structure: a digit typed after a word is a new reference.
  log(`protocol, ${size.label}: ${EDITS} edits that add a reference`);
  const structural = await measureLatencies(report(size).text, EDITS, EDIT_WARMUP, {}, 'reference');
  out.rows.push({
    figure: `edit adding a reference → diagnostics, ${size.label}`,
    value: line(structural.diagnostics),
    target: '—',
    met: null,
  });
}

// 3b: the features that edit or complete, over the protocol; 1 MB against 50 KB in this run.
// Completion lists every note, so its answer grows with the number of notes (999 at 1 MB, about
// a hundred at 50 KB) however the text is read: a third report of 1 MB with as many notes as the
// 50 KB one shows what the size of the text alone costs.
async function featureFigures(out: Results): Promise<void> {
  const small = report(SIZE_50KB).text;
  const notes = analyse(small).document.definitions.length;
  const texts = [
    { label: SIZE_1MB.label, text: report(SIZE_1MB).text },
    {
      label: `1 MB, ${notes} notes`,
      text: generateReport({ size: SIZE_1MB.chars, seed: SEED, maxFootnotes: notes }).text,
    },
    { label: SIZE_50KB.label, text: small },
  ];
  const figures = [];
  for (const { label, text } of texts) {
    log(`features, ${label}: ${FEATURE_ROUNDS} rounds of completion, code actions and rename`);
    figures.push({ label, latencies: await measureFeatureLatencies(text, FEATURE_ROUNDS, FEATURE_WARMUP) });
  }
  const base = figures[figures.length - 1]!;
  const rows = [
    ['completion after a typed digit', 'completion'],
    ['code actions at a finding', 'codeAction'],
    ['rename of a footnote', 'rename'],
    ['floor: hover on the first line', 'floor'],
  ] as const;
  for (const [figure, key] of rows) {
    for (const { label, latencies } of [base, ...figures.slice(0, -1)]) {
      const samples = latencies[key];
      const ratio = median(samples) / median(base.latencies[key]);
      const targeted = label === SIZE_1MB.label && key !== 'floor';
      out.rows.push({
        figure: `${figure}, ${label}`,
        value: `median ${ms(median(samples))}, p99 ${ms(percentile(samples, 99))}${latencies === base.latencies ? '' : ` (${fmt(ratio)}× 50 KB)`}`,
        target: targeted ? `≤ ${TARGET_FEATURE_RATIO}× 50 KB` : '—',
        met: targeted ? ratio <= TARGET_FEATURE_RATIO : null,
      });
    }
  }
}

// 4: the server's memory with the 10 MB report open.
async function memoryFigures(size: Size, out: Results): Promise<void> {
  log(`memory, ${size.label}`);
  const { text } = report(size);
  const bytes = Buffer.byteLength(text);
  const { idle, open } = await measureHeap(text);
  const ratio = open.heapUsed / bytes;
  out.rows.push({
    figure: `server heap with the ${size.label} report open`,
    value: `${fmt(ratio)}× the text (${mb(open.heapUsed)}; idle ${mb(idle.heapUsed)}, so ${fmt((open.heapUsed - idle.heapUsed) / bytes)}× for the document)`,
    target: `≤ ${TARGET_HEAP_RATIO}×`,
    met: ratio <= TARGET_HEAP_RATIO,
  });
  out.notes.push(
    `Heap: heapUsed after two forced full collections, against the report's UTF-8 size (${mb(bytes)}); rss ${mb(open.rss)}.`,
  );
}

// 5: the CLI over a folder of reports.
async function cliFigures(out: Results): Promise<void> {
  log(`cli: writing ${CLI_REPORTS} reports`);
  const folder = writeReportFolder(CLI_REPORTS);
  try {
    log('cli: checking them');
    const cli = await measureCli(folder, CLI_SEPARATE);
    const perSecond = (CLI_REPORTS * 1000) / cli.allInOne;
    out.rows.push({
      figure: `CLI, ${CLI_REPORTS} reports (20–80 KB) in one check`,
      value: `${fmt(perSecond, 0)} files/s (${ms(cli.allInOne)}, ${fmt(megabytesPerSecond(folder.bytes, cli.allInOne))} MB/s)`,
      target: '—',
      met: null,
    });
    out.rows.push({
      figure: `CLI, one check per report (${cli.separateFiles} of them)`,
      value: `${fmt(1000 / cli.perInvocation, 0)} files/s (${ms(cli.perInvocation)} each; \`node -e 0\` alone ${ms(cli.nodeStartup)})`,
      target: '—',
      met: null,
    });
  } finally {
    folder.dispose();
  }
}

async function main(): Promise<void> {
  const parts = parseParts(process.argv.slice(2));
  const loadBefore = os.loadavg()[0]!;
  const results = { analysis: fresh(), protocol: fresh(), features: fresh(), memory: fresh(), cli: fresh() };
  // The protocol first, while this process's heap is small: its garbage collections would
  // count in the latencies it measures. The table keeps the order of the figures.
  if (parts.has('protocol')) for (const size of [SIZE_1MB, SIZE_50KB]) await protocolFigures(size, results.protocol);
  if (parts.has('features')) await featureFigures(results.features);
  if (parts.has('formations')) await formationsFigures(results.analysis);
  dropReport(SIZE_1MB);
  dropReport(SIZE_50KB);
  if (parts.has('memory')) await memoryFigures(SIZE_10MB, results.memory);
  dropReport(SIZE_10MB);
  if (parts.has('cli')) await cliFigures(results.cli);
  if (parts.has('analysis') || parts.has('markdown')) {
    for (const size of SIZES) {
      await analysisFigures(size, parts.has('analysis'), parts.has('markdown'), results.analysis);
      dropReport(size);
    }
  }

  const rows = [results.analysis, results.protocol, results.features, results.memory, results.cli].flatMap(
    (r) => r.rows,
  );
  const notes = [results.analysis, results.protocol, results.features, results.memory, results.cli].flatMap(
    (r) => r.notes,
  );
  const cpus = os.cpus();
  const machine =
    `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB memory, ` +
    `Node ${process.version} on ${os.platform()}; load average ${fmt(loadBefore)} before the run, ${fmt(os.loadavg()[0]!)} after`;
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `\n${textTable(rows)}\n\nMachine: ${machine}\n${notes.join('\n')}\nTook ${fmt(seconds, 0)} s.\n`,
  );
  if (parts.size === PARTS.length) {
    const file = path.join(__dirname, 'last-run.md');
    writeFileSync(file, markdownTable(rows, machine, notes));
    process.stdout.write(`Written to ${path.relative(process.cwd(), file)}.\n`);
  }
}

function fresh(): Results {
  return { rows: [], notes: [] };
}

const verdict = (r: Row): string => (r.met === null ? '' : r.met ? 'met' : 'NOT MET');

function textTable(rows: readonly Row[]): string {
  const cells = [['figure', 'value', 'target', 'met'], ...rows.map((r) => [r.figure, r.value, r.target, verdict(r)])];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function markdownTable(rows: readonly Row[], machine: string, notes: readonly string[]): string {
  const lines = [
    '| figure | value | target | met |',
    '|---|---|---|---|',
    ...rows.map(
      (r) => `| ${r.figure} | ${r.value} | ${r.target} | ${r.met === null ? '' : r.met ? 'met' : '**not met**'} |`,
    ),
    '',
    `Machine: ${machine}. Run of ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ];
  return lines.join('\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
