// Hover on footnotes: on a reference, the note it points to, its whole text joined across
// lines and pages; on a note's own number, where the note is referenced; on a reference
// without a note, that it is not defined. In the user's language.

import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { CouncilDocument, Position } from '../parser/model';
import { definitionAt, definitionsOf, referenceAt, referencesTo } from '../core/lookup';
import type { Messages } from '../core/messages';

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
