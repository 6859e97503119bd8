import { isTraitObject } from '../memory/target.js';
import type { Span } from '../diagnostics/span.js';
import { showTy, typeKey, type Ty, knownLen } from '../types/ty.js';
import { derefPlace, userImpl } from './format-values.js';
import type { FreedBlock, Machine } from './machine.js';
import type { PlaceRef } from './places.js';
import { readVariant } from '../memory/tags.js';
import type { TraceEvent } from '../trace/types.js';

/** A drop's event; one std's code runs (its frame on top) names the value by std's local. */
function dropEvent(m: Machine, what: string, ty: string, span: Span): TraceEvent {
  const base = { kind: 'drop', what, ty, step: m.steps, span } as const;
  return m.frames[m.frames.length - 1]?.info.std ? { ...base, std: true } : base;
}

/** A part of a value still to drop, or what finishes a value once its parts are dropped. */
type DropWork = { readonly place: PlaceRef; readonly what: string; readonly assumeZstInit: boolean } | (() => void);

/**
 * Drop glue. A value with a `Drop` impl gets `drop(&mut self)` first (a nested call), then its
 * fields drop in declaration order; tuples, arrays and closures element by element; an enum
 * the active variant's fields; a Box its pointee, then its heap block is freed. Uninitialised
 * or moved-out places (the init state is the drop flag) are skipped, field by field.
 *
 * The glue walks the value with a work list, not by recursion: a list of a million boxes drops
 * without the host's stack growing (a `Drop` impl's own body is still a nested call).
 *
 * `assumeZstInit`: a zero-sized pointee of a Box has no drop flag of its own; the box's says.
 * Returns whether anything was dropped: a `Drop` impl ran, a Box, String or Vec went (a value
 * whose parts were all moved out drops nothing).
 */
export function dropValue(m: Machine, place: PlaceRef, what: string, span: Span, assumeZstInit: boolean): boolean {
  const work: DropWork[] = [{ place, what, assumeZstInit }];
  let dropped = false;
  for (let task = work.pop(); task !== undefined; task = work.pop()) {
    if (typeof task === 'function') task();
    else if (dropOne(m, task.place, task.what, span, task.assumeZstInit, work)) dropped = true;
  }
  return dropped;
}

/** Drops what of one value needs no parts dropped first, and pushes the rest onto `work`: its
 *  finishing (freeing a box's block, marking the place uninitialised), then its parts, the
 *  first on top. Returns whether it dropped something itself. */
function dropOne(m: Machine, place: PlaceRef, what: string, span: Span, assumeZstInit: boolean, work: DropWork[]): boolean {
  let ty = place.ty;
  if (isTraitObject(ty)) {
    if (!place.dyn) return false;
    ty = place.dyn;
    place = { ...place, ty, dyn: null };
  }
  if (!m.needsDrop(ty)) return false;
  const layout = m.layout(ty);
  const size = ty.k === 'slice' ? Math.max(place.len, 0) * layout.stride : layout.size;
  if (size === 0) {
    if (ty.k !== 'slice' && !assumeZstInit && !m.memory.zstInit(place.addr, typeKey(ty))) return false;
  } else if (!m.memory.anyInit(place.addr, size)) {
    return false;
  }
  const addr = place.addr;
  const valueTy = ty;
  // Dropped: the place is uninitialised again, once its parts are gone.
  const finish = () => {
    if (size > 0) m.memory.clear(addr, size);
    if (m.memory.hasZstFlags) m.clearZstFlags(addr, valueTy);
  };
  const parts: DropWork[] = [];
  const part = (partAddr: number, partTy: Ty, partWhat: string) => {
    if (m.needsDrop(partTy)) parts.push({ place: { addr: partAddr, ty: partTy, len: -1, dyn: null, variant: -1 }, what: partWhat, assumeZstInit: false });
  };
  let dropped = false;
  switch (ty.k) {
    case 'box': {
      const ptr = m.memory.read(place.addr);
      if (typeof ptr === 'string' || ptr.kind !== 'ptr') return false;
      if (m.recorder.wantsEvents) m.recorder.event(dropEvent(m, what, showTy(ty), span));
      work.push(finish, () => m.free(ptr.addr, span), { place: derefPlace(m, place), what: `*${what}`, assumeZstInit: true });
      return true;
    }
    case 'adt': {
      // A String drops as one value (its Vec's drop is its own), named as the program names it.
      if (ty.def.std && ty.def.name === 'String') {
        if (m.recorder.wantsEvents) m.recorder.event(dropEvent(m, what, 'String', span));
        const vec = layout.variants[0]!.fields[0]!;
        const inst = userImpl(m, 'Drop', vec.ty);
        if (inst && m.memory.anyInit(place.addr + vec.offset, m.layout(vec.ty).size)) {
          m.dropNames.set(place.addr + vec.offset, what);
          try {
            m.callNested(inst, [{ kind: 'ptr', addr: place.addr + vec.offset, alloc: 0 }], span);
          } finally {
            m.dropNames.delete(place.addr + vec.offset);
          }
        }
        finish();
        return true;
      }
      const inst = userImpl(m, 'Drop', ty);
      if (inst) {
        if (m.recorder.wantsEvents) m.recorder.event(dropEvent(m, what, showTy(ty), span));
        m.dropNames.set(place.addr, what);
        try {
          m.callNested(inst, [{ kind: 'ptr', addr: place.addr, alloc: 0 }], span);
        } finally {
          m.dropNames.delete(place.addr);
        }
        dropped = true;
      }
      const v = layout.shape === 'enum' ? readVariant(m.memory, place.addr, layout) : 0;
      if (v >= 0) {
        const fields = layout.variants[v]?.fields ?? [];
        const names = ty.def.variants[v]?.fields ?? [];
        for (let i = 0; i < fields.length; i++) part(place.addr + fields[i]!.offset, fields[i]!.ty, `${what}.${names[i]?.name ?? i}`);
      }
      break;
    }
    case 'tuple':
    case 'closure': {
      const fields = layout.variants[0]?.fields ?? [];
      for (let i = 0; i < fields.length; i++) part(place.addr + fields[i]!.offset, fields[i]!.ty, `${what}.${i}`);
      break;
    }
    case 'array':
    case 'slice': {
      // Element by element, each pushed once the one before it is gone: a million elements
      // never wait on the work list at once.
      const n = ty.k === 'array' ? knownLen(ty) : place.len;
      const elem = ty.elem;
      if (n === 0 || !m.needsDrop(elem)) break;
      const element = (i: number): void => {
        if (i + 1 < n) work.push(() => element(i + 1));
        work.push({ place: { addr: addr + i * layout.stride, ty: elem, len: -1, dyn: null, variant: -1 }, what: `${what}[${i}]`, assumeZstInit: false });
      };
      work.push(finish, () => element(0));
      return dropped;
    }
    default:
      break;
  }
  work.push(finish);
  for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i]!);
  return dropped;
}

/**
 * A drop the program's own code asks for: a scope's end, an assignment over a value,
 * `mem::drop`. When the trace keeps `drop` stops and the drop did something (a moved-out value
 * drops nothing), it is a stop of its own once done, captioned with what was dropped and the
 * heap blocks it freed: `drop d: Box<i32> frees 4 bytes at 0x5555555592a0`.
 */
export function dropStep(m: Machine, place: PlaceRef, what: string, name: () => string, span: Span): void {
  if (!m.recorder.keeps('drop')) {
    dropValue(m, place, what, span, false);
    return;
  }
  const began = m.steps;
  const { dropped, freed } = m.collectFrees(() => dropValue(m, place, what, span, false));
  if (dropped) m.recordStop('drop', `drop ${name()}: ${showTy(place.ty)}${freesText(m, freed)}`, span, began);
}

/** At most this many addresses of the blocks a drop freed are named in its caption. */
const NAMED_BLOCKS = 3;

function freesText(m: Machine, freed: readonly FreedBlock[]): string {
  if (freed.length === 0) return '';
  const at = (b: FreedBlock) => m.target.showAddress(b.addr);
  if (freed.length === 1) return ` frees ${bytes(freed[0]!.size)} at ${at(freed[0]!)}`;
  const total = freed.reduce((n, b) => n + b.size, 0);
  const named = freed.slice(0, NAMED_BLOCKS).map(at).join(', ');
  const more = freed.length > NAMED_BLOCKS ? ` and ${freed.length - NAMED_BLOCKS} more` : '';
  return ` frees ${bytes(total)} in ${freed.length} blocks at ${named}${more}`;
}

const bytes = (n: number): string => `${n} ${n === 1 ? 'byte' : 'bytes'}`;
