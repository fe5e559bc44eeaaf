// Where the tools for the editor tests live: code-server (the VS Code 1.100 workbench as a web
// server) in a folder of its own, outside the project's node_modules, so that building the
// extension never needs its 300 MB, and kept between runs on a machine that keeps its cache.

import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** code-server 4.100.3 is VS Code 1.100.3, the last release that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Debian's Chromium; Playwright's own browser downloads are not used. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function toolsHome(): string {
  if (process.env.COUNCIL_REPORT_TOOLS) return path.resolve(process.env.COUNCIL_REPORT_TOOLS);
  const cache = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return path.join(cache, 'council-report-tools');
}

export function codeServerHome(): string {
  return path.join(toolsHome(), `code-server-${CODE_SERVER_VERSION}`);
}

/** The code-server program, or a clear error that says how to install it. */
export function codeServerBin(): string {
  const bin = process.env.CODE_SERVER_PATH ?? path.join(codeServerHome(), 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) {
    throw new Error(`code-server not found at ${bin}. Install it with: npm run e2e:install`);
  }
  return bin;
}
