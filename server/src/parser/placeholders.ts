// Placeholders: the text that "New Report from Annotated Agenda" writes for the drafter to
// replace, and the lines a drafter leaves as one ("…", "[…]"). A report with one left is not
// ready: each is a `placeholder-text` finding. Read per line by the scanner.

import type { PlaceholderMatch } from './facts';

/** The paragraph written under each agenda item. */
export const PLACEHOLDER = '[Verslag van dit agendapunt: wat de Raad besprak en wat Nederland inbracht.]';
/** Where the agenda's title gives no date. */
export const DATE_PLACEHOLDER = '[datum]';
/** Where the agenda's title names no Council. */
export const COUNCIL_PLACEHOLDER = '[Raad]';

/** A line that is only an ellipsis, bracketed or not: "…", "...", "[…]", "[...]", "(…)". */
const ELLIPSIS_LINE = /^[[(]?(?:…|\.{3})[\])]?$/;

/**
 * The placeholders line `s` holds, from column `lo` (its first non-white-space character) to
 * `hi` (after its last), in order, or null: the whole paragraph line the command writes, a line
 * that is only an ellipsis, or the command's date and Council placeholders inside a line.
 * Cheap for a line without "[", "…" or "...".
 */
export function placeholdersIn(s: string, lo: number, hi: number): PlaceholderMatch[] | null {
  const lead = s.charCodeAt(lo);
  if (hi - lo <= 5 && (lead === 0x2026 || lead === 46 || lead === 91 || lead === 40)) {
    if (ELLIPSIS_LINE.test(s.slice(lo, hi))) return [{ column: lo, length: hi - lo }];
  }
  const open = s.indexOf('[', lo);
  if (open < 0) return null;
  if (open === lo && hi - lo === PLACEHOLDER.length && s.startsWith(PLACEHOLDER, lo))
    return [{ column: lo, length: PLACEHOLDER.length }];
  let found: PlaceholderMatch[] | null = null;
  for (let at = open; at >= 0 && at < hi; at = s.indexOf('[', at + 1)) {
    for (const p of [DATE_PLACEHOLDER, COUNCIL_PLACEHOLDER]) {
      if (s.startsWith(p, at)) (found ??= []).push({ column: at, length: p.length });
    }
  }
  return found;
}
