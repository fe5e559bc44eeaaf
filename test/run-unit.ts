// `npm run test:unit`: the suites that import the source directly, without a build, for a
// fast loop while editing. A suite needs the build when it runs the bundles: it names dist/
// (the CLI, the corpus, the security checks) or starts the server through the test client
// (the protocol suites, the edit storms, the hostile input). Those are left out, and said so;
// `npm test` builds and runs everything, each file in a process of its own.
//
// Here the unit suites share one process, which saves loading TypeScript once per file (most
// of the time on a small machine): each file becomes a suite named after it, so that its
// top-level before/after hooks stay its own. Node's test options go before the script
// (`node --import tsx --test-name-pattern=rename test/run-unit.ts`).

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe } from 'node:test';

const dir = import.meta.dirname;
const NEEDS_BUILD = /\bdist\b|support\/lsp-client/;
const load = createRequire(join(dir, 'run-unit.ts'));

const suites = readdirSync(dir)
  .filter((name) => name.endsWith('.test.ts'))
  .sort();
const left: string[] = [];
for (const name of suites) {
  const file = join(dir, name);
  if (NEEDS_BUILD.test(readFileSync(file, 'utf8'))) {
    left.push(name);
    continue;
  }
  describe(name, () => {
    load(file);
  });
}
console.log(
  `unit suites: ${suites.length - left.length}; left out, as they need the build (npm test runs them): ${left.join(', ')}`,
);
