// `council-report check --format sarif`, as a user runs it: the built dist/cli.js in a child
// process. Every log is validated against the real SARIF 2.1.0 schema (support/sarif-schema.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, test } from 'node:test';
import type * as Sarif from 'sarif';
import { analyse } from '../server/src/core/analysis';
import { DIAGNOSTIC_CODES } from '../server/src/core/codes';
import { MESSAGES } from '../server/src/core/messages';
import { toAnalysisOptions } from '../server/src/settings';
import { REPOSITORY_URL } from '../server/src/cli/sarif';
import { assertValidSarif, validateSarif } from './support/sarif-schema';

const { en, nl } = MESSAGES;
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const GOLDEN = join(import.meta.dirname, 'golden');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  repository: { url: string };
};

const validate = validateSarif;
const assertValid = assertValidSarif;

let dir: string;

function run(args: string[], cwd = dir, input = ''): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sarif(args: string[], cwd = dir, input = ''): { status: number | null; log: Sarif.Log; stderr: string } {
  const r = run(['check', '--format', 'sarif', ...args], cwd, input);
  const log = JSON.parse(r.stdout) as Sarif.Log;
  assertValid(log);
  return { status: r.status, log, stderr: r.stderr };
}

const BROKEN = ['1. Diversen', '', 'Tekst.1 Meer.2', '', '1 Een.', '3 Niet gebruikt.', ''].join('\n');

/** The golden log: the driver's version and the working directory's address made constant. */
function normalised(log: Sarif.Log, cwd: string): string {
  const copy = structuredClone(log);
  const run = copy.runs[0]!;
  run.tool.driver.version = 'VERSION';
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });
  run.originalUriBaseIds = { '%SRCROOT%': { uri: 'file:///WORKDIR/' } };
  return JSON.stringify(copy, null, 2);
}

/** The text with a SARIF fix's replacements made: 1-based lines, UTF-16 columns. */
function applyFix(text: string, fix: Sarif.Fix): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  const offset = (line: number, column: number): number => starts[line - 1]! + column - 1;
  const replacements = fix.artifactChanges.flatMap((c) => c.replacements ?? []);
  const spans = replacements.map((r) => {
    const d = r.deletedRegion;
    return {
      from: offset(d.startLine!, d.startColumn!),
      to: offset(d.endLine!, d.endColumn!),
      text: r.insertedContent!.text!,
    };
  });
  let out = text;
  for (const s of spans.sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'council-sarif-'));
});

describe('check --format sarif', () => {
  test('the schema validation bites: logs that break the schema are rejected', () => {
    writeFileSync(join(dir, 'broken.council'), BROKEN);
    const { log } = sarif(['broken.council']);
    const broken = (change: (log: Sarif.Log & Record<string, unknown>) => void): unknown => {
      const copy = structuredClone(log) as Sarif.Log & Record<string, unknown>;
      change(copy);
      return copy;
    };
    const invalid: [string, unknown][] = [
      ['no version', broken((l) => delete (l as Partial<Sarif.Log>).version)],
      ['another version', broken((l) => ((l as { version: string }).version = '2.0.0'))],
      ['a level SARIF does not know', broken((l) => ((l.runs[0]!.results![0]! as { level: string }).level = 'fatal'))],
      ['line 0', broken((l) => (l.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0))],
      ['a helpUri that is no URI', broken((l) => (l.runs[0]!.tool.driver.rules![0]!.helpUri = 'not a uri'))],
      ['a property SARIF does not have', broken((l) => (l['extra'] = true))],
      ['another columnKind', broken((l) => ((l.runs[0] as { columnKind: string }).columnKind = 'codePoints'))],
    ];
    for (const [what, log] of invalid) assert.equal(validate(log), false, what);
  });

  test('two reports against the golden log (paths relative, version made constant)', () => {
    const { status, log } = sarif(['footnotes.council', 'headings.council'], GOLDEN);
    assert.equal(status, 1);
    assert.equal(log.runs[0]!.tool.driver.version, PACKAGE.version);
    const actual = normalised(log, GOLDEN);
    const file = join(GOLDEN, 'check.sarif');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, `${actual}\n`);
    assert.equal(`${actual}\n`, readFileSync(file, 'utf8'));
  });

  test('the driver: name, version, informationUri, one rule per code in the language chosen', () => {
    assert.equal(REPOSITORY_URL, PACKAGE.repository.url.replace(/\.git$/, ''));
    for (const [lang, say] of [
      ['en', en],
      ['nl', nl],
    ] as const) {
      const { log } = sarif(['--lang', lang, join(GOLDEN, 'headings.council')]);
      const run = log.runs[0]!;
      const driver = run.tool.driver;
      assert.equal(driver.name, 'council-report');
      assert.equal(driver.version, PACKAGE.version);
      assert.equal(driver.informationUri, REPOSITORY_URL);
      assert.equal(run.language, lang);
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.deepEqual(
        driver.rules!.map((r) => [r.id, r.name, r.shortDescription!.text, r.fullDescription!.text, r.helpUri]),
        DIAGNOSTIC_CODES.map((code) => [
          code,
          code.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase()),
          say.findingSummary(code),
          say.findingDescription(code),
          `${REPOSITORY_URL}#${code}`,
        ]),
      );
      for (const result of run.results!) assert.equal(driver.rules![result.ruleIndex!]!.id, result.ruleId);
      assert.equal(run.results![0]!.message.text, say.numberGap('session', '3', 1, null));
    }
  });

  test("each rule's helpUri lands on its row of the README's Findings table", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const findings = readme.slice(
      readme.indexOf('\n## Findings\n'),
      readme.indexOf('\n## ', readme.indexOf('\n## Findings\n') + 1),
    );
    const headingSlugs = [...readme.matchAll(/^#+ (.*)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-'),
    );
    const { log } = sarif([join(GOLDEN, 'headings.council')]);
    for (const rule of log.runs[0]!.tool.driver.rules!) {
      const anchor = new URL(rule.helpUri!).hash.slice(1);
      assert.equal(anchor, rule.id);
      const row = findings.split('\n').find((line) => line.startsWith(`| <a id="${anchor}"></a>`));
      assert.ok(row?.startsWith(`| <a id="${anchor}"></a>\`${rule.id}\` |`), `a Findings row for ${rule.id}`);
      assert.equal(readme.split(`id="${anchor}"`).length, 2, `one element with id ${anchor}`);
      assert.ok(!headingSlugs.includes(anchor), `no heading is also #${anchor}`);
    }
  });

  test('each result: rule, level, message, and its place: a relative URI and a 1-based region in UTF-16 columns', () => {
    const { log } = sarif([join(GOLDEN, 'footnotes.council')], GOLDEN);
    const results = log.runs[0]!.results!;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level, r.message.text]),
      [
        ['footnote-order', 'warning', en.footnoteOutOfOrder(2)],
        ['footnote-undefined', 'error', en.footnoteUndefined(4)],
        ['footnote-unused', 'warning', en.footnoteUnused(5)],
      ],
    );
    const location = results[1]!.locations![0]!.physicalLocation!;
    assert.deepEqual(location.artifactLocation, { uri: 'footnotes.council', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(log.runs[0]!.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(GOLDEN).href}/` } });
    // "… De Raad 🇪🇺 steunde Eurojust.3 en Europol.4": the flag is 2 code points, 4 UTF-16 units.
    const line = readFileSync(join(GOLDEN, 'footnotes.council'), 'utf8').split('\n')[7]!;
    const at = line.indexOf('Europol.4') + 'Europol.'.length;
    assert.deepEqual(location.region, { startLine: 8, startColumn: at + 1, endLine: 8, endColumn: at + 2 });
    assert.notEqual([...line.slice(0, at)].length, at, 'the line has characters of two UTF-16 units');
  });

  test("a config file's severities: information and hint are notes, and the level follows the effective severity", () => {
    mkdirSync(join(dir, 'levels'), { recursive: true });
    writeFileSync(
      join(dir, 'levels', '.council-report.json'),
      '{ "severity": { "footnote-undefined": "information", "footnote-unused": "hint" } }',
    );
    writeFileSync(join(dir, 'levels', 'b.council'), BROKEN);
    const { status, log } = sarif(['levels']);
    assert.equal(status, 0);
    assert.deepEqual(
      log.runs[0]!.results!.map((r) => [r.ruleId, r.level]),
      [
        ['footnote-undefined', 'note'],
        ['footnote-unused', 'note'],
      ],
    );
    // The rules keep their default level; a result carries the level in force.
    assert.equal(log.runs[0]!.tool.driver.rules![0]!.defaultConfiguration!.level, 'error');
    assert.deepEqual(sarif(['--quiet', 'levels']).log.runs[0]!.results, []);
  });

  test('artifact URIs: relative to the working directory, forward slashes, percent-encoded; stdin', () => {
    mkdirSync(join(dir, 'sub dir'), { recursive: true });
    writeFileSync(join(dir, 'sub dir', 'ä:b,c%.council'), BROKEN);
    const uri = (log: Sarif.Log): unknown =>
      log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation;
    const expected = { uri: 'sub%20dir/%C3%A4%3Ab%2Cc%25.council', uriBaseId: '%SRCROOT%' };
    assert.deepEqual(uri(sarif(['sub dir/ä:b,c%.council']).log), expected);
    assert.deepEqual(uri(sarif([join(dir, 'sub dir', 'ä:b,c%.council')]).log), expected);
    assert.deepEqual(uri(sarif(['ä:b,c%.council'], join(dir, 'sub dir')).log), {
      uri: '%C3%A4%3Ab%2Cc%25.council',
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(uri(sarif(['-'], dir, BROKEN).log), { uri: 'stdin', description: { text: 'standard input' } });
  });

  test('the safe quick fixes are attached, and each removes its finding; a fix that removes a note is not', () => {
    const { log } = sarif(['footnotes.council', 'headings.council'], GOLDEN);
    const results = log.runs[0]!.results!;
    assert.deepEqual(
      results.map((r) => [r.locations![0]!.physicalLocation!.artifactLocation!.uri, r.ruleId, r.fixes?.length ?? 0]),
      [
        ['footnotes.council', 'footnote-order', 1],
        ['footnotes.council', 'footnote-undefined', 1],
        ['footnotes.council', 'footnote-unused', 0],
        ['headings.council', 'session-number-gap', 1],
        ['headings.council', 'session-number-missing', 1],
        ['headings.council', 'domain-number-duplicate', 1],
        // The same note twice: its quick fix removes the repeat, which is not a safe fix.
        ['headings.council', 'footnote-duplicate', 0],
      ],
    );
    for (const result of results.filter((r) => r.fixes)) {
      const fix = result.fixes![0]!;
      const uri = fix.artifactChanges[0]!.artifactLocation.uri!;
      assert.equal(uri, result.locations![0]!.physicalLocation!.artifactLocation!.uri);
      const text = readFileSync(join(GOLDEN, decodeURIComponent(uri)), 'utf8');
      const fixed = analyse(applyFix(text, fix), toAnalysisOptions(null));
      const line = result.locations![0]!.physicalLocation!.region!.startLine! - 1;
      assert.ok(
        !fixed.diagnostics.some((d) => d.code === result.ruleId && d.range.start.line === line),
        `${uri}: ${fix.description!.text} removes ${result.ruleId}`,
      );
    }
    const undefinedNote = results[1]!.fixes![0]!;
    assert.equal(undefinedNote.description!.text, en.fixAddNote(4));
    const text = readFileSync(join(GOLDEN, 'footnotes.council'), 'utf8');
    assert.equal(applyFix(text, undefinedNote), text.replace('nr. 3.\n', 'nr. 3.\n4 …\n'));
  });

  test('--quiet: the error results only, all the rules', () => {
    const { status, log } = sarif(['--quiet', 'footnotes.council', 'headings.council'], GOLDEN);
    assert.equal(status, 1);
    assert.deepEqual(
      log.runs[0]!.results!.map((r) => [r.ruleId, r.level]),
      [
        ['footnote-undefined', 'error'],
        ['footnote-duplicate', 'error'],
      ],
    );
    assert.equal(log.runs[0]!.tool.driver.rules!.length, DIAGNOSTIC_CODES.length);
  });

  test('an unreadable file: a valid log whose invocation did not succeed, the reason on stderr, exit 2', () => {
    writeFileSync(join(dir, 'clean.council'), 'Tekst.\n');
    const { status, log, stderr } = sarif(['clean.council', 'missing.council']);
    assert.equal(status, 2);
    assert.deepEqual(log.runs[0]!.invocations, [{ executionSuccessful: false }]);
    assert.deepEqual(log.runs[0]!.results, []);
    assert.equal(stderr, 'council-report: missing.council: cannot read: no such file\n');
    assert.deepEqual(sarif(['clean.council']).log.runs[0]!.invocations, [{ executionSuccessful: true }]);
  });
});
