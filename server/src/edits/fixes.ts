// Fixes for the findings: for each code one edit that removes the finding without causing
// another, and a fix-all that applies the safe fixes at once (on save in the editor, and
// `council-report check --fix` on the command line).
//
// Safe means the report keeps every word: a safe fix changes numbers (of footnotes and
// headings), moves whole note lines within their run, and adds notes "N …". Removing a note is
// never safe (the writer may have written the note before its reference), so footnote-unused
// and a repeated note nothing refers to are fixed one by one, by the writer's choice, and are
// what fix-all leaves behind. Fix-all checks its own work: it parses the result and calls it safe
// only when the report reads the same (outline, references, notes) apart from the numbers and
// the notes it added.
//
// A number defined twice (footnote-duplicate): the references to it are shared out between its
// notes. When the notes stand at page bottoms (some reference comes after the first note), a
// reference goes with the first note below it; when the notes stand together at the end, the
// k-th reference goes with the k-th note and any further ones with the first. A repeated note
// that gets a reference this way becomes a note of its own, and the footnotes are renumbered in
// order of first reference so that it takes its place in the sequence. A repeat with the very
// same text is removed by its quick fix (nothing is lost); one with other text and no reference
// of its own gets the next free number, keeping its text, and then awaits a reference or removal
// (footnote-unused).

import type { TextEdit } from 'vscode-languageserver-types';
import { analyse, type Analysis, type AnalysisOptions } from '../core/analysis';
import type { CouncilDocument, Heading, OutlineNode } from '../parser/model';
import type { CouncilDiagnostic, DiagnosticOptions } from '../core/diagnostics';
import { definitionAt, referenceAt } from '../core/lookup';
import { highestNumber, inReferenceOrder, keptNumbers, notesOf, planOf } from './footnoteNotes';
import { byNumber, NOTE_PLACEHOLDER, rewriteFootnotes, type FootnotePlan, type NoteToAdd } from './renumber';
import { agendaItemInsertion } from './agendaInsert';
import { renumberHeadings } from './renumberHeadings';
import type { SourceText } from './sourceText';
import { applyEdits, sortEdits } from './textEdits';
import { headingLabel } from '../core/outline';

export interface Fix {
  readonly title: string;
  /** Sorted, never overlapping. */
  readonly edits: TextEdit[];
  /** Findings with the same key share one fix (the references to one undefined number, the
   *  sessions of one domain), so they get one action. */
  readonly key: string;
}

// ---- one fix per finding

export function quickFix(
  analysis: Analysis,
  source: SourceText,
  diagnostic: CouncilDiagnostic,
  options: DiagnosticOptions,
): Fix | null {
  const doc = analysis.document;
  const say = options.messages;
  const footnotes = (title: string, key: string, plan: FootnotePlan): Fix | null => {
    const result = rewriteFootnotes(doc, source, plan);
    return result && result.edits.length > 0 ? { title, key, edits: result.edits } : null;
  };
  const at = diagnostic.range.start;
  switch (diagnostic.code) {
    case 'footnote-undefined': {
      const reference = referenceAt(doc, at);
      if (!reference) return null;
      const n = reference.number;
      return footnotes(say.fixAddNote(n), `add ${n}`, { add: [{ number: n, text: NOTE_PLACEHOLDER }] });
    }
    case 'footnote-unused': {
      const definition = definitionAt(doc, at);
      if (!definition) return null;
      const n = definition.number;
      const remove = new Set(doc.definitions.flatMap((d, i) => (d.number === n ? [i] : [])));
      // Close the gap the note leaves, or the next reference would skip a number.
      const shift = new Map<number, number>();
      const highest = highestNumber(doc);
      if (doc.references.some((r) => r.number > n)) for (let m = n + 1; m <= highest; m++) shift.set(m, m - 1);
      return footnotes(say.fixRemoveNote(n), `remove ${n}`, { ...byNumber(doc, shift), remove });
    }
    case 'footnote-duplicate': {
      const definition = definitionAt(doc, at);
      if (!definition) return null;
      const j = doc.definitions.indexOf(definition);
      const n = definition.number;
      if (doc.definitions.slice(0, j).some((d) => d.number === n && d.text === definition.text)) {
        return footnotes(say.fixRemoveRepeatedNote(n), `repeat ${j}`, { remove: new Set([j]) });
      }
      const notes = notesOf(doc, new Set([j]));
      const own = notes.find((note) => note.definitions[0] === j && note.ordinal > 1)!;
      if (own.references.length === 0) {
        const free = highestNumber(doc) + 1;
        return footnotes(say.fixRenumberNote(n, free), `repeat ${j}`, { definitions: new Map([[j, free]]) });
      }
      const inOrder = options.severities['footnote-order'] !== null;
      const numbers = inOrder ? inReferenceOrder(notes) : keptNumbers(doc, notes);
      return footnotes(say.fixSplitNote(n, numbers.get(own)!), `repeat ${j}`, {
        ...planOf(notes, numbers),
        reorder: inOrder,
      });
    }
    case 'footnote-order': {
      const notes = notesOf(doc, new Set());
      return footnotes(say.fixFootnoteOrder, 'order', { ...planOf(notes, inReferenceOrder(notes)), reorder: true });
    }
    case 'session-number-missing':
    case 'session-number-gap':
    case 'session-number-duplicate': {
      const group = sessionGroupAt(doc, at.line);
      if (!group) return null;
      const edits = renumberHeadings(group.headings, { numberUnnumbered: true });
      return edits.length > 0
        ? { title: say.fixSessionNumbers(group.domain && headingLabel(group.domain)), key: group.key, edits }
        : null;
    }
    case 'domain-number-gap':
    case 'domain-number-duplicate': {
      const edits = renumberHeadings(doc.domains.map((d) => d.heading));
      return edits.length > 0 ? { title: say.fixDomainNumbers, key: 'domains', edits } : null;
    }
    case 'agenda-item-missing': {
      const comparison = analysis.agenda;
      const index = diagnostic.data?.item;
      const missing = comparison?.missing.find((m) => m.item === index);
      if (!comparison || !missing) return null;
      const title = comparison.items[missing.item]!.heading.title;
      const edits = agendaItemInsertion(doc, source, comparison, missing);
      return { title: say.fixInsertAgendaItem(title), key: `agenda ${missing.item}`, edits };
    }
    // Selecting text is the editor's to do (features/codeActions.ts), not an edit.
    case 'placeholder-text':
      return null;
  }
}

/** The sessions numbered together with the session whose heading starts on `line`: those of
 *  its domain, or the sessions outside any domain. */
function sessionGroupAt(
  doc: CouncilDocument,
  line: number,
): { key: string; domain: Heading | null; headings: Heading[] } | null {
  const session = doc.sessions.find((s) => s.heading.range.start.line === line);
  if (!session) return null;
  const domain = doc.domains.find((d) => d.sessions.includes(session));
  if (domain)
    return {
      key: `sessions ${domain.heading.range.start.line}`,
      domain: domain.heading,
      headings: domain.sessions.map((s) => s.heading),
    };
  const topLevel = doc.outline.filter((n): n is Extract<OutlineNode, { kind: 'session' }> => n.kind === 'session');
  return { key: 'sessions', domain: null, headings: topLevel.map((s) => s.heading) };
}

// ---- fix all

export interface FixAllResult {
  /** Sorted, never overlapping; none when there is nothing to fix. */
  readonly edits: TextEdit[];
  /** The text after the edits, and its analysis. */
  readonly text: string;
  readonly analysis: Analysis;
  /** The fixed report reads as the original: the same outline, references and notes, apart
   *  from numbers and the notes added. Only a safe result may be applied. */
  readonly safe: boolean;
  /** How many findings fewer the fixed report has. */
  readonly fixed: number;
}

export function fixAll(analysis: Analysis, source: SourceText, options: AnalysisOptions): FixAllResult {
  const doc = analysis.document;
  const reported = (code: CouncilDiagnostic['code']): CouncilDiagnostic[] =>
    analysis.diagnostics.filter((d) => d.code === code);

  // Footnotes: repeats become notes of their own, undefined numbers get a note, and the whole
  // is renumbered in order when the order is checked and needs it.
  const split = new Set<number>();
  for (const d of reported('footnote-duplicate')) {
    const definition = definitionAt(doc, d.range.start);
    if (definition) split.add(doc.definitions.indexOf(definition));
  }
  const notes = notesOf(doc, split);
  const splitWithReferences = notes.some((n) => n.ordinal > 1 && n.references.length > 0);
  const inOrder =
    reported('footnote-order').length > 0 ||
    (splitWithReferences && options.diagnostics.severities['footnote-order'] !== null);
  const numbers = inOrder ? inReferenceOrder(notes) : keptNumbers(doc, notes);
  const undefinedNumbers = new Set(reported('footnote-undefined').map((d) => referenceAt(doc, d.range.start)?.number));
  const add: NoteToAdd[] = notes
    .filter((n) => n.ordinal === 1 && n.definitions.length === 0 && undefinedNumbers.has(n.number))
    .map((n) => ({ number: numbers.get(n)!, text: NOTE_PLACEHOLDER }));
  const edits: TextEdit[] = [
    ...rewriteFootnotes(doc, source, { ...planOf(notes, numbers), add, reorder: true })!.edits,
  ];

  // Headings: every group of sessions with a numbering finding, and the domains.
  const groups = new Map<string, Heading[]>();
  for (const d of [
    ...reported('session-number-missing'),
    ...reported('session-number-gap'),
    ...reported('session-number-duplicate'),
  ]) {
    const group = sessionGroupAt(doc, d.range.start.line);
    if (group) groups.set(group.key, group.headings);
  }
  for (const headings of groups.values()) edits.push(...renumberHeadings(headings, { numberUnnumbered: true }));
  if (reported('domain-number-gap').length + reported('domain-number-duplicate').length > 0)
    edits.push(...renumberHeadings(doc.domains.map((d) => d.heading)));

  if (edits.length === 0) return { edits, text: source.getText(), analysis, safe: true, fixed: 0 };
  const sorted = sortEdits(edits);
  const text = applyEdits(source, sorted);
  const after = analyse(text, options);
  return {
    edits: sorted,
    text,
    analysis: after,
    safe: readsTheSame(doc, after.document, add.length),
    fixed: Math.max(0, analysis.diagnostics.length - after.diagnostics.length),
  };
}

/** Whether a quick fix is one of the safe fixes, as fix-all's: applied alone, the report reads
 *  the same apart from numbers and the notes "N …" it adds. Removing a note is never safe. */
export function isSafeFix(analysis: Analysis, source: SourceText, fix: Fix, options: AnalysisOptions): boolean {
  const after = analyse(applyEdits(source, fix.edits), options).document;
  const added = Math.max(0, after.definitions.length - analysis.document.definitions.length);
  return readsTheSame(analysis.document, after, added);
}

/** The same outline (kinds and titles), references, paragraphs and closing, and the same notes
 *  plus `added` new ones: what the checker reads is unchanged apart from numbers. */
function readsTheSame(before: CouncilDocument, after: CouncilDocument, added: number): boolean {
  const outline = (doc: CouncilDocument): string[] =>
    doc.outline.flatMap((n) => [
      `${n.kind} ${n.heading.title}`,
      ...(n.kind === 'domain' ? n.sessions.map((s) => `  ${s.heading.title}`) : []),
    ]);
  const notes = (doc: CouncilDocument, extra: number): string[] =>
    [...doc.definitions.map((d) => d.text), ...new Array<string>(extra).fill(NOTE_PLACEHOLDER)].sort();
  return (
    same(outline(before), outline(after)) &&
    before.references.length === after.references.length &&
    before.paragraphs.length === after.paragraphs.length &&
    (before.closing === null) === (after.closing === null) &&
    same(notes(before, added), notes(after, 0))
  );
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
