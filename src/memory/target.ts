import type { Ty } from '../types/ty.js';

export interface Layout {
  readonly size: number;
  readonly align: number;
}

/** Hands out heap addresses; each target (and later each `--allocator`) has its own policy. */
export interface HeapAllocator {
  allocate(size: number, align: number): number;
  free(addr: number, size: number): void;
}

/** What differs between address models; the machine itself is the same for all of them. */
export interface Target {
  readonly name: 'book';
  layout(ty: Ty): Layout;
  /** Where the first frame starts; the stack grows up from there in the book model. */
  readonly stackBase: number;
  /** Where temporaries live: an area the book model has no addresses for, so views hide it. */
  readonly scratchBase: number;
  createHeap(): HeapAllocator;
}
