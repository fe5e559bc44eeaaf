// The server's document store, driven in-process: no connection, no child process. It waits on
// the store's publications, never on time.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MESSAGES } from '../server/src/core/messages';
import { insertFootnote } from '../server/src/edits/insertFootnote';
import { codeActions } from '../server/src/features/codeActions';
import { completions } from '../server/src/features/completion';
import { renameFootnote } from '../server/src/features/rename';
import { selectionRanges } from '../server/src/features/selectionRanges';
import { DEFAULT_SESSION_KINDS } from '../server/src/parser/options';
import { parse } from '../server/src/parser/parse';
import { DocumentStore } from '../server/src/server/documents';

const URI = 'file:///verslag.council';
const REPORT = [
  'Geachte voorzitter,',
  '',
  '1. Justitie',
  '',
  'Tekst over Eurojust.1',
  '',
  '1 Zie het verslag.',
  '',
].join('\n');

/** A store whose publications a test can wait for, one at a time. */
function storeWithPublications() {
  const published: { uri: string; version: number; diagnostics: Diagnostic[] }[] = [];
  const waiters: (() => void)[] = [];
  const store = new DocumentStore({
    publish: (uri, version, diagnostics) => {
      published.push({ uri, version, diagnostics });
      waiters.shift()?.();
    },
    failed: (uri, e) => assert.fail(`could not check ${uri}: ${String(e)}`),
  });
  const nextPublication = () => new Promise<void>((resolve) => waiters.push(resolve));
  /** Opens REPORT as version 1 and waits for its findings. */
  const openReport = async (): Promise<void> => {
    const opened = nextPublication();
    store.open(URI, 'council-report', 1, REPORT);
    await opened;
  };
  return { store, published, nextPublication, openReport };
}

describe('the document store', () => {
  test('analyses an opened document once per version and publishes its findings', async () => {
    const { store, published, nextPublication, openReport } = storeWithPublications();
    await openReport();
    assert.deepEqual(
      published.map((p) => [p.uri, p.version, p.diagnostics.length]),
      [[URI, 1, 0]],
    );

    const first = store.analysisFor(URI);
    assert.ok(first);
    assert.equal(store.analysisFor(URI), first, 'the same version: the same analysis, not a new one');
    assert.equal(store.analysisOf(store.get(URI)!), first);

    // A reference to a note that is not there: a finding, on the new version only.
    const changed = nextPublication();
    store.change(URI, 2, [
      { range: { start: { line: 4, character: 21 }, end: { line: 4, character: 21 } }, text: ' Meer.2' },
    ]);
    await changed;
    assert.deepEqual(
      published.map((p) => [
        p.version,
        p.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`),
      ]),
      [
        [1, []],
        [2, ['footnote-undefined 4:27']],
      ],
    );
    const second = store.analysisFor(URI);
    assert.notEqual(second, first);
    assert.equal(store.get(URI)!.line(4), 'Tekst over Eurojust.1 Meer.2');
    assert.equal(first.document.references.length, 1, 'the analysis of version 1 is kept as it was');
  });

  test('publishes a burst of edits once, for the newest version', async () => {
    const { store, published, nextPublication, openReport } = storeWithPublications();
    await openReport();
    const burst = nextPublication();
    for (let version = 2; version <= 5; version++) {
      store.change(URI, version, [
        { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'x' },
      ]);
    }
    await burst;
    assert.deepEqual(
      published.map((p) => p.version),
      [1, 5],
    );
    assert.equal(store.get(URI)!.line(4), 'xxxxTekst over Eurojust.1');
  });

  test('forgets a closed document, and does not publish what was pending for it', async () => {
    const { store, published, nextPublication, openReport } = storeWithPublications();
    await openReport();
    store.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.equal(store.close(URI), true);
    assert.equal(store.close(URI), false, 'closed already');
    assert.equal(store.get(URI), undefined);
    assert.equal(store.analysisFor(URI), null);
    // Another document's publication comes after any that was pending for the closed one.
    const other = nextPublication();
    store.open('file:///ander.council', 'council-report', 1, REPORT);
    await other;
    assert.deepEqual(
      published.map((p) => [p.uri, p.version]),
      [
        [URI, 1],
        ['file:///ander.council', 1],
      ],
    );
  });

  test('analyses a document opened again without a close afresh, even at the same version', async () => {
    const { store, published, nextPublication, openReport } = storeWithPublications();
    await openReport();
    const reopened = nextPublication();
    store.open(URI, 'council-report', 1, REPORT.replace('Eurojust.1', 'Eurojust.1 Meer.2'));
    await reopened;
    assert.deepEqual(
      published.map((p) => [p.version, p.diagnostics.map((d) => String(d.code))]),
      [
        [1, []],
        [1, ['footnote-undefined']],
      ],
    );
    assert.equal(store.analysisFor(URI)!.document.references.length, 2);
  });

  test('new settings analyse every open document again', async () => {
    const { store, published, nextPublication, openReport } = storeWithPublications();
    await openReport();
    const before = store.analysisFor(URI);
    const again = nextPublication();
    store.configure(store.options);
    await again;
    assert.deepEqual(
      published.map((p) => p.version),
      [1, 1],
    );
    assert.notEqual(store.analysisFor(URI), before);
  });
});

describe('the features on an edited document', () => {
  test('read its lines, never the whole text or the offsets of every line', async () => {
    const { store, openReport } = storeWithPublications();
    await openReport();
    // A reference to a note that is not there.
    store.change(URI, 2, [
      { range: { start: { line: 4, character: 21 }, end: { line: 4, character: 21 } }, text: ' Meer.2' },
    ]);
    const document = store.get(URI)!;
    const analysis = store.analysisOf(document);
    for (const whole of ['getText', 'offsetAt', 'positionAt'] as const) {
      document[whole] = () => assert.fail(`${whole} reads the whole text`);
    }
    const after = { line: 4, character: 28 };
    const say = { sessionKinds: DEFAULT_SESSION_KINDS, messages: MESSAGES.en };
    assert.ok(completions(analysis.document, document, after, say).length > 0);
    assert.ok(insertFootnote(analysis.document, document, { line: 4, character: 10 }));
    assert.ok(!('reason' in renameFootnote(analysis.document, document, { line: 4, character: 27 }, '5')));
    const request = { uri: URI, version: 2, diagnostics: analysis.diagnostics, only: ['quickfix'] };
    assert.ok(codeActions(analysis, document, request, store.options).length > 0);
    assert.equal(selectionRanges(analysis.document, [after], document).length, 1);
  });
});

describe('a report checked against its agenda in the store', () => {
  const agendaText = (second: string) =>
    ['Geannoteerde agenda van de Raad van 1 mei 2027', '', '1. Werksessie – Eurojust', '', `2. ${second}`, ''].join(
      '\n',
    );
  const missing = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.filter((d) => d.code === 'agenda-item-missing').map((d) => d.message);

  test('is analysed again only when its agenda changes, with one options object per agenda', async () => {
    const { store, published, nextPublication, openReport } = storeWithPublications();
    await openReport();
    const plain = store.analysisFor(URI)!;
    const agenda = parse(agendaText('Diversen'));
    const paired = nextPublication();
    assert.equal(store.setAgenda(URI, agenda), true);
    await paired;
    assert.equal(missing(published.at(-1)!.diagnostics).length, 2);
    const options = store.optionsOf(URI);
    assert.equal(options.agenda, agenda);
    assert.equal(store.optionsOf(URI), options, 'the same agenda: the same options');
    const analysis = store.analysisFor(URI)!;
    assert.notEqual(analysis, plain);
    assert.equal(store.setAgenda(URI, agenda), false, 'the same agenda: nothing to do');
    assert.equal(store.analysisFor(URI), analysis, 'and the analysis kept');

    const again = nextPublication();
    assert.equal(store.setAgenda(URI, parse(agendaText('Handel'))), true);
    await again;
    assert.match(String(missing(published.at(-1)!.diagnostics)[1]), /"Handel"/);
    const unpaired = nextPublication();
    assert.equal(store.setAgenda(URI, null), true);
    await unpaired;
    assert.deepEqual(missing(published.at(-1)!.diagnostics), []);
    assert.equal(store.optionsOf(URI), store.options);
    assert.equal(store.setAgenda('file:///not-open.council', agenda), false);
  });
});
