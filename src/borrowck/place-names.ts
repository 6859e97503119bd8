import type { Body, LocalId, Place, Rvalue, Terminator } from '../mir/ir.js';
import { prefixTypes } from './places.js';

/**
 * Places as rustc's borrow checker names them in its errors (`p.x`, `*r`, `v[_]`): a temporary
 * holding `&p` (or a copy of a named place) stands for that place, the result of an `index`
 * call for the indexed place, and an unnamed one is `value`.
 */
export class PlaceNames {
  /** What each temporary was assigned, to name places through it (`*_5` is `v` if `_5 = &v`). */
  private readonly origins = new Map<LocalId, Rvalue | (Terminator & { kind: 'call' })>();

  constructor(private readonly body: Body) {
    for (const b of body.blocks) {
      for (const s of b.statements) {
        if (s.kind === 'assign' && s.place.projection.length === 0 && body.locals[s.place.local]!.kind === 'temp') this.origins.set(s.place.local, s.rvalue);
      }
      const t = b.terminator!;
      if (t.kind === 'call' && t.dest.projection.length === 0 && body.locals[t.dest.local]!.kind === 'temp') this.origins.set(t.dest.local, t);
    }
  }

  /** What a temporary was assigned, or the call that returned it. */
  originOf(local: LocalId): Rvalue | (Terminator & { kind: 'call' }) | undefined {
    return this.origins.get(local);
  }

  /** Whether the place goes through a Vec's or String's contents (through temporaries too). */
  throughOwnedAdt(place: Place): boolean {
    const resolved = this.resolveTemp(place);
    const tys = prefixTypes(this.body, resolved);
    return resolved.projection.some((p, i) => p.kind === 'deref' && tys[i]!.k === 'adt');
  }

  /** Whether the place is reached through what an intrinsic returned (a range of a slice is
   *  taken through a shared reference whatever its use: the borrow is the MIR builder's). */
  throughIntrinsicResult(place: Place): boolean {
    const origin = this.origins.get(this.resolveTemp(place).local);
    return origin !== undefined && origin.kind === 'call' && origin.callee.kind === 'intrinsic';
  }

  /** A place through a temporary holding `&p` is a place through `p`. */
  private resolveTemp(place: Place, depth = 0): Place {
    if (depth > 8 || place.projection[0]?.kind !== 'deref' || this.body.locals[place.local]!.kind !== 'temp') return place;
    const origin = this.origins.get(place.local);
    if (origin && 'kind' in origin && origin.kind === 'ref') {
      return this.resolveTemp({ local: origin.place.local, projection: [...origin.place.projection, ...place.projection.slice(1)] }, depth + 1);
    }
    if (origin && origin.kind === 'use' && origin.operand.kind !== 'const') {
      return this.resolveTemp({ local: origin.operand.place.local, projection: [...origin.operand.place.projection, ...place.projection] }, depth + 1);
    }
    return place;
  }

  /**
   * The place in backquotes, or `value` when it has no name. `cutOwnedAdt` names a Vec's or
   * String's contents by the Vec or String (rustc's access is its `Index`/`Deref` autoref). A
   * dereference of a reference or Box is implicit under a field or an index (`r.x`, not
   * `(*r).x`), as in the source.
   */
  describe(place: Place, cutOwnedAdt: boolean): string {
    const p = this.resolveTemp(place);
    const decl = this.body.locals[p.local]!;
    const origin = decl.kind === 'temp' ? this.origins.get(p.local) : undefined;
    let text: string;
    let start = 0;
    if (decl.name) text = decl.name;
    else if (origin && origin.kind === 'call' && p.projection[0]?.kind === 'deref' && origin.callee.kind === 'fn' && /^index(_mut)?$/.test(origin.callee.instance.def.name)) {
      const a = origin.args[0];
      const base = a && a.kind !== 'const' ? this.describe({ local: a.place.local, projection: [...a.place.projection, { kind: 'deref' }] }, false) : null;
      if (!base || base === 'value') return 'value';
      text = `${base.slice(1, -1)}[_]`;
      start = 1;
    } else {
      const capture = this.capturedVariable(p);
      if (!capture) return 'value';
      ({ text, start } = capture);
    }
    const tys = prefixTypes(this.body, p);
    let variant = 0;
    for (let i = start; i < p.projection.length; i++) {
      const pr = p.projection[i]!;
      const ty = tys[i]!;
      switch (pr.kind) {
        case 'deref': {
          if (cutOwnedAdt && ty.k === 'adt') return `\`${text}\``;
          let j = i + 1;
          while (p.projection[j]?.kind === 'deref' && tys[j]!.k !== 'adt') j++;
          const next = p.projection[j];
          if (!next || (next.kind !== 'field' && next.kind !== 'index' && next.kind !== 'constantIndex')) text = `*${text}`;
          break;
        }
        case 'field': {
          let name = String(pr.index);
          if (ty.k === 'adt') name = ty.def.variants[variant]?.fields[pr.index]?.name ?? name;
          else if (ty.k === 'closure') name = ty.def.captures[pr.index]?.name ?? name;
          text = `${text}.${name}`;
          variant = 0;
          break;
        }
        case 'downcast':
          variant = pr.variant;
          break;
        case 'index':
        case 'constantIndex':
          text = `${text}[_]`;
          break;
        case 'subslice':
          text = `${text}[..]`;
          break;
      }
    }
    return `\`${text}\``;
  }

  /** Inside a closure's body, a place in its environment (`(*_1).0`, and the variable behind a
   *  by-reference capture, `*(*_1).0`) is named by the variable captured, as rustc names it. */
  private capturedVariable(p: Place): { text: string; start: number } | null {
    const tys = prefixTypes(this.body, p);
    const k = p.projection[0]?.kind === 'deref' ? 1 : 0;
    const field = p.projection[k];
    const ty = tys[k];
    if (field?.kind !== 'field' || ty?.k !== 'closure') return null;
    const capture = ty.def.captures[field.index];
    if (!capture) return null;
    const start = capture.mode !== 'value' && p.projection[k + 1]?.kind === 'deref' ? k + 2 : k + 1;
    return { text: capture.name, start };
  }
}
