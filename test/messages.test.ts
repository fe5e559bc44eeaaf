// The wording of everything the server and the CLI say, in English and Dutch: asserted here,
// once. The other suites check the wiring (that a finding, a hover or a refusal carries the
// message messages.ts gives for it, with the right arguments) by calling these functions
// rather than repeating the words. The table has an entry for every message, or it does not
// compile; each entry gives arguments that reach each variant of the message.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localeOf, MESSAGES, messagesFor, type Messages } from '../server/src/core/messages';

type Wording<M> = M extends (...args: infer A) => string
  ? readonly { args: A; en: string; nl: string }[]
  : { en: string; nl: string };

const WORDING: { [K in keyof Messages]: Wording<Messages[K]> } = {
  footnoteUndefined: [
    {
      args: [2],
      en: 'Footnote 2 is referenced but not defined. Add a note "2 ..." where the notes are, or correct the number.',
      nl: 'Voetnoot 2 wordt aangehaald maar bestaat niet. Voeg bij de voetnoten een noot "2 ..." toe, of verbeter het nummer.',
    },
  ],
  footnoteUnused: [
    {
      args: [5],
      en: 'Footnote 5 is defined but never referenced. Refer to it in the text or remove the note.',
      nl: 'Voetnoot 5 wordt nergens aangehaald. Verwijs ernaar in de tekst of verwijder de noot.',
    },
  ],
  footnoteDuplicate: [
    {
      args: [1, 5],
      en: 'Footnote 1 is defined more than once (first on line 5). Renumber or remove this note.',
      nl: 'Voetnoot 1 komt meer dan eens voor (eerst op regel 5). Nummer deze noot om of verwijder haar.',
    },
  ],
  footnoteOutOfOrder: [
    {
      args: [3],
      en: 'Footnote 3 is referenced out of order: footnotes must be numbered in the order of their first reference. Renumber the notes.',
      nl: 'Voetnoot 3 staat niet op volgorde: voetnoten worden genummerd in de volgorde waarin ze voor het eerst worden aangehaald. Nummer de noten opnieuw.',
    },
  ],
  footnoteSkipped: [
    {
      args: [4, 2, 3],
      en: 'Footnote 4 follows footnote 2, but footnote 3 does not exist. Renumber the notes so they run 1, 2, 3, ...',
      nl: 'Voetnoot 4 volgt op voetnoot 2, maar voetnoot 3 bestaat niet. Nummer de noten zodat ze 1, 2, 3, ... lopen.',
    },
    {
      args: [2, 0, 1],
      en: 'Footnote 2 is the first footnote, but footnote 1 does not exist. Renumber the notes so they run 1, 2, 3, ...',
      nl: 'Voetnoot 2 is de eerste voetnoot, maar voetnoot 1 bestaat niet. Nummer de noten zodat ze 1, 2, 3, ... lopen.',
    },
  ],
  sessionNumberMissing: [
    {
      args: ['Werkdiner – Drie', 4, '1. Binnenlandse Zaken'],
      en: 'Session "Werkdiner – Drie" has no number. Number it 4 (sessions are numbered 1, 2, 3, ... in domain "1. Binnenlandse Zaken").',
      nl: 'Sessie "Werkdiner – Drie" heeft geen nummer. Geef haar nummer 4 (sessies worden genummerd 1, 2, 3, ... binnen domein "1. Binnenlandse Zaken").',
    },
    {
      args: ['Werklunch', 1, null],
      en: 'Session "Werklunch" has no number. Number it 1 (sessions are numbered 1, 2, 3, ...).',
      nl: 'Sessie "Werklunch" heeft geen nummer. Geef haar nummer 1 (sessies worden genummerd 1, 2, 3, ...).',
    },
  ],
  numberDuplicate: [
    {
      args: ['session', '1', 21, '3. Justitie'],
      en: 'Session number 1 is used twice in domain "3. Justitie" (also on line 21). Renumber the sessions 1, 2, 3, ...',
      nl: 'Sessienummer 1 komt twee keer voor binnen domein "3. Justitie" (ook op regel 21). Nummer de sessies 1, 2, 3, ...',
    },
    {
      args: ['domain', '3', 19, null],
      en: 'Domain number 3 is used twice (also on line 19). Renumber the domains 1, 2, 3, ...',
      nl: 'Domeinnummer 3 komt twee keer voor (ook op regel 19). Nummer de domeinen 1, 2, 3, ...',
    },
  ],
  numberGap: [
    {
      args: ['session', '3', 1, null],
      en: 'Session number 3 is out of sequence: it follows 1, so 2 is expected. Renumber the sessions 1, 2, 3, ...',
      nl: 'Sessienummer 3 klopt niet: het volgt op 1, dus 2 wordt verwacht. Nummer de sessies 1, 2, 3, ...',
    },
    {
      args: ['domain', '3', 1, null],
      en: 'Domain number 3 is out of sequence: it follows 1, so 2 is expected. Renumber the domains 1, 2, 3, ...',
      nl: 'Domeinnummer 3 klopt niet: het volgt op 1, dus 2 wordt verwacht. Nummer de domeinen 1, 2, 3, ...',
    },
    {
      args: ['session', '2', 0, '3. Migratie'],
      en: 'Session number 2 is out of sequence: the first session in domain "3. Migratie" should be 1. Renumber the sessions 1, 2, 3, ...',
      nl: 'Sessienummer 2 klopt niet: de eerste sessie binnen domein "3. Migratie" heeft nummer 1. Nummer de sessies 1, 2, 3, ...',
    },
    {
      args: ['session', '2', 0, null],
      en: 'Session number 2 is out of sequence: the first session should be 1. Renumber the sessions 1, 2, 3, ...',
      nl: 'Sessienummer 2 klopt niet: de eerste sessie heeft nummer 1. Nummer de sessies 1, 2, 3, ...',
    },
    {
      args: ['domain', 'II', 0, null],
      en: 'Domain number II is out of sequence: the first domain should be 1. Renumber the domains 1, 2, 3, ...',
      nl: 'Domeinnummer II klopt niet: het eerste domein heeft nummer 1. Nummer de domeinen 1, 2, 3, ...',
    },
  ],
  checked: [
    {
      args: [1, 0, 0, 0],
      en: '1 report checked: 0 errors, 0 warnings',
      nl: '1 verslag gecontroleerd: 0 fouten, 0 waarschuwingen',
    },
    {
      args: [1, 1, 1, 0],
      en: '1 report checked: 1 error, 1 warning',
      nl: '1 verslag gecontroleerd: 1 fout, 1 waarschuwing',
    },
    {
      args: [2, 1, 2, 3],
      en: '2 reports checked: 1 error, 2 warnings, 3 other findings',
      nl: '2 verslagen gecontroleerd: 1 fout, 2 waarschuwingen, 3 andere meldingen',
    },
  ],
  outlineOf: [{ args: ['verslag.council'], en: 'verslag.council: outline', nl: 'verslag.council: overzicht' }],
  emptyOutline: { en: '(no domains or sessions found)', nl: '(geen domeinen of sessies gevonden)' },
  footnoteCount: [
    {
      args: ['verslag.council', 1, 2],
      en: 'verslag.council: 1 footnote, 2 references',
      nl: 'verslag.council: 1 voetnoot, 2 verwijzingen',
    },
    {
      args: ['verslag.council', 3, 1],
      en: 'verslag.council: 3 footnotes, 1 reference',
      nl: 'verslag.council: 3 voetnoten, 1 verwijzing',
    },
  ],
  footnoteLabel: [{ args: [1], en: 'Footnote 1', nl: 'Voetnoot 1' }],
  footnoteNotDefined: [
    {
      args: [4],
      en: 'Footnote 4 is not defined: this report has no note "4 ...".',
      nl: 'Voetnoot 4 bestaat niet: dit verslag heeft geen noot "4 ...".',
    },
  ],
  footnoteDefinedTimes: [{ args: [1, 2], en: 'Footnote 1 is defined 2 times.', nl: 'Voetnoot 1 komt 2 keer voor.' }],
  footnoteReferencedOn: [
    { args: [0, []], en: 'Never referenced.', nl: 'Nergens aangehaald.' },
    { args: [1, [4]], en: 'Referenced once, on line 4.', nl: 'Eenmaal aangehaald, op regel 4.' },
    { args: [2, [6, 7]], en: 'Referenced 2 times, on lines 6 and 7.', nl: '2 keer aangehaald, op regel 6 en 7.' },
    {
      args: [3, [4, 10, 12]],
      en: 'Referenced 3 times, on lines 4, 10 and 12.',
      nl: '3 keer aangehaald, op regel 4, 10 en 12.',
    },
    { args: [2, [1]], en: 'Referenced 2 times, on line 1.', nl: '2 keer aangehaald, op regel 1.' },
  ],
  openKamerstuk: [
    {
      args: ['32317', '1031'],
      en: 'Open Kamerstuk 32317, nr. 1031 on officielebekendmakingen.nl',
      nl: 'Kamerstuk 32317, nr. 1031 openen op officielebekendmakingen.nl',
    },
    {
      args: ['21501-02', '3101'],
      en: 'Open Kamerstuk 21501-02, nr. 3101 on officielebekendmakingen.nl',
      nl: 'Kamerstuk 21501-02, nr. 3101 openen op officielebekendmakingen.nl',
    },
  ],
  fixAddNote: [{ args: [2], en: 'Add note 2 to the footnotes', nl: 'Voeg noot 2 toe aan de voetnoten' }],
  fixRemoveNote: [
    { args: [2], en: 'Remove note 2, which nothing refers to', nl: 'Verwijder noot 2, waar niets naar verwijst' },
  ],
  fixRemoveRepeatedNote: [{ args: [2], en: 'Remove this repeat of note 2', nl: 'Verwijder deze herhaling van noot 2' }],
  fixSplitNote: [
    {
      args: [2, 4],
      en: 'Make this second note 2 footnote 4, with its own reference, and renumber the footnotes',
      nl: 'Maak van deze tweede noot 2 voetnoot 4, met een eigen verwijzing, en nummer de voetnoten opnieuw',
    },
  ],
  fixRenumberNote: [{ args: [2, 3], en: 'Renumber this second note 2 to 3', nl: 'Geef deze tweede noot 2 nummer 3' }],
  fixFootnoteOrder: {
    en: 'Renumber all footnotes in the order of their first reference',
    nl: 'Nummer alle voetnoten opnieuw in de volgorde waarin ze voor het eerst worden aangehaald',
  },
  fixSessionNumbers: [
    {
      args: ['I. Justitie'],
      en: 'Renumber the sessions of "I. Justitie" 1, 2, 3, ...',
      nl: 'Nummer de sessies van "I. Justitie" opnieuw 1, 2, 3, ...',
    },
    { args: [null], en: 'Renumber the sessions 1, 2, 3, ...', nl: 'Nummer de sessies opnieuw 1, 2, 3, ...' },
  ],
  fixDomainNumbers: { en: 'Renumber the domains 1, 2, 3, ...', nl: 'Nummer de domeinen opnieuw 1, 2, 3, ...' },
  fixAll: {
    en: 'Fix the numbering of footnotes and headings, and add the missing notes',
    nl: 'Herstel de nummering van voetnoten en koppen, en voeg ontbrekende noten toe',
  },
  renameNotAFootnote: {
    en: 'Only footnote numbers can be renamed: put the cursor on a footnote reference (as in "lidstaten,1") or on the number of a note.',
    nl: 'Alleen voetnootnummers kunnen worden hernoemd: zet de cursor op een verwijzing (zoals in "lidstaten,1") of op het nummer van een noot.',
  },
  renameInvalidNumber: [
    {
      args: ['twee'],
      en: '"twee" is not a footnote number: give a whole number from 1 to 999.',
      nl: '"twee" is geen voetnootnummer: geef een geheel getal van 1 tot en met 999.',
    },
  ],
  renameNumberTaken: [
    {
      args: [1, 4],
      en: 'Note 1 exists already. Give this repeated note a number of its own, such as 4.',
      nl: 'Noot 1 bestaat al. Geef deze herhaalde noot een eigen nummer, bijvoorbeeld 4.',
    },
  ],
  insertFootnoteNotHere: {
    en: 'A footnote goes right after a word or punctuation in the text: put the cursor there to insert one.',
    nl: 'Een voetnoot staat direct na een woord of leesteken in de tekst: zet de cursor daar om er een in te voegen.',
  },
  completionNewFootnote: [{ args: [1], en: 'New footnote 1', nl: 'Nieuwe voetnoot 1' }],
  completionNewFootnoteHelp: [
    {
      args: [2],
      en: 'Inserts footnote 2, adds note "2 …" to the notes and renumbers the footnotes after it.',
      nl: 'Voegt voetnoot 2 in, zet noot "2 …" bij de noten en nummert de voetnoten erna opnieuw.',
    },
  ],
  completionSessionNumber: [{ args: [3], en: 'Session 3', nl: 'Sessie 3' }],
  completionSessionKind: { en: 'Session kind', nl: 'Soort sessie' },
  fixedFindings: [
    {
      args: ['verslag.council', 1, null],
      en: 'verslag.council: fixed 1 finding',
      nl: 'verslag.council: 1 melding hersteld',
    },
    {
      args: ['verslag.council', 3, 'verslag.council.orig'],
      en: 'verslag.council: fixed 3 findings; the original is in verslag.council.orig',
      nl: 'verslag.council: 3 meldingen hersteld; het origineel staat in verslag.council.orig',
    },
  ],
  notFixedUnsafe: [
    {
      args: ['verslag.council'],
      en: 'verslag.council: not fixed: the fixes would change more than numbers and new notes; the file is unchanged',
      nl: 'verslag.council: niet hersteld: de herstelling zou meer veranderen dan nummers en nieuwe noten; het bestand is ongewijzigd',
    },
  ],
  notFixedBackupExists: [
    {
      args: ['verslag.council', 'verslag.council.orig'],
      en: 'verslag.council: not fixed: verslag.council.orig exists already; move it away or use --no-backup',
      nl: 'verslag.council: niet hersteld: verslag.council.orig bestaat al; verplaats het of gebruik --no-backup',
    },
  ],
  notFixedWriteFailed: [
    {
      args: ['verslag.council', 'EACCES: permission denied'],
      en: 'verslag.council: not fixed: cannot write: EACCES: permission denied; the file is unchanged',
      nl: 'verslag.council: niet hersteld: kan niet schrijven: EACCES: permission denied; het bestand is ongewijzigd',
    },
  ],
  tooManyWarnings: [
    {
      args: [1, 0],
      en: '1 warning, more than the 0 that --max-warnings allows',
      nl: '1 waarschuwing, meer dan de 0 die --max-warnings toestaat',
    },
    {
      args: [5, 3],
      en: '5 warnings, more than the 3 that --max-warnings allows',
      nl: '5 waarschuwingen, meer dan de 3 die --max-warnings toestaat',
    },
  ],
  placeholderText: {
    en: 'Placeholder: replace it with the report’s text before the letter is sent.',
    nl: 'Tijdelijke tekst: vervang die door de tekst van het verslag voordat de brief uitgaat.',
  },
  agendaItemMissing: [
    {
      args: ['Richtlijn bodemgezondheid', '1. Verordening verpakkingen', null],
      en: 'Agenda item "Richtlijn bodemgezondheid" has no session in this report. It goes after "1. Verordening verpakkingen".',
      nl: 'Agendapunt "Richtlijn bodemgezondheid" heeft geen sessie in dit verslag. Het hoort na "1. Verordening verpakkingen".',
    },
    {
      args: ['Iran', null, 'Venezuela'],
      en: 'Agenda item "Iran" has no session in this report. It goes before "Venezuela".',
      nl: 'Agendapunt "Iran" heeft geen sessie in dit verslag. Het hoort vóór "Venezuela".',
    },
    {
      args: ['Iran', null, null],
      en: 'Agenda item "Iran" has no session in this report.',
      nl: 'Agendapunt "Iran" heeft geen sessie in dit verslag.',
    },
  ],
  fixSelectPlaceholder: { en: 'Select the placeholder', nl: 'Selecteer de tijdelijke tekst' },
  fixInsertAgendaItem: [
    {
      args: ['Iran'],
      en: 'Insert the agenda item "Iran" with a placeholder',
      nl: 'Voeg agendapunt "Iran" in, met tijdelijke tekst',
    },
  ],
  agendaSays: [{ args: ['Iran'], en: 'The annotated agenda on "Iran":', nl: 'De geannoteerde agenda over "Iran":' }],
  agendaUnreadable: [
    {
      args: ['file:///a.council'],
      en: 'The annotated agenda file:///a.council could not be read.',
      nl: 'De geannoteerde agenda file:///a.council kon niet worden gelezen.',
    },
  ],
  findingSummary: [
    {
      args: ['footnote-undefined'],
      en: 'Footnote referenced but not defined',
      nl: 'Voetnoot aangehaald maar niet gedefinieerd',
    },
    { args: ['footnote-unused'], en: 'Footnote defined but never referenced', nl: 'Voetnoot nergens aangehaald' },
    {
      args: ['footnote-duplicate'],
      en: 'Footnote number defined more than once',
      nl: 'Voetnootnummer meer dan eens gedefinieerd',
    },
    { args: ['footnote-order'], en: 'Footnotes out of order', nl: 'Voetnoten niet op volgorde' },
    { args: ['session-number-missing'], en: 'Session heading without a number', nl: 'Sessiekop zonder nummer' },
    { args: ['session-number-gap'], en: 'Session number out of sequence', nl: 'Sessienummer klopt niet' },
    { args: ['session-number-duplicate'], en: 'Session number used twice', nl: 'Sessienummer twee keer gebruikt' },
    { args: ['domain-number-gap'], en: 'Domain number out of sequence', nl: 'Domeinnummer klopt niet' },
    { args: ['domain-number-duplicate'], en: 'Domain number used twice', nl: 'Domeinnummer twee keer gebruikt' },
    { args: ['placeholder-text'], en: 'Placeholder left in the report', nl: 'Tijdelijke tekst in het verslag' },
    { args: ['agenda-item-missing'], en: 'Agenda item without a session', nl: 'Agendapunt zonder sessie' },
  ],
  findingDescription: [
    {
      args: ['footnote-undefined'],
      en: 'A footnote reference in the text (as in "lidstaten,4") whose number has no note among the footnotes. Add the note, or correct the number.',
      nl: 'Een verwijzing in de tekst (zoals in "lidstaten,4") naar een nummer waarvoor bij de voetnoten geen noot staat. Voeg de noot toe of verbeter het nummer.',
    },
    {
      args: ['footnote-unused'],
      en: 'A note among the footnotes that nothing in the text refers to. Refer to it in the text, or remove the note.',
      nl: 'Een noot bij de voetnoten waar niets in de tekst naar verwijst. Verwijs ernaar in de tekst of verwijder de noot.',
    },
    {
      args: ['footnote-duplicate'],
      en: 'A footnote number with more than one note, reported on every note after the first. Renumber or remove the repeat.',
      nl: 'Een voetnootnummer met meer dan één noot, gemeld bij elke noot na de eerste. Nummer de herhaling om of verwijder haar.',
    },
    {
      args: ['footnote-order'],
      en: 'Footnotes are numbered 1, 2, 3, ... in the order of their first reference. Reported on each first reference out of place, or after a number that the report skips entirely.',
      nl: 'Voetnoten worden genummerd 1, 2, 3, ... in de volgorde waarin ze voor het eerst worden aangehaald. Gemeld bij elke eerste verwijzing die niet op haar plaats staat, of na een nummer dat het verslag helemaal overslaat.',
    },
    {
      args: ['session-number-missing'],
      en: 'A session heading without a number. Sessions are numbered 1, 2, 3, ... within their domain.',
      nl: 'Een sessiekop zonder nummer. Sessies worden binnen hun domein genummerd 1, 2, 3, ...',
    },
    {
      args: ['session-number-gap'],
      en: 'A session number that skips one, or a first session that is not 1, within its domain. Unnumbered sessions do not shift the count.',
      nl: 'Een sessienummer dat een nummer overslaat, of een eerste sessie die niet 1 is, binnen haar domein. Sessies zonder nummer tellen niet mee.',
    },
    {
      args: ['session-number-duplicate'],
      en: 'Two sessions in one domain with the same number. Renumber the sessions 1, 2, 3, ...',
      nl: 'Twee sessies in één domein met hetzelfde nummer. Nummer de sessies 1, 2, 3, ...',
    },
    {
      args: ['domain-number-gap'],
      en: 'A domain number that skips one, or a first domain that is not 1. Renumber the domains 1, 2, 3, ...',
      nl: 'Een domeinnummer dat een nummer overslaat, of een eerste domein dat niet 1 is. Nummer de domeinen 1, 2, 3, ...',
    },
    {
      args: ['domain-number-duplicate'],
      en: 'Two domains with the same number. Renumber the domains 1, 2, 3, ...',
      nl: 'Twee domeinen met hetzelfde nummer. Nummer de domeinen 1, 2, 3, ...',
    },
  ],
};

describe('messages: the wording in English and Dutch', () => {
  for (const key of Object.keys(WORDING) as (keyof Messages)[]) {
    test(key, () => {
      const wording = WORDING[key] as Wording<Messages[keyof Messages]>;
      const say = (locale: 'en' | 'nl', args: readonly unknown[] | null): string => {
        const message = MESSAGES[locale][key] as string | ((...a: unknown[]) => string);
        return typeof message === 'string' ? message : message(...(args ?? []));
      };
      const cases = Array.isArray(wording)
        ? (wording as readonly { args: readonly unknown[]; en: string; nl: string }[])
        : [{ args: null, ...(wording as { en: string; nl: string }) }];
      for (const { args, en, nl } of cases) {
        const label = `${key}(${(args ?? []).map((a) => JSON.stringify(a)).join(', ')})`;
        assert.equal(say('en', args), en, label);
        assert.equal(say('nl', args), nl, label);
        assert.notEqual(nl, en, `${label} is translated`);
      }
    });
  }

  test('every message has its wording asserted here', () => {
    assert.deepEqual(Object.keys(WORDING).sort(), Object.keys(MESSAGES.en).sort());
    assert.deepEqual(Object.keys(MESSAGES.nl).sort(), Object.keys(MESSAGES.en).sort());
  });

  test('every message exists in both languages, with the same arguments, and differs between them', () => {
    const keys = Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[];
    assert.deepEqual(Object.keys(MESSAGES.nl).sort(), [...keys].sort());
    for (const key of keys) {
      const en: unknown = MESSAGES.en[key];
      const nl: unknown = MESSAGES.nl[key];
      assert.equal(typeof nl, typeof en, key);
      if (typeof en === 'function' && typeof nl === 'function') assert.equal(nl.length, en.length, key);
      assert.notEqual(String(nl), String(en), key);
    }
  });

  test('the locale of a language tag: Dutch for nl and its regions, English for anything else', () => {
    assert.deepEqual(['nl', 'nl-BE', 'NL_nl', 'en', 'en-US', 'fr', 'nld', '', null, undefined].map(localeOf), [
      'nl',
      'nl',
      'nl',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
    assert.equal(messagesFor('nl-NL'), MESSAGES.nl);
    assert.equal(messagesFor(undefined), MESSAGES.en);
  });
});
