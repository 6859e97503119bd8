import { type Ty } from './ty.js';

/** Union-find over inference variables. */
export class InferenceTable {
  private readonly bound = new Map<number, Ty>();
  private next = 0;

  fresh(int: boolean): Ty {
    return { k: 'var', id: this.next++, int };
  }

  /** Follows variable bindings at the top level only. */
  shallow(ty: Ty): Ty {
    let t = ty;
    while (t.k === 'var') {
      const b = this.bound.get(t.id);
      if (!b) return t;
      t = b;
    }
    return t;
  }

  /** Resolves every variable the table knows; unknown ones stay variables. */
  deep(ty: Ty): Ty {
    const t = this.shallow(ty);
    switch (t.k) {
      case 'ref':
        return { k: 'ref', mutable: t.mutable, inner: this.deep(t.inner) };
      case 'box':
        return { k: 'box', inner: this.deep(t.inner) };
      default:
        return t;
    }
  }

  /** Makes the two types equal, or returns false without having bound anything it shouldn't. */
  unify(a: Ty, b: Ty): boolean {
    const x = this.shallow(a);
    const y = this.shallow(b);
    if (x.k === 'var' && y.k === 'var') {
      if (x.id === y.id) return true;
      // An integer variable is the more constrained one, so the other variable points at it.
      if (y.int || !x.int) this.bound.set(x.id, y);
      else this.bound.set(y.id, x);
      return true;
    }
    if (x.k === 'var') return this.bindVar(x, y);
    if (y.k === 'var') return this.bindVar(y, x);
    if (x.k !== y.k) return false;
    switch (x.k) {
      case 'int':
        return x.int === (y as typeof x).int;
      case 'ref': {
        const r = y as typeof x;
        return x.mutable === r.mutable && this.unify(x.inner, r.inner);
      }
      case 'box':
        return this.unify(x.inner, (y as typeof x).inner);
      default:
        return true;
    }
  }

  private bindVar(v: Ty & { k: 'var' }, ty: Ty): boolean {
    if (v.int && ty.k !== 'int') return false;
    if (this.occurs(v.id, ty)) return false;
    this.bound.set(v.id, ty);
    return true;
  }

  private occurs(id: number, ty: Ty): boolean {
    const t = this.shallow(ty);
    if (t.k === 'var') return t.id === id;
    if (t.k === 'ref' || t.k === 'box') return this.occurs(id, t.inner);
    return false;
  }

  /** Unsuffixed integer literals whose type nothing fixed become `i32`, as in rustc. */
  defaultIntVars(ty: Ty): Ty {
    const t = this.deep(ty);
    switch (t.k) {
      case 'var':
        if (t.int) {
          this.bound.set(t.id, { k: 'int', int: 'i32' });
          return { k: 'int', int: 'i32' };
        }
        return t;
      case 'ref':
        return { k: 'ref', mutable: t.mutable, inner: this.defaultIntVars(t.inner) };
      case 'box':
        return { k: 'box', inner: this.defaultIntVars(t.inner) };
      default:
        return t;
    }
  }
}
