import { adtName, intBits, showTy, tailKeptLast, variantFields, type Ty, knownLen } from '../types/ty.js';
import { createAllocator, type AllocatorName } from './allocators.js';
import { cachedLayout, isUnsized, pointerMeta, type FieldLayout, type FrameSizes, type Layout, type NicheEncoding, type Target, type VariantLayout } from './target.js';

/**
 * The real model: rustc's layouts for x86_64-unknown-linux-gnu, in bytes, and a Linux process's
 * address space.
 *
 * Layouts follow rustc_abi's layout calculator (`univariant`, `layout_of_enum`):
 * - structs, tuples and closures (default repr) sort their fields: zero-sized ones first, then
 *   by alignment group, largest first (an array's group is the power of two its size is a
 *   multiple of, capped at the largest field alignment when some field has a niche), the field
 *   with the largest niche first within a group; a second pass with the niche biased towards the
 *   end is kept when it leaves more room before the niche. `repr(C)` keeps declaration order.
 * - enums take the smaller of a tagged layout (the smallest integer holding the discriminants,
 *   widened to the first field's alignment; each variant's fields in ascending alignment after
 *   it) and a niche-filling one (the largest variant untagged, the others' tags stored in
 *   invalid values of its largest niche: a reference's or Box's null, a bool's 2..=255, a char
 *   past U+10FFFF, an inner enum's unused tag values, a Vec's capacity above `isize::MAX`);
 *   equal sizes go to the layout with the larger niche, then to the tagged one.
 * - std's Vec is `{cap, ptr, len}` (RawVecInner's capacity, which has the niche, sorts first),
 *   String is its Vec.
 *
 * Tags hold the variant's index (not its discriminant) in stackheap's memory, and niche values
 * count up from the first invalid value; sizes, alignments and offsets are rustc's.
 */

/** The largest niche of a layout: invalid values of the scalar at `offset`, from `start` on. */
export interface Niche {
  readonly offset: number;
  readonly size: number;
  readonly available: bigint;
  /** The first invalid value, as stackheap stores values there. */
  readonly start: bigint;
  /** The scalar's valid values as rustc records them (unsigned integers of `size` bytes, the range
   *  wrapping when `end < start`): rustc's tag values come from it (see `reserveNiche`). */
  readonly valid: ValidRange;
}

export interface ValidRange {
  readonly start: bigint;
  readonly end: bigint;
}

/**
 * rustc's `Niche::reserve`: the value rustc stores for the first of `count` variants placed in
 * the niche, and the valid range once they are taken. It takes the values just below the valid
 * range when they fit before zero and the range is nearer zero than the top, else those just
 * after it (so `Option<bool>`'s None is 2, but an enum whose discriminants are 10..=20 puts None
 * at 9).
 */
export function reserveNiche(niche: Niche, count: bigint): { first: bigint; valid: ValidRange } {
  const max = (1n << BigInt(niche.size * 8)) - 1n;
  const v = niche.valid;
  const moveStart = () => {
    const start = (v.start - count) & max;
    return { first: start, valid: { start, end: v.end } };
  };
  const moveEnd = () => ({ first: (v.end + 1n) & max, valid: { start: v.start, end: (v.end + count) & max } });
  if (v.start > v.end) return moveEnd();
  if (v.start <= max - v.end) return count <= v.start ? moveStart() : moveEnd();
  const end = (v.end + count) & max;
  return end >= 1n && end <= v.end ? moveStart() : moveEnd();
}

export interface RealLayout extends Layout {
  readonly largestNiche: Niche | null;
}

const U8: Ty = { k: 'int', int: 'u8' };
const USIZE: Ty = { k: 'int', int: 'usize' };
const DATA_PTR: Ty = { k: 'ptr', mutable: false, inner: U8 };
const roundUp = (n: number, align: number): number => Math.ceil(n / align) * align;
const trailingZeros = (n: number): number => {
  let z = 0;
  while (n > 1 && n % 2 === 0) {
    n /= 2;
    z++;
  }
  return z;
};

const BASE: RealLayout = { size: 0, align: 1, shape: 'zst', variants: [], tagOffset: -1, tagEncoding: null, elem: null, stride: 0, count: 0, meta: null, largestNiche: null };

function scalar(size: number, niche: Niche | null = null, align = size): RealLayout {
  return { ...BASE, size, align, shape: 'scalar', largestNiche: niche };
}

const NONNULL: Niche = { offset: 0, size: 8, available: 1n, start: 0n, valid: { start: 1n, end: (1n << 64n) - 1n } };

/** `value` as an unsigned integer of `bytes` bytes (two's complement, wrapping). */
const unsignedIn = (value: bigint, bytes: number): bigint => BigInt.asUintN(bytes * 8, value);

function fat(meta: 'len' | 'vtable'): RealLayout {
  return { ...BASE, size: 16, align: 8, shape: 'fat', meta, variants: [{ fields: [{ offset: 0, ty: DATA_PTR }, { offset: 8, ty: USIZE }] }], largestNiche: NONNULL };
}
const FAT_LEN = fat('len');
const FAT_VTABLE = fat('vtable');

// ---- univariant ---------------------------------------------------------------------------------

interface FieldInfo {
  readonly size: number;
  readonly align: number;
  readonly niche: Niche | null;
}

interface Univariant {
  readonly offsets: number[];
  readonly size: number;
  readonly align: number;
  readonly niche: Niche | null;
}

type Bias = 'start' | 'end';

const nicheSize = (f: FieldInfo): bigint => f.niche?.available ?? 0n;

/** A tuple's last field stays last (rustc's `StructKind::MaybeUnsized`: a tuple may end in an
 *  unsized field, so the others' layout must not depend on it); the others sort as a struct's. */
type Tail = 'sorted' | 'kept last';

function univariantBiased(fields: readonly FieldInfo[], reprC: boolean, prefix: { size: number; align: number } | null, bias: Bias, tail: Tail = 'sorted'): Univariant {
  const all = fields.map((_, i) => i);
  const sorting = tail === 'kept last' ? all.slice(0, -1) : all;
  const order = sorting;
  if (!reprC && fields.length > 1) {
    const heads = sorting.map((i) => fields[i]!);
    const maxFieldAlign = Math.max(1, ...heads.map((f) => f.align));
    const largestNiche = heads.reduce((m, f) => (nicheSize(f) > m ? nicheSize(f) : m), 0n);
    const group = (f: FieldInfo): number => {
      const sizeAsAlign = trailingZeros(Math.max(f.align, f.size));
      if (largestNiche > 0n) {
        if (bias === 'start') return Math.min(trailingZeros(maxFieldAlign), sizeAsAlign);
        if (nicheSize(f) === largestNiche) return trailingZeros(f.align);
      }
      return sizeAsAlign;
    };
    const cmpBig = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
    if (prefix) {
      // Ascending alignment after a tag, the largest niche of a group last.
      order.sort((a, b) => group(fields[a]!) - group(fields[b]!) || cmpBig(nicheSize(fields[a]!), nicheSize(fields[b]!)));
    } else {
      const innerOffset = (f: FieldInfo): number => (f.niche ? (bias === 'start' ? f.niche.offset : -(f.size - f.niche.size - f.niche.offset)) : bias === 'start' ? 0 : -Infinity);
      order.sort((a, b) => {
        const fa = fields[a]!;
        const fb = fields[b]!;
        // Zero-sized fields have the least group: rustc 1.95 puts them after the others.
        return (
          group(fb) - group(fa) ||
          (bias === 'start' ? cmpBig(nicheSize(fb), nicheSize(fa)) : cmpBig(nicheSize(fa), nicheSize(fb))) ||
          innerOffset(fa) - innerOffset(fb)
        );
      });
    }
  }
  if (tail === 'kept last') order.push(fields.length - 1);
  const offsets = new Array<number>(fields.length).fill(0);
  let offset = 0;
  let align = 1;
  if (prefix) {
    align = Math.max(align, prefix.align);
    offset = roundUp(prefix.size, prefix.align);
  }
  let niche: Niche | null = null;
  let best = 0n;
  for (const i of order) {
    const f = fields[i]!;
    offset = roundUp(offset, f.align);
    align = Math.max(align, f.align);
    offsets[i] = offset;
    if (f.niche) {
      const available = f.niche.available;
      if (bias === 'start' ? available > best : available >= best) {
        best = available;
        niche = { ...f.niche, offset: f.niche.offset + offset };
      }
    }
    offset += f.size;
  }
  return { offsets, size: roundUp(offset, align), align, niche };
}

function univariant(fields: readonly FieldInfo[], reprC: boolean, prefix: { size: number; align: number } | null = null, tail: Tail = 'sorted'): Univariant {
  const layout = univariantBiased(fields, reprC, prefix, 'start', tail);
  const niche = layout.niche;
  // No niche-at-the-end alternative when the tail is kept last: rustc keeps such layouts
  // independent of the tail's type.
  if (!reprC && niche && fields.length > 1 && tail === 'sorted') {
    const head = niche.offset;
    const after = layout.size - head - niche.size;
    if (head !== 0 && after > 0) {
      // rustc keeps the alternative when its niche has more room before it than the first
      // layout's niche has on either side.
      const alt = univariantBiased(fields, reprC, prefix, 'end');
      const altHead = alt.niche!.offset;
      if (altHead > head && altHead > after) return alt;
    }
  }
  return layout;
}

function infos(tys: readonly Ty[]): FieldInfo[] {
  return tys.map((ty) => {
    const l = realLayout(ty);
    return { size: l.size, align: l.align, niche: l.largestNiche };
  });
}

function aggregate(tys: readonly Ty[], reprC: boolean, fieldInfos: FieldInfo[] = infos(tys), tail: Tail = 'sorted'): RealLayout {
  const u = univariant(fieldInfos, reprC, null, tail);
  const fields: FieldLayout[] = tys.map((ty, i) => ({ offset: u.offsets[i]!, ty }));
  return { ...BASE, size: u.size, align: u.align, shape: u.size === 0 ? 'zst' : 'aggregate', variants: [{ fields }], largestNiche: u.niche };
}

/** A struct's layout. One whose last field may be unsized keeps that field last; when it is
 *  unsized, the layout is the sized fields' and the tail's alignment, the tail at the end of the
 *  sized fields (a `dyn` tail's own alignment, known from its vtable, may move it further: see
 *  `unsizedTailOffset`), and the size the sized fields' (`size_of_val` adds the tail's). */
function structLayout(ty: Ty & { k: 'adt' }): RealLayout {
  const tys = variantFields(ty, 0);
  const reprC = ty.def.repr.includes('C');
  if (!tailKeptLast(ty.def)) return aggregate(tys, reprC);
  const fieldInfos = infos(tys);
  const layout = aggregate(tys, reprC, fieldInfos, 'kept last');
  if (!isUnsized(ty)) return layout;
  const tail = layout.variants[0]!.fields.at(-1)!;
  return { ...layout, size: tail.offset, shape: 'aggregate', largestNiche: null };
}

/** Whether no value of the type can exist (`!`, an empty enum, or a struct or tuple holding one). */
function uninhabited(ty: Ty): boolean {
  switch (ty.k) {
    case 'never':
      return true;
    case 'tuple':
      return ty.elems.some(uninhabited);
    case 'array':
      return knownLen(ty) > 0 && uninhabited(ty.elem);
    case 'adt':
      if (ty.def.kind === 'struct') return variantFields(ty, 0).some(uninhabited);
      return ty.def.variants.every((_, v) => variantFields(ty, v).some(uninhabited));
    default:
      return false;
  }
}

// ---- enums ----------------------------------------------------------------------------------------

const INT_REPR = /^[iu](8|16|32|64|128|size)$/;

function fitUnsigned(v: bigint): number {
  for (const b of [1, 2, 4, 8]) if (v < 1n << BigInt(b * 8)) return b;
  return 16;
}
function fitSigned(v: bigint): number {
  for (const b of [1, 2, 4, 8]) {
    const bits = BigInt(b * 8 - 1);
    if (v >= -(1n << bits) && v < 1n << bits) return b;
  }
  return 16;
}

function enumLayout(ty: Ty & { k: 'adt' }): RealLayout {
  const def = ty.def;
  const n = def.variants.length;
  if (n === 0) return { ...BASE, shape: 'zst' };
  const reprC = def.repr.includes('C');
  const intRepr = def.repr.find((r) => INT_REPR.test(r));
  const tys = def.variants.map((_, v) => variantFields(ty, v));
  const fieldInfos = tys.map(infos);
  // Variants that cannot exist (an uninhabited field, all fields zero-sized) take no room.
  const present = tys.map((fs, v) => !(fs.some(uninhabited) && fieldInfos[v]!.every((f) => f.size === 0))).map((p, v) => (p ? v : -1)).filter((v) => v >= 0);
  if (present.length <= 1 && !intRepr && !reprC) {
    // One variant: a struct, with no tag at all.
    const v = present[0] ?? 0;
    const s = aggregate(tys[v]!, false, fieldInfos[v]);
    const variants = tys.map((fs, i) => (i === v ? s.variants[0]! : { fields: fs.map((t) => ({ offset: 0, ty: t })) }));
    return { ...s, shape: 'enum', variants, tagOffset: 0, tagEncoding: 'none', tagSize: 0, niche: { untagged: v, first: 0, last: -1, start: 0n } };
  }
  const tagged = taggedLayout(ty, tys, fieldInfos, reprC, intRepr);
  if (reprC || intRepr) return tagged;
  const niche = nicheLayout(tys, fieldInfos);
  if (!niche) return tagged;
  const avail = (l: RealLayout): bigint => l.largestNiche?.available ?? 0n;
  if (tagged.size > niche.size) return niche;
  if (tagged.size === niche.size && avail(tagged) < avail(niche)) return niche;
  return tagged;
}

function taggedLayout(ty: Ty & { k: 'adt' }, tys: readonly (readonly Ty[])[], fieldInfos: readonly FieldInfo[][], reprC: boolean, intRepr: string | undefined): RealLayout {
  const ds = ty.def.variants.map((v) => v.discriminant);
  const min = ds.reduce((a, b) => (b < a ? b : a));
  const max = ds.reduce((a, b) => (b > a ? b : a));
  let minIty: number;
  if (intRepr) minIty = intRepr.endsWith('size') ? 8 : Number(intRepr.slice(1)) / 8;
  else {
    const atLeast = reprC ? 4 : 1;
    minIty = Math.max(min >= 0n ? fitUnsigned(max) : Math.max(fitSigned(min), fitSigned(max)), atLeast);
  }
  const ityAlign = minIty; // i128's alignment is 16 on x86_64, like its size.
  let prefixAlign = ityAlign;
  if (reprC) for (const fs of fieldInfos) for (const f of fs) prefixAlign = Math.max(prefixAlign, f.align);
  let size = 0;
  let align = 1;
  let startAlign = 256;
  const variants = fieldInfos.map((fs) => {
    const st = univariant(fs, reprC, { size: minIty, align: prefixAlign });
    const byOffset = fs.map((_, i) => i).sort((a, b) => st.offsets[a]! - st.offsets[b]! || a - b);
    for (const i of byOffset) {
      const f = fs[i]!;
      if (!(f.size === 0 && f.align === 1)) {
        startAlign = Math.min(startAlign, f.align);
        break;
      }
    }
    size = Math.max(size, st.size);
    align = Math.max(align, st.align);
    return { offsets: [...st.offsets], size: st.size };
  });
  size = roundUp(size, align);
  let ity = minIty;
  if (!reprC && !intRepr && [1, 2, 4, 8, 16].includes(startAlign) && startAlign > minIty) {
    ity = startAlign;
    for (const v of variants) {
      v.offsets = v.offsets.map((o) => (o <= minIty ? ity : o));
      if (v.size <= minIty) v.size = ity;
    }
  }
  const count = BigInt(ty.def.variants.length);
  const span = max - min + 1n;
  const available = (1n << BigInt(ity * 8)) - span;
  const largestNiche: Niche | null = available > 0n ? { offset: 0, size: ity, available, start: count, valid: { start: unsignedIn(min, ity), end: unsignedIn(max, ity) } } : null;
  const vls: VariantLayout[] = variants.map((v, i) => ({ fields: tys[i]!.map((t, j) => ({ offset: v.offsets[j]!, ty: t })) }));
  return { ...BASE, size, align, shape: 'enum', variants: vls, tagOffset: 0, tagEncoding: 'index', tagSize: ity, largestNiche };
}

function nicheLayout(tys: readonly (readonly Ty[])[], fieldInfos: readonly FieldInfo[][]): RealLayout | null {
  const sts = fieldInfos.map((fs) => univariant(fs, false));
  let largest = 0;
  sts.forEach((v, i) => {
    if (v.size >= sts[largest]!.size) largest = i;
  });
  const others = sts.map((_, i) => i).filter((i) => i !== largest);
  const first = others[0]!;
  const last = others[others.length - 1]!;
  const count = BigInt(last - first + 1);
  const niche = sts[largest]!.niche;
  if (!niche || niche.available < count) return null;
  const align = Math.max(1, ...sts.map((v) => v.align));
  const size = roundUp(sts[largest]!.size, align);
  const offsets: number[][] = [];
  for (let i = 0; i < sts.length; i++) {
    const v = sts[i]!;
    if (i === largest || v.size <= niche.offset) {
      offsets.push(v.offsets);
      continue;
    }
    const at = roundUp(niche.offset + niche.size, v.align);
    if (at + v.size > size) return null;
    // Zero-sized fields stay where they are (rustc moves only the others).
    offsets.push(v.offsets.map((o, j) => (fieldInfos[i]![j]!.size === 0 ? o : o + at)));
  }
  const reserved = reserveNiche(niche, count);
  const encoding: NicheEncoding = { untagged: largest, first, last, start: niche.start, rustcStart: reserved.first };
  const vls: VariantLayout[] = offsets.map((os, i) => ({ fields: tys[i]!.map((t, j) => ({ offset: os[j]!, ty: t })) }));
  const remaining = niche.available - count;
  const largestNiche = remaining > 0n ? { ...niche, available: remaining, start: niche.start + count, valid: reserved.valid } : null;
  return { ...BASE, size, align, shape: 'enum', variants: vls, tagOffset: niche.offset, tagEncoding: 'niche', tagSize: niche.size, niche: encoding, largestNiche };
}

// ---- every type -------------------------------------------------------------------------------------

/** std's smart pointers, RefCell's guards and a B-tree's root (`NodeRef`) hold `NonNull`
 *  pointers, null being their niche; the prelude writes them as raw pointers. */
const NONNULL_POINTER_OWNERS = new Set(['Rc', 'Arc', 'Weak', 'Ref', 'RefMut', 'NodeRef']);

/** A one-scalar struct whose values below `start` are invalid (`NonZero`): those values are its
 *  niche, stored from 0 up (`Option<NonZeroU32>`'s `None` is 0). */
function withValidRangeStart(layout: RealLayout, start: bigint): RealLayout {
  const max = (1n << BigInt(layout.size * 8)) - 1n;
  return { ...layout, largestNiche: { offset: 0, size: layout.size, available: start, start: 0n, valid: { start, end: max } } };
}

const CAP_NICHE: Niche = { offset: 0, size: 8, available: 1n << 63n, start: 1n << 63n, valid: { start: 0n, end: (1n << 63n) - 1n } };

function compute(ty: Ty): RealLayout {
  switch (ty.k) {
    case 'int': {
      const bytes = intBits(ty.int) / 8;
      return scalar(bytes);
    }
    case 'float':
      return scalar(ty.float === 'f32' ? 4 : 8);
    case 'bool':
      return scalar(1, { offset: 0, size: 1, available: 254n, start: 2n, valid: { start: 0n, end: 1n } });
    case 'char':
      return scalar(4, { offset: 0, size: 4, available: (1n << 32n) - 0x110000n, start: 0x110000n, valid: { start: 0n, end: 0x10ffffn } });
    case 'never':
    case 'fnDef':
      return BASE;
    case 'tuple':
      return aggregate(ty.elems, false, infos(ty.elems), ty.elems.length > 0 ? 'kept last' : 'sorted');
    case 'closure':
      return aggregate(ty.captures, false);
    case 'array': {
      const e = realLayout(ty.elem);
      const size = e.size * knownLen(ty);
      return { ...BASE, size, align: e.align, shape: size === 0 ? 'zst' : 'array', elem: ty.elem, stride: e.size, count: knownLen(ty), largestNiche: knownLen(ty) > 0 ? e.largestNiche : null };
    }
    case 'slice': {
      const e = realLayout(ty.elem);
      return { ...BASE, align: e.align, shape: 'unsized', elem: ty.elem, stride: e.size };
    }
    case 'str':
      return { ...BASE, shape: 'unsized', elem: U8, stride: 1 };
    case 'dyn':
    case 'dynFn':
      return { ...BASE, shape: 'unsized' };
    case 'fnPtr':
      return scalar(8, NONNULL);
    case 'ref':
    case 'box': {
      const meta = pointerMeta(ty.inner);
      return meta === null ? scalar(8, NONNULL) : meta === 'vtable' ? FAT_VTABLE : FAT_LEN;
    }
    case 'ptr': {
      const meta = pointerMeta(ty.inner);
      return meta === null ? scalar(8) : { ...(meta === 'vtable' ? FAT_VTABLE : FAT_LEN), largestNiche: null };
    }
    case 'adt': {
      const def = ty.def;
      if (def.std && def.name === 'RawVec') {
        // RawVecInner { ptr: Unique<u8>, cap: Cap (0..=isize::MAX), alloc }: the capacity's niche
        // is the larger, so it comes first.
        const tys = variantFields(ty, 0);
        return aggregate(tys, false, [
          { size: 8, align: 8, niche: NONNULL },
          { size: 8, align: 8, niche: CAP_NICHE },
        ]);
      }
      if (def.std && NONNULL_POINTER_OWNERS.has(adtName(def))) {
        const tys = variantFields(ty, 0);
        return aggregate(tys, false, tys.map((t) => (t.k === 'ptr' ? { ...infos([t])[0]!, niche: NONNULL } : infos([t])[0]!)));
      }
      // A B-tree leaf's keys and values are `MaybeUninit` arrays in std: a union has no niche.
      if (def.std && adtName(def) === 'LeafNode') {
        const tys = variantFields(ty, 0);
        return aggregate(tys, false, infos(tys).map((info) => ({ ...info, niche: null })));
      }
      // `UnsafeCell` hides its value's niche: `Option<Cell<bool>>` needs a tag of its own.
      if (def.std && (adtName(def) === 'Cell' || adtName(def) === 'RefCell')) return { ...aggregate(variantFields(ty, 0), false), largestNiche: null };
      const validStart = def.item?.kind === 'struct' ? def.item.validRangeStart : undefined;
      if (validStart !== undefined) return withValidRangeStart(aggregate(variantFields(ty, 0), false), BigInt(validStart));
      if (def.kind === 'struct') return structLayout(ty);
      return enumLayout(ty);
    }
    case 'param':
    case 'var':
    case 'assoc':
    case 'opaque':
    case 'const':
      throw new Error(`internal error: layout of the unresolved type ${showTy(ty)}`);
  }
}

/** rustc's layout of `ty` on x86_64-unknown-linux-gnu. */
export const realLayout: (ty: Ty) => RealLayout = cachedLayout(compute);

// ---- the address space ------------------------------------------------------------------------------

/** The main thread's stack starts just below this (the top of a 4 GiB window at 0x7ffc_…); it
 *  grows down. */
export const REAL_STACK_TOP = 0x7ffd_0000_0000;
/** The main thread's stack: Linux's default `ulimit -s`, 8 MiB. */
export const REAL_MAIN_STACK_BYTES = 8 * 1024 * 1024;
/** What `main`'s stack holds when `main` starts (the environment, argv, the auxiliary vector,
 *  std's `lang_start` frames): measured as 8 MiB less the deepest recursion of 48-byte frames
 *  (and `main`'s own 48) a rustc 1.95 debug binary reaches here, about 174,630 frames; it varies
 *  by a few frames from run to run (the stack's random alignment) and with the environment. */
export const REAL_MAIN_STACK_RESERVED = 6_304;
/** Linux keeps a gap of 256 pages below a growing stack (`stack_guard_gap`). */
export const REAL_MAIN_STACK_GUARD = 256 * 4096;
/** A spawned thread's stack: std's default (`RUST_MIN_STACK` unset), 2 MiB. */
export const REAL_THREAD_STACK_BYTES = 2 * 1024 * 1024;
/** Thread stacks are mmap'ed below this, one per slot of `REAL_THREAD_STACK_SLOT` bytes (the
 *  `k`th thread's mapping ends at the top of slot `k - 1`), each with a guard page below it. */
export const REAL_THREAD_STACKS_TOP = 0x7ffc_8000_0000;
export const REAL_THREAD_STACK_SLOT = 0x1000_0000;
/** The largest main stack `--stack-size` may ask for: it and its guard gap stop short of the
 *  thread stacks. */
export const REAL_MAX_STACK_BYTES = REAL_STACK_TOP - REAL_THREAD_STACKS_TOP - REAL_MAIN_STACK_GUARD;
const PAGE = 4096;
/** glibc's least thread stack on x86_64: std's floor for `Builder::stack_size`. */
const PTHREAD_STACK_MIN = 16384;
/** `.rodata` of a PIE binary loaded at 0x5555_5555_4000 (where Linux puts it without ASLR). */
export const REAL_STATIC_BASE = 0x5555_5555_6000;
/** The relocated read-only data (vtables, constants holding pointers), a page after `.rodata`. */
export const REAL_DATA_REL_RO_BASE = 0x5555_5555_7000;
/** Writable data (`static mut`), then `.bss`, on the page below the heap. */
export const REAL_DATA_BASE = 0x5555_5555_8000;
/** The program break: the heap (glibc's main arena) starts here, after the binary's `.bss`. */
export const REAL_HEAP_BASE = 0x5555_5555_9000;
/** Temporaries and std's frames: an area no view shows, above every real address. */
export const REAL_SCRATCH_BASE = 0x7fff_0000_0000;

/** Real addresses read as hex, as a debugger or `{:p}` shows them. */
export const hex = (addr: number): string => `0x${addr.toString(16)}`;

/** A debug build's frame, modelled: the frame as shown (return link, parameters and named
 *  locals, 16-byte aligned) and a slot for the return value. rustc gives most temporaries of a
 *  debug build registers or slots shared with others; a recursion `fn f(n: u64) -> u64` takes
 *  48 bytes a frame both natively and in this model. */
function realFrameCost({ shown, returnSize }: FrameSizes): number {
  return shown + Math.ceil(returnSize / 16) * 16;
}

export function realTarget(allocator: AllocatorName = 'glibc'): Target {
  return {
    name: 'real',
    layout: realLayout,
    pointerSize: 8,
    mainStack: (size = REAL_MAIN_STACK_BYTES) => ({ base: REAL_STACK_TOP, size, growsDown: true, reserved: Math.min(size, REAL_MAIN_STACK_RESERVED), guard: REAL_MAIN_STACK_GUARD }),
    threadStack: (index, size = REAL_THREAD_STACK_BYTES) => {
      // std asks for at least PTHREAD_STACK_MIN; glibc rounds a thread's stack up to whole pages
      // and maps a guard page below it.
      const rounded = Math.ceil(Math.max(size, PTHREAD_STACK_MIN) / PAGE) * PAGE;
      if (rounded + PAGE > REAL_THREAD_STACK_SLOT) return null;
      return { base: REAL_THREAD_STACKS_TOP - (index - 1) * REAL_THREAD_STACK_SLOT, size: rounded, growsDown: true, reserved: 0, guard: PAGE };
    },
    frameCost: realFrameCost,
    stackGrowsDown: true,
    scratchBase: REAL_SCRATCH_BASE,
    staticBase: REAL_STATIC_BASE,
    staticSections: { '.rodata': REAL_STATIC_BASE, '.data.rel.ro': REAL_DATA_REL_RO_BASE, '.data': REAL_DATA_BASE },
    denseBelow: 0,
    allocator,
    createHeap: () => createAllocator(allocator, REAL_HEAP_BASE),
    showAddress: hex,
  };
}
