import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { showTy, type Ty, knownLen } from '../types/ty.js';
import { derefPlace, userImpl } from './format-values.js';
import type { Machine } from './machine.js';
import type { PlaceRef } from './places.js';
import { readVariant, writeVariant } from '../memory/tags.js';

/**
 * `Clone::clone` for a type without an impl of its own: Copy values are copied, boxes get a
 * new heap block with a clone of the pointee, aggregates clone field by field (calling the
 * fields' own `clone` impls).
 */
export function cloneInto(m: Machine, src: PlaceRef, destAddr: number, span: Span): void {
  const ty = src.ty;
  const inst = ty.k === 'adt' ? userImpl(m, 'Clone', ty) : null;
  if (inst) {
    m.writeValue(destAddr, ty, m.callNested(inst, [{ kind: 'ptr', addr: src.addr, alloc: 0 }], span));
    return;
  }
  if (m.isCopy(ty)) {
    m.writeValue(destAddr, ty, m.readValue(src.addr, ty));
    return;
  }
  const layout = m.layout(ty);
  switch (ty.k) {
    case 'box': {
      const inner = derefPlace(m, src);
      if (inner.len >= 0 || inner.dyn) throw new Error(`internal error: cloning ${showTy(ty)} is not supported yet`);
      const { size, align } = m.layout(ty.inner);
      if (size === 0) {
        m.memory.write(destAddr, { kind: 'ptr', addr: align, alloc: 0 });
        return;
      }
      const addr = m.allocate(ty.inner, size, align, span);
      cloneInto(m, inner, addr, span);
      m.memory.write(destAddr, { kind: 'ptr', addr, alloc: m.heapBlocks.get(addr)!.allocation.id });
      return;
    }
    case 'array': {
      for (let i = 0; i < knownLen(ty); i++) cloneInto(m, at(src.addr + i * layout.stride, ty.elem), destAddr + i * layout.stride, span);
      return;
    }
    case 'tuple':
    case 'closure':
    case 'adt': {
      let v = 0;
      if (layout.shape === 'enum') {
        v = readVariant(m.memory, src.addr, layout);
        writeVariant(m.memory, destAddr, layout, v);
      }
      // Field by field is what a derived Clone does; a std type without a Clone impl that owns a
      // buffer through a raw pointer would have that buffer owned twice.
      if (ty.k === 'adt' && !m.program.isClone(ty) && layout.variants[v]?.fields.some((f) => f.ty.k === 'ptr')) {
        throw unsupported(`cloning \`${showTy(ty)}\`, which has no \`Clone\` impl`, m.programSpan(span));
      }
      for (const f of layout.variants[v]?.fields ?? []) cloneInto(m, at(src.addr + f.offset, f.ty), destAddr + f.offset, span);
      return;
    }
    default:
      throw new Error(`internal error: cloning ${showTy(ty)} is not supported`);
  }
}

function at(addr: number, ty: Ty): PlaceRef {
  return { addr, ty, len: -1, dyn: null, variant: -1 };
}
