import type { Body, LocalId, Place, Projection } from '../mir/ir.js';
import { variantTys } from '../types/context.js';
import { builtinDeref, type Ty, knownLen } from '../types/ty.js';

/** The types of a place's prefixes: `[ty(local), ty(local.p0), ty(local.p0.p1), ...]`. */
export function prefixTypes(body: Body, place: Place): Ty[] {
  let ty = body.locals[place.local]!.ty;
  const out = [ty];
  let variant = 0;
  for (const p of place.projection) {
    switch (p.kind) {
      case 'deref':
        ty = builtinDeref(ty) ?? ty;
        variant = 0;
        break;
      case 'downcast':
        variant = p.variant;
        break;
      case 'field':
        if (ty.k === 'tuple') ty = ty.elems[p.index] ?? ty;
        else if (ty.k === 'adt') ty = variantTys(ty, variant)[p.index] ?? ty;
        else if (ty.k === 'closure') ty = ty.captures[p.index] ?? ty;
        variant = 0;
        break;
      case 'index':
      case 'constantIndex':
        if (ty.k === 'array' || ty.k === 'slice') ty = ty.elem;
        break;
      case 'subslice':
        if (ty.k === 'array') ty = { k: 'array', elem: ty.elem, len: Math.max(0, knownLen(ty) - p.from - p.to) };
        break;
    }
    out.push(ty);
  }
  return out;
}

export function placeTy(body: Body, place: Place): Ty {
  return prefixTypes(body, place).at(-1)!;
}

/** What a `deref` of a value of this type goes through. */
export type DerefKind = 'shared' | 'mut' | 'owned' | 'raw';

export function derefKind(ty: Ty): DerefKind {
  if (ty.k === 'ref') return ty.mutable ? 'mut' : 'shared';
  if (ty.k === 'ptr') return 'raw';
  return 'owned';
}

/** Whether the place goes through a dereference of a reference (or raw pointer). */
export function throughReference(body: Body, place: Place): boolean {
  const tys = prefixTypes(body, place);
  return place.projection.some((p, i) => p.kind === 'deref' && derefKind(tys[i]!) !== 'owned');
}

/** Whether the place goes through a dereference of a shared reference: rustc does not track
 *  borrows of such places (nothing can invalidate them). */
export function throughSharedReference(body: Body, place: Place): boolean {
  const tys = prefixTypes(body, place);
  return place.projection.some((p, i) => p.kind === 'deref' && (derefKind(tys[i]!) === 'shared' || derefKind(tys[i]!) === 'raw'));
}

export type AccessDepth = 'shallow' | 'deep' | 'drop' | 'length';

/** Whether projections a and b (at the same position) certainly address disjoint parts. */
function disjoint(a: Projection, b: Projection): boolean | 'same' {
  if (a.kind === 'field' && b.kind === 'field') return a.index === b.index ? 'same' : true;
  if (a.kind === 'downcast' && b.kind === 'downcast') return a.variant === b.variant ? 'same' : true;
  if (a.kind === 'deref' && b.kind === 'deref') return 'same';
  if (a.kind === 'constantIndex' && b.kind === 'constantIndex') {
    if (a.fromEnd === b.fromEnd) return a.offset === b.offset ? 'same' : true;
    return 'same';
  }
  // Indexes are equal or disjoint: compare what follows as if they were the same element.
  if ((a.kind === 'index' || a.kind === 'constantIndex') && (b.kind === 'index' || b.kind === 'constantIndex')) return 'same';
  return false;
}

/**
 * rustc's `places_conflict`: whether an access of `access` (with the given depth) touches the
 * place `borrowed`.
 */
export function placesConflict(body: Body, borrowed: Place, access: Place, depth: AccessDepth): boolean {
  if (borrowed.local !== access.local) return false;
  const n = Math.min(borrowed.projection.length, access.projection.length);
  for (let i = 0; i < n; i++) {
    const d = disjoint(borrowed.projection[i]!, access.projection[i]!);
    if (d === true) return false;
    // Subslices and mixed projections may overlap arbitrarily.
    if (d === false) return true;
  }
  if (borrowed.projection.length <= access.projection.length) return true;
  // The borrow is of a part of the accessed place.
  if (depth === 'deep') return true;
  if (depth === 'length') return false;
  const tys = prefixTypes(body, borrowed);
  for (let i = access.projection.length; i < borrowed.projection.length; i++) {
    const p = borrowed.projection[i]!;
    const base = tys[i]!;
    if (p.kind === 'deref') {
      // A shallow access (overwriting, storage end) does not reach behind a pointer; the
      // contents of a Box, Vec or String are owned (overwriting them drops them).
      if (depth === 'shallow' && derefKind(base) !== 'owned') return false;
      // A drop (or storage end) does not reach through references.
      if (depth === 'drop' && derefKind(base) !== 'owned') return false;
    }
  }
  return true;
}

export function localName(body: Body, local: LocalId): string | null {
  return body.locals[local]!.name;
}
