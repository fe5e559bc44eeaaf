// The command line as a user runs it: the built dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileReport, formatOutline } from '../server/src/cli/report';
import { analyse } from '../server/src/core/analysis';
import { MESSAGES } from '../server/src/core/messages';
import type { CouncilDocument, Domain, Heading, Range, Session } from '../server/src/parser/model';

const { en, nl } = MESSAGES;

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
let dir: string;

function run(
  args: string[],
  input?: string,
  extraEnv: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...extraEnv };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: input ?? '', cwd: dir, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return name;
}

const CLEAN = [
  'I. Justitie',
  '',
  '1. Werklunch – Rechtsstaat',
  '',
  'De ministers spraken erover.1',
  '',
  '1 Kamerstuk 32317, nr. 1.',
  '',
].join('\n');
const BROKEN = ['1. Diversen', '', 'Tekst.1 Meer.2', '', '1 Een.', '3 Niet gebruikt.', ''].join('\n');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'council-cli-'));
});

describe('check', () => {
  test('a clean report: no findings, a summary, exit 0', () => {
    const r = run(['check', file('clean.council', CLEAN)]);
    assert.equal(r.stdout, `${en.checked(1, 0, 0, 0)}\n`);
    assert.equal(r.status, 0);
  });

  test('findings as path:line:column: severity code message, exit 1 on an error', () => {
    const r = run(['check', file('broken.council', BROKEN)]);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      `broken.council:3:14: error footnote-undefined ${en.footnoteUndefined(2)}`,
      `broken.council:6:1: warning footnote-unused ${en.footnoteUnused(3)}`,
      en.checked(1, 1, 1, 0),
    ]);
    assert.equal(r.status, 1);
  });

  test('--lang nl, or a Dutch locale in the environment, gives Dutch messages', () => {
    const expected = [
      `nl.council:3:14: error footnote-undefined ${nl.footnoteUndefined(2)}`,
      `nl.council:6:1: warning footnote-unused ${nl.footnoteUnused(3)}`,
      nl.checked(1, 1, 1, 0),
    ];
    const name = file('nl.council', BROKEN);
    assert.deepEqual(run(['check', '--lang', 'nl', name]).stdout.trimEnd().split('\n'), expected);
    assert.deepEqual(run(['check', name], undefined, { LANG: 'nl_NL.UTF-8' }).stdout.trimEnd().split('\n'), expected);
    assert.ok(
      run(['check', '--lang=en', name], undefined, { LC_ALL: 'nl_NL.UTF-8' }).stdout.includes(en.footnoteUndefined(2)),
    );
  });

  test('warnings alone exit 0', () => {
    const r = run(['check', file('warn.council', 'Tekst.1\n\n1 Een.\n2 Twee.\n')]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /warning footnote-unused/);
  });

  test('--outline prints the outline as an indented tree before the findings', () => {
    const r = run(['check', '--outline', file('clean2.council', CLEAN)]);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      en.outlineOf('clean2.council'),
      '  I. Justitie  (line 1)',
      '    1. Werklunch – Rechtsstaat  (line 3)',
      en.footnoteCount('clean2.council', 1, 1),
      en.checked(1, 0, 0, 0),
    ]);
  });

  test('outline command prints only the outline', () => {
    const r = run(['outline', file('clean3.council', CLEAN)]);
    assert.ok(r.stdout.startsWith(`${en.outlineOf('clean3.council')}\n  I. Justitie  (line 1)\n`), r.stdout);
    assert.ok(!r.stdout.includes(en.checked(1, 0, 0, 0)), r.stdout);
    assert.equal(r.status, 0);
  });

  test('--format json gives files with outline, footnotes, references and diagnostics, 1-based', () => {
    const r = run(['check', '--format', 'json', file('b.council', BROKEN), file('c.council', CLEAN)]);
    assert.equal(r.status, 1);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ['files']);
    assert.deepEqual(
      json.files.map((f: { path: string }) => f.path),
      ['b.council', 'c.council'],
    );
    const [b, c] = json.files;
    assert.equal(b.title, null);
    assert.deepEqual(b.outline, [
      { kind: 'session', number: 1, title: 'Diversen', label: null, line: 1, endLine: 3, children: [] },
    ]);
    assert.deepEqual(b.footnotes, [
      { number: 1, line: 5, endLine: 5, text: 'Een.', references: [{ line: 3, column: 7 }] },
      { number: 3, line: 6, endLine: 6, text: 'Niet gebruikt.', references: [] },
    ]);
    assert.deepEqual(b.references, [
      { number: 1, line: 3, column: 7 },
      { number: 2, line: 3, column: 14 },
    ]);
    assert.deepEqual(b.diagnostics[0], {
      code: 'footnote-undefined',
      severity: 'error',
      message: en.footnoteUndefined(2),
      line: 3,
      column: 14,
      endLine: 3,
      endColumn: 15,
    });
    assert.equal(c.outline[0].children[0].title, 'Werklunch – Rechtsstaat');
  });

  test('CRLF, a byte-order mark and standard input give the same results', () => {
    const lf = JSON.parse(run(['check', '--format=json', file('lf.council', BROKEN)]).stdout).files[0];
    const crlf = JSON.parse(
      run(['check', '--format=json', file('crlf.council', '\uFEFF' + BROKEN.replace(/\n/g, '\r\n'))]).stdout,
    ).files[0];
    const stdin = JSON.parse(run(['check', '--format=json', '-'], BROKEN).stdout).files[0];
    for (const other of [crlf, stdin]) {
      assert.deepEqual(other.outline, lf.outline);
      assert.deepEqual(other.footnotes, lf.footnotes);
      assert.deepEqual(other.diagnostics, lf.diagnostics);
    }
  });
});

describe('bad input: one line naming the file, exit 2, never a stack trace', () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      'a missing file',
      () => ['check', 'nergens.council'],
      /^council-report: nergens\.council: cannot read: no such file\n$/,
    ],
    [
      'a folder without reports',
      () => {
        mkdirSync(join(dir, 'leeg'), { recursive: true });
        return ['check', 'leeg'];
      },
      /^council-report: leeg: no council reports in this folder \(files ending in \.council\)\n$/,
    ],
    [
      'a binary file',
      () => ['check', file('bin.council', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))],
      /^council-report: bin\.council: not a text file/,
    ],
    [
      'text that is not UTF-8',
      () => ['check', file('latin1.council', Buffer.from('Verslag van de Raad, ori\xebntatie', 'latin1'))],
      /^council-report: latin1\.council: not UTF-8 text/,
    ],
    ['no command', () => [], /^council-report: no command given\nusage:/],
    ['an unknown option', () => ['check', '--fast', 'x'], /^council-report: unknown option '--fast'\n/],
    [
      'a bad format',
      () => ['check', '--format', 'xml', 'x'],
      /^council-report: --format takes text, json, sarif or github, not 'xml'\n/,
    ],
    ['no file', () => ['check'], /^council-report: no file given\n/],
    ['a bad language', () => ['check', '--lang', 'fr', 'x'], /^council-report: --lang takes en or nl, not 'fr'\n/],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const r = run(args());
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }

  test('a readable file is still checked when another is missing', () => {
    const r = run(['check', file('ok.council', CLEAN), 'weg.council']);
    assert.equal(r.status, 2);
    assert.ok(r.stdout.includes(en.checked(1, 0, 0, 0)), r.stdout);
    assert.match(r.stderr, /weg\.council: cannot read/);
  });

  test('an empty file is a report with nothing in it', () => {
    const r = run(['check', file('empty.council', '')]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${en.checked(1, 0, 0, 0)}\n`);
  });

  test('--help and --version', () => {
    assert.match(run(['--help']).stdout, /^usage: council-report check/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

// Until the parser reads titles and labels, these tests give a parsed report its title and a
// heading its label by hand; once it does, the report below can say them in its own lines.
const line = (n: number, from: number, to: number): Range => ({
  start: { line: n, character: from },
  end: { line: n, character: to },
});
const labelled = (h: Heading, text: string, at: number): Heading => ({
  ...h,
  label: { text, range: line(at, 0, text.length + 2) },
});

function titledAndLabelled(): CouncilDocument {
  const doc = analyse(CLEAN).document;
  const domain = doc.outline[0] as Domain;
  const session: Session = {
    ...domain.sessions[0]!,
    heading: labelled(domain.sessions[0]!.heading, 'Beleidsdebat', 3),
  };
  const withLabels: Domain = { ...domain, sessions: [session] };
  return {
    ...doc,
    title: { text: 'Verslag JBZ-Raad van 1 januari 2027', range: line(0, 0, 35) },
    outline: [withLabels],
    domains: [withLabels],
    sessions: [session],
  };
}

test('JSON (title and label set by hand until the parser makes them): the file has its title, a node its label', () => {
  const report = fileReport('r.council', titledAndLabelled(), []);
  assert.equal(report.title, 'Verslag JBZ-Raad van 1 januari 2027');
  const [domain] = report.outline;
  assert.equal(domain!.label, null);
  assert.deepEqual(domain!.children[0], {
    kind: 'session',
    number: 1,
    title: 'Werklunch – Rechtsstaat',
    label: 'Beleidsdebat',
    line: 3,
    endLine: 5,
    children: [],
  });
  assert.deepEqual(Object.keys(report), ['path', 'title', 'outline', 'footnotes', 'references', 'diagnostics']);
});

test('JSON: a report without a title has title null, and an unnumbered heading number null', () => {
  const report = fileReport('r.council', analyse(['Werklunch – Migratie', '', 'Tekst.'].join('\n')).document, []);
  assert.equal(report.title, null);
  assert.deepEqual(
    report.outline.map((n) => [n.kind, n.number, n.title, n.label]),
    [['session', null, 'Werklunch – Migratie', null]],
  );
});

test('text (title and label set by hand until the parser makes them): the title above the outline, a label in parentheses', () => {
  assert.deepEqual(formatOutline(titledAndLabelled(), en.emptyOutline), [
    'Verslag JBZ-Raad van 1 januari 2027  (line 1)',
    '  I. Justitie  (line 1)',
    '    1. Werklunch – Rechtsstaat (Beleidsdebat)  (line 3)',
  ]);
  const titleOnly = { ...analyse('Tekst.').document, title: { text: 'Verslag', range: line(0, 0, 7) } };
  assert.deepEqual(formatOutline(titleOnly, en.emptyOutline), ['Verslag  (line 1)', `  ${en.emptyOutline}`]);
  assert.deepEqual(formatOutline(analyse('Tekst.').document, en.emptyOutline), []);
});
