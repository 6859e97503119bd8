import type { Ty } from '../types/ty.js';

/**
 * Simulated memory: allocations in four regions, holding scalars at addresses.
 * A scalar is stored at its first address and covers `size` units of the target (one cell in the
 * book model, bytes in a byte-addressed model), so the same store serves every target.
 */

export type Scalar =
  /** Integers of every width, `bool` (0/1) and `char` (its code point). */
  | IntScalar
  /** `f32` (already rounded to single precision) and `f64`. */
  | { readonly kind: 'float'; readonly value: number }
  /** A pointer; `alloc` is the provenance: the allocation it was derived from (0: unknown;
   *  `NULL_PROVENANCE`, `ADDRESS_PROVENANCE`).
   *  Under `--unchecked`, a reference also carries the borrow that made it (machine/unchecked.ts). */
  | { readonly kind: 'ptr'; readonly addr: number; readonly alloc: number; readonly tag?: PointerTag }
  /** The metadata half of a `&dyn Trait`: the concrete type behind it. */
  | { readonly kind: 'vtable'; readonly ty: Ty };

/**
 * An integer scalar. Its value is kept as a JS number while it is a safe integer, so that the
 * machine's arithmetic, comparisons and indexes on it are number operations, allocating no
 * `bigint`; beyond 2^53 (a `u64` hash, an `i128`) it is a `bigint`. `value` is the exact value
 * as a `bigint` either way (made on first use), for everything that computes in `bigint`s.
 * Made by `intScalar` or `intFromNumber` only, so that every integer has the one shape.
 */
export class IntScalar {
  readonly kind = 'int' as const;
  /** The value when it is a safe integer; NaN when it is not (then `wide` holds it), so that
   *  arithmetic on it gives NaN, which no range check accepts. */
  readonly num: number;
  private wide: bigint | undefined;

  constructor(num: number, wide: bigint | undefined) {
    this.num = num;
    this.wide = wide;
  }

  get value(): bigint {
    return (this.wide ??= BigInt(this.num));
  }
}

/** The scalars of the integers -128..1023, shared: most values a program computes are small. */
const SMALL_MIN = -128;
const SMALL = Array.from({ length: 1152 }, (_, i) => new IntScalar(i + SMALL_MIN, BigInt(i + SMALL_MIN)));

/** The scalar of a safe integer (`Number.isSafeInteger(n)`; -0 is 0). */
export function intFromNumber(n: number): IntScalar {
  const i = n - SMALL_MIN;
  return i >= 0 && i < SMALL.length ? SMALL[i]! : new IntScalar(n + 0, undefined);
}

export function intScalar(value: bigint): IntScalar {
  if (value >= MIN_SAFE && value <= MAX_SAFE) {
    const n = Number(value);
    const i = n - SMALL_MIN;
    return i >= 0 && i < SMALL.length ? SMALL[i]! : new IntScalar(n, value);
  }
  return new IntScalar(NaN, value);
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The provenance of a null pointer (`ptr::null()`, `0 as *const T`): in the book model,
 *  where address 0 is the stack's first cell, it is what tells null apart. */
export const NULL_PROVENANCE = -1;
/** The provenance of a pointer made from an integer (`addr as *const T`): none of its own; it
 *  may reach whatever memory lives at its address. */
export const ADDRESS_PROVENANCE = -2;

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

/** What a cell of the store holds: a scalar, the mark of a value moved out, or nothing. */
type Cell = Scalar | 'moved' | undefined;

const PAGE_BITS = 6;
const PAGE_SIZE = 1 << PAGE_BITS;
/** The addresses a dense page table covers at most: its offsets stay below 2^31, where `>>`
 *  and `&` are exact. */
const DENSE_SPAN = 2 ** 31;
const PAGE_MASK = PAGE_SIZE - 1;

/** The most cells `CellStore.copy` copies one by one rather than a page at a time. */
const SMALL_COPY = 8;

/** A run of cells. `epoch` says which store may write it in place; any other copies it first. */
interface Page {
  readonly epoch: number;
  readonly cells: Cell[];
}

/** Every store, and every checkpoint of one, gets an epoch of its own. */
let lastEpoch = 0;

/** The cells of a checkpoint: the page tables, whose pages no store writes in place any more. */
export interface CellsCheckpoint {
  readonly low: readonly (Page | undefined)[];
  readonly high: readonly (Page | undefined)[];
  readonly sparse: ReadonlyMap<number, Page>;
}

/**
 * Cells in pages. Two dense page tables (arrays) serve the stack and scratch, where nearly every
 * access goes; the rest of the space (heap, static) is a map of pages. `low` covers
 * [0, lowLimit), `high` [highBase, highBase + DENSE_SPAN) (indices a page table can hold:
 * above, a real-model mmap'd block, is the map's). A checkpoint shares the pages: the store then copies a page
 * before its first write to it, so a checkpoint costs its page tables plus the pages written
 * since the previous one.
 */
class CellStore {
  private low: (Page | undefined)[] = [];
  private high: (Page | undefined)[] = [];
  /** The map's pages written since a restore (null: emptied), over `sparseBase`, the restored
   *  checkpoint's map, which stays shared: a restore costs nothing however large the heap. */
  private sparse = new Map<number, Page | null>();
  private sparseBase: ReadonlyMap<number, Page> | null = null;
  private epoch = ++lastEpoch;
  /** The sparse page used last: heap accesses mostly stay in one page. */
  private lastKey = -1;
  private lastPage: Page | undefined = undefined;
  /** Pages copied or created since the last checkpoint: the writes a replay from it redoes. */
  pagesWritten = 0;
  /** Pages copied (or dropped) since the last checkpoint: the older versions only checkpoints
   *  keep now, what memory checkpoints cost beyond the live memory's. */
  pagesCopied = 0;

  constructor(
    private readonly lowLimit: number,
    private readonly highBase: number,
  ) {
    this.highEnd = highBase + DENSE_SPAN;
  }

  private readonly highEnd: number;

  get(addr: number): Cell {
    if (addr < this.lowLimit) return this.low[addr >> PAGE_BITS]?.cells[addr & PAGE_MASK];
    if (addr >= this.highBase && addr < this.highEnd) {
      const i = addr - this.highBase;
      return this.high[i >> PAGE_BITS]?.cells[i & PAGE_MASK];
    }
    const key = Math.floor(addr / PAGE_SIZE);
    const page = key === this.lastKey ? this.lastPage : this.sparsePage(key);
    return page?.cells[addr - key * PAGE_SIZE];
  }

  set(addr: number, value: Cell): void {
    if (addr < this.lowLimit) this.setDense(this.low, addr, value);
    else if (addr >= this.highBase && addr < this.highEnd) this.setDense(this.high, addr - this.highBase, value);
    else {
      const key = Math.floor(addr / PAGE_SIZE);
      let page = key === this.lastKey ? this.lastPage : this.sparsePage(key);
      if (page === undefined || page.epoch !== this.epoch) {
        if (page === undefined ? value === undefined : page.cells[addr - key * PAGE_SIZE] === value) return;
        page = this.own(page);
        this.sparse.set(key, page);
        this.lastPage = page;
      }
      page.cells[addr - key * PAGE_SIZE] = value;
    }
  }

  /** Sets cell `i` of a dense page table (an offset from the table's first address). */
  private setDense(table: (Page | undefined)[], i: number, value: Cell): void {
    const k = i >> PAGE_BITS;
    let page = table[k];
    if (page === undefined || page.epoch !== this.epoch) {
      if (page === undefined ? value === undefined : page.cells[i & PAGE_MASK] === value) return;
      page = table[k] = this.own(page);
    }
    page.cells[i & PAGE_MASK] = value;
  }

  /** Sets `size` cells from `addr` to `value`, a page at a time. */
  fill(addr: number, size: number, value: Cell): void {
    // A frame's or a local's cells (nearly every fill) lie in one dense table.
    if (addr + size <= this.lowLimit) return this.fillDense(this.low, addr, size, value);
    if (addr >= this.highBase && addr + size <= this.highEnd) return this.fillDense(this.high, addr - this.highBase, size, value);
    const end = addr + size;
    let a = addr;
    while (a < end) {
      const { table, k, index: from } = this.locate(a);
      const to = Math.min(PAGE_SIZE, from + (end - a));
      let page = this.pageAt(table, k);
      if (page !== undefined && value === undefined && from === 0 && to === PAGE_SIZE) {
        // A whole page emptied (a large block freed) is dropped rather than copied.
        this.pagesWritten++;
        if (page.epoch !== this.epoch) this.pagesCopied++;
        if (table) table[k] = undefined;
        else {
          if (this.sparseBase) this.sparse.set(k, null);
          else this.sparse.delete(k);
          this.lastKey = -1;
          this.lastPage = undefined;
        }
      } else if (page !== undefined || value !== undefined) {
        if (page === undefined || page.epoch !== this.epoch) page = this.ownAt(table, k, page);
        const cells = page.cells;
        for (let i = from; i < to; i++) cells[i] = value;
      }
      a += to - from;
    }
  }

  /** `fill` within one dense page table, from its cell `start`. */
  private fillDense(table: (Page | undefined)[], start: number, size: number, value: Cell): void {
    const end = start + size;
    let i = start;
    while (i < end) {
      const k = i >> PAGE_BITS;
      const from = i & PAGE_MASK;
      const to = Math.min(PAGE_SIZE, from + (end - i));
      i += to - from;
      let page = table[k];
      if (page === undefined) {
        if (value === undefined) continue;
        page = table[k] = this.own(undefined);
      } else if (value === undefined && from === 0 && to === PAGE_SIZE) {
        // A whole page emptied (a large block freed) is dropped rather than copied.
        this.pagesWritten++;
        if (page.epoch !== this.epoch) this.pagesCopied++;
        table[k] = undefined;
        continue;
      } else if (page.epoch !== this.epoch) {
        page = table[k] = this.own(page);
      }
      const cells = page.cells;
      for (let j = from; j < to; j++) cells[j] = value;
    }
  }

  /** Copies `size` cells from `from` to `to` (ranges that do not overlap), a page at a time. */
  copy(from: number, to: number, size: number): void {
    // A small value (most copies: a struct of a few fields) a cell at a time, locating nothing.
    if (size <= SMALL_COPY) {
      for (let i = 0; i < size; i++) this.set(to + i, this.get(from + i));
      return;
    }
    let done = 0;
    while (done < size) {
      const src = this.locate(from + done);
      const dst = this.locate(to + done);
      const n = Math.min(size - done, PAGE_SIZE - src.index, PAGE_SIZE - dst.index);
      const srcPage = this.pageAt(src.table, src.k);
      let dstPage = this.pageAt(dst.table, dst.k);
      if (srcPage !== undefined || dstPage !== undefined) {
        // A page shared with a checkpoint is copied before the write; the source, even when it
        // is that same page, is read from the version it had.
        if (dstPage === undefined || dstPage.epoch !== this.epoch) dstPage = this.ownAt(dst.table, dst.k, dstPage);
        const cells = dstPage.cells;
        for (let i = 0; i < n; i++) cells[dst.index + i] = srcPage?.cells[src.index + i];
      }
      done += n;
    }
  }

  /** Where address `a` is kept: its page table (null: the map of pages), the page's key in it,
   *  and its index in the page. */
  private locate(a: number): { readonly table: (Page | undefined)[] | null; readonly k: number; readonly index: number } {
    if (a < this.lowLimit) return { table: this.low, k: a >> PAGE_BITS, index: a & PAGE_MASK };
    if (a >= this.highBase && a < this.highEnd) {
      const i = a - this.highBase;
      return { table: this.high, k: i >> PAGE_BITS, index: i & PAGE_MASK };
    }
    const k = Math.floor(a / PAGE_SIZE);
    return { table: null, k, index: a - k * PAGE_SIZE };
  }

  private pageAt(table: (Page | undefined)[] | null, k: number): Page | undefined {
    return table ? table[k] : k === this.lastKey ? this.lastPage : this.sparsePage(k);
  }

  /** Makes the page at `k` one this store may write, and returns it. */
  private ownAt(table: (Page | undefined)[] | null, k: number, page: Page | undefined): Page {
    const owned = this.own(page);
    if (table) table[k] = owned;
    else {
      this.sparse.set(k, owned);
      this.lastKey = k;
      this.lastPage = owned;
    }
    return owned;
  }

  private sparsePage(key: number): Page | undefined {
    const own = this.sparse.get(key);
    const page = own === null ? undefined : (own ?? this.sparseBase?.get(key));
    this.lastKey = key;
    this.lastPage = page;
    return page;
  }

  /** A page this store may write: a copy of a shared one, or a new one. */
  private own(page: Page | undefined): Page {
    this.pagesWritten++;
    if (page) this.pagesCopied++;
    return { epoch: this.epoch, cells: page ? page.cells.slice() : new Array<Cell>(PAGE_SIZE).fill(undefined) };
  }

  /** Shares every page with the checkpoint returned: from now on the store copies before writing. */
  checkpoint(): CellsCheckpoint {
    this.epoch = ++lastEpoch;
    this.pagesWritten = 0;
    this.pagesCopied = 0;
    return { low: this.low.slice(), high: this.high.slice(), sparse: new Map(this.sparsePages()) };
  }

  /** The map's pages, the restored checkpoint's under those written since (folded into one). */
  private sparsePages(): Map<number, Page> {
    const base = this.sparseBase;
    if (base) {
      const pages = new Map(base);
      for (const [key, page] of this.sparse) {
        if (page) pages.set(key, page);
        else pages.delete(key);
      }
      this.sparse = pages;
      this.sparseBase = null;
    }
    return this.sparse as Map<number, Page>;
  }

  /** The cells as they were at `checkpoint` (which stays as it is). */
  restore(checkpoint: CellsCheckpoint): void {
    this.low = checkpoint.low.slice();
    this.high = checkpoint.high.slice();
    this.sparse = new Map();
    this.sparseBase = checkpoint.sparse;
    this.epoch = ++lastEpoch;
    this.lastKey = -1;
    this.lastPage = undefined;
    this.pagesWritten = 0;
    this.pagesCopied = 0;
  }

  /** How many pages a checkpoint's tables hold. */
  get pageCount(): number {
    return this.low.length + this.high.length + this.sparsePages().size;
  }
}

/** Everything memory holds at a checkpoint, to restore it later. */
export interface MemoryCheckpoint {
  readonly cells: CellsCheckpoint;
  readonly allocations: readonly Allocation[];
  readonly zst: readonly (readonly [number, readonly (readonly [string, number])[]])[];
  readonly nextId: number;
}

export class Memory {
  private readonly cells: CellStore;
  private allocations = new Map<number, Allocation>();
  /**
   * Drop flags of zero-sized values that need dropping (a unit struct with a `Drop` impl): they
   * have no cells to hold an init state, so it is kept here, by address and type key, as a count:
   * two such values of one type may share an address (`let a = Token; let b = Token;`), and
   * being indistinguishable, which of them a drop takes cannot matter, only how many are live.
   */
  private zst = new Map<number, Map<string, number>>();
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
  }

  read(addr: number): Raw {
    return this.cells.get(addr) ?? 'uninit';
  }

  /** Copies `size` units from `from` to `to` as they are (values, moved marks, empty cells):
   *  what `read` then `writeRaw` of each unit does. The ranges must not overlap. */
  copy(from: number, to: number, size: number): void {
    this.cells.copy(from, to, size);
  }

  /** Restores what `read` returned. */
  writeRaw(addr: number, raw: Raw): void {
    this.cells.set(addr, raw === 'uninit' ? undefined : raw);
  }

  /** Empties `size` units from `addr`, remembering a move so views can tell it from never-written. */
  clear(addr: number, size: number, reason: EmptyReason = 'uninit'): void {
    if (size === 1) this.cells.set(addr, reason === 'moved' ? 'moved' : undefined);
    else if (size > 0) this.cells.fill(addr, size, reason === 'moved' ? 'moved' : undefined);
  }

  /** Whether any unit in the range holds a value. */
  anyInit(addr: number, size: number): boolean {
    for (let a = addr; a < addr + size; a++) if (typeof this.cells.get(a) === 'object') return true;
    return false;
  }

  // ---- checkpoints ----------------------------------------------------------------------------

  /** The whole memory now; the cells' pages are shared with the live memory until it writes them. */
  checkpoint(): MemoryCheckpoint {
    return {
      cells: this.cells.checkpoint(),
      allocations: [...this.allocations.values()].map((a) => ({ ...a })),
      zst: [...this.zst].map(([addr, counts]) => [addr, [...counts]] as const),
      nextId: this.nextId,
    };
  }

  /** Puts memory back as it was at `checkpoint` (which stays as it is). */
  restore(checkpoint: MemoryCheckpoint): void {
    this.cells.restore(checkpoint.cells);
    this.allocations = new Map(checkpoint.allocations.map((a) => [a.id, { ...a }]));
    this.zst = new Map(checkpoint.zst.map(([addr, counts]) => [addr, new Map(counts)]));
    this.nextId = checkpoint.nextId;
  }

  /** The cells memory holds, about (its pages'). */
  get cellsHeld(): number {
    return this.cells.pageCount * PAGE_SIZE;
  }

  /** The cells of the pages copied (or created) since the last checkpoint: a measure of the
   *  writes a replay from it would do again, which one step (a `vec![0; n]`) can make large. */
  get cellsWrittenSinceCheckpoint(): number {
    return this.cells.pagesWritten * PAGE_SIZE;
  }

  /** What a checkpoint taken now would hold beyond the live memory, in entries: page-table
   *  slots, the pages copied since the last one (the versions checkpoints alone keep, in cells),
   *  allocations and drop flags. Pages created since then are the live memory's. */
  get checkpointCost(): number {
    return this.cells.pageCount + this.cells.pagesCopied * PAGE_SIZE + this.allocations.size + this.zst.size;
  }

  // ---- drop flags of zero-sized values ------------------------------------------------------

  get hasZstFlags(): boolean {
    return this.zst.size !== 0;
  }

  /** One more live value of type `key` at `addr` (`init`), or one fewer. */
  setZst(addr: number, key: string, init: boolean): void {
    let counts = this.zst.get(addr);
    if (init) {
      if (!counts) this.zst.set(addr, (counts = new Map()));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } else if (counts) {
      const left = (counts.get(key) ?? 0) - 1;
      if (left > 0) counts.set(key, left);
      else counts.delete(key);
      if (counts.size === 0) this.zst.delete(addr);
    }
  }

  zstInit(addr: number, key: string): boolean {
    return this.zst.get(addr)?.has(key) ?? false;
  }


  clearZst(addr: number, size: number): void {
    if (this.zst.size === 0) return;
    for (const a of [...this.zst.keys()]) if (a >= addr && a < addr + Math.max(size, 1)) this.zst.delete(a);
  }
}
