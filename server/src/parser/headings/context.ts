// What the heading rules need to know of the parse options, prepared once per options object.

import type { ParseOptions } from '../options';
import { collapse } from '../text';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export class RuleContext {
  readonly sessionKinds: readonly string[];
  /** The first character of each session kind: a line that starts with none of them is not one. */
  readonly kindInitials: ReadonlySet<number>;
  /** The first word of each session kind: many sentences start with a kind's initial ("De"
   *  and "Diner"), and a word test is cheaper than the pattern. */
  readonly kindFirstWords: readonly string[];
  /** kind [roman numeral] [separator title], the longest kind first. */
  readonly kindPattern: RegExp | null;
  private readonly domainTitles: ReadonlySet<string>;
  /** Whether short unnumbered lines may be read as topic headings. */
  readonly topicHeadings: boolean;
  /** A label line: "(...)", "= ...", or a label word, optionally followed by "; doc. ..." or
   *  "door ...". */
  readonly labelPattern: RegExp;
  /** The first characters of the label words: a line that starts with none of them (nor with
   *  "(" or "=") is no label, and the pattern is not tried. */
  readonly labelInitials: ReadonlySet<number>;

  private constructor(options: ParseOptions) {
    this.sessionKinds = options.sessionKinds.map(collapse).filter((k) => k.length > 0);
    this.kindInitials = new Set(this.sessionKinds.map((k) => k.charCodeAt(0)));
    this.kindFirstWords = [...new Set(this.sessionKinds.map((k) => k.split(' ')[0]!))];
    // toLowerCase: Dutch has no case mappings of its own, and the locale-aware call is ten times slower.
    this.domainTitles = new Set(options.domainTitles.map((t) => collapse(t).toLowerCase()));
    const words = [...this.sessionKinds]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.split(' ').map(escapeRegExp).join('[ \\t\\u00A0]+'));
    this.topicHeadings = options.topicHeadings;
    const collapsedLabels = options.labelWords.map(collapse).filter((w) => w.length > 0);
    this.labelInitials = new Set([40, 61, ...collapsedLabels.map((w) => w.charCodeAt(0))]);
    const labels = collapsedLabels
      .sort((a, b) => b.length - a.length)
      .map((w) => w.split(' ').map(escapeRegExp).join('[ \\t\\u00A0]+'));
    const labelWords =
      labels.length === 0
        ? ''
        : `|(?:${labels.join('|')})(?:[ \\t\\u00A0]*;[ \\t\\u00A0]*doc\\..*|[ \\t\\u00A0]+door[ \\t\\u00A0].*)?`;
    this.labelPattern = new RegExp(
      `^\\uFEFF?[ \\t\\u00A0]{0,3}(?:\\(.*\\)|=[ \\t\\u00A0]*[^ \\t\\u00A0].*${labelWords})[ \\t\\u00A0]*$`,
      'su',
    );
    this.kindPattern =
      words.length === 0
        ? null
        : new RegExp(
            `^(\\uFEFF?[ \\t\\u00A0]{0,3})((?:${words.join('|')})(?:[ \\t\\u00A0]+[IVX]{1,6})?)(?![\\p{L}\\p{N}])(?:[ \\t\\u00A0]*([-–—:])[ \\t\\u00A0]*(.*))?$`,
            'su',
          );
  }

  private static readonly contexts = new WeakMap<ParseOptions, RuleContext>();

  static for(options: ParseOptions): RuleContext {
    let context = RuleContext.contexts.get(options);
    if (!context) {
      context = new RuleContext(options);
      RuleContext.contexts.set(options, context);
    }
    return context;
  }

  isDomainTitle(title: string): boolean {
    return this.domainTitles.has(title.toLowerCase());
  }

  /** Whether the title starts with a session kind, as a word of its own. */
  startsWithKind(title: string): boolean {
    if (!this.kindFirstWords.some((w) => title.startsWith(w))) return false;
    const t = collapse(title);
    return this.sessionKinds.some(
      (k) => t.startsWith(k) && (t.length === k.length || !LETTER_OR_DIGIT.test(t[k.length]!)),
    );
  }
}
