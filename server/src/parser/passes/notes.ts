// Pass 3: footnote definitions. A definition line is accepted when its number fits the
// document's footnotes (referenced, or next in a run of notes, or next at the end); it runs on
// over its continuation lines, and a note's tail continued at the bottom of the next page
// belongs to it too.

import type { DefinitionMatch } from '../facts';
import type { FootnoteDefinition, LineKind, Range } from '../model';
import * as text from '../text';
import * as helpers from './structure';
import { type BlockStructure, type ScannedLines } from './structure';

// Imported names used in per-line loops are bound once, here: where this module runs as
// CommonJS (tsx, which runs the tests and the bench), every use of an imported name calls a
// getter, and those calls cost a full parse a quarter of its time.
const { contentEnd, range } = helpers;
const { collapse } = text;

const MAX_PAGE_CONTINUATION_LINES = 5; // a note's tail at the bottom of the next page

/** A note as found: its number and the stretches of lines it occupies. */
export interface FoundNote {
  readonly number: number;
  readonly numberRange: Range;
  readonly parts: { readonly first: number; last: number; readonly column: number }[];
  readonly texts: string[];
}

export interface Notes {
  readonly notes: readonly FoundNote[];
  /** The structure's kinds with the notes' lines marked: a new array, the later passes'. */
  readonly kinds: LineKind[];
}

export function findNotes(lines: ScannedLines, structure: BlockStructure): Notes {
  const kinds = structure.kinds.slice();
  const { facts, text } = lines;
  const blocks = structure.blocks;
  /** The line read as a definition ("3 Note text"), if it is a body line of that shape. */
  const definitionAt = (line: number): DefinitionMatch | null =>
    kinds[line] === 'body' ? facts[line]!.definition : null;

  const referenced = new Set<number>();
  /** The line of each number's first strong reference. */
  const firstReference = new Map<number, number>();
  // A glued number counts, also on a line that could itself be a note ("27 februari ... in
  // Warschau.1" opens with a date), unless it is that line's own number.
  for (const line of structure.candidateLines) {
    const own = definitionAt(line)?.number;
    for (const c of facts[line]!.candidates) {
      if (!c.strong || own === c.number || referenced.has(c.number)) continue;
      referenced.add(c.number);
      firstReference.set(c.number, line);
    }
  }

  // Blocks from trailingFrom on all open with a definition line: the notes at the end.
  let trailingFrom = blocks.length;
  while (trailingFrom > 0 && definitionAt(blocks[trailingFrom - 1]![0])) trailingFrom--;

  const notes: FoundNote[] = [];
  let maxDefined = 0;
  let open: FoundNote | null = null; // the last note, while its text ends mid-sentence
  const fits = (n: number, afterNote: FoundNote | null, trailing: boolean): boolean =>
    referenced.has(n) ||
    // in a run of notes, the same number again or one of the next two (a note left out)
    (afterNote !== null && n >= afterNote.number && n <= afterNote.number + 2) ||
    (trailing && n === maxDefined + 1);

  const startNote = (line: number, m: DefinitionMatch): FoundNote => {
    const column = m.column;
    const note: FoundNote = {
      number: m.number,
      numberRange: range(line, column, line, column + m.digits),
      parts: [{ first: line, last: line, column }],
      texts: [text[line]!.slice(m.textColumn)],
    };
    kinds[line] = 'footnote-definition';
    notes.push(note);
    maxDefined = Math.max(maxDefined, m.number);
    return note;
  };
  const continueNote = (note: FoundNote, line: number, newPart: boolean): void => {
    const s = text[line]!;
    if (newPart) note.parts.push({ first: line, last: line, column: s.length - s.trimStart().length });
    else note.parts[note.parts.length - 1]!.last = line;
    note.texts.push(s);
    kinds[line] = 'footnote-continuation';
  };
  // A run of notes from `from` to the block's end: each line a new note or the current one's.
  const runOfNotes = (note: FoundNote, from: number, last: number): FoundNote => {
    for (let l = from; l <= last; l++) {
      const m = definitionAt(l);
      if (m && fits(m.number, note, false)) note = startNote(l, m);
      else continueNote(note, l, false);
    }
    return note;
  };

  const refersToNote = (line: number): boolean => {
    for (const c of facts[line]!.candidates) if (c.strong) return true;
    return false;
  };
  /** A definition inside a block, not at its start (text without blank lines, where the notes
   *  stand at the page bottoms among the body lines): only the next number, referenced above
   *  it, with note text that does not go on in lower case ("12 maart", "27 lidstaten"). */
  const opensInside = (line: number, m: DefinitionMatch): boolean =>
    m.number === maxDefined + 1 &&
    (firstReference.get(m.number) ?? line) < line &&
    startsNoteText(text[line]!, m.textColumn);
  /** The notes inside a block from `line` on: each line a fitting definition, or the open
   *  note's continuation; a line after a closed note that is neither is body again. Returns the
   *  line after the run. */
  const notesInside = (line: number, last: number): number => {
    let note = startNote(line, definitionAt(line)!);
    let l = line + 1;
    for (; l <= last; l++) {
      const d = definitionAt(l);
      if (d && fits(d.number, note, false)) note = startNote(l, d);
      else if (kinds[l] === 'body' && isOpen(note)) continueNote(note, l, false);
      else break;
    }
    open = isOpen(note) ? note : null;
    return l;
  };
  /** Looks for notes among the body lines of a block from `from` to `last`. */
  const notesAmongBody = (from: number, last: number): void => {
    for (let l = from; l <= last;) {
      const m = definitionAt(l);
      if (m && opensInside(l, m)) l = notesInside(l, last);
      else l++;
    }
  };

  for (let b = 0; b < blocks.length; b++) {
    const [first, last] = blocks[b]!;
    if (kinds[first] !== 'body') {
      notesAmongBody(first + 1, last); // a heading block: its heading lines are not body
      continue;
    }
    const m = definitionAt(first);
    if (m && fits(m.number, null, b >= trailingFrom)) {
      const note = runOfNotes(startNote(first, m), first + 1, last);
      open = isOpen(note) ? note : null;
      continue;
    }
    if (open === null) {
      notesAmongBody(first + 1, last);
      continue;
    }
    // The tail of a note at the bottom of the next page: a few unnumbered lines right before
    // the next definition, or the last lines of the document.
    let def = -1;
    for (let l = first + 1; l <= last && l - first <= MAX_PAGE_CONTINUATION_LINES; l++) {
      const d = definitionAt(l);
      if (d) {
        if (fits(d.number, open, false)) def = l;
        break;
      }
    }
    const lastBlock = b === blocks.length - 1;
    if (def < 0 && !(lastBlock && last - first < 3 && facts[first]!.startsLower)) {
      notesAmongBody(first + 1, last);
      continue;
    }
    const note: FoundNote = open;
    const tailEnd = def < 0 ? last : def - 1;
    // A line that refers to a note is body, not a note's tail: in text without blank lines the
    // block after a page number holds that page's body too, and the tail is what follows it.
    let tailStart = first;
    for (let l = first; l <= tailEnd; l++) if (refersToNote(l)) tailStart = l + 1;
    if (def < 0 && tailStart !== first) {
      notesAmongBody(first + 1, last); // the document's last lines, not a note's tail
      continue;
    }
    if (tailStart <= tailEnd) continueNote(note, tailStart, true);
    for (let l = tailStart + 1; l <= tailEnd; l++) continueNote(note, l, false);
    if (def >= 0 && tailStart === first) {
      const next = runOfNotes(startNote(def, definitionAt(def)!), def + 1, last);
      open = isOpen(next) ? next : null;
    } else if (def >= 0) {
      notesAmongBody(notesInside(def, last), last);
    } else {
      open = isOpen(note) ? note : null;
    }
  }
  return { notes, kinds };
}

/** The definition of a found note: its ranges, and its text joined and collapsed. */
export function toDefinition(lines: ScannedLines, note: FoundNote): FootnoteDefinition {
  return {
    number: note.number,
    numberRange: note.numberRange,
    parts: note.parts.map((p) => range(p.first, p.column, p.last, contentEnd(lines, p.last))),
    text: collapse(note.texts.join(' ')),
  };
}

/** Whether the text of a definition found among body lines starts as a note does: not with a
 *  lower-case word (a date or an amount at the start of a wrapped line: "12 maart", "27
 *  lidstaten"), unless it is a web address. */
function startsNoteText(s: string, column: number): boolean {
  const c = s.charCodeAt(column);
  if (c >= 97 && c <= 122) return s.startsWith('http', column) || s.startsWith('www.', column);
  return c < 128 || !/\p{Ll}/u.test(s[column]!);
}

/** A note whose text stops mid-sentence may go on at the bottom of the next page. */
function isOpen(note: FoundNote): boolean {
  const text = note.texts[note.texts.length - 1]!.trimEnd();
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  if (/[/:]/.test(lastWord) && /\.\p{L}/u.test(lastWord)) return false; // ends with an address
  // The last character (a surrogate pair counts as one), not a pattern anchored at the end,
  // which is tried at every position of the text.
  const lastChar = text.slice(text.length >= 2 && /[\uDC00-\uDFFF]/.test(text[text.length - 1]!) ? -2 : -1);
  return OPEN_ENDING.test(lastChar);
}

const OPEN_ENDING = /^[\p{Ll},;\-–(]$/u;
