// What must hold for every analysis of every text, however odd: the properties, hostile-input
// and edit-storm suites check these. Each check returns readable violations ("reference 3 at
// 4:10-4:11 lies past the end of line 4 (length 9)") rather than throwing, so that a failing
// property shows all that is wrong with its smallest counterexample at once.

import type { Analysis } from '../../server/src/core/analysis';
import type { CouncilDocument, LineKind, OutlineNode, Position, Range } from '../../server/src/parser/model';
import { documentSymbols } from '../../server/src/features/symbols';
import { isDiagnosticCode } from '../../server/src/core/codes';
import { span } from './dump';

/** The lines of a text as LSP counts them: split at CRLF, LF and a lone CR. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The range dump of dump.ts, under the name the edit storms import. */
export { span as at };

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function nodeName(n: OutlineNode): string {
  return `${n.kind} ${n.heading.numberText ?? '(unnumbered)'} '${n.heading.title}'`;
}

/** Every range of the model and the diagnostics, each with a name for the report. */
function namedRanges(doc: CouncilDocument, analysis: Analysis): [string, Range][] {
  const out: [string, Range][] = [];
  for (const s of [...doc.domains, ...doc.sessions]) {
    out.push([`${nodeName(s)} range`, s.range], [`${nodeName(s)} heading`, s.heading.range]);
    if (s.heading.numberRange) out.push([`${nodeName(s)} number`, s.heading.numberRange]);
  }
  doc.references.forEach((r, i) => out.push([`reference #${i} (${r.number})`, r.range]));
  doc.definitions.forEach((d, i) => {
    out.push([`definition #${i} (${d.number}) number`, d.numberRange]);
    d.parts.forEach((p, j) => out.push([`definition #${i} (${d.number}) part ${j}`, p]));
  });
  doc.paragraphs.forEach((p, i) => out.push([`paragraph #${i}`, p]));
  if (doc.letterFrame) out.push(['letter frame', doc.letterFrame]);
  if (doc.closing) out.push(['closing', doc.closing]);
  analysis.diagnostics.forEach((d, i) => out.push([`diagnostic #${i} ${d.code}`, d.range]));
  return out;
}

const NOTE_LINES: ReadonlySet<LineKind> = new Set(['footnote-definition', 'footnote-continuation']);

/** What is wrong with this analysis of `text`; empty when every invariant holds. */
export function invariantViolations(text: string, analysis: Analysis): string[] {
  const doc = analysis.document;
  const lines = lspLines(text);
  const problems: string[] = [];
  const say = (p: string): void => void problems.push(p);

  if (doc.lineCount !== lines.length) say(`lineCount ${doc.lineCount}, but the text has ${lines.length} lines`);
  if (doc.lineKinds.length !== lines.length) say(`${doc.lineKinds.length} line kinds for ${lines.length} lines`);

  // Every range lies inside the document, on existing lines, within each line's UTF-16 length.
  const inside = (name: string, range: Range): boolean => {
    let ok = true;
    for (const [which, p] of [
      ['start', range.start],
      ['end', range.end],
    ] as const) {
      if (!Number.isInteger(p.line) || p.line < 0 || p.line >= lines.length) {
        say(`${name} ${span(range)}: ${which} line ${p.line} is not a line of the document (0..${lines.length - 1})`);
        ok = false;
      } else if (!Number.isInteger(p.character) || p.character < 0 || p.character > lines[p.line]!.length) {
        say(
          `${name} ${span(range)}: ${which} column ${p.character} is past the end of line ${p.line} (length ${lines[p.line]!.length})`,
        );
        ok = false;
      }
    }
    if (comparePositions(range.start, range.end) > 0) {
      say(`${name} ${span(range)}: starts after it ends`);
      ok = false;
    }
    return ok;
  };
  const valid = new Map<Range, boolean>();
  for (const [name, range] of namedRanges(doc, analysis)) valid.set(range, inside(name, range));
  const covered = (range: Range): string | null =>
    valid.get(range) && range.start.line === range.end.line
      ? lines[range.start.line]!.slice(range.start.character, range.end.character)
      : null;

  // The outline: sessions nest in their domain, headings in their sections, siblings in order.
  const siblings = (nodes: readonly OutlineNode[], where: string): void => {
    for (let i = 1; i < nodes.length; i++) {
      if (comparePositions(nodes[i - 1]!.range.end, nodes[i]!.range.start) > 0) {
        say(
          `${where}: ${nodeName(nodes[i - 1]!)} ${span(nodes[i - 1]!.range)} overlaps or follows ${nodeName(nodes[i]!)} ${span(nodes[i]!.range)}`,
        );
      }
    }
  };
  siblings(doc.outline, 'outline');
  for (const node of doc.outline) {
    if (node.kind !== 'domain') continue;
    siblings(node.sessions, nodeName(node));
    for (const s of node.sessions) {
      if (!contains(node.range, s.range))
        say(`${nodeName(s)} ${span(s.range)} does not lie inside its ${nodeName(node)} ${span(node.range)}`);
    }
  }
  for (const n of [...doc.domains, ...doc.sessions]) {
    // VS Code rejects a document symbol whose selection range is not inside its range.
    if (!contains(n.range, n.heading.range))
      say(`${nodeName(n)}: heading ${span(n.heading.range)} is not inside the section ${span(n.range)}`);
    if (n.heading.numberRange) {
      if (!contains(n.heading.range, n.heading.numberRange))
        say(`${nodeName(n)}: number ${span(n.heading.numberRange)} is not inside the heading ${span(n.heading.range)}`);
      const written = covered(n.heading.numberRange);
      if (written !== null && written !== n.heading.numberText)
        say(`${nodeName(n)}: the number range holds '${written}'`);
    }
    if ((n.heading.number === null) !== (n.heading.numberText === null))
      say(`${nodeName(n)}: number ${n.heading.number} but number text ${n.heading.numberText}`);
  }
  const flat = doc.outline.flatMap((n) => (n.kind === 'domain' ? n.sessions : [n]));
  if (flat.length !== doc.sessions.length || flat.some((s, i) => s !== doc.sessions[i]))
    say("sessions are not the outline's sessions in document order");
  const domains = doc.outline.filter((n) => n.kind === 'domain');
  if (domains.length !== doc.domains.length || domains.some((d, i) => d !== doc.domains[i]))
    say("domains are not the outline's domains");
  for (const symbol of documentSymbols(doc)) {
    if (!contains(symbol.range, symbol.selectionRange))
      say(`symbol '${symbol.name}': selection range outside its range`);
  }

  // References: in document order, each exactly the digits of its number, never on a note's lines.
  doc.references.forEach((r, i) => {
    const previous = doc.references[i - 1];
    if (previous && comparePositions(previous.range.start, r.range.start) >= 0) {
      say(
        `reference #${i} (${r.number}) at ${span(r.range)} is not after reference #${i - 1} at ${span(previous.range)}`,
      );
    }
    const written = covered(r.range);
    if (written !== null && (!/^\d{1,3}$/.test(written) || Number(written) !== r.number))
      say(`reference #${i} (${r.number}) at ${span(r.range)} covers '${written}'`);
    const kind = doc.lineKinds[r.range.start.line];
    if (kind !== undefined && (NOTE_LINES.has(kind) || kind === 'blank' || kind === 'page-furniture'))
      say(`reference #${i} (${r.number}) stands on a ${kind} line`);
  });
  doc.definitions.forEach((d, i) => {
    const written = covered(d.numberRange);
    if (written !== null && Number(written) !== d.number)
      say(`definition #${i} (${d.number}) number range holds '${written}'`);
    if (doc.lineKinds[d.numberRange.start.line] !== 'footnote-definition')
      say(`definition #${i} (${d.number}) is on a ${doc.lineKinds[d.numberRange.start.line]} line`);
    for (const p of d.parts) {
      for (let l = p.start.line; l <= p.end.line && l < doc.lineKinds.length; l++) {
        if (!NOTE_LINES.has(doc.lineKinds[l]!))
          say(`definition #${i} (${d.number}) spans line ${l}, a ${doc.lineKinds[l]} line`);
      }
    }
  });

  // Diagnostics agree with the model.
  const list = (ranges: Range[]): string => ranges.map(span).sort().join(' ');
  const of = (code: string): Range[] => analysis.diagnostics.filter((d) => d.code === code).map((d) => d.range);
  const defined = new Set(doc.definitions.map((d) => d.number));
  const referenced = new Set(doc.references.map((r) => r.number));
  const expectUndefined = doc.references.filter((r) => !defined.has(r.number)).map((r) => r.range);
  if (list(of('footnote-undefined')) !== list(expectUndefined)) {
    say(
      `footnote-undefined at [${list(of('footnote-undefined'))}], references without a note at [${list(expectUndefined)}]`,
    );
  }
  const firstDefinition = new Map<number, Range>();
  for (const d of doc.definitions) if (!firstDefinition.has(d.number)) firstDefinition.set(d.number, d.numberRange);
  const expectUnused = [...firstDefinition].filter(([n]) => !referenced.has(n)).map(([, r]) => r);
  if (list(of('footnote-unused')) !== list(expectUnused)) {
    say(`footnote-unused at [${list(of('footnote-unused'))}], notes nobody references at [${list(expectUnused)}]`);
  }
  const duplicates = doc.definitions.length - defined.size;
  if (of('footnote-duplicate').length !== duplicates)
    say(`${of('footnote-duplicate').length} footnote-duplicate for ${duplicates} repeated definitions`);
  // Numbering is checked where it is in use: the unnumbered sessions of a group (a domain, or
  // the sessions outside domains) in which at least one session is numbered.
  const groups = [
    doc.outline.filter((n) => n.kind === 'session').map((n) => n.heading),
    ...doc.domains.map((d) => d.sessions.map((s) => s.heading)),
  ];
  const unnumbered = groups
    .filter((g) => g.some((h) => h.number !== null))
    .flatMap((g) => g.filter((h) => h.number === null))
    .map((h) => h.range)
    .sort((a, b) => a.start.line - b.start.line);
  if (list(of('session-number-missing')) !== list(unnumbered))
    say(
      `session-number-missing at [${list(of('session-number-missing'))}], unnumbered sessions at [${list(unnumbered)}]`,
    );
  analysis.diagnostics.forEach((d, i) => {
    if (!isDiagnosticCode(d.code)) say(`diagnostic #${i}: unknown code ${d.code}`);
    if (d.source !== 'council-report') say(`diagnostic #${i} ${d.code}: source ${d.source}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') say(`diagnostic #${i} ${d.code}: no message`);
    if (d.severity === undefined) say(`diagnostic #${i} ${d.code}: no severity`);
    const previous = analysis.diagnostics[i - 1];
    if (previous && comparePositions(previous.range.start, d.range.start) > 0)
      say(`diagnostic #${i} ${d.code} at ${span(d.range)} comes before #${i - 1} at ${span(previous.range)}`);
  });
  return problems;
}
