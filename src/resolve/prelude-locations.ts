import type { FnDef } from './items.js';

/**
 * Where real std reports a panic that happens inside one of its functions that is not
 * `#[track_caller]`: an arithmetic overflow in code std generates by a macro is located at the
 * macro's invocation in std's sources (rustc 1.95's `library/` paths, 64-bit target). Every
 * other prelude function is `#[track_caller]` (its panics are reported at the program's call):
 * std gives that attribute to the functions whose panics are the caller's fault (`unwrap`,
 * indexing, `Vec::remove`, `div_euclid`, ...), and the prelude's other functions cannot panic.
 */

/** `impl {int} { int_impl! { .. } }` / `uint_impl!` in core/src/num/mod.rs, on a 64-bit target. */
const NUM_IMPL_LINES: Readonly<Record<string, number>> = {
  i8: 346, i16: 370, i32: 394, i64: 418, i128: 442, isize: 519,
  u8: 546, u16: 1188, u32: 1243, u64: 1274, u128: 1305, usize: 1400,
};

/** Methods of the integers that panic inside std: they overflow there
 *  (`#[rustc_inherit_overflow_checks]`) or divide by their argument, and are not
 *  `#[track_caller]` (core marks the unsigned `wrapping_div` so, not the signed one). */
const SIGNED_PANICKING_METHODS = new Set([
  'pow', 'abs', 'saturating_div', 'wrapping_div', 'wrapping_rem', 'wrapping_div_euclid', 'wrapping_rem_euclid',
  'overflowing_div', 'overflowing_rem', 'overflowing_div_euclid', 'overflowing_rem_euclid',
]);
const UNSIGNED_PANICKING_METHODS = new Set(['pow', 'next_multiple_of', 'next_power_of_two']);

/** Trait methods, by trait and method, of the integer impls std generates by one macro. */
const TRAIT_IMPL_LOCATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // `integer_sum_product! { i8 i16 .. usize }`: the fold's closure adds or multiplies.
  Sum: { __sum: 'core/src/iter/traits/accum.rs:204:1' },
  Product: { __product: 'core/src/iter/traits/accum.rs:204:1' },
  // `step_integer_impls!`: `Step::forward` overflows (`RangeFrom::next` past MAX).
  Step: { forward: 'core/src/iter/range.rs:434:1' },
  // The operator impls std does not mark `#[track_caller]` (`neg_impl!`, `shl_impl_all!`, ...):
  // a generic `-x` or `a << b` that overflows is located at the macro's invocation.
  Neg: { neg: 'core/src/ops/arith.rs:729:1' },
  Shl: { shl: 'core/src/ops/bit.rs:517:1' },
  Shr: { shr: 'core/src/ops/bit.rs:639:1' },
  ShlAssign: { shl_assign: 'core/src/ops/bit.rs:991:1' },
  ShrAssign: { shr_assign: 'core/src/ops/bit.rs:1077:1' },
};

/** Other inherent methods that panic inside std, by type and method. */
const INHERENT_LOCATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // `str::repeat` is `[u8]::repeat`: `checked_mul(n).expect("capacity overflow")`.
  str: { repeat: 'alloc/src/slice.rs:523:50' },
  // A radix out of range.
  char: { to_digit: 'core/src/char/methods.rs:403:9' },
  // `min > max` or a NaN bound.
  f32: { clamp: 'core/src/num/f32.rs:1504:9' },
  f64: { clamp: 'core/src/num/f64.rs:1502:9' },
  bool: { clamp: 'core/src/cmp.rs:2075:13' },
  // `assert!(at <= len, "`at` out of bounds")`.
  VecDeque: { split_off: 'alloc/src/collections/vec_deque/mod.rs:2539:9' },
};

/** std's free functions that panic inside std, by the prelude's name. */
const FREE_LOCATIONS: Readonly<Record<string, string>> = {
  // `char::from_digit` calls `convert::from_digit`, which asserts the radix.
  __std_char_from_digit: 'core/src/char/convert.rs:332:9',
  // `Ord::clamp`'s default method asserts `min <= max`.
  __std_ord_clamp: 'core/src/cmp.rs:1102:9',
};

/** std's location (under `library/`) of panics in `def`'s body, or null if it is `#[track_caller]`.
 *  A closure's body takes its function's. */
export function stdPanicLocation(def: FnDef): string | null {
  if (!def.std) return null;
  if (def.closure) return stdPanicLocation(def.closure.parent);
  if (def.owner.kind === 'free') return FREE_LOCATIONS[def.name] ?? null;
  if (def.owner.kind !== 'impl') return null;
  const impl = def.owner.impl.item;
  const selfName = impl.selfTy.kind === 'path' ? impl.selfTy.name : null;
  if (selfName !== null && impl.trait === null && INHERENT_LOCATIONS[selfName]?.[def.name]) return INHERENT_LOCATIONS[selfName][def.name]!;
  if (selfName === null || !(selfName in NUM_IMPL_LINES)) return null;
  if (impl.trait === null) {
    const panicking = selfName.startsWith('i') ? SIGNED_PANICKING_METHODS : UNSIGNED_PANICKING_METHODS;
    return panicking.has(def.name) ? `core/src/num/mod.rs:${NUM_IMPL_LINES[selfName]}:5` : null;
  }
  const trait = impl.trait.segments.at(-1)?.name;
  return (trait !== undefined && TRAIT_IMPL_LOCATIONS[trait]?.[def.name]) || null;
}
