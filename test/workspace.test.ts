// The server's reading of council reports from the workspace folders: real files in a
// temporary folder, since this is the one module that does file I/O.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CouncilDocument } from '../server/src/parser/model';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from '../server/src/parser/options';
import { parse } from '../server/src/parser/parse';
import {
  DEFAULT_WORKSPACE_LIMITS,
  filePathOf,
  WorkspaceReports,
  type WorkspaceLimits,
} from '../server/src/server/workspace';

let root: string; // the workspace folder
let outside: string; // a folder next to it, reachable only through symbolic links

const report = (title: string): string => `Geachte Voorzitter,\n\n1. ${title}\nTekst.\n`;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

before(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'council-workspace-'));
  root = path.join(base, 'werkmap');
  outside = path.join(base, 'elders');
  write(path.join(root, 'a.council'), report('Diversen'));
  write(path.join(root, 'verslagen', 'b.council'), `\uFEFF${report('Werklunch – Migratie')}`);
  write(path.join(root, 'verslagen', '2026', 'c.COUNCIL'), report('Plenaire sessie - Schengen'));
  write(path.join(root, 'notities.txt'), report('Geen verslag'));
  write(path.join(root, 'node_modules', 'pakket', 'd.council'), report('Uit een pakket'));
  write(path.join(root, '.git', 'e.council'), report('Uit een verborgen map'));
  write(path.join(root, 'groot.council'), report('Te groot') + 'x'.repeat(3_000_000));
  write(path.join(outside, 'geheim.council'), report('Buiten de werkmap'));
  symlinkSync(outside, path.join(root, 'link-naar-elders'), 'dir');
  symlinkSync(path.join(outside, 'geheim.council'), path.join(root, 'link.council'), 'file');
});

after(() => rmSync(path.dirname(root), { recursive: true, force: true }));

/** "verslagen/b.council '1. Werklunch – Migratie'" per report, relative to the folder. */
function dump(reports: readonly { uri: string; document: CouncilDocument }[]): string[] {
  return reports
    .map((r) => {
      const file = path.relative(root, filePathOf(r.uri)!).split(path.sep).join('/');
      const first = r.document.outline[0];
      return `${file} '${first ? `${first.heading.numberText}. ${first.heading.title}` : ''}'`;
    })
    .sort();
}

function counting(limits: WorkspaceLimits = DEFAULT_WORKSPACE_LIMITS): {
  workspace: WorkspaceReports;
  parsed: string[];
} {
  const parsed: string[] = [];
  const workspace = new WorkspaceReports(limits, (text: string, options: ParseOptions) => {
    parsed.push(text.split('\n')[2]!);
    return parse(text, options);
  });
  workspace.setFolders([pathToFileURL(root).href]);
  return { workspace, parsed };
}

const nothingOpen = (): boolean => false;

test('reads the .council files under the folder; not node_modules, dot-folders, other files, symbolic links or files too large', async () => {
  const { workspace } = counting();
  const reports = await workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen);
  assert.deepEqual(dump(reports), [
    "a.council '1. Diversen'",
    "verslagen/2026/c.COUNCIL '1. Plenaire sessie - Schengen'",
    "verslagen/b.council '1. Werklunch – Migratie'",
  ]);
  assert.ok(reports.every((r) => r.uri.startsWith('file:///')));
  // The byte-order mark is dropped, as VS Code drops it: the heading starts in column 0.
  const b = reports.find((r) => r.uri.endsWith('/b.council'))!;
  assert.equal(b.document.outline[0]!.heading.range.start.character, 0);
});

test('leaves out the files open in the editor', async () => {
  const { workspace } = counting();
  const open = path.join(root, 'a.council');
  assert.deepEqual(dump(await workspace.reports(DEFAULT_PARSE_OPTIONS, (f) => f === open)), [
    "verslagen/2026/c.COUNCIL '1. Plenaire sessie - Schengen'",
    "verslagen/b.council '1. Werklunch – Migratie'",
  ]);
});

test('parses a file again only when it changed on disk or the settings did; forgets deleted files', async () => {
  const { workspace, parsed } = counting();
  await workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen);
  assert.equal(parsed.length, 3);
  parsed.length = 0;
  await workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen);
  assert.deepEqual(parsed, []);

  const a = path.join(root, 'a.council');
  write(a, report('Overig'));
  utimesSync(a, new Date(2030, 0, 1), new Date(2030, 0, 1));
  assert.deepEqual(dump(await workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen))[0], "a.council '1. Overig'");
  assert.deepEqual(parsed, ['1. Overig']);

  parsed.length = 0;
  const options: ParseOptions = {
    ...DEFAULT_PARSE_OPTIONS,
    sessionKinds: [...DEFAULT_PARSE_OPTIONS.sessionKinds, 'Werkbezoek'],
  };
  await workspace.reports(options, nothingOpen);
  assert.equal(parsed.length, 3);

  const extra = path.join(root, 'verslagen', 'weg.council');
  write(extra, report('Tijdelijk'));
  assert.equal((await workspace.reports(options, nothingOpen)).length, 4);
  unlinkSync(extra);
  assert.deepEqual(dump(await workspace.reports(options, nothingOpen)), [
    "a.council '1. Overig'",
    "verslagen/2026/c.COUNCIL '1. Plenaire sessie - Schengen'",
    "verslagen/b.council '1. Werklunch – Migratie'",
  ]);
  write(a, report('Diversen'));
});

test('stops at the file and folder limits, keeping the shallow files', async () => {
  // Three files looked at: a.council, groot.council (too large to read) and verslagen/b.council.
  const files = counting({ ...DEFAULT_WORKSPACE_LIMITS, maxFiles: 3 });
  assert.deepEqual(dump(await files.workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen)), [
    "a.council '1. Diversen'",
    "verslagen/b.council '1. Werklunch – Migratie'",
  ]);
  const folders = counting({ ...DEFAULT_WORKSPACE_LIMITS, maxDirectories: 1 });
  assert.deepEqual(dump(await folders.workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen)), [
    "a.council '1. Diversen'",
  ]);
});

test('follows the workspace folders as they change; ignores folders that are not on disk', async () => {
  const { workspace } = counting();
  const sub = pathToFileURL(path.join(root, 'verslagen', '2026')).href;
  workspace.setFolders([sub, 'vscode-vfs://github/owner/repo']);
  assert.deepEqual(dump(await workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen)), [
    "verslagen/2026/c.COUNCIL '1. Plenaire sessie - Schengen'",
  ]);
  workspace.changeFolders([pathToFileURL(path.join(root, 'verslagen')).href], [sub]);
  assert.deepEqual(dump(await workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen)), [
    "verslagen/2026/c.COUNCIL '1. Plenaire sessie - Schengen'",
    "verslagen/b.council '1. Werklunch – Migratie'",
  ]);
  workspace.changeFolders([], [pathToFileURL(path.join(root, 'verslagen')).href]);
  assert.deepEqual(await workspace.reports(DEFAULT_PARSE_OPTIONS, nothingOpen), []);
});
