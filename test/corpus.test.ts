// The shared corpus: real and written reports with expected results, checked with the
// project's CLI by the corpus tool that ships with them. Both folders must pass every check:
// corpus/ (the JBZ house style) and formations/ (the house styles of other formations, where
// each file's title and each heading's label are checked too).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const tool = join(shared, 'tools', 'corpus-check.mjs');

for (const folder of ['corpus', 'formations']) {
  test(`the shared ${folder} passes every check`, (t) => {
    const reports = join(shared, folder);
    if (!existsSync(tool) || !existsSync(reports)) {
      // On CI both must be there; elsewhere say plainly that they were not run.
      assert.ok(process.env.CI !== 'true', `the shared ${folder} is missing: expected ${tool} and ${reports}`);
      t.skip(`no shared ${folder} at ${reports}`);
      return;
    }
    const result = spawnSync(process.execPath, [tool, '--cli', 'node dist/cli.js check --format json', reports], {
      cwd: root,
      encoding: 'utf8',
    });
    const summary = result.stdout.trimEnd().split('\n').pop() ?? '';
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    assert.match(summary, /^corpus: [1-9]\d* passed, 0 failed$/);
  });
}
