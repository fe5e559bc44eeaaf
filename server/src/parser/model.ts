// The document model of a council report: what the parser finds, with LSP positions
// (0-based lines, UTF-16 columns). Plain data, built once per document version and never
// mutated afterwards, so every feature can read it without re-scanning the text.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** What a line of the report is, as the parser classified it. */
export type LineKind =
  | 'blank'
  /** A page number or other page furniture copied from a PDF. */
  | 'page-furniture'
  /** The letter frame: addressee, date, subject, salutation and introduction. */
  | 'frame'
  | 'domain-heading'
  | 'session-heading'
  /** A wrapped heading's second or third line. */
  | 'heading-continuation'
  /** The label under a heading: "(Update door de Commissie)", "= Beleidsdebat", "Besluitvorming". */
  | 'label'
  /** The document's title ("Verslag Raad Buitenlandse Zaken van ..."), each of its lines. */
  | 'title'
  | 'body'
  /** The closing ("De Minister van ...,") and the signature. */
  | 'closing'
  | 'footnote-definition'
  /** A note's further lines, also the part of a note continued on a later page. */
  | 'footnote-continuation';

/** How a heading is numbered: 1., I. or (parts running A, B, C) A. */
export type Numeral = 'arabic' | 'roman' | 'letter';

/** The line under a heading that says what kind of item it is or what the Council did with it
 *  ("(Update door de Europese Commissie)", "= Uitwisseling van standpunten", "Beleidsdebat"). */
export interface Label {
  /** Without the parentheses or the leading "=", white space collapsed. */
  readonly text: string;
  /** The whole label line, from its first to its last non-white-space character. */
  readonly range: Range;
}

/** The line (or up to three lines) that names the document: "Verslag Raad Buitenlandse Zaken
 *  van 27 januari 2027", "Geannoteerde agenda ...". Never a domain or session. */
export interface DocumentTitle {
  /** Lines joined, white space collapsed. */
  readonly text: string;
  readonly range: Range;
}

export interface Heading {
  /** The number as an integer (roman numerals and letters converted: II is 2, B is 2); null for
   *  an unnumbered heading (a topic, a part, a session without its number). */
  readonly number: number | null;
  /** The number as written ("2", "II"); null when there is none. */
  readonly numberText: string | null;
  readonly numeral: Numeral | null;
  /** The title without its number, wrapped lines joined, white space collapsed. */
  readonly title: string;
  /** The number's digits or numeral, without the dot. */
  readonly numberRange: Range | null;
  /** From the number (or title) to the end of the title's last line. */
  readonly range: Range;
  /** The label under the heading, if it has one. */
  readonly label: Label | null;
}

export interface Session {
  readonly kind: 'session';
  readonly heading: Heading;
  /** The whole section: heading and body, up to the next heading or the closing. */
  readonly range: Range;
}

export interface Domain {
  readonly kind: 'domain';
  readonly heading: Heading;
  readonly range: Range;
  readonly sessions: readonly Session[];
}

export type OutlineNode = Domain | Session;

export interface FootnoteReference {
  readonly number: number;
  /** The digits of the reference. */
  readonly range: Range;
}

export interface FootnoteDefinition {
  readonly number: number;
  /** The number at the start of the definition line. */
  readonly numberRange: Range;
  /** Each stretch of lines the note occupies: the definition and its continuation lines, then
   *  any part continued at the bottom of a later page. */
  readonly parts: readonly Range[];
  /** The note's text without its number, joined across lines and pages, white space collapsed. */
  readonly text: string;
}

/** A Kamerstuk cited in the text, in any of its spellings ("Kamerstuk 32 317, nr. 617",
 *  "KST 32317, nr. 984", "Kamerstukken II 2016-17, 22 112, nr. 2292"), also wrapped onto the
 *  next line. */
export interface KamerstukCitation {
  readonly kind: 'kamerstuk';
  /** The dossier as its public address writes it: digits without spaces, a sub-dossier or
   *  roman part kept after a hyphen ("32317", "21501-02", "36200-VI"). */
  readonly dossier: string;
  /** The document's number in the dossier, as written. */
  readonly number: string;
  /** From the first word of the citation to the end of the number, over two lines if wrapped. */
  readonly range: Range;
}

/** An http or https address in the text, without the punctuation after it. */
export interface WebAddress {
  readonly kind: 'web-address';
  readonly address: string;
  readonly range: Range;
}

export type Citation = KamerstukCitation | WebAddress;

export interface CouncilDocument {
  readonly lineCount: number;
  /** The document's title, if it has one. */
  readonly title: DocumentTitle | null;
  /** The classification of every line, indexed by line number. */
  readonly lineKinds: readonly LineKind[];
  /** Domains and the sessions outside any domain, in document order. */
  readonly outline: readonly OutlineNode[];
  /** Every session, domain or not, in document order. */
  readonly sessions: readonly Session[];
  readonly domains: readonly Domain[];
  /** Every footnote reference in document order, defined or not. */
  readonly references: readonly FootnoteReference[];
  /** Every footnote definition in document order; a duplicated number appears twice. */
  readonly definitions: readonly FootnoteDefinition[];
  /** The placeholders left for the drafter ("[datum]", a line "…"), in document order. */
  readonly placeholders: readonly Range[];
  /** Body paragraphs (blocks of body lines). */
  readonly paragraphs: readonly Range[];
  readonly letterFrame: Range | null;
  readonly closing: Range | null;
  /** Kamerstuk citations and web addresses, anywhere in the text, in document order. */
  readonly citations: readonly Citation[];
}
