/**
 * Array helpers safe for arrays of any length: spreading an array into a call's arguments
 * (`Math.max(...xs)`, `out.push(...xs)`) overflows V8's stack past about 120,000 elements, and
 * a snapshot or a table can have more rows than that.
 */

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Appends every item of `items` to `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
