import type { Span } from '../diagnostics/span.js';
import { showTy, type Ty, knownLen } from '../types/ty.js';
import { debugChar } from './fmt.js';
import { derefPlace, readStr } from './format-values.js';
import type { Machine } from './machine.js';
import { stdBuffer, type PlaceRef } from './places.js';
import { asInt } from './values.js';
import { readVariant } from '../memory/tags.js';
import { SliceEnd } from '../mir/ir.js';

/** Built-in and derived `PartialEq`/`PartialOrd`, and range slicing of slices and `str`. */

const at = (addr: number, ty: Ty): PlaceRef => ({ addr, ty, len: -1, dyn: null, variant: -1 });

/** `a == b`: scalars by value (floats by IEEE), references and boxes by their pointees, strs
 *  by bytes, tuples, arrays, slices and derived ADTs field by field. */
export function valuesEqual(m: Machine, a: PlaceRef, b: PlaceRef): boolean {
  return compareValues(m, a, b, true) === 0;
}

/**
 * `partial_cmp` as -1, 0, 1, or 2 when unordered (NaN). With `eqOnly`, stops at the first
 * difference (any non-zero result means "not equal").
 */
export function compareValues(m: Machine, a: PlaceRef, b: PlaceRef, eqOnly = false): number {
  if (a.ty.k !== b.ty.k || isBuffer(a.ty) || isBuffer(b.ty)) {
    // Mixed comparisons std provides (`Vec<T> == [T; N]`, `String == &str`, `&[T] == Vec<T>`):
    // both sides as the slice or str they hold.
    a = asSequence(m, a);
    b = asSequence(m, b);
  }
  const ty = a.ty;
  switch (ty.k) {
    case 'int':
    case 'bool':
    case 'char': {
      const x = asInt(m.readScalar(a.addr));
      const y = asInt(m.readScalar(b.addr));
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'float': {
      const x = m.readScalar(a.addr);
      const y = m.readScalar(b.addr);
      const fx = x.kind === 'float' ? x.value : NaN;
      const fy = y.kind === 'float' ? y.value : NaN;
      if (Number.isNaN(fx) || Number.isNaN(fy)) return 2;
      return fx < fy ? -1 : fx > fy ? 1 : 0;
    }
    case 'ptr': {
      const x = m.readScalar(a.addr);
      const y = m.readScalar(b.addr);
      const px = x.kind === 'ptr' ? x.addr : 0;
      const py = y.kind === 'ptr' ? y.addr : 0;
      return px < py ? -1 : px > py ? 1 : 0;
    }
    case 'ref':
    case 'box':
      return compareValues(m, derefPlace(m, a), derefPlace(m, b), eqOnly);
    case 'str': {
      if (eqOnly && a.len !== b.len) return 1;
      const n = Math.min(a.len, b.len);
      for (let i = 0; i < n; i++) {
        const c = compareValues(m, at(a.addr + i, U8), at(b.addr + i, U8));
        if (c !== 0) return c;
      }
      return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
    }
    case 'array':
    case 'slice': {
      const la = ty.k === 'array' ? knownLen(ty) : a.len;
      const lb = ty.k === 'array' ? knownLen(ty) : b.len;
      if (eqOnly && la !== lb) return 1;
      const stride = m.layout(ty.elem).size;
      for (let i = 0; i < Math.min(la, lb); i++) {
        const c = compareValues(m, at(a.addr + i * stride, ty.elem), at(b.addr + i * stride, ty.elem), eqOnly);
        if (c !== 0) return c;
      }
      return la < lb ? -1 : la > lb ? 1 : 0;
    }
    case 'tuple':
    case 'closure':
      return compareFields(m, a.addr, b.addr, m.layout(ty).variants[0]?.fields ?? [], eqOnly);
    case 'adt': {
      const user = userComparison(m, a, b, eqOnly);
      if (user !== null) return user;
      const layout = m.layout(ty);
      let v = 0;
      if (layout.shape === 'enum') {
        const va = readVariant(m.memory, a.addr, layout);
        const vb = readVariant(m.memory, b.addr, layout);
        if (va !== vb) return va < vb ? -1 : 1;
        v = va;
      }
      return compareFields(m, a.addr, b.addr, layout.variants[v]?.fields ?? [], eqOnly);
    }
    case 'never':
    case 'fnDef':
      return 0;
    default:
      throw new Error(`internal error: cannot compare values of type ${showTy(ty)}`);
  }
}

const U8: Ty = { k: 'int', int: 'u8' };

/**
 * The type's own `PartialEq` / `Ord` / `PartialOrd` impl, called like std's derived code would
 * call it for a field or element: -1/0/1 (2 unordered), or null when the type has none.
 */
function userComparison(m: Machine, a: PlaceRef, b: PlaceRef, eqOnly: boolean): number | null {
  const args = [{ kind: 'ptr' as const, addr: a.addr, alloc: 0 }, { kind: 'ptr' as const, addr: b.addr, alloc: 0 }];
  const span = m.currentSpan();
  if (eqOnly) {
    const eq = m.program.nativeImplMethod('PartialEq', a.ty, 'eq');
    if (!eq) return null;
    const result = m.callNested(eq, args, span);
    return result && result.kind === 'int' && result.value !== 0n ? 0 : 1;
  }
  const ord = m.program.nativeImplMethod('Ord', a.ty, 'cmp');
  const partial = ord ? null : m.program.nativeImplMethod('PartialOrd', a.ty, 'partial_cmp');
  const inst = ord ?? partial;
  if (!inst) return null;
  // `Ordering` is Less, Equal, Greater (variants 0, 1, 2); `Option<Ordering>` adds None.
  const retTy = m.program.body(inst).locals[0]!.ty;
  const value = m.callNested(inst, args, span);
  const variant = (addr: number, ty: Ty): number => {
    const layout = m.layout(ty);
    return readVariant(m.memory, addr, layout);
  };
  const tmp = m.allocScratch(m.layout(retTy).size);
  m.writeValue(tmp, retTy, value);
  let result: number;
  if (ord) result = variant(tmp, retTy) - 1;
  else {
    const option = retTy as Ty & { k: 'adt' };
    const some = option.def.variants.findIndex((v) => v.name === 'Some');
    if (variant(tmp, retTy) !== some) result = 2;
    else {
      const payload = m.layout(retTy).variants[some]!.fields[0]!;
      result = variant(tmp + payload.offset, payload.ty) - 1;
    }
  }
  m.freeScratch(tmp, m.layout(retTy).size);
  return result;
}

const isBuffer = (ty: Ty): boolean => ty.k === 'adt' && ty.def.std && (ty.def.name === 'Vec' || ty.def.name === 'String');

/** A Vec, String or array (behind any references) as the slice or str it holds. */
function asSequence(m: Machine, p: PlaceRef): PlaceRef {
  while (p.ty.k === 'ref' || p.ty.k === 'box') p = derefPlace(m, p);
  if (p.ty.k === 'array') return { ...p, ty: { k: 'slice', elem: p.ty.elem }, len: knownLen(p.ty) };
  return stdBuffer(m, p.addr, p.ty) ?? p;
}

function compareFields(m: Machine, a: number, b: number, fields: readonly { offset: number; ty: Ty }[], eqOnly: boolean): number {
  for (const f of fields) {
    const c = compareValues(m, at(a + f.offset, f.ty), at(b + f.offset, f.ty), eqOnly);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The bounds core's `SliceIndex` impls check, for a range with an end of kind `endKind`
 * (`SliceEnd`) over `len` elements or bytes: `a..=b` becomes `a..b+1` only when `b < len`;
 * otherwise its failure reports `b` itself, as core's `RangeInclusive::index` does.
 */
function sliceBounds(start: bigint, end: bigint, endKind: bigint, len: bigint): { start: bigint; end: bigint; inclusiveAtEnd: boolean } {
  if (endKind === SliceEnd.open) return { start, end: len, inclusiveAtEnd: false };
  if (endKind === SliceEnd.exclusive) return { start, end, inclusiveAtEnd: false };
  return end < len ? { start, end: end + 1n, inclusiveAtEnd: false } : { start, end, inclusiveAtEnd: true };
}

/**
 * `&s[start..end]` of a slice or `str` (`endKind` says whether the end is exclusive, inclusive
 * or absent): the new fat pointer's parts, or a panic with std's message (core's
 * `slice_index_fail` and `str::slice_error_fail`, whose checks come in this order).
 */
export function subslice(m: Machine, base: PlaceRef, start: bigint, end: bigint, endKind: bigint, span: Span): { addr: number; len: number } {
  const len = BigInt(base.len);
  const bounds = sliceBounds(start, end, endKind, len);
  const e = bounds.end;
  if (base.ty.k === 'str') {
    const text = readStr(m, base.addr, base.len);
    const bytes = new TextEncoder().encode(text);
    const shown = truncated(bytes);
    if (start > len) m.panic(`start byte index ${start} is out of bounds of \`${shown}`, span);
    if (e > len) m.panic(`end byte index ${e} is out of bounds of \`${shown}`, span);
    if (start > e) m.panic(`begin > end (${start} > ${e}) when slicing \`${shown}`, span);
    for (const [which, index] of [['start', start], ['end', e]] as const) {
      const i = Number(index);
      if (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) {
        let floor = i;
        while (floor > 0 && (bytes[floor]! & 0xc0) === 0x80) floor--;
        let ceil = i;
        while (ceil < bytes.length && (bytes[ceil]! & 0xc0) === 0x80) ceil++;
        const ch = new TextDecoder().decode(bytes.slice(floor, ceil)).codePointAt(0)!;
        m.panic(`${which} byte index ${i} is not a char boundary; it is inside ${debugChar(ch)} (bytes ${floor}..${ceil}) of \`${shown}`, span);
      }
    }
    if (bounds.inclusiveAtEnd) m.panic(`end byte index ${e} is out of bounds of \`${shown}`, span);
    return { addr: base.addr + Number(start), len: Number(e - start) };
  }
  if (start > len) m.panic(`range start index ${start} out of range for slice of length ${len}`, span);
  if (e > len) m.panic(`range end index ${e} out of range for slice of length ${len}`, span);
  if (start > e) m.panic(`slice index starts at ${start} but ends at ${e}`, span);
  if (bounds.inclusiveAtEnd) m.panic(`range end index ${e} out of range for slice of length ${len}`, span);
  const stride = m.layout(base.ty.k === 'slice' ? base.ty.elem : base.ty).size;
  return { addr: base.addr + Number(start) * stride, len: Number(e - start) };
}

/** std shows at most 256 bytes of the string (cut at a char boundary), then `[...]`; the
 *  closing backtick comes with it. */
function truncated(bytes: Uint8Array): string {
  if (bytes.length <= 256) return `${new TextDecoder().decode(bytes)}\``;
  let cut = 256;
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return `${new TextDecoder().decode(bytes.slice(0, cut))}\`[...]`;
}
