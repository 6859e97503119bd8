import type { Span } from '../diagnostics/span.js';
import type { Scalar } from '../memory/memory.js';
import { minNonZeroCap, rustSize } from '../memory/rust-size.js';
import { showTy, typeKey, type Ty } from '../types/ty.js';
import { cloneInto } from './clone.js';
import { dropValue } from './drop.js';
import { readStr, writeValue } from './format-values.js';
import type { Machine, Value } from './machine.js';
import type { PlaceRef } from './places.js';
import { pointee, intrinsicTypeArgs, type IntrinsicCall, type IntrinsicHandlers } from './intrinsic-call.js';
import { FormatError, Panic, RUSTC_LIBRARY } from './signals.js';
import { asInt, intScalar, asNumber } from './values.js';
import { localAddr } from './frame.js';

/**
 * std's `Vec<T>` and `String` on simulated memory, as the prelude's `__intrinsic_vec_*` and
 * `__intrinsic_string_*` functions (and `vec!`, `to_string`, `format!`'s buffer) call them.
 *
 * A Vec is the prelude's `Vec { buf: RawVec { ptr, cap }, len }`; its buffer is a heap block
 * typed `[T; cap]`, so views show the unused capacity (cells past `len` are uninitialised). It
 * grows exactly as std's RawVec does: `grow_amortized` to max(2 * cap, len + additional,
 * MIN_NON_ZERO_CAP), where the minimum depends on the element's real size (8 for 1-byte
 * elements, 4 up to 1 KiB, else 1), `reserve_exact` / `shrink_to_fit` to the exact size; the
 * first allocation is an `alloc`, the next ones `realloc`s; zero-sized elements never allocate
 * and have a capacity of `usize::MAX`; `with_capacity(0)` does not allocate. Allocation sizes
 * are `cap * size_of::<T>()` in the target's units.
 */

const DISPLAY = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '', debugHex: null } as const;
const USIZE_MAX = (1n << 64n) - 1n;
const ISIZE_MAX = (1n << 63n) - 1n;

/** Where the parts of a `Vec<T>` value at `addr` live, and what its elements take. */
export interface VecRef {
  readonly addr: number;
  readonly elem: Ty;
  readonly ptrAt: number;
  readonly capAt: number;
  readonly lenAt: number;
  /** The element's size in the target's units (the buffer's stride) and alignment. */
  readonly stride: number;
  readonly align: number;
  /** The element's size in bytes on x86_64: what RawVec's policies look at. */
  readonly realSize: number;
}

export const isStd = (ty: Ty, name: string): ty is Ty & { k: 'adt' } => ty.k === 'adt' && ty.def.std && ty.def.name === name;

/** A Vec type's parts, relative to the Vec's address. */
interface VecShape {
  readonly elem: Ty;
  readonly ptr: number;
  readonly cap: number;
  readonly len: number;
  readonly stride: number;
  readonly align: number;
  readonly realSize: number;
}

const shapes = new WeakMap<Ty, VecShape>();

function vecShape(m: Machine, ty: Ty): VecShape {
  let shape = shapes.get(ty);
  if (shape) return shape;
  if (isStd(ty, 'String')) {
    const vec = m.layout(ty).variants[0]!.fields[0]!;
    const inner = vecShape(m, vec.ty);
    shape = { ...inner, ptr: inner.ptr + vec.offset, cap: inner.cap + vec.offset, len: inner.len + vec.offset };
  } else {
    if (!isStd(ty, 'Vec')) throw new Error(`internal error: expected a Vec, found ${showTy(ty)}`);
    const fields = m.layout(ty).variants[0]!.fields;
    const buf = fields[0]!;
    const raw = m.layout(buf.ty).variants[0]!.fields;
    const elem = ty.args[0]!;
    const layout = m.layout(elem);
    shape = { elem, ptr: buf.offset + raw[0]!.offset, cap: buf.offset + raw[1]!.offset, len: fields[1]!.offset, stride: layout.size, align: layout.align, realSize: rustSize(elem).size };
  }
  shapes.set(ty, shape);
  return shape;
}

/** The parts of the `Vec<T>` at `addr` (`ty` is the Vec type), or of a `String`'s inner vec. */
export function vecAt(m: Machine, addr: number, ty: Ty): VecRef {
  const s = vecShape(m, ty);
  return { addr, elem: s.elem, ptrAt: addr + s.ptr, capAt: addr + s.cap, lenAt: addr + s.len, stride: s.stride, align: s.align, realSize: s.realSize };
}

function readPtr(m: Machine, v: VecRef): Scalar & { kind: 'ptr' } {
  const ptr = m.readScalar(v.ptrAt);
  if (ptr.kind !== 'ptr') throw new Error('internal error: a Vec whose buffer pointer is not a pointer');
  return ptr;
}

const bufAddr = (m: Machine, v: VecRef): number => readPtr(m, v).addr;
export const vecLen = (m: Machine, v: VecRef): number => asNumber(m.readScalar(v.lenAt));
const vecCap = (m: Machine, v: VecRef): bigint => asInt(m.readScalar(v.capAt));
const setLen = (m: Machine, v: VecRef, len: number): void => m.memory.write(v.lenAt, intScalar(BigInt(len)));
const elemPlace = (m: Machine, v: VecRef, i: number): PlaceRef => ({ addr: bufAddr(m, v) + i * v.stride, ty: v.elem, len: -1, dyn: null, variant: -1 });
const isZst = (v: VecRef): boolean => v.realSize === 0 || v.stride === 0;

/** `Vec::new()` (and `with_capacity(0)`): a dangling, aligned pointer and no capacity (or
 *  `usize::MAX` for zero-sized elements, which never need any). */
function initEmpty(m: Machine, v: VecRef): void {
  m.memory.write(v.ptrAt, { kind: 'ptr', addr: v.align, alloc: 0 });
  m.memory.write(v.capAt, intScalar(isZst(v) ? USIZE_MAX : 0n));
  setLen(m, v, 0);
}

/** `Vec::with_capacity(n)`: allocates exactly `n` elements (none when n is 0 or T zero-sized). */
function initWithCapacity(m: Machine, v: VecRef, n: bigint, span: Span, utf8 = false): void {
  initEmpty(m, v);
  if (n > 0n && !isZst(v)) setBuffer(m, v, n, span);
  if (utf8) markUtf8(m, v);
}

/** Moves the buffer to room for exactly `cap` elements (RawVec's `finish_grow` and `shrink`). */
function setBuffer(m: Machine, v: VecRef, cap: bigint, span: Span): void {
  if (cap * BigInt(v.realSize) > ISIZE_MAX) capacityOverflow(span);
  const old = vecCap(m, v);
  const ptr = readPtr(m, v);
  const n = Number(cap);
  const ty: Ty = { k: 'array', elem: v.elem, len: n };
  let addr: number;
  if (n === 0) {
    if (old > 0n) m.free(ptr.addr, span);
    addr = v.align;
  } else if (old > 0n) addr = m.reallocate(ptr.addr, ty, n * v.stride, v.align, span);
  else addr = m.allocate(ty, n * v.stride, v.align, span);
  m.memory.write(v.ptrAt, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)?.allocation.id ?? 0 });
  m.memory.write(v.capAt, intScalar(cap));
}

/** RawVec's `capacity_overflow()`: reported at its own line in std, not at the caller. */
function capacityOverflow(span: Span): never {
  throw new Panic('capacity overflow', span, `${RUSTC_LIBRARY}/alloc/src/raw_vec/mod.rs:28:5`);
}

/** RawVec's `grow_amortized`: twice the capacity, or what is required, or the minimum. */
function growAmortized(m: Machine, v: VecRef, len: number, additional: bigint, span: Span): void {
  if (isZst(v)) capacityOverflow(span);
  const required = BigInt(len) + additional;
  let cap = vecCap(m, v) * 2n;
  if (required > cap) cap = required;
  const min = BigInt(minNonZeroCap(v.realSize));
  if (min > cap) cap = min;
  setBuffer(m, v, cap, span);
}

/** `Vec::reserve`: grows (amortized) only when `additional` more elements would not fit. */
function reserve(m: Machine, v: VecRef, additional: bigint, span: Span): void {
  const len = vecLen(m, v);
  if (additional > vecCap(m, v) - BigInt(len)) growAmortized(m, v, len, additional, span);
}

/** Writes `value` as element `i` (zero-sized elements have no cells to write). */
function writeElem(m: Machine, v: VecRef, i: number, value: Value): void {
  if (isZst(v)) return;
  m.writeValue(bufAddr(m, v) + i * v.stride, v.elem, value);
}

/** Clones the value at `src` into element `i` (a zero-sized clone has nowhere to live: it is
 *  made and forgotten, as its drop flag would be the Vec's length). */
function cloneElem(m: Machine, src: PlaceRef, v: VecRef, i: number, span: Span): void {
  if (!isZst(v)) return cloneInto(m, src, bufAddr(m, v) + i * v.stride, span);
  const tmp = m.allocScratch(0);
  cloneInto(m, src, tmp, span);
  m.freeScratch(tmp, 0);
}

/** Reads element `i` out of the buffer, leaving its cells uninitialised. */
function takeElem(m: Machine, v: VecRef, i: number): Value {
  if (isZst(v)) return null;
  const addr = bufAddr(m, v) + i * v.stride;
  const value = m.readValue(addr, v.elem);
  m.memory.clear(addr, v.stride);
  if (m.ub !== null) m.ub.write(addr, v.stride, null);
  return value;
}

/** Moves `count` elements from index `from` to index `to` (`ptr::copy`: the ranges may overlap). */
function shift(m: Machine, v: VecRef, from: number, to: number, count: number): void {
  if (isZst(v) || count === 0) return;
  const base = bufAddr(m, v);
  const src = base + from * v.stride;
  const dst = base + to * v.stride;
  const cells = count * v.stride;
  if (m.ub !== null) m.ub.write(dst, cells, null);
  if (dst > src) for (let i = cells - 1; i >= 0; i--) m.memory.writeRaw(dst + i, m.memory.read(src + i));
  else for (let i = 0; i < cells; i++) m.memory.writeRaw(dst + i, m.memory.read(src + i));
}

/** Drops elements `from..to` in order (`ptr::drop_in_place` of a slice). */
function dropElems(m: Machine, v: VecRef, from: number, to: number, what: string, span: Span): void {
  if (m.ub !== null && !isZst(v) && to > from) m.ub.write(bufAddr(m, v) + from * v.stride, (to - from) * v.stride, null);
  if (!m.needsDrop(v.elem)) {
    if (!isZst(v) && to > from) m.memory.clear(bufAddr(m, v) + from * v.stride, (to - from) * v.stride);
    return;
  }
  for (let i = from; i < to; i++) dropValue(m, elemPlace(m, v, i), `${what}[${i}]`, span, isZst(v));
}

/** `Vec`'s `Drop`: the elements in order, then the buffer (if it was ever allocated). */
export function dropVec(m: Machine, v: VecRef, what: string, span: Span): void {
  const len = vecLen(m, v);
  setLen(m, v, 0);
  dropElems(m, v, 0, len, what, span);
  if (vecCap(m, v) > 0n && !isZst(v)) m.free(bufAddr(m, v), span);
}

/** Marks the buffer as a String's, so views show its bytes as characters. */
function markUtf8(m: Machine, v: VecRef): void {
  const block = m.heapBlocks.get(bufAddr(m, v));
  if (block) block.utf8 = true;
}

/** `String::push_str`: `reserve(len)`, then the bytes. */
export function pushStr(m: Machine, v: VecRef, text: string, span: Span): void {
  const bytes = new TextEncoder().encode(text);
  reserve(m, v, BigInt(bytes.length), span);
  const len = vecLen(m, v);
  const base = bufAddr(m, v);
  for (let i = 0; i < bytes.length; i++) m.memory.write(base + len + i, intScalar(BigInt(bytes[i]!)));
  setLen(m, v, len + bytes.length);
  markUtf8(m, v);
}

/** Where formatted text goes when it is written to the `String` at `addr` (`format!`,
 *  `write!` to a String, `to_string`): each write is a `push_str`. */
export function stringWriter(m: Machine, addr: number, ty: Ty, span: Span): (text: string) => void {
  const v = vecAt(m, addr, ty);
  return (text) => pushStr(m, v, text, span);
}

/** `String::from(s)`: a buffer of exactly the string's length (none when it is empty). */
export function stringFrom(m: Machine, dest: PlaceRef, text: string, span: Span): void {
  const v = vecAt(m, dest.addr, dest.ty);
  initWithCapacity(m, v, BigInt(new TextEncoder().encode(text).length), span, true);
  if (text !== '') pushStr(m, v, text, span);
}

/** The name the program knows the Vec at `addr` by, for drop events: a local of the innermost
 *  program frame, else `self`. */
function nameOf(m: Machine, addr: number, ty: Ty): string {
  for (let i = m.frames.length - 1; i >= 0; i--) {
    const frame = m.frames[i]!;
    if (frame.info.std) continue;
    const key = typeKey(ty);
    const id = frame.info.tys.findIndex((local, id) => localAddr(frame, id) === addr && typeKey(local) === key);
    const name = id >= 0 ? frame.info.body.locals[id]!.name : null;
    return name ?? 'self';
  }
  return 'self';
}

/** The value to put in an `Option<T>` destination: `Some(value)` or `None`. */
function writeOption(m: Machine, dest: PlaceRef, value: Value | undefined): void {
  const def = (dest.ty as Ty & { k: 'adt' }).def;
  const variant = def.variants.findIndex((v) => v.name === (value === undefined ? 'None' : 'Some'));
  m.writeAggregate(dest.addr, dest.ty, variant, value === undefined ? [] : [value]);
}

/** Puts a moved argument back where it came from, so unwinding after a panic drops it. */
function restoreArg(m: Machine, { t, args, frame }: IntrinsicCall, i: number): void {
  const op = t.args[i]!;
  if (op.kind !== 'move') return;
  const place = m.place(op.place, frame);
  m.writeValue(place.addr, place.ty, args[i]!);
}

/** `to_string` of a `T: Display`, as std's `SpecToString` impls build it. */
function toString(m: Machine, place: PlaceRef, dest: PlaceRef, span: Span): void {
  const write = (w: (text: string) => void, p: PlaceRef): void => writeValue(m, w, p, DISPLAY, span);
  let p = place;
  while (p.ty.k === 'ref' || p.ty.k === 'box') {
    const ptr = m.readScalar(p.addr);
    if (ptr.kind !== 'ptr') break;
    const inner: Ty = p.ty.inner;
    const len = inner.k === 'str' ? asNumber(m.readScalar(p.addr + m.target.pointerSize)) : -1;
    p = { addr: ptr.addr, ty: inner, len, dyn: null, variant: -1 };
  }
  const ty = p.ty;
  const depthZero = p === place;
  const v = vecAt(m, dest.addr, dest.ty);
  const text = (): string => {
    let out = '';
    write((t) => (out += t), place);
    return out;
  };
  // `str` and `String` behind any number of references; `char` and `bool`: exact capacity.
  if (ty.k === 'str' || isStd(ty, 'String') || (depthZero && (ty.k === 'char' || ty.k === 'bool'))) return stringFrom(m, dest, text(), span);
  if (depthZero && ty.k === 'int') {
    const value = asInt(m.readScalar(p.addr));
    const digits = (value < 0n ? -value : value).toString();
    // Unsigned: the digits' `to_string` (exact); signed: room for the longest value, then push.
    if (!ty.int.startsWith('i')) return stringFrom(m, dest, digits, span);
    const size = { i8: 3, i16: 5, i32: 10, i64: 19, isize: 19, i128: 39 }[ty.int as 'i8'] ?? 19;
    initWithCapacity(m, v, BigInt(value < 0n ? size + 1 : size), span, true);
    if (value < 0n) pushStr(m, v, '-', span);
    pushStr(m, v, digits, span);
    return;
  }
  // Everything else: `String::new()`, then `Display::fmt` writing into it.
  initEmpty(m, v);
  try {
    write((t) => pushStr(m, v, t, span), place);
  } catch (signal) {
    if (signal instanceof FormatError) throw new Panic('a Display implementation returned an error unexpectedly: Error', span, `${RUSTC_LIBRARY}/alloc/src/string.rs:2916:14`);
    throw signal;
  }
}

const intArg = (args: readonly Value[], i: number): bigint => asInt(args[i] as Scalar);

function vecArg(m: Machine, call: IntrinsicCall, i: number): VecRef {
  const p = pointee(m, call, i);
  return vecAt(m, p.addr, p.ty);
}

/** The Vec and String intrinsics. `args` are the evaluated arguments (moves done), `dest` the
 *  call's destination. */
export const VEC_INTRINSICS = {
  vec_new: (m, { dest }) => {
    initEmpty(m, vecAt(m, dest.addr, dest.ty));
  },
  vec_with_capacity: (m, { t, args, dest }) => {
    const span = t.span;
    initWithCapacity(m, vecAt(m, dest.addr, dest.ty), intArg(args, 0), span, isStd(dest.ty, 'String'));
  },
  format_string: (m, { t, args, dest }) => {
    const span = t.span;
    initWithCapacity(m, vecAt(m, dest.addr, dest.ty), intArg(args, 0), span, true);
  },
  vec_push: (m, call) => {
    const { t, args } = call;
    const span = t.span;
    const v = vecArg(m, call, 0);
    const len = vecLen(m, v);
    if (BigInt(len) === vecCap(m, v)) growAmortized(m, v, len, 1n, span);
    writeElem(m, v, len, args[1]!);
    setLen(m, v, len + 1);
  },
  vec_pop: (m, call) => {
    const { dest } = call;
    const v = vecArg(m, call, 0);
    const len = vecLen(m, v);
    if (len === 0) {
      writeOption(m, dest, undefined);
      return;
    }
    setLen(m, v, len - 1);
    writeOption(m, dest, takeElem(m, v, len - 1));
  },
  vec_insert: (m, call) => {
    const { t, args } = call;
    const span = t.span;
    const v = vecArg(m, call, 0);
    const index = intArg(args, 1);
    const len = vecLen(m, v);
    if (index > BigInt(len)) {
      restoreArg(m, call, 2);
      m.panic(`insertion index (is ${index}) should be <= len (is ${len})`, span);
    }
    if (BigInt(len) === vecCap(m, v)) growAmortized(m, v, len, 1n, span);
    const i = Number(index);
    shift(m, v, i, i + 1, len - i);
    writeElem(m, v, i, args[2]!);
    setLen(m, v, len + 1);
  },
  vec_remove: (m, call) => {
    const { t, args, dest } = call;
    const span = t.span;
    const v = vecArg(m, call, 0);
    const index = intArg(args, 1);
    const len = vecLen(m, v);
    if (index >= BigInt(len)) m.panic(`removal index (is ${index}) should be < len (is ${len})`, span);
    const i = Number(index);
    const value = takeElem(m, v, i);
    shift(m, v, i + 1, i, len - i - 1);
    if (!isZst(v)) m.memory.clear(bufAddr(m, v) + (len - 1) * v.stride, v.stride);
    setLen(m, v, len - 1);
    m.writeValue(dest.addr, dest.ty, value);
  },
  vec_truncate: (m, call) => {
    const { t, args } = call;
    const span = t.span;
    const p = pointee(m, call, 0);
    const v = vecAt(m, p.addr, p.ty);
    const len = vecLen(m, v);
    const to = intArg(args, 1);
    if (to >= BigInt(len)) return;
    // The length is set first, then the tail is dropped in order.
    setLen(m, v, Number(to));
    dropElems(m, v, Number(to), len, nameOf(m, p.addr, p.ty), span);
  },
  vec_reserve: (m, call) => {
    const { t, args } = call;
    const span = t.span;
    reserve(m, vecArg(m, call, 0), intArg(args, 1), span);
  },
  vec_reserve_exact: (m, call) => {
    const v = vecArg(m, call, 0);
    const len = BigInt(vecLen(m, v));
    const wanted = len + intArg(call.args, 1);
    if (wanted > USIZE_MAX) capacityOverflow(call.t.span);
    if (!isZst(v) && wanted > vecCap(m, v)) setBuffer(m, v, wanted, call.t.span);
  },
  vec_shrink_to_fit: (m, call) => {
    const { t } = call;
    const span = t.span;
    const v = vecArg(m, call, 0);
    const len = BigInt(vecLen(m, v));
    if (!isZst(v) && vecCap(m, v) > len) setBuffer(m, v, len, span);
  },
  vec_drop: (m, call) => {
    const { t } = call;
    const span = t.span;
    const p = pointee(m, call, 0);
    dropVec(m, vecAt(m, p.addr, p.ty), m.dropNames.get(p.addr) ?? nameOf(m, p.addr, p.ty), span);
  },
  vec_clone: (m, call) => {
    const { t, dest } = call;
    const span = t.span;
    // `<[T]>::to_vec`: a buffer of exactly `len`, then each element cloned in order.
    const src = vecArg(m, call, 0);
    const len = vecLen(m, src);
    const v = vecAt(m, dest.addr, dest.ty);
    initWithCapacity(m, v, BigInt(len), span);
    const block = m.heapBlocks.get(bufAddr(m, src));
    if (block?.utf8) markUtf8(m, v);
    for (let i = 0; i < len; i++) {
      cloneElem(m, elemPlace(m, src, i), v, i, span);
      setLen(m, v, i + 1);
    }
  },
  vec_extend_from_slice: (m, call) => {
    const { t } = call;
    const span = t.span;
    const v = vecArg(m, call, 0);
    const other = pointee(m, call, 1);
    const n = Math.max(other.len, 0);
    reserve(m, v, BigInt(n), span);
    const stride = m.layout(v.elem).size;
    for (let i = 0; i < n; i++) {
      const len = vecLen(m, v);
      cloneElem(m, { addr: other.addr + i * stride, ty: v.elem, len: -1, dyn: null, variant: -1 }, v, len, span);
      setLen(m, v, len + 1);
    }
  },
  // `vec![a, b, c]`: the elements move into the Vec allocated with exactly their number.
  vec_from_elems: (m, call) => {
    const v = vecArg(m, call, 0);
    const src = pointee(m, call, 1);
    const n = Math.max(src.len, 0);
    const stride = m.layout(v.elem).size;
    for (let i = 0; i < n; i++) {
      const addr = src.addr + i * stride;
      writeElem(m, v, i, m.readValue(addr, v.elem));
      m.markMoved(addr, v.elem);
    }
    setLen(m, v, n);
  },
  vec_from_elem: (m, { t, args, dest }) => {
    const typeArgs = intrinsicTypeArgs(t);
    const span = t.span;
    // `vec![x; n]`: room for n, then n - 1 clones and `x` itself (dropped when n is 0).
    const elem = typeArgs[0] ?? (dest.ty as Ty & { k: 'adt' }).args[0]!;
    const n = intArg(args, 1);
    const v = vecAt(m, dest.addr, dest.ty);
    initWithCapacity(m, v, n, span);
    const size = m.layout(elem).size;
    const tmp = m.allocScratch(size);
    m.writeValue(tmp, elem, args[0]!);
    const x: PlaceRef = { addr: tmp, ty: elem, len: -1, dyn: null, variant: -1 };
    const count = Number(n);
    for (let i = 0; i + 1 < count; i++) {
      cloneElem(m, x, v, i, span);
      setLen(m, v, i + 1);
    }
    if (count > 0) {
      writeElem(m, v, count - 1, m.readValue(tmp, elem));
      setLen(m, v, count);
    } else if (m.needsDrop(elem)) {
      dropValue(m, x, 'the element of vec!', span, true);
    }
    m.freeScratch(tmp, size);
  },
  string_from_str: (m, call) => {
    const { t, dest } = call;
    const span = t.span;
    const s = pointee(m, call, 0);
    stringFrom(m, dest, readStr(m, s.addr, s.len), span);
  },
  string_push_str: (m, call) => {
    const { t } = call;
    const span = t.span;
    const p = pointee(m, call, 0);
    const s = pointee(m, call, 1);
    pushStr(m, vecAt(m, p.addr, p.ty), readStr(m, s.addr, s.len), span);
  },
  string_append_prefix: (m, call) => {
    const p = pointee(m, call, 0);
    const v = vecAt(m, p.addr, p.ty);
    const count = Number(intArg(call.args, 1));
    reserve(m, v, BigInt(count), call.t.span);
    const len = vecLen(m, v);
    const base = bufAddr(m, v);
    if (m.ub !== null) m.ub.write(base + len, count, null);
    m.memory.copy(base, base + len, count);
    setLen(m, v, len + count);
  },
  string_push: (m, call) => {
    const { t, args } = call;
    const span = t.span;
    const p = pointee(m, call, 0);
    pushStr(m, vecAt(m, p.addr, p.ty), String.fromCodePoint(Number(intArg(args, 1))), span);
  },
  string_pop: (m, call) => {
    const { dest } = call;
    const p = pointee(m, call, 0);
    const v = vecAt(m, p.addr, p.ty);
    const len = vecLen(m, v);
    if (len === 0) {
      writeOption(m, dest, undefined);
      return;
    }
    const base = bufAddr(m, v);
    let start = len - 1;
    while (start > 0 && (asNumber(m.readScalar(base + start)) & 0xc0) === 0x80) start--;
    const ch = readStr(m, base + start, len - start).codePointAt(0)!;
    m.memory.clear(base + start, len - start);
    setLen(m, v, start);
    writeOption(m, dest, intScalar(BigInt(ch)));
  },
  program_name: (m, { t, dest }) => {
    const file = m.file.path.split('/').pop() ?? '';
    stringFrom(m, dest, `./${file.replace(/\.rs$/, '')}`, t.span);
  },
  to_string: (m, call) => {
    const { t, dest } = call;
    const typeArgs = intrinsicTypeArgs(t);
    const span = t.span;
    const p = pointee(m, call, 0);
    toString(m, typeArgs[0] ? { ...p, ty: typeArgs[0] } : p, dest, span);
  },
} satisfies IntrinsicHandlers;

