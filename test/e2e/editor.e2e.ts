/// <reference types="mocha" />
// The browser end-to-end check: the packaged .vsix installed into code-server, a report opened
// in headless Chromium, and assertions on what the screen shows. Screenshots go to the folder
// that test/e2e/run.ts prints. Each step waits for what it expects to see, never on time.

import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './browser';
import { dirsIn, installExtension, startCodeServer, type CodeServer, type CodeServerDirs } from './code-server';
import {
  goToLine,
  openFromExplorer,
  runCommand,
  setPaneExpanded,
  STEP_TIMEOUT_MS,
  untilCursorAt,
  untilText,
} from './workbench';
import { analyse } from '../../server/src/core/analysis';
import { MESSAGES } from '../../server/src/core/messages';

const ROOT = path.resolve(__dirname, '..', '..');

// code-server runs in English; the wording is asserted in test/messages.test.ts.
const { en } = MESSAGES;
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The page's DOM, as far as the code run in it here uses it (the project compiles without the
// DOM library).
interface PageElement {
  readonly textContent: string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: PageElement;
declare function getComputedStyle(element: PageElement): { readonly color: string };
const EXTENSION_ID = 'council-report.council-report';

suite('Council Report in the browser workbench (code-server)', function () {
  const vsix = process.env.COUNCIL_REPORT_VSIX ?? '';
  const screenshots = process.env.COUNCIL_REPORT_SCREENSHOTS ?? path.join(ROOT, 'out', 'e2e-screenshots');
  let scratch = '';
  let dirs: CodeServerDirs;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let installedIn = '';

  const shoot = async (name: string): Promise<void> => {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  };

  suiteSetup(async function () {
    this.timeout(120_000);
    assert.ok(vsix, 'COUNCIL_REPORT_VSIX names the packaged extension');
    scratch = mkdtempSync(path.join(os.tmpdir(), 'council-report-e2e-'));
    dirs = dirsIn(scratch);
    const output = installExtension(vsix, dirs);
    assert.match(output, /was successfully installed/, output);
    const installed = readdirSync(dirs.extensionsDir).find((d) => d.startsWith(`${EXTENSION_ID}-`));
    assert.ok(installed, `the extension is in ${dirs.extensionsDir}`);
    installedIn = path.join(dirs.extensionsDir, installed);

    const workspace = path.join(scratch, 'workspace');
    cpSync(path.join(ROOT, 'test', 'extension', 'fixtures', 'workspace'), workspace, { recursive: true });
    server = await startCodeServer(dirs);
    browser = await openBrowser();
    page = browser.page;
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: 'outline.council' })
      .waitFor({ timeout: 60_000 });
  });

  suiteTeardown(async function () {
    this.timeout(30_000);
    if (this.currentTest?.state === 'failed' && page) await shoot('failure').catch(() => {});
    await browser?.close().catch(() => {});
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed')
      await shoot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => {});
  });

  test('the .vsix installs with only what the extension needs', () => {
    const files = listFiles(installedIn).filter((f) => f !== '.vsixmanifest');
    assert.deepEqual(files.sort(), [
      'LICENSE.txt',
      'dist/extension.js',
      'dist/server.js',
      'images/icon.png',
      'package.json',
      'package.nls.json',
      'package.nls.nl.json',
      'readme.md',
      'server/schemas/council-report.schema.json',
      'syntaxes/council-report.tmLanguage.json',
      'syntaxes/language-configuration.json',
    ]);
    console.log(`      ${path.basename(vsix)}: ${(statSync(vsix).size / 1024).toFixed(1)} KiB`);

    // What the marketplace and the Extensions view show.
    const manifest = JSON.parse(readFileSync(path.join(installedIn, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    > & {
      engines: { vscode: string };
      capabilities: { untrustedWorkspaces?: unknown; virtualWorkspaces?: unknown };
    };
    for (const field of [
      'publisher',
      'displayName',
      'description',
      'categories',
      'keywords',
      'repository',
      'icon',
      'license',
    ]) {
      assert.ok(manifest[field], `package.json has ${field}`);
    }
    assert.match(manifest.engines.vscode, /^\^1\.(\d|[1-9]\d|100)\.\d+$/, 'engines.vscode is no newer than 1.100');
    assert.ok(
      manifest.capabilities.untrustedWorkspaces !== undefined && manifest.capabilities.virtualWorkspaces !== undefined,
      'capabilities declared',
    );
  });

  test('the Outline view lists the domains and their sessions, nested', async () => {
    await openFromExplorer(page, 'outline.council');
    await untilText(page.locator('.monaco-editor .view-lines'), /Geachte\sVoorzitter/, 'the report in the editor');
    // Fold the file list so that the outline has the side bar's height.
    await setPaneExpanded(page, 'Workspace', false);
    await runCommand(page, 'Explorer: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    await untilText(rows, /Diversen/, 'the last session in the Outline view');
    const outline = await rows.evaluateAll((els) =>
      els.map((e) => `${'  '.repeat(Number(e.getAttribute('aria-level')) - 1)}${e.getAttribute('aria-label')}`),
    );
    assert.deepEqual(outline, [
      'I. Justitie (namespace)',
      '  1. Werksessie I – Wederzijdse erkenning van beslissingen in strafzaken (event)',
      '  2. Werklunch – Bescherming van slachtoffers van huiselijk geweld en de rol van de advocatuur (event)',
      'II. Binnenlandse Zaken (namespace)',
      '  1. Werksessie I – Weerbaarheid van kritieke infrastructuur (event)',
      '  2. Diversen (event)',
    ]);
    await shoot('outline');
  });

  test('F12 on a footnote reference moves the cursor to its note', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(page, 19, 30); // on the 2 of "lidstaten,2"
    await page.keyboard.press('F12');
    await untilCursorAt(page, 28, 1);
    await goToLine(page, 40, 22); // right after the 4 of "‘hybride dreigingen’4"
    await page.keyboard.press('F12');
    await untilCursorAt(page, 51, 1);
  });

  test('the headings are coloured by the grammar: their tokens carry its scopes', async () => {
    await goToLine(page, 16, 6); // in "Werksessie" of "1. Werksessie I – Wederzijdse erkenning ..."
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const inspector = page.locator('.token-inspect-widget');
    await untilText(
      inspector,
      /keyword\.other\.session-kind\.council-report/,
      'the session kind scope in the token inspector',
    );
    const scopes = (await inspector.textContent()) ?? '';
    assert.match(scopes, /markup\.heading\.2\.council-report/);
    assert.match(scopes, /text\.council-report/);
    await shoot('token-scopes');
    await page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });

    await goToLine(page, 14, 5); // in "Justitie" of "I. Justitie"
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    await untilText(
      inspector,
      /entity\.name\.section\.domain\.council-report/,
      'the domain title scope in the token inspector',
    );
    assert.match((await inspector.textContent()) ?? '', /markup\.heading\.1\.council-report/);
    await page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });

    // And the theme paints them: a domain title is not in the colour of body text. The colour
    // of the token span that holds `word`, on the visible line that starts with `line`.
    const colourOf = (line: string, word: string): Promise<string | null> =>
      page.evaluate(
        ([l, w]) => {
          // No helper functions in here: tsx would wrap them in a __name() the page lacks.
          const viewLine = [...document.querySelectorAll('.monaco-editor .view-line')].find((e) =>
            (e.textContent ?? '').replace(/\u00a0/g, ' ').startsWith(l!),
          );
          const span =
            viewLine &&
            [...viewLine.querySelectorAll('span span')].find((e) =>
              (e.textContent ?? '').replace(/\u00a0/g, ' ').includes(w!),
            );
          return span ? getComputedStyle(span).color : null;
        },
        [line, word],
      );
    const heading = await colourOf('I. Justitie', 'Justitie');
    const body = await colourOf('februari 2027 in Warschau', 'Warschau');
    assert.ok(heading && body, `found the spans (heading ${heading}, body ${body})`);
    assert.notEqual(heading, body, 'a domain title is coloured apart from body text');
  });

  test('the server colours headings too: a domain heading carries its semantic token', async () => {
    await goToLine(page, 14, 5); // in "Justitie" of "I. Justitie"
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const inspector = page.locator('.token-inspect-widget');
    await untilText(inspector, /semantic token type\s*domainHeading/, 'the semantic token type in the token inspector');
    await shoot('semantic-tokens');
    await page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  });

  test('a hover on a footnote reference shows the note, when the server offers hovers', async function () {
    await goToLine(page, 19, 30);
    await runCommand(page, 'Show or Focus Hover');
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
    try {
      await hover.filter({ hasText: /\S/ }).first().waitFor({ timeout: 5_000 });
    } catch {
      this.skip(); // no hover provider in this version of the server
    }
    await shoot('hover');
    assert.match(
      (await hover.first().textContent()) ?? '',
      /Tweede Kamer, vergaderjaar 2026-2027, KST 32317, nr\. 999/,
    );
    await page.keyboard.press('Escape');
  });

  test('the Problems panel lists the findings with their messages', async () => {
    await setPaneExpanded(page, 'Workspace', true);
    await openFromExplorer(page, 'findings.council');
    await runCommand(page, 'View: Focus Problems');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await untilText(rows, new RegExp(literally(en.footnoteUnused(4))), 'the last finding in the Problems panel');
    const problems = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    await shoot('problems');
    // Errors first, then warnings, each in document order, as the panel sorts them.
    const row = (severity: string, message: string, line: number, character: number): RegExp =>
      new RegExp(
        `^${severity}: ${literally(message)} at line ${line} and character ${character}\\. generated by council-report$`,
      );
    const expected = [
      /^5 problems in file findings\.council/,
      row('Error', en.footnoteUndefined(3), 16, 61),
      row('Error', en.footnoteDuplicate(2, 23), 24, 1),
      row('Warning', en.numberGap('session', '3', 1, null), 10, 1),
      row(
        'Warning',
        en.sessionNumberMissing('Lunchbespreking – Toekomst van het gemeenschappelijk landbouwbeleid', 4, null),
        14,
        1,
      ),
      row('Warning', en.footnoteUnused(4), 25, 1),
    ];
    assert.equal(problems.length, expected.length, `the panel's rows:\n${problems.join('\n')}`);
    expected.forEach((pattern, i) => assert.match(problems[i]!, pattern));
    // Beside each message: the source, the code and the position.
    const shown = await rows.allTextContents();
    assert.deepEqual(
      shown.slice(1).map((t) => /council-report(\S+)\[(Ln \d+, Col \d+)\]$/.exec(t)?.slice(1).join(' ')),
      [
        'footnote-undefined Ln 16, Col 61',
        'footnote-duplicate Ln 24, Col 1',
        'session-number-gap Ln 10, Col 1',
        'session-number-missing Ln 14, Col 1',
        'footnote-unused Ln 25, Col 1',
      ],
    );
  });

  // Skipped, never failed, if a build's parser reads no topics in formations.council: the
  // outline check below would then say nothing about the workbench.
  test('a web-copy report of another formation: topics, its part and a label in the Outline; a topic coloured', async function () {
    const report = path.join(ROOT, 'test', 'extension', 'fixtures', 'workspace', 'formations.council');
    if (analyse(readFileSync(report, 'utf8')).document.sessions.length === 0) this.skip();
    await setPaneExpanded(page, 'Workspace', true);
    await openFromExplorer(page, 'formations.council');
    await untilText(page.locator('.monaco-editor .view-lines'), /Current\saffairs/, 'the report in the editor');
    await setPaneExpanded(page, 'Workspace', false);
    await runCommand(page, 'Explorer: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    await untilText(rows, /Venezuela/, 'the last topic in the Outline view');
    const outline = await rows.evaluateAll((els) =>
      els.map((e) => {
        // The workbench's icon label: the name, then the detail in grey as its description.
        const name = (e.querySelector('.monaco-icon-name-container')?.textContent ?? '').trim();
        const detail = (e.querySelector('.label-description')?.textContent ?? '').trim();
        return `${'  '.repeat(Number(e.getAttribute('aria-level')) - 1)}${name}${detail ? ` — ${detail}` : ''}`;
      }),
    );
    assert.deepEqual(outline, [
      'Oekraïne — Update door de Europese Commissie',
      'Current affairs — domain',
      '  Georgië — session (unnumbered)',
      '  Venezuela — session (unnumbered)',
    ]);
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(page, 9, 3); // in the topic heading "Oekraïne"
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const inspector = page.locator('.token-inspect-widget');
    await untilText(inspector, /semantic token type\s*sessionHeading/, "the topic heading's semantic token");
    await shoot('formations');
    await page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  });
});

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}
