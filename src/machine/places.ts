import type { Place, Terminator } from '../mir/ir.js';
import { isUnsized, pointee, unsizedValueLayout } from '../memory/target.js';
import { builtinDeref, type Ty, knownLen } from '../types/ty.js';
import type { Frame, Machine, Value } from './machine.js';
import { asInt, asNumber } from './values.js';
import { FOR_PATTERN_NAME } from '../syntax/lower.js';
import { localAddr } from './frame.js';
import { bufferFields } from './compile.js';

/**
 * A place resolved to memory: its address and type, with the metadata a pointer to it carries
 * when the type is unsized (a slice's or str's length; a trait object's concrete type).
 */
export interface PlaceRef {
  readonly addr: number;
  readonly ty: Ty;
  /** Slices and `str`: the number of elements (bytes for `str`); -1 for sized types. */
  readonly len: number;
  /** `dyn Trait`: the type of the value behind it. */
  readonly dyn: Ty | null;
  /** After a downcast: the enum variant the place is viewed as; -1 otherwise. */
  readonly variant: number;
}

/** Walks the projections of `place` in `frame`, reading the pointers it dereferences. */
export function resolvePlace(m: Machine, frame: Frame, place: Place): PlaceRef {
  let addr = localAddr(frame, place.local);
  let ty = frame.info.tys[place.local]!;
  let len = -1;
  let dyn: Ty | null = null;
  let variant = -1;
  const target = m.target;
  if (m.ub !== null) m.ub.cur = null;
  for (const p of place.projection) {
    switch (p.kind) {
      case 'deref': {
        const inner = pointee(ty);
        if (!inner) {
          const buffer = stdBuffer(m, addr, ty);
          if (!buffer) throw new Error(`internal error: deref of ${ty.k}`);
          ({ addr, ty, len } = buffer);
          dyn = null;
          variant = -1;
          break;
        }
        const ptr = m.memory.read(addr);
        if (m.ub !== null) {
          m.ub.read(addr, target.pointerSize, m.ub.cur);
          m.ub.deref(ptr, addr);
        }
        if (typeof ptr === 'string' || ptr.kind !== 'ptr') throw new Error(`internal error: dereferenced a non-pointer (${typeof ptr === 'string' ? ptr : ptr.kind}) at ${addr}`);
        len = -1;
        dyn = null;
        if (isUnsized(inner)) {
          const meta = m.memory.read(addr + target.pointerSize);
          if (typeof meta !== 'string') {
            if (meta.kind === 'vtable') dyn = meta.ty;
            else len = asNumber(meta);
          }
        }
        addr = ptr.addr;
        ty = inner;
        variant = -1;
        break;
      }
      case 'field': {
        const layout = target.layout(ty);
        const fields = layout.variants[variant >= 0 ? variant : 0]?.fields;
        const field = fields?.[p.index];
        if (!field) throw new Error(`internal error: no field ${p.index} in ${ty.k}`);
        if ((len >= 0 || dyn !== null) && p.index === fields!.length - 1 && isUnsized(field.ty)) {
          // An unsized struct's tail keeps the pointer's metadata, at its own alignment.
          addr += unsizedValueLayout(m.target.layout, ty, len, dyn).tailOffset;
        } else {
          addr += field.offset;
          len = -1;
          dyn = null;
        }
        ty = field.ty;
        variant = -1;
        break;
      }
      case 'downcast':
        variant = p.variant;
        break;
      case 'index': {
        const layout = target.layout(ty);
        const i = asNumber(m.readScalar(localAddr(frame, p.local)));
        addr += i * layout.stride;
        ty = layout.elem!;
        len = -1;
        break;
      }
      case 'constantIndex': {
        const layout = target.layout(ty);
        const n = layout.shape === 'array' ? layout.count : len;
        const i = p.fromEnd ? n - p.offset : p.offset;
        addr += i * layout.stride;
        ty = layout.elem!;
        len = -1;
        break;
      }
      case 'subslice': {
        const layout = target.layout(ty);
        const elem = layout.elem!;
        addr += p.from * layout.stride;
        if (ty.k === 'array' && !p.fromEnd) {
          ty = { k: 'array', elem, len: p.to - p.from };
        } else if (ty.k === 'array') {
          ty = { k: 'array', elem, len: knownLen(ty) - p.to - p.from };
        } else {
          len = len - p.to - p.from;
          ty = { k: 'slice', elem };
        }
        break;
      }
    }
  }
  return { addr, ty, len, dyn, variant };
}

/** The vector or string a std `Vec<T>` or `String` at `addr` holds, as a place: the `[T]` (or
 *  `str`) of `len` elements at its buffer pointer. Null for other types. */
export function stdBuffer(m: Machine, addr: number, ty: Ty): PlaceRef | null {
  const fields = bufferFields(m.target, ty);
  if (fields === null) return null;
  const ptr = m.memory.read(addr + fields.ptr);
  if (m.ub !== null) m.ub.deref(ptr, addr + fields.ptr);
  const len = m.memory.read(addr + fields.length);
  if (typeof ptr === 'string' || ptr.kind !== 'ptr' || typeof len === 'string') throw new Error(`internal error: dereferenced an uninitialised Vec at ${addr}`);
  return { addr: ptr.addr, ty: fields.ty, len: asNumber(len), dyn: null, variant: -1 };
}

/** The units a place's value takes (an unsized one's from its length). */
export function valueSize(m: Machine, place: PlaceRef): number {
  if (place.len < 0 && place.dyn === null) return m.layout(place.ty).size;
  return unsizedValueLayout(m.target.layout, place.ty, place.len, place.dyn).size;
}

/** A place's type, without touching memory. */
export function placeType(m: Machine, frame: Frame, place: Place): Ty {
  let ty = frame.info.tys[place.local]!;
  let variant = -1;
  for (const p of place.projection) {
    switch (p.kind) {
      case 'deref':
        ty = builtinDeref(ty)!;
        variant = -1;
        break;
      case 'field':
        ty = m.target.layout(ty).variants[variant >= 0 ? variant : 0]!.fields[p.index]!.ty;
        variant = -1;
        break;
      case 'downcast':
        variant = p.variant;
        break;
      case 'index':
      case 'constantIndex':
        ty = m.target.layout(ty).elem!;
        break;
      case 'subslice':
        if (ty.k === 'array') ty = { k: 'array', elem: ty.elem, len: p.fromEnd ? knownLen(ty) - p.to - p.from : p.to - p.from };
        break;
    }
  }
  return ty;
}

/** How events name a place: `d`, `*bb`, `p.x`, `arr[i]`, `(*r).0`. */
export function describePlace(m: Machine, frame: Frame, place: Place): string {
  const decl = frame.info.body.locals[place.local]!;
  return placePath(m, frame, decl.name ?? (place.local === 0 ? 'the return value' : 'a temporary'), frame.info.tys[place.local]!, place.projection, false);
}

/** The longest expression a drop stop quotes to name a temporary. */
const MAX_QUOTED = 40;

/** How a drop stop names the place it drops, as the program writes it: a variable by its path
 *  (`p.left`, `arr[0]` with the index's value), a closure's capture by the variable it captured,
 *  a temporary by the source of the expression whose value it holds (`make(1)`), a `for` loop's
 *  by what it is (`the iterator over v`). */
export function dropName(m: Machine, frame: Frame, place: Place): string {
  const decl = frame.info.body.locals[place.local]!;
  const ty = frame.info.tys[place.local]!;
  const [first, ...rest] = place.projection;
  const source = m.sourceText(decl.span).replace(/\s+/g, ' ');
  const quoted = source.length > MAX_QUOTED ? `${source.slice(0, MAX_QUOTED - 1)}…` : source;
  // What a destructuring `for` pattern leaves of an item (see FOR_PATTERN_NAME).
  if (decl.name === FOR_PATTERN_NAME) return placePath(m, frame, `the item matched by ${quoted}`, ty, place.projection, true);
  if (decl.kind === 'temp') {
    if (decl.forIterator) return placePath(m, frame, `the iterator over ${quoted}`, ty, place.projection, true);
    if (decl.refersToSpan && first?.kind === 'deref') return placePath(m, frame, quoted, builtinDeref(ty) ?? ty, rest, true);
    return placePath(m, frame, quoted, ty, place.projection, true);
  }
  // A closure's body reaches its captures through its environment, `(*env).i`.
  const env = ty.k === 'ref' ? ty.inner : ty;
  if (decl.name === null && env.k === 'closure') {
    const fields = ty.k === 'ref' && first?.kind === 'deref' ? rest : place.projection;
    const field = fields[0];
    if (field?.kind === 'field') {
      const capture = env.def.captures[field.index]!;
      const fieldTy = m.target.layout(env).variants[0]!.fields[field.index]!.ty;
      const below = fields.slice(1);
      // A capture by reference reads as the variable itself.
      if (capture.mode !== 'value' && below[0]?.kind === 'deref') return placePath(m, frame, capture.name, builtinDeref(fieldTy) ?? fieldTy, below.slice(1), true);
      return placePath(m, frame, capture.name, fieldTy, below, true);
    }
  }
  return placePath(m, frame, decl.name ?? 'the return value', ty, place.projection, true);
}

/** `asWritten`: the place as the program writes it: a dereference before a field or an index is
 *  left to autoderef (`v[1]`, not `(*v)[1]`), and an index reads as its value (`v[1]`, not `v[i]`). */
function placePath(m: Machine, frame: Frame, root: string, rootTy: Ty, projection: Place['projection'], asWritten: boolean): string {
  let text = root;
  let ty = rootTy;
  let variant = -1;
  for (const [k, p] of projection.entries()) {
    switch (p.kind) {
      case 'deref':
        if (!asWritten || !['field', 'index', 'constantIndex', 'downcast'].includes(projection[k + 1]?.kind ?? '')) text = `*${text}`;
        ty = builtinDeref(ty) ?? ty;
        variant = -1;
        break;
      case 'field': {
        const v = variant >= 0 ? variant : 0;
        const name = ty.k === 'adt' ? (ty.def.variants[v]?.fields[p.index]?.name ?? String(p.index)) : String(p.index);
        text = `${text.startsWith('*') ? `(${text})` : text}.${name}`;
        ty = m.target.layout(ty).variants[v]?.fields[p.index]?.ty ?? ty;
        variant = -1;
        break;
      }
      case 'downcast':
        variant = p.variant;
        break;
      case 'index': {
        const name = asWritten ? String(asInt(m.readScalar(localAddr(frame, p.local)))) : frame.info.body.locals[p.local]!.name;
        text = `${text}[${name ?? '_'}]`;
        ty = m.target.layout(ty).elem ?? ty;
        break;
      }
      case 'constantIndex':
        text = `${text}[${p.fromEnd ? `len - ${p.offset}` : p.offset}]`;
        ty = m.target.layout(ty).elem ?? ty;
        break;
      case 'subslice':
        text = `${text}[${p.from}..]`;
        break;
    }
  }
  return text;
}

/** What the pointer argument `i` of a call points to (read from the evaluated argument: a
 *  `&mut` operand was moved). */
export function pointeeArg(m: Machine, t: Terminator & { kind: 'call' }, args: readonly Value[], i: number, frame: Frame): PlaceRef {
  const ty = m.operandType(t.args[i]!, frame);
  const inner = ty.k === 'ref' || ty.k === 'ptr' || ty.k === 'box' ? ty.inner : null;
  const value = args[i];
  if (!inner || !value) throw new Error('internal error: expected a pointer argument');
  const ptr = value.kind === 'cells' ? value.raw[0]! : value;
  const meta = value.kind === 'cells' ? value.raw[m.target.pointerSize]! : null;
  if (typeof ptr === 'string' || ptr.kind !== 'ptr') throw new Error('internal error: expected a pointer argument');
  const len = meta && typeof meta !== 'string' && meta.kind === 'int' ? Number(meta.value) : -1;
  const dyn = meta && typeof meta !== 'string' && meta.kind === 'vtable' ? meta.ty : null;
  return { addr: ptr.addr, ty: inner, len, dyn, variant: -1 };
}
