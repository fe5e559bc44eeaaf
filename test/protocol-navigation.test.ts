// Finding one's way through a report over the protocol, against the bundled dist/server.js as
// VS Code starts it: hovers on footnotes, references and highlights, folding, selection ranges,
// document links and workspace symbols. Build first (`node esbuild.mjs`).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type DocumentLink,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type Location,
  type MarkupContent,
  type SelectionRange,
  type SymbolInformation,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { LspClient, useServer } from './support/lsp-client';
import { reportMaker, type TestDocument } from './support/test-document';
import { span } from './support/dump';
import { MESSAGES } from '../server/src/core/messages';

const { en, nl } = MESSAGES;

// A backstop, not a wait: a server that never answers fails the test instead of hanging the run.
const LIMIT = { timeout: 15_000 };

const report = reportMaker('navigatie');

async function opened(client: LspClient, doc: TestDocument): Promise<void> {
  const published = client.nextDiagnostics(doc.uri, 1);
  await client.open(doc.uri, doc.text, 1);
  await published;
}

function hoverText(result: Hover | null): string {
  assert.ok(result, 'expected a hover');
  assert.ok(result.range, 'a hover without a range highlights nothing');
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return `${span(result.range)} ${contents.value}`;
}

function locations(doc: TestDocument, result: Location[] | null): string[] {
  assert.ok(Array.isArray(result), `expected locations, got ${JSON.stringify(result)}`);
  return result.map((l) => {
    assert.equal(l.uri, doc.uri);
    return span(l.range);
  });
}

const HIGHLIGHT: Record<number, string> = {
  [DocumentHighlightKind.Read]: 'read',
  [DocumentHighlightKind.Write]: 'write',
  [DocumentHighlightKind.Text]: 'text',
};

function highlights(result: DocumentHighlight[] | null): string[] {
  assert.ok(Array.isArray(result), `expected highlights, got ${JSON.stringify(result)}`);
  return result.map((h) => `${HIGHLIGHT[h.kind ?? DocumentHighlightKind.Text]} ${span(h.range)}`);
}

function folds(result: FoldingRange[] | null): string[] {
  assert.ok(Array.isArray(result), `expected folding ranges, got ${JSON.stringify(result)}`);
  return result.map((f) => `${f.kind ?? 'no kind'} ${f.startLine}-${f.endLine}`);
}

/** Each step of Expand Selection, innermost first. */
function steps(selection: SelectionRange | undefined): string[] {
  const out: string[] = [];
  for (let s = selection; s; s = s.parent) out.push(span(s.range));
  return out;
}

// A report copied from a PDF: note 2 stops at the bottom of page 1 and its last words stand
// above note 3 at the bottom of page 2.
const NOTES_REPORT = [
  'Geachte Voorzitter,', // 0
  '',
  '1. Justitie',
  '',
  '1. Werksessie I - Terugkeer',
  'De ministers spraken over de lidstaten,|1 en over de ‘terugkeerhub’.|2 Nederland', // 5
  'steunde dit.1',
  '',
  '|1 Kamerstuk 32317, nr. 984.',
  '2 Onder een terugkeerhub wordt verstaan een centrum buiten de EU waar',
  'mensen zonder verblijfsrecht', // 10
  '',
  '2',
  '',
  '2. Diversen',
  'Het voorzitterschap sprak over de toegang tot gegevens.|3 Zie de brief.|4', // 15
  '',
  'verblijven voor hun vertrek.',
  '3 Kamerstuk 21501-20, nr. 2236.',
];

describe('navigation over the protocol', () => {
  let client: LspClient;
  let initializeResult: InitializeResult;

  useServer({}, (started) => ({ client, initializeResult } = started));

  it('announces hovers, references and highlights', LIMIT, () => {
    const { capabilities } = initializeResult;
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.selectionRangeProvider, true);
    assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
  });

  it(
    'hovers over footnotes: the note on a reference, the references on a note, and an undefined reference',
    LIMIT,
    async () => {
      const doc = report(NOTES_REPORT);
      await opened(client, doc);
      const [one, two, noteOne, three, four] = doc.cursors;
      assert.equal(
        hoverText(await client.hover(doc.uri, one!)),
        `5:39-5:40 **${en.footnoteLabel(1)}** — Kamerstuk 32317, nr. 984.`,
      );
      assert.equal(
        hoverText(await client.hover(doc.uri, two!)),
        `5:67-5:68 **${en.footnoteLabel(2)}** — Onder een terugkeerhub wordt verstaan een centrum buiten de EU waar mensen zonder verblijfsrecht verblijven voor hun vertrek.`,
      );
      assert.equal(
        hoverText(await client.hover(doc.uri, noteOne!)),
        `8:0-8:1 **${en.footnoteLabel(1)}**\n\n${en.footnoteReferencedOn(2, [6, 7])}`,
      );
      assert.equal(
        hoverText(await client.hover(doc.uri, three!)),
        `15:55-15:56 **${en.footnoteLabel(3)}** — Kamerstuk 21501-20, nr. 2236.`,
      );
      assert.equal(hoverText(await client.hover(doc.uri, four!)), `15:70-15:71 ${en.footnoteNotDefined(4)}`);
      assert.equal(await client.hover(doc.uri, { line: 5, character: 5 }), null);
    },
  );

  it(
    'finds all references to a footnote, with or without its note, from a reference or from the note',
    LIMIT,
    async () => {
      const doc = report(NOTES_REPORT);
      await opened(client, doc);
      const [one, , noteOne, three] = doc.cursors;
      assert.deepEqual(locations(doc, await client.references(doc.uri, one!, false)), ['5:39-5:40', '6:12-6:13']);
      assert.deepEqual(locations(doc, await client.references(doc.uri, one!, true)), [
        '5:39-5:40',
        '6:12-6:13',
        '8:0-8:1',
      ]);
      assert.deepEqual(locations(doc, await client.references(doc.uri, noteOne!, true)), [
        '5:39-5:40',
        '6:12-6:13',
        '8:0-8:1',
      ]);
      // Note 3 stands below the reference, after the tail of note 2 continued from page 1.
      assert.deepEqual(locations(doc, await client.references(doc.uri, three!, true)), ['15:55-15:56', '18:0-18:1']);
      assert.deepEqual(locations(doc, await client.references(doc.uri, { line: 5, character: 5 }, true)), []);
    },
  );

  it('highlights a footnote number: references as reads, the note as the write', LIMIT, async () => {
    const doc = report(NOTES_REPORT);
    await opened(client, doc);
    const [one, two, , , four] = doc.cursors;
    assert.deepEqual(highlights(await client.documentHighlights(doc.uri, one!)), [
      'read 5:39-5:40',
      'read 6:12-6:13',
      'write 8:0-8:1',
    ]);
    assert.deepEqual(highlights(await client.documentHighlights(doc.uri, two!)), ['read 5:67-5:68', 'write 9:0-9:1']);
    assert.deepEqual(highlights(await client.documentHighlights(doc.uri, four!)), ['read 15:70-15:71']);
    assert.deepEqual(highlights(await client.documentHighlights(doc.uri, { line: 18, character: 10 })), []);
  });

  it('folds domains, sessions, the letter frame and blocks of notes', LIMIT, async () => {
    const doc = report(['Aan de Voorzitter', 'Postbus 20018', '', 'Geachte Voorzitter,', '', ...NOTES_REPORT.slice(2)]);
    await opened(client, doc);
    assert.deepEqual(folds(await client.foldingRanges(doc.uri)), [
      'region 0-3', // the letter frame
      'region 5-18', // 1. Justitie
      'region 7-13', // its first session, with the notes at the bottom of page 1
      'comment 11-13',
      'region 17-18',
      'comment 20-21', // the tail of note 2 above note 3
    ]);
  });

  it(
    'expands a selection from a word in a CRLF report: sentence, paragraph, session, domain, document',
    LIMIT,
    async () => {
      const doc = report(
        [
          'Geachte Voorzitter,',
          '',
          '1. Justitie',
          '',
          '1. Werksessie I - Terugkeer', // 4
          'De ministers spraken over de lidstaten.1 Nederland st|eunde',
          'het voorstel! Daarna volgde een ronde.',
          '',
          '1 Kamerstuk 32317, nr. 984. Zie ook de br|ief.', // 8
        ],
        '\r\n',
      );
      await opened(client, doc);
      const answers = await client.selectionRanges(doc.uri, [...doc.cursors]);
      assert.ok(Array.isArray(answers) && answers.length === 2, JSON.stringify(answers));
      assert.deepEqual(steps(answers[0]), ['5:51-5:58', '5:41-6:13', '5:0-6:38', '4:0-6:38', '2:0-6:38', '0:0-9:0']);
      assert.deepEqual(steps(answers[1]), ['8:39-8:44', '8:28-8:45', '8:0-8:45', '0:0-9:0']);
    },
  );

  it('links Kamerstuk citations in every spelling, also wrapped over two lines, and web addresses', LIMIT, async () => {
    const doc = report([
      'Geachte Voorzitter,',
      '',
      '1. Diversen',
      'Zie de brief (Kamerstuk 32317, nr. 1031).1 En de notities.2 Tot slot.3',
      '',
      '1 Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 984; zie ook Kamerstukken II', // 5
      '2016-17, 22 112, nr. 2292.',
      '2 Kamerstuk 32 317, nr. 617 en Kamerstuk 21501-02, nr. 3101.',
      '3 https://www.consilium.europa.eu/nl/meetings/jha/. Niet: javascript:alert(1).',
    ]);
    await opened(client, doc);
    const result: DocumentLink[] | null = await client.documentLinks(doc.uri);
    assert.ok(Array.isArray(result), JSON.stringify(result));
    assert.deepEqual(
      result.map((l) => `${span(l.range)} ${l.target}`),
      [
        '3:14-3:39 https://zoek.officielebekendmakingen.nl/kst-32317-1031',
        '5:40-5:58 https://zoek.officielebekendmakingen.nl/kst-32317-984',
        '5:68-6:25 https://zoek.officielebekendmakingen.nl/kst-22112-2292',
        '7:2-7:27 https://zoek.officielebekendmakingen.nl/kst-32317-617',
        '7:31-7:59 https://zoek.officielebekendmakingen.nl/kst-21501-02-3101',
        '8:2-8:50 https://www.consilium.europa.eu/nl/meetings/jha/',
      ],
    );
    assert.equal(result[0]!.tooltip, en.openKamerstuk('32317', '1031'));
  });

  it('answers requests about a document it never opened with nothing', LIMIT, async () => {
    const unknown = 'file:///rapporten/nooit-geopend.council';
    const start = { line: 0, character: 0 };
    assert.equal(await client.hover(unknown, start), null);
    assert.equal(await client.references(unknown, start, true), null);
    assert.equal(await client.documentHighlights(unknown, start), null);
    assert.equal(await client.foldingRanges(unknown), null);
    assert.equal(await client.selectionRanges(unknown, [start]), null);
    assert.equal(await client.documentLinks(unknown), null);
  });
});

describe('workspace symbols over the protocol', () => {
  let base: string;
  let client: LspClient;
  let initializeResult: InitializeResult;
  const folder = (name: string): { uri: string; name: string } => ({
    uri: pathToFileURL(path.join(base, name)).href,
    name,
  });
  const write = (file: string, lines: readonly string[]): void => {
    mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    writeFileSync(path.join(base, file), lines.join('\n') + '\n');
  };

  before(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'council-symbols-'));
    write('jbz/verslag-jbz.council', [
      'Geachte Voorzitter,',
      '',
      'I. Justitie',
      '',
      '1. Werksessie I - Slachtofferrechten',
      '',
      'Werklunch – Terugkeer naar Syrië',
    ]);
    write('jbz/ecofin/verslag-ecofin.council', [
      'Geachte Voorzitter,',
      '',
      '1. Kapitaalmarktunie',
      'Tekst.',
      '',
      '2. Diversen',
      'Tekst.',
    ]);
    write('jbz/node_modules/pakket/oud.council', ['Geachte Voorzitter,', '', '1. Diversen']);
    write('jbz/notities.txt', ['Geachte Voorzitter,', '', '1. Diversen']);
    write('landbouw/verslag-lvvn.council', ['Geachte Voorzitter,', '', '1. Visserij', 'Tekst.', '', '2. Diversen']);
    ({ client, initializeResult } = await LspClient.start({ workspaceFolders: [folder('jbz')] }));
  });

  after(async () => {
    try {
      if (client !== undefined) await client.shutdown();
    } finally {
      client?.kill();
      rmSync(base, { recursive: true, force: true });
    }
  });

  function symbols(result: SymbolInformation[] | WorkspaceSymbol[] | null): string[] {
    assert.ok(Array.isArray(result), `expected symbols, got ${JSON.stringify(result)}`);
    return result.map((s) => {
      assert.ok('range' in s.location, 'a symbol with a location in its file');
      const file = path.relative(base, new URL(s.location.uri).pathname);
      return `'${s.name}'${s.containerName ? ` in '${s.containerName}'` : ''} ${file} ${span(s.location.range)}`;
    });
  }

  it('announces workspace symbols and follows workspace folders', LIMIT, () => {
    assert.equal(initializeResult.capabilities.workspaceSymbolProvider, true);
    assert.deepEqual(initializeResult.capabilities.workspace?.workspaceFolders, {
      supported: true,
      changeNotifications: true,
    });
  });

  it(
    'finds domains and sessions in the reports on disk, by case-insensitive subsequence; not in node_modules or other files',
    LIMIT,
    async () => {
      assert.deepEqual(symbols(await client.workspaceSymbols('diversen')), [
        "'2. Diversen' jbz/ecofin/verslag-ecofin.council 5:0-5:11",
      ]);
      assert.deepEqual(symbols(await client.workspaceSymbols('WLsyrie')), []);
      assert.deepEqual(symbols(await client.workspaceSymbols('WLsyr')), [
        "'Werklunch – Terugkeer naar Syrië' in 'I. Justitie' jbz/verslag-jbz.council 6:0-6:32",
      ]);
      assert.deepEqual(symbols(await client.workspaceSymbols('')), [
        "'1. Kapitaalmarktunie' jbz/ecofin/verslag-ecofin.council 2:0-2:20",
        "'2. Diversen' jbz/ecofin/verslag-ecofin.council 5:0-5:11",
        "'I. Justitie' jbz/verslag-jbz.council 2:0-2:11",
        "'1. Werksessie I - Slachtofferrechten' in 'I. Justitie' jbz/verslag-jbz.council 4:0-4:36",
        "'Werklunch – Terugkeer naar Syrië' in 'I. Justitie' jbz/verslag-jbz.council 6:0-6:32",
      ]);
    },
  );

  it(
    'takes an open report as the editor has it, not as it is on disk, and sees a file change on disk',
    LIMIT,
    async () => {
      const uri = folder('jbz/ecofin/verslag-ecofin.council').uri;
      const published = client.nextDiagnostics(uri, 1);
      await client.open(
        uri,
        [
          'Geachte Voorzitter,',
          '',
          '1. Kapitaalmarktunie',
          'Tekst.',
          '',
          '2. Werklunch – Diversen en overige',
          'Tekst.',
        ].join('\n'),
        1,
      );
      await published;
      assert.deepEqual(symbols(await client.workspaceSymbols('diversen')), [
        "'2. Werklunch – Diversen en overige' jbz/ecofin/verslag-ecofin.council 5:0-5:34",
      ]);
      const closed = client.nextDiagnostics(uri, null);
      await client.close(uri);
      await closed;
      assert.deepEqual(symbols(await client.workspaceSymbols('diversen')), [
        "'2. Diversen' jbz/ecofin/verslag-ecofin.council 5:0-5:11",
      ]);

      write('jbz/verslag-jbz.council', ['Geachte Voorzitter,', '', '1. Diversen', 'Tekst over de resterende punten.']);
      assert.deepEqual(symbols(await client.workspaceSymbols('diversen')), [
        "'2. Diversen' jbz/ecofin/verslag-ecofin.council 5:0-5:11",
        "'1. Diversen' jbz/verslag-jbz.council 2:0-2:11",
      ]);
    },
  );

  it('searches a folder added to the workspace, and stops searching one removed', LIMIT, async () => {
    await client.changeWorkspaceFolders([folder('landbouw')], [folder('jbz')]);
    assert.deepEqual(symbols(await client.workspaceSymbols('vis')), [
      "'1. Visserij' landbouw/verslag-lvvn.council 2:0-2:11",
    ]);
    assert.deepEqual(symbols(await client.workspaceSymbols('kapitaal')), []);
  });
});

describe('navigation in Dutch', () => {
  it('hovers in the display language', LIMIT, async () => {
    const { client } = await LspClient.start({ locale: 'nl' });
    try {
      const doc = report(NOTES_REPORT);
      await opened(client, doc);
      const [one, , noteOne, , four] = doc.cursors;
      assert.equal(
        hoverText(await client.hover(doc.uri, one!)),
        `5:39-5:40 **${nl.footnoteLabel(1)}** — Kamerstuk 32317, nr. 984.`,
      );
      assert.equal(
        hoverText(await client.hover(doc.uri, noteOne!)),
        `8:0-8:1 **${nl.footnoteLabel(1)}**\n\n${nl.footnoteReferencedOn(2, [6, 7])}`,
      );
      assert.equal(hoverText(await client.hover(doc.uri, four!)), `15:70-15:71 ${nl.footnoteNotDefined(4)}`);
      assert.deepEqual(await client.shutdown(), { code: 0, signal: null });
    } finally {
      client.kill();
    }
  });
});
