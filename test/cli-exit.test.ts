// `--max-warnings N` and `--quiet`, as a pipeline uses them: the built dist/cli.js in a child
// process. As in ESLint: --quiet prints the errors only, and --max-warnings still counts the
// warnings that --quiet does not print.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { MESSAGES } from '../server/src/core/messages';

const { en, nl } = MESSAGES;
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
let dir: string;

function run(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: dir, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Two warnings: footnote 2 and 3 are never referenced.
const WARNINGS = ['Tekst.1', '', '1 Een.', '2 Twee.', '3 Drie.', ''].join('\n');
// One error (footnote 2 has no note) and one warning (note 3 is never referenced).
const BROKEN = ['1. Diversen', '', 'Tekst.1 Meer.2', '', '1 Een.', '3 Niet gebruikt.', ''].join('\n');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'council-exit-'));
  writeFileSync(join(dir, 'warnings.council'), WARNINGS);
  writeFileSync(join(dir, 'broken.council'), BROKEN);
});

describe('--max-warnings', () => {
  test('exit 0 up to N warnings, 1 above, with a line on stderr saying why', () => {
    assert.equal(run(['check', 'warnings.council']).status, 0);
    assert.equal(run(['check', '--max-warnings', '2', 'warnings.council']).status, 0);
    const over = run(['check', '--max-warnings=1', 'warnings.council']);
    assert.equal(over.status, 1);
    assert.equal(over.stderr, `council-report: ${en.tooManyWarnings(2, 1)}\n`);
    assert.match(over.stdout, /warning footnote-unused/);
    const dutch = run(['check', '--lang', 'nl', '--max-warnings', '0', 'warnings.council']);
    assert.equal(dutch.stderr, `council-report: ${nl.tooManyWarnings(2, 0)}\n`);
  });

  test('counts the warnings of all reports together, in every format', () => {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const r = run(['check', '--format', format, '--max-warnings', '2', 'warnings.council', 'warnings.council']);
      assert.equal(r.status, 1, format);
      assert.equal(r.stderr, `council-report: ${en.tooManyWarnings(4, 2)}\n`, format);
    }
  });

  test('N is a whole number of warnings; anything else is a usage error (exit 2)', () => {
    for (const value of ['-1', '1.5', 'abc', '', '1e3', '0x10', '+1', ' 1', '99999999999999999999']) {
      const r = run(['check', `--max-warnings=${value}`, 'warnings.council']);
      assert.equal(r.status, 2, value);
      assert.ok(
        r.stderr.startsWith(
          `council-report: --max-warnings takes a whole number of warnings (0, 1, 2, ...), not '${value}'\nusage:`,
        ),
        r.stderr,
      );
    }
    const missing = run(['check', 'warnings.council', '--max-warnings']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--max-warnings takes a whole number .*not ''/);
  });

  test('an error still exits 1, and unreadable input 2, whatever N', () => {
    assert.equal(run(['check', '--max-warnings', '10', 'broken.council']).status, 1);
    assert.equal(run(['check', '--max-warnings', '0', 'warnings.council', 'missing.council']).status, 2);
  });
});

describe('--quiet', () => {
  test('text: the error findings only; the summary still counts all', () => {
    const r = run(['check', '--quiet', 'broken.council', 'warnings.council']);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      `broken.council:3:14: error footnote-undefined ${en.footnoteUndefined(2)}`,
      en.checked(2, 1, 3, 0),
    ]);
    assert.equal(r.status, 1);
    assert.equal(run(['check', '--quiet', 'warnings.council']).status, 0);
  });

  test('json: the error diagnostics only', () => {
    const r = run(['check', '--quiet', '--format', 'json', 'broken.council']);
    const [file] = JSON.parse(r.stdout).files;
    assert.deepEqual(
      file.diagnostics.map((d: { code: string }) => d.code),
      ['footnote-undefined'],
    );
  });

  test('with --max-warnings, the warnings not printed still count', () => {
    const r = run(['check', '--quiet', '--max-warnings', '1', 'warnings.council']);
    assert.equal(r.stdout, `${en.checked(1, 0, 2, 0)}\n`);
    assert.equal(r.stderr, `council-report: ${en.tooManyWarnings(2, 1)}\n`);
    assert.equal(r.status, 1);
  });
});

describe('usage', () => {
  test('the new options and formats go with check, and machine formats with no text option', () => {
    const cases: [string[], string][] = [
      [['outline', '--quiet', 'broken.council'], '--quiet and --max-warnings go with check'],
      [['outline', '--max-warnings', '1', 'broken.council'], '--quiet and --max-warnings go with check'],
      [['outline', '--format', 'sarif', 'broken.council'], '--format sarif goes with check'],
      [
        ['check', '--format', 'github', '--outline', 'broken.council'],
        '--outline prints text: it does not go with --format github',
      ],
      [
        ['check', '--format', 'sarif', '--diff', 'broken.council'],
        '--diff prints text: it does not go with --format sarif',
      ],
      [['check', '--format', 'xml', 'broken.council'], "--format takes text, json, sarif or github, not 'xml'"],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.ok(r.stderr.startsWith(`council-report: ${message}\nusage:`), r.stderr);
    }
  });

  test('--help documents the formats, --quiet and --max-warnings, and the exit codes', () => {
    const help = run(['--help']).stdout;
    assert.match(help, /--format text\|json\|sarif\|github/);
    assert.match(help, /--quiet +report errors only/);
    assert.match(help, /--max-warnings N +exit 1 when there are more than N warnings/);
    assert.match(
      help,
      /Exit code 0 when there is no error, 1 when there is one \(or more warnings than\s+--max-warnings allows\)/,
    );
  });
});
