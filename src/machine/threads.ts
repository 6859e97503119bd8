import type { Span } from '../diagnostics/span.js';
import type { SwitchReason } from '../trace/types.js';
import type { Frame } from './frame.js';
import type { Scalar } from '../memory/memory.js';
import type { StackRegion } from '../memory/stack.js';

/**
 * Threads and their scheduler. A program without `thread::spawn` never makes one: the machine
 * runs its one stack as before. The first spawn makes the main thread's `Thread` out of the
 * machine's stack, and from then on each thread keeps its own frames, its own stack region and
 * its own scratch region; the machine's `frames`, `stackTop` and `scratchTop` are the running
 * thread's, swapped at a switch.
 *
 * The scheduler is deterministic: round-robin, a thread runs a slice of `SLICE_STEPS` steps (it
 * is switched out at the first block boundary in the program's own code after that, never
 * inside std's functions, which is what makes std's atomics and locks atomic) or until it
 * blocks, yields, sleeps or ends. `--seed N` (N > 0) draws each slice's length and the next
 * thread from a PRNG seeded with N, so that other interleavings can be explored; the same
 * program and seed always give the same run.
 */

/** Steps a thread runs before the scheduler moves on (seed 0). */
export const SLICE_STEPS = 100;

/** What a thread is doing. `blocked` says on what (`key`) and how the program asked for it
 *  (`what`: the call's source text, `m.lock()`). */
export type ThreadStatus =
  | { readonly kind: 'runnable' }
  | { readonly kind: 'blocked'; readonly key: string; readonly what: string; readonly span: Span; readonly order: number }
  | { readonly kind: 'sleeping'; readonly until: bigint; readonly span: Span }
  | { readonly kind: 'finished'; readonly panicked: boolean };

export interface Thread {
  /** 0 is `main`; spawned threads count from 1 in spawn order. */
  readonly id: number;
  /** `main`, a `Builder::name`, or null (`<unnamed>`). */
  readonly name: string | null;
  frames: Frame[];
  /** The thread's own stack region (memory/stack.ts). */
  readonly stack: StackRegion;
  scratchTop: number;
  /** Where the thread's scratch region (its temporaries, std's frames) starts. */
  readonly scratchBase: number;
  status: ThreadStatus;
  /** The pointer std gave for the thread's `Thread` (what `thread::current()` clones); null for
   *  `main`, whose `Thread` std keeps in a static. */
  readonly handle: Scalar | null;
  /** Where the thread's `Packet` is (its result goes there); -1 for `main`. */
  readonly packet: number;
  /** What the thread panicked with, once it did: its `join` payload. */
  panicMessage: string | null;
  /** Whether `join` took the thread's result (a scope panics for a panicked thread not joined). */
  joined: boolean;
  /** Whether the thread's own code started: std's thread start (native code in rustc's binary,
   *  a few hundred steps of std's functions here) does not use up the thread's first slice. */
  started: boolean;
}


/** A thread's name as std's panic message and the views spell it. */
export function threadLabel(thread: Pick<Thread, 'name'>): string {
  return thread.name ?? '<unnamed>';
}

/** How a thread's state reads in the views: `running`, `blocked on m.lock()`, `finished`. */
export function statusLabel(thread: Thread, running: boolean): string {
  const s = thread.status;
  switch (s.kind) {
    case 'runnable':
      return running ? 'running' : 'ready';
    case 'blocked':
      return `blocked on \`${s.what}\``;
    case 'sleeping':
      return 'sleeping';
    case 'finished':
      return s.panicked ? 'panicked' : 'finished';
  }
}

/** A small deterministic PRNG (mulberry32): the seed's interleaving, the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every live thread is blocked: the binary would hang. */
export class Deadlock {
  constructor(
    readonly message: string,
    readonly span: Span,
  ) {}
}

export class Scheduler {
  readonly threads: Thread[] = [];
  current: Thread;
  /** Virtual time in nanoseconds: `thread::sleep` advances it when every thread waits. */
  now = 0n;
  /** The step count at which the running thread's slice ends. */
  sliceEnd: number;
  /** How many times a thread blocked: a waiter's place in the queue `notifyOne` wakes from. */
  private blocks = 0;
  /** Set by a yield, block or sleep in the step just run: switch now. */
  switchRequested: SwitchReason | null = null;
  /** Whether the default panic hook printed its backtrace note already (it does so once). */
  panicNoted = false;
  private readonly random: (() => number) | null;

  constructor(
    main: Thread,
    readonly seed: number,
    steps: number,
  ) {
    this.threads.push(main);
    this.current = main;
    this.random = seed > 0 ? prng(seed) : null;
    this.sliceEnd = steps + this.sliceLength();
  }

  private sliceLength(): number {
    return this.random === null ? SLICE_STEPS : 1 + Math.floor(this.random() * 2 * SLICE_STEPS);
  }

  thread(id: number): Thread | undefined {
    return this.threads[id];
  }

  add(thread: Thread): void {
    this.threads.push(thread);
  }

  /** Marks the running thread blocked on `key` and asks for a switch. */
  block(key: string, what: string, span: Span): void {
    this.current.status = { kind: 'blocked', key, what, span, order: this.blocks++ };
    this.switchRequested = 'blocked';
  }

  sleep(nanos: bigint, span: Span): void {
    this.current.status = { kind: 'sleeping', until: this.now + nanos, span };
    this.switchRequested = 'sleep';
  }

  /** Every thread blocked on `key` may go on (it tries again what it waited for). */
  notify(key: string): void {
    for (const t of this.threads) if (t.status.kind === 'blocked' && t.status.key === key) t.status = { kind: 'runnable' };
  }

  /** The thread blocked longest on `key` may go on (a futex wakes its waiters in turn). */
  notifyOne(key: string): void {
    let first: Thread | null = null;
    for (const t of this.threads) {
      if (t.status.kind !== 'blocked' || t.status.key !== key) continue;
      if (first === null || t.status.order < (first.status as { order: number }).order) first = t;
    }
    if (first !== null) first.status = { kind: 'runnable' };
  }

  /** Whether the running thread should give way now, after a step that left `inStd` on top. */
  shouldSwitch(steps: number, inStd: boolean): boolean {
    return this.switchRequested !== null || (steps >= this.sliceEnd && !inStd);
  }

  /**
   * The next thread to run, round-robin from the running one (or drawn by the seed), waking
   * sleepers in virtual time when nothing else can run; a `Deadlock` when every live thread
   * is blocked. The running thread itself may be chosen again.
   */
  next(): Thread {
    for (;;) {
      const ready = this.readyInOrder();
      if (ready.length > 0) return this.random === null ? ready[0]! : ready[Math.floor(this.random() * ready.length)]!;
      const sleepers = this.threads.filter((t) => t.status.kind === 'sleeping');
      if (sleepers.length === 0) throw this.deadlock();
      // Nothing can run until the first sleeper wakes: virtual time jumps there.
      const until = sleepers.reduce((min, t) => (t.status.kind === 'sleeping' && t.status.until < min ? t.status.until : min), (sleepers[0]!.status as { until: bigint }).until);
      this.now = until;
      for (const t of sleepers) if (t.status.kind === 'sleeping' && t.status.until <= until) t.status = { kind: 'runnable' };
    }
  }

  /** The runnable threads, starting after the running one and ending with it. */
  private readyInOrder(): Thread[] {
    const n = this.threads.length;
    const start = this.current.id;
    const ready: Thread[] = [];
    for (let k = 1; k <= n; k++) {
      const t = this.threads[(start + k) % n]!;
      if (t.status.kind === 'runnable') ready.push(t);
    }
    return ready;
  }

  /** The running thread reached its own code: its slice starts now. */
  restartSlice(steps: number): void {
    this.current.started = true;
    this.sliceEnd = steps + this.sliceLength();
  }

  startSlice(steps: number): void {
    this.sliceEnd = steps + this.sliceLength();
    this.switchRequested = null;
  }

  private deadlock(): Deadlock {
    const waiting = this.threads.filter((t) => t.status.kind === 'blocked');
    const parts = waiting.map((t) => `thread '${threadLabel(t)}' waits on \`${(t.status as { what: string }).what}\``);
    const main = this.threads[0]!;
    const at = main.status.kind === 'blocked' ? main.status : (waiting[0]!.status as { span: Span });
    return new Deadlock(`deadlock: every thread is blocked (${parts.join(', ')}); rustc's binary would hang here`, at.span);
  }
}
