// The heading styles, in the order they are asked. To add a style: a rule in a file of its own
// beside these, its tests, and its place in this list.

import { numberedDomain } from './numberedDomain';
import { numberedSession } from './numberedSession';
import type { HeadingMatch, HeadingRule } from './rule';
import { sessionKind } from './sessionKind';
import { documentTitle } from './documentTitle';
import { topic } from './topic';
import type { RuleContext } from './context';

export const HEADING_RULES: readonly HeadingRule[] = [
  numberedDomain,
  numberedSession,
  sessionKind,
  documentTitle,
  topic,
];

const READERS = HEADING_RULES.filter((r) => r.read !== undefined);

/** The line read as a heading's first line by the first rule that reads it. */
export function readHeading(line: string, lo: number, lead: number, context: RuleContext): HeadingMatch | null {
  for (const rule of READERS) {
    const h = rule.read!(line, lo, lead, context);
    if (h !== null) return h;
  }
  return null;
}
