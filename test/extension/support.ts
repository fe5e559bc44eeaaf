// Helpers for the extension test suites: open the reports in the test workspace, and turn what
// the VS Code API returns into readable lines to compare. They wait on events, never on time.

import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'council-report.council-report';
export const LANGUAGE_ID = 'council-report';

/** A file in the test workspace (test/extension/fixtures/workspace). */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixtures folder open as the workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Opens a report in an editor, with the extension started: its activation ends once the
 * language server has answered, so requests made after this reach the server.
 */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return document;
}

/**
 * Opens a fresh copy of a fixture report, for a test that edits it. The copy is a file of the
 * same name in a folder of its own beside the workspace folder (in the run's scratch folder,
 * see ../run.ts): no other test sees the edits, and the workspace's reports stay as they are.
 * (Each suite is bundled with its own copy of this module, hence random folder names.)
 */
export async function openCopyOf(name: string): Promise<vscode.TextDocument> {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(workspace, 'the tests run with the fixtures folder open as the workspace');
  const folder = workspace.with({ path: path.posix.join(path.posix.dirname(workspace.path), 'copies', randomUUID()) });
  await vscode.workspace.fs.createDirectory(folder);
  const copy = vscode.Uri.joinPath(folder, path.posix.basename(name));
  await vscode.workspace.fs.copy(fixture(name), copy);
  const document = await vscode.workspace.openTextDocument(copy);
  await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return document;
}

/**
 * The lines a range spans, with the range in brackets, after the line number (from 1); lines
 * joined by " ⏎ ": "18: lidstaten wil de drempels verhogen.[2] Nederland sloot zich daarbij aan."
 */
export function marked(document: vscode.TextDocument, range: vscode.Range): string {
  const lines: string[] = [];
  for (let l = range.start.line; l <= range.end.line; l++) {
    let text = document.lineAt(l).text;
    if (l === range.end.line) text = `${text.slice(0, range.end.character)}]${text.slice(range.end.character)}`;
    if (l === range.start.line) text = `${text.slice(0, range.start.character)}[${text.slice(range.start.character)}`;
    lines.push(text);
  }
  return `${range.start.line + 1}: ${lines.join(' ⏎ ')}`;
}

/** The document's lines from `first` to `last` (counted from 1, as the Problems panel does). */
export function linesOf(document: vscode.TextDocument, first: number, last = first): string[] {
  const out: string[] = [];
  for (let l = first; l <= last; l++) out.push(document.lineAt(l - 1).text);
  return out;
}

/** The position of `needle` in the document, `offset` code units into it. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.notEqual(at, -1, `"${needle}" occurs in ${document.uri.path}`);
  assert.equal(document.getText().indexOf(needle, at + 1), -1, `"${needle}" occurs once in ${document.uri.path}`);
  return document.positionAt(at + offset);
}

const SEVERITY = ['error', 'warning', 'information', 'hint'];

/** One line per finding, as the Problems panel counts: "16:61 error footnote-undefined". */
export function diagnosticLines(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${String(code)} [${d.source}]`;
  });
}

/**
 * Waits until the document's diagnostics read `expected`, checking again on every
 * onDidChangeDiagnostics for it. Fails with the last lines seen when they never do.
 */
export function untilDiagnostics(uri: vscode.Uri, expected: readonly string[], timeoutMs = 15_000): Promise<void> {
  const matches = (): boolean => JSON.stringify(diagnosticLines(uri)) === JSON.stringify(expected);
  return new Promise((resolve, reject) => {
    if (matches()) {
      resolve();
      return;
    }
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !matches()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      // Fails with a diff between what was expected and what the editor has.
      try {
        assert.deepEqual(diagnosticLines(uri), expected, `diagnostics of ${uri.path} after ${timeoutMs} ms`);
        resolve();
      } catch (e) {
        reject(e);
      }
    }, timeoutMs);
  });
}

/**
 * Waits until `holds()` is true of the document, checking again on every change to its text.
 * For edits that an extension applies after its command has returned.
 */
export function untilText(
  document: vscode.TextDocument,
  what: string,
  holds: () => boolean,
  timeoutMs = 15_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (holds()) {
      resolve();
      return;
    }
    const subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== document || !holds()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`${what}: not so within ${timeoutMs} ms; the text is now:\n${document.getText()}`));
    }, timeoutMs);
  });
}

/** Waits for the next diagnostics the editor receives for `uri` after `trigger` runs. */
export function nextDiagnostics(
  uri: vscode.Uri,
  trigger: () => Thenable<unknown>,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(vscode.languages.getDiagnostics(uri));
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no diagnostics arrived for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    trigger().then(undefined, (e: unknown) => {
      clearTimeout(timer);
      subscription.dispose();
      reject(e instanceof Error ? e : new Error(String(e)));
    });
  });
}

/** The outline as an indented tree: "I. Justitie (Namespace, line 14)". */
export function outlineLines(symbols: readonly vscode.DocumentSymbol[] | undefined, indent = ''): string[] {
  const out: string[] = [];
  for (const s of symbols ?? []) {
    out.push(`${indent}${s.name} (${vscode.SymbolKind[s.kind]}, line ${s.selectionRange.start.line + 1})`);
    out.push(...outlineLines(s.children, `${indent}  `));
  }
  return out;
}

export async function outlineOf(document: vscode.TextDocument): Promise<string[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  );
  return outlineLines(symbols);
}

/** Where Go to Definition lands: "line 28: 2 Tweede Kamer, ..." for each target. */
export async function definitionTargets(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const results = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[] | undefined>(
    'vscode.executeDefinitionProvider',
    document.uri,
    position,
  );
  return (results ?? []).map((r) => {
    const uri = 'targetUri' in r ? r.targetUri : r.uri;
    const range = 'targetUri' in r ? (r.targetSelectionRange ?? r.targetRange) : r.range;
    assert.equal(uri.toString(), document.uri.toString(), 'a footnote is defined in the same report');
    return `line ${range.start.line + 1}:${range.start.character + 1}: ${document.lineAt(range.start.line).text}`;
  });
}
