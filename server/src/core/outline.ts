// How the outline's headings are named to a reader, in the Outline view, the CLI, findings and
// fix titles alike.

import type { Heading } from '../parser/model';

/** The heading as a reader names it: "2. Werklunch – Terugkeer naar Syrië", "II. Justitie". */
export function headingLabel(h: Heading): string {
  return h.numberText === null ? h.title : `${h.numberText}. ${h.title}`;
}
