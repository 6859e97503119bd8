/**
 * A thread's stack: a region of fixed size that frames are pushed onto and popped from, at
 * addresses of its own. The main thread's stack is one today; each spawned thread gets another
 * from its target (`Target.threadStack`), at an address no other stack uses.
 *
 * A frame has two sizes. Its *shown* size is what it occupies at the region's addresses (the
 * parameters and named locals views show, and the real model's return link); its *cost* is
 * what it takes from the region's size, which may be more: the target's model of what a
 * rustc debug build's frame holds (`Target.frameCost`). A frame whose cost does not fit in what
 * is left is a stack overflow; since every frame's cost is at least its shown size, the shown
 * part of every frame that fits lies inside the region.
 */

/** Where a stack is and how large it is, in the target's units (bytes, or the book's cells). */
export interface StackSpec {
  /** Where the first frame starts: the region's highest address (plus one) when it grows down,
   *  its lowest when it grows up. */
  readonly base: number;
  /** The units frames may take, `reserved` included. */
  readonly size: number;
  readonly growsDown: boolean;
  /** Units taken before the first frame: on Linux, `main`'s stack already holds the
   *  environment, the auxiliary vector and std's frames below `main` when `main` starts. */
  readonly reserved: number;
  /** A guard region past the limit (a page of a thread stack mmap'ed by glibc, or Linux's gap
   *  below the main stack) that no frame may reach: touching it is the overflow. */
  readonly guard: number;
}

/** Where a stack's frames are now: what a checkpoint keeps of it. */
export interface StackState {
  readonly top: number;
  readonly used: number;
}

export class StackRegion {
  /** Where the next frame's shown part starts (below it when the stack grows down). */
  top: number;
  /** Units the frames (and `reserved`) take from `spec.size`. */
  used: number;

  constructor(readonly spec: StackSpec) {
    this.top = spec.base;
    this.used = spec.reserved;
  }

  /** The address past which no frame may lie: the lowest address of a stack growing down, one
   *  past the highest of one growing up. The guard region lies beyond it. */
  get limit(): number {
    return this.spec.growsDown ? this.spec.base - this.spec.size : this.spec.base + this.spec.size;
  }

  /** Units still free for frames. */
  get free(): number {
    return this.spec.size - this.used;
  }

  fits(cost: number): boolean {
    return cost <= this.free;
  }

  /** Places a frame shown as `shown` units that costs `cost` (at least `shown`) and returns
   *  the lowest address of its shown part; null when it does not fit (a stack overflow), the
   *  region unchanged. */
  push(shown: number, cost: number): number | null {
    if (!this.fits(cost)) return null;
    this.used += cost;
    if (this.spec.growsDown) {
      this.top -= shown;
      return this.top;
    }
    const base = this.top;
    this.top += shown;
    return base;
  }

  /** Removes the top frame, placed at `base` by `push(shown, cost)`. */
  pop(base: number, shown: number, cost: number): void {
    this.used -= cost;
    this.top = this.spec.growsDown ? base + shown : base;
  }

  save(): StackState {
    return { top: this.top, used: this.used };
  }

  restore(state: StackState): void {
    this.top = state.top;
    this.used = state.used;
  }
}
