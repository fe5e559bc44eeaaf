// The reports in a folder (server/src/cli/files.ts): nesting, ignored folders, symbolic links in
// and out of the tree, loops, the order, and folders that cannot be read.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeEach, test } from 'node:test';
import { byteOrder, reportsIn } from '../server/src/cli/files';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'council-files-'));
});

function files(...paths: string[]): void {
  for (const p of paths) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), '1. Diversen\n');
  }
}

const councilOnly = (_dir: string, name: string) => name.endsWith('.council');

/** The reports found under `folder` (relative to the test's folder), as relative paths. */
function found(folder = 'tree', isReport = councilOnly): string[] {
  const result = reportsIn(join(dir, folder), isReport);
  assert.deepEqual(result.problems, []);
  return result.files.map((f) => relative(dir, f));
}

test('reports in nested folders, in byte order of their paths; other files are left', () => {
  files(
    'tree/b.council',
    'tree/a/z.council',
    'tree/a-b/y.council',
    'tree/A.council',
    'tree/é.council',
    'tree/notes.txt',
    'tree/a/deep/er/x.council',
  );
  assert.deepEqual(found(), [
    'tree/A.council',
    'tree/a-b/y.council',
    'tree/a/deep/er/x.council',
    'tree/a/z.council',
    'tree/b.council',
    'tree/é.council',
  ]);
});

test('the caller decides what a report is, by folder and name', () => {
  files('tree/a.council', 'tree/txt/b.txt', 'tree/c.txt');
  const isReport = (d: string, name: string) =>
    name.endsWith('.council') || (d.endsWith('txt') && name.endsWith('.txt'));
  assert.deepEqual(found('tree', isReport), ['tree/a.council', 'tree/txt/b.txt']);
});

test('node_modules and dot-folders are skipped, but not a dot-folder given itself', () => {
  files('tree/node_modules/pkg/a.council', 'tree/.git/b.council', 'tree/.cache/c.council', 'tree/ok/d.council');
  files('tree/.hidden.council');
  assert.deepEqual(found(), ['tree/.hidden.council', 'tree/ok/d.council']);
  assert.deepEqual(found('tree/.cache'), ['tree/.cache/c.council']);
});

test('a link to a file or folder inside the tree: each report once, under its own path', () => {
  files('tree/reports/a.council', 'tree/.archive/old.council');
  symlinkSync('reports', join(dir, 'tree', 'linked'));
  symlinkSync(join('reports', 'a.council'), join(dir, 'tree', 'again.council'));
  // A link is the way in to a folder that is skipped by name: followed, once.
  symlinkSync('.archive', join(dir, 'tree', 'archive'));
  assert.deepEqual(found(), ['tree/archive/old.council', 'tree/reports/a.council']);
});

test('a link out of the tree is not followed, nor one that dangles', () => {
  files('outside/secret.council', 'outside/dir/more.council', 'tree/a.council');
  symlinkSync(join(dir, 'outside', 'secret.council'), join(dir, 'tree', 'secret.council'));
  symlinkSync(join(dir, 'outside', 'dir'), join(dir, 'tree', 'dir'));
  symlinkSync(join(dir, 'nowhere.council'), join(dir, 'tree', 'dangling.council'));
  assert.deepEqual(found(), ['tree/a.council']);
});

test('loops: a link to a folder above, to itself, and links that point at each other', () => {
  files('tree/sub/a.council');
  symlinkSync('..', join(dir, 'tree', 'sub', 'up'));
  symlinkSync('.', join(dir, 'tree', 'sub', 'here'));
  symlinkSync('loop2', join(dir, 'tree', 'loop1'));
  symlinkSync('loop1', join(dir, 'tree', 'loop2'));
  assert.deepEqual(found(), ['tree/sub/a.council']);
});

test('links inside a linked folder are not followed: a link is followed once', () => {
  files('tree/.store/a.council', 'tree/.other/b.council');
  symlinkSync(join('..', '.other'), join(dir, 'tree', '.store', 'other'));
  symlinkSync('.store', join(dir, 'tree', 'store'));
  assert.deepEqual(found(), ['tree/store/a.council']);
});

test('the folder given may itself be a link', () => {
  files('real/a.council');
  symlinkSync('real', join(dir, 'tree'));
  assert.deepEqual(found(), ['tree/a.council']);
});

test('an empty folder, or one with only other files: no reports', () => {
  mkdirSync(join(dir, 'tree', 'empty'), { recursive: true });
  files('tree/readme.md');
  assert.deepEqual(found(), []);
});

test('a folder below that cannot be read is said, and the others are still walked', (t) => {
  if (process.getuid?.() === 0) {
    t.skip('root reads every folder');
    return;
  }
  files('tree/a.council', 'tree/locked/b.council');
  chmodSync(join(dir, 'tree', 'locked'), 0);
  try {
    const result = reportsIn(join(dir, 'tree'), councilOnly);
    assert.deepEqual(result.files, [join(dir, 'tree', 'a.council')]);
    assert.deepEqual(result.problems, [`${join(dir, 'tree', 'locked')}: cannot read the folder: permission denied`]);
  } finally {
    chmodSync(join(dir, 'tree', 'locked'), 0o755);
  }
});

test('byte order is that of UTF-8, not of UTF-16 code units or the locale', () => {
  // U+FF21 (a fullwidth A) sorts after U+1F600 (an emoji, two UTF-16 units starting 0xD83D) in
  // UTF-16 order, but before it in UTF-8's.
  assert.deepEqual(['\u{1F600}', '\uFF21', 'b', 'B', 'a/b', 'a-b'].sort(byteOrder), [
    'B',
    'a-b',
    'a/b',
    'b',
    '\uFF21',
    '\u{1F600}',
  ]);
});
