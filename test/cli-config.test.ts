// The command line with folders and config files, as a user runs it: the built dist/cli.js in a
// child process, in a scratch repository of reports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../server/src/core/codes';
import { MESSAGES } from '../server/src/core/messages';

const { en } = MESSAGES;
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
let repo: string;

function run(args: string[], cwd = repo): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(path: string, content: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), content);
}

/** A report with one unused note (a warning by default) and an unnumbered session heading. */
const UNUSED = [
  '1. Diversen',
  '',
  'Tekst.1',
  '',
  'Ministersoverleg – Oekraïne',
  '',
  'Tekst.',
  '',
  '1 Een.',
  '2 Twee.',
  '',
].join('\n');
const UNUSED_FINDING = (path: string, severity: string) =>
  `${path}:10:1: ${severity} footnote-unused ${en.footnoteUnused(2)}`;

beforeEach(() => {
  // The walk up for config files stops at the repository's root.
  repo = mkdtempSync(join(tmpdir(), 'council-cli-config-'));
  mkdirSync(join(repo, '.git'));
});

describe('folders', () => {
  test('a folder: its reports in nested folders, in path order; node_modules and dot-folders skipped', () => {
    for (const p of ['reports/b.council', 'reports/2026/a.council', 'reports/node_modules/x/c.council'])
      write(p, UNUSED);
    write('reports/.drafts/d.council', UNUSED);
    write('reports/notes.txt', UNUSED);
    const r = run(['check', 'reports']);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      UNUSED_FINDING('reports/2026/a.council', 'warning'),
      UNUSED_FINDING('reports/b.council', 'warning'),
      en.checked(2, 0, 2, 0),
    ]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });

  test('a file named is checked whatever its extension, beside a folder', () => {
    write('reports/a.council', UNUSED);
    write('verslag.txt', UNUSED);
    const r = run(['check', 'verslag.txt', 'reports/']);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      UNUSED_FINDING('verslag.txt', 'warning'),
      UNUSED_FINDING('reports/a.council', 'warning'),
      en.checked(2, 0, 2, 0),
    ]);
  });

  test('a link out of the tree is not followed; a link inside it gives no second check', () => {
    write('reports/a.council', UNUSED);
    write('elsewhere/b.council', UNUSED);
    symlinkSync(join(repo, 'elsewhere'), join(repo, 'reports', 'out'));
    symlinkSync('a.council', join(repo, 'reports', 'same.council'));
    const r = run(['check', 'reports']);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      UNUSED_FINDING('reports/a.council', 'warning'),
      en.checked(1, 0, 1, 0),
    ]);
  });

  test('a folder without reports says so in one line, exit 2', () => {
    write('empty/readme.md', '# nothing\n');
    const r = run(['check', 'empty']);
    assert.equal(r.stderr, 'council-report: empty: no council reports in this folder (files ending in .council)\n');
    assert.equal(r.status, 2);
  });

  test('the extensions of the config file count as reports in a folder', () => {
    write('.council-report.json', '{ "extensions": [".txt"] }');
    write('reports/a.TXT', UNUSED);
    write('reports/b.md', UNUSED);
    const r = run(['check', 'reports']);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      UNUSED_FINDING('reports/a.TXT', 'warning'),
      en.checked(1, 0, 1, 0),
    ]);
  });
});

describe('config files', () => {
  test('the nearest config file wins, whole: a nearer one without severity keeps the defaults', () => {
    write('.council-report.json', '{ "severity": { "footnote-unused": "error" } }');
    write('reports/a.council', UNUSED);
    write('reports/jbz/b.council', UNUSED);
    write('reports/jbz/.council-report.json', '// the JBZ team\n{ "labels": ["Debat"], }\n');
    const r = run(['check', 'reports']);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      UNUSED_FINDING('reports/a.council', 'error'),
      UNUSED_FINDING('reports/jbz/b.council', 'warning'),
      en.checked(2, 1, 1, 0),
    ]);
    assert.equal(r.status, 1);
  });

  test('the walk up stops at the repository root', () => {
    write('sub/.git/HEAD', '');
    write('.council-report.json', '{ "severity": { "footnote-unused": "off" } }');
    write('sub/a.council', UNUSED);
    assert.deepEqual(run(['check', 'a.council'], join(repo, 'sub')).stdout.trimEnd().split('\n'), [
      UNUSED_FINDING('a.council', 'warning'),
      en.checked(1, 0, 1, 0),
    ]);
  });

  test('the settings of the file reach the parser too: session kinds', () => {
    write('a.council', UNUSED);
    assert.doesNotMatch(run(['check', 'a.council']).stdout, /session-number-missing/);
    write('.council-report.json', '{ "sessionKinds": ["Ministersoverleg"] }');
    assert.match(run(['check', 'a.council']).stdout, /a\.council:5:1: warning session-number-missing/);
  });

  test('--config names one file for every report, instead of the nearest', () => {
    write('.council-report.json', '{ "severity": { "footnote-unused": "error" } }');
    write('team.json', '{ "severity": { "footnote-unused": "information" } }');
    write('a.council', UNUSED);
    for (const args of [
      ['check', '--config', 'team.json', 'a.council'],
      ['check', '--config=team.json', 'a.council'],
    ]) {
      assert.deepEqual(run(args).stdout.trimEnd().split('\n'), [
        UNUSED_FINDING('a.council', 'information'),
        en.checked(1, 0, 0, 1),
      ]);
    }
    const missing = run(['check', '--config', 'nergens.json', 'a.council']);
    assert.equal(missing.stderr, 'council-report: nergens.json: cannot read: no such file\n');
    assert.equal(missing.status, 2);
  });

  test('standard input takes the config of the working folder', () => {
    write('.council-report.json', '{ "severity": { "footnote-unused": "hint" } }');
    const result = spawnSync(process.execPath, [CLI, 'check', '-'], { encoding: 'utf8', cwd: repo, input: UNUSED });
    assert.match(result.stdout, /^-:10:1: hint footnote-unused/);
  });
});

describe('a config file that is wrong: one line naming the file, the key and what is wrong; exit 2', () => {
  const cases: [string, string, string][] = [
    ['bad JSON', '{\n  "labels": ["Debat"]\n  "topicHeadings": false\n}', '3:3: not valid JSON: a comma expected'],
    ['an unknown key', '{ "severities": {} }', '1:3: severities: unknown key; did you mean "severity"?'],
    ['a wrong value type', '{ "topicHeadings": "yes" }', '1:20: topicHeadings: takes true or false, not "yes"'],
    [
      'an unknown finding code',
      '{ "severity": { "footnote-missing": "error" } }',
      `1:17: severity.footnote-missing: not a finding code; the codes are ${DIAGNOSTIC_CODES.join(', ')}`,
    ],
    [
      'a bad severity name',
      '{ "severity": { "footnote-unused": "fatal" } }',
      '1:36: severity.footnote-unused: takes error, warning, information, hint or off, not "fatal"',
    ],
  ];
  for (const [name, text, problem] of cases) {
    test(name, () => {
      write('reports/.council-report.json', text);
      write('reports/a.council', UNUSED);
      for (const args of [
        ['check', 'reports/a.council'],
        ['check', 'reports'],
        ['check', '--config', 'reports/.council-report.json', 'reports/a.council'],
      ]) {
        const r = run(args);
        assert.equal(r.stderr, `council-report: reports/.council-report.json:${problem}\n`, args.join(' '));
        assert.equal(r.stdout, '', 'nothing is checked');
        assert.equal(r.status, 2);
      }
    });
  }

  test('--fix writes nothing when a config file is wrong', () => {
    const swapped = ['Een.2 Twee.1', '', '1 a.', '2 b.', ''].join('\n');
    write('a.council', swapped);
    write('b/.council-report.json', '{ "labels": "x" }');
    write('b/c.council', swapped);
    const r = run(['check', '--fix', 'a.council', 'b']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^council-report: b\/\.council-report\.json:1:13: labels: /);
    assert.equal(readFileSync(join(repo, 'a.council'), 'utf8'), swapped);
    assert.equal(readFileSync(join(repo, 'b', 'c.council'), 'utf8'), swapped);
  });
});
