// One runner, two hosts: runs the extension test suites (bundled by `node esbuild.mjs --tests`
// into out/test/extension) through @vscode/test-electron's runTests(), either
//   --host=code-server (the default, and what CI uses): offline, in code-server started by
//       ../e2e/code-server-launcher, passed as the VS Code executable, or
//   --host=electron: in VS Code 1.100.3 that runTests() downloads (needs internet).
// COUNCIL_REPORT_VSCODE_HOST chooses too; the flag wins. Prints "vscode: N passed, N failed".

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const VSCODE_VERSION = '1.100.3';

type Host = 'code-server' | 'electron';

function chosenHost(): Host {
  const flag = process.argv.find((a) => a.startsWith('--host='))?.slice('--host='.length);
  const host = flag ?? process.env.COUNCIL_REPORT_VSCODE_HOST ?? 'code-server';
  if (host !== 'code-server' && host !== 'electron') {
    console.error(`unknown host "${host}": use --host=code-server or --host=electron`);
    process.exit(2);
  }
  return host;
}

async function main(): Promise<number> {
  const host = chosenHost();
  const extensionTestsPath = path.join(ROOT, 'out', 'test', 'extension', 'index.js');
  if (!existsSync(extensionTestsPath)) {
    console.error(
      `${extensionTestsPath} is missing: run \`node esbuild.mjs --tests\` first (npm run test:vscode does).`,
    );
    return 2;
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'council-report-vscode-tests-'));
  const results = path.join(scratch, 'results.json');
  // The tests edit reports; they work on a copy, so that nothing can save over the fixtures.
  const workspace = path.join(scratch, 'workspace');
  cpSync(path.join(ROOT, 'test', 'extension', 'fixtures', 'workspace'), workspace, { recursive: true });
  const started = Date.now();
  console.log(`extension tests in ${host === 'electron' ? `VS Code ${VSCODE_VERSION}` : 'code-server'}`);
  let exitCode = 0;
  try {
    await runTests({
      ...(host === 'electron'
        ? { version: VSCODE_VERSION }
        : { vscodeExecutablePath: path.join(ROOT, 'test', 'e2e', 'code-server-launcher') }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      extensionTestsEnv: {
        COUNCIL_REPORT_TEST_RESULTS: results,
        COUNCIL_REPORT_TEST_COLOR: process.stdout.isTTY ? '1' : '0',
      },
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`,
      ],
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    exitCode = 1;
  }
  let counts = { passed: 0, failed: 0 };
  if (existsSync(results)) counts = JSON.parse(readFileSync(results, 'utf8')) as typeof counts;
  else exitCode = 1; // the suites never reported: count the run as one failure
  rmSync(scratch, { recursive: true, force: true });
  const failed = counts.failed + (exitCode !== 0 && counts.failed === 0 ? 1 : 0);
  console.log(`extension tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`vscode: ${counts.passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : exitCode;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
