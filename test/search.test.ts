import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lowerBound } from '../server/src/parser/search';

describe('lowerBound', () => {
  const sorted = [1, 3, 3, 3, 7, 9];
  const firstAtLeast = (n: number): number => lowerBound(sorted.length, (i) => sorted[i]! < n);

  it('finds the first element not before the value', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 7, 8, 9, 10].map(firstAtLeast), [0, 0, 1, 1, 4, 4, 5, 5, 6]);
  });

  it('finds the place after equal elements when they count as before', () => {
    assert.equal(
      lowerBound(sorted.length, (i) => sorted[i]! <= 3),
      4,
    );
  });

  it('is 0 for an empty list and never looks past the end', () => {
    assert.equal(
      lowerBound(0, () => assert.fail('no index to look at')),
      0,
    );
    const seen: number[] = [];
    assert.equal(
      lowerBound(5, (i) => (seen.push(i), true)),
      5,
    );
    assert.ok(seen.every((i) => i >= 0 && i < 5));
  });

  it('agrees with a linear scan on every prefix of a sorted list', () => {
    const values = [0, 0, 1, 2, 2, 2, 5, 8, 8, 13];
    for (let n = -1; n <= 14; n++) {
      const linear = values.findIndex((v) => v >= n);
      assert.equal(
        lowerBound(values.length, (i) => values[i]! < n),
        linear < 0 ? values.length : linear,
        `n = ${n}`,
      );
    }
  });
});
