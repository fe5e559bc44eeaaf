// Code actions: a quick fix for each finding in the editor's request, matched on the finding's
// code (never its message), and the fix-all action `source.fixAll.council-report` for
// editor.codeActionsOnSave. The fixes themselves are in fixes.ts.

import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { Analysis, AnalysisOptions } from '../core/analysis';
import { DIAGNOSTIC_SOURCE } from '../core/diagnostics';
import { fixAll, quickFix } from '../edits/fixes';
import type { SourceText } from '../edits/sourceText';
import { workspaceEdit } from '../edits/textEdits';
import { SELECT_RANGE_COMMAND } from '../protocol/commands';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${DIAGNOSTIC_SOURCE}`;

export interface CodeActionRequest {
  readonly uri: string;
  readonly version: number;
  /** The findings the editor asks about (those at the cursor or in the selection). */
  readonly diagnostics: readonly Diagnostic[];
  /** The kinds asked for; all when absent. */
  readonly only?: readonly string[];
  /** Whether the client takes versioned document changes, so a stale edit is refused. */
  readonly documentChanges?: boolean;
}

export function codeActions(
  analysis: Analysis,
  source: SourceText,
  request: CodeActionRequest,
  options: AnalysisOptions,
): CodeAction[] {
  const wants = (kind: string): boolean =>
    !request.only || request.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const edit = (edits: TextEdit[]): WorkspaceEdit => workspaceEdit(request, edits, request.documentChanges ?? false);
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const byKey = new Map<string, CodeAction>();
    const current = new Map(analysis.diagnostics.map((d) => [findingKey(d.code, d.range, d.data), d]));
    for (const asked of request.diagnostics) {
      // Ours, and still there in this version of the text: same code, same range.
      const finding =
        asked.source === DIAGNOSTIC_SOURCE
          ? current.get(findingKey(String(asked.code), asked.range, asked.data))
          : undefined;
      if (!finding) continue;
      if (finding.code === 'placeholder-text') {
        // Selected, for the drafter to type over: the editor's to do, through the client.
        const title = options.diagnostics.messages.fixSelectPlaceholder;
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [asked],
          isPreferred: true,
          command: { title, command: SELECT_RANGE_COMMAND, arguments: [request.uri, finding.range] },
        });
        continue;
      }
      const fix = quickFix(analysis, source, finding, options.diagnostics);
      if (!fix) continue;
      const known = byKey.get(fix.key);
      if (known) {
        known.diagnostics!.push(asked);
        continue;
      }
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [asked],
        isPreferred: true,
        edit: edit(fix.edits),
      };
      byKey.set(fix.key, action);
      actions.push(action);
    }
  }

  // Fix-all parses the fixed text to check it, so it is computed only when asked for by kind
  // (on save, or from the Source Action menu), not for every light bulb.
  if (request.only && wants(FIX_ALL_KIND)) {
    const result = fixAll(analysis, source, options);
    if (result.edits.length > 0 && result.safe) {
      actions.push({ title: options.diagnostics.messages.fixAll, kind: FIX_ALL_KIND, edit: edit(result.edits) });
    }
  }
  return actions;
}

/** A finding by its code and range, and the agenda item it names (several share the title). */
function findingKey(code: string, r: Range, data?: unknown): string {
  const item = (data as { item?: unknown } | undefined)?.item;
  return `${code} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}${typeof item === 'number' ? ` ${item}` : ''}`;
}
