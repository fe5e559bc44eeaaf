// Semantic tokens over the protocol: the bundled server announces its legend, answers full and
// range requests for an open report, and nothing for one it never opened.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InitializeResult, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol/node';
import { LspClient, useServer } from './support/lsp-client';
import { reportMaker, type TestDocument } from './support/test-document';

const LIMIT = { timeout: 15_000 };
const report = reportMaker('kleuren');

/** "2:1-11 domainHeading '. Justitie'" per token, with the legend's names. */
function decode(doc: TestDocument, legend: SemanticTokensLegend, tokens: SemanticTokens | null): string[] {
  assert.ok(tokens, 'expected semantic tokens');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type] = tokens.data.slice(i, i + 4) as [number, number, number, number];
    character = dl === 0 ? character + dc : dc;
    line += dl;
    const word = doc.lines[line]!.slice(character, character + length);
    out.push(`${line}:${character}-${character + length} ${legend.tokenTypes[type]} '${word}'`);
  }
  return out;
}

async function opened(client: LspClient, doc: TestDocument): Promise<void> {
  const published = client.nextDiagnostics(doc.uri, 1);
  await client.open(doc.uri, doc.text, 1);
  await published;
}

describe('semantic tokens over the protocol', () => {
  let client: LspClient;
  let initializeResult: InitializeResult;
  useServer({}, (started) => ({ client, initializeResult } = started));

  const lines = [
    'Geachte Voorzitter,', // 0
    '',
    'I. Justitie', // 2
    '',
    'Werklunch – Terugkeer naar Syrië', // 4
    '',
    'De ministers spraken over de lidstaten.1',
    '',
    '1 Kamerstuk 32317, nr. 984.', // 8
  ];

  it(
    'announces full and range requests with the legend of domain and session headings, labels, title and notes',
    LIMIT,
    () => {
      const provider = initializeResult.capabilities.semanticTokensProvider;
      assert.ok(provider && 'legend' in provider);
      assert.deepEqual(provider.legend.tokenTypes, [
        'domainHeading',
        'sessionHeading',
        'headingLabel',
        'documentTitle',
        'footnoteReference',
        'footnoteDefinition',
      ]);
      assert.equal(provider.full, true);
      assert.equal(provider.range, true);
    },
  );

  it('colours headings, references and note numbers, in full and in a range', LIMIT, async () => {
    const doc = report(lines);
    await opened(client, doc);
    const provider = initializeResult.capabilities.semanticTokensProvider!;
    assert.deepEqual(decode(doc, provider.legend, await client.semanticTokens(doc.uri)), [
      "2:1-11 domainHeading '. Justitie'",
      "4:0-32 sessionHeading 'Werklunch – Terugkeer naar Syrië'",
      "6:39-40 footnoteReference '1'",
      "8:0-1 footnoteDefinition '1'",
    ]);
    const range = { start: { line: 4, character: 0 }, end: { line: 6, character: 0 } };
    assert.deepEqual(decode(doc, provider.legend, await client.semanticTokensInRange(doc.uri, range)), [
      "4:0-32 sessionHeading 'Werklunch – Terugkeer naar Syrië'",
      "6:39-40 footnoteReference '1'",
    ]);
  });

  it('answers nothing for a document it never opened', LIMIT, async () => {
    assert.equal(await client.semanticTokens('file:///rapporten/nooit-geopend.council'), null);
  });
});
