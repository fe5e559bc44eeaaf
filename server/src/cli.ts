// The command line checker's entry point (dist/cli.js); the checker is cli/main.ts.

import { main } from './cli/main';

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A bug of ours, not bad input: say so in one line rather than with a stack trace.
  process.stderr.write(`council-report: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
