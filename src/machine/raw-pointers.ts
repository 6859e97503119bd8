import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { ADDRESS_PROVENANCE, NULL_PROVENANCE, type PointerTag, type Raw, type Scalar } from '../memory/memory.js';
import type { Terminator } from '../mir/ir.js';
import type { UndefinedKind } from '../trace/types.js';
import { sameTy, showTy, variantFields, type Ty } from '../types/ty.js';
import type { Frame, Machine, Value } from './machine.js';
import { intrinsicTypeArgs, type IntrinsicHandlers } from './intrinsic-call.js';
import type { PlaceRef } from './places.js';
import { boolScalar, fatValue, intScalar, asNumber } from './values.js';
import { AbortingPanic } from './signals.js';
import { UndefinedBehavior } from './unchecked.js';

/**
 * Raw pointers the program dereferences. rustc's debug build checks two things at a `*p` of a
 * raw pointer and panics without unwinding (exit 134): a null pointer, and (real model) an
 * address that is not a multiple of the pointee's alignment. Everything else a raw pointer may
 * do wrong is undefined behaviour, which stops the run (exit 4) in a checked run as under
 * `--unchecked`, since no answer would be rustc's: an address in no live memory (a freed
 * block, a popped frame, an integer), or an access beyond the memory the pointer was made
 * from (its origin: the allocation, or the place a reference to it borrowed).
 */

/** What a checked run knows of the place a raw pointer was made from (`&x as *const T`,
 *  `&raw const x`, `slice.as_ptr()`): its bytes (cells). Under `--unchecked` the pointer
 *  carries the reference's borrow instead, which has the same two fields. */
interface RawOrigin extends PointerTag {
  readonly addr: number;
  readonly size: number;
  /** Under `--unchecked`: the reference's borrow, whose memory must still live. */
  readonly reference?: PointerTag;
}

const ORIGIN_TAG_ID = -3;

const BYTE: Ty = { k: 'int', int: 'u8' };

/** A null pointer, in every model. */
export const NULL_POINTER: Scalar = { kind: 'ptr', addr: 0, alloc: NULL_PROVENANCE };

export function isNullPointer(m: Machine, ptr: Scalar): boolean {
  return ptr.kind === 'ptr' && ptr.addr === 0 && (ptr.alloc === NULL_PROVENANCE || m.target.name !== 'book');
}

/** `n` as a pointer (`n as *const T`): null for 0, else an address with no provenance. */
export function pointerFromAddress(n: number): Scalar {
  return n === 0 ? NULL_POINTER : { kind: 'ptr', addr: n, alloc: ADDRESS_PROVENANCE };
}

/** `ptr` moved to `addr` (`add`, `offset`, `sub`): the same provenance. */
export function offsetPointer(ptr: Scalar, addr: number): Scalar {
  if (ptr.kind !== 'ptr') return { kind: 'ptr', addr, alloc: ADDRESS_PROVENANCE };
  return ptr.tag ? { kind: 'ptr', addr, alloc: ptr.alloc, tag: ptr.tag } : { kind: 'ptr', addr, alloc: ptr.alloc };
}

/** A reference made a raw pointer (`size` units behind it): it remembers the place it came from,
 *  which is all it may reach. */
export function rawFromReference(ptr: Scalar, size: number): Scalar {
  if (ptr.kind !== 'ptr' || ptr.tag?.id === ORIGIN_TAG_ID) return ptr;
  const origin: RawOrigin = { id: ORIGIN_TAG_ID, addr: ptr.addr, size, ...(ptr.tag && ptr.tag.id > 0 ? { reference: ptr.tag } : {}) };
  return { kind: 'ptr', addr: ptr.addr, alloc: ptr.alloc, tag: origin };
}

const allowedCasts = new WeakMap<Ty, WeakSet<Ty>>();

function keepsValues(from: Ty, to: Ty): boolean {
  const allowed = sameTy(from, to) || isLeadingField(from, to) || isLeadingField(to, from) || sameElements(from, to);
  if (allowed) {
    let tos = allowedCasts.get(from);
    if (!tos) allowedCasts.set(from, (tos = new WeakSet()));
    tos.add(to);
  }
  return allowed;
}

function isLeadingField(outer: Ty, field: Ty): boolean {
  const leading = leadingField(outer);
  return leading !== null && sameTy(leading, field);
}

function sameElements(from: Ty, to: Ty): boolean {
  const elem = (t: Ty): Ty | null => (t.k === 'array' || t.k === 'slice' ? t.elem : t.k === 'str' ? BYTE : null);
  const fromElem = elem(from);
  const toElem = elem(to);
  return (fromElem !== null && sameTy(fromElem, to)) || (toElem !== null && sameTy(toElem, from)) || (fromElem !== null && toElem !== null && sameTy(fromElem, toElem));
}

/** A `#[repr(C)]` struct's first field, which lies at the struct's own address in both models. */
function leadingField(t: Ty): Ty | null {
  if (t.k !== 'adt' || t.def.kind !== 'struct' || !t.def.repr.includes('C')) return null;
  return variantFields(t, 0)[0] ?? null;
}

/**
 * A cast between raw pointers to other types than a slice's or array's elements (`*const u8`
 * to `*const u32`) would read memory as a type it does not hold: values are scalars in
 * memory, not bytes, so neither model can reinterpret them. Refused where it is cast. A
 * `#[repr(C)]` struct and its first field share their address and that field's values (std's
 * B-tree reaches an `InternalNode`'s `data: LeafNode` so), so a cast between the two is kept.
 */
export function refuseRetypingCast(from: Ty, to: Ty, span: Span): void {
  // A body's cast runs with the same type objects each time: the answer is kept per pair.
  if (allowedCasts.get(from)?.has(to)) return;
  if (!keepsValues(from, to)) throw unsupported(`a cast between raw pointers to different types (\`*const ${showTy(from)}\` to \`*const ${showTy(to)}\`): memory holds values, not bytes to read as another type`, span);
}

/** The program's `*p` of a raw pointer to a `size`-unit value aligned to `align`: rustc's checks
 *  first, then the access. */
export function checkRawDeref(m: Machine, ptr: Raw, size: number, align: number, span: Span): void {
  if (typeof ptr === 'string' || ptr.kind !== 'ptr') return;
  if (isNullPointer(m, ptr)) throw new AbortingPanic('null pointer dereference occurred', span);
  if (m.target.name !== 'book' && ptr.addr % align !== 0) {
    throw new AbortingPanic(`misaligned pointer dereference: address must be a multiple of 0x${align.toString(16)} but is 0x${ptr.addr.toString(16)}`, span);
  }
  checkRawAccess(m, ptr, size, span);
}

/** An access to `size` units at a raw pointer (a dereference, `ptr::read`, `ptr::write`,
 *  `slice::from_raw_parts`): undefined unless they lie in live memory the pointer may reach. */
export function checkRawAccess(m: Machine, ptr: Scalar, size: number, span: Span): void {
  if (ptr.kind !== 'ptr' || size === 0) return;
  if (isNullPointer(m, ptr)) throw undefinedAt(m, span, 'null pointer', 'null pointer dereference: this pointer is null');
  if (ptr.alloc === ADDRESS_PROVENANCE && m.target.name === 'book') {
    throw unsupported("dereferencing an address made from an integer in the book model (`--model real` has rustc's)", span);
  }
  const end = ptr.addr + size;
  if (ptr.alloc > 0) {
    const allocation = m.memory.allocation(ptr.alloc);
    if (allocation === undefined || !allocation.live) throw undefinedAt(m, span, 'use after free', 'use after free: this pointer points into a heap block that was freed');
    if (ptr.addr < allocation.base || end > allocation.base + allocation.size) throw outOfBounds(m, span, allocation.base, allocation.size);
  }
  const origin = ptr.tag?.id === ORIGIN_TAG_ID ? (ptr.tag as RawOrigin) : null;
  if (origin !== null) {
    if (m.ub !== null && origin.reference) m.ub.rawAccess(origin.reference);
    if (ptr.addr < origin.addr || end > origin.addr + origin.size) throw outOfBounds(m, span, origin.addr, origin.size);
  }
  if (ptr.alloc > 0) return;
  // A pointer into the stack, static memory, or (made from an integer) anywhere.
  if (inLiveFrame(m, ptr.addr, end) || inLiveBlock(m, ptr.addr, end)) return;
  if (inStack(m, ptr.addr)) throw undefinedAt(m, span, 'popped frame', 'dangling pointer: this pointer points into the frame of a function that has returned');
  throw undefinedAt(m, span, 'dangling pointer', 'dangling pointer: this pointer points to no live memory');
}

function undefinedAt(m: Machine, span: Span, ub: UndefinedKind, message: string): UndefinedBehavior {
  return new UndefinedBehavior(ub, message, m.programSpan(span), []);
}

function outOfBounds(m: Machine, span: Span, base: number, size: number): UndefinedBehavior {
  const units = m.target.name === 'book' ? 'cells' : 'bytes';
  return undefinedAt(m, span, 'out of bounds', `out-of-bounds access: this pointer may only reach ${size} ${size === 1 ? units.slice(0, -1) : units} starting at ${m.target.showAddress(base)}`);
}

/** Every thread's frames (the running thread's are the machine's). */
function* allFrames(m: Machine): Generator<Frame> {
  yield* m.frames;
  for (const thread of m.threads?.threads ?? []) if (thread.frames !== m.frames) yield* thread.frames;
}

/** Whether `[addr, end)` lies in a frame on some thread's stack (its locals or temporaries). */
function inLiveFrame(m: Machine, addr: number, end: number): boolean {
  for (const frame of allFrames(m)) {
    const info = frame.info;
    if (addr >= frame.stackBase && end <= frame.stackBase + info.stackSize) return true;
    if (addr >= frame.scratchBase && end <= frame.scratchBase + info.scratchSize) return true;
  }
  return false;
}

/** Whether `[addr, end)` lies in a live heap block or in static memory. */
function inLiveBlock(m: Machine, addr: number, end: number): boolean {
  for (const block of m.heapBlocks.values()) {
    const a = block.allocation;
    if (addr >= a.base && end <= a.base + a.size) return true;
  }
  return m.memory.liveAllocations('static').some((a) => addr >= a.base && end <= a.base + a.size);
}

/** Whether the address is in some thread's stack region (live or not). */
function inStack(m: Machine, addr: number): boolean {
  const regions = [m.stack, ...(m.threads?.threads ?? []).map((t) => t.stack)];
  return regions.some(({ spec }) => (spec.growsDown ? addr < spec.base && addr >= spec.base - spec.size : addr >= spec.base && addr < spec.base + spec.size));
}

/** std/ptr.rs's intrinsics: pointers moved, compared and read or written through. */
export const RAW_POINTER_INTRINSICS = {
  raw_deref: (m, { t, args }) => {
    const inner = intrinsicTypeArgs(t)[0]!;
    const value = args[0]!;
    const ptr = value !== null && value.kind === 'cells' ? value.raw[0]! : value;
    const layout = m.layout(inner);
    // A slice's or str's size comes from the pointer's length.
    const meta = value !== null && value.kind === 'cells' ? value.raw[m.target.pointerSize] : undefined;
    const size = meta !== undefined && typeof meta !== 'string' && meta.kind === 'int' ? Number(meta.value) * layout.stride : layout.size;
    if (ptr === null) return;
    checkRawDeref(m, ptr, size, layout.align, t.span);
    m.rawDerefs = true;
    // A value moved out as a whole is moved from its first unit: what the pointer reaches now
    // belongs to another owner.
    if (size > 0 && typeof ptr !== 'string' && ptr.kind === 'ptr' && m.memory.read(ptr.addr) === 'moved') {
      if (m.ub !== null) m.ub.emptyRead(ptr.addr, 'moved');
      throw undefinedAt(m, t.span, 'use after move', 'use of a moved value: this pointer points to a value that was moved out');
    }
  },
  ptr_offset: (m, { t, args, dest }) => movePointer(m, t, args, dest, 1),
  ptr_offset_back: (m, { t, args, dest }) => movePointer(m, t, args, dest, -1),
  ptr_distance: (m, { t, args, dest }) => {
    const [a, b] = args as [Scalar, Scalar];
    const stride = m.layout(intrinsicTypeArgs(t)[0]!).size;
    const bytes = (a.kind === 'ptr' ? a.addr : 0) - (b.kind === 'ptr' ? b.addr : 0);
    if (stride === 0) throw unsupported('`offset_from` of pointers to a zero-sized type', t.span);
    m.memory.write(dest.addr, intScalar(BigInt(Math.trunc(bytes / stride))));
  },
  ptr_is_null: (m, { args, dest }) => {
    m.memory.write(dest.addr, boolScalar(isNullPointer(m, args[0] as Scalar)));
  },
  ptr_read: (m, { t, args, dest }) => {
    const ty = intrinsicTypeArgs(t)[0]!;
    const src = args[0] as Scalar;
    checkRawAccess(m, src, m.layout(ty).size, t.span);
    if (src.kind !== 'ptr') return;
    m.writeValue(dest.addr, ty, readRaw(m, src.addr, ty, t.span));
  },
  ptr_write: (m, { t, args }) => {
    const ty = intrinsicTypeArgs(t)[0]!;
    const dst = args[0] as Scalar;
    checkRawAccess(m, dst, m.layout(ty).size, t.span);
    if (dst.kind === 'ptr') m.writeValue(dst.addr, ty, args[1]!);
  },
  ptr_copy: (m, { t, args }) => {
    const elem = intrinsicTypeArgs(t)[0]!;
    const [src, dst, count] = args as [Scalar, Scalar, Scalar];
    const size = m.layout(elem).size * asNumber(count);
    checkRawAccess(m, src, size, t.span);
    checkRawAccess(m, dst, size, t.span);
    if (src.kind !== 'ptr' || dst.kind !== 'ptr' || size === 0) return;
    // `memmove`: every unit is read before any is written.
    const units = Array.from({ length: size }, (_, i) => m.memory.read(src.addr + i));
    units.forEach((unit, i) => m.memory.writeRaw(dst.addr + i, unit));
  },
  raw_slice: (m, { t, args, dest }) => {
    const elem = intrinsicTypeArgs(t)[0]!;
    const [data, len] = args as [Scalar, Scalar];
    // `from_raw_parts` of a null pointer is undefined even for no elements.
    if (isNullPointer(m, data)) throw undefinedAt(m, t.span, 'null pointer', 'null pointer passed to `slice::from_raw_parts`');
    checkRawAccess(m, data, m.layout(elem).size * asNumber(len), t.span);
    m.writeValue(dest.addr, dest.ty, fatValue(data, len, m.target.pointerSize));
  },
} satisfies IntrinsicHandlers;

/** `ptr_offset` forwards (`direction` 1) or `ptr_offset_back` (-1), by `n` elements. */
function movePointer(m: Machine, t: Terminator & { kind: 'call' }, args: readonly Value[], dest: PlaceRef, direction: 1 | -1): void {
  const ptr = args[0] as Scalar;
  const n = asNumber(args[1] as Scalar);
  const stride = m.layout(intrinsicTypeArgs(t)[0]!).size;
  m.memory.write(dest.addr, offsetPointer(ptr, (ptr.kind === 'ptr' ? ptr.addr : 0) + direction * n * stride));
}

/** A value read through a raw pointer: reading memory that holds none (never written, or
 *  moved out: a value moved as a whole is moved from its first unit) is undefined. */
function readRaw(m: Machine, addr: number, ty: Ty, span: Span): Value {
  const raw = m.layout(ty).size === 0 ? null : m.memory.read(addr);
  if (raw === 'uninit' || raw === 'moved') {
    if (m.ub !== null) m.ub.emptyRead(addr, raw);
    throw undefinedAt(m, span, raw === 'moved' ? 'use after move' : 'uninitialized', raw === 'moved' ? 'use of a moved value' : 'use of an uninitialized value');
  }
  return m.readValue(addr, ty);
}
