// The language server as VS Code meets it: the bundled dist/server.js in a child process,
// spoken to over stdio. Build first (`node esbuild.mjs`); these tests check what a user sees:
// the problems list, the outline, and Go to Definition on footnotes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  DiagnosticSeverity,
  SymbolKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Definition,
  type Diagnostic,
  type DefinitionLink,
  type DocumentSymbol,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { CLIENT_CAPABILITIES, LspClient, registeredMethods, useServer } from './support/lsp-client';
import { reportMaker, type TestDocument } from './support/test-document';
import { span } from './support/dump';
import { MESSAGES } from '../server/src/core/messages';

const { en, nl } = MESSAGES;

// A backstop, not a wait: a server that never answers fails the test instead of hanging the run.
const LIMIT = { timeout: 15_000 };

// ---- documents written as lines, with `|` marking cursor positions

const report = reportMaker('verslag');

// ---- readable dumps

const SEVERITY: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

function problems(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map(
    (d) =>
      `${span(d.range)} ${SEVERITY[d.severity ?? 0] ?? 'no severity'} ${String(d.code)} (${d.source ?? 'no source'})`,
  );
}

function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

const KIND: Partial<Record<SymbolKind, string>> = { [SymbolKind.Namespace]: 'namespace', [SymbolKind.Event]: 'event' };

function outline(result: DocumentSymbol[] | SymbolInformation[] | null): string[] {
  assert.ok(Array.isArray(result), `expected document symbols, got ${JSON.stringify(result)}`);
  const lines: string[] = [];
  const walk = (symbols: readonly DocumentSymbol[], depth: number): void => {
    for (const s of symbols) {
      assert.ok('selectionRange' in s, `expected hierarchical DocumentSymbols, got ${JSON.stringify(s)}`);
      lines.push(
        `${'  '.repeat(depth)}${s.detail ?? '?'} '${s.name}' ${KIND[s.kind] ?? s.kind} ${span(s.range)} heading ${span(s.selectionRange)}`,
      );
      walk(s.children ?? [], depth + 1);
    }
  };
  walk(result as DocumentSymbol[], 0);
  return lines;
}

/** Where each link leads, with the text there: "3:39-3:40 -> 8:0-8:27 '1 Kamerstuk ...'". */
function targets(doc: TestDocument, result: Definition | DefinitionLink[] | null): string[] {
  assert.ok(Array.isArray(result), `expected a list of definitions, got ${JSON.stringify(result)}`);
  return result.map((link) => {
    assert.ok('targetUri' in link, `expected LocationLinks (the client has linkSupport), got ${JSON.stringify(link)}`);
    assert.equal(link.targetUri, doc.uri);
    assert.ok(link.originSelectionRange, 'a link without originSelectionRange underlines nothing');
    const r = link.targetRange;
    const text = doc.lines.slice(r.start.line, r.end.line + 1);
    text[text.length - 1] = text[text.length - 1]!.slice(0, r.end.character);
    text[0] = text[0]!.slice(r.start.character);
    return `${span(link.originSelectionRange)} -> ${span(r)} '${text.join(' / ')}' number ${span(link.targetSelectionRange)}`;
  });
}

// ---- the reports

// A JBZ-Raad report with two domains and four problems: a gap in the session numbers of the
// second domain, an unnumbered session, a note numbered twice and a note nobody refers to.
const PROBLEM_REPORT = [
  'Aan de Voorzitter van de Tweede Kamer', // 0
  'der Staten-Generaal',
  '',
  'Geachte Voorzitter,',
  '',
  'Hierbij bied ik u het verslag aan van de JBZ-Raad.', // 5
  '',
  '1. Binnenlandse Zaken',
  '',
  '1. Werksessie I - Weerbaarheid van de lidstaten',
  'De ministers bespraken de weerbaarheid van de lidstaten.1 Nederland', // 10
  'steunde de aanpak van het voorzitterschap.2',
  '',
  '2. Werklunch – Samenwerking met derde landen',
  'De voorzitter gaf een toelichting op de gesprekken.3',
  '', // 15
  '2. Justitie',
  '',
  '1. Diversen',
  'Er waren geen bijzonderheden.',
  '', // 20
  'Werklunch – Terugkeer naar huis',
  '',
  'Het voorzitterschap sprak over de toegang tot gegevens.',
  '',
  '3. Plenaire sessie - Digitalisering', // 25
  'Er werd gesproken over de digitale agenda.1',
  '',
  'De Minister van Justitie en Veiligheid,',
  '',
  'J. Jansen', // 30
  '',
  '1 Kamerstuk 32317, nr. 984.',
  '2 Kamerstuk 32317, nr. 985.',
  '3 Kamerstuk 21501-02, nr. 3101.',
  '3 Kamerstuk 21501-02, nr. 3102.', // 35
  '4 Kamerstuk 21501-02, nr. 3103.',
];

// ---- the tests

describe('the council-report language server over stdio', () => {
  let client: LspClient;
  let initializeResult: InitializeResult;

  useServer({}, (started) => ({ client, initializeResult } = started));

  it('answers initialize with its capabilities and name, then asks for the user settings', LIMIT, async () => {
    const { capabilities, serverInfo } = initializeResult;
    assert.equal(capabilities.textDocumentSync, TextDocumentSyncKind.Incremental);
    assert.deepEqual(capabilities.documentSymbolProvider, { label: 'Council report' });
    assert.equal(capabilities.definitionProvider, true);
    const { version } = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    assert.deepEqual(serverInfo, { name: 'council-report', version });

    // After `initialized` a client with workspace.configuration gets asked for its settings
    // and told that the server wants to hear when they change.
    const configuration = await client.serverRequest('workspace/configuration');
    assert.deepEqual(configuration.params, { items: [{ section: 'councilReport' }] });
    const registration = await client.serverRequest('client/registerCapability');
    assert.deepEqual(registeredMethods(registration), ['workspace/didChangeConfiguration']);
  });

  it('publishes the problems of a report when it is opened', LIMIT, async () => {
    const doc = report(PROBLEM_REPORT);
    const published = client.nextDiagnostics(doc.uri, 1);
    await client.open(doc.uri, doc.text, 1);
    const params = await published;
    assert.equal(params.version, 1);
    assert.deepEqual(problems(params), [
      '21:0-21:31 warning session-number-missing (council-report)',
      '25:0-25:1 warning session-number-gap (council-report)',
      '35:0-35:1 error footnote-duplicate (council-report)',
      '36:0-36:1 warning footnote-unused (council-report)',
    ]);
    const missing = params.diagnostics[0]!;
    assert.match(messageOf(missing), /Werklunch – Terugkeer naar huis/);
  });

  it('republishes as footnotes break and mend under incremental edits', LIMIT, async () => {
    const doc = report([
      'Geachte Voorzitter,',
      '',
      '1. Werksessie I - Terugkeer',
      'De raad sprak over terugkeer.1 Ook de terugkeerhubs kwamen aan bod.2',
      '',
      '1 Kamerstuk 32317, nr. 984.', // 5
      '2 Kamerstuk 32317, nr. 985.',
    ]);
    const opened = client.nextDiagnostics(doc.uri, 1);
    await client.open(doc.uri, doc.text, 1);
    assert.deepEqual(problems(await opened), []);

    // Deleting the line of note 2 leaves its reference without a note.
    const broken = client.nextDiagnostics(doc.uri, 2);
    await client.change(doc.uri, 2, [
      { range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, text: '' },
    ]);
    const afterDelete = await broken;
    assert.equal(afterDelete.version, 2);
    assert.deepEqual(problems(afterDelete), ['3:67-3:68 error footnote-undefined (council-report)']);
    assert.equal(messageOf(afterDelete.diagnostics[0]!), en.footnoteUndefined(2));

    // Typing it back in two steps, sent together, as VS Code does for a compound edit: the
    // second change is relative to the text after the first.
    const mended = client.nextDiagnostics(doc.uri, 3);
    await client.change(doc.uri, 3, [
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '2 Kamerstuk\n' },
      { range: { start: { line: 6, character: 11 }, end: { line: 6, character: 11 } }, text: ' 32317, nr. 985.' },
    ]);
    assert.deepEqual(problems(await mended), []);
    assert.deepEqual(targets(doc, await client.definition(doc.uri, { line: 3, character: 68 })), [
      "3:67-3:68 -> 6:0-6:27 '2 Kamerstuk 32317, nr. 985.' number 6:0-6:1",
    ]);
  });

  it('clears the problems of a report when it is closed, and forgets it', LIMIT, async () => {
    const doc = report(['Geachte Voorzitter,', '', '2. Werklunch – Migratie', 'Geen bijzonderheden.']);
    const opened = client.nextDiagnostics(doc.uri, 1);
    await client.open(doc.uri, doc.text, 1);
    assert.deepEqual(problems(await opened), ['2:0-2:1 warning session-number-gap (council-report)']);

    const closed = client.nextDiagnostics(doc.uri, null);
    await client.close(doc.uri);
    assert.deepEqual(problems(await closed), []);
    assert.equal(await client.documentSymbols(doc.uri), null);
  });

  it('gives the outline: domains with their sessions, each selecting its heading', LIMIT, async () => {
    const doc = report(PROBLEM_REPORT);
    await client.open(doc.uri, doc.text, 1);
    assert.deepEqual(outline(await client.documentSymbols(doc.uri)), [
      "domain '1. Binnenlandse Zaken' namespace 7:0-14:52 heading 7:0-7:21",
      "  session '1. Werksessie I - Weerbaarheid van de lidstaten' event 9:0-11:43 heading 9:0-9:47",
      "  session '2. Werklunch – Samenwerking met derde landen' event 13:0-14:52 heading 13:0-13:44",
      "domain '2. Justitie' namespace 16:0-26:43 heading 16:0-16:11",
      "  session '1. Diversen' event 18:0-19:29 heading 18:0-18:11",
      "  session (unnumbered) 'Werklunch – Terugkeer naar huis' event 21:0-23:55 heading 21:0-21:31",
      "  session '3. Plenaire sessie - Digitalisering' event 25:0-26:43 heading 25:0-25:35",
    ]);
  });

  it('goes from a footnote reference to its note, with the cursor on the digit or right after it', LIMIT, async () => {
    const doc = report([
      'Geachte Voorzitter,',
      '',
      '1. Werksessie I - Migratie',
      'De ministers spraken over de lidstaten,|1| en over de ‘terugkeerhub’.2| Nederland',
      'steunde dit, zoals eer|der gemeld aan uw Kamer.|3',
      '',
      '|1 Kamerstuk 32317, nr. 984, zie ook de brief', // 6
      'van 3 maart 2026.',
      '2 Kamerstuk 32317, nr. 985.',
      '2 Kamerstuk 32317, nr. 986.',
      '3 Kamerstuk 21501-02, nr. 3101.', // 10
    ]);
    const [onDigit, afterDigit, afterTwo, plainText, onThree, onDefinition] = doc.cursors;
    const opened = client.nextDiagnostics(doc.uri, 1);
    await client.open(doc.uri, doc.text, 1);
    await opened;

    const noteOne = [
      "3:39-3:40 -> 6:0-7:17 '1 Kamerstuk 32317, nr. 984, zie ook de brief / van 3 maart 2026.' number 6:0-6:1",
    ];
    assert.deepEqual(targets(doc, await client.definition(doc.uri, onDigit!)), noteOne);
    assert.deepEqual(targets(doc, await client.definition(doc.uri, afterDigit!)), noteOne);
    // A note numbered twice: Peek offers both, in document order.
    assert.deepEqual(targets(doc, await client.definition(doc.uri, afterTwo!)), [
      "3:67-3:68 -> 8:0-8:27 '2 Kamerstuk 32317, nr. 985.' number 8:0-8:1",
      "3:67-3:68 -> 9:0-9:27 '2 Kamerstuk 32317, nr. 986.' number 9:0-9:1",
    ]);
    assert.deepEqual(targets(doc, await client.definition(doc.uri, onThree!)), [
      "4:46-4:47 -> 10:0-10:31 '3 Kamerstuk 21501-02, nr. 3101.' number 10:0-10:1",
    ]);
    assert.deepEqual(targets(doc, await client.definition(doc.uri, plainText!)), []);
    // On a note's own number, the note itself: Peek shows it in place.
    assert.deepEqual(targets(doc, await client.definition(doc.uri, onDefinition!)), [
      "6:0-6:1 -> 6:0-7:17 '1 Kamerstuk 32317, nr. 984, zie ook de brief / van 3 maart 2026.' number 6:0-6:1",
    ]);
  });

  it('counts columns in UTF-16 code units in a report with CRLF line ends and emoji', LIMIT, async () => {
    // 🇪🇺 is two surrogate pairs (4 code units), 😀 and 🙂 one each (2 code units): a server
    // that counted code points would come out 1 or 2 columns short after them.
    const doc = report(
      [
        'Geachte Voorzitter,',
        '',
        '1. Werklunch – Overleg 🇪🇺 met de Commissie',
        'De minister 😀 sprak over de lidstaten.1| Daarna volgde een 🙂 ronde.2',
        '',
        '1 Kamerstuk 32317, nr. 984.', // 5
      ],
      '\r\n',
    );
    const opened = client.nextDiagnostics(doc.uri, 1);
    await client.open(doc.uri, doc.text, 1);
    assert.deepEqual(problems(await opened), ['3:68-3:69 error footnote-undefined (council-report)']);
    assert.deepEqual(outline(await client.documentSymbols(doc.uri)), [
      "session '1. Werklunch – Overleg 🇪🇺 met de Commissie' event 2:0-3:69 heading 2:0-2:44",
    ]);
    assert.deepEqual(targets(doc, await client.definition(doc.uri, doc.cursors[0]!)), [
      "3:39-3:40 -> 5:0-5:27 '1 Kamerstuk 32317, nr. 984.' number 5:0-5:1",
    ]);

    // An edit in the CRLF document: add note 2 on the last line, with the document's line end.
    const noteTwo = '2 Kamerstuk 32317, nr. 985.';
    const mended = client.nextDiagnostics(doc.uri, 2);
    await client.change(doc.uri, 2, [
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: `${noteTwo}\r\n` },
    ]);
    assert.deepEqual(problems(await mended), []);
    const edited = { ...doc, lines: [...doc.lines, noteTwo] };
    assert.deepEqual(targets(edited, await client.definition(doc.uri, { line: 3, character: 69 })), [
      "3:68-3:69 -> 6:0-6:27 '2 Kamerstuk 32317, nr. 985.' number 6:0-6:1",
    ]);
  });

  it('answers requests about a document it never opened, and keeps answering', LIMIT, async () => {
    const unknown = 'file:///rapporten/nooit-geopend.council';
    const empty = (result: unknown): boolean => result === null || (Array.isArray(result) && result.length === 0);
    const symbols = await client.documentSymbols(unknown);
    assert.ok(empty(symbols), `documentSymbol for an unopened document: ${JSON.stringify(symbols)}`);
    const definition = await client.definition(unknown, { line: 0, character: 0 });
    assert.ok(empty(definition), `definition for an unopened document: ${JSON.stringify(definition)}`);
    // A stray change and close for it, as a confused client might send, are ignored.
    await client.change(unknown, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
    ]);
    await client.close(unknown);

    const doc = report(['Geachte Voorzitter,', '', '1. Diversen', 'Geen bijzonderheden.']);
    const opened = client.nextDiagnostics(doc.uri, 1);
    await client.open(doc.uri, doc.text, 1);
    assert.deepEqual(problems(await opened), []);
    assert.deepEqual(outline(await client.documentSymbols(doc.uri)), [
      "session '1. Diversen' event 2:0-3:20 heading 2:0-2:11",
    ]);
    assert.equal(client.hasExited, false, client.stderr);
  });
});

describe('the server process', () => {
  it('exits with code 0 after shutdown and exit', LIMIT, async () => {
    const { client } = await LspClient.start();
    try {
      const doc = report(['Geachte Voorzitter,', '', '1. Diversen', 'Geen bijzonderheden.']);
      const opened = client.nextDiagnostics(doc.uri, 1);
      await client.open(doc.uri, doc.text, 1);
      await opened;
      assert.deepEqual(await client.shutdown(), { code: 0, signal: null });
    } finally {
      client.kill();
    }
  });

  it('speaks Dutch to a VS Code whose display language is Dutch', LIMIT, async () => {
    const { client } = await LspClient.start({ locale: 'nl' });
    try {
      const doc = report(['Geachte Voorzitter,', '', '2. Diversen', 'Geen bijzonderheden.']);
      const opened = client.nextDiagnostics(doc.uri, 1);
      await client.open(doc.uri, doc.text, 1);
      assert.deepEqual((await opened).diagnostics.map(messageOf), [nl.numberGap('session', '2', 0, null)]);
      assert.deepEqual(await client.shutdown(), { code: 0, signal: null });
    } finally {
      client.kill();
    }
  });

  // A client that does not announce dynamic registration must not be sent a registration,
  // and a declined request must not end the server.
  it('keeps running for a client that cannot register capabilities dynamically', LIMIT, async () => {
    const capabilities: ClientCapabilities = {
      ...CLIENT_CAPABILITIES,
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    };
    const { client } = await LspClient.start({ capabilities, handlesRegistration: false });
    try {
      await client.serverRequest('workspace/configuration');
      assert.deepEqual(
        client.serverRequests.map((r) => r.method),
        ['workspace/configuration'],
        'the client did not announce dynamic registration for workspace/didChangeConfiguration',
      );
      const doc = report(['Geachte Voorzitter,', '', '2. Diversen', 'Geen bijzonderheden.']);
      const opened = client.nextDiagnostics(doc.uri, 1);
      await client.open(doc.uri, doc.text, 1);
      assert.deepEqual(problems(await opened), ['2:0-2:1 warning session-number-gap (council-report)']);
      assert.deepEqual(await client.shutdown(), { code: 0, signal: null });
    } finally {
      client.kill();
    }
  });

  it('exits with code 1 on exit without shutdown, as the protocol asks', LIMIT, async () => {
    const { client } = await LspClient.start();
    try {
      assert.deepEqual(await client.exitWithoutShutdown(), { code: 1, signal: null });
    } finally {
      client.kill();
    }
  });
});
