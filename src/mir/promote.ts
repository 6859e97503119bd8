import type { Ty } from '../types/ty.js';
import type { Body, LocalId, MirProgram, Operand, Rvalue } from './ir.js';

/**
 * rustc's promotion of constants in function bodies: `&EXPR`, where EXPR is a constant expression
 * whose value needs no drop (literals, arithmetic other than division, casts, tuple/array/struct
 * literals of such values, `const` items), borrows a `'static` value rather than a temporary of
 * the frame. Calls (even of `const fn`s) are not promoted, nor is anything with a `Drop`.
 *
 * These are the temporaries of `body` assigned exactly once from such a value; a shared borrow of
 * one (or a mutable borrow of an empty array) is promoted (`isPromotedBorrow`). The borrow
 * checker gives such borrows no loan; the real model places their values in static memory.
 */
export function promotableTemps(body: Body, program: Pick<MirProgram, 'needsDrop'>): Set<LocalId> {
  const promotable = new Set<LocalId>();
  const assignments = new Map<LocalId, number>();
  for (const b of body.blocks) {
    for (const s of b.statements) if (s.kind === 'assign' && s.place.projection.length === 0) assignments.set(s.place.local, (assignments.get(s.place.local) ?? 0) + 1);
    const t = b.terminator!;
    if (t.kind === 'call' && t.dest.projection.length === 0) assignments.set(t.dest.local, (assignments.get(t.dest.local) ?? 0) + 1);
  }
  // A static's address is a constant too, but a borrow of a static is no promotion.
  const constOperand = (o: Operand): boolean => (o.kind === 'const' && o.value.kind !== 'static') || (o.kind !== 'const' && o.place.projection.length === 0 && promotable.has(o.place.local));
  for (const b of body.blocks) {
    for (const s of b.statements) {
      if (s.kind !== 'assign' || s.place.projection.length > 0) continue;
      const local = s.place.local;
      if (body.locals[local]!.kind !== 'temp' || assignments.get(local) !== 1) continue;
      const r = s.rvalue;
      const ok =
        (r.kind === 'use' && constOperand(r.operand)) ||
        (r.kind === 'aggregate' && r.aggregate.kind !== 'closure' && r.operands.every(constOperand)) ||
        (r.kind === 'binary' && constOperand(r.left) && constOperand(r.right) && !['div', 'rem'].includes(r.op)) ||
        ((r.kind === 'neg' || r.kind === 'not' || r.kind === 'cast') && constOperand(r.operand)) ||
        (r.kind === 'repeat' && constOperand(r.operand));
      if (ok && !program.needsDrop(body.locals[local]!.ty)) promotable.add(local);
    }
    const t = b.terminator!;
    // `&CONST`: a `const` item's value is promoted too (its initializer is a call here).
    if (t.kind === 'call' && t.dest.projection.length === 0 && t.args.length === 0 && t.callee.kind === 'fn' && assignments.get(t.dest.local) === 1) {
      const item = t.callee.instance.def.constant;
      if (item?.item.kind === 'const' && !program.needsDrop(body.locals[t.dest.local]!.ty)) promotable.add(t.dest.local);
    }
  }
  return promotable;
}

/** Whether the borrow `r` is of a promoted constant: a shared borrow of a promotable temporary,
 *  or a mutable one of an empty array (`&mut []`). */
export function isPromotedBorrow(body: Body, promotable: ReadonlySet<LocalId>, r: Rvalue & { kind: 'ref' }): boolean {
  return r.place.projection.length === 0 && promotable.has(r.place.local) && (!r.mutable || isEmptyArray(body.locals[r.place.local]!.ty));
}

function isEmptyArray(ty: Ty): boolean {
  return ty.k === 'array' && ty.len === 0;
}
