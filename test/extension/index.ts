// The extension tests' entry point: VS Code (or code-server, see ../e2e/code-server-launcher.ts)
// loads this file in its extension host and calls run(). It runs the mocha suites bundled next
// to it and writes the counts to COUNCIL_REPORT_TEST_RESULTS, for the runner to print.

import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // The marker tells the code-server launcher where the tests' output starts.
  console.log('council-report extension tests: start');
  const mocha = new Mocha({
    ui: 'tdd',
    color: process.env.COUNCIL_REPORT_TEST_COLOR === '1',
    timeout: 30_000,
    reporter: 'spec',
  });
  if (process.env.COUNCIL_REPORT_TEST_GREP) mocha.grep(process.env.COUNCIL_REPORT_TEST_GREP);
  const dir = path.join(__dirname, 'suite');
  // The activation suite first: it checks that nothing woke the extension before a report opened.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => Number(b.startsWith('activation.')) - Number(a.startsWith('activation.')) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(dir, f));

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
      const results = process.env.COUNCIL_REPORT_TEST_RESULTS;
      if (results) writeFileSync(results, JSON.stringify({ passed: passes, failed, skipped: pending }) + '\n');
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else if (passes === 0) reject(new Error('no extension test ran'));
      else resolve();
    });
  });
}
