// Lint rules over the document model. Each finding has a stable code (documented in the
// README), the source "council-report", a precise range and a message that says what to do.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CouncilDocument, FootnoteDefinition, Heading, Range } from '../parser/model';

export const DIAGNOSTIC_SOURCE = 'council-report';

export type DiagnosticCode =
  | 'footnote-undefined'
  | 'footnote-unused'
  | 'footnote-duplicate'
  | 'footnote-order'
  | 'session-number-missing'
  | 'session-number-gap'
  | 'session-number-duplicate'
  | 'domain-number-gap'
  | 'domain-number-duplicate';

export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, DiagnosticSeverity>> = Object.freeze({
  'footnote-undefined': DiagnosticSeverity.Error,
  'footnote-unused': DiagnosticSeverity.Warning,
  'footnote-duplicate': DiagnosticSeverity.Error,
  'footnote-order': DiagnosticSeverity.Warning,
  'session-number-missing': DiagnosticSeverity.Warning,
  'session-number-gap': DiagnosticSeverity.Warning,
  'session-number-duplicate': DiagnosticSeverity.Warning,
  'domain-number-gap': DiagnosticSeverity.Warning,
  'domain-number-duplicate': DiagnosticSeverity.Warning,
});

export interface DiagnosticOptions {
  /** Severity per code; a code mapped to null is switched off. */
  readonly severities: Readonly<Record<DiagnosticCode, DiagnosticSeverity | null>>;
}

export const DEFAULT_DIAGNOSTIC_OPTIONS: DiagnosticOptions = Object.freeze({ severities: DEFAULT_SEVERITIES });

export interface CouncilDiagnostic extends Diagnostic {
  code: DiagnosticCode;
  source: typeof DIAGNOSTIC_SOURCE;
  message: string;
}

export function computeDiagnostics(doc: CouncilDocument, options: DiagnosticOptions = DEFAULT_DIAGNOSTIC_OPTIONS): CouncilDiagnostic[] {
  const out: CouncilDiagnostic[] = [];
  const report = (code: DiagnosticCode, range: Range, message: string): void => {
    const severity = options.severities[code];
    if (severity === null || severity === undefined) return;
    out.push({ code, source: DIAGNOSTIC_SOURCE, severity, range, message });
  };
  checkFootnotes(doc, report);
  checkHeadings(doc, report);
  return out.sort(byPosition);
}

type Report = (code: DiagnosticCode, range: Range, message: string) => void;

function checkFootnotes(doc: CouncilDocument, report: Report): void {
  const definitionsOf = new Map<number, FootnoteDefinition[]>();
  for (const d of doc.definitions) {
    const list = definitionsOf.get(d.number);
    if (list) list.push(d);
    else definitionsOf.set(d.number, [d]);
  }
  const referenced = new Set<number>();
  for (const r of doc.references) {
    referenced.add(r.number);
    if (!definitionsOf.has(r.number)) {
      report('footnote-undefined', r.range, `Footnote ${r.number} is referenced but not defined. Add a note "${r.number} ..." where the notes are, or correct the number.`);
    }
  }
  for (const [number, defs] of definitionsOf) {
    if (!referenced.has(number)) {
      report('footnote-unused', defs[0]!.numberRange, `Footnote ${number} is defined but never referenced. Refer to it in the text or remove the note.`);
    }
    for (const d of defs.slice(1)) {
      const first = defs[0]!.numberRange.start.line + 1;
      report('footnote-duplicate', d.numberRange, `Footnote ${number} is defined more than once (first on line ${first}). Renumber or remove this note.`);
    }
  }
  checkFootnoteOrder(doc, definitionsOf, report);
}

/**
 * Footnotes are numbered 1, 2, 3, ... in the order of their first reference. Of the first
 * references, those outside a longest increasing run are out of place; each one is reported
 * once, so a swapped pair gives one finding, not a cascade. A number skipped by the whole
 * document (neither referenced nor defined) is reported at the reference after the gap.
 */
function checkFootnoteOrder(doc: CouncilDocument, definitionsOf: ReadonlyMap<number, unknown>, report: Report): void {
  const firsts: { number: number; range: Range }[] = [];
  const seen = new Set<number>();
  for (const r of doc.references) {
    if (seen.has(r.number)) continue;
    seen.add(r.number);
    firsts.push(r);
  }
  const inRun = longestIncreasingRun(firsts.map((f) => f.number));
  let expected = 1;
  for (let i = 0; i < firsts.length; i++) {
    const f = firsts[i]!;
    if (!inRun[i]) {
      report('footnote-order', f.range, `Footnote ${f.number} is referenced out of order: footnotes must be numbered in the order of their first reference. Renumber the notes.`);
      continue;
    }
    if (f.number > expected) {
      let skipped = expected;
      while (skipped < f.number && (seen.has(skipped) || definitionsOf.has(skipped))) skipped++;
      if (skipped < f.number) {
        report('footnote-order', f.range, `Footnote ${f.number} follows footnote ${expected - 1 || 'none'}, but footnote ${skipped} does not exist. Renumber the notes so they run 1, 2, 3, ...`);
      }
    }
    expected = f.number + 1;
  }
}

/** Marks the elements of one longest strictly increasing subsequence. O(n log n). */
function longestIncreasingRun(values: readonly number[]): boolean[] {
  const tailIndex: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tailIndex.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tailIndex[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tailIndex[lo - 1]!;
    tailIndex[lo] = i;
  }
  const inRun = new Array<boolean>(values.length).fill(false);
  for (let i = tailIndex.length > 0 ? tailIndex[tailIndex.length - 1]! : -1; i >= 0; i = previous[i]!) inRun[i] = true;
  return inRun;
}

function checkHeadings(doc: CouncilDocument, report: Report): void {
  checkNumbering(doc.domains.map((d) => d.heading), 'domain', report);
  const topLevel = doc.outline.filter((n) => n.kind === 'session').map((s) => s.heading);
  checkNumbering(topLevel, 'session', report);
  for (const d of doc.domains) checkNumbering(d.sessions.map((s) => s.heading), 'session', report, d.heading);
}

function checkNumbering(headings: readonly Heading[], kind: 'domain' | 'session', report: Report, domain?: Heading): void {
  const where = domain ? ` in domain "${label(domain)}"` : '';
  const numbers = new Map<number, Heading>();
  let previous = 0;
  for (const h of headings) {
    if (h.number === null) {
      report('session-number-missing', h.range, `Session "${h.title}" has no number. Number it ${previous + 1} (sessions are numbered 1, 2, 3, ...${where}).`);
      continue;
    }
    const range = h.numberRange ?? h.range;
    const first = numbers.get(h.number);
    if (first) {
      report(`${kind}-number-duplicate`, range, `${capital(kind)} number ${h.numberText} is used twice${where} (also on line ${first.range.start.line + 1}). Renumber the ${kind}s 1, 2, 3, ...`);
    } else if (h.number !== previous + 1) {
      const expected = previous + 1;
      const why = previous === 0 ? `the first ${kind}${where} should be ${expected}` : `it follows ${previous}, so ${expected} is expected`;
      report(`${kind}-number-gap`, range, `${capital(kind)} number ${h.numberText} is out of sequence: ${why}. Renumber the ${kind}s 1, 2, 3, ...`);
    }
    if (!first) numbers.set(h.number, h);
    previous = h.number;
  }
}

function label(h: Heading): string {
  return h.numberText === null ? h.title : `${h.numberText}. ${h.title}`;
}

function capital(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
