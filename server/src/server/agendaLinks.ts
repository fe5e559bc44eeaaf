// Between a report and its annotated agenda in the editor: Go to Definition and Hover across
// the pairing (agendas.ts), and the server's side of Compare with Annotated Agenda. Each asks
// the pairing for the other document and hands both to a feature.

import type { ExecuteCommandParams, Hover, LocationLink, Position } from 'vscode-languageserver/node';
import { agendaItemDefinition, reportSessionDefinitions } from '../features/definition';
import { agendaItemHover, type HoverOptions } from '../features/hover';
import type { PairWithAgendaAnswer, PairWithAgendaRequest } from '../protocol/commands';
import type { AgendaPairing } from './agendas';
import type { DocumentStore } from './documents';
import type { LineDocument } from './lineDocument';

/** From a report's session heading to its agenda item, or from an agenda's item heading to the
 *  sessions of the open reports paired with it. */
export function agendaDefinition(
  document: LineDocument,
  position: Position,
  store: DocumentStore,
  pairing: AgendaPairing,
): LocationLink[] {
  const analysis = store.analysisOf(document);
  const agendaUri = pairing.agendaUriOf(document.uri);
  if (analysis.agenda && agendaUri !== null)
    return agendaItemDefinition(analysis.document, analysis.agenda, agendaUri, position);
  const reports = pairing.reportsOf(document.uri).flatMap((uri) => {
    const comparison = store.analysisFor(uri)?.agenda;
    return comparison ? [{ uri, comparison }] : [];
  });
  return reportSessionDefinitions(position, reports);
}

/** On a report's session heading: what its agenda says of the item. */
export async function agendaHover(
  document: LineDocument,
  position: Position,
  store: DocumentStore,
  pairing: AgendaPairing,
  options: HoverOptions,
): Promise<Hover | null> {
  const analysis = store.analysisOf(document);
  const agendaUri = pairing.agendaUriOf(document.uri);
  if (!analysis.agenda || agendaUri === null) return null;
  const agenda = await pairing.load(agendaUri);
  if (!agenda) return null;
  return agendaItemHover(analysis.document, analysis.agenda, agenda.document, agenda.source, position, options);
}

/** Compare with Annotated Agenda: the report is checked against the agenda picked. */
export async function pairWithAgenda(
  params: ExecuteCommandParams,
  store: DocumentStore,
  pairing: AgendaPairing,
): Promise<PairWithAgendaAnswer | null> {
  // Checked field by field: a client may send anything.
  const [request] = (params.arguments ?? []) as Partial<PairWithAgendaRequest>[];
  const report = request?.report?.uri;
  const agenda = request?.agenda?.uri;
  if (typeof report !== 'string' || typeof agenda !== 'string') return null;
  if (!(await pairing.pairByHand(report, agenda))) return null;
  const comparison = store.analysisFor(report)?.agenda;
  return comparison ? { missing: comparison.missing.length } : null;
}
