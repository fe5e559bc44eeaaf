/// <reference types="mocha" />
// Semantic tokens through vscode.provideDocumentSemanticTokens, and the web-copy report of a
// formation other than JBZ (formations.council: a title, topics on lines of their own, the
// unnumbered part "Current affairs", a label) in the outline.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyse } from '../../../server/src/core/analysis';
import { openFixture } from '../support';

/** "14:1-11 domainHeading '. Justitie'" per token, with the legend's names. */
async function tokensOf(document: vscode.TextDocument): Promise<string[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens',
    document.uri,
  );
  assert.ok(legend && tokens, 'the server gives semantic tokens');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type] = [tokens.data[i]!, tokens.data[i + 1]!, tokens.data[i + 2]!, tokens.data[i + 3]!];
    character = dl === 0 ? character + dc : dc;
    line += dl;
    const word = document.lineAt(line).text.slice(character, character + length);
    out.push(`${line + 1}:${character}-${character + length} ${legend.tokenTypes[type]} '${word}'`);
  }
  return out;
}

/** The outline with each symbol's detail: "Oekraïne — Update door de Europese Commissie". */
async function outlineWithDetails(document: vscode.TextDocument): Promise<string[]> {
  const symbols =
    (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    )) ?? [];
  const lines: string[] = [];
  const walk = (list: readonly vscode.DocumentSymbol[], depth: number): void => {
    for (const s of list) {
      lines.push(`${'  '.repeat(depth)}${s.name} — ${s.detail}`);
      walk(s.children, depth + 1);
    }
  };
  walk(symbols, 0);
  return lines;
}

/** Whether the parser in this build reads topic headings, parts and labels (the work of the
 *  parser's own branch): until it does, the checks on formations.council are skipped. */
function parserReadsTopics(document: vscode.TextDocument): boolean {
  return analyse(document.getText()).document.sessions.length > 0;
}

suite('Semantic tokens', () => {
  test('a numbered domain heading gets its token after the number; references and notes theirs', async () => {
    const document = await openFixture('outline.council');
    const tokens = await tokensOf(document);
    assert.ok(tokens.includes("14:1-11 domainHeading '. Justitie'"), tokens.join('\n'));
    assert.ok(
      tokens.some((t) => / footnoteReference '2'$/.test(t)),
      tokens.join('\n'),
    );
    assert.ok(
      tokens.some((t) => / footnoteDefinition '1'$/.test(t)),
      tokens.join('\n'),
    );
  });

  // WAITS FOR THE PARSER WORK (topic headings, parts, labels): skipped until the parser reads them.
  test('formations.council: the topics, the part and a label as detail in the outline; a topic is coloured', async function () {
    const document = await openFixture('formations.council');
    if (!parserReadsTopics(document)) this.skip();
    assert.deepEqual(await outlineWithDetails(document), [
      'Oekraïne — Update door de Europese Commissie',
      'Current affairs — domain',
      '  Georgië — session (unnumbered)',
      '  Venezuela — session (unnumbered)',
    ]);
    const tokens = await tokensOf(document);
    assert.ok(tokens.includes("9:0-8 sessionHeading 'Oekraïne'"), tokens.join('\n'));
    assert.ok(tokens.includes("10:0-35 headingLabel '(Update door de Europese Commissie)'"), tokens.join('\n'));
    assert.ok(tokens.includes("14:0-15 domainHeading 'Current affairs'"), tokens.join('\n'));
    assert.ok(tokens.some((t) => / documentTitle 'Verslag Raad Buitenlandse Zaken van 17 maart 2027'$/.test(t)));
  });
});
