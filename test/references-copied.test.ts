// Footnote references in copied text: after a closing parenthesis or quote, after an
// abbreviation, after capitals where the number fits the notes, with the space after them lost,
// and after names that hold digits. Every non-reference of the format stays one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { referenceCandidates } from '../server/src/parser/candidates';
import { dumpReferences, parseLines } from './support/report';

/** The numbers taken as references in `body`, with notes 1 to `notes` defined at the end. */
function references(body: string, notes = 1): string[] {
  const defs = Array.from({ length: notes }, (_, i) => `${i + 1} Kamerstuk 32317, nr. ${900 + i}.`);
  return dumpReferences(parseLines([body, '', ...defs]));
}

describe('references in copied text', () => {
  test('after a closing parenthesis or quote', () => {
    assert.deepEqual(references('Het gaat om de richtlijn (EPBD)1. De Raad stemde in.'), ['1@0:31']);
    assert.deepEqual(references('Zij noemde dit «digital needs»».1 Daarna sprak de Raad.'), ['1@0:32']);
    assert.deepEqual(references('De steun ging naar de groep (de «K9»)1 met de meeste leden.'), ['1@0:37']);
  });

  test('after an abbreviation', () => {
    assert.deepEqual(references('Zoals gemeld op 7 mei jl.1 De Raad besprak het voorstel.'), ['1@0:25']);
  });

  test('after capitals, only where the number fits the notes', () => {
    assert.deepEqual(references('De rol van FRONTEX1, de grenswacht, werd besproken.'), ['1@0:18']);
    // Not defined, or not the next number: a name.
    assert.deepEqual(references('De top van de G20 vond plaats.', 1), []);
    assert.deepEqual(references('Het verslag.1 De EU27 spraken af.', 5), ['1@0:12']);
  });

  test('with the space after them lost: the capital that starts the next sentence follows', () => {
    assert.deepEqual(references('Hierbij wordt het verslag aangeboden.1Het kabinet steunt het.'), ['1@0:37']);
    assert.deepEqual(references('Het gaat om 2.0Het en om een week2Dag.'), []);
  });

  test('after names that hold digits, where the number fits the notes', () => {
    assert.deepEqual(references('De uitstoot van CO2,1 maar ook van methaan.'), ['1@0:20']);
    assert.deepEqual(references('De richtlijn NIS2.1 De lidstaten stemden in.'), ['1@0:18']);
    assert.deepEqual(references('De nasleep van COVID-19.1 De Raad sprak erover.'), ['1@0:24']);
    // A name with digits is weak: not a reference when the number is not the next note.
    assert.deepEqual(references('Het verslag.1 De richtlijn NIS2.3 werd besproken.', 3), ['1@0:12']);
  });

  test('the non-references of the format stay non-references', () => {
    const line =
      'CO2-uitstoot G7-top COP30 EU27 artikel 78(3) 2024/1351 3,8% 150.000 2.0-versie in 2027 is 2 keer ST 7781/27.';
    assert.deepEqual(
      referenceCandidates(line, null, 0).filter((c) => c.strong),
      [],
    );
    assert.deepEqual(references(line, 30), []);
  });
});
