import type { Ty } from './ty.js';

/**
 * rustc's own messages (`#[rustc_on_unimplemented]`) for the iterator traits a call's bound
 * asks for, and which std types the prelude implements those traits for as fully as std does
 * (so that a missing impl is rustc's E0277, not a gap of the prelude).
 */
export function hasUnimplementedMessage(trait: string): boolean {
  return trait === 'FromIterator' || trait === 'Sum' || trait === 'Product';
}

export function unimplementedMessage(trait: string, self: string, item: string): { headline: string; label: string } | null {
  switch (trait) {
    case 'FromIterator':
      return {
        headline: `a value of type \`${self}\` cannot be built from an iterator over elements of type \`${item}\``,
        label: `value of type \`${self}\` cannot be built from \`std::iter::Iterator<Item=${item}>\``,
      };
    case 'Sum':
      return {
        headline: `a value of type \`${self}\` cannot be made by summing an iterator over elements of type \`${item}\``,
        label: `value of type \`${self}\` cannot be made by summing a \`std::iter::Iterator<Item=${item}>\``,
      };
    case 'Product':
      return {
        headline: `a value of type \`${self}\` cannot be made by multiplying all elements of type \`${item}\` from an iterator`,
        label: `value of type \`${self}\` cannot be made by multiplying all elements from a \`std::iter::Iterator<Item=${item}>\``,
      };
    default:
      return null;
  }
}

/** std types whose impls of `trait` the prelude has all of, with no bounds of their own:
 *  `Vec<T>`/`VecDeque<T>: FromIterator<T>`, the numbers' `Sum`/`Product` of themselves and
 *  of references to themselves. */
export function preludeImplsComplete(trait: string, self: Ty): boolean {
  if (trait === 'FromIterator') return self.k === 'adt' && (self.def.name === 'Vec' || self.def.name === 'VecDeque');
  if (trait === 'Sum' || trait === 'Product') return self.k === 'int' || self.k === 'float';
  return false;
}
