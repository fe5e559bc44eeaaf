// The server's side of Insert Footnote (see FootnoteInsertionRequest and FootnoteInsertionAnswer
// in protocol/commands.ts): the edit and where the new note's placeholder ends up, which the
// client applies and selects.

import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type ExecuteCommandParams,
  type Position,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { insertFootnote } from '../edits/insertFootnote';
import {
  COMPUTE_FOOTNOTE_INSERTION_COMMAND,
  type FootnoteInsertionAnswer,
  type FootnoteInsertionRequest,
} from '../protocol/commands';
import type { DocumentStore } from './documents';
import type { LineDocument } from './lineDocument';

export function footnoteInsertion(
  params: ExecuteCommandParams,
  store: DocumentStore,
  editOf: (document: LineDocument, edits: TextEdit[]) => WorkspaceEdit,
): FootnoteInsertionAnswer | null {
  if (params.command !== COMPUTE_FOOTNOTE_INSERTION_COMMAND)
    throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
  // Checked field by field: a client may send anything.
  const [target] = (params.arguments ?? []) as Partial<FootnoteInsertionRequest>[];
  const uri = target?.textDocument?.uri;
  const document = typeof uri === 'string' ? store.get(uri) : undefined;
  if (!document || !isPosition(target?.position)) return null;
  const insertion = insertFootnote(store.analysisOf(document).document, document, target.position);
  if (!insertion)
    throw new ResponseError(LSPErrorCodes.RequestFailed, store.options.diagnostics.messages.insertFootnoteNotHere);
  return {
    edit: editOf(document, insertion.edits),
    selection: insertion.selection,
    number: insertion.number,
    version: document.version,
  };
}

function isPosition(p: unknown): p is Position {
  const q = p as Position | null | undefined;
  return (
    typeof q?.line === 'number' &&
    typeof q.character === 'number' &&
    Number.isInteger(q.line) &&
    Number.isInteger(q.character) &&
    q.line >= 0 &&
    q.character >= 0
  );
}
