// The pre-commit hook as a team gets it: the real pre-commit (Debian's package) runs
// `pre-commit try-repo` of this repository in a scratch repository that holds a good and a
// broken report: it fails on the broken one, with its findings, and leaves the good one alone.
// And the README's `.pre-commit-config.yaml`, installed as a git hook, refuses a commit of a
// broken report and lets it through once the report is fixed.
//
// What is tried is a copy of the working tree, committed in a scratch repository of its own
// (support/package-copy.ts), not the project folder: try-repo of a folder with uncommitted
// changes commits HEAD plus the changes to tracked files (its "shadow repo") and leaves new
// files out, so a hook file not yet added would be missing. The copy holds the files about to
// be committed, the same in CI's clean clone and in a checkout with work in progress.
//
// pre-commit installs a node hook from a clone of the repository, where dist/ is not built:
// `npm install` (all the devDependencies, from npm's cache where it holds them),
// `npm pack` (whose `prepack` script bundles dist/cli.js), then `npm install -g` of the tarball
// into an environment that uses the system's node (nodeenv -n system: nothing downloaded).
// try-repo installs into a fresh store of its own, and so does the README's config: about 30 s
// each, most of it npm writing the devDependencies. So the passing run is the commit of the
// fixed report, which reuses the second install, rather than a try-repo of its own; and the two
// tests run side by side (about 45 s in all on two idle cores).
//
// Under CI=true a missing pre-commit fails the test (.ci/run installs it); elsewhere the test
// is skipped, and says why.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { MESSAGES } from '../server/src/core/messages';
import { BROKEN_REPORT, copyProject, git, GIT_IDENTITY, GOOD_REPORT, processEnv, ROOT } from './support/package-copy';

const { en } = MESSAGES;

const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const missing =
  version.status === 0
    ? undefined
    : 'pre-commit is not installed (Debian: apt-get install pre-commit; PyPI: pip install pre-commit)';
const skip = process.env['CI'] === 'true' ? false : missing;
if (missing && skip) console.log(`precommit.test.ts skipped: ${missing}`);

let scratch: string;
let hookRepo: string;
let reports: string;

type Run = { status: number; stdout: string; stderr: string; said: string };

/** A command in `cwd`, without blocking the other test: its exit status and output. */
async function run(cwd: string, command: string, ...args: string[]): Promise<Run> {
  const env = processEnv({
    PRE_COMMIT_HOME: join(cwd, '..', `pre-commit-home-${basename(cwd)}`),
    PRE_COMMIT_COLOR: 'never',
  });
  const done = (status: number, stdout: string, stderr: string): Run => ({
    status,
    stdout,
    stderr,
    said: `${command} ${args.join(' ')} said:\n${stdout}\n${stderr}`,
  });
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
    return done(0, stdout, stderr);
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return done(failed.code, failed.stdout ?? '', failed.stderr ?? '');
  }
}

/** `pre-commit try-repo` of the copy, for the council-report hook, in the reports' repository. */
function tryRepo(...args: string[]): Promise<Run> {
  return run(reports, 'pre-commit', 'try-repo', hookRepo, 'council-report', ...args);
}

const BROKEN_FINDINGS = [
  `broken.council:3:14: error footnote-undefined ${en.footnoteUndefined(2)}`,
  `broken.council:6:1: warning footnote-unused ${en.footnoteUnused(3)}`,
];
const findings = (output: string): string[] => output.split('\n').filter((line) => line.includes('.council:'));

/** The `.pre-commit-config.yaml` of the README's "pre-commit" section, pointed at the copy. */
function readmeConfig(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n### pre-commit\n'));
  const yaml = /```yaml\n([^]*?)```/.exec(section)?.[1];
  assert.ok(yaml, 'README.md: no yaml block under "### pre-commit"');
  const { repository } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    repository: { url: string };
  };
  const repo = /^ {2}- repo: (\S+)$/m.exec(yaml)?.[1];
  assert.equal(repo, repository.url.replace(/\.git$/, ''), 'the README names the repository of package.json');
  assert.match(yaml, /^ {6}- id: council-report$/m);
  return yaml
    .replace(/^( {2}- repo: )\S+$/m, `$1${hookRepo}`)
    .replace(/^( {4}rev: )\S+.*$/m, `$1${git(hookRepo, 'rev-parse', 'HEAD').trim()}`);
}

before(() => {
  if (missing) return;
  scratch = mkdtempSync(join(tmpdir(), 'council-pre-commit-'));
  hookRepo = join(scratch, 'council-report');
  copyProject(hookRepo);
  reports = join(scratch, 'reports');
  mkdirSync(reports);
  git(reports, 'init', '-q');
  writeFileSync(join(reports, 'good.council'), GOOD_REPORT);
  writeFileSync(join(reports, 'broken.council'), BROKEN_REPORT);
  writeFileSync(join(reports, 'notes.txt'), 'Not a report: the hook leaves it alone.\n');
  git(reports, 'add', '-A');
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the pre-commit hook, installed and run by the real pre-commit', { concurrency: true }, () => {
  test(
    'try-repo fails on a broken report with its findings, and leaves the good one alone',
    { skip, timeout: 300_000 },
    async () => {
      assert.ok(!missing, missing);
      const tried = await tryRepo('--all-files');
      assert.equal(tried.status, 1, tried.said);
      assert.match(tried.stdout, /^council-report\.+Failed$/m, tried.said);
      assert.deepEqual(findings(tried.stdout), BROKEN_FINDINGS, tried.said);
      // Both reports checked, and notes.txt not passed to the hook (`files: \.council$`).
      assert.ok(tried.stdout.includes(en.checked(2, 1, 1, 0)), tried.said);
    },
  );

  test(
    "with the README's config, a commit of a broken report is refused, and goes through once fixed",
    { skip },
    async () => {
      assert.ok(!missing, missing);
      const team = join(scratch, 'team');
      mkdirSync(team);
      git(team, 'init', '-q');
      writeFileSync(join(team, '.pre-commit-config.yaml'), readmeConfig());
      const installed = await run(team, 'pre-commit', 'install');
      assert.equal(installed.status, 0, installed.said);
      // git hands a hook's standard output to its standard error: `said` holds both.
      const commit = () => run(team, 'git', ...GIT_IDENTITY, 'commit', '-q', '-m', 'Verslag');

      writeFileSync(join(team, 'verslag.council'), BROKEN_REPORT);
      git(team, 'add', '-A');
      const refused = await commit();
      assert.equal(refused.status, 1, refused.said);
      assert.match(refused.said, /^council-report\.+Failed$/m);
      const expected = BROKEN_FINDINGS.map((line) => line.replace('broken.council', 'verslag.council'));
      assert.deepEqual(findings(refused.said), expected, refused.said);
      assert.throws(() => git(team, 'rev-parse', '--verify', '-q', 'HEAD'), 'nothing was committed');

      writeFileSync(join(team, 'verslag.council'), GOOD_REPORT);
      git(team, 'add', '-A');
      const committed = await commit();
      assert.equal(committed.status, 0, committed.said);
      assert.match(committed.said, /^council-report\.+Passed$/m, committed.said);
      assert.deepEqual(git(team, 'ls-files').trim().split('\n'), ['.pre-commit-config.yaml', 'verslag.council']);
    },
  );
});
