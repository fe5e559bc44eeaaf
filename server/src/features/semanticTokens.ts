// Semantic tokens: the colours only the parser can give. A TextMate pattern cannot tell a topic
// heading ("Russische agressie tegen Oekraïne") from a short sentence, nor a label or a title
// from body text; the model can. package.json maps each token type to the scopes the grammar
// already uses (`contributes.semanticTokenScopes`), so themes colour them as they colour the
// grammar's numbered headings and footnotes.
//
// The tokens of a document version are made once, in one pass over the model (headings and
// labels in outline order, the few title lines, then references and notes merged in document
// order), and kept while the model is the same object; a range request encodes only the tokens
// of its lines, found by binary search, so a large report's visible part costs little.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { SourceText } from '../edits/sourceText';
import type { CouncilDocument, Heading, OutlineNode, Range } from '../parser/model';
import { lowerBound } from '../parser/search';

/** The token types, in legend order: a token's type is its index here. Declared with the same
 *  ids in package.json `contributes.semanticTokenTypes`. */
export const SEMANTIC_TOKEN_TYPES = [
  'domainHeading',
  'sessionHeading',
  'headingLabel',
  'documentTitle',
  'footnoteReference',
  'footnoteDefinition',
] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [],
};

const TYPE = Object.fromEntries(SEMANTIC_TOKEN_TYPES.map((t, i) => [t, i])) as Record<SemanticTokenType, number>;

/** One token on one line (LSP tokens do not span lines). */
export interface SemanticToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: SemanticTokenType;
}

interface Made {
  readonly tokens: readonly SemanticToken[];
  readonly full: SemanticTokens;
}

const made = new WeakMap<CouncilDocument, Made>();

/** Every token of the document, in document order, none overlapping. */
export function semanticTokenList(doc: CouncilDocument, text: SourceText): readonly SemanticToken[] {
  return madeFor(doc, text).tokens;
}

/** `textDocument/semanticTokens/full`. */
export function semanticTokens(doc: CouncilDocument, text: SourceText): SemanticTokens {
  return madeFor(doc, text).full;
}

/** `textDocument/semanticTokens/range`: the tokens on the lines the range touches. */
export function semanticTokensInRange(doc: CouncilDocument, text: SourceText, range: Range): SemanticTokens {
  const { tokens } = madeFor(doc, text);
  const from = lowerBound(tokens.length, (k) => tokens[k]!.line < range.start.line);
  const to = lowerBound(tokens.length, (k) => tokens[k]!.line <= range.end.line);
  return { data: encode(tokens, from, Math.max(from, to)) };
}

function madeFor(doc: CouncilDocument, text: SourceText): Made {
  let m = made.get(doc);
  if (!m) {
    const tokens = collect(doc, text);
    made.set(doc, (m = { tokens, full: { data: encode(tokens, 0, tokens.length) } }));
  }
  return m;
}

function collect(doc: CouncilDocument, text: SourceText): SemanticToken[] {
  // Headings, labels and the title: a few hundred tokens at most, sorted on their own.
  const structure: SemanticToken[] = [];
  const spanLines = (range: Range, type: SemanticTokenType, firstFrom = range.start.character): void => {
    for (let line = range.start.line; line <= range.end.line; line++) {
      const from = line === range.start.line ? firstFrom : 0;
      const to = line === range.end.line ? range.end.character : text.lineEnd(line).character;
      if (to > from) structure.push({ line, character: from, length: to - from, type });
    }
  };
  // The number keeps the grammar's number colour: the heading's token starts after it.
  const heading = (h: Heading, type: SemanticTokenType): void => {
    spanLines(h.range, type, h.numberRange ? h.numberRange.end.character : h.range.start.character);
    if (h.label) spanLines(h.label.range, 'headingLabel');
  };
  const visit = (node: OutlineNode): void => {
    if (node.kind === 'domain') {
      heading(node.heading, 'domainHeading');
      for (const s of node.sessions) heading(s.heading, 'sessionHeading');
    } else heading(node.heading, 'sessionHeading');
  };
  if (doc.title) spanLines(doc.title.range, 'documentTitle');
  for (const node of doc.outline) visit(node);
  structure.sort(byPosition);

  // References and notes come in document order already: merged, not sorted.
  const notes: SemanticToken[] = [];
  const refs = doc.references;
  const defs = doc.definitions;
  let r = 0;
  let d = 0;
  while (r < refs.length || d < defs.length) {
    const ref = refs[r];
    const def = defs[d];
    if (ref && (!def || before(ref.range, def.numberRange))) {
      notes.push(single(ref.range, 'footnoteReference'));
      r++;
    } else if (def) {
      notes.push(single(def.numberRange, 'footnoteDefinition'));
      d++;
    }
  }

  const out: SemanticToken[] = [];
  let i = 0;
  let j = 0;
  while (i < structure.length || j < notes.length) {
    const a = structure[i];
    const b = notes[j];
    if (a && (!b || byPosition(a, b) <= 0)) {
      add(out, a);
      i++;
    } else if (b) {
      add(out, b);
      j++;
    }
  }
  return out;
}

function single(range: Range, type: SemanticTokenType): SemanticToken {
  return {
    line: range.start.line,
    character: range.start.character,
    length: range.end.character - range.start.character,
    type,
  };
}

function before(a: Range, b: Range): boolean {
  return a.start.line < b.start.line || (a.start.line === b.start.line && a.start.character < b.start.character);
}

function byPosition(a: SemanticToken, b: SemanticToken): number {
  return a.line - b.line || a.character - b.character;
}

/** Appends `t`, cutting the token before it where they overlap (a footnote reference glued to a
 *  heading's title splits the heading's token around it): tokens may not overlap. */
function add(out: SemanticToken[], t: SemanticToken): void {
  if (t.length <= 0) return;
  const last = out[out.length - 1];
  if (last && last.line === t.line && last.character + last.length > t.character) {
    const lastEnd = last.character + last.length;
    out.pop();
    if (t.character > last.character) out.push({ ...last, length: t.character - last.character });
    out.push(t);
    const end = t.character + t.length;
    if (lastEnd > end) out.push({ ...last, character: end, length: lastEnd - end });
    return;
  }
  out.push(t);
}

/** LSP's relative encoding: per token, line delta, start delta (from the previous token's start
 *  on the same line), length, type, modifiers. */
function encode(tokens: readonly SemanticToken[], from: number, to: number): number[] {
  const data = new Array<number>((to - from) * 5);
  let line = 0;
  let character = 0;
  for (let k = from, o = 0; k < to; k++, o += 5) {
    const t = tokens[k]!;
    data[o] = t.line - line;
    data[o + 1] = t.line === line ? t.character - character : t.character;
    data[o + 2] = t.length;
    data[o + 3] = TYPE[t.type];
    data[o + 4] = 0;
    line = t.line;
    character = t.character;
  }
  return data;
}
