// Go to Definition (F12) and Peek on footnotes: from a reference to its note, from a note's
// number to itself. A number defined twice offers both notes. And between a report and its
// annotated agenda: from a session's heading to its item's, and back.

import type { LocationLink } from 'vscode-languageserver-types';
import type { CouncilDocument, Position } from '../parser/model';
import type { AgendaComparison, AgendaItem } from '../core/agenda';
import { definitionAt, definitionsOf, referenceAt } from '../core/lookup';

export function findDefinition(doc: CouncilDocument, uri: string, position: Position): LocationLink[] {
  const reference = referenceAt(doc, position);
  if (reference) {
    return definitionsOf(doc, reference.number).map((d) => ({
      originSelectionRange: reference.range,
      targetUri: uri,
      targetRange: d.parts[0]!,
      targetSelectionRange: d.numberRange,
    }));
  }
  const definition = definitionAt(doc, position);
  if (definition) {
    return [
      {
        originSelectionRange: definition.numberRange,
        targetUri: uri,
        targetRange: definition.parts[0]!,
        targetSelectionRange: definition.numberRange,
      },
    ];
  }
  return [];
}

/** The session whose heading is on the position's line, by index in `doc.sessions`; -1 if none. */
export function sessionHeadingAt(doc: CouncilDocument, position: Position): number {
  return doc.sessions.findIndex(
    (s) => s.heading.range.start.line <= position.line && position.line <= s.heading.range.end.line,
  );
}

/** The agenda item whose heading is on the position's line, by index; -1 if none. */
export function itemHeadingAt(items: readonly AgendaItem[], position: Position): number {
  return items.findIndex(
    (i) => i.heading.range.start.line <= position.line && position.line <= i.heading.range.end.line,
  );
}

/** From a report's session heading to its item in the agenda it is checked against. */
export function agendaItemDefinition(
  report: CouncilDocument,
  comparison: AgendaComparison,
  agendaUri: string,
  position: Position,
): LocationLink[] {
  const session = sessionHeadingAt(report, position);
  const item = session < 0 ? -1 : (comparison.itemOf[session] ?? -1);
  if (item < 0) return [];
  const heading = comparison.items[item]!.heading;
  return [
    {
      originSelectionRange: report.sessions[session]!.heading.range,
      targetUri: agendaUri,
      targetRange: comparison.items[item]!.range,
      targetSelectionRange: heading.range,
    },
  ];
}

/** From an agenda's item heading to the sessions that cover it in the reports checked against
 *  it, each with its comparison (made with that agenda). */
export function reportSessionDefinitions(
  position: Position,
  reports: readonly { readonly uri: string; readonly comparison: AgendaComparison }[],
): LocationLink[] {
  const links: LocationLink[] = [];
  for (const { uri, comparison } of reports) {
    const item = itemHeadingAt(comparison.items, position);
    const session = item < 0 ? null : comparison.sessionOf[item];
    if (!session) continue;
    links.push({
      originSelectionRange: comparison.items[item]!.heading.range,
      targetUri: uri,
      targetRange: session.range,
      targetSelectionRange: session.heading.range,
    });
  }
  return links;
}
