// Runs VS Code extension tests in code-server: a stand-in for the VS Code executable that
// @vscode/test-electron's runTests() starts (as `vscodeExecutablePath`). It accepts the same
// command line (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, a folder to open), starts code-server, opens the workbench in headless
// Chromium with those paths as vscode-remote:// addresses, prints the test output and exits with
// the tests' exit code. No network is used beyond 127.0.0.1.

import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { consoleText, openBrowser, type Browser } from './browser';
import { dirsIn, startCodeServer, type CodeServer } from './code-server';

/** Printed by the extension tests' entry point as they start. */
const TESTS_START_MARKER = 'council-report extension tests: start';

const TIMEOUT_MS = Number(process.env.COUNCIL_REPORT_TEST_TIMEOUT_MS ?? 300_000);

interface CommandLine {
  developmentPaths: string[];
  testsPath: string;
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
}

function parse(argv: readonly string[]): CommandLine {
  const values = (name: string): string[] =>
    argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
  const testsPath = values('extensionTestsPath').at(-1);
  if (!testsPath) throw new Error('--extensionTestsPath= is required');
  return {
    developmentPaths: values('extensionDevelopmentPath'),
    testsPath,
    userDataDir: values('user-data-dir').at(-1),
    extensionsDir: values('extensions-dir').at(-1),
    folder: argv.find((a) => !a.startsWith('-')),
  };
}

async function main(): Promise<number> {
  const cli = parse(process.argv.slice(2));
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'council-report-code-server-'));
  const logFile = path.join(scratch, 'code-server.log');
  const log = (line: string): void => appendFileSync(logFile, line.endsWith('\n') ? line : `${line}\n`);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let failed = true;
  try {
    server = await startCodeServer(dirsIn(scratch, cli.userDataDir, cli.extensionsDir), log);
    const remote = (p: string): string => `vscode-remote://${server!.authority}${path.resolve(p)}`;
    const payload = [
      ...cli.developmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(cli.testsPath)],
    ];
    const url = `${server.origin}/?${cli.folder ? `folder=${encodeURIComponent(path.resolve(cli.folder))}&` : ''}payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await openBrowser();
    const { page } = browser;
    let exited: (code: number) => void = () => {};
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    // The workbench calls this when the extension tests finish.
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));

    // The extension host's output reaches the page as the workbench's INFO log messages, in
    // order. Those from the tests' start marker on (see ../extension/index.ts) are the tests'.
    let printing = Promise.resolve();
    let testsStarted = false;
    page.on('console', (message) => {
      printing = printing.then(async () => {
        const { level, text } = await consoleText(message);
        if (!testsStarted && text.includes(TESTS_START_MARKER)) testsStarted = true;
        else if (testsStarted && level === 'INFO') process.stdout.write(`${text}\n`);
        else log(`[workbench ${message.type()}] ${level} ${text}`);
      });
    });
    page.on('pageerror', (e) => log(`[page error] ${e.message}`));

    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exitCode,
      new Promise<number>((resolve) => {
        timer = setTimeout(() => {
          console.error(`extension tests did not finish within ${TIMEOUT_MS} ms`);
          resolve(1);
        }, TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    await printing;
    failed = code !== 0;
    return code;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (failed) console.error(`code-server and workbench log kept in ${logFile}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
