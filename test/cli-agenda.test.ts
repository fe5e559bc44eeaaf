// The annotated agenda on the command line: `new-report AGENDA [-o FILE]` drafts the report,
// `check --agenda AGENDA REPORT` names the agenda items the report has not covered. The built
// dist/cli.js in a child process; the agenda is the bundled example, the reports are written here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { analyse, DEFAULT_ANALYSIS_OPTIONS } from '../server/src/core/analysis';
import { quickFix } from '../server/src/edits/fixes';
import { LineText } from '../server/src/edits/sourceText';
import { applyEdits } from '../server/src/edits/textEdits';
import { parse } from '../server/src/parser/parse';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const AGENDA = join(import.meta.dirname, '..', 'examples', 'geannoteerde-agenda-milieuraad.council');
const SHARED_AGENDA = join(import.meta.dirname, '..', '..', 'shared', 'formations', 'jbz-geannoteerde-agenda.council');
let dir: string;

function run(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: dir, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Node {
  number: number | null;
  title: string;
  line: number;
  children: Node[];
}
const tree = (nodes: Node[]): string[] =>
  nodes.flatMap((n) => [`${n.number ?? '-'} ${n.title}`, ...tree(n.children).map((l) => `  ${l}`)]);

/** The report lacks two of the agenda's five items and rewords a third (one word changed). */
const PARTIAL = [
  'Geachte Voorzitter,',
  '',
  'Hierbij bied ik u het verslag aan van de Milieuraad van 16 maart 2027.',
  '',
  'Verslag van de Milieuraad van 16 maart 2027',
  '',
  'I. Wetgeving',
  '',
  '1. Verordening verpakking en verpakkingsafval',
  '',
  'De Raad bereikte een algemene oriëntatie.',
  '',
  'II. Niet-wetgevende onderwerpen',
  '',
  '1. Voorbereiding klimaattop COP32',
  '',
  'De Raad stelde de inzet vast.',
  '',
  '2. Diversen',
  '',
  'De Commissie informeerde de Raad.',
  '',
].join('\n');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'council-agenda-'));
  writeFileSync(join(dir, 'verslag.council'), PARTIAL);
});

describe('new-report', () => {
  test('prints the report: the agenda’s parts and items numbered 1, 2, 3, a title, a placeholder per item', () => {
    const drafted = run(['new-report', AGENDA]);
    assert.equal(drafted.status, 0, drafted.stderr);
    const checked = run(['check', '--format', 'json', '-'], drafted.stdout);
    const file = JSON.parse(checked.stdout).files[0];
    assert.equal(file.title, 'Verslag van de Milieuraad van 16 maart 2027');
    assert.deepEqual(tree(file.outline), [
      '1 Wetgeving',
      '  1 Verordening verpakkingen en verpakkingsafval',
      '  2 Richtlijn bodemgezondheid',
      '2 Niet-wetgevende onderwerpen',
      '  1 Voorbereiding klimaattop COP32',
      '  2 Lunchbespreking – Circulaire economie',
      '  3 Diversen',
    ]);
    // Only placeholders to fill in: one per item, each on the line below its heading's blank.
    const placeholders = file.diagnostics.filter((d: { code: string }) => d.code === 'placeholder-text');
    assert.equal(placeholders.length, file.diagnostics.length);
    assert.deepEqual(
      placeholders.map((d: { line: number }) => d.line),
      file.outline.flatMap((p: Node) => p.children.map((s) => s.line + 2)),
    );
    assert.equal(checked.status, 0);
  });

  test('the shared JBZ agenda: its parts and items, nothing of its cover letter, only placeholders', (t) => {
    if (!existsSync(SHARED_AGENDA)) {
      assert.ok(process.env.CI !== 'true', `the shared agenda is missing: ${SHARED_AGENDA}`);
      t.skip('no shared formations folder');
      return;
    }
    const agenda = parse(readFileSync(SHARED_AGENDA, 'utf8'));
    const titleLine = agenda.title!.range.start.line;
    const items = agenda.outline.filter((n) => n.heading.range.start.line > titleLine);
    const drafted = run(['new-report', SHARED_AGENDA]);
    const file = JSON.parse(run(['check', '--format', 'json', '-'], drafted.stdout).stdout).files[0];
    assert.ok(file.title);
    assert.deepEqual(
      file.outline.map((p: Node) => [p.title, p.children.map((s) => `${s.number} ${s.title}`)]),
      items.map((p) => [
        p.heading.title,
        p.kind === 'domain' ? p.sessions.map((s, i) => `${i + 1} ${s.heading.title}`) : [],
      ]),
    );
    const codes = new Set(file.diagnostics.map((d: { code: string }) => d.code));
    assert.deepEqual([...codes], ['placeholder-text']);
    assert.equal(file.diagnostics.length, agenda.sessions.filter((s) => s.heading.range.start.line > titleLine).length);
  });

  test('-o writes a new file, and never overwrites one', () => {
    const first = run(['new-report', '-o', 'nieuw.council', AGENDA]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, '');
    assert.equal(readFileSync(join(dir, 'nieuw.council'), 'utf8'), run(['new-report', AGENDA]).stdout);
    const again = run(['new-report', '--output=nieuw.council', AGENDA]);
    assert.equal(again.status, 2);
    assert.equal(again.stderr, 'council-report: nieuw.council: not written: the file exists; choose another name\n');
    const nowhere = run(['new-report', '-o', join('geen-map', 'nieuw.council'), AGENDA]);
    assert.equal(nowhere.status, 2);
    assert.equal(
      nowhere.stderr,
      `council-report: ${join('geen-map', 'nieuw.council')}: not written: no such folder: geen-map\n`,
    );
  });

  test('usage: one agenda, and the options that go with it', () => {
    for (const args of [['new-report'], ['new-report', AGENDA, AGENDA], ['new-report', '--fix', AGENDA]]) {
      assert.equal(run(args).status, 2, args.join(' '));
    }
    assert.match(run(['check', '-o', 'x.council', 'verslag.council']).stderr, /-o goes with new-report/);
    assert.match(run(['new-report', 'geen.council']).stderr, /geen\.council: cannot read: no such file/);
  });
});

describe('check --agenda', () => {
  test('two items left out and one reworded: exactly two agenda-item-missing findings, on the title', () => {
    const r = run(['check', '--agenda', AGENDA, 'verslag.council']);
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        'verslag.council:5:1: information agenda-item-missing Agenda item "Richtlijn bodemgezondheid" has no session in this report. It goes after "1. Verordening verpakking en verpakkingsafval".',
        'verslag.council:5:1: information agenda-item-missing Agenda item "Lunchbespreking – Circulaire economie" has no session in this report. It goes after "1. Voorbereiding klimaattop COP32".',
        '1 report checked: 0 errors, 0 warnings, 2 other findings',
        '',
      ].join('\n'),
    );
  });

  test('their quick fixes insert the headings in their places, and then there are none', () => {
    const options = { ...DEFAULT_ANALYSIS_OPTIONS, agenda: parse(readFileSync(AGENDA, 'utf8')) };
    let text = PARTIAL;
    for (let round = 0; round < 2; round++) {
      const analysis = analyse(text, options);
      const missing = analysis.diagnostics.filter((d) => d.code === 'agenda-item-missing');
      assert.equal(missing.length, 2 - round);
      const fix = quickFix(analysis, new LineText(text), missing[0]!, options.diagnostics)!;
      text = applyEdits(new LineText(text), fix.edits);
    }
    writeFileSync(join(dir, 'aangevuld.council'), text);
    const r = run(['check', '--agenda', AGENDA, '--format', 'json', 'aangevuld.council']);
    const file = JSON.parse(r.stdout).files[0];
    assert.deepEqual(
      file.diagnostics.map((d: { code: string }) => d.code),
      ['placeholder-text', 'placeholder-text'],
    );
    assert.deepEqual(tree(file.outline), [
      '1 Wetgeving',
      '  1 Verordening verpakking en verpakkingsafval',
      '  2 Richtlijn bodemgezondheid',
      '2 Niet-wetgevende onderwerpen',
      '  1 Voorbereiding klimaattop COP32',
      '  2 Lunchbespreking – Circulaire economie',
      '  3 Diversen',
    ]);
  });

  test('an agenda that cannot be read: exit 2 with one line naming it', () => {
    const r = run(['check', '--agenda', 'geen-agenda.council', 'verslag.council']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'council-report: geen-agenda.council: cannot read: no such file\n');
  });
});
