import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Scalar } from '../memory/memory.js';
import { rustSize } from '../memory/rust-size.js';
import { readVariant } from '../memory/tags.js';
import { showTy, knownLen, type Ty } from '../types/ty.js';
import { derefPlace } from './format-values.js';
import { intrinsicTypeArgs, pointee, type IntrinsicHandlers } from './intrinsic-call.js';
import type { Machine } from './machine.js';
import { stdBuffer, type PlaceRef } from './places.js';
import { asInt, intScalar } from './values.js';

/**
 * hashbrown's tables for std/hash_map.rs: the key hash, the table's heap block and SSE2's group
 * matches.
 *
 * A table of `n` buckets of `T` is one heap block: the buckets, padded to the control bytes'
 * alignment, then `n + 16` control bytes. Its real size and alignment are hashbrown's
 * (`(n * size).next_multiple_of(align) + n + 16`, align max(align_of T, 16)), whatever the model;
 * the book model has no padding (its cells need none). The block is typed for views as a tuple
 * of its parts, `([T; n], [u8; n + 16])`, with a `[u8; pad]` first when there is padding: the
 * buckets lie in reverse order (the array's last element is bucket 0, just below the control
 * bytes, which is where the table's pointer points).
 */

const GROUP_WIDTH = 16;
const EMPTY = 0xff;
const DELETED = 0x80;
const U8: Ty = { k: 'int', int: 'u8' };

interface TableShape {
  /** The block's type for views. */
  readonly ty: Ty;
  /** Where the control bytes start in the block, in the model's units. */
  readonly ctrlOffset: number;
  readonly units: number;
  readonly align: number;
  readonly real: { readonly size: number; readonly align: number };
}

const roundUp = (n: number, align: number): number => Math.ceil(n / align) * align;

function tableShape(m: Machine, elem: Ty, buckets: number): TableShape {
  const real = rustSize(elem);
  const realAlign = Math.max(real.align, GROUP_WIDTH);
  const realSize = roundUp(real.size * buckets, realAlign) + buckets + GROUP_WIDTH;
  const layout = m.layout(elem);
  const dataUnits = layout.size * buckets;
  const align = m.target.name === 'real' ? realAlign : layout.align;
  const pad = m.target.name === 'real' ? roundUp(dataUnits, align) - dataUnits : 0;
  const data: Ty = { k: 'array', elem, len: buckets };
  const ctrl: Ty = { k: 'array', elem: U8, len: buckets + GROUP_WIDTH };
  const ty: Ty = { k: 'tuple', elems: pad > 0 ? [{ k: 'array', elem: U8, len: pad }, data, ctrl] : [data, ctrl] };
  const fields = m.layout(ty).variants[0]!.fields;
  const dataField = fields[pad > 0 ? 1 : 0]!;
  const ctrlField = fields[fields.length - 1]!;
  if (dataField.offset + dataUnits !== ctrlField.offset) {
    throw new Error(`internal error: a hash table block of \`${showTy(elem)}\` lays its buckets out of place`);
  }
  return { ty, ctrlOffset: ctrlField.offset, units: ctrlField.offset + buckets + GROUP_WIDTH, align, real: { size: realSize, align: realAlign } };
}

/** The 16 control bytes from `addr` on, as a mask of those `matches` accepts (bit i: byte i). */
function groupMask(m: Machine, addr: number, matches: (byte: number) => boolean): number {
  let mask = 0;
  for (let i = 0; i < GROUP_WIDTH; i++) {
    const raw = m.memory.read(addr + i);
    if (typeof raw === 'string' || raw.kind !== 'int') throw new Error('internal error: a hash table control byte holds no value');
    if (matches(Number(raw.value))) mask |= 1 << i;
  }
  return mask;
}

function asPointer(value: unknown): Scalar & { kind: 'ptr' } {
  const s = value as Scalar;
  if (s.kind !== 'ptr') throw new Error('internal error: a hash table pointer that is not one');
  return s;
}

export const HASH_TABLE_INTRINSICS = {
  hash: (m, call) => {
    const hasher = new KeyHasher();
    hashValue(m, pointee(m, call, 0), hasher, m.programSpan(call.t.span));
    m.memory.write(call.dest.addr, intScalar(hasher.finish()));
  },
  table_alloc: (m, { t, args, dest }) => {
    const elem = intrinsicTypeArgs(t)[0]!;
    const buckets = Number(asInt(args[0] as Scalar));
    if (buckets === 0) {
      // hashbrown's static empty group: no block; the table never reads through it.
      m.memory.write(dest.addr, { kind: 'ptr', addr: GROUP_WIDTH, alloc: 0 });
      return;
    }
    const shape = tableShape(m, elem, buckets);
    const base = m.allocate(shape.ty, shape.units, shape.align, t.span, shape.real);
    const ctrl = base + shape.ctrlOffset;
    for (let i = 0; i < buckets + GROUP_WIDTH; i++) m.memory.write(ctrl + i, intScalar(BigInt(EMPTY)));
    m.memory.write(dest.addr, { kind: 'ptr', addr: ctrl, alloc: m.heapBlocks.get(base)!.allocation.id });
  },
  table_free: (m, { t, args }) => {
    const elem = intrinsicTypeArgs(t)[0]!;
    const ctrl = asPointer(args[0]);
    const shape = tableShape(m, elem, Number(asInt(args[1] as Scalar)));
    m.free(ctrl.addr - shape.ctrlOffset, t.span, asInt(args[2] as Scalar) !== 0n);
  },
  table_bucket: (m, { t, args, dest }) => {
    const size = m.layout(intrinsicTypeArgs(t)[0]!).size;
    const ctrl = asPointer(args[0]);
    const index = Number(asInt(args[1] as Scalar));
    m.memory.write(dest.addr, { kind: 'ptr', addr: ctrl.addr - (index + 1) * size, alloc: ctrl.alloc });
  },
  // `byte` below 0x80 matches that hash tag; DELETED asks for the free buckets (EMPTY or
  // DELETED), EMPTY for the EMPTY ones.
  group_match: (m, { args, dest }) => {
    const ctrl = asPointer(args[0]);
    const at = ctrl.addr + Number(asInt(args[1] as Scalar));
    const byte = Number(asInt(args[2] as Scalar));
    const mask =
      byte === EMPTY ? groupMask(m, at, (b) => b === EMPTY) : byte === DELETED ? groupMask(m, at, (b) => b >= DELETED) : groupMask(m, at, (b) => b === byte);
    m.memory.write(dest.addr, intScalar(BigInt(mask)));
  },
  // A match mask's first bucket (`trailing_zeros` of a non-zero mask, without its loop in Rust).
  lowest_bit: (m, { args, dest }) => {
    const mask = Number(asInt(args[0] as Scalar));
    m.memory.write(dest.addr, intScalar(BigInt(31 - Math.clz32(mask & -mask))));
  },
} satisfies IntrinsicHandlers;

/**
 * A 64-bit hash from 32-bit words: two murmur3 lanes with different seeds, each finalised.
 * rustc's SipHash-1-3 has random keys, so no one hash is the binary's; this one is fast and
 * mixes every input bit into the bucket index (low bits) and the control tag (top 7 bits).
 */
class KeyHasher {
  private a = 0x9e3779b9;
  private b = 0x85ebca6b;
  private words = 0;

  word(w: number): void {
    this.a = lane(this.a, w, 0xcc9e2d51, 0x1b873593);
    this.b = lane(this.b, w ^ 0x5bd1e995, 0x1b873593, 0xcc9e2d51);
    this.words++;
  }

  int(v: bigint, bits: number): void {
    const u = BigInt.asUintN(bits, v);
    for (let shift = 0; shift < Math.max(bits, 32); shift += 32) this.word(Number((u >> BigInt(shift)) & 0xffffffffn));
  }

  finish(): bigint {
    const a = fmix(this.a ^ this.words);
    const b = fmix(this.b ^ this.words);
    return (BigInt(b >>> 0) << 32n) | BigInt(a >>> 0);
  }
}

function lane(h: number, w: number, c1: number, c2: number): number {
  let k = Math.imul(w, c1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, c2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const INT_BITS: Readonly<Record<string, number>> = { i8: 8, u8: 8, i16: 16, u16: 16, i32: 32, u32: 32, i64: 64, u64: 64, i128: 128, u128: 128, isize: 64, usize: 64 };

const at = (addr: number, ty: Ty): PlaceRef => ({ addr, ty, len: -1, dyn: null, variant: -1 });

/**
 * Feeds a value to the hasher as `Hash` impls do, so that values `==` calls equal hash alike: a
 * `String` and a `Vec` as the `str` or slice they hold (what `Borrow` lookups need), references
 * and boxes as their pointees, derived impls field by field after the variant. A type whose
 * `Hash` is the program's own impl is refused: the machine does not run it.
 */
function hashValue(m: Machine, place: PlaceRef, h: KeyHasher, span: Span): void {
  const ty = place.ty;
  switch (ty.k) {
    case 'int':
      return h.int(asInt(m.readScalar(place.addr)), INT_BITS[ty.int] ?? 64);
    case 'bool':
    case 'char':
      return h.int(asInt(m.readScalar(place.addr)), 32);
    case 'ptr': {
      const p = m.readScalar(place.addr);
      return h.int(BigInt(p.kind === 'ptr' ? p.addr : 0), 64);
    }
    case 'ref':
    case 'box':
      return hashValue(m, derefPlace(m, place), h, span);
    case 'str': {
      for (let i = 0; i < place.len; i++) h.word(Number(asInt(m.readScalar(place.addr + i))));
      return h.word(0xff);
    }
    case 'array':
    case 'slice': {
      const len = ty.k === 'array' ? knownLen(ty) : place.len;
      h.int(BigInt(len), 64);
      const stride = m.layout(ty.elem).stride;
      for (let i = 0; i < len; i++) hashValue(m, at(place.addr + i * stride, ty.elem), h, span);
      return;
    }
    case 'tuple':
      for (const f of m.layout(ty).variants[0]!.fields) hashValue(m, at(place.addr + f.offset, f.ty), h, span);
      return;
    case 'adt': {
      if (ty.def.std && (ty.def.name === 'Vec' || ty.def.name === 'String')) return hashValue(m, stdBuffer(m, place.addr, ty)!, h, span);
      if (!ty.def.derives.has('Hash')) throw unsupported(`hashing a \`${showTy(ty)}\` (the machine hashes derived and std's \`Hash\` impls only)`, span);
      const layout = m.layout(ty);
      const variant = layout.shape === 'enum' ? readVariant(m.memory, place.addr, layout) : 0;
      if (layout.shape === 'enum') h.int(BigInt(variant), 64);
      for (const f of layout.variants[variant]?.fields ?? []) hashValue(m, at(place.addr + f.offset, f.ty), h, span);
      return;
    }
    case 'never':
    case 'fnDef':
      return;
    default:
      throw unsupported(`hashing a \`${showTy(ty)}\``, span);
  }
}
