// A report checked against its annotated agenda: which agenda item has no session in the
// report, and where it would go. Items match sessions by title, never by number:
// - titles are compared without case, accents, punctuation (so also the session kind's
//   separator: "Werklunch: …" is "Werklunch – …") and white space;
// - titles that are not equal then match when one word of substance is changed, added or left
//   out: their words, short function words ("de", "van", "en", ...) aside, differ by at most one
//   on each side, and at least two words and two thirds of the longer title's are shared.
//   "Situatie in Oekraïne" and "Situatie in Iran" share one such word: two subjects.
// Best pairs first; each item and each session in one pair at most.
// Pure: two parsed documents in, the pairs and the missing items out.

import type { CouncilDocument, Heading, Range, Session } from '../parser/model';
import { DIAGNOSTIC_SOURCE, type CouncilDiagnostic, type DiagnosticOptions } from './diagnostics';
import { headingLabel } from './outline';

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** A meeting's date: "11 en 12 oktober 2027", "3-4 maart 2027", "27 januari 2027". */
const DATE = new RegExp(`\\b\\d{1,2}(?:\\s*(?:en|-|–|t/m)\\s*\\d{1,2})?\\s+(?:${MONTHS})\\s+\\d{4}\\b`, 'i');
/** What opens an agenda's title before the Council's name. */
const AGENDA_OPENING =
  /^(?:geannoteerde\s+agenda|agenda|verslag)(?:\s+(?:van|voor|bij|inzake))?(?:\s+(?:de|het))?(?:\s+(?:bijeenkomst|vergadering)\s+van(?:\s+de)?)?\s+/i;

/** The Council and the date an agenda's (or a report's) title names, each null where not found. */
export function meetingOf(title: string): { council: string | null; date: string | null } {
  const date = DATE.exec(title);
  const opening = AGENDA_OPENING.exec(title);
  const from = opening ? opening[0].length : 0;
  const to = date ? date.index : title.length;
  let council = title
    .slice(from, Math.max(from, to))
    .replace(/[\s,]+(?:van|op|d\.d\.|te)?[\s,]*$/i, '')
    .trim();
  if (!date && council.length > 0) council = council.replace(/\s+te\s+\S+$/i, '');
  return { council: council.length > 0 ? council : null, date: date ? date[0] : null };
}

/** An annotated agenda: its title starts "Geannoteerde agenda". */
export function isAgenda(document: CouncilDocument): boolean {
  return /^\s*geannoteerde\s+agenda\b/i.test(document.title?.text ?? '');
}

/** A report: its title starts "Verslag". */
export function isReport(document: CouncilDocument): boolean {
  return /^\s*verslag\b/i.test(document.title?.text ?? '');
}

/** The meeting a title names, as compared: "milieuraad|16 maart 2027"; null without both. */
export function meetingKey(document: CouncilDocument): string | null {
  if (!document.title) return null;
  const { council, date } = meetingOf(document.title.text);
  if (council === null || date === null) return null;
  const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return `${normal(council)}|${normal(date)}`;
}

/** Words that say nothing of an item's subject. */
const FUNCTION_WORDS = new Set(
  'de het een van in op en voor met over tegen bij aan te om door naar tot uit als of der den des ten ter'.split(' '),
);

/** A title as compared: lower case, no accents, letters and digits only, single spaces. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function contentWords(normalised: string): Set<string> {
  return new Set(normalised.split(' ').filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w)));
}

/**
 * How alike two normalised titles are: 2 when equal, between 2/3 and 1 when one word of
 * substance differs (the share of the longer title's words that both hold), 0 otherwise.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 2;
  const x = contentWords(a);
  const y = contentWords(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const longer = Math.max(x.size, y.size);
  if (x.size - shared > 1 || y.size - shared > 1 || shared < 2 || shared * 3 < longer * 2) return 0;
  return shared / longer;
}

/** Two titles at least this alike are the same item. */
export const SIMILAR = 2 / 3;

export interface AgendaItem {
  readonly heading: Heading;
  /** The part it stands in, null outside any part. */
  readonly part: Heading | null;
  /** The agenda's section of the item: its heading and text. */
  readonly range: Session['range'];
}

/** The items of an agenda: its sessions after its title (the cover letter's are not items). */
export function agendaItems(agenda: CouncilDocument): AgendaItem[] {
  const titleEnd = agenda.title ? agenda.title.range.end.line : -1;
  const items: AgendaItem[] = [];
  for (const node of agenda.outline) {
    if (node.heading.range.start.line <= titleEnd) continue;
    if (node.kind === 'session') items.push({ heading: node.heading, part: null, range: node.range });
    else for (const s of node.sessions) items.push({ heading: s.heading, part: node.heading, range: s.range });
  }
  return items;
}

export interface MissingItem {
  readonly item: number;
  readonly after: Session | null;
  readonly before: Session | null;
}

export interface AgendaComparison {
  readonly items: readonly AgendaItem[];
  /** For each item (by index), the report's session that covers it, or null. */
  readonly sessionOf: readonly (Session | null)[];
  /** For each of the report's sessions (by index in `report.sessions`), its item's index or -1. */
  readonly itemOf: readonly number[];
  /** The items without a session, each with where it goes: after a session of the report, or
   *  before one (both null: the report has no session the agenda names). */
  readonly missing: readonly MissingItem[];
}

/** Pairs the agenda's items with the report's sessions, and says where each missing one goes. */
export function compareWithAgenda(report: CouncilDocument, agenda: CouncilDocument): AgendaComparison {
  const items = agendaItems(agenda);
  const sessions = report.sessions;
  const itemTitles = items.map((i) => normaliseTitle(i.heading.title));
  const sessionTitles = sessions.map((s) => normaliseTitle(s.heading.title));
  // Every pair alike enough, best first; ties in document order.
  const pairs: { item: number; session: number; score: number }[] = [];
  itemTitles.forEach((a, i) =>
    sessionTitles.forEach((b, s) => {
      const score = similarity(a, b);
      if (score >= SIMILAR) pairs.push({ item: i, session: s, score });
    }),
  );
  pairs.sort((p, q) => q.score - p.score || p.item - q.item || p.session - q.session);
  const sessionOf: (Session | null)[] = items.map(() => null);
  const itemOf: number[] = sessions.map(() => -1);
  for (const p of pairs) {
    if (sessionOf[p.item] !== null || itemOf[p.session] >= 0) continue;
    sessionOf[p.item] = sessions[p.session]!;
    itemOf[p.session] = p.item;
  }
  const missing: MissingItem[] = [];
  /** The session of the nearest covered item from `i` on in direction `step`, in `part` if given. */
  const nearest = (i: number, step: 1 | -1, part: Heading | null | undefined): Session | null => {
    for (let j = i + step; j >= 0 && j < items.length; j += step) {
      if (part !== undefined && items[j]!.part !== part) continue;
      if (sessionOf[j] !== null) return sessionOf[j]!;
    }
    return null;
  };
  items.forEach((item, i) => {
    if (sessionOf[i] !== null) return;
    // Beside a neighbour of the same part of the agenda first: after the one before it, or
    // before the one after it; then beside any.
    let after = nearest(i, -1, item.part);
    let before = after ? null : nearest(i, 1, item.part);
    if (!after && !before) {
      after = nearest(i, -1, undefined);
      before = after ? null : nearest(i, 1, undefined);
    }
    missing.push({ item: i, after, before });
  });
  return { items, sessionOf, itemOf, missing };
}

/** One `agenda-item-missing` for each item without a session: on the report's title, or its
 *  first line without one, naming the item and the session it goes after (or before). */
export function agendaDiagnostics(
  report: CouncilDocument,
  comparison: AgendaComparison,
  options: DiagnosticOptions,
): CouncilDiagnostic[] {
  const severity = options.severities['agenda-item-missing'];
  if (severity === null || severity === undefined) return [];
  const range: Range = report.title
    ? report.title.range
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return comparison.missing.map((m) => ({
    code: 'agenda-item-missing',
    source: DIAGNOSTIC_SOURCE,
    severity,
    range,
    message: options.messages.agendaItemMissing(
      comparison.items[m.item]!.heading.title,
      m.after && headingLabel(m.after.heading),
      m.before && headingLabel(m.before.heading),
    ),
    data: { item: m.item },
  }));
}
