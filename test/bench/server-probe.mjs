// Loaded into the language server by the benchmarks only (NODE_OPTIONS="--expose-gc --import
// .../server-probe.mjs"); the server itself stays unchanged. On SIGUSR2 it collects all garbage
// and writes process.memoryUsage() to stderr on one line, which the benchmark reads. With
// COUNCIL_BENCH_CPU_PROFILE=FILE it also profiles the server from the start (node does not
// take --cpu-prof from NODE_OPTIONS) and writes the profile to FILE on SIGUSR2, first.

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const profileFile = process.env.COUNCIL_BENCH_CPU_PROFILE;
let session = null;
if (profileFile) {
  session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
}

function reportHeap() {
  if (typeof globalThis.gc !== 'function') {
    process.stderr.write('council-bench-heap-error start the server with --expose-gc\n');
    return;
  }
  // Twice: the first collection may leave objects that only a second one frees (weak refs).
  globalThis.gc();
  globalThis.gc();
  process.stderr.write(`council-bench-heap ${JSON.stringify(process.memoryUsage())}\n`);
}

process.on('SIGUSR2', () => {
  if (!session) return reportHeap();
  session.post('Profiler.stop', (error, result) => {
    if (error) process.stderr.write(`council-bench-profile-error ${error.message}\n`);
    else writeFileSync(profileFile, JSON.stringify(result.profile));
    session.disconnect();
    session = null;
    reportHeap();
  });
});
