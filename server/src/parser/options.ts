// What the parser needs to know about the genre that a user may want to extend: the words
// that open an unnumbered session heading, and the titles that mark a domain.

export interface ParseOptions {
  /** Words that start a session title ("Werklunch – ..."); a heading line that starts with one of
   *  them is a session even without a number. */
  readonly sessionKinds: readonly string[];
  /** Domain titles that make a numbered heading a domain even when its first session is
   *  unnumbered or misnumbered. Compared case-insensitively. */
  readonly domainTitles: readonly string[];
  /** Whether a short unnumbered line at a block start may be read as a topic heading (an
   *  unnumbered session), as most formations write their items. Off for a user whose text
   *  it confuses. */
  readonly topicHeadings: boolean;
  /** Words that make a line under a heading its label ("Beleidsdebat", "Stand van zaken"),
   *  besides a line in parentheses or one that starts with "=". */
  readonly labelWords: readonly string[];
}

export const DEFAULT_SESSION_KINDS: readonly string[] = Object.freeze([
  'Werksessie',
  'Werklunch',
  'Werkdiner',
  'Werkontbijt',
  'Lunchbespreking',
  'Dinerbespreking',
  'Ontbijtbespreking',
  'Ontbijt',
  'Lunch',
  'Diner',
  'Plenaire sessie',
  'Openbare sessie',
  'Beleidsdebat',
  'Diversen',
  'Overig',
  'Overige onderwerpen',
]);

export const DEFAULT_DOMAIN_TITLES: readonly string[] = Object.freeze([
  'Binnenlandse Zaken',
  'Justitie',
  'Justitie en Veiligheid',
  'Asiel en Migratie',
  'Migratie',
  'Asiel',
  'Veiligheid',
  'Grenzen',
  'Schengen',
]);

export const DEFAULT_LABEL_WORDS: readonly string[] = Object.freeze([
  'Beleidsdebat',
  'Gedachtewisseling',
  'Besluitvorming',
  'Stand van zaken',
  'Belangrijkste resultaten',
  'Algemene oriëntatie',
  'Politiek akkoord',
  'Presentatie',
  'Informatie van de Commissie',
  'Aanneming',
]);

export const DEFAULT_PARSE_OPTIONS: ParseOptions = Object.freeze({
  sessionKinds: DEFAULT_SESSION_KINDS,
  domainTitles: DEFAULT_DOMAIN_TITLES,
  topicHeadings: true,
  labelWords: DEFAULT_LABEL_WORDS,
});
