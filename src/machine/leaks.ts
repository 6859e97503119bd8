import type { Raw } from '../memory/memory.js';
import type { LeakCause, LeakedBlock } from '../trace/types.js';
import { adtName } from '../types/ty.js';
import type { HeapBlock, Machine, Value } from './machine.js';

/**
 * Heap blocks that outlive the program. `Box::leak` and `mem::forget` keep a value's blocks
 * (and every block reachable from them) alive on purpose and say so; whatever else is still
 * allocated once every owner is gone is unreachable; an `Rc` block whose strong count never
 * reached 0 (and what it owns) is kept by a reference cycle.
 */
export function keepReachable(m: Machine, value: Value, cause: Exclude<LeakCause, 'unreachable'>): void {
  const roots: Raw[] = value === null ? [] : value.kind === 'cells' ? [...value.raw] : [value];
  markReachable(m, roots, [], cause);
}

/** Marks the blocks the `roots` point to, the `blocks` themselves, and every block reachable
 *  from them, as kept by `cause` (a block already kept keeps its first cause). */
function markReachable(m: Machine, roots: readonly (Raw | undefined)[], blocks: readonly HeapBlock[], cause: Exclude<LeakCause, 'unreachable'>): void {
  const byAllocation = new Map<number, HeapBlock>();
  for (const block of m.heapBlocks.values()) byAllocation.set(block.allocation.id, block);
  const pending: HeapBlock[] = [];
  const keep = (block: HeapBlock | undefined) => {
    if (!block || block.keptBy) return;
    block.keptBy = cause;
    pending.push(block);
  };
  const visit = (raw: Raw | undefined) => {
    if (raw === undefined || typeof raw === 'string' || raw.kind !== 'ptr') return;
    keep(byAllocation.get(raw.alloc) ?? m.heapBlocks.get(raw.addr));
  };
  roots.forEach(visit);
  blocks.forEach(keep);
  for (let block = pending.pop(); block; block = pending.pop()) {
    const { base, size } = block.allocation;
    for (let addr = base; addr < base + size; addr++) visit(m.memory.read(addr));
  }
}

/** The shared-ownership blocks (`RcInner`, `ArcInner`) whose strong count is not 0 although
 *  nothing outside the heap owns them any more: members of a reference cycle. */
function cycleMembers(m: Machine): HeapBlock[] {
  return [...m.heapBlocks.values()].filter((block) => {
    const ty = block.ty;
    if (block.keptBy || ty.k !== 'adt' || !ty.def.std || !SHARED_BLOCKS.has(adtName(ty.def))) return false;
    const strong = m.memory.read(block.allocation.base + m.layout(ty).variants[0]!.fields[0]!.offset);
    return strong !== undefined && typeof strong !== 'string' && strong.kind === 'int' && strong.value > 0n;
  });
}

const SHARED_BLOCKS = new Set(['RcInner', 'ArcInner']);

/** Every block still allocated, oldest first. Called when the program has ended, so a block no
 *  cause keeps is unreachable; those an Rc cycle keeps say so. */
export function leakReport(m: Machine): LeakedBlock[] {
  markReachable(m, [], cycleMembers(m), 'Rc cycle');
  return [...m.heapBlocks.entries()]
    .sort(([, a], [, b]) => a.allocation.id - b.allocation.id)
    .map(([addr, block]) => ({ addr, size: block.realSize ?? block.allocation.size, ty: block.allocation.label, span: block.site, cause: block.keptBy ?? 'unreachable' }));
}
