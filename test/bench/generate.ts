// A deterministic generator of realistic council reports of any size, for benchmarks and
// property tests: a letter frame, domains and sessions (some wrapped, some unnumbered), body
// paragraphs with footnote references and number look-alikes, pages with notes at the bottom,
// page numbers, and now and then a note that continues on the next page.
//
// On request it also writes the same report as Markdown, for comparing with a Markdown language
// service on equivalent work: domains as `#` and sessions as `##` headings, each footnote
// reference as a reference link `[fnN]` and each note as a link definition
// `[fnN]: <https://example.org/N> "note text"` (a note continued on the next page is one
// definition). The random choices are the same either way, so the report text does not change.

export interface GeneratedReport {
  readonly text: string;
  readonly domains: number;
  readonly sessions: number;
  readonly footnotes: number;
  /** The same report as Markdown, when `markdown` was asked for. */
  readonly markdown?: string;
}

export interface GenerateOptions {
  /** Roughly how many UTF-16 code units the report should have. */
  readonly size: number;
  readonly seed?: number;
  /** Line end: '\n' or '\r\n'. */
  readonly eol?: string;
  /** Leave some sessions without a number (a lint finding each). */
  readonly unnumberedSessions?: boolean;
  /** Number no more notes than this (real reports have tens; note numbers have at most three
   *  digits): later sentences carry no reference. No limit unless given. */
  readonly maxFootnotes?: number;
  /** Also write the report as Markdown (see above). */
  readonly markdown?: boolean;
}

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'de het een van in op met voor dat over aan door bij als ook nog niet wel zijn was werd heeft hebben ' +
  'lidstaten Commissie Raad voorzitterschap Nederland ministers samenwerking migratie terugkeer grenzen ' +
  'veiligheid rechtsstaat informatie-uitwisseling verordening richtlijn voorstel onderhandelingen ' +
  'Europees Parlement triloog uitvoering toezicht evaluatie kader aanpak steun belang inzet gesprek ' +
  'ondersteuning criminaliteit slachtoffers digitalisering gegevens procedures bescherming ' +
  'grensoverschrijdende geïntensiveerde coördinatie één benadrukte onderstreepte verwelkomde'
).split(' ');
const LOOKALIKES = [
  'CO2-uitstoot',
  'de G7-top',
  'COP30',
  'de EU27',
  'artikel 78(3)',
  'verordening 2024/1351',
  '3,8%',
  '150.000',
  'versie 2.0-',
  'in 2027 is 2 keer',
];
const KINDS = [
  'Werksessie I -',
  'Werksessie II –',
  'Werklunch –',
  'Werkdiner —',
  'Lunchbespreking:',
  'Plenaire sessie -',
  'Diversen',
];
const DOMAINS = ['Binnenlandse Zaken', 'Justitie', 'Asiel en Migratie', 'Veiligheid', 'Grenzen'];
const CITATIONS = [
  (n: number) => `Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. ${900 + (n % 90)}.`,
  (n: number) => `Kamerstuk 21501-02, nr. ${3000 + n}.`,
  (n: number) => `Kamerstukken II 2016-17, 22 112, nr. ${2000 + (n % 300)}.`,
  (n: number) => `Voorstel van de Commissie, COM(2026) ${100 + (n % 800)}.`,
  (n: number) => `Zie https://example.org/stukken/${n} voor de volledige tekst van het besluit.`,
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function generateReport(options: GenerateOptions): GeneratedReport {
  const rnd = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const lines: string[] = [];
  const mdLines: string[] = [];
  let size = 0;
  /** A line of the report and its Markdown form (null: none; the Markdown says it elsewhere). */
  const push = (line: string, md: string | null = line): void => {
    lines.push(line);
    size += line.length + 1;
    if (md !== null) mdLines.push(md);
  };
  const mdDefinition = (n: number, note: string): string =>
    `[fn${n}]: <https://example.org/${n}> "${note.replace(/["\\]/g, '\\$&')}"`;

  // Notes referenced on the current page, written at its bottom.
  let footnotes = 0;
  const maxFootnotes = options.maxFootnotes ?? Infinity;
  let pageNotes: number[] = [];
  let pageLines = 0;
  let page = 1;
  let carry: string | null = null; // the tail of a note continued on the next page

  const sentence = (): { text: string; md: string } => {
    const n = 8 + Math.floor(rnd() * 14);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    if (rnd() < 0.25) words.splice(Math.floor(rnd() * words.length), 0, pick(LOOKALIKES));
    let s = words.join(' ');
    s = s[0]!.toUpperCase() + s.slice(1);
    if (rnd() < 0.3 && footnotes < maxFootnotes) {
      footnotes++;
      pageNotes.push(footnotes);
      const tail = `${pick(WORDS)} ${pick(WORDS)}.`;
      return { text: `${s},${footnotes} ${tail}`, md: `${s},[fn${footnotes}] ${tail}` };
    }
    return { text: `${s}.`, md: `${s}.` };
  };
  const endPage = (): void => {
    push('');
    if (carry !== null && pageNotes.length > 0) {
      push(carry, null); // directly before the page's first note
      carry = null;
    }
    pageNotes.forEach((n, i) => {
      const note = pick(CITATIONS)(n);
      if (i === pageNotes.length - 1 && carry === null && rnd() < 0.2) {
        const head = 'Deze noot licht het besluit toe en loopt door tot op de';
        carry = 'volgende pagina, waar de rest van de toelichting staat.';
        push(`${n} ${head}`, mdDefinition(n, `${head} ${carry}`));
      } else if (rnd() < 0.3) {
        const rest = note.slice(40) || 'en verder.';
        push(`${n} ${note.slice(0, 40)}`, mdDefinition(n, `${note.slice(0, 40)} ${rest}`));
        push(rest, null);
      } else {
        push(`${n} ${note}`, mdDefinition(n, note));
      }
    });
    push('');
    page++;
    push(String(page));
    push('');
    pageNotes = [];
    pageLines = 0;
  };
  // wrap at about 95 columns, as a PDF does
  const wrap = (text: string): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line.length + word.length + 1 > 95) {
        out.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    out.push(line);
    return out;
  };
  const paragraph = (): void => {
    const text: string[] = [];
    const md: string[] = [];
    const sentences = 2 + Math.floor(rnd() * 4);
    for (let i = 0; i < sentences; i++) {
      const s = sentence();
      text.push(s.text);
      md.push(s.md);
    }
    const textLines = wrap(text.join(' '));
    for (const line of textLines) push(line, null);
    if (options.markdown) mdLines.push(...wrap(md.join(' ')));
    push('');
    pageLines += textLines.length + 1;
    if (pageLines > 45) endPage();
  };

  push('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
  push('Postbus 20018');
  push('2500 EA  Den Haag');
  push('');
  push('Geachte Voorzitter,');
  push('');
  paragraph();

  let domains = 0;
  let sessions = 0;
  const roman = rnd() < 0.5;
  while (size < options.size) {
    domains++;
    const domainHeading = `${roman ? ROMAN[(domains - 1) % ROMAN.length] : domains}. ${DOMAINS[(domains - 1) % DOMAINS.length]}`;
    push(domainHeading, `# ${domainHeading}`);
    push('');
    const count = 2 + Math.floor(rnd() * 5);
    let number = 0;
    for (let s = 0; s < count && size < options.size; s++) {
      sessions++;
      const kind = pick(KINDS);
      const title = kind === 'Diversen' ? kind : `${kind} ${pick(WORDS)} ${pick(WORDS)} en ${pick(WORDS)}`;
      if (options.unnumberedSessions && s > 0 && rnd() < 0.1 && kind !== 'Diversen') {
        push(title, `## ${title}`);
      } else {
        number++;
        const heading = `${number}. ${title}`;
        if (rnd() < 0.3) {
          const wrapped = `${pick(WORDS).toLowerCase()} van de ${pick(WORDS).toLowerCase()}`;
          push(heading, `## ${heading} ${wrapped}`);
          push(wrapped, null);
        } else {
          push(heading, `## ${heading}`);
        }
      }
      push('');
      const paragraphs = 2 + Math.floor(rnd() * 5);
      for (let p = 0; p < paragraphs; p++) paragraph();
    }
  }
  endPage();
  push('De Minister van Justitie en Veiligheid,');
  push('');
  push('C. Jansen');
  const eol = options.eol ?? '\n';
  return {
    text: lines.join(eol),
    domains,
    sessions,
    footnotes,
    ...(options.markdown ? { markdown: mdLines.join(eol) } : {}),
  };
}

const TOPIC_SUBJECTS = [
  'Russische agressie tegen Oekraïne',
  'Midden-Oosten',
  'Westelijke Balkan',
  'Sahel en West-Afrikaanse kuststaten',
  'Voorbereiding Europese Raad',
  'Rechtsstatelijkheid: jaarlijkse dialoog',
  'Handelsakkoord met de Mercosur-landen',
  'Marktsituatie',
  'Digitale weerbaarheid',
  'Ministeriële bijeenkomst – Europese Havenalliantie',
];
const PARTS_OF_REPORT = ['Current affairs', 'Overige onderwerpen', 'Eurogroep', 'Toezeggingen'];
const LABELS = [
  '(Update door de Europese Commissie)',
  '= Uitwisseling van standpunten',
  'Beleidsdebat',
  'Stand van zaken',
  'Politiek akkoord',
];

export interface FormationsReport {
  readonly text: string;
  readonly parts: number;
  readonly topics: number;
  readonly labels: number;
  readonly footnotes: number;
}

/** A report in the style of most Council formations, as a PDF viewer copies it: a cover letter,
 *  a title, unnumbered parts with topic headings on lines of their own, labels under some of
 *  them, wrapped body lines, and notes at the bottom of each page as lines that start with their
 *  number; no blank line anywhere. */
export function generateFormationsReport(options: { size: number; seed?: number; maxFootnotes?: number }) {
  const rnd = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const lines: string[] = [];
  let size = 0;
  const push = (line: string): void => {
    lines.push(line);
    size += line.length + 1;
  };
  let footnotes = 0;
  const maxFootnotes = options.maxFootnotes ?? 999;
  let pageNotes: number[] = [];
  let pageLines = 0;
  let page = 1;
  const sentence = (): string => {
    const words: string[] = [];
    for (let i = 0, n = 8 + Math.floor(rnd() * 14); i < n; i++) words.push(pick(WORDS));
    if (rnd() < 0.25) words.splice(Math.floor(rnd() * words.length), 0, pick(LOOKALIKES));
    const s = words.join(' ');
    const text = s[0]!.toUpperCase() + s.slice(1);
    if (rnd() < 0.3 && footnotes < maxFootnotes) {
      pageNotes.push(++footnotes);
      return `${text},${footnotes} ${pick(WORDS)} ${pick(WORDS)}.`;
    }
    return `${text}.`;
  };
  const endPage = (): void => {
    for (const n of pageNotes) push(`${n} ${pick(CITATIONS)(n)}`);
    push(String(++page));
    pageNotes = [];
    pageLines = 0;
  };
  const paragraph = (): void => {
    const sentences: string[] = [];
    for (let i = 0, n = 2 + Math.floor(rnd() * 4); i < n; i++) sentences.push(sentence());
    let line = '';
    for (const word of sentences.join(' ').split(' ')) {
      if (line.length + word.length + 1 > 95) {
        push(line);
        pageLines++;
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    push(line);
    if (++pageLines > 45) endPage();
  };

  push('Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 27 januari 2027.');
  push('De Minister van Buitenlandse Zaken,');
  push('A.B. de Groot');
  push('VERSLAG RAAD BUITENLANDSE ZAKEN VAN 27 JANUARI 2027');
  paragraph();
  let parts = 0;
  let topics = 0;
  let labels = 0;
  while (size < options.size) {
    parts++;
    push(`${PARTS_OF_REPORT[(parts - 1) % PARTS_OF_REPORT.length]} ${parts}`);
    for (let t = 0, count = 2 + Math.floor(rnd() * 5); t < count && (t === 0 || size < options.size); t++) {
      topics++;
      push(`${pick(TOPIC_SUBJECTS)} ${topics}`);
      if (rnd() < 0.4) {
        labels++;
        push(pick(LABELS));
      }
      for (let p = 0, n = 2 + Math.floor(rnd() * 4); p < n; p++) paragraph();
    }
  }
  endPage();
  push('De Minister van Buitenlandse Zaken, A.B. de Groot');
  return { text: lines.join('\n'), parts, topics, labels, footnotes } satisfies FormationsReport;
}
