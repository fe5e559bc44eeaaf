// `.council-report.json`: what the checker makes of a file's text (config/validate.ts), which
// file applies to a report (config/resolve.ts), and that the schema VS Code validates the file
// with says the same as the checker (server/schemas/council-report.schema.json).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { CONFIG_KEY_NAMES, SETTING_KEYS } from '../server/src/config/keys';
import { nodeConfigHost } from '../server/src/config/nodeHost';
import { ConfigFiles, type ConfigHost } from '../server/src/config/resolve';
import { describeConfigProblem, readConfig } from '../server/src/config/validate';
import { analyse } from '../server/src/core/analysis';
import { DIAGNOSTIC_CODES, FINDING_CODES, SEVERITY_SETTINGS } from '../server/src/core/codes';
import { toAnalysisOptions } from '../server/src/settings';

const root = join(import.meta.dirname, '..');

/** The one-line message for a text, as `.council-report.json` names it; 'ok' when it is good. */
function problemOf(text: string): string {
  const reading = readConfig(text);
  return reading.ok ? 'ok' : describeConfigProblem('.council-report.json', reading.problem);
}

describe('reading a config file', () => {
  test('comments and trailing commas are allowed; the settings come back as written', () => {
    const reading = readConfig(
      [
        '// Our team: a missing note is only a warning while drafting.',
        '{',
        '  "$schema": "./node_modules/council-report/server/schemas/council-report.schema.json",',
        '  "severity": { "footnote-undefined": "warning", /* for now */ "session-number-missing": "off", },',
        '  "sessionKinds": ["Ministersoverleg"],',
        '  "topicHeadings": false,',
        '  "extensions": [".TXT"],',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(reading, {
      ok: true,
      config: {
        severity: { 'footnote-undefined': 'warning', 'session-number-missing': 'off' },
        sessionKinds: ['Ministersoverleg'],
        topicHeadings: false,
        extensions: ['.txt'],
      },
    });
  });

  test('the config reaches the analysis as the same settings would', () => {
    const reading = readConfig('{ "severity": { "footnote-unused": "error" }, "footnotesInReferenceOrder": false }');
    assert.ok(reading.ok);
    const text = ['Een.1 Twee.3 Drie.2', '', '1 a.', '2 b.', '3 c.', '4 d.'].join('\n');
    assert.deepEqual(
      analyse(text, toAnalysisOptions(reading.config)).diagnostics.map((d) => `${d.code}:${d.severity}`),
      [`footnote-unused:${DiagnosticSeverity.Error}`],
    );
  });

  test('bad JSON: the line and column of the fault', () => {
    assert.equal(
      problemOf('{\n  "severity": {\n    "footnote-unused": "error"\n    "footnote-order": "off"\n  }\n}'),
      '.council-report.json:4:5: not valid JSON: a comma expected',
    );
    assert.equal(problemOf('{ "labels": ["a" '), '.council-report.json:1:18: not valid JSON: a closing ] expected');
    assert.equal(problemOf("{ 'labels': [] }"), '.council-report.json:1:3: not valid JSON: not JSON here');
    assert.equal(problemOf(''), '.council-report.json:1:1: the file is empty; write {} for no settings');
    assert.equal(
      problemOf('\r\n\r\n  {] '),
      '.council-report.json:3:4: not valid JSON: a key in double quotes expected',
    );
  });

  test('an unknown key: named, with the key it most likely meant, or the keys there are', () => {
    assert.equal(
      problemOf('{\n  "sevrity": {}\n}'),
      '.council-report.json:2:3: sevrity: unknown key; did you mean "severity"?',
    );
    assert.equal(
      problemOf('{ "rules": {} }'),
      `.council-report.json:1:3: rules: unknown key; the keys are ${CONFIG_KEY_NAMES.join(', ')}`,
    );
    assert.equal(
      problemOf('{ "councilReport.labels": [] }'),
      `.council-report.json:1:3: councilReport.labels: unknown key; the keys are ${CONFIG_KEY_NAMES.join(', ')}`,
    );
  });

  test('a value of the wrong type: the key and what it takes', () => {
    const cases: [string, string][] = [
      ['{ "topicHeadings": "no" }', '1:20: topicHeadings: takes true or false, not "no"'],
      ['{ "footnotesInReferenceOrder": 0 }', '1:32: footnotesInReferenceOrder: takes true or false, not 0'],
      ['{ "sessionKinds": "Werklunch" }', '1:19: sessionKinds: takes a list of words, ["…", "…"], not "Werklunch"'],
      ['{ "labels": ["Debat", 3] }', '1:23: labels[1]: takes a word or words in a string, not 3'],
      ['{ "domainTitles": [" "] }', '1:20: domainTitles[0]: takes a word or words in a string, not " "'],
      ['{ "severity": ["error"] }', '1:15: severity: takes an object, { "finding-code": "severity" }, not a list'],
      ['{ "extensions": ["txt"] }', '1:18: extensions[0]: takes a file extension with its dot, ".txt", not "txt"'],
      ['{ "extensions": "txt" }', '1:17: extensions: takes a list of file extensions, [".txt"], not "txt"'],
      ['{ "$schema": 1 }', '1:14: $schema: takes a string, not 1'],
      ['[]', '1:1: the file holds one object, { "key": value, … }, not a list'],
    ];
    for (const [text, expected] of cases) assert.equal(problemOf(text), `.council-report.json:${expected}`, text);
  });

  test('an unknown finding code or severity name', () => {
    assert.equal(
      problemOf('{ "severity": { "footnote-unusd": "error" } }'),
      '.council-report.json:1:17: severity.footnote-unusd: not a finding code; did you mean "footnote-unused"?',
    );
    assert.equal(
      problemOf('{ "severity": { "no-such-check": "error" } }'),
      `.council-report.json:1:17: severity.no-such-check: not a finding code; the codes are ${DIAGNOSTIC_CODES.join(', ')}`,
    );
    assert.equal(
      problemOf('{ "severity": { "footnote-order": "warn" } }'),
      '.council-report.json:1:35: severity.footnote-order: takes error, warning, information, hint or off, not "warn"',
    );
  });

  test('a key given twice is a problem, not a guess at which one counts', () => {
    assert.equal(
      problemOf('{ "labels": [],\n  "labels": ["Debat"] }'),
      '.council-report.json:2:3: labels: given twice; keep one',
    );
  });

  test('a byte-order mark is read past, and does not shift the columns', () => {
    assert.equal(
      problemOf('\uFEFF{ "labels": 1 }'),
      '.council-report.json:1:13: labels: takes a list of words, ["…", "…"], not 1',
    );
    assert.equal(problemOf('\uFEFF{}'), 'ok');
  });
});

/** A file system in a map: folders end in '/', as `/repo/.git/`. */
function memoryHost(entries: Record<string, string>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    isFile: (p) => p in entries,
    readFile: (p) => {
      reads.push(p);
      return p in entries ? { text: entries[p]! } : { error: 'no such file' };
    },
    isRepositoryRoot: (d) => `${d}/.git/` in entries || `${d}/.git` in entries,
    parent: (d) => (d === '/' ? null : d.slice(0, d.lastIndexOf('/')) || '/'),
    join: (d, n) => (d === '/' ? `/${n}` : `${d}/${n}`),
    display: (p) => p.slice(1),
  };
}

describe('which config file applies', () => {
  test('the nearest file wins, whole: files further up are not read', () => {
    const host = memoryHost({
      '/repo/.git/': '',
      '/repo/.council-report.json': '{ "labels": ["Boven"] }',
      '/repo/reports/jbz/.council-report.json': '{ "labels": ["Onder"] }',
    });
    const files = new ConfigFiles(host);
    assert.equal(files.fileFor('/repo/reports/jbz/2026'), '/repo/reports/jbz/.council-report.json');
    assert.equal(files.fileFor('/repo/reports/jbz'), '/repo/reports/jbz/.council-report.json');
    assert.equal(files.fileFor('/repo/reports'), '/repo/.council-report.json');
    assert.equal(files.fileFor('/repo'), '/repo/.council-report.json');
    assert.deepEqual(files.configFor('/repo/reports/jbz/2026'), {
      file: '/repo/reports/jbz/.council-report.json',
      ok: true,
      config: { labels: ['Onder'] },
    });
    assert.deepEqual(host.reads, ['/repo/reports/jbz/.council-report.json']);
  });

  test('the walk stops at the root of the repository, also a worktree whose .git is a file', () => {
    const host = memoryHost({
      '/home/.council-report.json': '{}',
      '/home/repo/.git/': '',
      '/home/worktree/.git': 'gitdir: /home/repo/.git/worktrees/x',
    });
    const files = new ConfigFiles(host);
    assert.equal(files.fileFor('/home/repo/reports'), null);
    assert.equal(files.fileFor('/home/worktree/reports'), null);
    assert.equal(files.fileFor('/home/elsewhere/reports'), '/home/.council-report.json');
  });

  test('outside a repository, up to the root of the file system', () => {
    const files = new ConfigFiles(memoryHost({ '/.council-report.json': '{}' }));
    assert.equal(files.fileFor('/a/b/c'), '/.council-report.json');
    assert.equal(new ConfigFiles(memoryHost({})).fileFor('/a/b/c'), null);
  });

  test('a bad file is a one-line message naming it; read again only after forget()', () => {
    const entries: Record<string, string> = { '/r/.git/': '', '/r/.council-report.json': '{ "labels": 1 }' };
    const host = memoryHost(entries);
    const files = new ConfigFiles(host);
    assert.deepEqual(files.configFor('/r/x'), {
      file: '/r/.council-report.json',
      ok: false,
      message: 'r/.council-report.json:1:13: labels: takes a list of words, ["…", "…"], not 1',
    });
    entries['/r/.council-report.json'] = '{ "labels": [] }';
    assert.equal(files.configFor('/r/x')?.ok, false);
    files.forget();
    assert.equal(files.configFor('/r/x')?.ok, true);
  });

  test('on disk: the Node host finds the nearest file and stops at .git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-config-'));
    mkdirSync(join(dir, 'repo', '.git'), { recursive: true });
    mkdirSync(join(dir, 'repo', 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, '.council-report.json'), '{}'); // above the repository: never read
    const files = new ConfigFiles(nodeConfigHost());
    assert.equal(files.fileFor(join(dir, 'repo', 'a', 'b')), null);
    writeFileSync(join(dir, 'repo', 'a', '.council-report.json'), '{ "topicHeadings": false }');
    files.forget();
    assert.equal(files.fileFor(join(dir, 'repo', 'a', 'b')), join(dir, 'repo', 'a', '.council-report.json'));
    mkdirSync(join(dir, 'repo', 'a', 'b', '.council-report.json'));
    files.forget();
    assert.equal(files.fileFor(join(dir, 'repo', 'a', 'b')), join(dir, 'repo', 'a', '.council-report.json'));
  });
});

describe('the JSON schema of the config file', () => {
  type Schema = Record<string, unknown> & { properties?: Record<string, Schema> };
  const schema = JSON.parse(readFileSync(join(root, 'server/schemas/council-report.schema.json'), 'utf8')) as Schema;
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: {
      jsonValidation: { fileMatch: string; url: string }[];
      languages: { id: string; filenames?: string[] }[];
      configuration: { properties: Record<string, Schema> };
    };
  };

  test("has the validator's keys, and no others", () => {
    assert.deepEqual(Object.keys(schema.properties ?? {}), [...CONFIG_KEY_NAMES]);
    assert.equal(schema['additionalProperties'], false);
    assert.equal(schema['allowTrailingCommas'], true);
  });

  test('lists every finding code with the five severities and its default, and nothing else', () => {
    const severity = schema.properties!['severity']!;
    assert.equal(severity['additionalProperties'], false);
    assert.deepEqual(Object.keys(severity.properties ?? {}), [...DIAGNOSTIC_CODES]);
    for (const { code, severity: byDefault } of FINDING_CODES) {
      const entry = severity.properties![code]!;
      assert.deepEqual([entry['type'], entry['enum'], entry['default']], ['string', [...SEVERITY_SETTINGS], byDefault]);
    }
  });

  test('the keys that are settings have the types and defaults of the settings in package.json', () => {
    const settings = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(settings).sort(), SETTING_KEYS.map((k) => `councilReport.${k}`).sort());
    for (const key of SETTING_KEYS) {
      const setting = settings[`councilReport.${key}`]!;
      const entry = schema.properties![key]!;
      assert.deepEqual(entry['type'], setting['type'], key);
      assert.deepEqual(entry['default'], setting['default'], key);
    }
  });

  test('VS Code validates .council-report.json with it, as JSON with comments', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [
      { fileMatch: '.council-report.json', url: './server/schemas/council-report.schema.json' },
    ]);
    const jsonc = manifest.contributes.languages.find((l) => l.id === 'jsonc');
    assert.deepEqual(jsonc?.filenames, ['.council-report.json']);
    const packaged = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(packaged.includes('!server/schemas/council-report.schema.json'), 'the .vsix holds the schema');
  });
});

test("the README's example config file is one the checker takes", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const example = /```jsonc\n(\/\/ \.council-report\.json[^\n]*\n[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'the README shows a .council-report.json');
  const reading = readConfig(example);
  assert.ok(reading.ok, reading.ok ? '' : describeConfigProblem('README.md', reading.problem));
  assert.deepEqual(Object.keys(reading.config), ['severity', 'sessionKinds', 'topicHeadings', 'extensions']);
});
