// What each finding code is, in English and Dutch: a summary and a description, as the
// rules of the CLI's SARIF log give them (messages.ts serves them as findingSummary and
// findingDescription). A code missing here does not compile.

import type { DiagnosticCode } from './codes';

/** Per code, its summary and its description. */
type FindingWords = Readonly<Record<DiagnosticCode, readonly [summary: string, description: string]>>;

export const FINDINGS_EN: FindingWords = {
  'footnote-undefined': [
    'Footnote referenced but not defined',
    'A footnote reference in the text (as in "lidstaten,4") whose number has no note among the footnotes. Add the note, or correct the number.',
  ],
  'footnote-unused': [
    'Footnote defined but never referenced',
    'A note among the footnotes that nothing in the text refers to. Refer to it in the text, or remove the note.',
  ],
  'footnote-duplicate': [
    'Footnote number defined more than once',
    'A footnote number with more than one note, reported on every note after the first. Renumber or remove the repeat.',
  ],
  'footnote-order': [
    'Footnotes out of order',
    'Footnotes are numbered 1, 2, 3, ... in the order of their first reference. Reported on each first reference out of place, or after a number that the report skips entirely.',
  ],
  'session-number-missing': [
    'Session heading without a number',
    'A session heading without a number. Sessions are numbered 1, 2, 3, ... within their domain.',
  ],
  'session-number-gap': [
    'Session number out of sequence',
    'A session number that skips one, or a first session that is not 1, within its domain. Unnumbered sessions do not shift the count.',
  ],
  'session-number-duplicate': [
    'Session number used twice',
    'Two sessions in one domain with the same number. Renumber the sessions 1, 2, 3, ...',
  ],
  'domain-number-gap': [
    'Domain number out of sequence',
    'A domain number that skips one, or a first domain that is not 1. Renumber the domains 1, 2, 3, ...',
  ],
  'domain-number-duplicate': [
    'Domain number used twice',
    'Two domains with the same number. Renumber the domains 1, 2, 3, ...',
  ],
  'placeholder-text': [
    'Placeholder left in the report',
    'A placeholder for the drafter to replace: the paragraph that New Report from Annotated Agenda writes under each item, a line that is only "…" or "[…]", or the [datum] and [Raad] of a title. A report with one left is not ready.',
  ],
  'agenda-item-missing': [
    'Agenda item without a session',
    "An item of the annotated agenda that the report does not cover: no session has its title (case, punctuation and white space aside, or with one word changed). Reported on the report's title, with where the item goes.",
  ],
};

export const FINDINGS_NL: FindingWords = {
  'footnote-undefined': [
    'Voetnoot aangehaald maar niet gedefinieerd',
    'Een verwijzing in de tekst (zoals in "lidstaten,4") naar een nummer waarvoor bij de voetnoten geen noot staat. Voeg de noot toe of verbeter het nummer.',
  ],
  'footnote-unused': [
    'Voetnoot nergens aangehaald',
    'Een noot bij de voetnoten waar niets in de tekst naar verwijst. Verwijs ernaar in de tekst of verwijder de noot.',
  ],
  'footnote-duplicate': [
    'Voetnootnummer meer dan eens gedefinieerd',
    'Een voetnootnummer met meer dan één noot, gemeld bij elke noot na de eerste. Nummer de herhaling om of verwijder haar.',
  ],
  'footnote-order': [
    'Voetnoten niet op volgorde',
    'Voetnoten worden genummerd 1, 2, 3, ... in de volgorde waarin ze voor het eerst worden aangehaald. Gemeld bij elke eerste verwijzing die niet op haar plaats staat, of na een nummer dat het verslag helemaal overslaat.',
  ],
  'session-number-missing': [
    'Sessiekop zonder nummer',
    'Een sessiekop zonder nummer. Sessies worden binnen hun domein genummerd 1, 2, 3, ...',
  ],
  'session-number-gap': [
    'Sessienummer klopt niet',
    'Een sessienummer dat een nummer overslaat, of een eerste sessie die niet 1 is, binnen haar domein. Sessies zonder nummer tellen niet mee.',
  ],
  'session-number-duplicate': [
    'Sessienummer twee keer gebruikt',
    'Twee sessies in één domein met hetzelfde nummer. Nummer de sessies 1, 2, 3, ...',
  ],
  'domain-number-gap': [
    'Domeinnummer klopt niet',
    'Een domeinnummer dat een nummer overslaat, of een eerste domein dat niet 1 is. Nummer de domeinen 1, 2, 3, ...',
  ],
  'domain-number-duplicate': [
    'Domeinnummer twee keer gebruikt',
    'Twee domeinen met hetzelfde nummer. Nummer de domeinen 1, 2, 3, ...',
  ],
  'placeholder-text': [
    'Tijdelijke tekst in het verslag',
    'Tekst die de opsteller nog moet vervangen: de alinea die Nieuw verslag uit geannoteerde agenda onder elk punt zet, een regel met alleen "…" of "[…]", of de [datum] en [Raad] van een titel. Een verslag waarin die nog staat, is niet af.',
  ],
  'agenda-item-missing': [
    'Agendapunt zonder sessie',
    'Een punt van de geannoteerde agenda waarover het verslag niets zegt: geen sessie heeft de titel ervan (hoofdletters, leestekens en witruimte daargelaten, of met één woord anders). Gemeld op de titel van het verslag, met de plaats waar het punt hoort.',
  ],
};
