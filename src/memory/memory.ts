/**
 * Simulated memory: allocations in three regions, holding scalars at addresses.
 * A scalar is stored at its first address and covers `size` units of the target (one cell in the
 * book model, bytes in a byte-addressed model), so the same store serves every target.
 */

export type Scalar =
  | { readonly kind: 'int'; readonly value: bigint }
  /** A pointer; `alloc` is the provenance: the allocation it was derived from. */
  | { readonly kind: 'ptr'; readonly addr: number; readonly alloc: number };

export type Region = 'stack' | 'heap' | 'scratch';

/** Why a location holds no value: never written, or its value was moved out. */
export type EmptyReason = 'uninit' | 'moved';

export interface Allocation {
  readonly id: number;
  readonly region: Region;
  readonly base: number;
  readonly size: number;
  /** The type stored there, as rustc prints it, for views. */
  readonly label: string;
  live: boolean;
}

export class Memory {
  private readonly cells = new Map<number, Scalar>();
  private readonly moved = new Set<number>();
  private readonly allocations = new Map<number, Allocation>();
  private nextId = 1;

  addAllocation(region: Region, base: number, size: number, label: string): Allocation {
    const allocation: Allocation = { id: this.nextId++, region, base, size, label, live: true };
    this.allocations.set(allocation.id, allocation);
    return allocation;
  }

  /** Ends an allocation; its contents are gone and its addresses may be reused. */
  release(allocation: Allocation): void {
    allocation.live = false;
    this.clear(allocation.base, allocation.size);
    this.allocations.delete(allocation.id);
  }

  allocation(id: number): Allocation | undefined {
    return this.allocations.get(id);
  }

  liveAllocations(region: Region): Allocation[] {
    return [...this.allocations.values()].filter((a) => a.region === region && a.live);
  }

  write(addr: number, value: Scalar): void {
    this.cells.set(addr, value);
    this.moved.delete(addr);
  }

  read(addr: number): Scalar | EmptyReason {
    return this.cells.get(addr) ?? (this.moved.has(addr) ? 'moved' : 'uninit');
  }

  /** Empties `size` units from `addr`, remembering a move so views can tell it from never-written. */
  clear(addr: number, size: number, reason: EmptyReason = 'uninit'): void {
    for (let a = addr; a < addr + size; a++) {
      this.cells.delete(a);
      if (reason === 'moved') this.moved.add(a);
      else this.moved.delete(a);
    }
  }
}
