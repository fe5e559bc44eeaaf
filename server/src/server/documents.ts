// The open documents and their analyses, without a connection: what the server holds between
// requests. Each document is analysed once per version and the result cached; the diagnostics
// of a burst of edits are published once, for the newest version; a large report is analysed in
// slices, so that requests arriving meanwhile are answered in between. Tests drive it in-process.

import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  analyse,
  analyseInSteps,
  DEFAULT_ANALYSIS_OPTIONS,
  type Analysis,
  type AnalysisOptions,
  type StepwiseAnalysis,
} from '../core/analysis';
import type { CouncilDocument } from '../parser/model';
import { ParseCache } from '../parser/parse';
import { LineDocument } from './lineDocument';

export interface DocumentStoreEvents {
  /** The findings of one version of a document, once per burst of edits. */
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  /** A bug of ours while checking a document: reported, not thrown at the editor. */
  failed(uri: string, error: unknown): void;
  /** A document's analysis, just before its findings are published: the agenda pairing looks
   *  at its title here (see agendas.ts). A document paired anew meanwhile is published later. */
  analysed?(uri: string, analysis: Analysis): void;
}

interface DocumentState {
  version: number;
  analysis: Analysis | null;
  /** Outlives versions: an edit re-scans only the lines it touched. */
  readonly lines: ParseCache;
  /** An analysis being done in slices (see analyseInSlices), for one version and settings. */
  running: { version: number; options: AnalysisOptions; steps: StepwiseAnalysis } | null;
}

/** Characters scanned between two looks at the message queue while a large report is first
 *  analysed: a few milliseconds of work. */
const SLICE = 200_000;

export class DocumentStore {
  private readonly documents = new Map<string, LineDocument>();
  private readonly states = new Map<string, DocumentState>();
  private _options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS;
  /** Each open document's options from its config file; absent: the user settings. */
  private readonly fromFiles = new Map<string, AnalysisOptions>();
  private readonly pending = new Set<string>();
  private flushScheduled = false;
  /** Each open report's annotated agenda (parsed), when paired with one. */
  private readonly agendas = new Map<string, CouncilDocument>();
  /** One options object per (options, agenda), so that analyses with them are reused. */
  private readonly withAgenda = new WeakMap<AnalysisOptions, WeakMap<CouncilDocument, AnalysisOptions>>();

  /** `fileOptions(uri)`: the options of the config file that applies to the document, or null. */
  constructor(
    private readonly events: DocumentStoreEvents,
    private readonly fileOptions: (uri: string) => AnalysisOptions | null = () => null,
  ) {}

  /** The options of the user settings, for documents without a config file. */
  get options(): AnalysisOptions {
    return this._options;
  }

  /** The settings for the analyses from now on; those done already are kept (see configure). */
  set options(options: AnalysisOptions) {
    this._options = options;
  }

  /** The options a document is analysed with: its config file's, else the user settings'. */
  optionsOf(uri: string): AnalysisOptions {
    const options = this.fromFiles.get(uri) ?? this._options;
    const agenda = this.agendas.get(uri);
    if (!agenda) return options;
    let byAgenda = this.withAgenda.get(options);
    if (!byAgenda) this.withAgenda.set(options, (byAgenda = new WeakMap()));
    let paired = byAgenda.get(agenda);
    if (!paired) byAgenda.set(agenda, (paired = Object.freeze({ ...options, agenda })));
    return paired;
  }

  /** The agenda an open report is checked against, or null. */
  agendaOf(uri: string): CouncilDocument | null {
    return this.agendas.get(uri) ?? null;
  }

  /** Checks an open report against `agenda` from now on (null: against none); when that is a
   *  change, the report is analysed again and its findings published. Whether it was one. */
  setAgenda(uri: string, agenda: CouncilDocument | null): boolean {
    if (!this.documents.has(uri) || (this.agendas.get(uri) ?? null) === agenda) return false;
    if (agenda) this.agendas.set(uri, agenda);
    else this.agendas.delete(uri);
    const state = this.states.get(uri);
    if (state) {
      state.version = -1;
      state.analysis = null;
      state.running = null;
    }
    this.scheduleDiagnostics(uri);
    return true;
  }

  /** New settings: every analysis is done again, and every document's findings published. */
  configure(options: AnalysisOptions): void {
    this._options = options;
    this.reconfigure();
  }

  /** A config file changed: each document's options are looked up again, and every analysis
   *  is done again and published. */
  reconfigure(): void {
    for (const uri of this.documents.keys()) this.resolveOptions(uri);
    this.states.clear();
    for (const uri of this.documents.keys()) this.scheduleDiagnostics(uri);
  }

  private resolveOptions(uri: string): void {
    const options = this.fileOptions(uri);
    if (options) this.fromFiles.set(uri, options);
    else this.fromFiles.delete(uri);
  }

  open(uri: string, languageId: string, version: number, text: unknown): void {
    // A client that sends something other than text gets an empty document, not a dead server.
    this.documents.set(uri, LineDocument.create(uri, languageId, version, typeof text === 'string' ? text : ''));
    // Opened again without a close: what was kept is of another text, perhaps at the same version.
    this.states.delete(uri);
    this.resolveOptions(uri);
    this.scheduleDiagnostics(uri);
  }

  /** Applies changes in order, as vscode-languageserver's TextDocuments does. */
  change(uri: string, version: number | null | undefined, changes: readonly TextDocumentContentChangeEvent[]): void {
    if (changes.length === 0) return;
    if (version === null || version === undefined)
      throw new Error(`Received document change event for ${uri} without valid version identifier`);
    const document = this.documents.get(uri);
    if (!document) return;
    document.update(changes, version);
    this.scheduleDiagnostics(uri);
  }

  /** Whether the document was open. */
  close(uri: string): boolean {
    if (!this.documents.delete(uri)) return false;
    this.states.delete(uri);
    this.fromFiles.delete(uri);
    this.agendas.delete(uri);
    this.pending.delete(uri);
    return true;
  }

  get(uri: string): LineDocument | undefined {
    return this.documents.get(uri);
  }

  all(): LineDocument[] {
    return [...this.documents.values()];
  }

  /** The analysis of the document's current version, done now if it is not done yet. */
  analysisOf(document: LineDocument): Analysis {
    const state = this.stateOf(document.uri);
    if (state.version === document.version && state.analysis) return state.analysis;
    // A request for a document whose analysis is under way finishes it at once.
    const running = state.running;
    const options = this.optionsOf(document.uri);
    const current = running !== null && running.version === document.version && running.options === options;
    const analysis = current ? running.steps.finish() : analyse(document, options, state.lines);
    state.running = null;
    state.version = document.version;
    state.analysis = analysis;
    return analysis;
  }

  analysisFor(uri: string): Analysis | null {
    const document = this.documents.get(uri);
    return document ? this.analysisOf(document) : null;
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = { version: -1, analysis: null, lines: new ParseCache(), running: null }));
    return state;
  }

  // Changes arriving together are coalesced: one look at the queue, then the newest version of
  // each document is analysed.
  private scheduleDiagnostics(uri: string): void {
    this.pending.add(uri);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const uris = [...this.pending];
      this.pending.clear();
      for (const u of uris) this.publishDiagnostics(u).catch((e: unknown) => this.events.failed(u, e));
    });
  }

  private async publishDiagnostics(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const analysis = await this.analyseInSlices(document);
    if (!analysis) return;
    this.events.analysed?.(uri, analysis);
    // Paired with another agenda just now: analysed again and published then.
    if (this.states.get(uri)?.analysis !== analysis) return;
    this.events.publish(uri, document.version, [...analysis.diagnostics]);
  }

  /** Analyses the document in slices, letting the other requests that arrive meanwhile be
   *  answered in between. Null if the document changed or closed, or the settings changed,
   *  before it was done: each of those schedules diagnostics anew. */
  private async analyseInSlices(document: LineDocument): Promise<Analysis | null> {
    const state = this.stateOf(document.uri);
    const version = document.version;
    if (state.version === version && state.analysis) return state.analysis;
    const options = this.optionsOf(document.uri);
    const steps = analyseInSteps(document, options, state.lines);
    const running = { version, options, steps };
    state.running = running;
    while (!steps.step(SLICE)) {
      await new Promise((resolve) => setImmediate(resolve));
      // Finished by a request for this document meanwhile, or given up: for a newer version (its
      // lines have changed in place, so not a step further), new settings or a close.
      if (state.running !== running || !this.isCurrent(state, document, version)) break;
    }
    return this.isCurrent(state, document, version) ? this.analysisOf(document) : null;
  }

  private isCurrent(state: DocumentState, document: LineDocument, version: number): boolean {
    return (
      this.states.get(document.uri) === state &&
      this.documents.get(document.uri) === document &&
      document.version === version
    );
  }
}
