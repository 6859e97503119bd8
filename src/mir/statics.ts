import type { ConstDef } from '../resolve/items.js';
import type { Body, LocalId, Place } from './ir.js';

/**
 * A `static`'s place is `*t`, `t` a temporary the MIR builder assigns the static's address
 * (`const static X`) once. These are those temporaries, by local, with the static they hold.
 */
export function staticTemps(body: Body): Map<LocalId, ConstDef> {
  const temps = new Map<LocalId, ConstDef>();
  for (const block of body.blocks) {
    for (const s of block.statements) {
      if (s.kind !== 'assign' || s.place.projection.length > 0 || s.rvalue.kind !== 'use') continue;
      const o = s.rvalue.operand;
      if (o.kind === 'const' && o.value.kind === 'static') temps.set(s.place.local, o.value.def);
    }
  }
  return temps;
}

/** The static a place is in (`*t`, or a field or element of it), if any. */
export function staticOf(place: Place, temps: ReadonlyMap<LocalId, ConstDef>): ConstDef | null {
  if (place.projection[0]?.kind !== 'deref') return null;
  return temps.get(place.local) ?? null;
}
