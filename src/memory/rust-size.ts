import { intBits, typeKey, variantFields, type Ty } from '../types/ty.js';
import { isUnsized, typeOwner } from './target.js';

/**
 * The size and alignment rustc gives a type on x86_64, in bytes. The book model lays values
 * out in cells, but std's policies that depend on `size_of::<T>()` (RawVec's minimum non-zero
 * capacity: 8 for 1-byte elements, 4 up to 1 KiB, else 1; zero-sized elements never allocate;
 * capacity overflow past `isize::MAX` bytes) must see the real sizes, or a `Vec<i32>` would
 * grow like a `Vec<u8>`.
 *
 * Field reordering follows rustc's rule for the default repr (largest alignment first, so no
 * padding between fields); enums use the niche of a single data-carrying variant when its
 * payload has one (`Option<&T>`, `Option<bool>`, `Option<Vec<T>>`), else a tag. This is exact
 * for the types programs usually put in a Vec; the rarer multi-variant niche layouts rustc
 * also finds are approximated by a tagged layout.
 */
export interface RustSize {
  readonly size: number;
  readonly align: number;
  /** How many invalid bit patterns the type has that an enum may use as its tag (capped). */
  readonly niches: number;
}

const MANY = 2 ** 32;
/** By `typeKey`; types that mention ADTs or closures per definition object, since their ids
 *  (and so their keys) repeat in every compiled program. */
const cache = new Map<string, RustSize>();
const byDef = new WeakMap<object, Map<string, RustSize>>();

const roundUp = (n: number, align: number): number => Math.ceil(n / align) * align;

export function rustSize(ty: Ty): RustSize {
  const key = typeKey(ty);
  const def = typeOwner(ty);
  let map = cache;
  if (def) {
    let scoped = byDef.get(def);
    if (!scoped) byDef.set(def, (scoped = new Map()));
    map = scoped;
  }
  let r = map.get(key);
  if (!r) {
    r = compute(ty);
    map.set(key, r);
  }
  return r;
}

function struct(tys: readonly Ty[], reprC: boolean): RustSize {
  const fields = tys.map(rustSize);
  const align = Math.max(1, ...fields.map((f) => f.align));
  const niches = Math.max(0, ...fields.map((f) => f.niches));
  if (reprC) {
    let offset = 0;
    for (const f of fields) offset = roundUp(offset, f.align) + f.size;
    return { size: roundUp(offset, align), align, niches };
  }
  // Sorted by alignment, largest first: every size is a multiple of its alignment, so the
  // fields pack without padding.
  const sum = fields.reduce((n, f) => n + f.size, 0);
  return { size: roundUp(sum, align), align, niches };
}

function compute(ty: Ty): RustSize {
  switch (ty.k) {
    case 'int': {
      const bytes = intBits(ty.int) / 8;
      return { size: bytes, align: bytes, niches: 0 };
    }
    case 'float':
      return ty.float === 'f32' ? { size: 4, align: 4, niches: 0 } : { size: 8, align: 8, niches: 0 };
    case 'bool':
      return { size: 1, align: 1, niches: 254 };
    case 'char':
      return { size: 4, align: 4, niches: MANY };
    case 'never':
    case 'fnDef':
      return { size: 0, align: 1, niches: 0 };
    case 'tuple':
      return struct(ty.elems, false);
    case 'closure':
      return struct(ty.captures, false);
    case 'array': {
      const e = rustSize(ty.elem);
      return { size: e.size * ty.len, align: e.align, niches: ty.len > 0 ? e.niches : 0 };
    }
    case 'ref':
    case 'box':
      return { size: isUnsized(ty.inner) ? 16 : 8, align: 8, niches: 1 };
    case 'ptr':
      return { size: isUnsized(ty.inner) ? 16 : 8, align: 8, niches: 0 };
    case 'slice':
    case 'str':
    case 'dyn':
      return { size: 0, align: 1, niches: 0 };
    case 'adt': {
      const def = ty.def;
      // std's Vec and String hold a NonNull pointer and a capacity of at most isize::MAX.
      if (def.std && (def.name === 'Vec' || def.name === 'String' || def.name === 'RawVec')) return { size: 24 - (def.name === 'RawVec' ? 8 : 0), align: 8, niches: MANY };
      const reprC = def.repr.includes('C');
      if (def.kind === 'struct') return struct(variantFields(ty, 0), reprC);
      return enumSize(ty);
    }
    case 'param':
    case 'var':
    case 'assoc':
    case 'opaque':
      return { size: 0, align: 1, niches: 0 };
  }
}

function enumSize(ty: Ty & { k: 'adt' }): RustSize {
  const def = ty.def;
  const n = def.variants.length;
  if (n === 0) return { size: 0, align: 1, niches: 0 };
  const intRepr = def.repr.find((r) => /^[iu](8|16|32|64|128|size)$/.test(r));
  const variants = def.variants.map((_, v) => struct(variantFields(ty, v), false));
  const dataful = variants.map((v, i) => ({ v, i })).filter(({ v }) => v.size > 0);
  if (!intRepr) {
    if (n === 1) return variants[0]!;
    // One variant with data, the others empty: the payload's niche holds the other variants.
    if (dataful.length === 1 && dataful[0]!.v.niches >= n - 1) {
      const v = dataful[0]!.v;
      return { size: v.size, align: v.align, niches: v.niches - (n - 1) };
    }
    if (dataful.length === 0) {
      const tag = n <= 256 ? 1 : 2;
      return { size: tag, align: tag, niches: (tag === 1 ? 256 : 65536) - n };
    }
  }
  const tag = intRepr ? (intRepr.endsWith('size') ? 8 : Number(intRepr.slice(1)) / 8) : n <= 256 ? 1 : 2;
  let size = tag;
  let align = tag;
  for (const v of variants) {
    size = Math.max(size, roundUp(tag, v.align) + v.size);
    align = Math.max(align, v.align);
  }
  return { size: roundUp(size, align), align, niches: (tag === 1 ? 256 : MANY) - n };
}

/** RawVec's `min_non_zero_cap`: the first capacity a growing Vec allocates at least. */
export function minNonZeroCap(elemSize: number): number {
  if (elemSize === 1) return 8;
  if (elemSize <= 1024) return 4;
  return 1;
}
