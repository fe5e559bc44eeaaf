// The language server over the real protocol: dist/server.js as a child process, driven by the
// protocol tests' client, with incremental sync as VS Code sends it.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver-protocol/node';
import { analyse } from '../../server/src/core/analysis';
import { LspClient } from '../support/lsp-client';
import { random } from './generate';

export interface Latencies {
  /** didChange of one character -> publishDiagnostics for that version. */
  readonly diagnostics: number[];
  readonly documentSymbol: number[];
  readonly definition: number[];
  /** null when the server does not offer hover. */
  readonly hover: number[] | null;
}

/**
 * `edits` one-character edits (after `warmup` more), each followed by documentSymbol,
 * definition and hover requests on the new version, timed one by one. Edits alternate between
 * typing a character into a body line and deleting it again, so the document, and the work per
 * version, stay the same throughout: an "x" in the middle of the line, or, with
 * `typed: 'reference'`, a "7" right after a word, which makes a footnote reference candidate
 * and so changes the report's structure on every edit.
 */
export async function measureLatencies(
  text: string,
  edits: number,
  warmup: number,
  server: ServerOptions = {},
  typed: 'letter' | 'reference' = 'letter',
): Promise<Latencies> {
  const { client, initializeResult } = await startServer(server);
  try {
    const uri = `file:///bench/report-${text.length}.council`;
    const opened = client.nextDiagnostics(uri, 1);
    await client.open(uri, text, 1);
    await opened;

    // Where to type (body lines without a footnote reference, so that references keep their
    // columns) and where to ask for definitions and hovers (on a reference's number).
    const { document } = analyse(text);
    const lines = text.split(/\r?\n/);
    const referenceLines = new Set(document.references.map((r) => r.range.start.line));
    const editable: Position[] = [];
    document.lineKinds.forEach((kind, line) => {
      if (kind !== 'body' || referenceLines.has(line) || lines[line]!.length <= 20) return;
      if (typed === 'letter') {
        editable.push({ line, character: Math.floor(lines[line]!.length / 2) });
        return;
      }
      const wordEnd = /\p{Ll}(?= )/u.exec(lines[line]!.slice(3));
      if (wordEnd) editable.push({ line, character: wordEnd.index + 4 });
    });
    const references = document.references.map((r) => r.range.start);
    if (editable.length === 0 || references.length === 0)
      throw new Error('the report has no body lines or no footnote references');
    const hover = Boolean(initializeResult.capabilities.hoverProvider);

    const rnd = random(42);
    const result: Latencies = { diagnostics: [], documentSymbol: [], definition: [], hover: hover ? [] : null };
    let at: Position = editable[0]!;
    for (let i = 0; i < warmup + edits; i++) {
      const version = i + 2;
      const typing = i % 2 === 0;
      if (typing) at = editable[Math.floor(rnd() * editable.length)]!;
      const change = typing
        ? { range: { start: at, end: at }, text: typed === 'letter' ? 'x' : '7' }
        : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      const reference = references[Math.floor(rnd() * references.length)]!;
      const published = client.nextDiagnostics(uri, version);

      const t0 = performance.now();
      await client.change(uri, version, [change]);
      await published;
      const t1 = performance.now();
      await client.documentSymbols(uri);
      const t2 = performance.now();
      await client.definition(uri, reference);
      const t3 = performance.now();
      if (hover) await client.hover(uri, reference);
      const t4 = performance.now();

      if (i < warmup) continue;
      result.diagnostics.push(t1 - t0);
      result.documentSymbol.push(t2 - t1);
      result.definition.push(t3 - t2);
      result.hover?.push(t4 - t3);
    }
    if (server.cpuProfile) await probe(client); // writes the profile
    await client.shutdown();
    return result;
  } finally {
    client.kill();
  }
}

export interface ServerOptions {
  /** Run the server with server-probe.mjs, which answers SIGUSR2 with its memory use. */
  readonly probe?: boolean;
  /** Profile the server (through the probe) and write the profile to this file. */
  readonly cpuProfile?: string;
}

const PROBE = path.join(__dirname, 'server-probe.mjs');
const HEAP_LINE = /^council-bench-heap (.*)$/m;

/** Starts dist/server.js as is, or with the bench-only probe preloaded: the server's code stays
 *  the same either way. */
export function startServer(options: ServerOptions = {}): ReturnType<typeof LspClient.start> {
  if (!options.probe && !options.cpuProfile) return LspClient.start();
  const saved = {
    NODE_OPTIONS: process.env['NODE_OPTIONS'],
    COUNCIL_BENCH_CPU_PROFILE: process.env['COUNCIL_BENCH_CPU_PROFILE'],
  };
  process.env['NODE_OPTIONS'] =
    `${saved.NODE_OPTIONS ?? ''} --expose-gc --import "${pathToFileURL(PROBE).href}"`.trim();
  if (options.cpuProfile) process.env['COUNCIL_BENCH_CPU_PROFILE'] = options.cpuProfile;
  try {
    return LspClient.start(); // the child process is spawned before this returns
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

export interface HeapFigures {
  /** After initialize, before any document is open. */
  readonly idle: NodeJS.MemoryUsage;
  /** After the document is open and its diagnostics published. */
  readonly open: NodeJS.MemoryUsage;
}

/** The server's memory after a forced full garbage collection, idle and with `text` open. */
export async function measureHeap(text: string): Promise<HeapFigures> {
  const { client } = await startServer({ probe: true });
  try {
    const idle = await probe(client);
    const uri = 'file:///bench/large.council';
    const opened = client.nextDiagnostics(uri, 1);
    await client.open(uri, text, 1);
    await opened;
    const open = await probe(client);
    await client.shutdown();
    return { idle, open };
  } finally {
    client.kill();
  }
}

/** Signals the probe in the server and waits for its answer: the memory use (and, when
 *  profiling, the profile written before it). */
function probe(client: LspClient): Promise<NodeJS.MemoryUsage> {
  // The client keeps its child process to itself; the benchmark needs its pid and stderr.
  const child = client['child'];
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: string): void => {
      seen += chunk;
      const m = HEAP_LINE.exec(seen);
      if (!m) return;
      child.stderr.off('data', onData);
      resolve(JSON.parse(m[1]!) as NodeJS.MemoryUsage);
    };
    child.stderr.on('data', onData);
    client.exited.then(
      () => reject(new Error(`the server exited before the probe answered\n${client.stderr}`)),
      reject,
    );
    child.kill('SIGUSR2');
  });
}
