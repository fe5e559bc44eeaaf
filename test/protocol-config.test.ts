// `.council-report.json` in the editor, over the protocol: the built server in a child process,
// with reports and config files in a scratch repository on disk. The server watches the files
// through the client (workspace/didChangeWatchedFiles), applies a change at once, says a bad
// file once, and keeps the last good settings meanwhile.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import {
  DiagnosticSeverity,
  FileChangeType,
  MessageType,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { LspClient, registeredMethods, useServer } from './support/lsp-client';

const LIMIT = { timeout: 15_000 };
const SEVERITY: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** "line:character code severity", one per finding. */
function findings(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map(
    (d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${SEVERITY[d.severity!]}`,
  );
}

/** One unused note (a warning by default). */
const REPORT = ['1. Diversen', '', 'Tekst.1', '', '1 Een.', '2 Twee.', ''].join('\n');
const UNUSED = (severity: string) => [`5:0 footnote-unused ${severity}`];

let repo: string;

before(() => {
  repo = mkdtempSync(join(tmpdir(), 'council-protocol-config-'));
  mkdirSync(join(repo, '.git'));
});

/** A folder of its own in the repository, with a report in it; its uri. */
function folderWithReport(name: string): { dir: string; uri: string } {
  const dir = join(repo, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'verslag.council'), REPORT);
  return { dir, uri: pathToFileURL(join(dir, 'verslag.council')).href };
}

function writeConfig(dir: string, text: string): { uri: string; type: FileChangeType } {
  writeFileSync(join(dir, '.council-report.json'), text);
  return { uri: pathToFileURL(join(dir, '.council-report.json')).href, type: FileChangeType.Changed };
}

describe('.council-report.json in the language server', () => {
  let client: LspClient;
  useServer({}, (started) => (client = started.client));

  it('asks the client to watch every .council-report.json, and the reports (for their agendas)', LIMIT, async () => {
    const request = await client.serverRequest('client/registerCapability', (r) =>
      registeredMethods(r).includes('workspace/didChangeWatchedFiles'),
    );
    const { registrations } = request.params as { registrations: { method: string; registerOptions?: unknown }[] };
    assert.deepEqual(registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions, {
      watchers: [{ globPattern: '**/.council-report.json' }, { globPattern: '**/*.council' }],
    });
  });

  it('checks a report with its nearest config file; a change is applied at once', LIMIT, async () => {
    const { dir, uri } = folderWithReport('team');
    writeConfig(repo, '{ "severity": { "footnote-unused": "hint" } }');
    writeConfig(dir, '// the team\'s own\n{ "severity": { "footnote-unused": "error" }, }');
    const opened = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    assert.deepEqual(findings(await opened), UNUSED('error'));

    const republished = client.nextDiagnostics(uri, 1);
    await client.changeWatchedFiles([writeConfig(dir, '{ "severity": { "footnote-unused": "information" } }')]);
    assert.deepEqual(findings(await republished), UNUSED('information'));

    // Deleted: the file above applies.
    rmSync(join(dir, '.council-report.json'));
    const afterDelete = client.nextDiagnostics(uri, 1);
    await client.changeWatchedFiles([
      { uri: pathToFileURL(join(dir, '.council-report.json')).href, type: FileChangeType.Deleted },
    ]);
    assert.deepEqual(findings(await afterDelete), UNUSED('hint'));
    await client.close(uri);
    rmSync(join(repo, '.council-report.json'));
    await client.changeWatchedFiles([
      { uri: pathToFileURL(join(repo, '.council-report.json')).href, type: FileChangeType.Deleted },
    ]);
  });

  it(
    'a bad config file: one message naming it and the key; the report keeps the last good settings',
    LIMIT,
    async () => {
      const { dir, uri } = folderWithReport('broken');
      writeConfig(dir, '{ "severity": { "footnote-unused": "error" } }');
      const opened = client.nextDiagnostics(uri, 1);
      await client.open(uri, REPORT, 1);
      assert.deepEqual(findings(await opened), UNUSED('error'));

      const shown = client.nextShownMessage();
      const republished = client.nextDiagnostics(uri, 1);
      const before = client.shownMessages.length;
      await client.changeWatchedFiles([writeConfig(dir, '{ "severity": { "footnote-unused": "fatal" } }')]);
      assert.deepEqual(await shown, {
        type: MessageType.Error,
        message: `${join(dir, '.council-report.json')}:1:36: severity.footnote-unused: takes error, warning, information, hint or off, not "fatal"`,
      });
      assert.deepEqual(findings(await republished), UNUSED('error'));

      // Edits go on with the last good settings, and the message is not repeated.
      const edited = client.nextDiagnostics(uri, 2);
      await client.change(uri, 2, [
        { range: { start: { line: 2, character: 6 }, end: { line: 2, character: 6 } }, text: ' Meer.' },
      ]);
      assert.deepEqual(findings(await edited), UNUSED('error'));
      assert.equal(client.shownMessages.length, before + 1);

      // Mended: applied at once.
      const mended = client.nextDiagnostics(uri, 2);
      await client.changeWatchedFiles([writeConfig(dir, '{ "severity": { "footnote-unused": "off" } }')]);
      assert.deepEqual(findings(await mended), []);
      await client.close(uri);
    },
  );

  it('a config file that is bad from the start: the user settings, and one message', LIMIT, async () => {
    const { dir, uri } = folderWithReport('bad-from-start');
    writeConfig(dir, '{ "labels": ["Debat"]\n  "topicHeadings": false }');
    const shown = client.nextShownMessage();
    const opened = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    assert.equal((await shown).message, `${join(dir, '.council-report.json')}:2:3: not valid JSON: a comma expected`);
    assert.deepEqual(findings(await opened), UNUSED('warning'));
    await client.close(uri);
  });

  it('a report without a config file, or not on disk, keeps the user settings', LIMIT, async () => {
    const { uri } = folderWithReport('plain');
    for (const u of [uri, 'untitled:Untitled-1']) {
      const opened = client.nextDiagnostics(u, 1);
      await client.open(u, REPORT, 1);
      assert.deepEqual(findings(await opened), UNUSED('warning'), u);
      await client.close(u);
    }
  });
});
