// What a person does in the workbench, as Playwright steps: open a file from the Explorer,
// run a command from the palette, go to a line. Every step waits for what it expects to see.

import type { Locator, Page } from 'playwright-core';

export const STEP_TIMEOUT_MS = 20_000;

/** Waits until one of `locator`'s elements has text matching `expected`; fails with the texts seen. */
export async function untilText(
  locator: Locator,
  expected: RegExp,
  what: string,
  timeout = STEP_TIMEOUT_MS,
): Promise<void> {
  try {
    await locator.filter({ hasText: expected }).first().waitFor({ timeout });
  } catch {
    const seen = await locator.allTextContents().catch(() => []);
    throw new Error(`${what}: nothing matching ${expected} within ${timeout} ms; seen: ${JSON.stringify(seen)}`);
  }
}

export async function openFromExplorer(page: Page, name: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** F1, the command's label, Enter: as a person runs a command. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: STEP_TIMEOUT_MS });
  await input.fill(`>${label}`);
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: label })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/** Puts the cursor at a 1-based line and column with "Go to Line/Column" (Ctrl+G's `:` prompt). */
export async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: STEP_TIMEOUT_MS });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  await untilCursorAt(page, line, column);
}

/** The status bar's "Ln 28, Col 1". */
export async function untilCursorAt(page: Page, line: number, column: number): Promise<void> {
  await untilText(
    page.locator('[id="status.editor.selection"]'),
    new RegExp(`^\\s*Ln ${line}, Col ${column}\\s*$`),
    'the cursor position in the status bar',
  );
}

/** Folds or unfolds a side bar section ("Workspace", "Outline") by its header. */
export async function setPaneExpanded(page: Page, title: string, expanded: boolean): Promise<void> {
  const header = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }).first();
  await header.waitFor({ timeout: STEP_TIMEOUT_MS });
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
  await page
    .locator(`.pane-header[aria-expanded="${expanded}"]`, { hasText: new RegExp(`^\\s*${title}`, 'i') })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
}
