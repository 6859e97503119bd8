import type { Ty } from '../types/ty.js';

/**
 * Simulated memory: allocations in four regions, holding scalars at addresses.
 * A scalar is stored at its first address and covers `size` units of the target (one cell in the
 * book model, bytes in a byte-addressed model), so the same store serves every target.
 */

export type Scalar =
  /** Integers of every width, `bool` (0/1) and `char` (its code point). */
  | { readonly kind: 'int'; readonly value: bigint }
  /** `f32` (already rounded to single precision) and `f64`. */
  | { readonly kind: 'float'; readonly value: number }
  /** A pointer; `alloc` is the provenance: the allocation it was derived from (0: unknown).
   *  Under `--unchecked`, a reference also carries the borrow that made it (machine/unchecked.ts). */
  | { readonly kind: 'ptr'; readonly addr: number; readonly alloc: number; readonly tag?: PointerTag }
  /** The metadata half of a `&dyn Trait`: the concrete type behind it. */
  | { readonly kind: 'vtable'; readonly ty: Ty };

/** What a `--unchecked` run knows of the borrow a reference came from; opaque to memory. */
export interface PointerTag {
  readonly id: number;
}

export type Region = 'stack' | 'heap' | 'static' | 'scratch';

/** Why a location holds no value: never written, or its value was moved out. */
export type EmptyReason = 'uninit' | 'moved';

/** What one address holds. */
export type Raw = Scalar | EmptyReason;

export interface Allocation {
  readonly id: number;
  readonly region: Region;
  readonly base: number;
  readonly size: number;
  /** The type stored there, as rustc prints it, for views. */
  readonly label: string;
  live: boolean;
}

/**
 * Two dense windows (arrays) serve the stack and scratch, where nearly every access goes; the
 * rest of the space (heap, static) is a map. `low` covers [0, lowLimit), `high` [highBase, ∞).
 */
class CellStore {
  private readonly low: (Scalar | undefined)[] = [];
  private readonly high: (Scalar | undefined)[] = [];
  private readonly sparse = new Map<number, Scalar>();

  constructor(
    private readonly lowLimit: number,
    private readonly highBase: number,
  ) {}

  get(addr: number): Scalar | undefined {
    if (addr < this.lowLimit) return this.low[addr];
    if (addr >= this.highBase) return this.high[addr - this.highBase];
    return this.sparse.get(addr);
  }

  has(addr: number): boolean {
    return this.get(addr) !== undefined;
  }

  set(addr: number, value: Scalar): void {
    if (addr < this.lowLimit) this.low[addr] = value;
    else if (addr >= this.highBase) this.high[addr - this.highBase] = value;
    else this.sparse.set(addr, value);
  }

  delete(addr: number): void {
    if (addr < this.lowLimit) {
      if (addr < this.low.length) this.low[addr] = undefined;
    } else if (addr >= this.highBase) {
      const i = addr - this.highBase;
      if (i < this.high.length) this.high[i] = undefined;
    } else this.sparse.delete(addr);
  }
}

export class Memory {
  private readonly cells: CellStore;
  private readonly moved = new Set<number>();
  private readonly allocations = new Map<number, Allocation>();
  /**
   * Drop flags of zero-sized values that need dropping (a unit struct with a `Drop` impl): they
   * have no cells to hold an init state, so it is kept here, by address and type key.
   */
  private readonly zst = new Map<number, Set<string>>();
  private nextId = 1;

  /** `denseBelow` and `denseFrom` bound the stack and scratch regions, which are stored densely. */
  constructor(denseBelow = 2 ** 28, denseFrom = 2 ** 40) {
    this.cells = new CellStore(denseBelow, denseFrom);
  }

  addAllocation(region: Region, base: number, size: number, label: string): Allocation {
    const allocation: Allocation = { id: this.nextId++, region, base, size, label, live: true };
    this.allocations.set(allocation.id, allocation);
    return allocation;
  }

  /** Ends an allocation; its contents are gone and its addresses may be reused. */
  release(allocation: Allocation): void {
    allocation.live = false;
    this.clear(allocation.base, allocation.size);
    this.clearZst(allocation.base, allocation.size);
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
    if (this.moved.size !== 0) this.moved.delete(addr);
  }

  read(addr: number): Raw {
    const value = this.cells.get(addr);
    if (value !== undefined) return value;
    return this.moved.has(addr) ? 'moved' : 'uninit';
  }

  /** Restores what `read` returned. */
  writeRaw(addr: number, raw: Raw): void {
    if (typeof raw === 'string') this.clear(addr, 1, raw);
    else this.write(addr, raw);
  }

  /** Empties `size` units from `addr`, remembering a move so views can tell it from never-written. */
  clear(addr: number, size: number, reason: EmptyReason = 'uninit'): void {
    for (let a = addr; a < addr + size; a++) {
      this.cells.delete(a);
      if (reason === 'moved') this.moved.add(a);
      else if (this.moved.size !== 0) this.moved.delete(a);
    }
  }

  /** Whether any unit in the range holds a value. */
  anyInit(addr: number, size: number): boolean {
    for (let a = addr; a < addr + size; a++) if (this.cells.has(a)) return true;
    return false;
  }

  // ---- drop flags of zero-sized values ------------------------------------------------------

  get hasZstFlags(): boolean {
    return this.zst.size !== 0;
  }

  setZst(addr: number, key: string, init: boolean): void {
    let keys = this.zst.get(addr);
    if (init) {
      if (!keys) this.zst.set(addr, (keys = new Set()));
      keys.add(key);
    } else if (keys) {
      keys.delete(key);
      if (keys.size === 0) this.zst.delete(addr);
    }
  }

  zstInit(addr: number, key: string): boolean {
    return this.zst.get(addr)?.has(key) ?? false;
  }

  /** The flags in `[addr, addr + size]` (inclusive: a trailing zero-sized field sits at the end). */
  zstFlagsIn(addr: number, size: number): [number, string][] {
    const out: [number, string][] = [];
    for (const [a, keys] of this.zst) if (a >= addr && a <= addr + size) for (const k of keys) out.push([a - addr, k]);
    return out;
  }

  clearZst(addr: number, size: number): void {
    if (this.zst.size === 0) return;
    for (const a of [...this.zst.keys()]) if (a >= addr && a < addr + Math.max(size, 1)) this.zst.delete(a);
  }
}
