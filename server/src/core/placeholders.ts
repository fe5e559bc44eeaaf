// Placeholders: the text that "New Report from Annotated Agenda" writes for the drafter to
// replace, and the lines a drafter leaves as one ("…", "[…]"). A report with one left is not
// ready: each is a `placeholder-text` finding.

/** The paragraph written under each agenda item. */
export const PLACEHOLDER = '[Verslag van dit agendapunt: wat de Raad besprak en wat Nederland inbracht.]';
/** Where the agenda's title gives no date. */
export const DATE_PLACEHOLDER = '[datum]';
/** Where the agenda's title names no Council. */
export const COUNCIL_PLACEHOLDER = '[Raad]';

/** A line that is only an ellipsis, bracketed or not: "…", "...", "[…]", "[...]", "(…)". */
const ELLIPSIS_LINE = /^[[(]?(?:…|\.{3})[\])]?$/;

/**
 * Where line `text` holds a placeholder: [start, end) of the placeholder, or null. The whole
 * paragraph line the command writes, a line that is only an ellipsis, and the command's date and
 * Council placeholders inside a line.
 */
export function placeholderIn(text: string): [number, number] | null {
  const lo = text.length - text.trimStart().length;
  const content = text.trim();
  if (content.length === 0) return null;
  if (content === PLACEHOLDER || ELLIPSIS_LINE.test(content)) return [lo, lo + content.length];
  for (const p of [DATE_PLACEHOLDER, COUNCIL_PLACEHOLDER]) {
    const at = text.indexOf(p);
    if (at >= 0) return [at, at + p.length];
  }
  return null;
}
