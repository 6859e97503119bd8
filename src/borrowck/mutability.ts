import { compileError, firstByLocation, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Body, LocalDecl, Place } from '../mir/ir.js';
import { smartPointerData, type Ty } from '../types/ty.js';
import type { PlaceNames } from './place-names.js';
import { prefixTypes } from './places.js';

/** Why a place cannot be written or mutably borrowed. */
type Immutability = 'shared' | 'constPointer';

/**
 * rustc's borrow checker's mutability errors on the MIR: every assignment to a projected place
 * and every `&mut place` needs a mutable place (rustc's `is_mutable`). A place is immutable when
 * it goes through a shared reference or a `*const` pointer (E0594 for a write, E0596 for a
 * borrow). (A local not declared `mut` is the type checker's: the MIR builder initialises a
 * local in place, through `&mut`, whatever its declaration.) A Vec's or String's contents are reached through `IndexMut`/`DerefMut`, which borrow the Vec or
 * String mutably first: a place through them is first that borrow (E0596 on the Vec). Whole
 * locals assigned twice are the move checker's (E0384). The first error by location is
 * returned, as rustc sorts a body's borrow-check errors.
 */
export function findMutabilityError(body: Body, names: PlaceNames): Diagnostic | null {
  const errors: Diagnostic[] = [];
  for (const block of body.blocks) {
    for (const s of block.statements) {
      if (s.kind !== 'assign') continue;
      if (s.place.projection.length > 0) {
        const error = placeError(body, names, s.place, 'assign', s.span);
        if (error) errors.push(error);
      }
      if (s.rvalue.kind === 'ref' && s.rvalue.mutable) {
        const error = placeError(body, names, s.rvalue.place, 'borrow', s.span);
        if (error) errors.push(error);
      }
    }
  }
  return firstByLocation(errors) ?? null;
}

function placeError(body: Body, names: PlaceNames, place: Place, use: 'assign' | 'borrow', span: Span): Diagnostic | null {
  if (names.throughIntrinsicResult(place)) return null;
  const tys = prefixTypes(body, place);
  // Segments end at each deref of a Vec's or String's contents: that deref's base is borrowed
  // mutably (index_mut, deref_mut) and what follows is reached through the `&mut` it returns.
  let start = 0;
  for (let end = 0; end <= place.projection.length; end++) {
    const overloaded = end < place.projection.length && place.projection[end]!.kind === 'deref' && tys[end]!.k === 'adt';
    if (!overloaded && end < place.projection.length) continue;
    const why = immutability(place, tys, start, end);
    if (why) {
      const prefix = { local: place.local, projection: place.projection.slice(0, end) };
      return mutabilityError(body, names, prefix, overloaded ? 'borrow' : use, why, span);
    }
    start = end + 1;
  }
  return null;
}

/** Why the part of `place` from projection `start` to `end` is immutable: the outermost
 *  dereference of a pointer decides (a `*mut` is writable whatever it was read through). */
function immutability(place: Place, tys: readonly Ty[], start: number, end: number): Immutability | null {
  for (let i = end - 1; i >= start; i--) {
    if (place.projection[i]!.kind !== 'deref') continue;
    const ty = tys[i]!;
    if (ty.k === 'ptr') return ty.mutable ? null : 'constPointer';
    if (ty.k === 'ref' && !ty.mutable) return 'shared';
  }
  return null;
}

function mutabilityError(body: Body, names: PlaceNames, place: Place, use: 'assign' | 'borrow', why: Immutability, span: Span): Diagnostic {
  const code = use === 'assign' ? 'E0594' : 'E0596';
  const label = use === 'assign' ? 'cannot assign' : 'cannot borrow as mutable';
  const name = names.describe(place, false);
  if (name === 'value') {
    const decl = body.locals[place.local]!;
    const what = decl.derefOf ? smartPointerData(decl.derefOf) : why === 'constPointer' ? 'a `*const` pointer' : 'a `&` reference';
    return compileError(code, use === 'assign' ? `cannot assign to data in ${what}` : `cannot borrow data in ${what} as mutable`, span, label);
  }
  const subject = use === 'assign' ? `cannot assign to ${name}` : `cannot borrow ${name} as mutable`;
  switch (why) {
    case 'shared': {
      const error = compileError(code, `${subject}, ${use === 'assign' ? 'which' : 'as it'} is behind a \`&\` reference`, span, sharedReferenceLabel(body, place, use) ?? label);
      const mutable = mutableReferenceSuggestion(body, place);
      return mutable ? error.withSuggestion('consider changing this to be a mutable reference', [{ span: mutable, text: 'mut ' }]) : error;
    }
    case 'constPointer': {
      // rustc names the pointer when the place is its pointee (`*p`).
      const pointer = place.projection.length === 1 ? body.locals[place.local]!.name : null;
      const pointerLabel = pointer === null ? label : `\`${pointer}\` is a \`*const\` pointer, so ${use === 'assign' ? 'it cannot be written to' : 'the data it refers to cannot be borrowed as mutable'}`;
      return compileError(code, `${subject}, ${use === 'assign' ? 'which' : 'as it'} is behind a \`*const\` pointer`, span, pointerLabel);
    }
  }
}

/** The variable a place is reached through when its first step is the dereference of a
 *  variable holding a `&` (`r.x` for `r: &Point`, `*r`), as rustc names it. */
function sharedReferenceVariable(body: Body, place: Place): LocalDecl | null {
  if (place.projection[0]?.kind !== 'deref') return null;
  const decl = body.locals[place.local]!;
  if ((decl.kind !== 'var' && decl.kind !== 'arg') || decl.name === null || decl.ty.k !== 'ref' || decl.ty.mutable) return null;
  return decl;
}

/** rustc's label for a write or `&mut` through a variable holding a `&`. */
function sharedReferenceLabel(body: Body, place: Place, use: 'assign' | 'borrow'): string | null {
  const decl = sharedReferenceVariable(body, place);
  if (!decl) return null;
  return `\`${decl.name}\` is a \`&\` reference, so it cannot be ${use === 'assign' ? 'written to' : 'borrowed as mutable'}`;
}

/** Where `mut ` makes that variable's `&` a `&mut`: after the `&` of `&self`, or of the borrow
 *  that is the variable's only initialisation (`let r = &p;`). */
function mutableReferenceSuggestion(body: Body, place: Place): Span | null {
  const decl = sharedReferenceVariable(body, place);
  if (!decl) return null;
  const afterAmpersand = (span: Span): Span => ({ start: span.start + 1, end: span.start + 1, line: span.line, col: span.col + 1, endLine: span.line, endCol: span.col + 1 });
  if (decl.kind === 'arg') return decl.name === 'self' ? afterAmpersand(decl.span) : null;
  const inits = body.blocks.flatMap((b) => b.statements).filter((s) => s.kind === 'assign' && s.place.local === place.local && s.place.projection.length === 0);
  const init = inits[0];
  if (inits.length !== 1 || init?.kind !== 'assign' || init.rvalue.kind !== 'ref' || init.rvalue.mutable) return null;
  return afterAmpersand(init.span);
}
