import type { HeapAllocator, HeapStats } from './target.js';

/**
 * The real model's heap policies (`--allocator`), on byte addresses from a base (the program
 * break). Each reports its free chunks and a summary (live bytes, free bytes, largest free block).
 *
 * - `glibc` (the default): glibc 2.3x malloc on x86_64. Chunks have a 16-byte header (the user
 *   pointer is the chunk + 0x10) and a size of max(0x20, request + 8 rounded up to 16); the first
 *   allocation creates the heap with glibc's `tcache_perthread_struct` (a 0x290 chunk) at its start.
 *   A freed chunk of up to 0x410 bytes goes to its size's tcache bin (LIFO, 7 per bin: the last
 *   freed is the first reused); beyond 7, chunks up to 0x80 go to fastbins (LIFO, not coalesced),
 *   larger ones coalesce with free neighbours (or with the top chunk). A request takes its tcache
 *   bin, then a fastbin, then the best-fitting free chunk (split, the rest stays free), then the top
 *   chunk (which grows as `sbrk` would). `realloc` shrinks in place, grows in place into the top
 *   chunk or a free neighbour, and otherwise moves. Requests of 128 KiB or more are `mmap`ed at
 *   0x7fxx… addresses (page-rounded); freeing one raises the mmap threshold to its size, as glibc's
 *   dynamic threshold does.
 * - `first-fit` / `best-fit`: blocks 16-byte aligned and rounded, no headers; the lowest free run
 *   that fits, or the smallest; freed blocks coalesce.
 * - `bump`: every block after the previous one; nothing is ever reused (freed bytes stay holes).
 * - `jemalloc`: jemalloc's size classes (8, 16, 32, 48, 64, 80, … four per doubling); each class has
 *   its own 64 KiB runs of equal slots and a request takes the lowest free slot of its class; large
 *   requests (over 14 KiB) take page-aligned extents. `realloc` within the same class stays in place.
 * - `book`: the book model's policy on bytes: the highest free run first, from the top of a 1 MiB
 *   window above the base, so freed blocks become holes that later blocks reuse.
 */
export type AllocatorName = 'glibc' | 'first-fit' | 'best-fit' | 'bump' | 'jemalloc' | 'book';
export const ALLOCATORS: readonly AllocatorName[] = ['glibc', 'first-fit', 'best-fit', 'bump', 'jemalloc', 'book'];

export function createAllocator(name: AllocatorName, base: number): HeapAllocator {
  switch (name) {
    case 'glibc':
      return new GlibcMalloc(base);
    case 'first-fit':
      return new FreeListAllocator(base, 'first-fit');
    case 'best-fit':
      return new FreeListAllocator(base, 'best-fit');
    case 'bump':
      return new BumpAllocator(base);
    case 'jemalloc':
      return new JemallocLike(base);
    case 'book':
      return new HighestFree(base);
  }
}

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;
const HEAP_LIMIT = 2 ** 32;

interface Chunk {
  addr: number;
  size: number;
}

function summarize(live: number, chunks: Chunk[]): HeapStats {
  const freeChunks = chunks.map((c) => ({ addr: c.addr, size: c.size })).sort((a, b) => a.addr - b.addr);
  return { live, free: freeChunks.reduce((s, c) => s + c.size, 0), largestFree: freeChunks.reduce((m, c) => Math.max(m, c.size), 0), freeChunks };
}

// ---- glibc ------------------------------------------------------------------------------------------

const MINSIZE = 0x20;
const TCACHE_MAX = 0x410;
const TCACHE_COUNT = 7;
const FASTBIN_MAX = 0x80;
const TCACHE_STRUCT = 0x290;
const MMAP_THRESHOLD = 128 * 1024;
const MMAP_THRESHOLD_MAX = 32 * 1024 * 1024;
const MMAP_TOP = 0x7fff_f7ff_0000;
const PAGE = 4096;

export class GlibcMalloc implements HeapAllocator {
  readonly name = 'glibc';
  /** The start of the top chunk (everything from here to the break is unused). */
  private top: number;
  private started = false;
  /** In-use chunks (tcache and fastbin chunks count as in use, as in glibc): chunk address → size. */
  private readonly used = new Map<number, number>();
  /** Requested sizes of live blocks, by user address. */
  private readonly requested = new Map<number, number>();
  private readonly tcache = new Map<number, number[]>();
  private readonly fast = new Map<number, number[]>();
  /** Coalesced free chunks (glibc's unsorted, small and large bins), by chunk address. */
  private readonly free_ = new Map<number, number>();
  private readonly mmapped = new Map<number, number>();
  private mmapTop = MMAP_TOP;
  private mmapThreshold = MMAP_THRESHOLD;

  constructor(private readonly base: number) {
    this.top = base;
  }

  private chunkSize(n: number): number {
    return Math.max(MINSIZE, roundUp(n + 8, 16));
  }

  allocate(n: number, align: number): number {
    if (!this.started) {
      this.started = true;
      this.top = this.base + TCACHE_STRUCT;
    }
    const extra = align > 16 ? align : 0;
    const cs = this.chunkSize(n + extra);
    if (cs >= this.mmapThreshold) {
      const size = roundUp(n + 16 + extra, PAGE);
      this.mmapTop -= size;
      this.mmapped.set(this.mmapTop, size);
      const user = roundUp(this.mmapTop + 16, Math.max(align, 16));
      this.requested.set(user, n);
      return user;
    }
    const chunk = this.takeChunk(cs);
    if (chunk < 0) return -1;
    const user = roundUp(chunk + 16, Math.max(align, 16));
    this.requested.set(user, n);
    return user;
  }

  private takeChunk(cs: number): number {
    const bin = this.tcache.get(cs);
    if (bin && bin.length > 0) return bin.pop()!;
    const fast = this.fast.get(cs);
    if (fast && fast.length > 0) return fast.pop()!;
    // Best fit among the free chunks (lowest address among equals), split; the rest stays free.
    let best = -1;
    let bestSize = Infinity;
    for (const [addr, size] of this.free_) {
      if (size >= cs && (size < bestSize || (size === bestSize && addr < best))) {
        best = addr;
        bestSize = size;
      }
    }
    if (best >= 0) {
      this.free_.delete(best);
      if (bestSize - cs >= MINSIZE) {
        this.free_.set(best + cs, bestSize - cs);
        this.used.set(best, cs);
      } else this.used.set(best, bestSize);
      return best;
    }
    if (this.top + cs - this.base > HEAP_LIMIT) return -1;
    const chunk = this.top;
    this.top += cs;
    this.used.set(chunk, cs);
    return chunk;
  }

  private chunkOf(user: number): number {
    for (const c of [user - 16]) if (this.used.has(c)) return c;
    // An over-aligned block: find the chunk that holds it.
    for (const [c, size] of this.used) if (user > c && user < c + size) return c;
    return -1;
  }

  free(user: number): void {
    this.requested.delete(user);
    const mm = [...this.mmapped].find(([a, size]) => user > a && user < a + size);
    if (mm) {
      this.mmapped.delete(mm[0]);
      if (mm[1] > this.mmapThreshold && mm[1] <= MMAP_THRESHOLD_MAX) this.mmapThreshold = mm[1];
      if (mm[0] === this.mmapTop) this.mmapTop += mm[1];
      return;
    }
    const chunk = this.chunkOf(user);
    if (chunk < 0) return;
    const cs = this.used.get(chunk)!;
    if (cs <= TCACHE_MAX) {
      const bin = this.tcache.get(cs) ?? [];
      this.tcache.set(cs, bin);
      if (bin.length < TCACHE_COUNT) {
        bin.push(chunk);
        return;
      }
    }
    if (cs <= FASTBIN_MAX) {
      const bin = this.fast.get(cs) ?? [];
      this.fast.set(cs, bin);
      bin.push(chunk);
      return;
    }
    this.used.delete(chunk);
    this.release(chunk, cs);
  }

  /** Returns a chunk to the free chunks, coalescing it with free neighbours and the top. */
  private release(chunk: number, cs: number): void {
    let addr = chunk;
    let size = cs;
    for (const [a, s] of this.free_) {
      if (a + s === addr) {
        this.free_.delete(a);
        addr = a;
        size += s;
        break;
      }
    }
    const next = this.free_.get(addr + size);
    if (next !== undefined) {
      this.free_.delete(addr + size);
      size += next;
    }
    if (addr + size === this.top) this.top = addr;
    else this.free_.set(addr, size);
  }

  reallocate(user: number, _oldSize: number, newSize: number, align: number): number {
    if (align > 16 || [...this.mmapped].some(([a, s]) => user > a && user < a + s)) return this.moveBlock(user, newSize, align);
    const chunk = this.chunkOf(user);
    if (chunk < 0) return -1;
    const cs = this.used.get(chunk)!;
    const want = this.chunkSize(newSize);
    if (want <= cs) {
      // Shrink in place; a remainder big enough for a chunk is freed.
      if (cs - want >= MINSIZE) {
        this.used.set(chunk, want);
        this.used.set(chunk + want, cs - want);
        this.free(chunk + want + 16);
      }
      this.requested.set(user, newSize);
      return user;
    }
    const end = chunk + cs;
    if (end === this.top && want < this.mmapThreshold) {
      this.top = chunk + want;
      this.used.set(chunk, want);
      this.requested.set(user, newSize);
      return user;
    }
    const next = this.free_.get(end);
    if (next !== undefined && cs + next >= want) {
      this.free_.delete(end);
      const total = cs + next;
      if (total - want >= MINSIZE) {
        this.used.set(chunk, want);
        this.free_.set(chunk + want, total - want);
      } else this.used.set(chunk, total);
      this.requested.set(user, newSize);
      return user;
    }
    return this.moveBlock(user, newSize, align);
  }

  private moveBlock(user: number, newSize: number, align: number): number {
    const to = this.allocate(newSize, align);
    if (to < 0) return -1;
    this.free(user);
    return to;
  }

  stats(): HeapStats {
    const chunks: Chunk[] = [];
    for (const [size, bin] of this.tcache) for (const addr of bin) chunks.push({ addr, size });
    for (const [size, bin] of this.fast) for (const addr of bin) chunks.push({ addr, size });
    for (const [addr, size] of this.free_) chunks.push({ addr, size });
    return summarize([...this.requested.values()].reduce((s, n) => s + n, 0), chunks);
  }
}

// ---- first fit, best fit ------------------------------------------------------------------------

export class FreeListAllocator implements HeapAllocator {
  readonly name: string;
  private readonly blocks = new Map<number, { size: number; requested: number }>();
  /** Free runs below `end`, by address. */
  private holes: Chunk[] = [];
  private end: number;

  constructor(
    base: number,
    private readonly policy: 'first-fit' | 'best-fit',
  ) {
    this.name = policy;
    this.end = base;
  }

  allocate(n: number, align: number): number {
    const size = roundUp(Math.max(n, 1), 16);
    const a = Math.max(align, 16);
    let pick: Chunk | null = null;
    for (const h of this.holes) {
      const start = roundUp(h.addr, a);
      if (start + size > h.addr + h.size) continue;
      if (this.policy === 'first-fit') {
        pick = h;
        break;
      }
      if (!pick || h.size < pick.size) pick = h;
    }
    let addr: number;
    if (pick) {
      addr = roundUp(pick.addr, a);
      const rest: Chunk[] = [];
      if (addr > pick.addr) rest.push({ addr: pick.addr, size: addr - pick.addr });
      if (addr + size < pick.addr + pick.size) rest.push({ addr: addr + size, size: pick.addr + pick.size - addr - size });
      this.holes.splice(this.holes.indexOf(pick), 1, ...rest);
    } else {
      addr = roundUp(this.end, a);
      if (addr > this.end) this.addHole(this.end, addr - this.end);
      this.end = addr + size;
    }
    this.blocks.set(addr, { size, requested: n });
    return addr;
  }

  private addHole(addr: number, size: number): void {
    this.holes.push({ addr, size });
    this.holes.sort((x, y) => x.addr - y.addr);
    const merged: Chunk[] = [];
    for (const h of this.holes) {
      const last = merged[merged.length - 1];
      if (last && last.addr + last.size === h.addr) last.size += h.size;
      else merged.push({ ...h });
    }
    const last = merged[merged.length - 1];
    if (last && last.addr + last.size === this.end) {
      merged.pop();
      this.end = last.addr;
    }
    this.holes = merged;
  }

  free(addr: number): void {
    const b = this.blocks.get(addr);
    if (!b) return;
    this.blocks.delete(addr);
    this.addHole(addr, b.size);
  }

  stats(): HeapStats {
    return summarize([...this.blocks.values()].reduce((s, b) => s + b.requested, 0), this.holes);
  }
}

// ---- bump -------------------------------------------------------------------------------------------

export class BumpAllocator implements HeapAllocator {
  readonly name = 'bump';
  private next: number;
  private last = -1;
  private readonly blocks = new Map<number, number>();
  private readonly holes: Chunk[] = [];

  constructor(base: number) {
    this.next = base;
  }

  allocate(n: number, align: number): number {
    const addr = roundUp(this.next, Math.max(align, 8));
    this.next = addr + Math.max(n, 1);
    this.blocks.set(addr, n);
    this.last = addr;
    return addr;
  }

  free(addr: number): void {
    const n = this.blocks.get(addr);
    if (n === undefined) return;
    this.blocks.delete(addr);
    this.holes.push({ addr, size: n });
  }

  reallocate(addr: number, _old: number, newSize: number, align: number): number {
    if (addr === this.last) {
      this.next = addr + Math.max(newSize, 1);
      this.blocks.set(addr, newSize);
      return addr;
    }
    const to = this.allocate(newSize, align);
    this.free(addr);
    return to;
  }

  stats(): HeapStats {
    return summarize([...this.blocks.values()].reduce((s, n) => s + n, 0), this.holes);
  }
}

// ---- jemalloc-like --------------------------------------------------------------------------------------

const SMALL_MAX = 14336;
const RUN = 64 * 1024;

/** jemalloc's size classes: 8, then 16 to 128 by 16, then four classes per doubling. */
export function sizeClass(n: number): number {
  if (n <= 8) return 8;
  if (n <= 128) return roundUp(n, 16);
  let group = 128;
  while (n > group * 2) group *= 2;
  return roundUp(n, group / 4);
}

export class JemallocLike implements HeapAllocator {
  readonly name = 'jemalloc';
  private next: number;
  /** Per size class: its runs (base addresses) and which slots are taken. */
  private readonly runs = new Map<number, { base: number; used: Set<number> }[]>();
  private readonly blocks = new Map<number, { cls: number; requested: number }>();
  private readonly largeFree: Chunk[] = [];

  constructor(base: number) {
    this.next = base;
  }

  allocate(n: number, align: number): number {
    const cls = sizeClass(Math.max(n, align, 1));
    if (cls > SMALL_MAX) {
      const size = roundUp(n, PAGE);
      const i = this.largeFree.findIndex((c) => c.size >= size);
      let addr: number;
      if (i >= 0) {
        const c = this.largeFree[i]!;
        addr = c.addr;
        if (c.size > size) this.largeFree.splice(i, 1, { addr: c.addr + size, size: c.size - size });
        else this.largeFree.splice(i, 1);
      } else {
        addr = roundUp(this.next, PAGE);
        this.next = addr + size;
      }
      this.blocks.set(addr, { cls: size, requested: n });
      return addr;
    }
    let runs = this.runs.get(cls);
    if (!runs) this.runs.set(cls, (runs = []));
    const slots = Math.floor(RUN / cls);
    for (const run of runs) {
      if (run.used.size >= slots) continue;
      for (let s = 0; s < slots; s++) {
        if (!run.used.has(s)) {
          run.used.add(s);
          const addr = run.base + s * cls;
          this.blocks.set(addr, { cls, requested: n });
          return addr;
        }
      }
    }
    const base = roundUp(this.next, PAGE);
    this.next = base + RUN;
    runs.push({ base, used: new Set([0]) });
    this.blocks.set(base, { cls, requested: n });
    return base;
  }

  free(addr: number): void {
    const b = this.blocks.get(addr);
    if (!b) return;
    this.blocks.delete(addr);
    if (b.cls > SMALL_MAX) {
      this.largeFree.push({ addr, size: b.cls });
      this.largeFree.sort((x, y) => x.addr - y.addr);
      return;
    }
    for (const run of this.runs.get(b.cls) ?? []) if (addr >= run.base && addr < run.base + RUN) run.used.delete((addr - run.base) / b.cls);
  }

  reallocate(addr: number, _old: number, newSize: number, align: number): number {
    const b = this.blocks.get(addr);
    if (b && b.cls <= SMALL_MAX && sizeClass(Math.max(newSize, align, 1)) === b.cls) {
      b.requested = newSize;
      return addr;
    }
    const to = this.allocate(newSize, align);
    this.free(addr);
    return to;
  }

  stats(): HeapStats {
    const chunks: Chunk[] = [...this.largeFree];
    for (const [cls, runs] of this.runs) {
      const slots = Math.floor(RUN / cls);
      for (const run of runs) {
        // Free slots below the run's highest used one: the holes a view shows.
        const high = Math.max(-1, ...run.used);
        for (let s = 0; s < high; s++) if (!run.used.has(s)) chunks.push({ addr: run.base + s * cls, size: cls });
        void slots;
      }
    }
    return summarize([...this.blocks.values()].reduce((s, b) => s + b.requested, 0), chunks);
  }
}

// ---- the book's policy, in bytes ----------------------------------------------------------------------

const BOOK_WINDOW = 1 << 20;

export class HighestFree implements HeapAllocator {
  readonly name = 'book';
  private readonly blocks: { addr: number; size: number; requested: number }[] = [];
  private readonly top: number;

  constructor(private readonly base: number) {
    this.top = base + BOOK_WINDOW;
  }

  allocate(n: number, align: number): number {
    const size = Math.max(n, 1);
    let top = this.top;
    let i = 0;
    for (; i < this.blocks.length; i++) {
      const block = this.blocks[i]!;
      const addr = Math.floor((top - size) / align) * align;
      if (addr >= block.addr + block.size) break;
      top = block.addr;
    }
    const addr = Math.floor((top - size) / align) * align;
    if (addr < this.base) return -1;
    this.blocks.splice(i, 0, { addr, size, requested: n });
    return addr;
  }

  free(addr: number): void {
    const i = this.blocks.findIndex((b) => b.addr === addr);
    if (i >= 0) this.blocks.splice(i, 1);
  }

  stats(): HeapStats {
    const holes: Chunk[] = [];
    let top = this.top;
    for (const b of this.blocks) {
      if (b.addr + b.size < top) holes.push({ addr: b.addr + b.size, size: top - b.addr - b.size });
      top = b.addr;
    }
    return summarize(
      this.blocks.reduce((s, b) => s + b.requested, 0),
      holes,
    );
  }
}
