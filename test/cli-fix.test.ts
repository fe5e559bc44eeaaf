// `council-report check --fix` and `--diff`, as a user runs them: the built dist/cli.js in a
// child process, on files in a temporary folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { MESSAGES } from '../server/src/core/messages';

const { en } = MESSAGES;

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
let dir: string;

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: input ?? '', cwd: dir, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

// Sessions 1, 3; footnotes referenced 1, 3, 2, and note 4 for a reference that has none.
const BROKEN = [
  'I. Justitie',
  '',
  '1. Werklunch – Terugkeer',
  '',
  'De ministers spraken over de EU27 en de lidstaten,1 over artikel 78(3)3 en het voorstel.2',
  '',
  '3. Diversen',
  '',
  'Geen bijzonderheden.4',
  '',
  '1 Kamerstuk 32317, nr. 1.',
  '2 Kamerstuk 32317, nr. 2.',
  '3 Kamerstuk 32317, nr. 3.',
  '',
].join('\n');

const FIXED = [
  'I. Justitie',
  '',
  '1. Werklunch – Terugkeer',
  '',
  'De ministers spraken over de EU27 en de lidstaten,1 over artikel 78(3)2 en het voorstel.3',
  '',
  '2. Diversen',
  '',
  'Geen bijzonderheden.4',
  '',
  '1 Kamerstuk 32317, nr. 1.',
  '2 Kamerstuk 32317, nr. 3.',
  '3 Kamerstuk 32317, nr. 2.',
  '4 …',
  '',
].join('\n');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'council-fix-'));
});

describe('check --fix', () => {
  test('rewrites the report with its numbers in order and the missing note added, keeping the original as FILE.orig', () => {
    const name = file('broken.council', BROKEN);
    const r = run(['check', '--fix', name]);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      en.fixedFindings('broken.council', 3, 'broken.council.orig'),
      en.checked(1, 0, 0, 0),
    ]);
    assert.equal(r.status, 0);
    assert.equal(read(name), FIXED);
    assert.equal(read(`${name}.orig`), BROKEN);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('council-fix')),
      [],
      'no temporary file is left',
    );
    // Fixing again finds nothing to do and writes nothing.
    const again = run(['check', '--fix', name]);
    assert.deepEqual(again.stdout, `${en.checked(1, 0, 0, 0)}\n`);
  });

  test('what cannot be fixed safely is reported as before: a note nobody refers to stays', () => {
    // The first footnote is 2: it becomes 1, and the unreferenced 3 closes up behind it.
    const name = file('unused.council', 'Tekst.2\n\n2 Twee.\n3 Niemand.\n');
    const r = run(['check', '--fix', '--no-backup', name]);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      en.fixedFindings('unused.council', 1, null),
      `unused.council:4:1: warning footnote-unused ${en.footnoteUnused(2)}`,
      en.checked(1, 0, 1, 0),
    ]);
    assert.equal(read(name), 'Tekst.1\n\n1 Twee.\n2 Niemand.\n');
    assert.equal(existsSync(join(dir, `${name}.orig`)), false, '--no-backup keeps no copy');
  });

  test('an existing backup is never overwritten: the report is left alone, exit 2', () => {
    const name = file('kept.council', BROKEN);
    file('kept.council.orig', 'an older backup');
    const r = run(['check', '--fix', name]);
    assert.equal(r.stderr, `council-report: ${en.notFixedBackupExists('kept.council', 'kept.council.orig')}\n`);
    assert.equal(r.status, 2);
    assert.equal(read(name), BROKEN);
    assert.equal(read('kept.council.orig'), 'an older backup');
    assert.match(r.stdout, /kept\.council:7:1: warning session-number-gap/);
  });

  test('a report the fixes would make read differently is not written', () => {
    // Numbered, this unnumbered session would read as a numbered paragraph of two sentences.
    const text = '1. Diversen\n\nTekst.\n\nWerklunch – Terugkeer naar huis. Daarna Syrië\n\nTekst.\n';
    const name = file('unsafe.council', text);
    const r = run(['check', '--fix', name]);
    assert.equal(r.stderr, `council-report: ${en.notFixedUnsafe('unsafe.council')}\n`);
    assert.equal(read(name), text);
    assert.equal(existsSync(join(dir, `${name}.orig`)), false);
    assert.match(r.stdout, /session-number-missing/);
  });

  test('a byte-order mark, CRLF line ends, the file mode and a symbolic link are kept', () => {
    const name = file('crlf.council', Buffer.from('\uFEFF' + BROKEN.replace(/\n/g, '\r\n'), 'utf8'));
    chmodSync(join(dir, name), 0o640);
    symlinkSync(name, join(dir, 'link.council'));
    const r = run(['check', '--fix', '--no-backup', 'link.council']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(lstatSync(join(dir, 'link.council')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(join(dir, name), 'utf8'), '\uFEFF' + FIXED.replace(/\n/g, '\r\n'));
    assert.equal(statSync(join(dir, name)).mode & 0o777, 0o640);
  });

  test('with --format json the findings after fixing go to standard output, what was fixed to standard error', () => {
    const name = file('json.council', BROKEN);
    const r = run(['check', '--fix', '--no-backup', '--format', 'json', name]);
    assert.equal(r.stderr, `council-report: ${en.fixedFindings('json.council', 3, null)}\n`);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.files[0].diagnostics, []);
    assert.deepEqual(
      json.files[0].references.map((x: { number: number }) => x.number),
      [1, 2, 3, 4],
    );
  });

  test('the shared lint-errors report comes out with only its unreferenced notes left', (t) => {
    const path = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'synthetic', 'lint-errors.council');
    if (!existsSync(path)) {
      t.skip('no shared corpus');
      return;
    }
    const name = file('lint-errors.council', readFileSync(path));
    const r = run(['check', '--fix', '--no-backup', name]);
    assert.equal(r.status, 0, r.stderr);
    const findings = r.stdout.trimEnd().split('\n').slice(1, -1);
    assert.deepEqual(
      findings.map((l) => l.split(' ')[2]),
      ['footnote-unused', 'footnote-unused'],
    );
  });
});

describe('check --diff', () => {
  test('prints the fixes as a unified diff and writes nothing', () => {
    const name = file('dry.council', BROKEN);
    const r = run(['check', '--diff', name]);
    assert.deepEqual(r.stdout.split('\n'), [
      '--- dry.council',
      '+++ dry.council',
      '@@ -2,12 +2,13 @@',
      ' ',
      ' 1. Werklunch – Terugkeer',
      ' ',
      '-De ministers spraken over de EU27 en de lidstaten,1 over artikel 78(3)3 en het voorstel.2',
      '+De ministers spraken over de EU27 en de lidstaten,1 over artikel 78(3)2 en het voorstel.3',
      ' ',
      '-3. Diversen',
      '+2. Diversen',
      ' ',
      ' Geen bijzonderheden.4',
      ' ',
      ' 1 Kamerstuk 32317, nr. 1.',
      '-2 Kamerstuk 32317, nr. 2.',
      '-3 Kamerstuk 32317, nr. 3.',
      '+2 Kamerstuk 32317, nr. 3.',
      '+3 Kamerstuk 32317, nr. 2.',
      '+4 …',
      `dry.council:5:71: warning footnote-order ${en.footnoteOutOfOrder(3)}`,
      `dry.council:7:1: warning session-number-gap ${en.numberGap('session', '3', 1, null)}`,
      `dry.council:9:21: error footnote-undefined ${en.footnoteUndefined(4)}`,
      en.checked(1, 1, 2, 0),
      '',
    ]);
    assert.equal(r.status, 1, 'the report as it is has an error');
    assert.equal(read(name), BROKEN);
    assert.equal(existsSync(join(dir, `${name}.orig`)), false);
  });

  test('the diff applies with patch and gives what --fix writes', (t) => {
    if (spawnSync('patch', ['--version']).status !== 0) {
      t.skip('no patch program');
      return;
    }
    const name = file('patched.council', BROKEN);
    // The diff is what comes before the findings and the summary.
    const lines = run(['check', '--diff', name]).stdout.split('\n');
    const diff =
      lines
        .slice(
          0,
          lines.findIndex((l) => l.startsWith(`${name}:`)),
        )
        .join('\n') + '\n';
    const applied = spawnSync('patch', ['-p0', '--quiet'], { cwd: dir, input: diff, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr + applied.stdout);
    assert.equal(read(name), FIXED);
  });

  test('with --fix too, it prints what it wrote', () => {
    const name = file('both.council', BROKEN);
    const r = run(['check', '--fix', '--diff', '--no-backup', name]);
    assert.match(r.stdout, /^--- both\.council\n\+\+\+ both\.council\n@@ /);
    assert.ok(
      r.stdout.endsWith(`\n${en.fixedFindings('both.council', 3, null)}\n${en.checked(1, 0, 0, 0)}\n`),
      r.stdout,
    );
    assert.equal(read(name), FIXED);
  });
});

describe('usage errors', () => {
  const cases: [string, string[], RegExp][] = [
    [
      '--fix on standard input',
      ['check', '--fix', '-'],
      /^council-report: --fix cannot rewrite standard input; use --diff to see the fixes\n/,
    ],
    ['--no-backup without --fix', ['check', '--no-backup', 'x'], /^council-report: --no-backup goes with --fix\n/],
    [
      '--diff with JSON',
      ['check', '--diff', '--format', 'json', 'x'],
      /^council-report: --diff prints text: it does not go with --format json\n/,
    ],
    ['--fix with outline', ['outline', '--fix', 'x'], /^council-report: --fix and --diff go with check\n/],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const r = run(args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
    });
  }

  test('--diff on standard input is fine: nothing is written', () => {
    const r = run(['check', '--diff', '-'], BROKEN);
    assert.match(r.stdout, /^--- -\n\+\+\+ -\n@@ -2,12 \+2,13 @@\n/);
  });

  test('--help names the new options', () => {
    assert.match(run(['--help']).stdout, /--fix .*\n[\s\S]*--no-backup[\s\S]*--diff /);
  });
});
