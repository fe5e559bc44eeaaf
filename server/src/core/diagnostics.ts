// Lint rules over the document model. Each finding has a stable code (documented in the
// README), the source "council-report", a precise range and a message that says what to do.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { headingLabel } from './outline';
import type { CouncilDocument, FootnoteDefinition, Heading, Range } from '../parser/model';
import { MESSAGES, type HeadingKind, type Messages } from './messages';
import { DEFAULT_SEVERITIES, type DiagnosticCode } from './codes';
import { lowerBound } from '../parser/search';

export const DIAGNOSTIC_SOURCE = 'council-report';

// The codes and their default severities are listed once, in codes.ts.
export { DEFAULT_SEVERITIES, type DiagnosticCode } from './codes';

export interface DiagnosticOptions {
  /** Severity per code; a code mapped to null is switched off. */
  readonly severities: Readonly<Record<DiagnosticCode, DiagnosticSeverity | null>>;
  readonly messages: Messages;
}

export const DEFAULT_DIAGNOSTIC_OPTIONS: DiagnosticOptions = Object.freeze({
  severities: DEFAULT_SEVERITIES,
  messages: MESSAGES.en,
});

export interface CouncilDiagnostic extends Diagnostic {
  code: DiagnosticCode;
  source: typeof DIAGNOSTIC_SOURCE;
  message: string;
  /** agenda-item-missing: which item of the agenda (its index), so that findings on the same
   *  range keep their own quick fix. */
  data?: { readonly item: number };
}

export function computeDiagnostics(
  doc: CouncilDocument,
  options: DiagnosticOptions = DEFAULT_DIAGNOSTIC_OPTIONS,
): CouncilDiagnostic[] {
  const out: CouncilDiagnostic[] = [];
  const report = (code: DiagnosticCode, range: Range, message: string): void => {
    const severity = options.severities[code];
    if (severity === null || severity === undefined) return;
    out.push({ code, source: DIAGNOSTIC_SOURCE, severity, range, message });
  };
  checkFootnotes(doc, options.messages, report);
  checkHeadings(doc, options.messages, report);
  for (const range of doc.placeholders) report('placeholder-text', range, options.messages.placeholderText);
  return out.sort(byPosition);
}

type Report = (code: DiagnosticCode, range: Range, message: string) => void;

function checkFootnotes(doc: CouncilDocument, say: Messages, report: Report): void {
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
      report('footnote-undefined', r.range, say.footnoteUndefined(r.number));
    }
  }
  for (const [number, defs] of definitionsOf) {
    if (!referenced.has(number)) {
      report('footnote-unused', defs[0]!.numberRange, say.footnoteUnused(number));
    }
    for (const d of defs.slice(1)) {
      report('footnote-duplicate', d.numberRange, say.footnoteDuplicate(number, defs[0]!.numberRange.start.line + 1));
    }
  }
  checkFootnoteOrder(doc, definitionsOf, say, report);
}

/**
 * Footnotes are numbered 1, 2, 3, ... in the order of their first reference. Of the first
 * references, those outside a longest increasing run are out of place; each one is reported
 * once, so a swapped pair gives one finding, not a cascade. A number skipped by the whole
 * document (neither referenced nor defined) is reported at the reference after the gap.
 */
function checkFootnoteOrder(
  doc: CouncilDocument,
  definitionsOf: ReadonlyMap<number, unknown>,
  say: Messages,
  report: Report,
): void {
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
      report('footnote-order', f.range, say.footnoteOutOfOrder(f.number));
      continue;
    }
    if (f.number > expected) {
      let skipped = expected;
      while (skipped < f.number && (seen.has(skipped) || definitionsOf.has(skipped))) skipped++;
      if (skipped < f.number) {
        report('footnote-order', f.range, say.footnoteSkipped(f.number, expected - 1, skipped));
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
    const lo = lowerBound(tailIndex.length, (k) => values[tailIndex[k]!]! < values[i]!);
    if (lo > 0) previous[i] = tailIndex[lo - 1]!;
    tailIndex[lo] = i;
  }
  const inRun = new Array<boolean>(values.length).fill(false);
  for (let i = tailIndex.length > 0 ? tailIndex[tailIndex.length - 1]! : -1; i >= 0; i = previous[i]!) inRun[i] = true;
  return inRun;
}

/** Numbering is checked where it is in use: the numbered domains (an unnumbered part is not
 *  numbered, so not checked), and the sessions of a domain, or of the top level, only when at
 *  least one of them is numbered; a report whose items are unnumbered by house style gets no
 *  numbering findings. */
function checkHeadings(doc: CouncilDocument, say: Messages, report: Report): void {
  checkNumbering(
    doc.domains.map((d) => d.heading).filter((h) => h.number !== null),
    'domain',
    null,
    say,
    report,
  );
  const topLevel = doc.outline.filter((n) => n.kind === 'session').map((s) => s.heading);
  checkNumbering(topLevel, 'session', null, say, report);
  for (const d of doc.domains)
    checkNumbering(
      d.sessions.map((s) => s.heading),
      'session',
      headingLabel(d.heading),
      say,
      report,
    );
}

function checkNumbering(
  headings: readonly Heading[],
  kind: HeadingKind,
  domain: string | null,
  say: Messages,
  report: Report,
): void {
  const numbers = new Map<number, Heading>();
  let previous = 0;
  if (!headings.some((h) => h.number !== null)) return;
  for (const h of headings) {
    if (h.number === null) {
      report('session-number-missing', h.range, say.sessionNumberMissing(h.title, previous + 1, domain));
      continue;
    }
    const range = h.numberRange ?? h.range;
    const first = numbers.get(h.number);
    if (first) {
      report(
        `${kind}-number-duplicate`,
        range,
        say.numberDuplicate(kind, h.numberText ?? String(h.number), first.range.start.line + 1, domain),
      );
    } else if (h.number !== previous + 1) {
      report(`${kind}-number-gap`, range, say.numberGap(kind, h.numberText ?? String(h.number), previous, domain));
    }
    if (!first) numbers.set(h.number, h);
    previous = h.number;
  }
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
