// Editing a report through the language server as VS Code does it: the bundled dist/server.js
// in a child process over stdio (build first: `node esbuild.mjs`). Rename on footnote numbers,
// quick fixes and fix-all, Insert Footnote, and completion. Every edit the server returns is
// applied here the way the editor applies it, and the server's own findings on the result are
// what the tests check.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  LSPErrorCodes,
  ResponseError,
  TextDocumentEdit,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type CodeAction,
  type Command,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { CLIENT_CAPABILITIES, LspClient, useServer } from './support/lsp-client';
import { applyToText } from './support/edits';
import { reportMaker, type TestDocument } from './support/test-document';
import { finding } from './support/dump';
import { MESSAGES } from '../server/src/core/messages';

const { en, nl } = MESSAGES;

// A backstop, not a wait: a server that never answers fails the test instead of hanging the run.
const LIMIT = { timeout: 15_000 };

/** VS Code's capabilities for the features tested here, on top of the shared ones. */
const EDITING_CAPABILITIES: ClientCapabilities = {
  ...CLIENT_CAPABILITIES,
  workspace: {
    ...CLIENT_CAPABILITIES.workspace,
    workspaceEdit: { documentChanges: true },
    executeCommand: { dynamicRegistration: true },
  },
  textDocument: {
    ...CLIENT_CAPABILITIES.textDocument,
    rename: { dynamicRegistration: true, prepareSupport: true, honorsChangeAnnotations: true },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] },
      },
    },
    completion: {
      dynamicRegistration: true,
      contextSupport: true,
      completionItem: { documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true },
    },
  },
};

// ---- documents written as lines, with `|` marking cursor positions

const report = reportMaker('bewerken');

/** Opens the document and waits for its first findings. */
async function open(client: LspClient, doc: Pick<TestDocument, 'uri' | 'text'>): Promise<PublishDiagnosticsParams> {
  const published = client.nextDiagnostics(doc.uri, 1);
  await client.open(doc.uri, doc.text, 1);
  return published;
}

/** The edits of a WorkspaceEdit for one document; with documentChanges, also the version it was made for. */
function editsIn(edit: WorkspaceEdit | null, uri: string): { edits: TextEdit[]; version: number | null } {
  assert.ok(edit, 'expected a WorkspaceEdit');
  if (edit.documentChanges) {
    const changes = edit.documentChanges.filter(
      (c): c is TextDocumentEdit => TextDocumentEdit.is(c) && c.textDocument.uri === uri,
    );
    assert.equal(changes.length, 1, JSON.stringify(edit));
    return {
      edits: changes[0]!.edits.filter((e): e is TextEdit => !('annotationId' in e)),
      version: changes[0]!.textDocument.version,
    };
  }
  return { edits: edit.changes?.[uri] ?? [], version: null };
}

/** Applies the edit as the editor does (sending the new text as the next version) and returns
 *  the new text and the findings the server publishes for it. */
async function applyEdit(
  client: LspClient,
  uri: string,
  text: string,
  version: number,
  edit: WorkspaceEdit | null,
): Promise<{ text: string; findings: string[] }> {
  const { edits, version: madeFor } = editsIn(edit, uri);
  if (madeFor !== null) assert.equal(madeFor, version, 'the edit was made for another version');
  const next = applyToText(text, edits);
  const published = client.nextDiagnostics(uri, version + 1);
  await client.change(uri, version + 1, [{ text: next }]);
  return { text: next, findings: findings(await published) };
}

function findings(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map(finding);
}

/** The server's refusal: a ResponseError with its code and message. */
async function refusal(request: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await request;
  } catch (error) {
    const cause = (error as Error).cause;
    assert.ok(cause instanceof ResponseError, `expected a ResponseError, got ${String(error)}`);
    return { code: cause.code, message: cause.message };
  }
  assert.fail('expected the request to be refused');
}

describe('editing a council report through the language server', () => {
  let client: LspClient;
  let initializeResult: InitializeResult;

  useServer({ capabilities: EDITING_CAPABILITIES }, (started) => ({ client, initializeResult } = started));

  it('announces rename with prepare, and quick fixes and fix-all as code action kinds', LIMIT, () => {
    assert.deepEqual(initializeResult.capabilities.renameProvider, { prepareProvider: true });
    assert.deepEqual(initializeResult.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.council-report'],
    });
  });

  describe('rename (F2) on a footnote number', () => {
    const lines = [
      'Geachte Voorzitter,',
      '',
      '1. Diversen',
      'De ministers spraken over de lidstaten,|1 en de ‘terugkeerhub’.2 De| EU27 zweeg.',
      '',
      '1 Kamerstuk 32317, nr. 984.',
      '|2 Kamerstuk 32317, nr. 985.',
    ];

    it(
      'prepares on a reference or a note number, and refuses elsewhere with a message that says why',
      LIMIT,
      async () => {
        const doc = report(lines);
        await open(client, doc);
        const [onReference, onText, onNote] = doc.cursors;
        assert.deepEqual(await client.prepareRename(doc.uri, onReference!), {
          range: { start: { line: 3, character: 39 }, end: { line: 3, character: 40 } },
          placeholder: '1',
        });
        assert.deepEqual(await client.prepareRename(doc.uri, onNote!), {
          range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } },
          placeholder: '2',
        });
        const refused = await refusal(client.prepareRename(doc.uri, onText!));
        assert.equal(refused.code, LSPErrorCodes.RequestFailed);
        assert.equal(refused.message, en.renameNotAFootnote);
      },
    );

    it(
      'renames onto a used number by swapping the two, in one versioned edit that leaves the look-alikes alone',
      LIMIT,
      async () => {
        const doc = report(lines);
        await open(client, doc);
        const edit = await client.rename(doc.uri, doc.cursors[0]!, '2');
        const result = await applyEdit(client, doc.uri, doc.text, 1, edit);
        assert.deepEqual(result.text.split('\n').slice(3), [
          'De ministers spraken over de lidstaten,2 en de ‘terugkeerhub’.1 De EU27 zweeg.',
          '',
          '1 Kamerstuk 32317, nr. 985.',
          '2 Kamerstuk 32317, nr. 984.',
          '',
        ]);
        assert.deepEqual(result.findings, ['footnote-order@3']);
      },
    );

    it('refuses a new name that is not a footnote number', LIMIT, async () => {
      const doc = report(lines);
      await open(client, doc);
      const refused = await refusal(client.rename(doc.uri, doc.cursors[0]!, 'drie'));
      assert.equal(refused.code, LSPErrorCodes.RequestFailed);
      assert.equal(refused.message, en.renameInvalidNumber('drie'));
    });
  });
});

// A report with every finding: the numbers in the comments are 0-based lines.
const EVERY_FINDING = [
  'Geachte Voorzitter,',
  '',
  'I. Justitie',
  '',
  '1. Werklunch – Terugkeer',
  'De ministers spraken over de lidstaten,1 over de EU27 en de hub.3 Nederland steunde dit.2', // 5: footnote-order
  '',
  '3. Diversen', // 7: session-number-gap
  'Geen bijzonderheden.4 Nogmaals.2', // 8: footnote-undefined; a second reference to 2
  '',
  'Werkdiner – Toekomst van Schengen', // 10: session-number-missing
  'Tekst.',
  '',
  'III. Migratie', // 13: domain-number-gap
  '',
  '1. Diversen',
  'Tekst.',
  '',
  '1. Overig', // 18: session-number-duplicate
  'Tekst.',
  '',
  'III. Asiel', // 21: domain-number-duplicate
  '',
  '1. Diversen',
  'Tekst.',
  '',
  '1 Kamerstuk 32317, nr. 1.',
  '2 Kamerstuk 32317, nr. 2.',
  '2 Kamerstuk 32317, nr. 5.', // 28: footnote-duplicate, with a reference of its own (line 8)
  '3 Kamerstuk 32317, nr. 3.',
  '5 Niemand verwijst hiernaar.', // 30: footnote-unused
];

/** How many findings of each code. */
function counts(list: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of list) out.set(f.split('@')[0]!, (out.get(f.split('@')[0]!) ?? 0) + 1);
  return out;
}

function asCodeAction(action: Command | CodeAction): CodeAction {
  assert.ok(
    !('command' in action && typeof action.command === 'string'),
    `expected a CodeAction literal, got ${JSON.stringify(action)}`,
  );
  return action as CodeAction;
}

describe('quick fixes and fix-all over the protocol', () => {
  let client: LspClient;

  useServer({ capabilities: EDITING_CAPABILITIES }, (started) => ({ client } = started));

  it('the report has every finding', LIMIT, async () => {
    const doc = report(EVERY_FINDING);
    assert.deepEqual([...counts(findings(await open(client, doc))).keys()].sort(), [
      'domain-number-duplicate',
      'domain-number-gap',
      'footnote-duplicate',
      'footnote-order',
      'footnote-undefined',
      'footnote-unused',
      'session-number-duplicate',
      'session-number-gap',
      'session-number-missing',
    ]);
  });

  it('offers for each finding one quick fix that removes it without causing another', LIMIT, async () => {
    const doc = report(EVERY_FINDING);
    const published = await open(client, doc);
    const before = counts(findings(published));
    for (const [i, diagnostic] of published.diagnostics.entries()) {
      const label = `${String(diagnostic.code)} on line ${diagnostic.range.start.line}`;
      const actions =
        (await client.codeActions(doc.uri, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] })) ?? [];
      assert.equal(actions.length, 1, `${label}: ${JSON.stringify(actions)}`);
      const action = asCodeAction(actions[0]!);
      assert.equal(action.kind, 'quickfix', label);
      assert.equal(action.isPreferred, true, label);
      assert.deepEqual(action.diagnostics, [diagnostic], label);
      // The fixed text, opened as a report of its own: the server's findings on it.
      const { edits, version } = editsIn(action.edit ?? null, doc.uri);
      assert.equal(version, 1, label);
      const fixedText = applyToText(doc.text, edits);
      const fixed = { uri: `${doc.uri.replace('.council', '')}-fix-${i}.council`, text: fixedText };
      const after = counts(findings(await open(client, fixed)));
      assert.ok(
        (after.get(String(diagnostic.code)) ?? 0) < before.get(String(diagnostic.code))!,
        `${label} is still there`,
      );
      for (const [code, n] of after) assert.ok(n <= (before.get(code) ?? 0), `${label}: the fix caused ${code}`);
      await client.close(fixed.uri);
    }
  });

  it('fix-all, as on save: one edit that leaves only the note nobody refers to', LIMIT, async () => {
    const doc = report(EVERY_FINDING);
    await open(client, doc);
    const whole = { start: { line: 0, character: 0 }, end: { line: EVERY_FINDING.length, character: 0 } };
    const actions = (await client.codeActions(doc.uri, whole, { diagnostics: [], only: ['source.fixAll'] })) ?? [];
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const action = asCodeAction(actions[0]!);
    assert.equal(action.kind, 'source.fixAll.council-report');
    const result = await applyEdit(client, doc.uri, doc.text, 1, action.edit ?? null);
    // The note nobody refers to keeps its place after note 4; the repeat of 2 follows as 6.
    assert.deepEqual(result.findings, ['footnote-unused@30']);
    assert.deepEqual(result.text.split('\n').slice(4, 11), [
      '1. Werklunch – Terugkeer',
      'De ministers spraken over de lidstaten,1 over de EU27 en de hub.2 Nederland steunde dit.3',
      '',
      '2. Diversen',
      'Geen bijzonderheden.4 Nogmaals.6',
      '',
      '3. Werkdiner – Toekomst van Schengen',
    ]);
    assert.deepEqual(result.text.split('\n').slice(26), [
      '1 Kamerstuk 32317, nr. 1.',
      '2 Kamerstuk 32317, nr. 3.',
      '3 Kamerstuk 32317, nr. 2.',
      '4 …',
      '5 Niemand verwijst hiernaar.',
      '6 Kamerstuk 32317, nr. 5.',
      '',
    ]);
  });

  it('a finding from an older version of the text gets no action', LIMIT, async () => {
    const doc = report(EVERY_FINDING);
    const published = await open(client, doc);
    const undefinedFour = published.diagnostics.find((d) => d.code === 'footnote-undefined')!;
    const moved = client.nextDiagnostics(doc.uri, 2);
    await client.change(doc.uri, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Den Haag, 9 april 2027\n' },
    ]);
    await moved;
    assert.deepEqual(
      await client.codeActions(doc.uri, undefinedFour.range, { diagnostics: [undefinedFour], only: ['quickfix'] }),
      [],
    );
  });
});

describe('Insert Footnote (Ctrl+Alt+F)', () => {
  let client: LspClient;
  let initializeResult: InitializeResult;
  const COMMAND = 'councilReport.computeFootnoteInsertion';

  useServer({ capabilities: EDITING_CAPABILITIES }, (started) => ({ client, initializeResult } = started));

  it('is a server command, and a client command with its keybinding in package.json', LIMIT, () => {
    assert.deepEqual(initializeResult.capabilities.executeCommandProvider, {
      commands: [COMMAND, 'councilReport.draftReportFromAgenda', 'councilReport.pairWithAgenda'],
    });
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as {
      contributes: {
        commands: { command: string; title: string }[];
        keybindings: { command: string; key: string; mac: string; when: string }[];
      };
    };
    // Titles come from package.nls.json (English) and package.nls.nl.json.
    const strings = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.nls.json'), 'utf8')) as Record<
      string,
      string
    >;
    const title = (t: string): string => t.replace(/^%(.+)%$/, (_, key: string) => strings[key] ?? t);
    assert.ok(
      manifest.contributes.commands.some(
        (c) => c.command === 'councilReport.insertFootnote' && title(c.title) === 'Insert Footnote',
      ),
    );
    const binding = manifest.contributes.keybindings.find((k) => k.command === 'councilReport.insertFootnote');
    assert.deepEqual(binding && [binding.key, binding.mac], ['ctrl+alt+f', 'cmd+alt+f']);
    assert.match(binding!.when, /editorLangId == council-report/);
  });

  it(
    'returns the edit and the note text to select; applied, the report has the new footnote and no new finding',
    LIMIT,
    async () => {
      const doc = report([
        'Geachte Voorzitter,',
        '',
        '1. Diversen',
        'De ministers spraken over de lidstaten,1 en de hub.| Nederland steunde dit.2',
        '',
        '1 Kamerstuk 32317, nr. 1.',
        '2 Kamerstuk 32317, nr. 2.',
      ]);
      assert.deepEqual(findings(await open(client, doc)), []);
      const answer = (await client.executeCommand(COMMAND, [
        { textDocument: { uri: doc.uri, version: 1 }, position: doc.cursors[0] },
      ])) as {
        edit: WorkspaceEdit;
        selection: Range;
        number: number;
        version: number;
      };
      assert.equal(answer.number, 2);
      assert.equal(answer.version, 1);
      const result = await applyEdit(client, doc.uri, doc.text, 1, answer.edit);
      assert.deepEqual(result.findings, []);
      const lines = result.text.split('\n');
      assert.deepEqual(lines.slice(3), [
        'De ministers spraken over de lidstaten,1 en de hub.2 Nederland steunde dit.3',
        '',
        '1 Kamerstuk 32317, nr. 1.',
        '2 …',
        '3 Kamerstuk 32317, nr. 2.',
        '',
      ]);
      assert.deepEqual(answer.selection, { start: { line: 6, character: 2 }, end: { line: 6, character: 3 } });
    },
  );

  it('refuses, saying why, where no footnote can go', LIMIT, async () => {
    const doc = report(['Geachte Voorzitter,', '', '1. Div|ersen', 'Tekst.1', '', '1 Een.']);
    await open(client, doc);
    const refused = await refusal(
      client.executeCommand(COMMAND, [{ textDocument: { uri: doc.uri }, position: doc.cursors[0] }]),
    );
    assert.equal(refused.code, LSPErrorCodes.RequestFailed);
    assert.equal(refused.message, en.insertFootnoteNotHere);
  });
});

describe('completion', () => {
  let client: LspClient;
  let initializeResult: InitializeResult;

  useServer({ capabilities: EDITING_CAPABILITIES }, (started) => ({ client, initializeResult } = started));

  const items = (result: CompletionItem[] | CompletionList | null): CompletionItem[] =>
    Array.isArray(result) ? result : (result?.items ?? []);

  it(
    'offers footnote numbers after punctuation; the new one, applied, renumbers and adds its note',
    LIMIT,
    async () => {
      assert.deepEqual(initializeResult.capabilities.completionProvider, {});
      const doc = report([
        'Geachte Voorzitter,',
        '',
        '1. Diversen',
        'De ministers spraken over de lidstaten,| en de hub.1',
        '',
        '1 Kamerstuk 32317, nr. 984.',
      ]);
      await open(client, doc);
      const offered = items(await client.completion(doc.uri, doc.cursors[0]!, { triggerKind: 1 }));
      assert.deepEqual(
        offered.map((i) => `${i.label} ${i.detail}`),
        [`1 ${en.completionNewFootnote(1)}`, `1 ${en.footnoteLabel(1)}`],
      );
      const chosen = offered[0]!;
      const edit: WorkspaceEdit = {
        changes: { [doc.uri]: [chosen.textEdit as TextEdit, ...(chosen.additionalTextEdits ?? [])] },
      };
      const result = await applyEdit(client, doc.uri, doc.text, 1, edit);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.text.split('\n').slice(3), [
        'De ministers spraken over de lidstaten,1 en de hub.2',
        '',
        '1 …',
        '2 Kamerstuk 32317, nr. 984.',
        '',
      ]);
    },
  );

  it('offers nothing while a word is typed', LIMIT, async () => {
    const doc = report([
      'Geachte Voorzitter,',
      '',
      '1. Diversen',
      'De ministers spraken over de lidst|',
      '',
      'Tekst.1',
      '',
      '1 Kamerstuk 32317, nr. 984.',
    ]);
    await open(client, doc);
    assert.deepEqual(items(await client.completion(doc.uri, doc.cursors[0]!, { triggerKind: 1 })), []);
  });

  it('offers the next session number and the session kinds at the start of a block', LIMIT, async () => {
    const doc = report(['Geachte Voorzitter,', '', 'I. Justitie', '', '1. Werklunch – Migratie', 'Tekst.', '', '|']);
    await open(client, doc);
    const offered = items(await client.completion(doc.uri, doc.cursors[0]!, { triggerKind: 1 }));
    assert.equal(offered[0]!.label, '2.');
    assert.ok(offered.some((i) => i.label === 'Werkdiner' && (i.textEdit as TextEdit).newText === '2. Werkdiner – '));
  });
});

describe('a server whose display language is Dutch', () => {
  it('refuses in Dutch', LIMIT, async () => {
    const { client } = await LspClient.start({ locale: 'nl', capabilities: EDITING_CAPABILITIES });
    try {
      const doc = report(['Geachte Voorzitter,', '', 'Te|kst.1', '', '1 Een.']);
      await open(client, doc);
      assert.equal((await refusal(client.prepareRename(doc.uri, doc.cursors[0]!))).message, nl.renameNotAFootnote);
      assert.deepEqual(await client.shutdown(), { code: 0, signal: null });
    } finally {
      client.kill();
    }
  });
});
