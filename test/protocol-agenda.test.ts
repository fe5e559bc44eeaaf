// A report and its annotated agenda in the editor, over the protocol: the built server in a
// child process, with a workspace folder on disk holding an agenda and reports written here.
// The server drafts a new report from the agenda, pairs each open report with the agenda of its
// meeting (or one picked by hand), checks it against it, and crosses between the two with Go to
// Definition and Hover.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import {
  FileChangeType,
  TextDocumentEdit,
  type CodeAction,
  type Command,
  type Diagnostic,
  type Hover,
  type LocationLink,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { newReportFromAgenda } from '../server/src/edits/newReport';
import { LineText } from '../server/src/edits/sourceText';
import { parse } from '../server/src/parser/parse';
import { PLACEHOLDER } from '../server/src/parser/placeholders';
import { applyToText } from './support/edits';
import { CLIENT_CAPABILITIES, LspClient, useServer } from './support/lsp-client';

const LIMIT = { timeout: 20_000 };

const AGENDA = [
  'Geachte Voorzitter,',
  '',
  'Hierbij bied ik u de geannoteerde agenda aan voor de Landbouwraad van 3 mei 2027.',
  '',
  'Geannoteerde agenda van de Landbouwraad van 3 mei 2027',
  '',
  '1. Visserijbeleid in de Noordzee',
  '= Beleidsdebat',
  '',
  'Het voorzitterschap wil een debat over de vangstquota. Nederland steunt',
  'een plan voor meerdere jaren.',
  '',
  'Het kabinet wil ruimte voor de kustvisserij.',
  '',
  '2. Dierenwelzijn bij transport',
  '',
  'De Commissie presenteert haar voorstel. Het kabinet is positief.',
  '',
  '3. Diversen',
  '',
  'Onder dit punt informeert de Commissie de Raad.',
  '',
  'De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,',
  '',
  'J. de Boer',
  '',
].join('\n');

/** A report of `council` on `date` with the first and last item of AGENDA: the second is missing. */
function reportOf(council: string, date: string): string {
  return [
    'Geachte Voorzitter,',
    '',
    `Hierbij bied ik u het verslag aan van de ${council} van ${date}.`,
    '',
    `Verslag van de ${council} van ${date}`,
    '',
    '1. Visserijbeleid in de Noordzee',
    '',
    'De Raad sprak over de quota.',
    '',
    '2. Diversen',
    '',
    'Er waren geen punten.',
    '',
  ].join('\n');
}

const REPORT = reportOf('Landbouwraad', '3 mei 2027');
/** The lines of the headings in AGENDA and REPORT. */
const AGENDA_FISHERIES = 6;
const REPORT_FISHERIES = 6;
const REPORT_OTHER = 10;

const folder = mkdtempSync(join(tmpdir(), 'council-protocol-agenda-'));
const uriOf = (...parts: string[]) => pathToFileURL(join(folder, ...parts)).href;
function write(text: string, ...parts: string[]): string {
  mkdirSync(join(folder, ...parts.slice(0, -1)), { recursive: true });
  writeFileSync(join(folder, ...parts), text);
  return uriOf(...parts);
}
const agendaUri = write(AGENDA, 'agenda-landbouwraad.council');
// A config file that switches the pairing off for its folder, with an agenda and report there.
write('{ "agendaPairing": false }', 'uit', '.council-report.json');
write(AGENDA.replaceAll('Landbouwraad', 'Visserijraad'), 'uit', 'agenda-visserijraad.council');

/** Publications for `uri` until one `holds`; `first` is awaited first when given. */
async function diagnosticsUntil(
  client: LspClient,
  uri: string,
  holds: (p: PublishDiagnosticsParams) => boolean,
  first?: Promise<PublishDiagnosticsParams>,
): Promise<PublishDiagnosticsParams> {
  let published = await (first ?? client.nextDiagnostics(uri));
  while (!holds(published)) published = await client.nextDiagnostics(uri);
  return published;
}

const missing = (p: PublishDiagnosticsParams): Diagnostic[] =>
  p.diagnostics.filter((d) => d.code === 'agenda-item-missing');
const messages = (p: PublishDiagnosticsParams): string[] =>
  missing(p).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
const MISSING_ANIMALS =
  'Agenda item "Dierenwelzijn bij transport" has no session in this report. It goes after "1. Visserijbeleid in de Noordzee".';

function editsIn(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  assert.ok(edit, 'expected a WorkspaceEdit');
  const changes = (edit.documentChanges ?? []).filter(
    (c): c is TextDocumentEdit => TextDocumentEdit.is(c) && c.textDocument.uri === uri,
  );
  return [...changes.flatMap((c) => c.edits as TextEdit[]), ...(edit.changes?.[uri] ?? [])];
}

const at = (line: number, character = 3) => ({ line, character });

describe('the agenda commands in package.json', () => {
  const read = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', file), 'utf8')) as unknown;
  const manifest = read('package.json') as { contributes: { commands: { command: string; title: string }[] } };
  const titles = (strings: Record<string, string>) =>
    manifest.contributes.commands
      .filter((c) => /Agenda$/.test(c.command))
      .map((c) => [c.command, strings[c.title.replace(/^%(.+)%$/, '$1')]]);

  it('are declared with English and Dutch titles', () => {
    assert.deepEqual(titles(read('package.nls.json') as Record<string, string>), [
      ['councilReport.newReportFromAgenda', 'New Report from Annotated Agenda'],
      ['councilReport.compareWithAgenda', 'Compare with Annotated Agenda…'],
    ]);
    assert.deepEqual(titles(read('package.nls.nl.json') as Record<string, string>), [
      ['councilReport.newReportFromAgenda', 'Nieuw verslag uit geannoteerde agenda'],
      ['councilReport.compareWithAgenda', 'Vergelijken met geannoteerde agenda…'],
    ]);
  });
});

describe('a report and its annotated agenda in the language server', () => {
  let client: LspClient;
  useServer({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'agenda' }] }, (started) => {
    client = started.client;
  });

  it('drafts a new report from the open agenda, with the cursor on the first placeholder', LIMIT, async () => {
    const opened = client.nextDiagnostics(agendaUri, 1);
    await client.open(agendaUri, AGENDA, 1);
    await opened;
    const answer = (await client.executeCommand('councilReport.draftReportFromAgenda', [
      { agenda: { uri: agendaUri } },
    ])) as { text: string; cursor: { line: number; character: number } };
    const expected = newReportFromAgenda(parse(AGENDA), new LineText(AGENDA));
    assert.equal(answer.text, expected.text);
    assert.deepEqual(answer.cursor, { line: expected.placeholderLines[0], character: 0 });
    assert.equal(answer.text.split('\n')[answer.cursor.line], PLACEHOLDER);
    assert.equal(answer.text.split('\n')[answer.cursor.line - 2], '1. Visserijbeleid in de Noordzee');
    await client.close(agendaUri);
  });

  it('drafts from an agenda on disk that is not open; an unreadable one is refused', LIMIT, async () => {
    const answer = (await client.executeCommand('councilReport.draftReportFromAgenda', [
      { agenda: { uri: agendaUri } },
    ])) as { text: string };
    assert.equal(answer.text, newReportFromAgenda(parse(AGENDA), new LineText(AGENDA)).text);
    await assert.rejects(
      client.executeCommand('councilReport.draftReportFromAgenda', [{ agenda: { uri: uriOf('weg.council') } }]),
      /could not be read/,
    );
    // Only a council report is read from disk: not any file whose uri a client sends.
    const secret = write(AGENDA, 'agenda.txt');
    await assert.rejects(
      client.executeCommand('councilReport.draftReportFromAgenda', [{ agenda: { uri: secret } }]),
      /could not be read/,
    );
  });

  it('checks a report against the agenda on disk of its meeting: the item it lacks', LIMIT, async () => {
    const uri = write(REPORT, 'verslag.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    const published = await diagnosticsUntil(client, uri, (p) => missing(p).length > 0, first);
    assert.deepEqual(messages(published), [MISSING_ANIMALS]);
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['agenda-item-missing'],
    );
    await client.close(uri);
  });

  it('pairs nothing where the config file switches agendaPairing off', LIMIT, async () => {
    const text = reportOf('Visserijraad', '3 mei 2027');
    const uri = write(text, 'uit', 'verslag.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, text, 1);
    assert.deepEqual((await first).diagnostics, []);
    // Its agenda picked by hand: checked against it after all.
    const answer = await client.executeCommand('councilReport.pairWithAgenda', [
      { report: { uri }, agenda: { uri: uriOf('uit', 'agenda-visserijraad.council') } },
    ]);
    assert.deepEqual(answer, { missing: 1 });
    const paired = await diagnosticsUntil(client, uri, (p) => missing(p).length > 0);
    assert.deepEqual(messages(paired), [MISSING_ANIMALS]);
    await client.close(uri);
  });

  it('a report of another meeting pairs with the agenda picked by hand', LIMIT, async () => {
    const text = reportOf('Milieuraad', '9 juni 2027');
    const uri = uriOf('ander.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, text, 1);
    assert.deepEqual((await first).diagnostics, []);
    const pairedPublication = client.nextDiagnostics(uri, 1);
    assert.deepEqual(
      await client.executeCommand('councilReport.pairWithAgenda', [{ report: { uri }, agenda: { uri: agendaUri } }]),
      { missing: 1 },
    );
    assert.deepEqual(messages(await pairedPublication), [MISSING_ANIMALS]);
    assert.equal(
      await client.executeCommand('councilReport.pairWithAgenda', [
        { report: { uri }, agenda: { uri: uriOf('weg.council') } },
      ]),
      null,
    );
    await client.close(uri);
  });

  it('Go to Definition crosses from a session heading to its agenda item, and back', LIMIT, async () => {
    const uri = write(REPORT, 'verslag.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    await diagnosticsUntil(client, uri, (p) => missing(p).length > 0, first);
    const [link, ...more] = (await client.definition(uri, at(REPORT_FISHERIES))) as LocationLink[];
    assert.equal(more.length, 0);
    assert.equal(link!.targetUri, agendaUri);
    assert.deepEqual(link!.targetSelectionRange.start, { line: AGENDA_FISHERIES, character: 0 });
    assert.deepEqual(await client.definition(uri, at(REPORT_FISHERIES + 2)), []);

    // From the agenda, open now, to the open report's session.
    const agendaOpened = client.nextDiagnostics(agendaUri, 1);
    await client.open(agendaUri, AGENDA, 1);
    await agendaOpened;
    const republished = await diagnosticsUntil(client, uri, (p) => missing(p).length > 0);
    assert.deepEqual(messages(republished), [MISSING_ANIMALS]);
    const back = (await client.definition(agendaUri, at(AGENDA_FISHERIES))) as LocationLink[];
    assert.deepEqual(
      back.map((l) => [l.targetUri, l.targetSelectionRange.start.line]),
      [[uri, REPORT_FISHERIES]],
    );
    // The agenda's item the report lacks leads nowhere.
    assert.deepEqual(await client.definition(agendaUri, at(14)), []);
    await client.close(agendaUri);
    await client.close(uri);
  });

  it("Hover on a session heading shows the agenda's text of the item", LIMIT, async () => {
    const uri = write(REPORT, 'verslag.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    await diagnosticsUntil(client, uri, (p) => missing(p).length > 0, first);
    const shown = (await client.hover(uri, at(REPORT_FISHERIES))) as Hover;
    assert.deepEqual(shown.contents, {
      kind: 'markdown',
      value: [
        '**The annotated agenda on "Visserijbeleid in de Noordzee":**',
        'Het voorzitterschap wil een debat over de vangstquota. Nederland steunt een plan voor meerdere jaren.',
        'Het kabinet wil ruimte voor de kustvisserij.',
      ].join('\n\n'),
    });
    assert.equal(((await client.hover(uri, at(REPORT_OTHER))) as Hover).range?.start.line, REPORT_OTHER);
    assert.equal(await client.hover(uri, at(REPORT_OTHER + 2)), null);
    await client.close(uri);
  });

  it('the quick fix inserts the missing item; the agenda changed on disk is read again', LIMIT, async () => {
    const uri = write(REPORT, 'verslag.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    const published = await diagnosticsUntil(client, uri, (p) => missing(p).length > 0, first);
    const diagnostic = missing(published)[0]!;
    const actions = (await client.codeActions(uri, diagnostic.range, {
      diagnostics: [diagnostic],
      only: ['quickfix'],
    })) as (CodeAction | Command)[];
    const fix = actions.find((a): a is CodeAction => 'edit' in a && a.title.includes('Dierenwelzijn'));
    assert.ok(fix, JSON.stringify(actions));
    const fixed = applyToText(REPORT, editsIn(fix.edit, uri));
    const changed = client.nextDiagnostics(uri, 2);
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await changed;
    assert.deepEqual(missing(after), []);
    assert.ok(fixed.includes('Dierenwelzijn bij transport'));

    // A fourth item added to the agenda on disk: the report lacks it now.
    const more = AGENDA.replace('3. Diversen', '3. Bosstrategie\n\nGeen tekst.\n\n4. Diversen');
    writeFileSync(join(folder, 'agenda-landbouwraad.council'), more);
    const reread = diagnosticsUntil(client, uri, (p) => missing(p).length > 0);
    await client.changeWatchedFiles([{ uri: agendaUri, type: FileChangeType.Changed }]);
    assert.deepEqual(
      messages(await reread).map((m) => m.split('"')[1]),
      ['Bosstrategie'],
    );
    writeFileSync(join(folder, 'agenda-landbouwraad.council'), AGENDA);
    await client.changeWatchedFiles([{ uri: agendaUri, type: FileChangeType.Changed }]);
    await client.close(uri);
  });
});

describe('the setting councilReport.agendaPairing', () => {
  let client: LspClient;
  // A client that pushes its settings, so that the test can set them.
  const capabilities = {
    ...CLIENT_CAPABILITIES,
    workspace: { ...CLIENT_CAPABILITIES.workspace, configuration: false },
  };
  useServer({ capabilities, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'agenda' }] }, (started) => {
    client = started.client;
  });
  const setPairing = (agendaPairing: boolean) =>
    client.notify('workspace/didChangeConfiguration', { settings: { councilReport: { agendaPairing } } });

  it('off: no report is checked against its agenda; on again: it is', LIMIT, async () => {
    await setPairing(false);
    const uri = uriOf('los.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    assert.deepEqual((await first).diagnostics, []);
    // Looked for on disk meanwhile, and still nothing.
    const again = client.nextDiagnostics(uri, 1);
    await client.changeWatchedFiles([{ uri: agendaUri, type: FileChangeType.Changed }]);
    await setPairing(false);
    assert.deepEqual((await again).diagnostics, []);
    const on = diagnosticsUntil(client, uri, (p) => missing(p).length > 0);
    await setPairing(true);
    assert.deepEqual(messages(await on), [MISSING_ANIMALS]);
    await client.close(uri);
  });

  it('an open agenda that is edited: its reports are checked against the new text at once', LIMIT, async () => {
    await setPairing(true);
    const uri = uriOf('los.council');
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT, 1);
    await diagnosticsUntil(client, uri, (p) => missing(p).length > 0, first);
    const agendaOpened = client.nextDiagnostics(agendaUri, 1);
    await client.open(agendaUri, AGENDA, 1);
    await agendaOpened;
    // The item the report lacks taken out of the agenda.
    const without = AGENDA.replace(/2\. Dierenwelzijn bij transport\n\n.*\n\n3\./, '2.');
    assert.notEqual(without, AGENDA);
    const none = diagnosticsUntil(client, uri, (p) => missing(p).length === 0);
    await client.change(agendaUri, 2, [{ text: without }]);
    assert.deepEqual((await none).diagnostics, []);
    await client.close(agendaUri);
    await client.close(uri);
  });
});
