// Everything the server and the CLI say to a person, in English (the default) and Dutch.
// One typed object per language: a string added in one language must be added in the other.

import type { DiagnosticCode } from './codes';
import { FINDINGS_EN, FINDINGS_NL } from './findingWords';

export type Locale = 'en' | 'nl';

export type HeadingKind = 'domain' | 'session';

export interface Messages {
  readonly footnoteUndefined: (n: number) => string;
  readonly footnoteUnused: (n: number) => string;
  readonly footnoteDuplicate: (n: number, firstLine: number) => string;
  readonly footnoteOutOfOrder: (n: number) => string;
  readonly footnoteSkipped: (n: number, previous: number, missing: number) => string;
  readonly sessionNumberMissing: (title: string, suggested: number, domain: string | null) => string;
  readonly numberDuplicate: (kind: HeadingKind, number: string, otherLine: number, domain: string | null) => string;
  readonly numberGap: (kind: HeadingKind, number: string, previous: number, domain: string | null) => string;
  /** The CLI's closing line. */
  readonly checked: (reports: number, errors: number, warnings: number, others: number) => string;
  readonly outlineOf: (path: string) => string;
  readonly emptyOutline: string;
  readonly footnoteCount: (path: string, definitions: number, references: number) => string;
  /** Hover: the note's name, "Footnote 2", before its text. */
  readonly footnoteLabel: (n: number) => string;
  /** Hover on a reference whose number has no note. */
  readonly footnoteNotDefined: (n: number) => string;
  /** Hover on a reference to a number with several notes. */
  readonly footnoteDefinedTimes: (n: number, times: number) => string;
  /** Hover on a note's number: how often, and on which lines (from 1), it is referenced. */
  readonly footnoteReferencedOn: (times: number, lines: readonly number[]) => string;
  /** A Kamerstuk link's tooltip. */
  readonly openKamerstuk: (dossier: string, number: string) => string;
  // Quick fixes and fix-all (code action titles).
  readonly fixAddNote: (n: number) => string;
  readonly fixRemoveNote: (n: number) => string;
  readonly fixRemoveRepeatedNote: (n: number) => string;
  /** A repeated number whose second note has references of its own becomes a note of its own. */
  readonly fixSplitNote: (n: number, newNumber: number) => string;
  readonly fixRenumberNote: (n: number, newNumber: number) => string;
  readonly fixFootnoteOrder: string;
  readonly fixSessionNumbers: (domain: string | null) => string;
  readonly fixDomainNumbers: string;
  readonly fixAll: string;
  // Rename (F2) on a footnote number.
  readonly renameNotAFootnote: string;
  readonly renameInvalidNumber: (name: string) => string;
  readonly renameNumberTaken: (n: number, free: number) => string;
  // Insert footnote.
  readonly insertFootnoteNotHere: string;
  // Completion.
  readonly completionNewFootnote: (n: number) => string;
  readonly completionNewFootnoteHelp: (n: number) => string;
  readonly completionSessionNumber: (n: number) => string;
  readonly completionSessionKind: string;
  // The CLI's --fix.
  readonly fixedFindings: (path: string, count: number, backup: string | null) => string;
  readonly notFixedUnsafe: (path: string) => string;
  readonly notFixedBackupExists: (path: string, backup: string) => string;
  readonly notFixedWriteFailed: (path: string, why: string) => string;
  // Placeholders and the annotated agenda.
  readonly placeholderText: string;
  /** An agenda item the report has no session for, and the session it goes after or before. */
  readonly agendaItemMissing: (item: string, after: string | null, before: string | null) => string;
  readonly fixSelectPlaceholder: string;
  readonly fixInsertAgendaItem: (item: string) => string;
  /** Hover on a heading paired with an agenda item: what the agenda says of it. */
  readonly agendaSays: (item: string) => string;
  /** An agenda the editor asked for that is neither open nor readable on disk. */
  readonly agendaUnreadable: (uri: string) => string;
  // The CLI's --max-warnings, and the rules of its SARIF log.
  readonly tooManyWarnings: (warnings: number, max: number) => string;
  /** A finding code in a few words: the rule's short description. */
  readonly findingSummary: (code: DiagnosticCode) => string;
  /** What a finding code reports and what to do about it: the rule's full description. */
  readonly findingDescription: (code: DiagnosticCode) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "4", "4 and 10", "4, 10 and 12". */
const enumerate = (items: readonly (string | number)[], and: string): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const en: Messages = {
  footnoteUndefined: (n) =>
    `Footnote ${n} is referenced but not defined. Add a note "${n} ..." where the notes are, or correct the number.`,
  footnoteUnused: (n) => `Footnote ${n} is defined but never referenced. Refer to it in the text or remove the note.`,
  footnoteDuplicate: (n, first) =>
    `Footnote ${n} is defined more than once (first on line ${first}). Renumber or remove this note.`,
  footnoteOutOfOrder: (n) =>
    `Footnote ${n} is referenced out of order: footnotes must be numbered in the order of their first reference. Renumber the notes.`,
  footnoteSkipped: (n, previous, missing) =>
    (previous === 0 ? `Footnote ${n} is the first footnote` : `Footnote ${n} follows footnote ${previous}`) +
    `, but footnote ${missing} does not exist. Renumber the notes so they run 1, 2, 3, ...`,
  sessionNumberMissing: (title, suggested, domain) =>
    `Session "${title}" has no number. Number it ${suggested} (sessions are numbered 1, 2, 3, ...${domain ? ` in domain "${domain}"` : ''}).`,
  numberDuplicate: (kind, number, other, domain) =>
    `${kind === 'domain' ? 'Domain' : 'Session'} number ${number} is used twice${domain ? ` in domain "${domain}"` : ''} (also on line ${other}). Renumber the ${kind}s 1, 2, 3, ...`,
  numberGap: (kind, number, previous, domain) =>
    `${kind === 'domain' ? 'Domain' : 'Session'} number ${number} is out of sequence: ` +
    (previous === 0
      ? `the first ${kind}${domain ? ` in domain "${domain}"` : ''} should be 1`
      : `it follows ${previous}, so ${previous + 1} is expected`) +
    `. Renumber the ${kind}s 1, 2, 3, ...`,
  checked: (reports, errors, warnings, others) =>
    `${plural(reports, 'report', 'reports')} checked: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}` +
    (others > 0 ? `, ${plural(others, 'other finding', 'other findings')}` : ''),
  outlineOf: (path) => `${path}: outline`,
  emptyOutline: '(no domains or sessions found)',
  footnoteCount: (path, definitions, references) =>
    `${path}: ${plural(definitions, 'footnote', 'footnotes')}, ${plural(references, 'reference', 'references')}`,
  footnoteLabel: (n) => `Footnote ${n}`,
  footnoteNotDefined: (n) => `Footnote ${n} is not defined: this report has no note "${n} ...".`,
  footnoteDefinedTimes: (n, times) => `Footnote ${n} is defined ${times} times.`,
  footnoteReferencedOn: (times, lines) =>
    times === 0
      ? 'Never referenced.'
      : `Referenced ${times === 1 ? 'once' : `${times} times`}, on ${lines.length === 1 ? 'line' : 'lines'} ${enumerate(lines, 'and')}.`,
  openKamerstuk: (dossier, number) => `Open Kamerstuk ${dossier}, nr. ${number} on officielebekendmakingen.nl`,
  fixAddNote: (n) => `Add note ${n} to the footnotes`,
  fixRemoveNote: (n) => `Remove note ${n}, which nothing refers to`,
  fixRemoveRepeatedNote: (n) => `Remove this repeat of note ${n}`,
  fixSplitNote: (n, newNumber) =>
    `Make this second note ${n} footnote ${newNumber}, with its own reference, and renumber the footnotes`,
  fixRenumberNote: (n, newNumber) => `Renumber this second note ${n} to ${newNumber}`,
  fixFootnoteOrder: 'Renumber all footnotes in the order of their first reference',
  fixSessionNumbers: (domain) => `Renumber the sessions${domain ? ` of "${domain}"` : ''} 1, 2, 3, ...`,
  fixDomainNumbers: 'Renumber the domains 1, 2, 3, ...',
  fixAll: 'Fix the numbering of footnotes and headings, and add the missing notes',
  renameNotAFootnote:
    'Only footnote numbers can be renamed: put the cursor on a footnote reference (as in "lidstaten,1") or on the number of a note.',
  renameInvalidNumber: (name) => `"${name}" is not a footnote number: give a whole number from 1 to 999.`,
  renameNumberTaken: (n, free) =>
    `Note ${n} exists already. Give this repeated note a number of its own, such as ${free}.`,
  insertFootnoteNotHere:
    'A footnote goes right after a word or punctuation in the text: put the cursor there to insert one.',
  completionNewFootnote: (n) => `New footnote ${n}`,
  completionNewFootnoteHelp: (n) =>
    `Inserts footnote ${n}, adds note "${n} …" to the notes and renumbers the footnotes after it.`,
  completionSessionNumber: (n) => `Session ${n}`,
  completionSessionKind: 'Session kind',
  fixedFindings: (path, count, backup) =>
    `${path}: fixed ${plural(count, 'finding', 'findings')}${backup ? `; the original is in ${backup}` : ''}`,
  notFixedUnsafe: (path) =>
    `${path}: not fixed: the fixes would change more than numbers and new notes; the file is unchanged`,
  notFixedBackupExists: (path, backup) =>
    `${path}: not fixed: ${backup} exists already; move it away or use --no-backup`,
  notFixedWriteFailed: (path, why) => `${path}: not fixed: cannot write: ${why}; the file is unchanged`,
  tooManyWarnings: (warnings, max) =>
    `${plural(warnings, 'warning', 'warnings')}, more than the ${max} that --max-warnings allows`,
  placeholderText: 'Placeholder: replace it with the report’s text before the letter is sent.',
  agendaItemMissing: (item, after, before) =>
    `Agenda item "${item}" has no session in this report.${after ? ` It goes after "${after}".` : before ? ` It goes before "${before}".` : ''}`,
  fixSelectPlaceholder: 'Select the placeholder',
  fixInsertAgendaItem: (item) => `Insert the agenda item "${item}" with a placeholder`,
  agendaSays: (item) => `The annotated agenda on "${item}":`,
  agendaUnreadable: (uri) => `The annotated agenda ${uri} could not be read.`,
  findingSummary: (code) => FINDINGS_EN[code][0],
  findingDescription: (code) => FINDINGS_EN[code][1],
};

const nl: Messages = {
  footnoteUndefined: (n) =>
    `Voetnoot ${n} wordt aangehaald maar bestaat niet. Voeg bij de voetnoten een noot "${n} ..." toe, of verbeter het nummer.`,
  footnoteUnused: (n) => `Voetnoot ${n} wordt nergens aangehaald. Verwijs ernaar in de tekst of verwijder de noot.`,
  footnoteDuplicate: (n, first) =>
    `Voetnoot ${n} komt meer dan eens voor (eerst op regel ${first}). Nummer deze noot om of verwijder haar.`,
  footnoteOutOfOrder: (n) =>
    `Voetnoot ${n} staat niet op volgorde: voetnoten worden genummerd in de volgorde waarin ze voor het eerst worden aangehaald. Nummer de noten opnieuw.`,
  footnoteSkipped: (n, previous, missing) =>
    (previous === 0 ? `Voetnoot ${n} is de eerste voetnoot` : `Voetnoot ${n} volgt op voetnoot ${previous}`) +
    `, maar voetnoot ${missing} bestaat niet. Nummer de noten zodat ze 1, 2, 3, ... lopen.`,
  sessionNumberMissing: (title, suggested, domain) =>
    `Sessie "${title}" heeft geen nummer. Geef haar nummer ${suggested} (sessies worden genummerd 1, 2, 3, ...${domain ? ` binnen domein "${domain}"` : ''}).`,
  numberDuplicate: (kind, number, other, domain) =>
    `${kind === 'domain' ? 'Domeinnummer' : 'Sessienummer'} ${number} komt twee keer voor${domain ? ` binnen domein "${domain}"` : ''} (ook op regel ${other}). Nummer de ${kind === 'domain' ? 'domeinen' : 'sessies'} 1, 2, 3, ...`,
  numberGap: (kind, number, previous, domain) =>
    `${kind === 'domain' ? 'Domeinnummer' : 'Sessienummer'} ${number} klopt niet: ` +
    (previous === 0
      ? `${kind === 'domain' ? 'het eerste domein' : 'de eerste sessie'}${domain ? ` binnen domein "${domain}"` : ''} heeft nummer 1`
      : `het volgt op ${previous}, dus ${previous + 1} wordt verwacht`) +
    `. Nummer de ${kind === 'domain' ? 'domeinen' : 'sessies'} 1, 2, 3, ...`,
  checked: (reports, errors, warnings, others) =>
    `${plural(reports, 'verslag', 'verslagen')} gecontroleerd: ${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}` +
    (others > 0 ? `, ${plural(others, 'andere melding', 'andere meldingen')}` : ''),
  outlineOf: (path) => `${path}: overzicht`,
  emptyOutline: '(geen domeinen of sessies gevonden)',
  footnoteCount: (path, definitions, references) =>
    `${path}: ${plural(definitions, 'voetnoot', 'voetnoten')}, ${plural(references, 'verwijzing', 'verwijzingen')}`,
  footnoteLabel: (n) => `Voetnoot ${n}`,
  footnoteNotDefined: (n) => `Voetnoot ${n} bestaat niet: dit verslag heeft geen noot "${n} ...".`,
  footnoteDefinedTimes: (n, times) => `Voetnoot ${n} komt ${times} keer voor.`,
  footnoteReferencedOn: (times, lines) =>
    times === 0
      ? 'Nergens aangehaald.'
      : `${times === 1 ? 'Eenmaal' : `${times} keer`} aangehaald, op regel ${enumerate(lines, 'en')}.`,
  openKamerstuk: (dossier, number) => `Kamerstuk ${dossier}, nr. ${number} openen op officielebekendmakingen.nl`,
  fixAddNote: (n) => `Voeg noot ${n} toe aan de voetnoten`,
  fixRemoveNote: (n) => `Verwijder noot ${n}, waar niets naar verwijst`,
  fixRemoveRepeatedNote: (n) => `Verwijder deze herhaling van noot ${n}`,
  fixSplitNote: (n, newNumber) =>
    `Maak van deze tweede noot ${n} voetnoot ${newNumber}, met een eigen verwijzing, en nummer de voetnoten opnieuw`,
  fixRenumberNote: (n, newNumber) => `Geef deze tweede noot ${n} nummer ${newNumber}`,
  fixFootnoteOrder: 'Nummer alle voetnoten opnieuw in de volgorde waarin ze voor het eerst worden aangehaald',
  fixSessionNumbers: (domain) => `Nummer de sessies${domain ? ` van "${domain}"` : ''} opnieuw 1, 2, 3, ...`,
  fixDomainNumbers: 'Nummer de domeinen opnieuw 1, 2, 3, ...',
  fixAll: 'Herstel de nummering van voetnoten en koppen, en voeg ontbrekende noten toe',
  renameNotAFootnote:
    'Alleen voetnootnummers kunnen worden hernoemd: zet de cursor op een verwijzing (zoals in "lidstaten,1") of op het nummer van een noot.',
  renameInvalidNumber: (name) => `"${name}" is geen voetnootnummer: geef een geheel getal van 1 tot en met 999.`,
  renameNumberTaken: (n, free) =>
    `Noot ${n} bestaat al. Geef deze herhaalde noot een eigen nummer, bijvoorbeeld ${free}.`,
  insertFootnoteNotHere:
    'Een voetnoot staat direct na een woord of leesteken in de tekst: zet de cursor daar om er een in te voegen.',
  completionNewFootnote: (n) => `Nieuwe voetnoot ${n}`,
  completionNewFootnoteHelp: (n) =>
    `Voegt voetnoot ${n} in, zet noot "${n} …" bij de noten en nummert de voetnoten erna opnieuw.`,
  completionSessionNumber: (n) => `Sessie ${n}`,
  completionSessionKind: 'Soort sessie',
  fixedFindings: (path, count, backup) =>
    `${path}: ${plural(count, 'melding', 'meldingen')} hersteld${backup ? `; het origineel staat in ${backup}` : ''}`,
  notFixedUnsafe: (path) =>
    `${path}: niet hersteld: de herstelling zou meer veranderen dan nummers en nieuwe noten; het bestand is ongewijzigd`,
  notFixedBackupExists: (path, backup) =>
    `${path}: niet hersteld: ${backup} bestaat al; verplaats het of gebruik --no-backup`,
  notFixedWriteFailed: (path, why) => `${path}: niet hersteld: kan niet schrijven: ${why}; het bestand is ongewijzigd`,
  tooManyWarnings: (warnings, max) =>
    `${plural(warnings, 'waarschuwing', 'waarschuwingen')}, meer dan de ${max} die --max-warnings toestaat`,
  placeholderText: 'Tijdelijke tekst: vervang die door de tekst van het verslag voordat de brief uitgaat.',
  agendaItemMissing: (item, after, before) =>
    `Agendapunt "${item}" heeft geen sessie in dit verslag.${after ? ` Het hoort na "${after}".` : before ? ` Het hoort vóór "${before}".` : ''}`,
  fixSelectPlaceholder: 'Selecteer de tijdelijke tekst',
  fixInsertAgendaItem: (item) => `Voeg agendapunt "${item}" in, met tijdelijke tekst`,
  agendaSays: (item) => `De geannoteerde agenda over "${item}":`,
  agendaUnreadable: (uri) => `De geannoteerde agenda ${uri} kon niet worden gelezen.`,
  findingSummary: (code) => FINDINGS_NL[code][0],
  findingDescription: (code) => FINDINGS_NL[code][1],
};

export const MESSAGES: Readonly<Record<Locale, Messages>> = Object.freeze({ en, nl });

/** The messages for a locale tag such as "nl", "nl-BE" or "en-US"; English for anything else. */
export function messagesFor(locale: string | null | undefined): Messages {
  return MESSAGES[localeOf(locale)];
}

export function localeOf(tag: string | null | undefined): Locale {
  return typeof tag === 'string' && /^nl(?:[-_]|$)/i.test(tag) ? 'nl' : 'en';
}
