// What the command line prints for one report: the JSON shape of `check --format json` and
// the text lines of the default format. Lines and columns count from 1 here, for people.

import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CouncilDocument, OutlineNode } from '../parser/model';
import type { CouncilDiagnostic } from '../core/diagnostics';
import { headingLabel } from '../core/outline';
import type { SeveritySetting } from '../core/codes';

export interface OutlineEntry {
  kind: 'domain' | 'session';
  number: number | null;
  title: string;
  /** The heading's label ("Beleidsdebat"), null when it has none. */
  label: string | null;
  line: number;
  endLine: number;
  children: OutlineEntry[];
}

export interface FileReport {
  path: string;
  /** The document's title ("Verslag Raad Buitenlandse Zaken van ..."), null when it has none. */
  title: string | null;
  outline: OutlineEntry[];
  footnotes: {
    number: number;
    line: number;
    endLine: number;
    text: string;
    references: { line: number; column: number }[];
  }[];
  references: { number: number; line: number; column: number }[];
  diagnostics: {
    code: string;
    severity: SeverityName;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }[];
}

export type SeverityName = Exclude<SeveritySetting, 'off'>;

export function severityName(s: DiagnosticSeverity | undefined): SeverityName {
  switch (s) {
    case DiagnosticSeverity.Warning:
      return 'warning';
    case DiagnosticSeverity.Information:
      return 'information';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'error';
  }
}

function outlineEntry(node: OutlineNode): OutlineEntry {
  return {
    kind: node.kind,
    number: node.heading.number,
    title: node.heading.title,
    label: node.heading.label?.text ?? null,
    line: node.range.start.line + 1,
    endLine: node.range.end.line + 1,
    children: node.kind === 'domain' ? node.sessions.map(outlineEntry) : [],
  };
}

export function fileReport(path: string, doc: CouncilDocument, diagnostics: readonly CouncilDiagnostic[]): FileReport {
  const referencesOf = new Map<number, { line: number; column: number }[]>();
  for (const r of doc.references) {
    const at = { line: r.range.start.line + 1, column: r.range.start.character + 1 };
    const list = referencesOf.get(r.number);
    if (list) list.push(at);
    else referencesOf.set(r.number, [at]);
  }
  return {
    path,
    title: doc.title?.text ?? null,
    outline: doc.outline.map(outlineEntry),
    footnotes: doc.definitions.map((d) => ({
      number: d.number,
      line: d.numberRange.start.line + 1,
      endLine: d.parts[d.parts.length - 1]!.end.line + 1,
      text: d.text,
      references: referencesOf.get(d.number) ?? [],
    })),
    references: doc.references.map((r) => ({
      number: r.number,
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
    })),
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: severityName(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
    })),
  };
}

/** The outline as an indented tree, one heading a line with its label in parentheses and its
 *  line number; under the document's title, where it has one. Empty when there is neither. */
export function formatOutline(doc: CouncilDocument, emptyOutline: string): string[] {
  const lines: string[] = [];
  const walk = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const n of nodes) {
      const label = n.heading.label ? ` (${n.heading.label.text})` : '';
      lines.push(`${'  '.repeat(depth)}${headingLabel(n.heading)}${label}  (line ${n.range.start.line + 1})`);
      if (n.kind === 'domain') walk(n.sessions, depth + 1);
    }
  };
  if (doc.title) {
    lines.push(`${doc.title.text}  (line ${doc.title.range.start.line + 1})`);
    walk(doc.outline, 1);
    if (doc.outline.length === 0) lines.push(`  ${emptyOutline}`);
  } else walk(doc.outline, 0);
  return lines;
}

/** `path:line:column: severity code message`, one finding a line. */
export function formatFindings(path: string, diagnostics: readonly CouncilDiagnostic[]): string[] {
  return diagnostics.map(
    (d) =>
      `${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severityName(d.severity)} ${d.code} ${d.message}`,
  );
}
