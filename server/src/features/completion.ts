// Completion: footnote numbers where a reference is glued to the text, and session numbers and
// kinds at the start of a heading.
//
// It stays quiet while the writer types words. VS Code asks for completions at every letter
// typed, in the same way as on Ctrl+Space, so a request right after a letter cannot tell the
// two apart: numbers are offered only once a digit is typed against a word (Eurojust4), or
// right after closing punctuation (lidstaten,), which no typing of a word reaches. Headings
// are completed at the start of a block: on an empty line (Ctrl+Space), on a number typed
// there, and on the title after "3. ". The digits and words read here are those right at the
// cursor, what the writer is typing; everything else comes from the model.

import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { CouncilDocument, Heading, Position } from '../parser/model';
import { REFERENCE_SHAPE } from '../parser/parse';
import { insertFootnote } from '../edits/insertFootnote';
import type { Messages } from '../core/messages';
import type { SourceText } from '../edits/sourceText';

export interface CompletionOptions {
  /** The session kinds the parser knows (ParseOptions.sessionKinds). */
  readonly sessionKinds: readonly string[];
  readonly messages: Messages;
}

const URL_START = /(?:https?:\/\/|www\.)\S*$/;
/** Kinds that make a whole title ("3. Diversen"); the others take a subject after a dash. */
const WHOLE_TITLES = new Set(['Diversen', 'Overig', 'Overige onderwerpen']);
const NOTE_PREVIEW = 60;

export function completions(
  doc: CouncilDocument,
  source: SourceText,
  position: Position,
  options: CompletionOptions,
): CompletionItem[] {
  if (
    !Number.isInteger(position.line) ||
    position.line < 0 ||
    position.line >= source.lineCount ||
    !(position.character >= 0)
  )
    return [];
  const line = source.line(position.line);
  const cursor = Math.min(position.character, line.length);
  const kind = doc.lineKinds[position.line];
  if (kind === 'body' || kind === 'frame') {
    const numbers = footnoteNumbers(doc, source, line, { line: position.line, character: cursor }, options.messages);
    if (numbers.length > 0) return numbers;
  }
  return headingStart(doc, line, { line: position.line, character: cursor }, options);
}

function footnoteNumbers(
  doc: CouncilDocument,
  source: SourceText,
  line: string,
  position: Position,
  say: Messages,
): CompletionItem[] {
  const cursor = position.character;
  let start = cursor;
  while (start > 0 && /[0-9]/.test(line[start - 1]!)) start--;
  const typed = line.slice(start, cursor);
  if (typed.length > 3) return []; // a year or an amount, not a footnote
  const before = line[start - 1];
  if (before === undefined) return [];
  const glued =
    typed.length > 0
      ? REFERENCE_SHAPE.canFollow(before)
      : REFERENCE_SHAPE.isClosingPunctuation(before) && /\S/.test(line[start - 2] ?? '');
  if (!glued || REFERENCE_SHAPE.isLetterOrDigit(line[cursor]) || URL_START.test(line.slice(0, start))) return [];

  const range: Range = { start: { line: position.line, character: start }, end: position };
  const items: CompletionItem[] = [];
  const insertion = insertFootnote(doc, source, position, { replacing: range });
  if (insertion) {
    const n = insertion.number;
    items.push({
      label: String(n),
      labelDetails: { description: say.completionNewFootnote(n) },
      kind: CompletionItemKind.Reference,
      detail: say.completionNewFootnote(n),
      documentation: say.completionNewFootnoteHelp(n),
      textEdit: insertion.reference,
      additionalTextEdits: insertion.edits.filter((e) => e !== insertion.reference),
      sortText: '0',
      preselect: true,
    });
  }
  const seen = new Set<number>();
  for (const d of [...doc.definitions].sort((a, b) => a.number - b.number)) {
    if (seen.has(d.number)) continue;
    seen.add(d.number);
    items.push({
      label: String(d.number),
      labelDetails: { description: d.text.length > NOTE_PREVIEW ? `${d.text.slice(0, NOTE_PREVIEW - 1)}…` : d.text },
      kind: CompletionItemKind.Reference,
      detail: say.footnoteLabel(d.number),
      documentation: { kind: MarkupKind.PlainText, value: d.text },
      textEdit: { range, newText: String(d.number) },
      sortText: `1${String(d.number).padStart(4, '0')}`,
    });
  }
  return items;
}

function headingStart(
  doc: CouncilDocument,
  line: string,
  position: Position,
  options: CompletionOptions,
): CompletionItem[] {
  const l = position.line;
  if (doc.closing && l >= doc.closing.start.line) return [];
  const above = l === 0 ? 'blank' : doc.lineKinds[l - 1];
  if (above !== 'blank' && above !== 'page-furniture' && above !== 'domain-heading') return [];
  if (line.slice(position.character).trim() !== '') return [];
  const typed = line.slice(0, position.character);
  const say = options.messages;
  const next = nextSessionNumber(doc, l);
  const at = (character: number): Range => ({ start: { line: l, character }, end: position });
  const numberItem = (range: Range): CompletionItem => ({
    label: `${next}.`,
    kind: CompletionItemKind.Value,
    detail: say.completionSessionNumber(next),
    textEdit: { range, newText: `${next}. ` },
    sortText: '0',
  });
  const kindItems = (range: Range, prefix: string): CompletionItem[] =>
    options.sessionKinds.map((k, i) => ({
      label: k,
      kind: CompletionItemKind.Keyword,
      detail: say.completionSessionKind,
      textEdit: { range, newText: prefix + (WHOLE_TITLES.has(k) ? k : `${k} – `) },
      filterText: prefix + k,
      sortText: `1${String(i).padStart(3, '0')}`,
    }));

  if (/^[ \t\u00A0]*$/.test(typed)) return [numberItem(at(typed.length)), ...kindItems(at(typed.length), `${next}. `)];
  const number = /^([ \t\u00A0]*)\d{1,2}$/.exec(typed);
  if (number) return [numberItem(at(number[1]!.length))];
  const title = /^[ \t\u00A0]*(?:\d{1,2}|[IVX]{1,6})\.[ \t\u00A0]+(\p{L}[\p{L} ]*)?$/u.exec(typed);
  if (title) return kindItems(at(typed.length - (title[1] ?? '').length), '');
  return [];
}

/** One more than the last numbered session above the line, in its domain (or outside any). */
function nextSessionNumber(doc: CouncilDocument, line: number): number {
  const domain = [...doc.domains].reverse().find((d) => d.heading.range.start.line < line);
  const group: Heading[] = domain
    ? domain.sessions.map((s) => s.heading)
    : doc.outline.flatMap((n) => (n.kind === 'session' ? [n.heading] : []));
  let last = 0;
  for (const h of group) if (h.range.start.line < line && h.number !== null) last = h.number;
  return last + 1;
}
