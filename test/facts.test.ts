// The fact table: the equalities the reuse layer uses are derived from each fact's class.
// A line that differs from another in one fact reads the same to exactly the passes before
// that fact's class.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  FACT_CLASSES,
  PLAIN_FACTS,
  readsAsPlainText,
  sameBlocksAndHeadings,
  sameStructure,
  type LineFacts,
} from '../server/src/parser/facts';
import { numberedSession } from '../server/src/parser/headings/numberedSession';

/** A value of each fact other than a plain line's. */
const OTHER: { readonly [K in keyof LineFacts]: LineFacts[K] } = {
  kind: 'page-furniture',
  contentEnd: 12,
  startsLower: true,
  endsInPunctuation: true,
  endsSentence: true,
  label: true,
  heading: {
    number: 1,
    numberText: '1',
    numeral: 'arabic',
    numberColumn: 0,
    titleColumn: 3,
    title: 'Justitie',
    startsWithKind: false,
    rule: numberedSession,
  },
  definition: { column: 0, digits: 1, number: 1, textColumn: 2 },
  closing: true,
  salutation: true,
  candidates: [{ column: 5, length: 1, number: 1, strong: true }],
  placeholders: [{ column: 0, length: 7 }],
};

test('each fact, changed alone, is seen by the equalities of the passes from its class on', () => {
  const plain = PLAIN_FACTS[0];
  for (const fact of Object.keys(FACT_CLASSES) as (keyof LineFacts)[]) {
    const changed = { ...plain, [fact]: OTHER[fact] } as LineFacts;
    const cls = FACT_CLASSES[fact];
    assert.equal(
      sameBlocksAndHeadings(plain, changed),
      cls !== 'blocks' && cls !== 'headings',
      `${fact} (${cls}): same blocks and headings`,
    );
    assert.equal(sameStructure(plain, changed), cls === 'ends', `${fact} (${cls}): same structure`);
  }
});

test('reference candidates are compared by value; a heading or a note only as the same object', () => {
  const a = { ...PLAIN_FACTS[0], candidates: [{ column: 5, length: 1, number: 1, strong: true }] };
  const b = { ...PLAIN_FACTS[0], candidates: [{ column: 5, length: 1, number: 1, strong: true }] };
  assert.ok(sameStructure(a, b));
  assert.ok(!sameStructure(a, { ...b, candidates: [{ column: 5, length: 1, number: 2, strong: true }] }));
  assert.ok(
    !sameBlocksAndHeadings(
      { ...PLAIN_FACTS[0], heading: OTHER.heading },
      { ...PLAIN_FACTS[0], heading: { ...OTHER.heading! } },
    ),
  );
});

test('plain text: any case and final punctuation, but no heading, label, closing or salutation', () => {
  for (const f of PLAIN_FACTS) assert.ok(readsAsPlainText(f));
  assert.ok(readsAsPlainText({ ...PLAIN_FACTS[3], candidates: OTHER.candidates, definition: OTHER.definition }));
  for (const fact of ['heading', 'label', 'closing', 'salutation', 'kind'] as const)
    assert.ok(!readsAsPlainText({ ...PLAIN_FACTS[0], [fact]: OTHER[fact] }), fact);
});
