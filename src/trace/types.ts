import type { Span } from '../diagnostics/span.js';

/**
 * The trace: what a run did, as plain data (it is also the JSON format, see docs/trace-format.md).
 * Addresses are numbers in the target's address space; views decide how to print them.
 */

export const TRACE_FORMAT_VERSION = 3;

export type CellValue =
  | { readonly kind: 'uninit' }
  | { readonly kind: 'moved' }
  /** Integers, and the length half of a fat pointer. */
  | { readonly kind: 'int'; readonly text: string }
  | { readonly kind: 'bool'; readonly text: string }
  /** `text` as `{:?}` prints it (`2.0`, `NaN`, `inf`). */
  | { readonly kind: 'float'; readonly text: string }
  /** A `char`, or a byte of a string that starts a character: `text` is the character quoted (`'h'`). */
  | { readonly kind: 'char'; readonly text: string }
  /** An enum's tag: the active variant. */
  | { readonly kind: 'variant'; readonly name: string; readonly index: number }
  /** `dangling` (`--unchecked` only): why the pointer may no longer be used. `null`: a raw
   *  pointer that is null (`ptr::null()`; in the book model `to` is then no cell's address). */
  | { readonly kind: 'ptr'; readonly to: number; readonly dangling?: Dangling; readonly null?: true }
  /** The metadata half of a `&dyn Trait`: the type behind it, and (real model) where its vtable is. */
  | { readonly kind: 'vtable'; readonly ty: string; readonly to?: number }
  /** A vtable slot holding a function pointer: the function's name, or null for an empty slot
   *  (`drop_in_place` of a type with nothing to drop). */
  | { readonly kind: 'fn'; readonly name: string | null }
  /** Room an enum keeps for a larger variant than the active one. */
  | { readonly kind: 'unused' }
  /** Real model: padding bytes between or after a struct's fields. */
  | { readonly kind: 'padding' };

/** Why a pointer may no longer be used (`--unchecked`): the heap block it points into was
 *  freed, the frame of the local it points to was popped, that local went out of scope, or a
 *  write to its memory by someone else invalidated it (docs/unchecked.md). */
export type Dangling = 'freed' | 'popped' | 'out of scope' | 'invalidated';

/** Memory a dangling pointer points at (`--unchecked`): a freed heap block, or a local whose
 *  frame was popped or whose scope ended. */
export interface DeadBlock {
  readonly addr: number;
  readonly size: number;
  readonly ty: string;
  /** The local's name (with its function in `fn`); `''` for a heap block. */
  readonly name: string;
  readonly fn?: string;
  readonly reason: Exclude<Dangling, 'invalidated'>;
}

export interface Cell {
  readonly addr: number;
  readonly size: number;
  /** The cell's path from its local or block: `p`, `p.x`, `t.0`, `arr[2]`, `s.len`; for heap and
   *  static blocks relative to the block (`''` for a block of one scalar, `[1]`, `.x`). */
  readonly name: string;
  readonly value: CellValue;
}

export interface LocalSnapshot {
  readonly name: string;
  /** `temp`: a temporary (`trace --temps`), named `_N` after its MIR local, living in scratch memory. */
  readonly kind: 'arg' | 'var' | 'temp';
  /** A temporary's expression, as written in the source. */
  readonly source?: string;
  readonly ty: string;
  readonly addr: number;
  readonly size: number;
  readonly cells: readonly Cell[];
}

export interface FrameSnapshot {
  readonly fn: string;
  /** A frame of a std (prelude) function: its locals live in scratch memory; book views skip it. */
  readonly std?: true;
  readonly locals: readonly LocalSnapshot[];
}

export interface BlockSnapshot {
  readonly addr: number;
  readonly size: number;
  readonly ty: string;
  readonly cells: readonly Cell[];
  /** A windowed snapshot's large block: `cells` are only those in units [addr + from, addr + to)
   *  of the block (a view shows that part, and asks for another to page through it). */
  readonly window?: BlockWindow;
}

/** Units `[from, to)` of a block, relative to its address. */
export interface BlockWindow {
  readonly from: number;
  readonly to: number;
}

export interface HeapBlockSnapshot extends BlockSnapshot {
  /** Given up by `Box::leak`: what points into it is a `'static` reference. */
  readonly leaked?: true;
}

/** Something in static memory: a string literal's bytes, a `static` item, a promoted constant
 *  (`&5`, `&[1, 2]`: a constant borrowed for `'static`), or a `dyn Trait` vtable. */
export interface StaticBlockSnapshot extends BlockSnapshot {
  /** Absent in the snapshots of older traces, which had only literals. */
  readonly kind?: 'literal' | 'static' | 'promoted' | 'vtable';
  /** A literal's text. */
  readonly text?: string;
  /** A static's name, a promoted constant's expression (`[1, 2, 3]`), a vtable's `<Circle as Shape>`. */
  readonly name?: string;
  /** Real model: the section of the binary it is in. */
  readonly section?: '.rodata' | '.data.rel.ro' | '.data' | '.bss';
}

export interface Snapshot {
  /** Outermost frame (main) first. */
  readonly frames: readonly FrameSnapshot[];
  /** Live heap blocks, highest address first. */
  readonly heap: readonly HeapBlockSnapshot[];
  /** Static memory placed so far, highest address first. The machine always sets it; it is
   *  optional only so that snapshots made by hand (an empty picture) need not. */
  readonly statics?: readonly StaticBlockSnapshot[];
  /** Real model: the allocator's free chunks and summary. */
  readonly allocator?: AllocatorSnapshot;
  /** `--unchecked`: the dead memory that dangling pointers point at, highest address first. */
  readonly dead?: readonly DeadBlock[];
  /** A windowed snapshot of a deep stack: the frames left out of `frames`, which sit between
   *  `frames[at - 1]` and `frames[at]`, as runs of consecutive frames of one function. */
  readonly elided?: ElidedFrames;
  /** Once the program spawned a thread: every thread, `main` (id 0) first, in spawn order.
   *  `frames` above stays `main`'s stack; each spawned thread's is its own `frames`. */
  readonly threads?: readonly ThreadSnapshot[];
}

/** A thread at a stop: its name as std's panic messages spell it (`main`, a `Builder::name`, or
 *  `<unnamed>`), its state (`running`, `ready`, ``blocked on `m.lock()` ``, `sleeping`,
 *  `finished`, `panicked`), and for a spawned thread its stack, outermost frame first. */
export interface ThreadSnapshot {
  readonly id: number;
  readonly name: string;
  readonly state: string;
  readonly running: boolean;
  readonly frames: readonly FrameSnapshot[];
  /** A windowed snapshot of a deep spawned stack: its frames left out, as `Snapshot.elided`. */
  readonly elided?: ElidedFrames;
}

export interface ElidedFrames {
  readonly at: number;
  readonly runs: readonly { readonly fn: string; readonly count: number; readonly std?: true }[];
}

/**
 * What of a snapshot to build, so that one stop costs what a view shows rather than the whole
 * memory (a recording's `snapshot(i, window)`; traces keep whole snapshots): the `outerFrames`
 * outermost and `innerFrames` innermost frames of the stack (the rest counted in
 * `Snapshot.elided`), and of each block larger than `blockUnits` units (cells or bytes) only
 * `blockUnits` of them, from the offset `blockOffsets` gives for its address (else its start).
 */
export interface SnapshotWindow {
  readonly outerFrames: number;
  readonly innerFrames: number;
  readonly blockUnits: number;
  readonly blockOffsets?: readonly { readonly addr: number; readonly from: number }[];
}

export interface AllocatorSnapshot {
  /** `glibc`, `first-fit`, `best-fit`, `bump`, `jemalloc` or `book`. */
  readonly name: string;
  /** Bytes in live blocks (as requested), in free chunks the allocator can reuse, and the largest of those. */
  readonly live: number;
  readonly free: number;
  readonly largestFree: number;
  readonly freeChunks: readonly { readonly addr: number; readonly size: number }[];
}

/** `drop`: after a drop the program's code runs; `undefined`: where a `--unchecked` run stopped on
 *  undefined behaviour; `overflow`: the last stop of a run whose next frame did not fit in its
 *  thread's stack (the snapshot shows the stack without it, the caption names it). */
export type StopKind = 'call' | 'return' | 'statement' | 'drop' | 'end' | 'undefined' | 'overflow';
export const STOP_KINDS: readonly StopKind[] = ['call', 'return', 'statement', 'drop', 'end', 'undefined', 'overflow'];

export interface Stop {
  readonly kind: StopKind;
  /** The number of machine steps executed before this stop. */
  readonly step: number;
  readonly caption: string;
  readonly span: Span;
  /** How much of stdout the program had written by then. */
  readonly stdoutLength: number;
  /** `drop` stops: the machine step the drop began at. The events from there to `step` are the
   *  drop's own (its `drop` and `free` events, the calls of `Drop::drop` impls). */
  readonly dropBegan?: number;
  readonly snapshot: Snapshot;
}

/** A stop without its snapshot: what a recorded trace (`Stackheap.record`) keeps of each stop,
 *  rebuilding the snapshot on demand. `depth` is the number of frames on the stack. */
export type StopInfo = Omit<Stop, 'snapshot'> & { readonly depth: number };

export type TraceEvent = { readonly step: number; readonly span: Span } & (
  /** `std` marks calls into (and returns from) std's prelude functions. */
  | { readonly kind: 'call'; readonly fn: string; readonly caller: string; readonly std?: true }
  | { readonly kind: 'return'; readonly fn: string; readonly std?: true }
  | { readonly kind: 'alloc'; readonly addr: number; readonly size: number; readonly ty: string }
  | { readonly kind: 'free'; readonly addr: number; readonly size: number; readonly ty: string }
  /** A block moved to a new address with a new size (a growing or shrinking Vec or String):
   *  the old block is freed, `ty` is the new block's type. */
  | { readonly kind: 'realloc'; readonly from: number; readonly to: number; readonly oldSize: number; readonly newSize: number; readonly ty: string }
  /** `std`: dropped by std's own code (a buffer's elements, an iterator consumed by `extend`),
   *  where `what` is a name of std's, not the program's. */
  | { readonly kind: 'drop'; readonly what: string; readonly ty: string; readonly std?: true }
  | { readonly kind: 'print'; readonly stream: 'stdout' | 'stderr'; readonly text: string }
  /** A thread was spawned (`id` counts from 1; `name` is null for an unnamed one). */
  | { readonly kind: 'spawn'; readonly thread: number; readonly name: string | null }
  /** The scheduler switched threads, and why (`from` and `to` are thread ids, 0 is `main`;
   *  the names as panics spell them, `<unnamed>` for a thread without one; `waitsOn`, for a
   *  thread that blocked, is the program's call it waits in, as written: `m.lock()`). A switch
   *  happens after the stops of its step: the stop at a switch's step is still `from`'s. */
  | { readonly kind: 'switch'; readonly from: number; readonly to: number; readonly fromName: string; readonly toName: string; readonly reason: SwitchReason; readonly waitsOn?: string }
);

/** Why the scheduler switched threads: the running thread's slice of steps ran out, it blocked
 *  (on a lock, a join, a channel), yielded, went to sleep, finished or panicked. */
export type SwitchReason = 'slice' | 'blocked' | 'yield' | 'sleep' | 'finished' | 'panicked';

export type Outcome =
  | { readonly kind: 'returned'; readonly exitCode: 0 }
  | { readonly kind: 'panicked'; readonly exitCode: 101; readonly message: string; readonly location: string }
  | { readonly kind: 'exited'; readonly exitCode: number }
  /** A stackheap limit (steps or memory) ended the run; the real program would have gone on. */
  | { readonly kind: 'limit'; readonly exitCode: 3; readonly message: string; readonly location: string }
  /** A frame did not fit in its thread's stack: the process aborted (SIGABRT, 134). `fn` is the
   *  function whose frame did not fit, called at `location`; `needed`, `free` and `stackSize`
   *  are in the model's units (bytes, or the book's cells). */
  /** A panic that cannot unwind (the checks of a debug build on a raw pointer's dereference:
   *  null, misaligned): std reports it as a panic, then the process aborts (SIGABRT, 134). */
  | { readonly kind: 'aborted'; readonly exitCode: 134; readonly message: string; readonly location: string }
  | { readonly kind: 'overflowed'; readonly exitCode: 134; readonly thread: string; readonly fn: string; readonly needed: number; readonly free: number; readonly stackSize: number; readonly location: string }
  /** The program reached something stackheap refuses to guess (e.g. Unicode case mapping beyond
   *  the tables it has): the run stops there with a located diagnostic, exit 2. */
  | { readonly kind: 'unsupported'; readonly exitCode: 2; readonly message: string; readonly span: Span }
  /** `--unchecked`: the program did something undefined (`message` is the headline, after
   *  `undefined behavior: `); `notes` say where the memory was freed, popped, moved or written. */
  | { readonly kind: 'undefined'; readonly exitCode: 4; readonly ub: UndefinedKind; readonly message: string; readonly span: Span; readonly notes: readonly Note[] };

/** The undefined behaviour a run detects: `--unchecked`'s, and raw pointers' in any run
 *  (docs/unchecked.md). */
export type UndefinedKind =
  | 'use after free'
  | 'popped frame'
  | 'out of scope'
  | 'use after move'
  | 'uninitialized'
  | 'write through shared'
  | 'invalidated'
  /** Raw pointers (in checked runs too): null (`ptr::read` of one), beyond the memory the
   *  pointer was made from, or into no live memory. */
  | 'null pointer'
  | 'out of bounds'
  | 'dangling pointer';

/** A located remark after an error: where the memory was freed, a value moved, ... */
export interface Note {
  readonly kind: 'note' | 'help';
  readonly message: string;
  readonly span: Span;
}

/** Why a heap block outlived the program: given up by `Box::leak` (reachable from a `'static`
 *  reference) or `mem::forget`, or unreachable once its owners were gone (e.g. an Rc cycle). */
export type LeakCause = 'Box::leak' | 'mem::forget' | 'Rc cycle' | 'unreachable';

export interface LeakedBlock {
  readonly addr: number;
  /** rustc's size of the block in bytes (whatever the model). */
  readonly size: number;
  readonly ty: string;
  /** Where the program allocated it. */
  readonly span: Span;
  readonly cause: LeakCause;
}

export interface Trace {
  readonly version: typeof TRACE_FORMAT_VERSION;
  readonly file: string;
  readonly model: 'book' | 'real';
  /** Real model: the heap policy (`--allocator`). */
  readonly allocator?: string;
  /** Run with `--unchecked`: the borrow checker was off, undefined behaviour stops the run. */
  readonly unchecked?: true;
  /** `alloc SIZE ALIGN` / `dealloc SIZE ALIGN` / `realloc OLD NEW ALIGN` lines, when asked for. */
  readonly allocLog?: readonly string[];
  /** The heap blocks still allocated when the program ended (after main returned or a panic
   *  unwound; absent after `process::exit` or a stackheap limit), oldest first. */
  readonly leaks?: readonly LeakedBlock[];
  readonly stops: readonly Stop[];
  readonly events: readonly TraceEvent[];
  readonly stdout: string;
  readonly stderr: string;
  readonly outcome: Outcome;
  readonly steps: number;
}

/** A recorded trace as plain data: the stops without their snapshots (the web page's worker
 *  posts this, and answers for the snapshots one by one). */
export interface TraceSummary extends Omit<Trace, 'stops'> {
  readonly stops: readonly StopInfo[];
}
