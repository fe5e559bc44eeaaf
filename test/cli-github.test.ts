// `council-report check --format github`, as a user runs it: the built dist/cli.js in a child
// process, printing one GitHub Actions workflow command per finding.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { escapeData, escapeProperty } from '../server/src/cli/github';
import { MESSAGES } from '../server/src/core/messages';
import { assertValidSarif } from './support/sarif-schema';

const { en, nl } = MESSAGES;
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const GOLDEN = join(import.meta.dirname, 'golden');
let dir: string;

function run(args: string[], cwd = dir, input = ''): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'github', ...args], {
    encoding: 'utf8',
    input,
    cwd,
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BROKEN = ['1. Diversen', '', 'Tekst.1 Meer.2', '', '1 Een.', '3 Niet gebruikt.', ''].join('\n');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'council-github-'));
});

describe('check --format github', () => {
  test('one workflow command per finding: error, warning, with file, region and code; exit 1 on an error', () => {
    const r = run(['headings.council'], GOLDEN);
    assert.equal(
      r.stdout,
      [
        `::warning file=headings.council,line=7,col=1,endLine=7,endColumn=2,title=session-number-gap::${en.numberGap('session', '3', 1, null)}`,
        // The session's title holds a %, which the runner reads as %25.
        `::warning file=headings.council,line=9,col=1,endLine=9,endColumn=33,title=session-number-missing::Session "Werkdiner – Toekomst: 50%25 minder" has no number. Number it 4 (sessions are numbered 1, 2, 3, ... in domain "1. Binnenlandse Zaken").`,
        `::warning file=headings.council,line=13,col=1,endLine=13,endColumn=2,title=domain-number-duplicate::${en.numberDuplicate('domain', '1', 1, null)}`,
        `::error file=headings.council,line=21,col=1,endLine=21,endColumn=2,title=footnote-duplicate::${en.footnoteDuplicate(2, 20)}`,
        '',
      ].join('\n'),
    );
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1);
  });

  test('the file relative to the working directory, with , : and % escaped in it', () => {
    mkdirSync(join(dir, 'sub dir'), { recursive: true });
    writeFileSync(join(dir, 'sub dir', 'a,b:c%.council'), BROKEN);
    const expected = [
      `::error file=sub dir/a%2Cb%3Ac%25.council,line=3,col=14,endLine=3,endColumn=15,title=footnote-undefined::${en.footnoteUndefined(2)}`,
      `::warning file=sub dir/a%2Cb%3Ac%25.council,line=6,col=1,endLine=6,endColumn=2,title=footnote-unused::${en.footnoteUnused(3)}`,
      '',
    ].join('\n');
    assert.equal(run(['sub dir/a,b:c%.council']).stdout, expected);
    assert.equal(run([join(dir, 'sub dir', 'a,b:c%.council')]).stdout, expected);
  });

  test('standard input has no file to annotate: the commands carry no file', () => {
    assert.equal(
      run(['--lang', 'nl', '-'], dir, BROKEN).stdout.split('\n')[0],
      `::error line=3,col=14,endLine=3,endColumn=15,title=footnote-undefined::${nl.footnoteUndefined(2)}`,
    );
  });

  test('warnings alone exit 0; --quiet prints the errors only', () => {
    writeFileSync(join(dir, 'warn.council'), 'Tekst.1\n\n1 Een.\n2 Twee.\n');
    const warn = run(['warn.council']);
    assert.equal(warn.status, 0);
    assert.match(warn.stdout, /^::warning file=warn\.council,line=4,.*title=footnote-unused::/);
    assert.equal(run(['--quiet', 'warn.council']).stdout, '');
    writeFileSync(join(dir, 'b.council'), BROKEN);
    assert.deepEqual(
      run(['--quiet', 'b.council'])
        .stdout.split('\n')
        .map((l) => l.slice(0, 8)),
      ['::error ', ''],
    );
  });

  test("information and hint findings (by a config file's severities) are notices", () => {
    mkdirSync(join(dir, 'levels'), { recursive: true });
    writeFileSync(
      join(dir, 'levels', '.council-report.json'),
      '{ "severity": { "footnote-undefined": "information", "footnote-unused": "hint" } }',
    );
    writeFileSync(join(dir, 'levels', 'b.council'), BROKEN);
    const r = run(['levels']);
    assert.equal(r.status, 0);
    assert.deepEqual(
      r.stdout.split('\n').map((l) => l.slice(0, l.indexOf('::', 2) + 2)),
      [
        '::notice file=levels/b.council,line=3,col=14,endLine=3,endColumn=15,title=footnote-undefined::',
        '::notice file=levels/b.council,line=6,col=1,endLine=6,endColumn=2,title=footnote-unused::',
        '',
      ],
    );
  });

  test("the runner's escaping: % CR LF in the message, and : , too in a property", () => {
    assert.equal(escapeData('50% af\r\nen: ja, nee'), '50%25 af%0D%0Aen: ja, nee');
    assert.equal(escapeProperty('a,b:c%\r\nd'), 'a%2Cb%3Ac%25%0D%0Ad');
    // % first: what the other escapes put in is not escaped again.
    assert.equal(escapeData('%0A\n'), '%250A%0A');
  });
});

describe('README: the GitHub Actions steps', () => {
  // The steps' commands as bash runs them on a runner, with council-report on the path; what
  // only GitHub can do (annotations, the upload) is not run here.
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n### GitHub Actions\n'));
  const snippet = section.slice(section.indexOf('```yaml\n') + 8, section.indexOf('\n```', section.indexOf('```yaml')));
  const commands = [...snippet.matchAll(/^ +run: (.*)$/gm)].map((m) => m[1]!);

  function step(command: string, cwd: string): { status: number | null; stdout: string } {
    const bin = join(cwd, '.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'council-report'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'council-report'), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env['PATH']}`, LC_ALL: '', LANG: 'C.UTF-8' };
    const r = spawnSync('bash', ['-e', '-c', command], { encoding: 'utf8', cwd, env });
    return { status: r.status, stdout: r.stdout };
  }

  test('the check fails on a finding and annotates it; the SARIF step passes and writes a valid log', () => {
    assert.equal(commands.length, 2, snippet);
    assert.match(
      snippet,
      /uses: github\/codeql-action\/upload-sarif@v\d+\n.*\n {4}with:\n {6}sarif_file: council-report\.sarif\n/,
    );
    const repo = mkdtempSync(join(tmpdir(), 'council-actions-'));
    mkdirSync(join(repo, 'reports'));
    writeFileSync(join(repo, 'reports', 'good.council'), 'Tekst.1\n\n1 Een.\n');
    assert.deepEqual(
      commands.map((c) => step(c, repo).status),
      [0, 0],
    );
    writeFileSync(join(repo, 'reports', 'broken.council'), BROKEN);
    const check = step(commands[0]!, repo);
    assert.equal(check.status, 1);
    assert.match(check.stdout, /^::error file=reports\/broken\.council,line=3,col=14,/);
    assert.equal(step(commands[1]!, repo).status, 0);
    const log = JSON.parse(readFileSync(join(repo, 'council-report.sarif'), 'utf8'));
    assertValidSarif(log);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'reports/broken.council');
    // A warning fails the check too (--max-warnings 0); bad input fails the SARIF step.
    writeFileSync(join(repo, 'reports', 'broken.council'), 'Tekst.1\n\n1 Een.\n2 Twee.\n');
    assert.equal(step(commands[0]!, repo).status, 1);
    writeFileSync(join(repo, 'reports', 'broken.council'), Buffer.from([0xff, 0xfe, 0x00]));
    assert.notEqual(step(commands[1]!, repo).status, 0);
  });
});
