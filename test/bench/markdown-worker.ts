// The Markdown language service in a worker thread of its own, with its own heap: its garbage
// is collected on its own time, not on the time of the analysis it is compared with, and its
// stack can be made deep enough for its recursive outline (one level per heading).

import { parentPort } from 'node:worker_threads';
import { MarkdownBench } from './markdown-service';

export type Request = { readonly text: string } | { readonly again: true };
export type Reply = { readonly symbols: number; readonly diagnostics: number } | { readonly error: string };

const port = parentPort;
if (!port) throw new Error('markdown-worker.ts runs in a worker thread');
const bench = new MarkdownBench();
let text = '';
port.on('message', (request: Request) => {
  if ('text' in request) text = request.text;
  bench.analyse(text).then(
    (result) => port.postMessage(result satisfies Reply),
    (e: unknown) =>
      port.postMessage({ error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } satisfies Reply),
  );
});
