import type { Raw } from '../memory/memory.js';
import type { LeakCause, LeakedBlock } from '../trace/types.js';
import type { HeapBlock, Machine, Value } from './machine.js';

/**
 * Heap blocks that outlive the program. `Box::leak` and `mem::forget` keep a value's blocks
 * (and every block reachable from them) alive on purpose and say so; whatever else is still
 * allocated once every owner is gone is unreachable (a cycle of owners, in the end).
 */
export function keepReachable(m: Machine, value: Value, cause: Exclude<LeakCause, 'unreachable'>): void {
  const byAllocation = new Map<number, HeapBlock>();
  for (const block of m.heapBlocks.values()) byAllocation.set(block.allocation.id, block);
  const pending: HeapBlock[] = [];
  const visit = (raw: Raw | undefined) => {
    if (raw === undefined || typeof raw === 'string' || raw.kind !== 'ptr') return;
    const block = byAllocation.get(raw.alloc) ?? m.heapBlocks.get(raw.addr);
    if (!block || block.keptBy) return;
    block.keptBy = cause;
    pending.push(block);
  };
  if (value !== null && value.kind === 'cells') value.raw.forEach(visit);
  else if (value !== null) visit(value);
  for (let block = pending.pop(); block; block = pending.pop()) {
    const { base, size } = block.allocation;
    for (let addr = base; addr < base + size; addr++) visit(m.memory.read(addr));
  }
}

/** Every block still allocated, oldest first. */
export function leakReport(m: Machine): LeakedBlock[] {
  return [...m.heapBlocks.entries()]
    .sort(([, a], [, b]) => a.allocation.id - b.allocation.id)
    .map(([addr, block]) => ({ addr, size: block.realSize ?? block.allocation.size, ty: block.allocation.label, span: block.site, cause: block.keptBy ?? 'unreachable' }));
}
