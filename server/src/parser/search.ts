// The one binary search the parser needs.

/** The first index in 0..length at which `before(i)` is false, for a `before` that is true up to
 *  some index and false from there on (length when it is true everywhere). */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
