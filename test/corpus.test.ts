// The shared corpus: real and written reports with expected results, checked with the
// project's CLI by the corpus tool that ships with them. It must pass every check.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const tool = join(shared, 'tools', 'corpus-check.mjs');

test('the shared corpus passes every check', (t) => {
  if (!existsSync(tool)) {
    // On CI the corpus must be there; elsewhere say plainly that it was not run.
    assert.ok(process.env.CI !== 'true', `the shared corpus is missing: expected ${tool}`);
    t.skip(`no shared corpus at ${shared}`);
    return;
  }
  const result = spawnSync(
    process.execPath,
    [tool, '--cli', 'node dist/cli.js check --format json', join(shared, 'corpus')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const summary = result.stdout.trimEnd().split('\n').pop() ?? '';
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  assert.match(summary, /^corpus: [1-9]\d* passed, 0 failed$/);
});
