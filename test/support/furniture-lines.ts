// Lines of the ways a report reaches the editor that the random reports of the property tests,
// the edit storms and the reuse tests mix in: the official publication's furniture, the
// ministry's letterhead, and notes and references of copied text. Written for the tests.

/** Page furniture of a Kamerstuk PDF and the reference repeated at the top of later pages. */
export const FURNITURE_LINES: readonly string[] = [
  'Tweede Kamer der Staten-Generaal 2',
  'Vergaderjaar 2026–2027',
  '21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken',
  'Nr. 3301 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
  'kst-21501-02-3301',
  'ISSN 0921 - 7371',
  '’s-Gravenhage 2027',
  'Tweede Kamer, vergaderjaar 2026–2027, 21 501-02, nr. 3301 2',
  'Onze referentie',
  'BZDOC-1561804725-73',
];

/** The letterhead's fields and look-alikes that are content. */
export const LETTERHEAD_LINES: readonly string[] = [
  'Retouradres Postbus 20061 2500 EB Den Haag',
  'Datum',
  '2 februari 2027',
  'Betreft Verslag Raad Buitenlandse Zaken',
  'Bijlage(n)',
  '32 317 JBZ-Raad',
  'Tweede Kamer der Staten-Generaal',
  'COVID-19',
];

/** Notes and references as copied text has them. */
export const COPIED_TEXT_LINES: readonly string[] = [
  'De Raad sprak over het voorstel van 7 mei jl.1 De lidstaten',
  'waren het eens.2 Nederland steunde het voorstel van de',
  '1 Kamerstuk 21501-02, nr. 3290.',
  '2 Zie de brief over de uitvoering van het pact,',
  'Kamerstuk 32317, nr. 990.',
  'Hierbij wordt het verslag aangeboden.3Het kabinet steunt de richtlijn NIS2.4',
  'de uitstoot van CO2,3 en de rol van (de «K9»)4 met',
];
