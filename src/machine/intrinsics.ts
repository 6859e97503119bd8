import { isUnsized, unsizedValueLayout, type Layout } from '../memory/target.js';
import { realLayout } from '../memory/real.js';
import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Terminator } from '../mir/ir.js';
import { intFromNumber, type Scalar } from '../memory/memory.js';
import { showTy, type Ty, knownLen } from '../types/ty.js';
import { typeName } from '../types/type-name.js';
import { compareValues, subslice, valuesEqual } from './compare.js';
import { dropStep, dropValue } from './drop.js';
import { cloneInto } from './clone.js';
import type { ResolvedSpec } from './fmt.js';
import { padChunks } from './fmt.js';
import { formatterAt, readStr, writeFmtResult, writeValue } from './format-values.js';
import type { Frame, Machine, Value } from './machine.js';
import { describePlace, dropName, valueSize, type PlaceRef } from './places.js';
import type { IntrinsicName } from '../resolve/intrinsics.js';
import { intrinsicName, intrinsicTypeArgs, pointee, type IntrinsicCall, type IntrinsicHandler, type IntrinsicHandlers } from './intrinsic-call.js';
import { rustSize } from '../memory/rust-size.js';
import { numberIntrinsic, strArgument } from './numbers.js';
import { F32_FORMAT, F64_FORMAT, fusedMulAdd } from './fma.js';
import { floatFromBits, floatToBits } from './libm/bits.js';
import { Exit, FormatError } from './signals.js';
import { asFloat, asInt, boolScalar, floatScalar, intScalar, fatValue, asNumber } from './values.js';
import { parseFloatStr } from './fmt-float.js';
import { VEC_INTRINSICS } from './vec.js';
import { HASH_TABLE_INTRINSICS } from './hash-table.js';
import { THREAD_INTRINSICS } from './thread-ops.js';
import { keepReachable } from './leaks.js';
import { RAW_POINTER_INTRINSICS } from './raw-pointers.js';
import { UndefinedBehavior } from './unchecked.js';

/** The size and alignment of the value `&T` points at, in rustc's bytes: an unsized value's come
 *  from the pointer's metadata (a length, or the vtable's type). */
function sizeOfVal(m: Machine, ty: Ty, pointer: Value): { size: number; align: number } {
  if (!isUnsized(ty)) return rustSize(ty);
  const meta = pointer?.kind === 'cells' ? pointer.raw[m.target.pointerSize] : undefined;
  if (meta === undefined || typeof meta === 'string') throw new Error('internal error: size_of_val of a value without metadata');
  return unsizedValueLayout(realLayout, ty, meta.kind === 'vtable' ? -1 : asNumber(meta), meta.kind === 'vtable' ? meta.ty : null);
}

/** A pointer's address part: the pointer itself, or a fat pointer's data pointer. */
function dataPointer(value: Value): Scalar {
  return (value?.kind === 'cells' ? value.raw[0] : value) as Scalar;
}

/** Boxes, raw allocations, pointers, drops and sizes. */
const MEMORY_INTRINSICS = {
  box_new: (m, { t, args, dest }) => {
    const inner = (dest.ty as Ty & { k: 'box' }).inner;
    const { size, align } = m.layout(inner);
    if (size === 0) {
      // Boxes of zero-sized types do not allocate: the pointer is dangling but aligned.
      m.memory.write(dest.addr, { kind: 'ptr', addr: align, alloc: 0 });
      return;
    }
    const addr = m.allocate(inner, size, align, t.span);
    m.writeValue(addr, inner, args[0]!);
    m.memory.write(dest.addr, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id });
  },
  drop: (m, { t, args, frame }) => {
    const op = t.args[0]!;
    const ty = m.operandType(op, frame);
    if (m.needsDrop(ty)) {
      // The argument was moved into `drop`; it is dropped from a temporary place of its own.
      const size = m.layout(ty).size;
      const addr = m.allocScratch(size);
      m.writeValue(addr, ty, args[0]!);
      const place = { addr, ty, len: -1, dyn: null, variant: -1 };
      const what = op.kind === 'const' ? 'the argument of drop' : describePlace(m, frame, op.place);
      if (frame.info.std) dropValue(m, place, what, t.span, false);
      else dropStep(m, place, what, () => (op.kind === 'const' ? what : dropName(m, frame, op.place)), t.span);
      m.freeScratch(addr, size);
    }
  },
  // The value was moved in and is not dropped: the blocks it owns stay allocated.
  forget: (m, { args }) => {
    keepReachable(m, args[0]!, 'mem::forget');
  },
  box_leak: (m, { args, dest }) => {
    keepReachable(m, args[0]!, 'Box::leak');
    m.memory.write(dest.addr, args[0] as Scalar);
  },
  ptr_from_ref: (m, { args, dest }) => {
    m.memory.write(dest.addr, m.ub !== null ? m.ub.interior(args[0] as Scalar) : (args[0] as Scalar));
  },
  // A pointer (fat or thin) passes through unchanged.
  box_into_raw: (m, { args, dest }) => {
    m.writeValue(dest.addr, dest.ty, args[0]!);
  },
  box_from_raw: (m, { t, args, dest }) => {
    const ptr = dataPointer(args[0]!);
    const inner = intrinsicTypeArgs(t)[0]!;
    // The box frees what it owns: a whole live heap block (or nothing, for a zero-sized value).
    if (m.layout(inner).size > 0 && (ptr.kind !== 'ptr' || m.heapBlocks.get(ptr.addr)?.allocation.live !== true)) {
      throw new UndefinedBehavior('dangling pointer', '`Box::from_raw` of a pointer that does not own a live heap block', m.programSpan(t.span), []);
    }
    m.writeValue(dest.addr, dest.ty, args[0]!);
  },
  // A value handed to `manually_drop` is simply not dropped.
  manually_drop: () => {},
  alloc_uninit: (m, { t, dest }) => {
    const typeArgs = intrinsicTypeArgs(t);
    const ty = typeArgs[0]!;
    const { size, align } = m.layout(ty);
    if (size === 0) {
      m.memory.write(dest.addr, danglingPointer(m, ty));
      return;
    }
    const addr = m.allocate(ty, size, align, t.span);
    m.memory.write(dest.addr, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id });
  },
  drop_in_place: (m, call) => {
    const ty = intrinsicTypeArgs(call.t)[0]!;
    if (dataPointer(call.args[0]!).kind !== 'ptr') return;
    // A trait object's drop glue is its concrete type's, which the pointer's vtable names.
    const place = pointee(m, call, 0);
    if (m.needsDrop(place.dyn ?? ty)) dropValue(m, place, `the ${showTy(ty)} it points to`, call.t.span, false);
  },
  // A block for a `U` (an `RcInner<T>`) holding the value `&T` points at, with its metadata:
  // std's `allocate_for_ptr_in`. A trait object's block is typed by its concrete value, which
  // views then show.
  alloc_for_value: (m, call) => {
    const [holder, valueTy] = intrinsicTypeArgs(call.t) as [Ty, Ty];
    const value = pointee(m, call, 0);
    const { t, dest } = call;
    if (!isUnsized(valueTy)) {
      const { size, align } = m.layout(holder);
      const addr = m.allocate(holder, size, align, t.span);
      m.memory.write(dest.addr, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id });
      return;
    }
    const concrete = value.dyn !== null && holder.k === 'adt' ? { ...holder, args: holder.args.map((a) => (a === valueTy ? value.dyn! : a)) } : holder;
    const layoutOf = (layout: (ty: Ty) => Layout) => (value.dyn !== null ? layout(concrete) : unsizedValueLayout(layout, holder, value.len, null));
    const { size, align } = layoutOf(m.target.layout);
    const tailLen = value.dyn === null ? value.len : undefined;
    const addr = m.allocate(concrete, size, align, t.span, layoutOf(realLayout), tailLen);
    const meta = value.dyn !== null ? ({ kind: 'vtable', ty: value.dyn } as const) : intFromNumber(value.len);
    m.writeValue(dest.addr, dest.ty, fatValue({ kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id }, meta, m.target.pointerSize));
  },
  // `ptr::copy_nonoverlapping` of a whole value, sized or not: its units go to `dst` as they are.
  move_value: (m, call) => {
    const src = pointee(m, call, 0);
    const dst = dataPointer(call.args[1]!);
    const size = valueSize(m, src);
    if (dst.kind === 'ptr' && size > 0) m.memory.copy(src.addr, dst.addr, size);
  },
  // A block for an unsized value whose tail has `len` elements (`RcInner<[T]>`), uninitialised,
  // as std's `allocate_for_layout` sizes it: the sized fields, the tail, rounded to the alignment.
  alloc_unsized: (m, { t, args, dest }) => {
    const ty = intrinsicTypeArgs(t)[0]!;
    const len = asNumber(args[0] as Scalar);
    const { size, align } = unsizedValueLayout(m.target.layout, ty, len, null);
    const addr = m.allocate(ty, size, align, t.span, unsizedValueLayout(realLayout, ty, len, null), len);
    m.writeValue(dest.addr, dest.ty, fatValue({ kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id }, intFromNumber(len), m.target.pointerSize));
  },
  dangling: (m, { t, dest }) => {
    const typeArgs = intrinsicTypeArgs(t);
    m.memory.write(dest.addr, danglingPointer(m, typeArgs[0]!));
  },
  is_dangling: (m, { args, dest }) => {
    const ptr = dataPointer(args[0]!);
    m.memory.write(dest.addr, boolScalar(ptr.kind !== 'ptr' || ptr.alloc === 0));
  },
  ptr_eq: (m, { args, dest }) => {
    const [a, b] = [dataPointer(args[0]!), dataPointer(args[1]!)];
    m.memory.write(dest.addr, boolScalar(a.kind === 'ptr' && b.kind === 'ptr' && a.addr === b.addr));
  },
  swap: (m, { t, args }) => {
    const typeArgs = intrinsicTypeArgs(t);
    // `mem::swap(x, y)`: exchanges the two places' contents, cell for cell.
    const ty = typeArgs[0]!;
    const [x, y] = args as [Scalar & { kind: 'ptr' }, Scalar & { kind: 'ptr' }];
    const a = m.readValue(x.addr, ty);
    const b = m.readValue(y.addr, ty);
    m.writeValue(x.addr, ty, b);
    m.writeValue(y.addr, ty, a);
  },
  size_of: (m, { t, dest }) => {
    const typeArgs = intrinsicTypeArgs(t);
    // The program sees rustc's sizes whatever the address model shows: output is the binary's.
    m.memory.write(dest.addr, intScalar(BigInt(rustSize(typeArgs[0]!).size)));
  },
  type_name: (m, { t, dest }) => {
    const ty = intrinsicTypeArgs(t)[0]!;
    const name = typeName(ty, m.program.crateName);
    if (name === null) throw unsupported(`\`type_name\` of \`${showTy(ty)}\``, m.programSpan(t.span));
    const { addr, len } = m.staticString(name, false, true);
    m.writeValue(dest.addr, dest.ty, fatValue({ kind: 'ptr', addr, alloc: 0 }, intScalar(BigInt(len)), m.target.pointerSize));
  },
  align_of: (m, { t, dest }) => {
    const typeArgs = intrinsicTypeArgs(t);
    m.memory.write(dest.addr, intScalar(BigInt(rustSize(typeArgs[0]!).align)));
  },
  size_of_val: (m, { t, args, dest }) => {
    m.memory.write(dest.addr, intScalar(BigInt(sizeOfVal(m, intrinsicTypeArgs(t)[0]!, args[0]!).size)));
  },
  align_of_val: (m, { t, args, dest }) => {
    m.memory.write(dest.addr, intScalar(BigInt(sizeOfVal(m, intrinsicTypeArgs(t)[0]!, args[0]!).align)));
  },
  alloc: (m, { t, args, dest }) => {
    const typeArgs = intrinsicTypeArgs(t);
    const elem = typeArgs[0]!;
    const n = asNumber(args[0] as Scalar);
    m.memory.write(dest.addr, allocArray(m, elem, n, t.span));
  },
  dealloc: (m, { t, args }) => {
    const ptr = dataPointer(args[0]!);
    if (ptr.kind === 'ptr') m.free(ptr.addr, t.span);
  },
  realloc: (m, { t, args, dest }) => {
    const typeArgs = intrinsicTypeArgs(t);
    // RawVec's growth: a realloc of the block (alloc'd by `alloc` before), as std logs it.
    const elem = typeArgs[0]!;
    const old = args[0] as Scalar;
    const n = asNumber(args[1] as Scalar);
    const { size, align } = m.layout(elem);
    if (old.kind !== 'ptr' || !m.heapBlocks.has(old.addr) || n === 0 || size === 0) throw new Error('internal error: realloc of no block');
    const addr = m.reallocate(old.addr, { k: 'array', elem, len: n }, size * n, align, t.span);
    m.memory.write(dest.addr, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id });
  },
  slice_from_raw_parts: fatPointerFromParts,
  str_from_raw_parts: fatPointerFromParts,
  box_str_from_raw_parts: fatPointerFromParts,
  box_slice_from_raw_parts: fatPointerFromParts,
} satisfies IntrinsicHandlers;

/** The formatter's helpers for std's `Display` and `Debug` impls. */
const FORMAT_INTRINSICS = {
  fmt_pad_begin: (m, call) => {
    formatterAt(m, pointee(m, call, 0)).padBegin();
  },
  fmt_pad_end: (m, call) => {
    formatterAt(m, pointee(m, call, 0)).padEnd();
  },
  fmt_display: (m, call) => formatWith(m, call, false),
  fmt_debug: (m, call) => formatWith(m, call, true),
  fmt_pad: (m, call) => writeStrArg(m, call, true),
  fmt_write_str: (m, call) => writeStrArg(m, call, false),
  fmt_alternate: (m, call) => {
    const { dest } = call;
    m.memory.write(dest.addr, boolScalar(formatterAt(m, pointee(m, call, 0)).spec.alternate));
  },
  fmt_width: (m, call) => {
    const n = formatterAt(m, pointee(m, call, 0)).spec.width;
    writeOption(m, call.dest, n === null ? null : intScalar(BigInt(n)));
  },
  fmt_precision: (m, call) => {
    const n = formatterAt(m, pointee(m, call, 0)).spec.precision;
    writeOption(m, call.dest, n === null ? null : intScalar(BigInt(n)));
  },
} satisfies IntrinsicHandlers;

/** Numbers, chars, comparisons, clones, slices and the process. */
const VALUE_INTRINSICS = {
  char_property: (m, { args, dest }) => {
    const c = String.fromCodePoint(asNumber(args[0] as Scalar));
    const property = CHAR_PROPERTIES[asNumber(args[1] as Scalar)];
    if (!property) throw new Error('internal error: an unknown char property');
    m.memory.write(dest.addr, boolScalar(property.test(c)));
  },
  char_case: (m, { args, dest }) => {
    const c = String.fromCodePoint(asNumber(args[0] as Scalar));
    const mapped = [...(asInt(args[1] as Scalar) !== 0n ? c.toUpperCase() : c.toLowerCase())];
    const i = asNumber(args[2] as Scalar);
    m.memory.write(dest.addr, intScalar(BigInt(i < mapped.length ? mapped[i]!.codePointAt(0)! : 0x110000)));
  },
  process_exit: (_m, { args }) => {
    const code = asInt(args[0] as Scalar);
    throw new Exit(Number(BigInt.asUintN(8, code)));
  },
  float_parses: (m, call) => {
    m.memory.write(call.dest.addr, boolScalar(parsedFloat(m, call) !== null));
  },
  parse_float: (m, call) => {
    m.memory.write(call.dest.addr, floatScalar(parsedFloat(m, call) ?? NaN));
  },
  // The MIR builder expands `Default::default()` or refuses it; a call left over is refused too.
  default: (m, { t }) => {
    throw unsupported(`\`Default::default()\` for \`${showTy(intrinsicTypeArgs(t)[0]!)}\``, m.programSpan(t.span));
  },
  // The prelude met a case it cannot compute exactly: refuse here, at the program's call.
  unsupported: (m, call) => {
    const { t, args } = call;
    throw unsupported(strArgument(m, args[0]!), m.programSpan(t.span));
  },
  float_op: numberHelper,
  float_mul_add: (m, { t, args, dest }) => {
    const format = isF32(intrinsicTypeArgs(t)[0]!) ? F32_FORMAT : F64_FORMAT;
    const [a, b, c] = args.map((v) => asFloat(v as Scalar));
    m.memory.write(dest.addr, floatScalar(fusedMulAdd(a!, b!, c!, format)));
  },
  float_to_bits: (m, { t, args, dest }) => {
    m.memory.write(dest.addr, intScalar(floatToBits(asFloat(args[0] as Scalar), isF32(intrinsicTypeArgs(t)[0]!))));
  },
  float_from_bits: (m, { t, args, dest }) => {
    m.memory.write(dest.addr, floatScalar(floatFromBits(asInt(args[0] as Scalar), isF32(intrinsicTypeArgs(t)[0]!))));
  },
  wrapping: numberHelper,
  overflows: numberHelper,
  clone: (m, call) => {
    const { t, dest } = call;
    const src = pointee(m, call, 0);
    cloneInto(m, src, dest.addr, t.span);
  },
  subslice: (m, call) => {
    const { t, args, dest } = call;
    let base = pointee(m, call, 0);
    if (base.ty.k === 'array') base = { ...base, ty: { k: 'slice', elem: base.ty.elem }, len: knownLen(base.ty) };
    const start = asInt(args[1] as Scalar);
    const end = asInt(args[2] as Scalar);
    const { addr, len } = subslice(m, base, start, end, asInt(args[3] as Scalar), t.span);
    const arg = args[0];
    const source = arg && arg.kind === 'cells' ? arg.raw[0] : undefined;
    const ptr: Scalar = m.ub !== null && source !== undefined && typeof source !== 'string' ? m.ub.sliced(source, addr) : { kind: 'ptr', addr, alloc: 0 };
    m.writeValue(dest.addr, dest.ty, fatValue(ptr, intScalar(BigInt(len)), m.target.pointerSize));
  },
  eq: (m, call) => {
    const { dest } = call;
    m.memory.write(dest.addr, boolScalar(valuesEqual(m, pointee(m, call, 0), pointee(m, call, 1))));
  },
  cmp: (m, call) => {
    const { dest } = call;
    m.memory.write(dest.addr, intScalar(BigInt(compareValues(m, pointee(m, call, 0), pointee(m, call, 1)))));
  },
} satisfies IntrinsicHandlers;

/** std functions the machine implements natively, every `IntrinsicName` (see
 *  resolve/intrinsics.ts) bound to its handler; split by topic. */
export const INTRINSICS: { readonly [N in IntrinsicName]: IntrinsicHandler } = { ...MEMORY_INTRINSICS, ...FORMAT_INTRINSICS, ...VALUE_INTRINSICS, ...VEC_INTRINSICS, ...HASH_TABLE_INTRINSICS, ...THREAD_INTRINSICS, ...RAW_POINTER_INTRINSICS };

/** Runs the intrinsic `t` calls (the interpreter's general case; compiled code binds the handler once). */
export function callIntrinsic(m: Machine, t: Terminator & { kind: 'call' }, args: readonly Value[], dest: PlaceRef, frame: Frame): void {
  INTRINSICS[intrinsicName(t)](m, { t, args, dest, frame });
}

function fatPointerFromParts(m: Machine, { args, dest }: IntrinsicCall): void {
  m.writeValue(dest.addr, dest.ty, fatValue(args[0] as Scalar, args[1] as Scalar, m.target.pointerSize));
}

/** `fmt_display` and `fmt_debug`: the value formatted with the formatter's spec, as `{}` or `{:?}`. */
function formatWith(m: Machine, call: IntrinsicCall, debug: boolean): void {
  const value = pointee(m, call, 0);
  const state = formatterAt(m, pointee(m, call, 1));
  const spec: ResolvedSpec = { ...state.spec, trait: debug ? '?' : state.spec.trait === '?' ? '' : state.spec.trait };
  try {
    writeValue(m, state.write, value, spec, call.t.span);
  } catch (signal) {
    if (!(signal instanceof FormatError)) throw signal;
    return writeFmtResult(m, call.dest.addr, call.dest.ty, false);
  }
  writeOk(m, call.dest);
}

/** `fmt_pad` (padded by the formatter's spec) and `fmt_write_str`: the `&str` argument written. */
function writeStrArg(m: Machine, call: IntrinsicCall, pad: boolean): void {
  const state = formatterAt(m, pointee(m, call, 0));
  const s = pointee(m, call, 1);
  const text = readStr(m, s.addr, s.len);
  if (pad) for (const chunk of padChunks(state.spec, text)) state.write(chunk);
  else state.write(text);
  writeOk(m, call.dest);
}

/** str::parse::<f64> / <f32>: correctly rounded, with std's grammar (fmt-float.ts). */
function parsedFloat(m: Machine, { t, args }: IntrinsicCall): number | null {
  return parseFloatStr(strArgument(m, args[0]!), (intrinsicTypeArgs(t)[0] as Ty & { k: 'float' }).float);
}

function isF32(ty: Ty): boolean {
  return ty.k === 'float' && ty.float === 'f32';
}

function numberHelper(m: Machine, { t, args, dest }: IntrinsicCall): void {
  const name = intrinsicName(t);
  const ty = intrinsicTypeArgs(t)[0]!;
  const result = numberIntrinsic(m, name, ty, args);
  if (!result) throw new Error(`internal error: ${name} on ${showTy(ty)}`);
  m.memory.write(dest.addr, result);
}

/** A heap block for `n` values of `elem`, typed `[elem; n]` for views. */
/** `char::is_alphabetic`, `is_numeric`, `is_uppercase`, `is_lowercase`: Unicode's properties,
 *  from the host's Unicode data (Node's and rustc 1.95's are both Unicode 17). */
const CHAR_PROPERTIES: readonly RegExp[] = [/^\p{Alphabetic}$/u, /^\p{N}$/u, /^\p{Uppercase}$/u, /^\p{Lowercase}$/u];

/** A well-aligned pointer to no allocation, what std's `NonNull::dangling` gives. */
function danglingPointer(m: Machine, ty: Ty): Scalar {
  return { kind: 'ptr', addr: m.layout(ty).align, alloc: 0 };
}

function allocArray(m: Machine, elem: Ty, n: number, span: Span): Scalar {
  const { size, align } = m.layout(elem);
  if (n === 0 || size === 0) return danglingPointer(m, elem);
  const addr = m.allocate({ k: 'array', elem, len: n }, size * n, align, span);
  return { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id };
}

function variantIndex(ty: Ty, name: string): number {
  if (ty.k !== 'adt') throw new Error(`internal error: expected an enum, found ${showTy(ty)}`);
  const i = ty.def.variants.findIndex((v) => v.name === name);
  if (i < 0) throw new Error(`internal error: ${showTy(ty)} has no variant ${name}`);
  return i;
}

/** `Ok(())` into a `fmt::Result`. */
function writeOk(m: Machine, dest: PlaceRef): void {
  m.writeAggregate(dest.addr, dest.ty, variantIndex(dest.ty, 'Ok'), [null]);
}

function writeOption(m: Machine, dest: PlaceRef, value: Scalar | null): void {
  if (value === null) m.writeAggregate(dest.addr, dest.ty, variantIndex(dest.ty, 'None'), []);
  else m.writeAggregate(dest.addr, dest.ty, variantIndex(dest.ty, 'Some'), [value]);
}
