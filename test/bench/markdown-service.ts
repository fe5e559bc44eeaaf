// Microsoft's Markdown language service (vscode-markdown-languageservice), set up the way VS Code's
// Markdown server sets it up, to do the same work as our analysis on an equivalent Markdown
// document: document symbols (the headings) and diagnostics with link validation.
//
// The service needs a parser (IMdParser) and a workspace (IWorkspace). The parser here is
// markdown-it, as in VS Code, and keeps the tokens of the latest document version, as VS Code's
// Markdown engine does, so the table of contents and the links share one parse per version.
// The workspace holds the documents in memory; the benchmark tells the service about each new
// version, which drops its per-document caches, so every run starts from the text. The bench
// runs it in a worker thread (MarkdownWorker, markdown-worker.ts).

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import MarkdownIt from 'markdown-it';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  DiagnosticLevel,
  githubSlugifier,
  LogLevel,
  type DiagnosticOptions,
  type IMdLanguageService,
  type IMdParser,
  type ITextDocument,
  type IWorkspace,
  type Token,
} from 'vscode-markdown-languageservice';
import type { Reply, Request } from './markdown-worker';

type Uri = Parameters<IWorkspace['stat']>[0];

class MarkdownItParser implements IMdParser {
  readonly slugifier = githubSlugifier;
  private readonly engine = new MarkdownIt({ html: true, linkify: false });
  private cached: { uri: string; version: number; tokens: Token[] } | null = null;

  async tokenize(document: ITextDocument): Promise<Token[]> {
    const c = this.cached;
    if (c && c.uri === document.uri && c.version === document.version) return c.tokens;
    const tokens: Token[] = this.engine.parse(document.getText(), {});
    this.cached = { uri: document.uri, version: document.version, tokens };
    return tokens;
  }
}

class InMemoryWorkspace implements IWorkspace {
  private readonly documents = new Map<string, ITextDocument>();
  private readonly changed = new Emitter<ITextDocument>();
  private readonly created = new Emitter<ITextDocument>();
  private readonly deleted = new Emitter<Uri>();
  readonly onDidChangeMarkdownDocument = this.changed.event;
  readonly onDidCreateMarkdownDocument = this.created.event;
  readonly onDidDeleteMarkdownDocument = this.deleted.event;

  get workspaceFolders(): readonly Uri[] {
    return [];
  }

  /** Adds or replaces a document, as an editor does on open and on each change. */
  set(document: ITextDocument): void {
    const known = this.documents.has(document.uri);
    this.documents.set(document.uri, document);
    (known ? this.changed : this.created).fire(document);
  }

  async getAllMarkdownDocuments(): Promise<Iterable<ITextDocument>> {
    return this.documents.values();
  }

  hasMarkdownDocument(resource: Uri): boolean {
    return this.documents.has(resource.toString());
  }

  async openMarkdownDocument(resource: Uri): Promise<ITextDocument | undefined> {
    return this.documents.get(resource.toString());
  }

  async stat(resource: Uri): Promise<{ isDirectory: boolean } | undefined> {
    return this.documents.has(resource.toString()) ? { isDirectory: false } : undefined;
  }

  async readDirectory(): Promise<Iterable<readonly [string, { isDirectory: boolean }]>> {
    return [];
  }
}

/** Every check the service has, at warning level. */
const DIAGNOSTIC_OPTIONS: DiagnosticOptions = {
  validateReferences: DiagnosticLevel.warning,
  validateFragmentLinks: DiagnosticLevel.warning,
  validateFileLinks: DiagnosticLevel.warning,
  validateMarkdownFileLinkFragments: DiagnosticLevel.warning,
  validateUnusedLinkDefinitions: DiagnosticLevel.warning,
  validateDuplicateLinkDefinitions: DiagnosticLevel.warning,
  ignoreLinks: [],
};

export interface MarkdownResult {
  readonly symbols: number;
  readonly diagnostics: number;
}

export class MarkdownBench {
  private readonly workspace = new InMemoryWorkspace();
  private readonly service: IMdLanguageService;
  private readonly token = new CancellationTokenSource().token;
  private version = 0;

  constructor(private readonly uri = 'file:///bench/report.md') {
    this.service = createLanguageService({
      workspace: this.workspace,
      parser: new MarkdownItParser(),
      logger: { level: LogLevel.Off, log: () => {} },
    });
  }

  /** Symbols and diagnostics of `text` as a new version of the document. */
  async analyse(text: string): Promise<MarkdownResult> {
    const document = TextDocument.create(this.uri, 'markdown', ++this.version, text);
    this.workspace.set(document);
    const symbols = await this.service.getDocumentSymbols(document, { includeLinkDefinitions: false }, this.token);
    const diagnostics = await this.service.computeDiagnostics(document, DIAGNOSTIC_OPTIONS, this.token);
    return { symbols: countSymbols(symbols), diagnostics: diagnostics.length };
  }

  dispose(): void {
    this.service.dispose();
  }
}

function countSymbols(symbols: readonly { children?: readonly unknown[] }[]): number {
  let n = 0;
  for (const s of symbols) n += 1 + countSymbols((s.children ?? []) as { children?: readonly unknown[] }[]);
  return n;
}

/** The service in its worker thread (markdown-worker.ts), one document at a time. */
export class MarkdownWorker {
  private readonly worker = new Worker(
    `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'markdown-worker.ts'))});`,
    {
      eval: true,
      // The service's outline recursion needs a deeper stack than node's default on the 10 MB report.
      resourceLimits: { stackSizeMb: 64 },
    },
  );

  /** Symbols and diagnostics of `text`, or of the last text again. */
  analyse(text?: string): Promise<MarkdownResult> {
    return new Promise((resolve, reject) => {
      const onError = (e: Error): void => reject(e);
      this.worker.once('error', onError);
      this.worker.once('message', (reply: Reply) => {
        this.worker.off('error', onError);
        if ('error' in reply) reject(new Error(`the Markdown service failed: ${reply.error}`));
        else resolve(reply);
      });
      this.worker.postMessage((text === undefined ? { again: true } : { text }) satisfies Request);
    });
  }

  async dispose(): Promise<void> {
    await this.worker.terminate();
  }
}
