/// <reference types="mocha" />
// Go to Definition (F12) and Peek on footnote references, through vscode.executeDefinitionProvider.

import * as assert from 'node:assert/strict';
import { definitionTargets, openFixture, positionOf } from '../support';

suite('Go to Definition on footnotes', () => {
  test('from a reference glued to a comma, with the cursor on the number, to its note at the bottom of the page', async () => {
    const document = await openFixture('outline.council');
    assert.deepEqual(await definitionTargets(document, positionOf(document, 'lidstaten,2', 'lidstaten,'.length)), [
      'line 28:1: 2 Tweede Kamer, vergaderjaar 2026-2027, KST 32317, nr. 999; de lijst van lidstaten staat',
    ]);
  });

  test('with the cursor right after the number, from a reference after a closing quote', async () => {
    const document = await openFixture('outline.council');
    assert.deepEqual(await definitionTargets(document, positionOf(document, '’4 en', 2)), [
      'line 51:1: 4 Zie ook Kamerstuk 30821, nr. 240.',
    ]);
  });

  test('from the reference in the introduction to the first note', async () => {
    const document = await openFixture('outline.council');
    assert.deepEqual(await definitionTargets(document, positionOf(document, 'ontvangen.1', 'ontvangen.'.length)), [
      'line 27:1: 1 Kamerstuk 32317, nr. 1001.',
    ]);
  });

  test('a number defined twice offers both notes', async () => {
    const document = await openFixture('findings.council');
    assert.deepEqual(await definitionTargets(document, positionOf(document, 'mestmarkt.2', 'mestmarkt.'.length)), [
      'line 23:1: 2 Kamerstuk 21501-32, nr. 1651.',
      'line 24:1: 2 Kamerstuk 21501-32, nr. 1652.',
    ]);
  });

  test('numbers that are not references go nowhere', async () => {
    const document = await openFixture('outline.council');
    assert.deepEqual(await definitionTargets(document, positionOf(document, 'Postbus 20018', 'Postbus 2'.length)), []);
    assert.deepEqual(await definitionTargets(document, positionOf(document, '2022/2557', 1)), []);
  });
});
