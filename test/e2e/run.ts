// Runs the browser end-to-end check (editor.e2e.ts) with mocha against the packaged .vsix
// (`npm run package` builds it; `npm run test:e2e` does both). Prints where the screenshots are
// and the closing line "e2e: N passed, N failed".

import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function main(): Promise<number> {
  const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const vsix = path.resolve(process.argv[2] ?? path.join(ROOT, `${name}-${version}.vsix`));
  if (!existsSync(vsix)) {
    console.error(`${vsix} is missing: build it with npm run package`);
    return 2;
  }
  const screenshots = path.resolve(process.env.COUNCIL_REPORT_SCREENSHOTS ?? path.join(ROOT, 'out', 'e2e-screenshots'));
  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
  process.env.COUNCIL_REPORT_VSIX = vsix;
  process.env.COUNCIL_REPORT_SCREENSHOTS = screenshots;
  console.log(`browser check of ${path.relative(process.cwd(), vsix) || vsix} in code-server and headless Chromium`);
  console.log(`screenshots: ${screenshots}`);

  const started = Date.now();
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, reporter: 'spec', color: process.stdout.isTTY === true });
  mocha.addFile(path.join(ROOT, 'test', 'e2e', 'editor.e2e.ts'));
  await mocha.loadFilesAsync();
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  console.log(`browser check took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshots}`);
  const failed = stats.failures + (stats.passes === 0 ? 1 : 0);
  console.log(`e2e: ${stats.passes} passed, ${failed} failed${stats.pending ? `, ${stats.pending} skipped` : ''}`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
