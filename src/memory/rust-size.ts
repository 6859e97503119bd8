import type { Ty } from '../types/ty.js';
import { realLayout } from './real.js';

/**
 * The size and alignment rustc gives a type on x86_64, in bytes: what `size_of` and `align_of`
 * return, and what std's size-dependent policies see (RawVec's minimum non-zero capacity: 8
 * for 1-byte elements, 4 up to 1 KiB, else 1; zero-sized elements never allocate; capacity
 * overflow past `isize::MAX` bytes), whatever model the view shows. The rules are the real
 * model's layouts (real.ts).
 */
export interface RustSize {
  readonly size: number;
  readonly align: number;
}

export function rustSize(ty: Ty): RustSize {
  const l = realLayout(ty);
  return { size: l.size, align: l.align };
}

/** RawVec's `min_non_zero_cap`: the first capacity a growing Vec allocates at least. */
export function minNonZeroCap(elemSize: number): number {
  if (elemSize === 1) return 8;
  if (elemSize <= 1024) return 4;
  return 1;
}
