import { isUnsized } from '../memory/target.js';
import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Terminator } from '../mir/ir.js';
import type { Scalar } from '../memory/memory.js';
import { showTy, type Ty } from '../types/ty.js';
import { compareValues, subslice, valuesEqual } from './compare.js';
import { dropStep, dropValue } from './drop.js';
import { cloneInto } from './clone.js';
import type { ResolvedSpec } from './fmt.js';
import { padChunks } from './fmt.js';
import { formatterAt, readStr, writeValue } from './format-values.js';
import type { Frame, Machine, Value } from './machine.js';
import { describePlace, dropName, pointeeArg, type PlaceRef } from './places.js';
import { rustSize } from '../memory/rust-size.js';
import { numberIntrinsic, strArgument } from './numbers.js';
import { Exit } from './signals.js';
import { asInt, boolScalar, floatScalar, intScalar, fatValue } from './values.js';
import { parseFloatStr } from './fmt-float.js';
import { vecIntrinsic } from './vec.js';
import { threadIntrinsic } from './thread-ops.js';
import { keepReachable } from './leaks.js';

/** The size and alignment of the value `&T` points at, in rustc's bytes: an unsized value's come
 *  from the pointer's metadata (a length, or the vtable's type). */
function sizeOfVal(m: Machine, ty: Ty, pointer: Value): { size: number; align: number } {
  if (!isUnsized(ty)) return rustSize(ty);
  const meta = pointer?.kind === 'cells' ? pointer.raw[m.target.pointerSize] : undefined;
  if (meta === undefined || typeof meta === 'string') throw new Error('internal error: size_of_val of a value without metadata');
  if (meta.kind === 'vtable') return rustSize(meta.ty);
  const elem = ty.k === 'slice' ? rustSize(ty.elem) : { size: 1, align: 1 };
  return { size: elem.size * Number(asInt(meta)), align: elem.align };
}

/** std functions the machine implements natively: the MIR's `IntrinsicName`s (see resolve/intrinsics.ts). */

export function callIntrinsic(m: Machine, t: Terminator & { kind: 'call' }, args: readonly Value[], dest: PlaceRef, frame: Frame): void {
  if (t.callee.kind !== 'intrinsic') return;
  const name = t.callee.name as string;
  const typeArgs = t.callee.typeArgs;
  switch (name) {
    case 'box_new': {
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
      return;
    }
    case 'drop': {
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
      return;
    }
    case 'forget':
      // The value was moved in and is not dropped: the blocks it owns stay allocated.
      keepReachable(m, args[0]!, 'mem::forget');
      return;
    case 'box_leak': {
      keepReachable(m, args[0]!, 'Box::leak');
      m.memory.write(dest.addr, args[0] as Scalar);
      return;
    }
    case 'ptr_from_ref':
      m.memory.write(dest.addr, m.ub !== null ? m.ub.interior(args[0] as Scalar) : (args[0] as Scalar));
      return;
    case 'box_into_raw':
    case 'manually_drop':
      // A pointer passes through unchanged; a value handed to `manually_drop` is simply not dropped.
      if (name !== 'manually_drop') m.memory.write(dest.addr, args[0] as Scalar);
      return;
    case 'alloc_uninit': {
      const ty = typeArgs[0]!;
      const { size, align } = m.layout(ty);
      if (size === 0) {
        m.memory.write(dest.addr, danglingPointer(m, ty));
        return;
      }
      const addr = m.allocate(ty, size, align, t.span);
      m.memory.write(dest.addr, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id });
      return;
    }
    case 'drop_in_place': {
      const ptr = args[0] as Scalar;
      const ty = typeArgs[0]!;
      if (ptr.kind === 'ptr' && m.needsDrop(ty)) dropValue(m, { addr: ptr.addr, ty, len: -1, dyn: null, variant: -1 }, `the ${showTy(ty)} it points to`, t.span, false);
      return;
    }
    case 'dangling':
      m.memory.write(dest.addr, danglingPointer(m, typeArgs[0]!));
      return;
    case 'is_dangling': {
      const ptr = args[0] as Scalar;
      m.memory.write(dest.addr, boolScalar(ptr.kind !== 'ptr' || ptr.alloc === 0));
      return;
    }
    case 'ptr_eq': {
      const [a, b] = args as [Scalar, Scalar];
      m.memory.write(dest.addr, boolScalar(a.kind === 'ptr' && b.kind === 'ptr' && a.addr === b.addr));
      return;
    }
    case 'char_property': {
      const c = String.fromCodePoint(Number(asInt(args[0] as Scalar)));
      const property = CHAR_PROPERTIES[Number(asInt(args[1] as Scalar))];
      if (!property) throw new Error('internal error: an unknown char property');
      m.memory.write(dest.addr, boolScalar(property.test(c)));
      return;
    }
    case 'char_case': {
      const c = String.fromCodePoint(Number(asInt(args[0] as Scalar)));
      const mapped = [...(asInt(args[1] as Scalar) !== 0n ? c.toUpperCase() : c.toLowerCase())];
      const i = Number(asInt(args[2] as Scalar));
      m.memory.write(dest.addr, intScalar(BigInt(i < mapped.length ? mapped[i]!.codePointAt(0)! : 0x110000)));
      return;
    }
    case 'fmt_pad_begin':
      formatterAt(m, pointeeArg(m, t, args, 0, frame)).padBegin();
      return;
    case 'fmt_pad_end':
      formatterAt(m, pointeeArg(m, t, args, 0, frame)).padEnd();
      return;
    case 'process_exit': {
      const code = asInt(args[0] as Scalar);
      throw new Exit(Number(BigInt.asUintN(8, code)));
    }
    case 'float_parses':
    case 'parse_float': {
      // str::parse::<f64> / <f32>: correctly rounded, with std's grammar (fmt-float.ts).
      const kind = (typeArgs[0] as Ty & { k: 'float' }).float;
      const value = parseFloatStr(strArgument(m, args[0]!), kind);
      m.memory.write(dest.addr, name === 'float_parses' ? boolScalar(value !== null) : floatScalar(value ?? NaN));
      return;
    }
    case 'unsupported': {
      // The prelude met a case it cannot compute exactly: refuse here, at the program's call.
      throw unsupported(strArgument(m, args[0]!), m.programSpan(t.span));
    }
    case 'swap': {
      // `mem::swap(x, y)`: exchanges the two places' contents, cell for cell.
      const ty = typeArgs[0]!;
      const [x, y] = args as [Scalar & { kind: 'ptr' }, Scalar & { kind: 'ptr' }];
      const a = m.readValue(x.addr, ty);
      const b = m.readValue(y.addr, ty);
      m.writeValue(x.addr, ty, b);
      m.writeValue(y.addr, ty, a);
      return;
    }
    case 'float_op':
    case 'wrapping':
    case 'overflows': {
      const result = numberIntrinsic(m, name, typeArgs[0]!, args);
      if (!result) throw new Error(`internal error: ${name} on ${showTy(typeArgs[0]!)}`);
      m.memory.write(dest.addr, result);
      return;
    }
    // The program sees rustc's sizes whatever the address model shows: output is the binary's.
    case 'size_of':
      m.memory.write(dest.addr, intScalar(BigInt(rustSize(typeArgs[0]!).size)));
      return;
    case 'align_of':
      m.memory.write(dest.addr, intScalar(BigInt(rustSize(typeArgs[0]!).align)));
      return;
    case 'size_of_val':
    case 'align_of_val': {
      const { size, align } = sizeOfVal(m, typeArgs[0]!, args[0]!);
      m.memory.write(dest.addr, intScalar(BigInt(name === 'size_of_val' ? size : align)));
      return;
    }
    case 'fmt_display':
    case 'fmt_debug': {
      const value = pointeeArg(m, t, args, 0, frame);
      const state = formatterAt(m, pointeeArg(m, t, args, 1, frame));
      const spec: ResolvedSpec = { ...state.spec, trait: name === 'fmt_debug' ? '?' : state.spec.trait === '?' ? '' : state.spec.trait };
      writeValue(m, state.write, value, spec, t.span);
      return writeOk(m, dest);
    }
    case 'fmt_pad':
    case 'fmt_write_str': {
      const state = formatterAt(m, pointeeArg(m, t, args, 0, frame));
      const s = pointeeArg(m, t, args, 1, frame);
      const text = readStr(m, s.addr, s.len);
      if (name === 'fmt_pad') for (const chunk of padChunks(state.spec, text)) state.write(chunk);
      else state.write(text);
      return writeOk(m, dest);
    }
    case 'fmt_alternate':
      m.memory.write(dest.addr, boolScalar(formatterAt(m, pointeeArg(m, t, args, 0, frame)).spec.alternate));
      return;
    case 'fmt_width':
    case 'fmt_precision': {
      const spec = formatterAt(m, pointeeArg(m, t, args, 0, frame)).spec;
      const n = name === 'fmt_width' ? spec.width : spec.precision;
      return writeOption(m, dest, n === null ? null : intScalar(BigInt(n)));
    }
    case 'clone': {
      const src = pointeeArg(m, t, args, 0, frame);
      cloneInto(m, src, dest.addr, t.span);
      return;
    }
    case 'subslice': {
      let base = pointeeArg(m, t, args, 0, frame);
      if (base.ty.k === 'array') base = { ...base, ty: { k: 'slice', elem: base.ty.elem }, len: base.ty.len };
      const start = asInt(args[1] as Scalar);
      const end = asInt(args[2] as Scalar);
      const { addr, len } = subslice(m, base, start, end, asInt(args[3] as Scalar), t.span);
      const arg = args[0];
      const source = arg && arg.kind === 'cells' ? arg.raw[0] : undefined;
      const ptr: Scalar = m.ub !== null && source !== undefined && typeof source !== 'string' ? m.ub.sliced(source, addr) : { kind: 'ptr', addr, alloc: 0 };
      m.writeValue(dest.addr, dest.ty, fatValue(ptr, intScalar(BigInt(len)), m.target.pointerSize));
      return;
    }
    case 'eq':
      m.memory.write(dest.addr, boolScalar(valuesEqual(m, pointeeArg(m, t, args, 0, frame), pointeeArg(m, t, args, 1, frame))));
      return;
    case 'cmp':
      m.memory.write(dest.addr, intScalar(BigInt(compareValues(m, pointeeArg(m, t, args, 0, frame), pointeeArg(m, t, args, 1, frame)))));
      return;
    case 'alloc': {
      const elem = typeArgs[0]!;
      const n = Number(asInt(args[0] as Scalar));
      m.memory.write(dest.addr, allocArray(m, elem, n, t.span));
      return;
    }
    case 'dealloc': {
      const ptr = args[0] as Scalar;
      if (ptr.kind === 'ptr') m.free(ptr.addr, t.span);
      return;
    }
    case 'realloc': {
      // RawVec's growth: a realloc of the block (alloc'd by `alloc` before), as std logs it.
      const elem = typeArgs[0]!;
      const old = args[0] as Scalar;
      const n = Number(asInt(args[1] as Scalar));
      const { size, align } = m.layout(elem);
      if (old.kind !== 'ptr' || !m.heapBlocks.has(old.addr) || n === 0 || size === 0) throw new Error('internal error: realloc of no block');
      const addr = m.reallocate(old.addr, { k: 'array', elem, len: n }, size * n, align, t.span);
      m.memory.write(dest.addr, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id });
      return;
    }
    case 'ptr_offset': {
      const ptr = args[0] as Scalar;
      const n = Number(asInt(args[1] as Scalar));
      const stride = m.layout(typeArgs[0]!).size;
      const addr = (ptr.kind === 'ptr' ? ptr.addr : 0) + n * stride;
      m.memory.write(dest.addr, m.ub !== null ? m.ub.derive(ptr, addr) : { kind: 'ptr', addr, alloc: ptr.kind === 'ptr' ? ptr.alloc : 0 });
      return;
    }
    case 'slice_from_raw_parts':
    case 'str_from_raw_parts':
    case 'box_str_from_raw_parts': {
      const ptr = args[0] as Scalar;
      const len = args[1] as Scalar;
      m.writeValue(dest.addr, dest.ty, fatValue(ptr, len, m.target.pointerSize));
      return;
    }
    default:
      if (vecIntrinsic(m, name, t, args, dest, frame)) return;
      if (threadIntrinsic(m, t, args, dest, frame)) return;
      throw new Error(`internal error: unknown intrinsic ${name}`);
  }
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
