// Hover on footnotes: on a reference, the note it points to, its whole text joined across
// lines and pages; on a note's own number, where the note is referenced; on a reference
// without a note, that it is not defined. On a session's heading in a report checked against
// its annotated agenda, what the agenda says of the item. In the user's language.

import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { CouncilDocument, Position } from '../parser/model';
import { agendaItems, type AgendaComparison } from '../core/agenda';
import { definitionAt, definitionsOf, referenceAt, referencesTo } from '../core/lookup';
import type { Messages } from '../core/messages';
import type { SourceText } from '../edits/sourceText';
import { sessionHeadingAt } from './definition';

export interface HoverOptions {
  readonly messages: Messages;
  /** Markdown unless the client announced only plain text. */
  readonly format: MarkupKind;
}

export function hover(doc: CouncilDocument, position: Position, options: HoverOptions): Hover | null {
  const say = options.messages;
  const markdown = options.format === MarkupKind.Markdown;
  const label = (n: number): string => (markdown ? `**${say.footnoteLabel(n)}**` : say.footnoteLabel(n));
  const quote = (s: string): string => (markdown ? escapeMarkdown(s) : s);
  const content = (paragraphs: readonly string[]): Hover['contents'] => ({
    kind: options.format,
    value: paragraphs.join('\n\n'),
  });

  const reference = referenceAt(doc, position);
  if (reference) {
    const n = reference.number;
    const notes = definitionsOf(doc, n);
    if (notes.length === 0) return { contents: content([quote(say.footnoteNotDefined(n))]), range: reference.range };
    const texts = notes.map((d) => `${label(n)} — ${quote(d.text)}`);
    return {
      contents: content(notes.length > 1 ? [quote(say.footnoteDefinedTimes(n, notes.length)), ...texts] : texts),
      range: reference.range,
    };
  }
  const definition = definitionAt(doc, position);
  if (definition) {
    const references = referencesTo(doc, definition.number);
    const lines = [...new Set(references.map((r) => r.range.start.line + 1))];
    return {
      contents: content([label(definition.number), quote(say.footnoteReferencedOn(references.length, lines))]),
      range: definition.numberRange,
    };
  }
  return null;
}

/** Note texts are the writer's words: a `*`, `_` or `<` in them is text, not markup. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#!|~&]/g, '\\$&');
}

/** The agenda's text of an item, in the hover: about a screenful. */
export const AGENDA_HOVER_LIMIT = 1500;

/** Hover on a report's session heading: what the agenda it is checked against says of the
 *  item, its body paragraphs (`agenda` and `source` are the agenda and its text). */
export function agendaItemHover(
  report: CouncilDocument,
  comparison: AgendaComparison,
  agenda: CouncilDocument,
  source: SourceText,
  position: Position,
  options: HoverOptions,
): Hover | null {
  const session = sessionHeadingAt(report, position);
  const index = session < 0 ? -1 : (comparison.itemOf[session] ?? -1);
  const item = index < 0 ? undefined : agendaItems(agenda)[index];
  if (!item) return null;
  const markdown = options.format === MarkupKind.Markdown;
  const quote = (s: string): string => (markdown ? escapeMarkdown(s) : s);
  const paragraphs: string[] = [];
  let open = false;
  for (let l = item.heading.range.end.line + 1; l <= item.range.end.line && l < agenda.lineCount; l++) {
    const kind = agenda.lineKinds[l];
    if (kind === 'page-furniture') continue;
    if (kind !== 'body') {
      open = false;
      continue;
    }
    const text = source.line(l).trim();
    if (open) paragraphs[paragraphs.length - 1] += ` ${text}`;
    else paragraphs.push(text);
    open = true;
  }
  let length = 0;
  const shown: string[] = [];
  for (const p of paragraphs) {
    if (length + p.length > AGENDA_HOVER_LIMIT) {
      shown.push(`${p.slice(0, Math.max(0, AGENDA_HOVER_LIMIT - length)).trimEnd()}…`);
      break;
    }
    shown.push(p);
    length += p.length;
  }
  const intro = options.messages.agendaSays(item.heading.title);
  return {
    contents: {
      kind: options.format,
      value: [markdown ? `**${quote(intro)}**` : intro, ...shown.map(quote)].join('\n\n'),
    },
    range: report.sessions[session]!.heading.range,
  };
}
