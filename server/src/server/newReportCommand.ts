// The server's side of New Report from Annotated Agenda (see NewReportRequest and
// NewReportAnswer in protocol/commands.ts): the report drafted from the agenda, open or on disk,
// which the client opens in an untitled editor with the cursor on the first placeholder.

import { ErrorCodes, LSPErrorCodes, ResponseError, type ExecuteCommandParams } from 'vscode-languageserver/node';
import { newReportFromAgenda } from '../edits/newReport';
import type { Messages } from '../core/messages';
import { DRAFT_REPORT_FROM_AGENDA_COMMAND, type NewReportAnswer, type NewReportRequest } from '../protocol/commands';
import type { AgendaPairing } from './agendas';

export async function draftReportFromAgenda(
  params: ExecuteCommandParams,
  pairing: AgendaPairing,
  messages: Messages,
): Promise<NewReportAnswer | null> {
  if (params.command !== DRAFT_REPORT_FROM_AGENDA_COMMAND)
    throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
  // Checked field by field: a client may send anything.
  const [request] = (params.arguments ?? []) as Partial<NewReportRequest>[];
  const uri = request?.agenda?.uri;
  if (typeof uri !== 'string') return null;
  const agenda = await pairing.load(uri);
  if (!agenda) throw new ResponseError(LSPErrorCodes.RequestFailed, messages.agendaUnreadable(uri));
  const report = newReportFromAgenda(agenda.document, agenda.source);
  return { text: report.text, cursor: { line: report.placeholderLines[0] ?? 0, character: 0 } };
}
