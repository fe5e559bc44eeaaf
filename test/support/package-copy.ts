// For the tests of what the project ships to other tools (the npm package, the pre-commit hook):
// a copy of the project as a clone would give it, and an environment for the npm and git
// processes they start.
import { spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Copies the working tree into `into` (tracked files and new ones, none that .gitignore
 *  leaves out: no dist/, no node_modules) and commits it there, so that `into` is what a clone
 *  of the next commit would be. The tests check the files about to be committed, the same in
 *  a clean CI clone and in a checkout with work in progress. */
export function copyProject(into: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: processEnv(),
  });
  if (listed.status !== 0) throw new Error(`git ls-files in ${ROOT} failed: ${listed.stderr || listed.error}`);
  for (const path of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(ROOT, path);
    // A file deleted but not yet staged is still listed; a symbolic link is not a source file.
    if (!lstatSync(from, { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(dirname(join(into, path)), { recursive: true });
    copyFileSync(from, join(into, path));
  }
  git(into, 'init', '-q');
  git(into, 'add', '-A');
  git(into, 'commit', '-q', '-m', 'copy of the working tree');
}

/** An identity of git's own, so that a machine without one can commit. */
export const GIT_IDENTITY = [
  '-c',
  'user.name=council-report tests',
  '-c',
  'user.email=tests@example.invalid',
  '-c',
  'commit.gpgsign=false',
];

/** git in `cwd`, with GIT_IDENTITY; throws when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', [...GIT_IDENTITY, ...args], {
    cwd,
    encoding: 'utf8',
    env: processEnv(),
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd} failed: ${result.stderr || result.error}`);
  return result.stdout;
}

/** The environment for the processes a test starts. Without what `npm test` exports (above all
 *  npm_config_local_prefix, which would send a child's npm to this project's node_modules) and
 *  what a git hook exports (GIT_DIR). npm prefers its cache, which `npm ci` has filled, and
 *  asks the registry only for what the cache lacks (an index entry `npm ci` did not write).
 *  English messages, no colours. */
export function processEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_cafile', 'npm_config_registry']);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(npm_|git_)/i.test(key) || keep.has(key.toLowerCase())) env[key] = value;
  return {
    ...env,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    LC_ALL: '',
    LC_MESSAGES: '',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    ...extra,
  };
}

/** A report with no findings, and one with a footnote referenced but not defined (an error,
 *  line 3 column 14) and one defined but not used (a warning, line 6). */
export const GOOD_REPORT = [
  'I. Justitie',
  '',
  '1. Werklunch – Rechtsstaat',
  '',
  'De ministers spraken erover.1',
  '',
  '1 Kamerstuk 32317, nr. 1.',
  '',
].join('\n');
export const BROKEN_REPORT = ['1. Diversen', '', 'Tekst.1 Meer.2', '', '1 Een.', '3 Niet gebruikt.', ''].join('\n');
