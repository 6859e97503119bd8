import type { FnDef } from '../resolve/items.js';
import type { TypeExpr } from '../syntax/ast.js';
import type { TypeContext } from '../types/context.js';
import { variantTys } from '../types/context.js';
import { typeKey, type AdtDef, type Ty } from '../types/ty.js';

/**
 * Which values can hold borrows, and how borrows flow through a call according to the callee's
 * signature (its lifetimes, elided or named, and its type parameters).
 */

const regionCache = new Map<string, boolean>();

/** Whether a value of the type may hold a reference (so a borrow may live in it). */
export function containsRegion(ty: Ty): boolean {
  return regionIn(ty, new Set(), { cycles: 0 });
}

/**
 * `containsRegion` below the ADTs in `visiting`. An ADT's answer is cached unless it was
 * reached through a cycle cut short (`walk.cycles`), so that a type nested n deep (`Vec<Vec<..>>`,
 * whose argument appears again in its fields) costs n steps, not 2^n.
 */
function regionIn(ty: Ty, visiting: Set<string>, walk: { cycles: number }): boolean {
  switch (ty.k) {
    case 'ref':
    case 'dyn':
    case 'dynFn':
    case 'opaque':
    case 'param':
    case 'assoc':
    case 'var':
      return true;
    case 'ptr':
    case 'box':
      return regionIn(ty.inner, visiting, walk);
    case 'tuple':
      return ty.elems.some((e) => regionIn(e, visiting, walk));
    case 'array':
    case 'slice':
      return regionIn(ty.elem, visiting, walk);
    case 'closure':
      return ty.captures.some((c) => regionIn(c, visiting, walk));
    case 'adt': {
      const key = typeKey(ty);
      const cached = regionCache.get(key);
      if (cached !== undefined) return cached;
      if (visiting.has(key)) {
        walk.cycles++;
        return false;
      }
      const cyclesBefore = walk.cycles;
      visiting.add(key);
      const result = ty.args.some((a) => regionIn(a, visiting, walk)) || ty.def.variants.some((_, v) => variantTys(ty, v).some((f) => regionIn(f, visiting, walk)));
      visiting.delete(key);
      if (result || walk.cycles === cyclesBefore || visiting.size === 0) regionCache.set(key, result);
      return result;
    }
    default:
      return false;
  }
}

const hiddenCache = new Map<AdtDef, boolean>();

/** Whether an ADT has lifetime parameters (which stackheap's types erase): a field holds a
 *  reference not coming from a type parameter. */
export function adtHasLifetimes(def: AdtDef, visiting: Set<AdtDef> = new Set()): boolean {
  const cached = hiddenCache.get(def);
  if (cached !== undefined) return cached;
  if (visiting.has(def)) return false;
  visiting.add(def);
  const check = (t: Ty): boolean => {
    switch (t.k) {
      case 'ref':
        return true;
      case 'dyn':
        return false;
      case 'ptr':
      case 'box':
        return check(t.inner);
      case 'tuple':
        return t.elems.some(check);
      case 'array':
      case 'slice':
        return check(t.elem);
      case 'adt':
        return t.args.some(check) || adtHasLifetimes(t.def, visiting);
      default:
        return false;
    }
  };
  const result = def.variants.some((v) => v.fields.some((f) => check(f.ty)));
  visiting.delete(def);
  hiddenCache.set(def, result);
  return result;
}

/** A region mentioned by a signature: `'a`, `'_e3` (elided), `T:name` (a type parameter, which
 *  may stand for a type with references), `H:...` (lifetimes an ADT hides), `*` (any). */
export type Regions = ReadonlySet<string>;

export interface ParamRegions {
  /** The region of the reference itself, for a parameter of type `&T` / `&mut T`. */
  readonly outer: Regions;
  /** The regions inside: of `T` for a reference, of the whole type otherwise. */
  readonly inner: Regions;
  /** For `&mut T`: borrows may be stored into the pointee (into `inner`). */
  readonly mutRef: boolean;
}

export interface FnRegions {
  readonly params: readonly ParamRegions[];
  readonly ret: ParamRegions;
}

export function connects(a: Regions, b: Regions): boolean {
  if (a.size === 0 || b.size === 0) return false;
  if (a.has('*') || b.has('*') || a.has('~') || b.has('~')) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Whether a reference's own region connects to the regions: an associated type (`~`) does not
 *  hold the borrow of a reference to its `Self`. */
export function connectsOuter(outer: Regions, b: Regions): boolean {
  if (outer.size === 0 || b.size === 0) return false;
  if (b.has('*')) return true;
  for (const x of outer) if (b.has(x)) return true;
  return false;
}

const sigCache = new WeakMap<FnDef, FnRegions | null>();

/** The regions of a function's signature, or null when it cannot be read (then every borrow
 *  passed in is assumed to flow everywhere). */
export function fnRegions(fn: FnDef, ctx: TypeContext): FnRegions | null {
  if (sigCache.has(fn)) return sigCache.get(fn)!;
  let result: FnRegions | null;
  try {
    result = computeFnRegions(fn, ctx);
  } catch {
    result = null;
  }
  sigCache.set(fn, result);
  return result;
}

function computeFnRegions(fn: FnDef, ctx: TypeContext): FnRegions | null {
  if (fn.closure) return null;
  const item = fn.item;
  const generics = new Set<string>(item.generics.params.map((p) => p.name.name));
  let selfTy: TypeExpr | null = null;
  if (fn.owner.kind === 'impl') {
    for (const p of fn.owner.impl.item.generics.params) generics.add(p.name.name);
    selfTy = fn.owner.impl.item.selfTy;
  }
  let elided = 0;
  const regionsOf = (t: TypeExpr, onElided: () => string, hiddenName: () => string, out: Set<string>): void => {
    switch (t.kind) {
      case 'ref': {
        const lt = t.lifetime;
        if (lt === 'static') {
          // outlives everything: holds no local borrow
        } else if (lt && lt !== '_') out.add(`'${lt}`);
        else out.add(onElided());
        regionsOf(t.inner, onElided, hiddenName, out);
        return;
      }
      case 'path': {
        const segs = t.path.segments;
        if (segs.length === 1 && generics.has(t.name)) {
          out.add(`T:${t.name}`);
          return;
        }
        if (segs.length === 1 && t.name === 'Self') {
          if (selfTy) regionsOf(selfTy, onElided, () => 'H:self', out);
          else out.add('*');
          return;
        }
        if (segs.length > 1 && (generics.has(segs[0]!.name) || segs[0]!.name === 'Self')) {
          // An associated type of a parameter (`T::Item`, `Self::Output`): whatever the
          // parameter's type holds, but not the borrow of a reference to it ('~').
          out.add('~');
          return;
        }
        const adt = ctx.items.adts.get(t.name);
        if (adt && adtHasLifetimes(adt)) out.add(hiddenName());
        for (const a of t.args) regionsOf(a, onElided, hiddenName, out);
        for (const b of t.path.bindings) regionsOf(b.ty, onElided, hiddenName, out);
        return;
      }
      case 'tuple':
        for (const e of t.elems) regionsOf(e, onElided, hiddenName, out);
        return;
      case 'array':
      case 'slice':
        return regionsOf(t.elem, onElided, hiddenName, out);
      case 'rawPointer':
        return regionsOf(t.inner, onElided, hiddenName, out);
      case 'implTrait':
      case 'infer':
        out.add('*');
        return;
      default:
        return;
    }
  };
  const params: ParamRegions[] = [];
  const inputNamed = new Set<string>();
  const inputLifetimes: string[] = [];
  const param = (t: TypeExpr, hiddenName: () => string): ParamRegions => {
    const fresh = () => {
      const r = `'_e${elided++}`;
      inputLifetimes.push(r);
      return r;
    };
    const outer = new Set<string>();
    const inner = new Set<string>();
    if (t.kind === 'ref') {
      const lt = t.lifetime;
      if (lt && lt !== '_' && lt !== 'static') outer.add(`'${lt}`);
      else if (lt !== 'static') outer.add(fresh());
      regionsOf(t.inner, fresh, hiddenName, inner);
    } else regionsOf(t, fresh, hiddenName, inner);
    for (const r of [...outer, ...inner]) if (r.startsWith("'")) inputNamed.add(r);
    for (const r of [...outer, ...inner]) if (r.startsWith("'") && !r.startsWith("'_e")) inputLifetimes.push(r);
    return { outer, inner, mutRef: t.kind === 'ref' && t.mutable };
  };
  let selfOuter: string | null = null;
  let selfHidden = false;
  if (item.selfParam) {
    const sp = item.selfParam;
    const selfExpr: TypeExpr = selfTy ?? { kind: 'path', name: 'Self', args: [], path: { segments: [{ name: 'Self' } as never], bindings: [], span: sp.span }, span: sp.span };
    if (sp.ty) params.push(param(sp.ty, () => 'H:self'));
    else if (sp.kind === 'value') params.push(param(selfExpr, () => 'H:self'));
    else {
      const p = param({ kind: 'ref', mutable: sp.kind === 'refMut', inner: selfExpr, span: sp.span, lifetime: null }, () => 'H:self');
      selfOuter = [...p.outer][0] ?? null;
      params.push(p);
    }
    selfHidden = params[0]!.inner.has('H:self') || (!selfTy && params[0]!.inner.has('*'));
    if (selfHidden) (params[0]!.inner as Set<string>).add('SELFH');
  }
  item.params.forEach((p, i) => params.push(param(p.ty, () => `H:${i}`)));
  // Elided lifetimes in the return type: `&self`'s, or the only input lifetime's. std's prelude
  // writes `&mut self` on iterators whose items borrow from what the iterator borrows (`Iter<'a,
  // T>`, whose lifetime stackheap's types erase): those take the hidden lifetimes of `Self`.
  const distinctInputs = [...new Set(inputLifetimes)];
  const retElided = (): string => {
    if (selfOuter) return fn.std && selfHidden ? 'SELFH' : selfOuter;
    if (distinctInputs.length === 1) return distinctInputs[0]!;
    return '*';
  };
  const ret: ParamRegions = (() => {
    const t = item.ret;
    if (!t) return { outer: new Set<string>(), inner: new Set<string>(), mutRef: false };
    const outer = new Set<string>();
    const inner = new Set<string>();
    // A lifetime no input names (it is hidden in an input's erased type arguments), and the
    // lifetimes a returned ADT hides (`Parser<'a>`, `Iter<'a, T>`), may come from any input.
    // A lifetime of the impl (`impl<'a> Parser<'a>`) is one `Self` hides.
    const name = (r: string) => (r.startsWith("'") && !inputNamed.has(r) ? (selfHidden ? 'SELFH' : '*') : r === 'H:self' ? '*' : r);
    const sink = (set: Set<string>) => ({ add: (r: string) => set.add(name(r)) }) as unknown as Set<string>;
    if (t.kind === 'ref') {
      const lt = t.lifetime;
      if (lt && lt !== '_' && lt !== 'static') outer.add(name(`'${lt}`));
      else if (lt !== 'static') outer.add(retElided());
      regionsOf(t.inner, retElided, () => '*', sink(inner));
    } else regionsOf(t, retElided, () => '*', sink(inner));
    return { outer, inner, mutRef: false };
  })();
  return { params, ret };
}
