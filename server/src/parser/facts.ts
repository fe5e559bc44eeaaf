// What can be known about a line from its own text, as one table of facts. Each fact is
// classified by the first pass it can change (FACT_CLASSES): the reuse layer compares two
// versions of a line by the classes a shortcut keeps, so the equalities it uses are derived from
// the table, and a fact added to LineFacts does not compile until it is classified there.

import type { HeadingMatch } from './headings/rule';

export interface DefinitionMatch {
  readonly column: number;
  readonly digits: number;
  readonly number: number;
  readonly textColumn: number;
}

export interface CandidateMatch {
  readonly column: number;
  readonly length: number;
  readonly number: number;
  /** Glued to a lower-case word or to closing punctuation (strong) rather than to a run of
   *  capitals such as EU27 or COP30 (weak: a name unless the note fits exactly there). */
  readonly strong: boolean;
}

/** Where a line holds a placeholder left for the drafter ("[datum]", a line "…"). */
export interface PlaceholderMatch {
  readonly column: number;
  readonly length: number;
}

export interface LineFacts {
  readonly kind: 'blank' | 'page-furniture' | 'body';
  /** The column after the last non-white-space character; -1 when that is the line's end.
   *  (Most lines end in text: their facts are then shared, one object for each shape.) */
  readonly contentEnd: number;
  readonly startsLower: boolean;
  /** Ends in . , ; : ! or ? (a heading does not). */
  readonly endsInPunctuation: boolean;
  /** Ends a sentence: . ! or ?, also with a closing quote or bracket or a footnote number after
   *  it ("doorgevoerd.3"): in text without blank lines, a heading may follow such a line. */
  readonly endsSentence: boolean;
  /** Reads as a heading's label if it stands right under one: a line in parentheses, one that
   *  starts with "=", or a label word ("Beleidsdebat", "Stand van zaken; doc. 8803/27"). */
  readonly label: boolean;
  /** The line read as the first line of a heading by one of the heading rules, if any. */
  readonly heading: HeadingMatch | null;
  /** The line read as a footnote definition ("3 Note text"), if it has that shape. */
  readonly definition: DefinitionMatch | null;
  /** A closing formula: "De Minister van ...,", "Hoogachtend,". */
  readonly closing: boolean;
  readonly salutation: boolean;
  readonly candidates: readonly CandidateMatch[];
  /** The placeholder the line holds, if any: none or one. */
  readonly placeholders: readonly PlaceholderMatch[];
}

/**
 * What a fact can change, in the order of the passes: a fact of a class can change that pass's
 * decisions and every later one's. `ends` are read only for where ranges end, which every
 * shortcut computes anew.
 */
export type FactClass = 'blocks' | 'headings' | 'notes' | 'references' | 'ends';

export const FACT_CLASSES: Readonly<Record<keyof LineFacts, FactClass>> = {
  kind: 'blocks',
  closing: 'blocks',
  salutation: 'blocks',
  startsLower: 'headings',
  endsInPunctuation: 'headings',
  endsSentence: 'headings',
  label: 'headings',
  heading: 'headings',
  definition: 'notes',
  candidates: 'references',
  // Read by no pass's decisions, only listed as the document's placeholders, which every
  // shortcut that runs the references pass lists anew.
  placeholders: 'references',
  contentEnd: 'ends',
};

const FACTS = Object.keys(FACT_CLASSES) as (keyof LineFacts)[];
const factsOf = (...classes: FactClass[]): readonly (keyof LineFacts)[] =>
  FACTS.filter((f) => classes.includes(FACT_CLASSES[f]));
/** What the passes that find blocks, headings and the closing read. */
const BLOCK_AND_HEADING_FACTS = factsOf('blocks', 'headings');
/** What any pass reads, ends of ranges aside. */
const STRUCTURE_FACTS = factsOf('blocks', 'headings', 'notes', 'references');

/** Every LineFacts is made here, so that all have one shape (hidden class): the passes read
 *  facts in loops over every line, and reads from objects of mixed shapes are several times
 *  slower. Not frozen for the same reason; nothing writes to facts. */
export function lineFacts(
  kind: LineFacts['kind'],
  contentEnd: number,
  startsLower: boolean,
  endsInPunctuation: boolean,
  heading: HeadingMatch | null,
  definition: DefinitionMatch | null,
  closing: boolean,
  salutation: boolean,
  candidates: readonly CandidateMatch[],
  endsSentence = false,
  label = false,
  placeholders: readonly PlaceholderMatch[] = NO_PLACEHOLDERS,
): LineFacts {
  return {
    kind,
    contentEnd,
    startsLower,
    endsInPunctuation,
    endsSentence,
    label,
    heading,
    definition,
    closing,
    salutation,
    candidates,
    placeholders,
  };
}

export const NO_CANDIDATES: readonly CandidateMatch[] = Object.freeze([]);
export const NO_PLACEHOLDERS: readonly PlaceholderMatch[] = Object.freeze([]);
export const BLANK_FACTS = lineFacts('blank', 0, false, false, null, null, false, false, NO_CANDIDATES);
/** A line of plain text that ends in text, by whether it starts lower-case and ends in
 *  punctuation (, ; : first, then . ! ? that end a sentence): most lines of a report, and no
 *  object needs to be made for them. */
export const PLAIN_FACTS = [
  lineFacts('body', -1, false, false, null, null, false, false, NO_CANDIDATES),
  lineFacts('body', -1, false, true, null, null, false, false, NO_CANDIDATES),
  lineFacts('body', -1, true, false, null, null, false, false, NO_CANDIDATES),
  lineFacts('body', -1, true, true, null, null, false, false, NO_CANDIDATES),
  lineFacts('body', -1, false, true, null, null, false, false, NO_CANDIDATES, true),
  lineFacts('body', -1, true, true, null, null, false, false, NO_CANDIDATES, true),
] as const;

/** One fact of two lines the same: values equal, lists element by element; a heading or a
 *  note only when it is the same object (a line's own reading is never equal to another's). */
function sameFact(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameFields(x[i] as object, y[i] as object)) return false;
  return true;
}

function sameFields(a: object, b: object): boolean {
  for (const k in a) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

function sameFacts(a: LineFacts, b: LineFacts, facts: readonly (keyof LineFacts)[]): boolean {
  if (a === b) return true;
  for (const f of facts) if (!sameFact(a[f], b[f])) return false;
  return true;
}

/** Whether two lines read the same to every pass, whatever their words: only where they end
 *  may differ. */
export function sameStructure(a: LineFacts, b: LineFacts): boolean {
  return sameFacts(a, b, STRUCTURE_FACTS);
}

/** Whether two lines read the same to the passes that find blocks, headings and the closing;
 *  their note shape and reference candidates may differ. */
export function sameBlocksAndHeadings(a: LineFacts, b: LineFacts): boolean {
  return sameFacts(a, b, BLOCK_AND_HEADING_FACTS);
}

/** Whether a line reads to the passes that find blocks and headings as a line of plain text
 *  does, whatever its case and final punctuation: not a heading, label, closing or salutation. */
export function readsAsPlainText(f: LineFacts): boolean {
  for (const p of PLAIN_FACTS) if (sameBlocksAndHeadings(f, p)) return true;
  return false;
}
