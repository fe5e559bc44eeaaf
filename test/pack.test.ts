// The npm package as a user gets it: `npm pack` in a copy of the project as a clone gives it
// (no dist/: the `prepack` script builds it), then the tarball installed in an empty folder
// and run with npx, offline and with an empty npm cache, as on a machine that has only node.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MESSAGES } from '../server/src/core/messages';
import { BROKEN_REPORT, copyProject, GOOD_REPORT, processEnv, ROOT } from './support/package-copy';

const { en } = MESSAGES;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

let scratch: string;
let tarball: string;

/** npm or npx in `cwd`, with a cache of the test's own that starts empty: an install that
 *  needed a package from the registry fails (ENOTCACHED) instead of quietly finding it there. */
function run(cwd: string, command: 'npm' | 'npx', ...args: string[]) {
  const env = processEnv({ npm_config_cache: join(scratch, 'npm-cache') });
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folderWithReports(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'good.council'), GOOD_REPORT);
  writeFileSync(join(dir, 'broken.council'), BROKEN_REPORT);
  return dir;
}

const BROKEN_FINDINGS = [
  `broken.council:3:14: error footnote-undefined ${en.footnoteUndefined(2)}`,
  `broken.council:6:1: warning footnote-unused ${en.footnoteUnused(3)}`,
  en.checked(1, 1, 1, 0),
];

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'council-pack-'));
  const project = join(scratch, 'project');
  copyProject(project);
  // The build needs esbuild; the project's own node_modules saves installing it again.
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(project, 'node_modules'));
  mkdirSync(join(scratch, 'out'));
  const packed = run(project, 'npm', 'pack', '--pack-destination', join(scratch, 'out'));
  assert.equal(packed.status, 0, `npm pack failed:\n${packed.stderr}`);
  tarball = join(scratch, 'out', `council-report-${version}.tgz`);
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the npm package', () => {
  test('holds the command line checker, package.json, README and LICENSE, and nothing else', () => {
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual(listed.stdout.trim().split('\n').sort(), [
      'package/LICENSE',
      'package/README.md',
      'package/dist/cli.js',
      'package/package.json',
    ]);
  });

  test('installed from the tarball offline, `npx council-report check` prints the findings; exit 1 on an error, 0 when clean', () => {
    const dir = folderWithReports('installed');
    const installed = run(dir, 'npm', 'install', tarball);
    assert.equal(installed.status, 0, `npm install of the tarball failed:\n${installed.stderr}`);

    const broken = run(dir, 'npx', 'council-report', 'check', 'broken.council');
    assert.deepEqual(broken.stdout.trimEnd().split('\n'), BROKEN_FINDINGS, broken.stderr);
    assert.equal(broken.status, 1);

    const good = run(dir, 'npx', 'council-report', 'check', 'good.council');
    assert.equal(good.stdout, `${en.checked(1, 0, 0, 0)}\n`, good.stderr);
    assert.equal(good.status, 0);

    const shown = run(dir, 'npx', 'council-report', '--version');
    assert.equal(shown.stdout.trim(), version, shown.stderr);
  });

  test('`npx --package=council-report-….tgz council-report check` runs it without installing it first', () => {
    const dir = folderWithReports('npx');
    const broken = run(dir, 'npx', '--yes', `--package=${tarball}`, 'council-report', 'check', 'broken.council');
    assert.deepEqual(broken.stdout.trimEnd().split('\n'), BROKEN_FINDINGS, broken.stderr);
    assert.equal(broken.status, 1);
  });
});
