// The one binary search of the code base. Every sorted list here is searched for the place
// where a condition stops holding (the first note numbered at least n, the first line starting
// after an offset), so the search takes that condition rather than a value and a comparator.
// It lives in the parser, the bottom layer, so that every layer can use it.

/**
 * The first index from 0 to `count` at which `before` is false, where `before` is true for
 * every index below some point and false from it on: the number of leading indices for which
 * it holds. O(log count) calls of `before`, each with an index below `count`.
 */
export function lowerBound(count: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
