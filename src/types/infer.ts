import { mapArrayLen, substitute, type ArrayLen, type Ty } from './ty.js';

/** An array length as a type, so lengths unify like types: a number is a `const` value. */
const lenTy = (len: ArrayLen): Ty => (typeof len === 'number' ? { k: 'const', value: BigInt(len) } : len);

/** Union-find over inference variables. */
export class InferenceTable {
  private readonly bound = new Map<number, Ty>();
  /** Variable ids are unique across tables, so a scratch table can try unifications with a
   *  type that holds another table's variables without confusing them with its own. */
  private static next = 0;
  /** Replaces associated types whose impl is known by the impl's type (set by the checker). */
  normalizer: ((ty: Ty) => Ty) | null = null;
  /** Equalities with an associated type that could not be decided yet; the checker retries them. */
  readonly pending: [Ty, Ty][] = [];
  /** Variables a diverging expression flowed into (a closure whose body is `panic!()`): left
   *  unconstrained, they fall back to `!`, as edition 2024's never-type fallback has it. */
  private readonly diverging: (Ty & { k: 'var' })[] = [];

  fresh(kind: 'general' | 'int' | 'float' = 'general'): Ty {
    return { k: 'var', id: InferenceTable.next++, kind };
  }

  /** Follows variable bindings at the top level only. A chain of variables bound to variables
   *  is shortened to its end as it is followed (path compression), so that thousands of them
   *  unified in a row (a 10,000-arm `match`) are not walked again each time. */
  shallow(ty: Ty): Ty {
    let t = ty;
    for (;;) {
      if (t.k === 'var') {
        const b = this.bound.get(t.id);
        if (!b) return t;
        if (b.k === 'var') {
          const end = this.shallowVar(b);
          if (end !== b) this.bound.set(t.id, end);
          t = end;
          continue;
        }
        t = b;
      } else if (t.k === 'assoc' && this.normalizer) {
        const n = this.normalizer({ ...t, self: this.deep(t.self) });
        if (n.k === 'assoc') return n;
        t = n;
      } else return t;
    }
  }

  /** The last variable of a chain of variables bound to variables, each on the way rebound to it. */
  private shallowVar(v: Ty & { k: 'var' }): Ty {
    const path: number[] = [];
    let t = v;
    for (let b = this.bound.get(t.id); b?.k === 'var'; b = this.bound.get(t.id)) {
      path.push(t.id);
      t = b;
    }
    for (const id of path.slice(0, -1)) this.bound.set(id, t);
    return t;
  }

  /** Resolves every variable the table knows; unknown ones stay variables. */
  deep(ty: Ty): Ty {
    const t = this.shallow(ty);
    switch (t.k) {
      case 'ref':
      case 'ptr':
        return { ...t, inner: this.deep(t.inner) };
      case 'box':
        return { k: 'box', inner: this.deep(t.inner) };
      case 'tuple':
        return { k: 'tuple', elems: t.elems.map((e) => this.deep(e)) };
      case 'array':
        return { k: 'array', elem: this.deep(t.elem), len: mapArrayLen(t.len, (l) => this.deep(l)) };
      case 'slice':
        return { k: 'slice', elem: this.deep(t.elem) };
      case 'adt':
        return { k: 'adt', def: t.def, args: t.args.map((a) => this.deep(a)) };
      case 'fnDef':
        return { k: 'fnDef', fn: t.fn, args: t.args.map((a) => this.deep(a)) };
      case 'fnPtr':
      case 'dynFn':
        return { ...t, params: t.params.map((p) => this.deep(p)), ret: this.deep(t.ret) };
      case 'closure':
        return { ...t, args: t.args.map((a) => this.deep(a)), captures: t.captures.map((c) => this.deep(c)), sig: { params: t.sig.params.map((p) => this.deep(p)), ret: this.deep(t.sig.ret) } };
      case 'assoc': {
        const x: Ty = { ...t, self: this.deep(t.self), args: t.args.map((a) => this.deep(a)) };
        const n = this.normalizer ? this.normalizer(x) : x;
        return n.k === 'assoc' ? n : this.deep(n);
      }
      default:
        return t;
    }
  }

  /** Makes the two types equal, or returns false. A failed unification may have bound some
   *  variables on the way; callers report an error right away, so that is harmless. */
  unify(a: Ty, b: Ty): boolean {
    let x = this.shallow(a);
    let y = this.shallow(b);
    if (x === y) return true;
    if (x.k === 'assoc' && this.normalizer) x = this.normalizer(this.deep(x));
    if (y.k === 'assoc' && this.normalizer) y = this.normalizer(this.deep(y));
    if (x.k === 'assoc' || y.k === 'assoc') {
      if (x.k === 'assoc' && y.k === 'assoc' && x.trait === y.trait && x.name === y.name && this.unify(x.self, y.self)) return true;
      const [assoc, other] = x.k === 'assoc' ? [x, y] : [y, x as Ty];
      if (other.k === 'var' && other.kind === 'general') {
        this.bound.set(other.id, assoc);
        return true;
      }
      this.pending.push([assoc, other]);
      return true;
    }
    if (x.k === 'var' && y.k === 'var') {
      if (x.id === y.id) return true;
      // The more constrained variable (int or float) is the one the other points at.
      if (x.kind === 'general') this.bound.set(x.id, y);
      else if (y.kind === 'general') this.bound.set(y.id, x);
      else if (x.kind !== y.kind) return false;
      else this.bound.set(x.id, y);
      return true;
    }
    if (x.k === 'var') return this.bindVar(x, y);
    if (y.k === 'var') return this.bindVar(y, x);
    if (x.k !== y.k) return false;
    switch (x.k) {
      case 'int':
        return x.int === (y as typeof x).int;
      case 'float':
        return x.float === (y as typeof x).float;
      case 'ref':
      case 'ptr': {
        const r = y as typeof x;
        return x.mutable === r.mutable && this.unify(x.inner, r.inner);
      }
      case 'box':
        return this.unify(x.inner, (y as typeof x).inner);
      case 'tuple': {
        const t = y as typeof x;
        return x.elems.length === t.elems.length && x.elems.every((e, i) => this.unify(e, t.elems[i]!));
      }
      case 'array': {
        const t = y as typeof x;
        return this.unify(x.elem, t.elem) && this.unify(lenTy(x.len), lenTy(t.len));
      }
      case 'slice':
        return this.unify(x.elem, (y as typeof x).elem);
      case 'adt': {
        const t = y as typeof x;
        return x.def === t.def && x.args.every((arg, i) => this.unify(arg, t.args[i]!));
      }
      case 'param':
        return x.name === (y as typeof x).name;
      case 'const':
        return x.value === (y as typeof x).value;
      case 'fnDef': {
        const t = y as typeof x;
        return x.fn === t.fn && x.args.every((arg, i) => this.unify(arg, t.args[i]!));
      }
      case 'fnPtr':
      case 'dynFn': {
        const t = y as typeof x;
        if (x.k === 'dynFn' && (x.kind !== (t as typeof x).kind || !sameAutoTraits(x, t as typeof x))) return false;
        return x.params.length === t.params.length && x.params.every((p, i) => this.unify(p, t.params[i]!)) && this.unify(x.ret, t.ret);
      }
      case 'closure':
        return x.def === (y as typeof x).def;
      case 'dyn':
        return x.trait === (y as typeof x).trait && sameAutoTraits(x, y as typeof x);
      default:
        return true;
    }
  }

  /** Whether `unify` would succeed, without binding anything. */
  probe(a: Ty, b: Ty): boolean {
    let x = this.shallow(a);
    let y = this.shallow(b);
    if (x.k === 'assoc' && this.normalizer) x = this.normalizer(this.deep(x));
    if (y.k === 'assoc' && this.normalizer) y = this.normalizer(this.deep(y));
    if (x.k === 'assoc' || y.k === 'assoc') return true;
    if (x.k === 'var' || y.k === 'var') {
      const v = (x.k === 'var' ? x : y) as Ty & { k: 'var' };
      const other = x.k === 'var' ? y : x;
      if (v.kind === 'general' || other.k === 'var') return true;
      return v.kind === 'int' ? other.k === 'int' : other.k === 'float';
    }
    if (x.k !== y.k) return false;
    switch (x.k) {
      case 'int':
        return x.int === (y as typeof x).int;
      case 'float':
        return x.float === (y as typeof x).float;
      case 'ref':
      case 'ptr':
        return x.mutable === (y as typeof x).mutable && this.probe(x.inner, (y as typeof x).inner);
      case 'box':
        return this.probe(x.inner, (y as typeof x).inner);
      case 'tuple': {
        const t = y as typeof x;
        return x.elems.length === t.elems.length && x.elems.every((e, i) => this.probe(e, t.elems[i]!));
      }
      case 'array':
        return this.probe(lenTy(x.len), lenTy((y as typeof x).len)) && this.probe(x.elem, (y as typeof x).elem);
      case 'slice':
        return this.probe(x.elem, (y as typeof x).elem);
      case 'adt':
        return x.def === (y as typeof x).def && x.args.every((arg, i) => this.probe(arg, (y as typeof x).args[i]!));
      case 'param':
        return x.name === (y as typeof x).name;
      case 'const':
        return x.value === (y as typeof x).value;
      case 'closure':
        return x.def === (y as typeof x).def;
      default:
        return true;
    }
  }

  private bindVar(v: Ty & { k: 'var' }, ty: Ty): boolean {
    if (v.kind === 'int' && ty.k !== 'int') return false;
    if (v.kind === 'float' && ty.k !== 'float') return false;
    if (this.occurs(v.id, ty)) return false;
    this.bound.set(v.id, ty);
    return true;
  }

  private occurs(id: number, ty: Ty): boolean {
    const t = this.shallow(ty);
    switch (t.k) {
      case 'var':
        return t.id === id;
      case 'ref':
      case 'ptr':
      case 'box':
        return this.occurs(id, t.inner);
      case 'tuple':
        return t.elems.some((e) => this.occurs(id, e));
      case 'array':
        return this.occurs(id, t.elem) || this.occurs(id, lenTy(t.len));
      case 'slice':
        return this.occurs(id, t.elem);
      case 'adt':
      case 'fnDef':
        return t.args.some((a) => this.occurs(id, a));
      case 'fnPtr':
      case 'dynFn':
        return t.params.some((p) => this.occurs(id, p)) || this.occurs(id, t.ret);
      default:
        return false;
    }
  }

  /** Unsuffixed literals whose type nothing fixed become `i32` and `f64`, as in rustc. */
  markDiverging(v: Ty & { k: 'var' }): void {
    this.diverging.push(v);
  }

  defaulted(ty: Ty): Ty {
    const t = this.deep(ty);
    const fix = (x: Ty): Ty => {
      if (x.k === 'var') {
        if (x.kind === 'int') return this.fix(x, { k: 'int', int: 'i32' });
        if (x.kind === 'float') return this.fix(x, { k: 'float', float: 'f64' });
        if (this.diverging.some((v) => { const root = this.shallow(v); return root.k === 'var' && root.id === x.id; })) return this.fix(x, { k: 'never' });
        return x;
      }
      return x;
    };
    return mapTy(t, fix);
  }

  private fix(v: Ty & { k: 'var' }, ty: Ty): Ty {
    this.bound.set(v.id, ty);
    return ty;
  }
}

/** Rebuilds a type bottom-up through `f`. */
export function mapTy(ty: Ty, f: (t: Ty) => Ty): Ty {
  switch (ty.k) {
    case 'ref':
    case 'ptr':
      return f({ ...ty, inner: mapTy(ty.inner, f) });
    case 'box':
      return f({ k: 'box', inner: mapTy(ty.inner, f) });
    case 'tuple':
      return f({ k: 'tuple', elems: ty.elems.map((e) => mapTy(e, f)) });
    case 'array':
      return f({ k: 'array', elem: mapTy(ty.elem, f), len: mapArrayLen(ty.len, (l) => mapTy(l, f)) });
    case 'slice':
      return f({ k: 'slice', elem: mapTy(ty.elem, f) });
    case 'adt':
      return f({ k: 'adt', def: ty.def, args: ty.args.map((a) => mapTy(a, f)) });
    case 'fnDef':
      return f({ k: 'fnDef', fn: ty.fn, args: ty.args.map((a) => mapTy(a, f)) });
    case 'fnPtr':
    case 'dynFn':
      return f({ ...ty, params: ty.params.map((p) => mapTy(p, f)), ret: mapTy(ty.ret, f) });
    case 'assoc':
      return f({ ...ty, self: mapTy(ty.self, f), args: ty.args.map((a) => mapTy(a, f)) });
    case 'opaque':
      return f({ ...ty, args: ty.args.map((a) => mapTy(a, f)) });
    case 'closure':
      return f({ ...ty, args: ty.args.map((a) => mapTy(a, f)), captures: ty.captures.map((c) => mapTy(c, f)), sig: { params: ty.sig.params.map((p) => mapTy(p, f)), ret: mapTy(ty.sig.ret, f) } });
    default:
      return f(ty);
  }
}

export { substitute };

/** `dyn Fn() + Send` and `dyn Fn()` are different types (a coercion may drop an auto trait). */
function sameAutoTraits(a: { readonly autoTraits?: readonly string[] }, b: { readonly autoTraits?: readonly string[] }): boolean {
  const x = a.autoTraits ?? [];
  const y = b.autoTraits ?? [];
  return x.length === y.length && x.every((t) => y.includes(t));
}

/** Whether `test` holds for `ty` or a type within it. */
export function someTy(ty: Ty, test: (t: Ty) => boolean): boolean {
  let found = false;
  mapTy(ty, (t) => {
    if (!found && test(t)) found = true;
    return t;
  });
  return found;
}

/** Whether an inference variable is left in `ty`. */
export function containsVar(ty: Ty): boolean {
  return someTy(ty, (t) => t.k === 'var');
}

/** Whether `ty` holds an inference variable no literal's fallback will decide. */
export function containsGeneralVar(ty: Ty): boolean {
  return someTy(ty, (t) => t.k === 'var' && t.kind === 'general');
}

/** Whether `ty` holds an integer or float literal's type not fixed yet. */
export function containsLiteralVar(ty: Ty): boolean {
  return someTy(ty, (t) => t.k === 'var' && t.kind !== 'general');
}
