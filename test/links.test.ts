import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentLinks } from '../server/src/features/links';
import { MESSAGES } from '../server/src/core/messages';
import { span } from './support/dump';
import { parseLines } from './support/report';

const { en } = MESSAGES;

/** "0:2-0:26 -> https://..." per link, with the tooltip if there is one. */
function links(lines: readonly string[], messages = MESSAGES.en): string[] {
  return documentLinks(parseLines(lines), messages).map(
    (l) => `${span(l.range)} -> ${l.target}${l.tooltip ? ` (${l.tooltip})` : ''}`,
  );
}

const KST = 'https://zoek.officielebekendmakingen.nl/kst-';

test('every Kamerstuk spelling links to its document on officielebekendmakingen.nl', () => {
  assert.deepEqual(
    links([
      'Geachte Voorzitter,',
      '',
      'Tekst (Kamerstuk 32317, nr. 1031).1',
      '',
      '1 Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 984.',
      '2 Kamerstuk 32 317, nr. 617; Kamerstukken II 2016-17, 22 112, nr. 2292.',
      '3 Kamerstuk 21501-02, nr. 3101.',
    ]),
    [
      `2:7-2:32 -> ${KST}32317-1031 (${en.openKamerstuk('32317', '1031')})`,
      `4:40-4:58 -> ${KST}32317-984 (${en.openKamerstuk('32317', '984')})`,
      `5:2-5:27 -> ${KST}32317-617 (${en.openKamerstuk('32317', '617')})`,
      `5:29-5:70 -> ${KST}22112-2292 (${en.openKamerstuk('22112', '2292')})`,
      `6:2-6:30 -> ${KST}21501-02-3101 (${en.openKamerstuk('21501-02', '3101')})`,
    ],
  );
});

test('a citation wrapped over two lines is one link', () => {
  assert.deepEqual(links(['Tekst.1', '', '1 Zie de brief, Kamerstukken II 2026-27,', '21 501-20, nr. 2236.']), [
    `2:16-3:19 -> ${KST}21501-20-2236 (${en.openKamerstuk('21501-20', '2236')})`,
  ]);
});

test('web addresses link to themselves, http ones over https; other schemes do not link', () => {
  assert.deepEqual(
    links([
      '1 Zie https://www.eerstekamer.nl/eu/stukken. Of http://example.org/a.',
      '2 Niet javascript:alert(1) of file:///etc/passwd.',
    ]),
    ['0:6-0:43 -> https://www.eerstekamer.nl/eu/stukken', '0:48-0:68 -> https://example.org/a'],
  );
});

test('the tooltip in Dutch', () => {
  assert.deepEqual(links(['1 KST 32317, nr. 984.'], MESSAGES.nl), [
    `0:2-0:20 -> ${KST}32317-984 (${MESSAGES.nl.openKamerstuk('32317', '984')})`,
  ]);
});

test('no links in a report without citations', () => {
  assert.deepEqual(links(['Geachte Voorzitter,', '', '1. Diversen', 'COM(2026) 800 en ST 7781/27.']), []);
});
