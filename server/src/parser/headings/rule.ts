// What a heading rule is. A heading style (a numbered domain, a numbered session, a session
// kind, ...) is one rule in HEADING_RULES (rules.ts), in a file of its own with its tests. The
// scanner asks the rules in order to read a line as a heading's first line; the headings pass
// asks them in order what a heading is in its surroundings. Nothing else knows the styles: the
// reuse layer compares the reading they leave in the line's facts, and the tests take their
// random lines from the rules' examples.

import type { LineFacts } from '../facts';
import type { Numeral } from '../model';
import type { RuleContext } from './context';

export interface HeadingMatch {
  /** Null for an unnumbered session ("Werklunch – ..."). */
  readonly number: number | null;
  readonly numberText: string | null;
  readonly numeral: Numeral | null;
  readonly numberColumn: number;
  readonly titleColumn: number;
  /** The rest of the line from the title on, as written. */
  readonly title: string;
  /** The title starts with a session kind ("Werklunch", ...). */
  readonly startsWithKind: boolean;
  /** The rule that read the line. */
  readonly rule: HeadingRule;
}

/** A heading as it stands in its block: the match of its first line, with the title joined
 *  across its wrapped lines and collapsed. */
export interface HeadingCandidate extends HeadingMatch {
  readonly block: number;
  readonly firstLine: number;
  /** The last heading line, continuations included. */
  readonly lastLine: number;
}

/** What a heading is: a domain, a session, the document's title, or (after all) text. */
export type HeadingRole = 'domain' | 'session' | 'title' | 'text';

/** What the headings pass knows around a candidate when it decides what it is. */
export interface Surroundings {
  /** The candidate that opens the next block, if any. */
  readonly next: HeadingCandidate | null;
  /** The first numbered candidate from the next block on, when only unnumbered ones stand
   *  between: what a domain's sessions start with even if the first has no number. */
  readonly firstNumberedAfter: HeadingCandidate | null;
  /** Nothing but blank lines follows the heading in its block, or only its label. */
  readonly bare: boolean;
  /** The heading has a label (on the next line, or as the next block). */
  readonly labelled: boolean;
  /** The next candidate directly follows the heading (and its label) and stands. */
  readonly headingNext: boolean;
  /** A letter-numbered candidate stands in a run A, B, C, ... of at least two. */
  readonly letterRun: boolean;
  /** The document's title has been found above the candidate. */
  readonly titleFound: boolean;
  readonly facts: readonly LineFacts[];
  readonly context: RuleContext;
}

export interface HeadingRule {
  readonly name: string;
  /**
   * The line read as the first line of a heading of this style, or null. `lo` is the column of
   * its first non-white-space character, whose code is `lead`; lines over 300 characters are
   * never read. Sees the line only: a line's reading is one of its facts.
   */
  read?(line: string, lo: number, lead: number, context: RuleContext): HeadingMatch | null;
  /** For a heading this rule read: whether it stands, once its wrapped lines are known and
   *  the last of them has facts `lastLine`. */
  stands?(heading: HeadingMatch, lastLine: LineFacts): boolean;
  /** For a heading this rule read on a line inside a block (text without blank lines): whether
   *  it may stand there, right below a line with facts `previous`. Unless given, a heading
   *  stands only at a block's start or right below another heading. */
  opensInside?(heading: HeadingMatch, previous: LineFacts): boolean;
  /** What a candidate is in its surroundings, or undefined to leave it to the later rules (a
   *  candidate none decides is a session). Asked of every rule, in order. */
  decide?(candidate: HeadingCandidate, around: Surroundings): HeadingRole | undefined;
  /** How many lines before its first line a heading of this style reads to decide (none unless
   *  given): an edit there is then no longer one that keeps the blocks and headings. */
  readonly readsLinesBefore?: number;
  /** Lines of this style, read as headings when they stand in a report, and look-alikes that
   *  are not: the rule's tests check them, and the random tests build reports from them. */
  readonly examples: { readonly headings: readonly string[]; readonly text: readonly string[] };
}

/**
 * Readings that carry none of the line's text (a topic, a title: their titles are read from the
 * lines later), one object per column and flag, the same for every line of that shape: what is
 * decided of such a heading depends on its facts only, so the reuse layer may compare them by
 * identity. `flagged` tells a reading made with the flag set.
 */
export function sharedReadings(rule: () => HeadingRule): {
  reading(column: number, flag: boolean): HeadingMatch;
  flagged(h: HeadingMatch): boolean;
} {
  const made = [new Map<number, HeadingMatch>(), new Map<number, HeadingMatch>()];
  const withFlag = new WeakSet<HeadingMatch>();
  return {
    reading(column, flag) {
      const map = made[flag ? 1 : 0]!;
      let h = map.get(column);
      if (!h) {
        h = {
          number: null,
          numberText: null,
          numeral: null,
          numberColumn: column,
          titleColumn: column,
          title: '',
          startsWithKind: false,
          rule: rule(),
        };
        map.set(column, h);
        if (flag) withFlag.add(h);
      }
      return h;
    },
    flagged: (h) => withFlag.has(h),
  };
}
