// The one dump format of the tests: what a model, a feature or the server returns, written as
// short readable lines to compare as strings. Positions are LSP's (0-based lines, UTF-16
// columns): a position is "12:40", a range "12:40-12:41", a node of the outline
// "session 2 'Werklunch – Migratie' 19:0-40:0".

import type { Analysis } from '../../server/src/core/analysis';
import type { CouncilDocument, OutlineNode } from '../../server/src/parser/model';

/** A position of any of the LSP libraries' types (the model's, the protocol's). */
export interface PositionLike {
  readonly line: number;
  readonly character: number;
}

export interface RangeLike {
  readonly start: PositionLike;
  readonly end: PositionLike;
}

/** "12:40". */
export function pos(position: PositionLike): string {
  return `${position.line}:${position.character}`;
}

/** "12:40-12:41". */
export function span(range: RangeLike): string {
  return `${pos(range.start)}-${pos(range.end)}`;
}

/** "session 2 'Werklunch – Migratie' 19:0-40:0": kind, number, title and range of a heading's node. */
export function node(n: OutlineNode): string {
  return `${n.kind} ${n.heading.number} '${n.heading.title}' ${span(n.range)}`;
}

/** "domain 1 'Justitie' 0:0-9:12" and its sessions indented below it. */
export function dumpOutline(doc: CouncilDocument): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly OutlineNode[], indent: string): void => {
    for (const n of nodes) {
      out.push(`${indent}${node(n)}`);
      if (n.kind === 'domain') walk(n.sessions, indent + '  ');
    }
  };
  walk(doc.outline, '');
  return out;
}

/** "3@12:40" per reference: number @ where it starts. */
export function dumpReferences(doc: CouncilDocument): string[] {
  return doc.references.map((x) => `${x.number}@${pos(x.range.start)}`);
}

/** "2 [5-6,9-9] 'note text'" per definition: number, the lines each part spans, text. */
export function dumpDefinitions(doc: CouncilDocument): string[] {
  return doc.definitions.map(
    (d) => `${d.number} [${d.parts.map((p) => `${p.start.line}-${p.end.line}`).join(',')}] '${d.text}'`,
  );
}

/** "footnote-unused 12:0-12:1" per diagnostic. */
export function dumpDiagnostics(analysis: Analysis): string[] {
  return analysis.diagnostics.map((d) => `${d.code} ${span(d.range)}`);
}

/** "footnote-unused@12": a finding's code and the line it starts on, for short assertions. */
export function finding(d: { readonly code?: unknown; readonly range: RangeLike }): string {
  return `${String(d.code)}@${d.range.start.line}`;
}

/** `finding` for each diagnostic of an analysis. */
export function findings(analysis: Analysis): string[] {
  return analysis.diagnostics.map(finding);
}
