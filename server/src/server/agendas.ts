// Each open report paired with its annotated agenda, so that it is checked against it
// (agenda-item-missing) and Go to Definition and Hover can cross from one to the other.
//
// A report (a title starting "Verslag") pairs with the agenda (a title starting "Geannoteerde
// agenda") whose Council and meeting date are the report's: an open document, or else a
// `.council` file on disk in the workspace folders. An agenda picked by hand for a report (the
// command Compare with Annotated Agenda) wins until the report is closed. The agendas on disk are
// looked for again when a `.council` file changes on disk or the folders change; an open agenda
// that is edited pairs again at each analysis of it.

import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../core/analysis';
import { isAgenda, isReport, meetingKey } from '../core/agenda';
import { LineText, type SourceText } from '../edits/sourceText';
import type { CouncilDocument } from '../parser/model';
import type { ParseOptions } from '../parser/options';
import { parse } from '../parser/parse';
import type { DocumentStore } from './documents';

/** The largest agenda read from disk (the workspace reports' limit). */
const MAX_AGENDA_BYTES = 2_000_000;
import { filePathOf, type WorkspaceReports } from './workspace';

/** A parsed agenda, or any report, with where it is. */
export interface PlacedDocument {
  readonly uri: string;
  readonly document: CouncilDocument;
}

/** A document with its text, for what quotes it (the hover, a new report). */
export interface LoadedDocument extends PlacedDocument {
  readonly source: SourceText;
}

export interface AgendaPairingHost {
  readonly store: DocumentStore;
  readonly workspace: WorkspaceReports;
  /** The parse options of a file on disk (its config file's, or the user settings'). */
  parseOptions(file: string): ParseOptions;
  /** Whether a report is paired automatically: the setting, or its config file's. */
  pairingOn(uri: string): boolean;
  failed(error: unknown): void;
}

export class AgendaPairing {
  /** The `.council` files on disk in the workspace folders, parsed (open ones left out). */
  private onDisk: PlacedDocument[] = [];
  /** Agendas picked by hand that are outside the workspace folders, read when picked. */
  private readonly picked = new Map<string, PlacedDocument>();
  /** By report: the agenda picked by hand. */
  private readonly manual = new Map<string, string>();
  /** By report: the uri of the agenda it is paired with. */
  private readonly pairedWith = new Map<string, string>();
  private scans = 0;

  constructor(private readonly host: AgendaPairingHost) {}

  /** The uri of the agenda an open report is paired with, or null. */
  agendaUriOf(reportUri: string): string | null {
    return this.pairedWith.get(reportUri) ?? null;
  }

  /** The open reports paired with an agenda. */
  reportsOf(agendaUri: string): string[] {
    return [...this.pairedWith].filter(([, a]) => a === agendaUri).map(([r]) => r);
  }

  /** From DocumentStore: a document was analysed. A report pairs (again); a changed agenda
   *  pairs every report again. */
  analysed(uri: string, analysis: Analysis): void {
    if (isAgenda(analysis.document) || this.reportsOf(uri).length > 0) this.pairAll();
    else this.pair(uri, analysis.document);
  }

  /** A document closed: its pairing by hand ends, and the reports it was the agenda of pair
   *  again (with its text on disk, if any). */
  closed(uri: string): void {
    this.manual.delete(uri);
    this.pairedWith.delete(uri);
    void this.rescan();
  }

  /** Pairs a report with an agenda by hand; false when either is not to be had. */
  async pairByHand(reportUri: string, agendaUri: string): Promise<boolean> {
    if (!this.host.store.get(reportUri)) return false;
    if (!this.find(agendaUri)) {
      const loaded = await this.load(agendaUri);
      if (!loaded) return false;
      this.picked.set(agendaUri, loaded);
    }
    this.manual.set(reportUri, agendaUri);
    this.pairAll();
    return true;
  }

  /** Looks for the agendas on disk again (files or folders changed), then pairs every report. */
  async rescan(): Promise<void> {
    const scan = ++this.scans;
    const open = new Set(this.host.store.all().map((d) => filePathOf(d.uri)));
    try {
      const found = await this.host.workspace.reports(
        (file) => this.host.parseOptions(file),
        (file) => open.has(file),
      );
      if (scan !== this.scans) return; // a newer scan is under way
      this.onDisk = found;
      for (const [uri] of this.picked) {
        const loaded = await this.load(uri);
        if (loaded) this.picked.set(uri, loaded);
      }
    } catch (e) {
      this.host.failed(e);
    }
    this.pairAll();
  }

  /** Pairs every open report again: after a setting, an agenda or the files changed. */
  pairAll(): void {
    for (const d of this.host.store.all()) this.pair(d.uri, this.host.store.analysisOf(d).document);
  }

  /** An agenda (or any report) by uri: the open document, else the one on disk. */
  find(uri: string): PlacedDocument | null {
    const open = this.host.store.get(uri);
    if (open) return { uri, document: this.host.store.analysisOf(open).document };
    return this.onDisk.find((r) => r.uri === uri) ?? this.picked.get(uri) ?? null;
  }

  /** A document with its text: the open one, else read from disk now; null if unreadable. */
  async load(uri: string): Promise<LoadedDocument | null> {
    const open = this.host.store.get(uri);
    if (open) return { uri, document: this.host.store.analysisOf(open).document, source: open };
    const file = filePathOf(uri);
    // Only a council report is read, and one of a report's size: a client's uri is no licence to
    // read any file on the disk.
    if (file === null || !file.toLowerCase().endsWith('.council')) return null;
    try {
      if ((await stat(file)).size > MAX_AGENDA_BYTES) return null;
      let text = await readFile(fileURLToPath(uri), 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // as VS Code drops it
      return { uri, document: parse(text, this.host.parseOptions(file)), source: new LineText(text) };
    } catch {
      return null; // gone or unreadable
    }
  }

  private pair(uri: string, report: CouncilDocument): void {
    const agenda = this.agendaFor(uri, report);
    if (agenda) this.pairedWith.set(uri, agenda.uri);
    else this.pairedWith.delete(uri);
    this.host.store.setAgenda(uri, agenda?.document ?? null);
  }

  private agendaFor(uri: string, report: CouncilDocument): PlacedDocument | null {
    const byHand = this.manual.get(uri);
    if (byHand !== undefined) return byHand === uri ? null : this.find(byHand);
    if (!isReport(report) || !this.host.pairingOn(uri)) return null;
    const key = meetingKey(report);
    if (key === null) return null;
    return this.agendas().find((a) => meetingKey(a.document) === key) ?? null;
  }

  /** The agendas to pair with: the open ones first, then those on disk. */
  private agendas(): PlacedDocument[] {
    const { store } = this.host;
    const open = store.all().map((d) => ({ uri: d.uri, document: store.analysisOf(d).document }));
    const openPaths = new Set(open.map((d) => filePathOf(d.uri)));
    const disk = this.onDisk.filter((r) => !openPaths.has(filePathOf(r.uri)));
    return [...open, ...disk].filter((a) => isAgenda(a.document));
  }
}
