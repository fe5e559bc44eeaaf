// Helpers for tests: reports written as arrays of lines, a cursor marker, readable dumps.

import { analyse, type Analysis } from '../../server/src/core/analysis';
import type { CouncilDocument, OutlineNode, Position, Range } from '../../server/src/parser/model';
import { parse } from '../../server/src/parser/parse';

export const CURSOR = '|';

export function text(lines: readonly string[], eol = '\n'): string {
  return lines.join(eol);
}

export function parseLines(lines: readonly string[]): CouncilDocument {
  return parse(text(lines));
}

export function analyseLines(lines: readonly string[]): Analysis {
  return analyse(text(lines));
}

/** Removes the one cursor marker from the lines and returns where it stood. */
export function withCursor(lines: readonly string[]): { lines: string[]; position: Position } {
  let position: Position | null = null;
  const out = lines.map((l, line) => {
    const character = l.indexOf(CURSOR);
    if (character < 0) return l;
    if (position) throw new Error('more than one cursor marker');
    position = { line, character };
    return l.slice(0, character) + l.slice(character + 1);
  });
  if (!position) throw new Error('no cursor marker');
  return { lines: out, position };
}

export function r(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** "domain 1 'Justitie' 0:0-9:12" and its sessions indented below it. */
export function dumpOutline(doc: CouncilDocument): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly OutlineNode[], indent: string): void => {
    for (const n of nodes) {
      out.push(`${indent}${n.kind} ${n.heading.number} '${n.heading.title}' ${r(n.range)}`);
      if (n.kind === 'domain') walk(n.sessions, indent + '  ');
    }
  };
  walk(doc.outline, '');
  return out;
}

/** "3@12:40" per reference: number @ line:column (0-based). */
export function dumpReferences(doc: CouncilDocument): string[] {
  return doc.references.map((x) => `${x.number}@${x.range.start.line}:${x.range.start.character}`);
}

/** "2 @5 'note text'" per definition, with the lines it spans. */
export function dumpDefinitions(doc: CouncilDocument): string[] {
  return doc.definitions.map((d) => `${d.number} [${d.parts.map((p) => `${p.start.line}-${p.end.line}`).join(',')}] '${d.text}'`);
}

/** "footnote-unused 12:0-12:1" per diagnostic. */
export function dumpDiagnostics(analysis: Analysis): string[] {
  return analysis.diagnostics.map((d) => `${d.code} ${r(d.range)}`);
}
