import { intBits, typeKey, variantFields, type Ty } from '../types/ty.js';
import { isUnsized, typeOwner } from './target.js';

/**
 * The size and alignment rustc gives a type on x86_64, in bytes: what `size_of` and `align_of`
 * return, and what std's size-dependent policies see (RawVec's minimum non-zero capacity: 8
 * for 1-byte elements, 4 up to 1 KiB, else 1; zero-sized elements never allocate; capacity
 * overflow past `isize::MAX` bytes). The book model lays values out in cells; programs that
 * print sizes must still print rustc's.
 *
 * A model of rustc_abi's layout calculator: structs (default repr) order their fields by
 * alignment, largest first (no padding between them); `repr(C)` keeps declaration order; an
 * enum is the smaller of a tagged layout (the tag, then each variant's fields in ascending
 * alignment) and a niche-filling one (the largest variant, the others' tags stored in invalid
 * values of one of its fields — a reference's null, a bool's 2..=255, a char past U+10FFFF,
 * an enum's unused tags, a Vec's capacity above `isize::MAX` — with the other variants placed
 * before or after that field). Where the niche lies inside a struct is approximated (rustc
 * moves it to the start or end of its alignment group), which only matters when other
 * variants must fit around it.
 */
export interface RustSize {
  readonly size: number;
  readonly align: number;
  /** The largest niche: where it is, its size, and how many invalid values it has left. */
  readonly niche: Niche | null;
}

interface Niche {
  readonly offset: number;
  readonly size: number;
  readonly available: bigint;
}

/** By `typeKey`; types that mention ADTs or closures per definition object, since their ids
 *  (and so their keys) repeat in every compiled program. */
const cache = new Map<string, RustSize>();
const byDef = new WeakMap<object, Map<string, RustSize>>();

const roundUp = (n: number, align: number): number => Math.ceil(n / align) * align;
const ZST: RustSize = { size: 0, align: 1, niche: null };

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

const larger = (a: Niche | null, b: Niche | null): Niche | null => (b && (!a || b.available > a.available) ? b : a);
const shifted = (n: Niche | null, by: number): Niche | null => n && { ...n, offset: n.offset + by };

/** A struct, tuple or closure: fields reordered by alignment (largest first, zero-sized ones
 *  first of all) unless `repr(C)`; with a `prefix` (an enum's tag), ascending alignment after it. */
function univariant(tys: readonly Ty[], reprC: boolean, prefix = 0): RustSize {
  const fields = tys.map(rustSize);
  let order = fields.map((_, i) => i);
  if (!reprC) {
    if (prefix > 0) order.sort((a, b) => fields[a]!.align - fields[b]!.align);
    else
      order.sort((a, b) => {
        const fa = fields[a]!;
        const fb = fields[b]!;
        if ((fa.size === 0) !== (fb.size === 0)) return fa.size === 0 ? -1 : 1;
        if (fa.align !== fb.align) return fb.align - fa.align;
        // The largest niche of an alignment group goes first (rustc's niche bias towards the start).
        return Number((fb.niche?.available ?? 0n) > (fa.niche?.available ?? 0n)) - Number((fa.niche?.available ?? 0n) > (fb.niche?.available ?? 0n));
      });
  }
  let offset = prefix;
  let align = 1;
  let niche: Niche | null = null;
  for (const i of order) {
    const f = fields[i]!;
    offset = roundUp(offset, f.align);
    niche = larger(niche, shifted(f.niche, offset));
    offset += f.size;
    align = Math.max(align, f.align);
  }
  return { size: roundUp(offset, align), align, niche };
}

function scalar(size: number, niche: bigint = 0n): RustSize {
  return { size, align: size, niche: niche > 0n ? { offset: 0, size, available: niche } : null };
}

function compute(ty: Ty): RustSize {
  switch (ty.k) {
    case 'int': {
      const bytes = intBits(ty.int) / 8;
      return scalar(bytes);
    }
    case 'float':
      return scalar(ty.float === 'f32' ? 4 : 8);
    case 'bool':
      return scalar(1, 254n);
    case 'char':
      return scalar(4, (1n << 32n) - 0x110000n);
    case 'never':
    case 'fnDef':
      return ZST;
    case 'tuple':
      return univariant(ty.elems, false);
    case 'closure':
      return univariant(ty.captures, false);
    case 'array': {
      const e = rustSize(ty.elem);
      return { size: e.size * ty.len, align: e.align, niche: ty.len > 0 ? e.niche : null };
    }
    case 'ref':
    case 'box':
      return { size: isUnsized(ty.inner) ? 16 : 8, align: 8, niche: { offset: 0, size: 8, available: 1n } };
    case 'ptr':
      return { size: isUnsized(ty.inner) ? 16 : 8, align: 8, niche: null };
    case 'slice':
    case 'str':
    case 'dyn':
      return ZST;
    case 'adt': {
      const def = ty.def;
      // std's Vec and String: a capacity of at most `isize::MAX` (its niche), a NonNull pointer, a length.
      if (def.std && (def.name === 'Vec' || def.name === 'String')) return { size: 24, align: 8, niche: { offset: 0, size: 8, available: 1n << 63n } };
      if (def.std && def.name === 'RawVec') return { size: 16, align: 8, niche: { offset: 0, size: 8, available: 1n << 63n } };
      const reprC = def.repr.includes('C');
      if (def.kind === 'struct') return univariant(variantFields(ty, 0), reprC);
      return enumSize(ty, reprC);
    }
    default:
      return ZST;
  }
}

/** The smallest integer (in bytes) that holds the discriminants, or the `repr`'s. */
function tagBytes(def: Ty & { k: 'adt' }): number {
  const repr = def.def.repr.find((r) => /^[iu](8|16|32|64|128|size)$/.test(r));
  if (repr) return repr.endsWith('size') ? 8 : Number(repr.slice(1)) / 8;
  const ds = def.def.variants.map((v) => v.discriminant);
  const min = ds.reduce((a, b) => (b < a ? b : a), 0n);
  const max = ds.reduce((a, b) => (b > a ? b : a), 0n);
  for (const bytes of [1, 2, 4, 8]) {
    const bits = BigInt(bytes * 8);
    if (min >= 0n ? max < 1n << bits : min >= -(1n << (bits - 1n)) && max < 1n << (bits - 1n)) return bytes;
  }
  return 16;
}

function enumSize(ty: Ty & { k: 'adt' }, reprC: boolean): RustSize {
  const def = ty.def;
  const n = def.variants.length;
  if (n === 0) return ZST;
  const hasIntRepr = def.repr.some((r) => /^[iu](8|16|32|64|128|size)$/.test(r));
  const fields = def.variants.map((_, v) => variantFields(ty, v));
  // One variant and no explicit repr: a struct.
  if (n === 1 && !hasIntRepr && !reprC) return univariant(fields[0]!, false);
  const tagged = taggedLayout(ty, fields, reprC);
  if (hasIntRepr || reprC) return tagged;
  const niche = nicheLayout(fields);
  if (!niche) return tagged;
  if (tagged.size > niche.size) return niche;
  if (tagged.size === niche.size && (tagged.niche?.available ?? 0n) < (niche.niche?.available ?? 0n)) return niche;
  return tagged;
}

function taggedLayout(ty: Ty & { k: 'adt' }, fields: readonly (readonly Ty[])[], reprC: boolean): RustSize {
  const tag = tagBytes(ty);
  let size = tag;
  let align = tag;
  for (const fs of fields) {
    const v = univariant(fs, reprC, tag);
    size = Math.max(size, v.size);
    align = Math.max(align, v.align);
  }
  const values = 1n << BigInt(tag * 8);
  return { size: roundUp(size, align), align, niche: { offset: 0, size: tag, available: values - BigInt(fields.length) } };
}

/** rustc's niche-filling layout: the largest variant untagged, the others encoded in its niche. */
function nicheLayout(fields: readonly (readonly Ty[])[]): RustSize | null {
  const variants = fields.map((fs) => univariant(fs, false));
  // `max_by_key` keeps the last of equal maxima.
  let largest = 0;
  variants.forEach((v, i) => {
    if (v.size >= variants[largest]!.size) largest = i;
  });
  const others = variants.map((_, i) => i).filter((i) => i !== largest);
  const count = BigInt(others[others.length - 1]! - others[0]! + 1);
  const niche = variants[largest]!.niche;
  if (!niche || niche.available < count) return null;
  const align = Math.max(...variants.map((v) => v.align));
  const size = roundUp(variants[largest]!.size, align);
  for (const i of others) {
    const v = variants[i]!;
    if (v.size <= niche.offset) continue;
    const at = roundUp(niche.offset + niche.size, v.align);
    if (at + v.size > size) return null;
  }
  return { size, align, niche: { ...niche, available: niche.available - count } };
}

/** RawVec's `min_non_zero_cap`: the first capacity a growing Vec allocates at least. */
export function minNonZeroCap(elemSize: number): number {
  if (elemSize === 1) return 8;
  if (elemSize <= 1024) return 4;
  return 1;
}
