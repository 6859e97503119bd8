import type { Ty } from '../types/ty.js';
import type { HeapAllocator, Layout, Target } from './target.js';

/** (2^30) - 1: the seed's highest address, for a machine with a gigabyte of memory. */
export const BOOK_HEAP_TOP = 2 ** 30 - 1;

/**
 * The seed's heap: every allocation takes the highest run of free cells (first fit from the
 * top), so freed cells become holes that the next allocation of that size reuses.
 */
export class HighestFirstFit implements HeapAllocator {
  /** Live blocks, highest first. */
  private readonly blocks: { addr: number; size: number }[] = [];

  allocate(size: number): number {
    const n = Math.max(size, 1);
    let top = BOOK_HEAP_TOP;
    for (const block of this.blocks) {
      const gap = top - (block.addr + block.size - 1);
      if (gap >= n) break;
      top = block.addr - 1;
    }
    const addr = top - n + 1;
    this.blocks.push({ addr, size: n });
    this.blocks.sort((a, b) => b.addr - a.addr);
    return addr;
  }

  free(addr: number): void {
    const i = this.blocks.findIndex((b) => b.addr === addr);
    if (i >= 0) this.blocks.splice(i, 1);
  }
}

/** Every scalar is one cell; `()` takes none. */
function bookLayout(ty: Ty): Layout {
  switch (ty.k) {
    case 'unit':
    case 'never':
      return { size: 0, align: 1 };
    default:
      return { size: 1, align: 1 };
  }
}

export const BOOK_TARGET: Target = {
  name: 'book',
  layout: bookLayout,
  stackBase: 0,
  scratchBase: 2 ** 40,
  createHeap: () => new HighestFirstFit(),
};
