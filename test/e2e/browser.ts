// Headless Debian Chromium through playwright-core, with a fresh profile each time. Playwright's
// own browser builds are never downloaded.

import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROMIUM } from './tools';

export interface Browser {
  readonly page: Page;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'council-report-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A console message as the workbench's logger wrote it: `console.log('%c INFO', css, format,
 * ...args)`. Returns the level ("INFO") and the rest, formatted as Node would.
 */
export async function consoleText(message: ConsoleMessage): Promise<{ level: string; text: string }> {
  const values = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => '[unserializable]')));
  if (values.length === 0) return { level: '', text: message.text() };
  const [first, ...rest] = values;
  if (typeof first === 'string' && first.includes('%c')) {
    const styles = first.split('%c').length - 1;
    return { level: first.replace(/%c/g, '').trim(), text: format(...rest.slice(styles)) };
  }
  return { level: '', text: format(...values) };
}
