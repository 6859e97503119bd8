import { shownName } from '../diagnostics/names.js';
import { Diagnostic, unsupported } from '../diagnostics/diagnostic.js';
import { displayColumn, type SourceFile, type Span } from '../diagnostics/span.js';
import { MissingImpl, type Body, type Instance, type LocalId, type MirProgram, type Operand, type Place, type RuntimeTrait, type Rvalue, type Statement, type Terminator } from '../mir/ir.js';
import { Memory, type Allocation, type Raw, type Scalar } from '../memory/memory.js';
import { isUnsized, unsizedValueLayout, type HeapAllocator, type Layout, type Target } from '../memory/target.js';
import { panicCaption, threadStartCaption } from '../trace/captions.js';
import type { Recorder } from '../trace/recorder.js';
import type { LeakCause, LeakedBlock, Outcome, Snapshot, SnapshotWindow, StopKind } from '../trace/types.js';
import { leakReport } from './leaks.js';
import { FunctionPointers, type PointedFunction } from './fn-pointers.js';
import { showTy, typeKey, variantFields, wrapInt, type Ty, knownLen } from '../types/ty.js';
import { refuseRetypingCast } from './raw-pointers.js';
import { dropStep, dropValue } from './drop.js';
import { formatValue, panicMessage, printToSink, type FormatterState } from './format-values.js';
import { callIntrinsic, INTRINSICS } from './intrinsics.js';
import { intrinsicName } from './intrinsic-call.js';
import { describePlace, dropName, placeType, resolvePlace, type PlaceRef } from './places.js';
import { pointerFromAddress, rawFromReference } from './raw-pointers.js';
import { AbortingPanic, Exit, FormatError, Panic, RUSTC_LIBRARY, StackOverflow, StepLimit } from './signals.js';
import { StackRegion } from '../memory/stack.js';
import { DEFAULT_MAX_MEMORY } from './limits.js';
import { takeSnapshot } from './snapshot.js';
import { restoreCheckpoint, saveCheckpoint, type MachineCheckpoint } from './checkpoint.js';
import { StaticMemory, vtableEntries } from './statics.js';
import { isPromotedBorrow, promotableTemps } from '../mir/promote.js';
import { asInt, binaryFloat, binaryInt, binaryPtr, boolScalar, floatScalar, floatToInt, intScalar, intToFloat, fatValue, asNumber } from './values.js';
import { stringWriter } from './vec.js';
import { readVariant, writeVariant } from '../memory/tags.js';
import { realLayout } from '../memory/real.js';
import { Unchecked, UndefinedBehavior } from './unchecked.js';
import { localAddr, type BodyInfo, type Cells, type CompiledBlock, type Frame, type Value, type ZstSlot } from './frame.js';
import { compileBody } from './compile.js';
import { Deadlock, threadLabel, type Scheduler } from './threads.js';
import { afterThreadStep, threadEnded, threadsMemoryInUse } from './thread-ops.js';

export type { BodyInfo, Cells, Frame, Value } from './frame.js';

export { DEFAULT_MAX_MEMORY, DEFAULT_MAX_STEPS, RUN_MAX_MEMORY, RUN_MAX_STEPS } from './limits.js';

export interface MachineOptions {
  /** The run stops once this many statements and terminators have executed. */
  readonly maxSteps: number;
  /** The main thread's stack size in the model's units; the target's default without it. */
  readonly stackSize?: number;
  /** The most memory the program's stacks and heap may hold at once, in the model's units (so a
   *  huge local array or heap block ends the run with a limit, not the host out of memory). */
  readonly maxMemory?: number;
  /** Record the heap events of `main` in real bytes (`stackheap run --alloc-log`). */
  readonly allocLog?: boolean;
  /** Stop at undefined behaviour of a program the borrow checker did not check (`--unchecked`). */
  readonly unchecked?: boolean;
  /** Snapshots include the temporaries of the program's frames that hold a value (`trace --temps`). */
  readonly temps?: boolean;
  /** Receives checkpoints of the machine's state, for a trace rebuilt by replay. */
  readonly checkpoints?: CheckpointSink;
  /** The scheduler's seed (`--seed N`): 0 (the default) is plain round-robin; another number
   *  draws slice lengths and the next thread from it, for other interleavings. */
  readonly seed?: number;
}

/** Where checkpoints go: `save` keeps one and says after how much more work the next is due
 *  (steps, plus the cells of the memory pages written meanwhile). */
export interface CheckpointSink {
  save(checkpoint: MachineCheckpoint): number;
}

/** The page below static memory holds the functions that function pointers point to. */
const CODE_PAGE = 0x1000;

/** Bytes a real frame keeps above its locals: the return address and the saved frame pointer. */
export const FRAME_LINK_BYTES = 16;

export interface HeapBlock {
  readonly allocation: Allocation;
  readonly ty: Ty;
  /** The buffer of a `String`: views show its bytes as the characters they encode. */
  utf8: boolean;
  /** The block's size and alignment in real bytes (rustc's layout, whatever the model). */
  readonly realSize?: number;
  readonly realAlign?: number;
  /** Where the program allocated it (kept across reallocations). */
  readonly site: Span;
  /** Set when `Box::leak` or `mem::forget` gave up the block's ownership. */
  keptBy?: Exclude<LeakCause, 'unreachable'>;
  /** A block holding an unsized value (`RcInner<str>`): its tail's length, which the pointers to
   *  it carry and views need to show it. */
  readonly tailLen?: number;
}

/** A heap block a drop freed: its address and rustc's size in bytes (whatever the model). */
export interface FreedBlock {
  readonly addr: number;
  readonly size: number;
}

export class Machine {
  /** @internal The state below is shared with the machine's helper modules. */
  readonly memory: Memory;
  heap: HeapAllocator;
  readonly heapBlocks = new Map<number, HeapBlock>();
  readonly statics: StaticMemory;
  /** Where the function pointers the program made point (`fn(i32) -> i32` values). */
  readonly fnPointers: FunctionPointers;
  /** The running thread's frames (the only stack, until a thread is spawned). */
  frames: Frame[] = [];
  /** The threads and their scheduler, from the first `thread::spawn` on (machine/threads.ts). */
  threads: Scheduler | null = null;
  /** Whether the program has dereferenced a raw pointer: then a read of memory holding no value
   *  is undefined behaviour, not stackheap's bug (`readScalar`). */
  rawDerefs = false;
  readonly formatters = new Map<number, FormatterState>();
  /** What drop events call the values whose `Drop` impls are running, by address (a Vec's
   *  elements are named after it: `v[0]`). */
  readonly dropNames = new Map<number, string>();
  readonly implCache = new Map<RuntimeTrait, WeakMap<Ty, Instance | null>>();
  /** The blocks freed since the outermost drop that `collectFrees` watches began. */
  private readonly freed: FreedBlock[] = [];
  private collectingFrees = 0;
  nextFormatterId = 1;
  /** Whether the running thread is unwinding a panic (`thread::panicking()`). */
  unwinding = false;
  /** Functions the machine is running to completion itself (`callNested`): no thread may block inside one. */
  nestedCalls = 0;
  /** The running thread's stack. */
  stack: StackRegion;
  scratchTop: number;
  /** Where `main`'s return value goes. */
  mainSlot = 0;
  steps = 0;
  /** When the next checkpoint is due: the steps run plus the cells written since the last. */
  private nextCheckpoint: number;
  /** `alloc SIZE ALIGN`, `dealloc SIZE ALIGN`, `realloc OLD NEW ALIGN` lines while `main` runs. */
  allocLog: string[] | null = null;
  private logging = true;
  /** The heap blocks whose `alloc` is in the log: only their `realloc` and `dealloc` are logged,
   *  as the oracle's allocator tracks them (a block std allocates with its `System` allocator, or
   *  one allocated while its thread panicked, is freed unseen). */
  private readonly loggedBlocks = new Set<number>();
  /** Above 0 while std allocates with its `System` allocator (a thread's `Thread`), which the
   *  program's global allocator never sees. */
  systemAllocs = 0;
  private entryInfo: BodyInfo | null = null;
  stdout = '';
  stderr = '';
  /** The print statements formatting now (outermost first), with what each wrote since its last flush. */
  private readonly openPrints: { readonly stream: 'stdout' | 'stderr'; readonly span: Span; text: string }[] = [];
  private readonly bodies = new Map<string, BodyInfo>();
  private readonly bodyByInstance = new WeakMap<Instance, BodyInfo>();
  private readonly copyCache = new WeakMap<Ty, boolean>();
  private readonly dropCache = new WeakMap<Ty, boolean>();
  private readonly zstSlotCache = new WeakMap<Ty, readonly ZstSlot[]>();
  private readonly constCache = new WeakMap<object, Value>();
  private lines: string[] | null = null;
  /** The units of the live heap blocks (for the memory budget). */
  private heapUnits = 0;
  /** Statement stops' captions, by span: one string per statement, however often it runs. */
  private readonly statementCaptions = new Map<Span, string>();
  /** `--unchecked`'s checks; null otherwise, so that a checked run does none of them. */
  readonly ub: Unchecked | null;

  constructor(
    readonly program: MirProgram,
    readonly target: Target,
    readonly file: SourceFile,
    readonly recorder: Recorder,
    readonly options: MachineOptions,
  ) {
    this.memory = new Memory(target.denseBelow ?? target.staticBase, target.scratchBase);
    if (options.allocLog) this.allocLog = [];
    this.heap = target.createHeap();
    this.stack = new StackRegion(target.mainStack(options.stackSize));
    this.scratchTop = target.scratchBase;
    this.statics = new StaticMemory(this.memory, target);
    this.fnPointers = new FunctionPointers(target.staticBase - CODE_PAGE);
    this.ub = options.unchecked ? new Unchecked(this) : null;
    this.nextCheckpoint = options.checkpoints ? 0 : Infinity;
  }

  /** Runs the program from its start, or from a checkpoint of a run of the same program. */
  run(from?: MachineCheckpoint): { outcome: Outcome; stdout: string; stderr: string; steps: number; leaks?: LeakedBlock[] } {
    const outcome = this.execute(from);
    // Leaks mean something once every owner is gone: after main returned, or a panic unwound.
    const ended = outcome.kind === 'returned' || outcome.kind === 'panicked';
    return { outcome, stdout: this.stdout, stderr: this.stderr, steps: this.steps, ...(ended ? { leaks: leakReport(this) } : {}) };
  }

  private execute(from: MachineCheckpoint | undefined): Outcome {
    const entry = this.bodyInfo(this.program.entry);
    this.entryInfo = entry;
    try {
      const retTy = entry.tys[0]!;
      if (from) restoreCheckpoint(this, from);
      else {
        // A binary's statics exist before main runs.
        this.statics.placeItems(this);
        this.mainSlot = this.allocScratch(this.layout(retTy).size);
        this.pushFrame(entry, [], this.mainSlot, retTy, null, entry.body.span);
      }
      if (this.options.checkpoints === undefined) {
        while (this.frames.length > 0) {
          this.stepBlock();
          // A spawned thread makes the machine's loop the scheduler's (machine/thread-ops.ts).
          if (this.threads !== null) return this.runThreads(retTy);
        }
      } else {
        while (this.frames.length > 0) {
          // Work since the last checkpoint: steps, and the cells of pages written (one step may
          // write a million), so that a replay from a checkpoint stays short.
          if (this.steps + this.memory.cellsWrittenSinceCheckpoint >= this.nextCheckpoint) this.checkpoint();
          this.stepBlock();
          if (this.threads !== null) return this.runThreads(retTy);
        }
      }
      const outcome = this.mainResult(this.mainSlot, retTy);
      this.recordStop('end', 'the program ends', entry.body.span);
      return outcome;
    } catch (signal) {
      if (signal instanceof Panic) {
        const location = this.reportPanic(signal);
        // The program ends here: its last picture is the stack that panicked, before unwinding.
        this.recordStop('end', panicCaption(location, signal.message), signal.span);
        const limit = this.unwind();
        if (limit) return limit;
        return { kind: 'panicked', exitCode: 101, message: signal.message, location };
      }
      if (signal instanceof AbortingPanic) {
        const location = this.reportPanic(signal);
        this.stderr += 'thread caused non-unwinding panic. aborting.\n';
        this.recordStop('end', panicCaption(location, signal.message), signal.span);
        return { kind: 'aborted', exitCode: 134, message: signal.message, location };
      }
      if (signal instanceof Exit) return { kind: 'exited', exitCode: signal.code };
      if (signal instanceof StepLimit) return this.limitOutcome(signal);
      if (signal instanceof StackOverflow) return this.overflowOutcome(signal);
      if (signal instanceof Deadlock) return this.deadlockOutcome(signal);
      // Drop glue, Drop impls and formatters run as nested calls of the host: a program that
      // recurses through them (a `drop` that drops another value of its type, a long list of
      // boxes) may exhaust the host's stack long before its own stack overflows.
      if (signal instanceof RangeError && /call stack/i.test(signal.message)) return this.limitOutcome(new StepLimit('the host ran out of stack for nested drops and formatting (recursion through a Drop or Display impl)'));
      if (signal instanceof Diagnostic && signal.kind === 'unsupported') return { kind: 'unsupported', exitCode: 2, message: signal.headline, span: signal.span };
      if (signal instanceof UndefinedBehavior) return this.undefinedOutcome(signal);
      throw signal;
    }
  }

  /** The loop once a thread was spawned: after each step, the scheduler's turn
   *  (machine/thread-ops.ts). Threaded runs take no checkpoints. */
  private runThreads(retTy: Ty): Outcome {
    const threads = this.threads!;
    for (;;) {
      if (this.frames.length === 0) {
        // `main` returning ends the process, whatever other threads are doing.
        if (threads.current.id === 0) break;
        threadEnded(this, false);
        continue;
      }
      try {
        this.stepBlock();
      } catch (signal) {
        if (!(signal instanceof Panic) || threads.current.id === 0) throw signal;
        // A spawned thread's panic ends that thread only: it unwinds, and `join` sees it.
        // The oracle's log is off while a thread panics (`thread::panicking()` is per thread),
        // and on again once std's thread start catches the panic.
        const logging = this.logging;
        threads.current.panicMessage = signal.message;
        this.reportPanic(signal);
        const stop = this.unwind(logging);
        if (stop) return stop;
        this.logging = logging;
        threadEnded(this, true);
        continue;
      }
      afterThreadStep(this);
    }
    const outcome = this.mainResult(this.mainSlot, retTy);
    this.recordStop('end', 'the program ends', this.entryInfo!.body.span);
    return outcome;
  }

  /** std's default panic hook: `thread 'NAME' (ID) panicked at FILE:LINE:COL:`, the message,
   *  and the backtrace note after the process's first panic only. Returns the location. */
  private reportPanic(signal: Panic | AbortingPanic): string {
    // The allocation log ends at a panic (the oracle's panic hook turns logging off).
    this.logging = false;
    const location = (signal instanceof Panic ? signal.location : null) ?? `${this.file.path}:${signal.span.line}:${displayColumn(this.file.text, signal.span)}`;
    const thread = this.threads?.current;
    // The thread id is the OS's and differs on every run; stackheap's main thread is 1.
    this.stderr += `\nthread '${thread ? threadLabel(thread) : 'main'}' (${thread ? thread.id + 1 : 1}) panicked at ${location}:\n${signal.message}\n`;
    if (this.threads === null || !this.threads.panicNoted) this.stderr += 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';
    if (this.threads !== null) this.threads.panicNoted = true;
    return location;
  }

  /** Every thread blocked: the run stops where `main` (or the first blocked thread) waits. */
  private deadlockOutcome(signal: Deadlock): Outcome {
    const span = signal.span;
    this.recordStop('end', signal.message, span);
    return { kind: 'limit', exitCode: 3, message: signal.message, location: `${this.file.path}:${span.line}:${displayColumn(this.file.text, span)}` };
  }

  /** Between two steps of `main`'s loop: hands the sink a checkpoint when one can be taken. */
  private checkpoint(): void {
    // Threads' stacks are not part of a checkpoint: a threaded run replays from before its first spawn.
    if (this.threads !== null) return;
    const checkpoint = saveCheckpoint(this);
    if (checkpoint) this.nextCheckpoint = this.steps + this.options.checkpoints!.save(checkpoint);
  }

  /** The run stops where the behaviour is undefined: no (more) unwinding, memory as it is. */
  private undefinedOutcome(signal: UndefinedBehavior): Outcome {
    this.recordStop('undefined', `undefined behavior: ${signal.message}`, signal.span);
    return { kind: 'undefined', exitCode: 4, ub: signal.ub, message: signal.message, span: signal.span, notes: signal.notes };
  }

  /** A frame did not fit in its stack: std's SIGSEGV handler reports it and aborts the process
   *  (SIGABRT, which a shell reports as 134), with no unwinding. The last stop shows the stack
   *  as it was, with the call whose frame did not fit. */
  private overflowOutcome(signal: StackOverflow): Outcome {
    const running = this.threads?.current;
    const thread = running ? threadLabel(running) : 'main';
    this.logging = false;
    this.stderr += `\nthread '${thread}' (${running ? running.id + 1 : 1}) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n`;
    const span = this.programSpan(signal.span);
    const units = this.target.stackGrowsDown ? 'bytes' : 'cells';
    this.recordStop('overflow', `stack overflow: the frame of ${signal.fn}() needs ${signal.needed} ${units}; ${signal.free} of the stack's ${this.stack.spec.size} are left`, span);
    return { kind: 'overflowed', exitCode: 134, thread, fn: signal.fn, needed: signal.needed, free: signal.free, stackSize: this.stack.spec.size, location: `${this.file.path}:${span.line}:${span.col}` };
  }

  /** A limit is located at the program's own code: at its call into std if std was running. */
  private limitOutcome(signal: StepLimit): Outcome {
    const span = this.programSpan(this.currentSpan());
    return { kind: 'limit', exitCode: 3, message: signal.message, location: `${this.file.path}:${span.line}:${span.col}` };
  }

  /** `main` returning `Err(e)` prints `Error: {e:?}` and exits with 1, as std's `Termination`. */
  private mainResult(slot: number, ty: Ty): Outcome {
    let outcome: Outcome = { kind: 'returned', exitCode: 0 };
    const span = this.bodyInfo(this.program.entry).body.span;
    if (ty.k === 'adt' && ty.def.kind === 'enum' && ty.def.name === 'Result') {
      const layout = this.layout(ty);
      const tag = readVariant(this.memory, slot, layout);
      if (ty.def.variants[tag]?.name === 'Err') {
        const field = layout.variants[tag]!.fields[0]!;
        let text: string;
        try {
          text = formatValue(this, { addr: slot + field.offset, ty: field.ty, len: -1, dyn: null, variant: -1 }, DEBUG_SPEC, span);
        } catch (signal) {
          // std panics after `main` has returned: a panic with no frame to unwind.
          if (signal instanceof FormatError) throw unsupported('a `Debug` impl that fails on the error `main` returned', span);
          throw signal;
        }
        this.stderr += `Error: ${text}\n`;
        outcome = { kind: 'exited', exitCode: 1 };
      }
    }
    // `Termination::report` consumes the value: it is dropped once reported.
    if (this.needsDrop(ty)) dropValue(this, { addr: slot, ty, len: -1, dyn: null, variant: -1 }, 'the value main returned', span, false);
    return outcome;
  }

  /** A panic unwinds: every frame drops its initialised locals in its body's unwinding order. */
  private unwind(loggingOnceCaught?: boolean): Outcome | null {
    this.unwinding = true;
    try {
      while (this.frames.length > 0) {
        const frame = this.frame;
        // A spawned thread's panic is caught by std's thread start, below the program's frames:
        // what that start drops then is no longer dropped while panicking.
        if (loggingOnceCaught !== undefined && this.frames.every((f) => f.info.std)) {
          this.logging = loggingOnceCaught;
          this.unwinding = false;
        }
        const locals = frame.info.body.locals;
        for (const id of frame.info.body.unwindOrder) {
          const ty = frame.info.tys[id]!;
          if (!this.needsDrop(ty)) continue;
          dropValue(this, { addr: localAddr(frame, id), ty, len: -1, dyn: null, variant: -1 }, locals[id]!.name ?? 'a temporary', frame.info.body.span, false);
        }
        this.popFrame();
      }
    } catch (signal) {
      // A panic while unwinding aborts the process in Rust; stackheap just stops unwinding.
      if (signal instanceof StepLimit) return this.limitOutcome(signal);
      if (signal instanceof StackOverflow) return this.overflowOutcome(signal);
      if (signal instanceof Exit) return { kind: 'exited', exitCode: signal.code };
      if (signal instanceof UndefinedBehavior) return this.undefinedOutcome(signal);
      if (!(signal instanceof Panic)) throw signal;
    } finally {
      this.unwinding = false;
    }
    return null;
  }

  currentSpan(): Span {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return this.bodyInfo(this.program.entry).body.span;
    const block = frame.info.body.blocks[frame.block]!;
    return (block.statements[frame.statement] ?? block.terminator ?? frame.info.body).span;
  }

  /** The frame a panic at `span` in the running frame is located in, and where in it: inside
   *  `#[track_caller]` bodies, at their caller. */
  private panicSite(span: Span): { span: Span; frame: Frame | undefined } {
    let i = this.frames.length - 1;
    for (; i > 0 && this.frames[i]!.info.body.trackCaller; i--) span = this.frames[i]!.callSpan;
    return { span, frame: this.frames[i] };
  }

  /** Where events inside std's functions (a Vec's allocations) are located: at the program's call. */
  programSpan(span: Span): Span {
    for (let i = this.frames.length - 1; i > 0 && this.frames[i]!.info.std; i--) span = this.frames[i]!.callSpan;
    return span;
  }

  /** A panic at `span` in the running frame: at the caller's call inside `#[track_caller]`
   *  bodies, and in std's own sources inside a std body that is not `#[track_caller]`. */
  panic(message: string, span: Span): never {
    const site = this.panicSite(span);
    const stdLocation = site.frame?.info.body.stdLocation;
    throw new Panic(message, site.span, stdLocation ? `${RUSTC_LIBRARY}/${stdLocation}` : null);
  }

  // ---- types --------------------------------------------------------------------------------

  layout(ty: Ty): Layout {
    return this.target.layout(ty);
  }

  isCopy(ty: Ty): boolean {
    let r = this.copyCache.get(ty);
    if (r === undefined) this.copyCache.set(ty, (r = this.program.isCopy(ty)));
    return r;
  }

  needsDrop(ty: Ty): boolean {
    let r = this.dropCache.get(ty);
    if (r === undefined) this.dropCache.set(ty, (r = this.program.needsDrop(ty)));
    return r;
  }

  /**
   * Where a value of `ty` holds zero-sized values that need dropping: each one's offset and type
   * key. Their drop flags are the only ones a write, move or drop of such a value touches: other
   * zero-sized values may share the address (a `Token` local where the next local starts).
   */
  zstDropSlots(ty: Ty): readonly ZstSlot[] {
    let slots = this.zstSlotCache.get(ty);
    if (slots === undefined) this.zstSlotCache.set(ty, (slots = this.computeZstDropSlots(ty)));
    return slots;
  }

  private computeZstDropSlots(ty: Ty): readonly ZstSlot[] {
    if (!this.needsDrop(ty)) return [];
    const layout = this.layout(ty);
    if (layout.size === 0) return [[0, typeKey(ty)]];
    if (layout.shape === 'array' && layout.elem) {
      const inner = this.zstDropSlots(layout.elem);
      return inner.length === 0 ? [] : Array.from({ length: layout.count }, (_, i) => inner.map(([offset, key]): ZstSlot => [i * layout.stride + offset, key])).flat();
    }
    return layout.variants.flatMap((variant) => variant.fields.flatMap((field) => this.zstDropSlots(field.ty).map(([offset, key]): ZstSlot => [field.offset + offset, key])));
  }

  /** The drop flags of `ty`'s zero-sized parts at `addr`, all off (the value is gone). */
  clearZstFlags(addr: number, ty: Ty): void {
    for (const [offset, key] of this.zstDropSlots(ty)) this.memory.setZst(addr + offset, key, false);
  }

  /** The drop flags of `ty`'s zero-sized parts at `addr` that are on, to travel with the value. */
  private zstFlagsOf(addr: number, ty: Ty): [number, string][] {
    return this.zstDropSlots(ty).filter(([offset, key]) => this.memory.zstInit(addr + offset, key)).map(([offset, key]) => [offset, key]);
  }

  // ---- frames -------------------------------------------------------------------------------

  get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** A body, built on first use; a std impl the prelude lacks is refused at the program's code. */
  private builtBody(instance: Instance): Body {
    try {
      return this.program.body(instance);
    } catch (error) {
      if (error instanceof MissingImpl) throw unsupported(error.message, this.programSpan(this.currentSpan()));
      throw error;
    }
  }

  bodyInfo(instance: Instance): BodyInfo {
    let info = this.bodyByInstance.get(instance);
    if (info) return info;
    info = this.bodies.get(instance.key);
    if (info) {
      this.bodyByInstance.set(instance, info);
      return info;
    }
    const body = this.builtBody(instance);
    const tys = body.locals.map((l) => l.ty);
    const layouts = tys.map((ty) => this.layout(ty));
    const offsets: number[] = [];
    const inStack: boolean[] = [];
    // Parameters, then named locals in declaration order, occupy the stack; the rest is scratch.
    // std's frames live wholly in scratch: the book's tables show the program's frames only.
    let stackSize = 0;
    let scratchSize = 0;
    let largestScratch = 0;
    // A stack growing down (the real model): below the frame's link (return address, saved frame
    // pointer), each local takes the next slot down aligned to its alignment, parameters first,
    // then `let` bindings in declaration order; the frame is a multiple of 16 bytes.
    const down = this.target.stackGrowsDown === true;
    let cursor = down ? -FRAME_LINK_BYTES : 0;
    body.locals.forEach((local, id) => {
      const size = layouts[id]!.size;
      const stack = !body.std && (local.kind === 'arg' || local.kind === 'var');
      inStack.push(stack);
      if (stack && down) {
        const align = layouts[id]!.align;
        cursor = Math.floor((cursor - size) / align) * align;
        offsets.push(cursor);
      } else if (stack) {
        offsets.push(stackSize);
        stackSize += size;
      } else {
        offsets.push(scratchSize);
        scratchSize += size;
        largestScratch = Math.max(largestScratch, size);
      }
    });
    if (down) {
      stackSize = Math.ceil(-cursor / 16) * 16;
      for (let id = 0; id < offsets.length; id++) if (inStack[id]) offsets[id] = offsets[id]! + stackSize;
    }
    const constant = body.instance.def.constant;
    const hidesLiterals = body.std && (constant === undefined || constant.std);
    const promoted = hidesLiterals ? null : promotableTemps(body, this.program);
    const stackCost = this.target.frameCost({ shown: stackSize, returnSize: layouts[0]!.size });
    const facts = { body, name: body.name, std: body.std, tys, layouts, offsets, inStack, stackSize, scratchSize, largestScratch, stackCost, hidesLiterals, promoted: promoted && promoted.size > 0 ? promoted : null };
    info = { ...facts, code: compileBody(this, facts) };
    this.bodies.set(instance.key, info);
    this.bodyByInstance.set(instance, info);
    return info;
  }

  pushFrame(info: BodyInfo, args: readonly Value[], returnAddr: number, returnTy: Ty, returnBlock: number | null, callSpan: Span): void {
    if (!this.stack.fits(info.stackCost) || !this.stack.fits(info.largestScratch)) throw new StackOverflow(info.name, Math.max(info.stackCost, info.largestScratch), this.stack.free, callSpan);
    this.checkMemory(info.stackCost + info.scratchSize);
    const stackBase = this.stack.push(info.stackSize, info.stackCost)!;
    const scratchBase = this.scratchTop;
    this.scratchTop += info.scratchSize;
    const below = this.frames[this.frames.length - 1];
    const runStart = below !== undefined && below.info === info ? below.runStart : this.frames.length;
    const frame: Frame = { info, stackBase, scratchBase, block: 0, statement: 0, returnAddr, returnTy, returnBlock, callSpan, runStart };
    this.frames.push(frame);
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const addr = localAddr(frame, i + 1);
      if (arg !== null && arg.kind !== 'cells') this.memory.write(addr, arg);
      else this.writeValue(addr, info.tys[i + 1]!, arg);
    }
  }

  private popFrame(): Frame {
    const frame = this.frames.pop()!;
    // The frame's memory is gone: its cells are empty again (and may be reused).
    this.freeRange(frame.stackBase, frame.info.stackSize);
    this.freeRange(frame.scratchBase, frame.info.scratchSize);
    this.stack.pop(frame.stackBase, frame.info.stackSize, frame.info.stackCost);
    this.scratchTop = frame.scratchBase;
    return frame;
  }

  /** Reserves `size` units of scratch memory above everything live; free them LIFO. */
  allocScratch(size: number): number {
    this.checkMemory(size);
    const addr = this.scratchTop;
    this.scratchTop += size;
    return addr;
  }

  freeScratch(addr: number, size: number): void {
    this.freeRange(addr, size);
    this.scratchTop = addr;
  }

  /** Frees a popped frame's or a scratch slot's memory. Their values were dropped or moved out,
   *  zero-sized ones included (see `storageDead` for why their flags are left alone). */
  private freeRange(addr: number, size: number): void {
    if (size > 0) this.memory.clear(addr, size);
  }

  /**
   * Runs a function to completion from inside the machine (a `Drop` or `Display` impl): its
   * frame is pushed on top and stepped until it returns; stops and events happen as usual.
   */
  callNested(instance: Instance, args: readonly Value[], span: Span): Value {
    const info = this.bodyInfo(instance);
    const retTy = info.tys[0]!;
    const size = info.layouts[0]!.size;
    const slot = this.allocScratch(size);
    this.enterCall(info, span);
    const depth = this.frames.length;
    const executing = this.ub?.span;
    this.pushFrame(info, args, slot, retTy, null, span);
    this.nestedCalls++;
    try {
      while (this.frames.length > depth) this.stepBlock();
    } finally {
      this.nestedCalls--;
    }
    if (this.ub !== null) this.ub.span = executing!;
    const value = size === 0 ? null : this.readValue(slot, retTy);
    this.freeScratch(slot, size);
    return value;
  }

  announcesCall(info: BodyInfo): boolean {
    return info.std ? this.recorder.wantsStdCalls : this.recorder.wantsEvents || this.recorder.keeps('call');
  }

  /** The `call` stop and event before a frame is pushed; std's functions get no stop. `site`:
   *  the recorder's `eventSite` of the call, when the caller keeps it (-1: not known). */
  private enterCall(info: BodyInfo, span: Span, site = -1): void {
    if (!this.announcesCall(info)) return;
    if (site >= 0 && !this.recorder.keeps('call')) return this.recorder.eventAt(site, this.steps);
    const caller = this.programFrameName();
    if (!info.std) {
      if (this.recorder.keeps('call')) {
        const thread = this.threads?.current;
        // A spawned thread's first call of the program's is its closure, called by std's thread start.
        const caption = thread && thread.id !== 0 && !thread.started ? threadStartCaption(info.name, { name: threadLabel(thread), id: thread.id }) : `${caller}() calls ${info.name}()`;
        this.recordStop('call', caption, span);
      }
      if (this.recorder.wantsEvents) this.recorder.call(info.name, caller, false, this.steps, span);
    } else {
      this.recorder.call(info.name, caller, true, this.steps, span);
    }
  }

  /** The innermost frame of a program (not std) function. */
  private programFrameName(): string {
    for (let i = this.frames.length - 1; i >= 0; i--) if (!this.frames[i]!.info.std) return this.frames[i]!.info.name;
    return this.frames[this.frames.length - 1]?.info.name ?? 'main';
  }

  // ---- the loop -----------------------------------------------------------------------------

  /**
   * Runs the rest of the top frame's block, its terminator included, each statement a step; one
   * step only when the budget ends inside the block. Statements never push or pop frames (their
   * nested calls, a formatter's `Display` impl, run to completion inside them), so the frame
   * stays on top until its terminator runs.
   */
  private stepBlock(): void {
    const frame = this.frames[this.frames.length - 1]!;
    const block = frame.info.code[frame.block]!;
    const n = block.statements.length;
    const max = this.options.maxSteps;
    let done = frame.statement;
    if (this.steps + (n - done) + 1 > max) return this.step(frame, block);
    const effects = block.effects;
    const at = block.effectAt;
    let k = 0;
    while (k < at.length && at[k]! < done) k++;
    for (; k < effects.length; k++) {
      const i = at[k]!;
      this.steps += i + 1 - done;
      frame.statement = done = i + 1;
      effects[k]!(frame);
      // A nested call (a `Display` impl) took steps of its own: the budget may end in this block.
      if (this.steps + (n - done) + 1 > max) return;
    }
    this.steps += n - done + 1;
    frame.statement = n;
    block.terminator(frame);
  }

  private step(frame: Frame, block: CompiledBlock): void {
    if (++this.steps > this.options.maxSteps) throw new StepLimit(`the step budget of ${this.options.maxSteps} steps ran out`);
    const i = frame.statement;
    if (i < block.statements.length) {
      frame.statement = i + 1;
      block.statements[i]!(frame);
    } else {
      block.terminator(frame);
    }
  }

  /** A local's storage ends after its value was dropped or moved, so its zero-sized values' drop
   *  flags are off already; clearing flags by address would also clear those of a zero-sized
   *  local that shares the address (one declared just before it, or in the caller's frame). */
  private storageDead(local: number, frame: Frame): void {
    const size = frame.info.layouts[local]!.size;
    if (size > 0) this.memory.clear(localAddr(frame, local), size);
  }

  /** A statement's general case (compiled code runs the common ones itself). */
  statement(s: Statement, frame: Frame): void {
    switch (s.kind) {
      case 'assign':
        return this.assign(s.place, s.rvalue, frame, s.span);
      case 'storageLive':
        if (this.ub !== null) this.ub.storageLive(frame, s.local);
        return;
      case 'storageDead':
        if (this.ub !== null) this.ub.storageDead(frame, s.local, s.span);
        return this.storageDead(s.local, frame);
      case 'print':
        return printToSink(this, s.sink, s.format, s.newline, s.span);
      case 'mark':
        if (frame.info.std) return;
        if (!this.recorder.keeps(s.mark === 'functionExit' ? 'return' : 'statement')) return;
        if (s.mark === 'functionExit') this.recordStop('return', `${frame.info.name}() returns`, s.span);
        else this.recordStop('statement', this.statementCaption(s.span), s.span);
        return;
    }
  }

  /** Appends program output to stdout or stderr, with its event, after what the print
   *  statements still formatting have written. */
  output(stream: 'stdout' | 'stderr', text: string, span: Span): void {
    this.flushOpenPrints();
    this.write(stream, text, span);
  }

  /**
   * A print statement's writer: std's `print!` writes each formatted piece to the stream as it
   * goes, so a `Display` impl that prints writes after the pieces before its argument, and a
   * panic while formatting leaves those pieces written (stdout's buffer is flushed at exit).
   * Pieces are gathered, one event per run of them, until other output or `endPrint`.
   */
  beginPrint(stream: 'stdout' | 'stderr', span: Span): (text: string) => void {
    const open = { stream, span, text: '' };
    this.openPrints.push(open);
    return (text) => {
      open.text += text;
    };
  }

  /** The innermost print statement ends (or unwinds): what it wrote is output, or dropped. */
  endPrint(written: boolean): void {
    if (written) this.flushOpenPrints();
    this.openPrints.pop();
  }

  private flushOpenPrints(): void {
    for (const open of this.openPrints) {
      if (open.text === '') continue;
      const text = open.text;
      open.text = '';
      this.write(open.stream, text, open.span);
    }
  }

  private write(stream: 'stdout' | 'stderr', text: string, span: Span): void {
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
    if (this.recorder.wantsEvents) this.recorder.event({ kind: 'print', stream, text, step: this.steps, span });
  }

  /** A terminator's general case (compiled code runs the common ones itself). */
  terminator(t: Terminator, frame: Frame): void {
    switch (t.kind) {
      case 'goto':
        return this.jump(frame, t.target);
      case 'switchBool':
        return this.jump(frame, asInt(this.scalarOperand(t.cond, frame)) !== 0n ? t.ifTrue : t.ifFalse);
      case 'switchInt': {
        const v = asInt(this.scalarOperand(t.discr, frame));
        const i = t.values.indexOf(v);
        return this.jump(frame, i >= 0 ? t.targets[i]! : t.otherwise);
      }
      case 'call':
        return this.call(t, frame);
      case 'drop': {
        const place = this.place(t.place, frame);
        if (!this.needsDrop(place.ty)) return this.jump(frame, t.target);
        const drop = () => {
          if (frame.info.std) dropValue(this, place, describePlace(this, frame, t.place), t.span, false);
          else dropStep(this, place, describePlace(this, frame, t.place), () => dropName(this, frame, t.place), t.span);
        };
        if (this.ub !== null) this.ub.dropping(this.ub.through(t.place), drop);
        else drop();
        return this.jump(frame, t.target);
      }
      case 'assert': {
        if (asInt(this.scalarOperand(t.cond, frame)) === 0n) {
          const len = asInt(this.scalarOperand(t.assert.len, frame));
          const index = asInt(this.scalarOperand(t.assert.index, frame));
          this.panic(`index out of bounds: the len is ${len} but the index is ${index}`, t.span);
        }
        return this.jump(frame, t.target);
      }
      case 'return':
        return this.returnFrom(frame, t.span);
      case 'panic':
        return this.panic(panicMessage(this, t.message, t.span), t.span);
      case 'unreachable':
        throw new Error(`internal error: entered unreachable MIR in ${frame.info.name}`);
    }
  }

  /** Pops `frame`, hands its return value to its caller and continues the caller after the call.
   *  `site`: the recorder's `eventSite` of the return, when the caller keeps it (-1: not known). */
  returnFrom(frame: Frame, span: Span, site = -1): void {
    const retTy = frame.info.tys[0]!;
    const layout = frame.info.layouts[0]!;
    const size = layout.size;
    let value: Value = null;
    // An aggregate goes cell by cell to the caller's place (which lies below the frame), with no
    // value in between, unless drop flags of zero-sized fields travel with it or the checker
    // watches the writes.
    const copied = size > 0 && layout.shape !== 'scalar' && this.ub === null && !this.memory.hasZstFlags;
    if (copied) this.memory.copy(localAddr(frame, 0), frame.returnAddr, size);
    else if (size > 0) value = layout.shape === 'scalar' ? this.readScalar(localAddr(frame, 0)) : this.readValue(localAddr(frame, 0), retTy);
    this.popFrame();
    if (this.ub !== null) this.ub.framePopped(frame, span);
    if (site >= 0) this.recorder.eventAt(site, this.steps);
    else if (frame.info.std ? this.recorder.wantsStdCalls : this.recorder.wantsEvents) this.recorder.return(frame.info.name, frame.info.std, this.steps, span);
    if (!copied) this.writeValue(frame.returnAddr, retTy, value);
    if (frame.returnBlock !== null && this.frames.length > 0) this.jump(this.frame, frame.returnBlock);
  }

  private jump(frame: Frame, block: number): void {
    frame.block = block;
    frame.statement = 0;
  }

  intrinsic(t: Terminator & { kind: 'call' }): (args: readonly Value[], dest: PlaceRef, frame: Frame) => void {
    const handler = INTRINSICS[intrinsicName(t)];
    return (args, dest, frame) => handler(this, { t, args, dest, frame });
  }

  /** A call of a known function: its `call` stop and event, then its frame, whose return value
   *  goes to `dest` before the caller continues at `target`. */
  callFunction(info: BodyInfo, args: readonly Value[], dest: number, destTy: Ty, target: number | null, span: Span, site = -1): void {
    this.enterCall(info, span, site);
    this.pushFrame(info, args, dest, destTy, target, span);
  }

  pushCall(info: BodyInfo, args: readonly Value[], dest: number, destTy: Ty, target: number | null, span: Span): void {
    this.pushFrame(info, args, dest, destTy, target, span);
  }

  private call(t: Terminator & { kind: 'call' }, frame: Frame): void {
    const args: Value[] = new Array(t.args.length);
    for (let i = 0; i < args.length; i++) args[i] = this.operand(t.args[i]!, frame);
    const dest = this.place(t.dest, frame);
    if (this.ub !== null) {
      this.ub.write(dest.addr, this.layout(dest.ty).size, this.ub.through(t.dest));
      if (t.callee.kind === 'intrinsic') this.ub.intrinsicArgs(t, args, frame);
    }
    if (t.callee.kind === 'fn') return this.callFunction(this.bodyInfo(t.callee.instance), args, dest.addr, dest.ty, t.target, t.span);
    if (t.callee.kind === 'pointer' || t.callee.kind === 'dynFn') {
      const { target, env } = t.callee.kind === 'pointer' ? this.pointerTarget(args[0] as Scalar) : this.objectTarget(args[0]!);
      const info = this.bodyInfo(target.instance);
      this.enterCall(info, t.span);
      // A closure's body takes its environment first (a capture-free closure's is empty).
      const rest = target.closure ? [env, ...args.slice(1)] : args.slice(1);
      this.pushFrame(info, rest, dest.addr, dest.ty, t.target, t.span);
      return;
    }
    if (t.callee.kind === 'virtual') {
      // The vtable of the receiver's fat pointer says which impl runs; it gets the data pointer.
      const receiver = args[0];
      const meta = receiver?.kind === 'cells' ? receiver.raw[this.target.pointerSize] : undefined;
      if (receiver?.kind !== 'cells' || meta === undefined || typeof meta === 'string' || meta.kind !== 'vtable') throw new Error('internal error: a virtual call without a vtable');
      const concrete = meta.ty;
      const instance = this.program.resolve(t.callee.method, [concrete, ...t.callee.args.slice(1)]);
      const info = this.bodyInfo(instance);
      this.enterCall(info, t.span);
      this.pushFrame(info, [receiver.raw[0] as Scalar, ...args.slice(1)], dest.addr, dest.ty, t.target, t.span);
      return;
    }
    callIntrinsic(this, t, args, dest, frame);
    if (t.target !== null) this.jump(frame, t.target);
  }

  // ---- places and values --------------------------------------------------------------------

  place(place: Place, frame: Frame = this.frame): PlaceRef {
    if (place.projection.length === 0) {
      return { addr: localAddr(frame, place.local), ty: frame.info.tys[place.local]!, len: -1, dyn: null, variant: -1 };
    }
    return resolvePlace(this, frame, place);
  }

  operandType(op: Operand, frame: Frame = this.frame): Ty {
    return op.kind === 'const' ? op.ty : placeType(this, frame, op.place);
  }

  /** Reads a scalar that must be initialised. */
  readScalar(addr: number): Scalar {
    const v = this.memory.read(addr);
    if (typeof v === 'string') {
      if (this.ub !== null) this.ub.emptyRead(addr, v);
      // Only a raw pointer can reach memory without a value in a program rustc accepts.
      if (this.rawDerefs) throw new UndefinedBehavior(v === 'moved' ? 'use after move' : 'uninitialized', v === 'moved' ? 'use of a moved value' : 'use of an uninitialized value', this.programSpan(this.currentSpan()), []);
      throw new Error(`internal error: read of ${v} memory at ${addr}`);
    }
    return v;
  }

  readValue(addr: number, ty: Ty): Value {
    const layout = this.layout(ty);
    if (layout.shape === 'scalar') return this.readScalar(addr);
    if (layout.size === 0) return null;
    const raw: Raw[] = new Array(layout.size);
    for (let i = 0; i < layout.size; i++) raw[i] = this.memory.read(addr + i);
    return { kind: 'cells', raw, zst: this.memory.hasZstFlags ? this.zstFlagsOf(addr, ty) : null };
  }

  writeValue(addr: number, ty: Ty, value: Value): void {
    if (value === null) {
      if (this.layout(ty).size === 0 && this.needsDrop(ty)) this.memory.setZst(addr, typeKey(ty), true);
      return;
    }
    if (value.kind !== 'cells') {
      this.memory.write(addr, value);
      return;
    }
    const raw = value.raw;
    for (let i = 0; i < raw.length; i++) this.memory.writeRaw(addr + i, raw[i]!);
    if (value.zst) for (const [offset, key] of value.zst) this.memory.setZst(addr + offset, key, true);
  }

  /** A move leaves the source uninitialised (its drop flag off); views show it as moved. */
  markMoved(addr: number, ty: Ty): void {
    const size = this.layout(ty).size;
    if (size > 0) this.memory.clear(addr, size, 'moved');
    if (this.memory.hasZstFlags) this.clearZstFlags(addr, ty);
  }

  operand(op: Operand, frame: Frame): Value {
    if (op.kind === 'const') return this.constant(op, frame.info.hidesLiterals);
    const p = op.place;
    let addr: number;
    let ty: Ty;
    if (this.ub !== null) return this.operandUnchecked(op, frame, this.ub);
    if (p.projection.length === 0) {
      addr = localAddr(frame, p.local);
      ty = frame.info.tys[p.local]!;
      if (frame.info.layouts[p.local]!.shape === 'scalar') {
        const v = this.readScalar(addr);
        if (op.kind === 'move' && !this.isCopy(ty)) this.memory.clear(addr, 1, 'moved');
        return v;
      }
    } else {
      const place = resolvePlace(this, frame, p);
      addr = place.addr;
      ty = place.ty;
    }
    const value = this.readValue(addr, ty);
    if (op.kind === 'move' && !this.isCopy(ty)) this.markMoved(addr, ty);
    return value;
  }

  /** `operand` under `--unchecked`: the read is checked, a move remembered. */
  private operandUnchecked(op: Operand & { kind: 'copy' | 'move' }, frame: Frame, ub: Unchecked): Value {
    const place = this.place(op.place, frame);
    const size = this.layout(place.ty).size;
    ub.read(place.addr, size, ub.through(op.place));
    const value = this.readValue(place.addr, place.ty);
    if (op.kind === 'move' && !this.isCopy(place.ty)) {
      this.markMoved(place.addr, place.ty);
      ub.moved(place.addr, size, frame, op.place);
    }
    return value;
  }

  /** An operand of a scalar type (integers, floats, bool, char, thin pointers). */
  scalarOperand(op: Operand, frame: Frame): Scalar {
    const v = this.operand(op, frame);
    if (v === null || v.kind === 'cells') throw new Error('internal error: expected a scalar operand');
    return v;
  }

  constant(op: Operand & { kind: 'const' }, std: boolean): Value {
    const c = op.value;
    const cached = this.constCache.get(c);
    if (cached !== undefined) return cached;
    let value: Value;
    switch (c.kind) {
      case 'int':
        value = intScalar(op.ty.k === 'int' ? wrapInt(c.value, op.ty.int) : c.value);
        break;
      case 'float':
        value = floatScalar(op.ty.k === 'float' && op.ty.float === 'f32' ? Math.fround(c.value) : c.value);
        break;
      case 'bool':
        value = boolScalar(c.value);
        break;
      case 'char':
        value = intScalar(BigInt(c.value));
        break;
      case 'zst':
        value = null;
        break;
      case 'static':
        value = { kind: 'ptr', addr: this.statics.item(this, c.def), alloc: 0 };
        break;
      case 'str': {
        const { addr, len } = this.staticString(c.value, c.bytes, std);
        const ptr: Scalar = { kind: 'ptr', addr, alloc: 0 };
        const inner = op.ty.k === 'ref' ? op.ty.inner : null;
        value = inner && (inner.k === 'str' || inner.k === 'slice') ? fatValue(ptr, intScalar(BigInt(len)), this.target.pointerSize) : ptr;
        break;
      }
    }
    this.constCache.set(c, value);
    return value;
  }

  /** Places a string literal's UTF-8 bytes in static memory, once per distinct literal. std's
   *  own literals (messages the prelude passes around) live apart, above the program's, and are
   *  not shown: they would move the program's literals and fill its static table. */
  staticString(text: string, bytes: boolean, std = false): { addr: number; len: number } {
    return this.statics.literal(text, bytes, std);
  }

  private assign(dest: Place, r: Rvalue, frame: Frame, span: Span): void {
    switch (r.kind) {
      case 'aggregate': {
        const values = r.operands.map((o) => this.operand(o, frame));
        const place = this.place(dest, frame);
        if (this.ub !== null) this.ub.write(place.addr, this.layout(r.ty).size, this.ub.through(dest));
        this.writeAggregate(place.addr, r.ty, r.aggregate.kind === 'adt' ? r.aggregate.variant : 0, values);
        return;
      }
      case 'repeat': {
        const value = this.operand(r.operand, frame);
        const place = this.place(dest, frame);
        const layout = this.layout(r.ty);
        if (this.ub !== null) this.ub.write(place.addr, layout.size, this.ub.through(dest));
        const elem = layout.elem!;
        for (let i = 0; i < r.count; i++) this.writeValue(place.addr + i * layout.stride, elem, value);
        return;
      }
      default: {
        const value = this.rvalue(r, frame, span);
        if (dest.projection.length === 0) {
          const addr = localAddr(frame, dest.local);
          if (this.ub !== null) this.ub.write(addr, frame.info.layouts[dest.local]!.size, null);
          if (value !== null && value.kind !== 'cells') this.memory.write(addr, value);
          else this.writeValue(addr, frame.info.tys[dest.local]!, value);
        } else {
          const place = resolvePlace(this, frame, dest);
          if (this.ub !== null) this.ub.write(place.addr, this.layout(place.ty).size, this.ub.cur);
          this.writeValue(place.addr, place.ty, value);
        }
      }
    }
  }

  /** Writes every field of a struct, tuple, closure, array or enum variant (and the enum's tag). */
  writeAggregate(addr: number, ty: Ty, variant: number, values: readonly Value[]): void {
    const layout = this.layout(ty);
    // By the type, not the layout's shape: an array of zero-sized values is shaped `zst`.
    if (ty.k === 'array') {
      // Each element's drop flag would share one address: refused rather than dropped wrongly.
      if (knownLen(ty) > 0 && this.layout(ty.elem).size === 0 && this.needsDrop(ty.elem)) throw unsupported('an array of zero-sized values that implement `Drop`', this.currentSpan());
      for (let i = 0; i < values.length; i++) this.writeValue(addr + i * layout.stride, ty.elem, values[i]!);
      return;
    }
    if (layout.shape === 'enum') writeVariant(this.memory, addr, layout, variant);
    const fields = layout.variants[variant]?.fields ?? [];
    for (let i = 0; i < values.length; i++) this.writeValue(addr + fields[i]!.offset, fields[i]!.ty, values[i]!);
    if (layout.size === 0 && this.needsDrop(ty)) this.memory.setZst(addr, typeKey(ty), true);
  }

  rvalue(r: Rvalue, frame: Frame, span: Span): Value {
    switch (r.kind) {
      case 'use':
        return this.operand(r.operand, frame);
      case 'binary':
        return this.binary(r, this.scalarOperand(r.left, frame), this.scalarOperand(r.right, frame), span);
      case 'neg': {
        const v = this.scalarOperand(r.operand, frame);
        if (v.kind === 'float') return floatScalar(-v.value);
        const x = asInt(v);
        if (r.ty.k === 'int' && x === -(1n << BigInt(intBitsOf(r.ty) - 1))) this.panic('attempt to negate with overflow', span);
        return intScalar(-x);
      }
      case 'not': {
        const x = asInt(this.scalarOperand(r.operand, frame));
        if (r.ty.k === 'bool') return boolScalar(x === 0n);
        return intScalar(wrapInt(~x, (r.ty as Ty & { k: 'int' }).int));
      }
      case 'ref': {
        if (frame.info.promoted !== null && isPromotedBorrow(frame.info.body, frame.info.promoted, r)) return this.promote(frame, r.place.local);
        const place = this.place(r.place, frame);
        let ptr: Scalar = { kind: 'ptr', addr: place.addr, alloc: 0 };
        if (this.ub !== null) ptr = this.ub.reference(ptr, place, r, frame);
        if (place.len >= 0) return fatValue(ptr, intScalar(BigInt(place.len)), this.target.pointerSize);
        if (place.dyn) return fatValue(ptr, { kind: 'vtable', ty: place.dyn }, this.target.pointerSize);
        return ptr;
      }
      case 'cast':
        return this.cast(this.operand(r.operand, frame), r.from, r.to, span);
      case 'discriminant': {
        const place = this.place(r.place, frame);
        const layout = this.layout(place.ty);
        if (this.ub !== null) this.ub.read(place.addr, layout.size, this.ub.through(r.place));
        if (layout.shape !== 'enum') return intScalar(0n);
        if (layout.tagEncoding !== 'index') return intScalar(BigInt(readVariant(this.memory, place.addr, layout)));
        return this.readScalar(place.addr + layout.tagOffset);
      }
      case 'len': {
        const place = this.place(r.place, frame);
        return intScalar(BigInt(place.ty.k === 'array' ? knownLen(place.ty) : place.len));
      }
      case 'aggregate':
      case 'repeat':
        throw new Error('internal error: aggregate rvalues are written in place');
    }
  }

  /** A binary operator on two scalars read already. */
  binary(r: Rvalue & { kind: 'binary' }, a: Scalar, b: Scalar, span: Span): Value {
    if (a.kind === 'int' && b.kind === 'int') {
      let v: bigint;
      try {
        v = binaryInt(r.op, a.value, b.value, r.ty, r.checked, span);
      } catch (signal) {
        // Inside std's `#[track_caller]` operator impls, at the program's expression.
        if (signal instanceof Panic) this.panic(signal.message, span);
        throw signal;
      }
      return r.ty.k === 'int' && !COMPARISONS.has(r.op) ? intScalar(v) : boolScalar(v === 1n);
    }
    if (a.kind === 'float' && b.kind === 'float') return binaryFloat(r.op, a.value, b.value, r.ty.k === 'float' ? r.ty.float : 'f64');
    if (a.kind === 'ptr' && b.kind === 'ptr') return binaryPtr(r.op, a.addr, b.addr);
    throw new Error(`internal error: ${r.op} on ${a.kind} and ${b.kind}`);
  }

  private pointerTarget(ptr: Scalar): { target: PointedFunction; env: Scalar } {
    const target = ptr.kind === 'ptr' ? this.fnPointers.at(ptr.addr) : undefined;
    if (!target) throw new Error('internal error: a call through a pointer to no function');
    return { target, env: { kind: 'ptr', addr: 1, alloc: 0 } };
  }

  /** What a `dyn Fn(..)` calls: the type its vtable names, with the data pointer as the
   *  closure's environment (a function pointer behind it is read and followed). */
  private objectTarget(object: Value): { target: PointedFunction; env: Scalar } {
    const data = object?.kind === 'cells' ? object.raw[0] : undefined;
    const meta = object?.kind === 'cells' ? object.raw[this.target.pointerSize] : undefined;
    if (data === undefined || typeof data === 'string' || meta === undefined || typeof meta === 'string' || meta.kind !== 'vtable') throw new Error('internal error: a dyn Fn call without a vtable');
    if (meta.ty.k === 'fnPtr') return this.pointerTarget(this.readScalar((data as Scalar & { kind: 'ptr' }).addr));
    return { target: this.pointedFunction(meta.ty), env: data };
  }

  /** What a function item or a capture-free closure coerced to a function pointer calls. */
  private pointedFunction(from: Ty): PointedFunction {
    if (from.k === 'fnDef') return { instance: this.program.resolve(from.fn, from.args), closure: false, name: shownName(from.fn.name) };
    if (from.k === 'closure') return { instance: this.program.resolve(from.def.fn, from.args), closure: true, name: showTy(from) };
    throw new Error(`internal error: a function pointer from ${showTy(from)}`);
  }

  /** A borrow of a promoted constant: its value, placed once in static memory (named after the
   *  expression it came from), rather than the frame's temporary. */
  private promote(frame: Frame, local: LocalId): Scalar {
    const ty = frame.info.tys[local]!;
    const value = this.readValue(localAddr(frame, local), ty);
    const size = frame.info.layouts[local]!.size;
    const raw: Raw[] = value === null ? [] : value.kind === 'cells' ? [...value.raw] : [value, ...new Array<Raw>(Math.max(0, size - 1)).fill('uninit')];
    const span = frame.info.body.locals[local]!.span;
    const { align } = frame.info.layouts[local]!;
    return { kind: 'ptr', addr: this.statics.promote(ty, size, align, raw, this.file.text.slice(span.start, span.end)), alloc: 0 };
  }

  /** The metadata a pointer to `from` gains when it becomes a pointer to `to`, the unsized type
   *  `from` unsizes to: an array's length, a trait object's vtable, a struct's tail's. */
  private unsizeMeta(from: Ty, to: Ty): Scalar {
    if (from.k === 'array' && to.k === 'slice') return intScalar(BigInt(knownLen(from)));
    if (to.k === 'dyn') {
      if (this.statics.sectioned) this.statics.vtable(from, to.trait, () => vtableEntries(this, from, to.trait));
      return { kind: 'vtable', ty: from };
    }
    if (to.k === 'dynFn') return { kind: 'vtable', ty: from };
    if (from.k === 'adt' && to.k === 'adt') return this.unsizeMeta(variantFields(from, 0).at(-1)!, variantFields(to, 0).at(-1)!);
    throw new Error(`internal error: unsizing ${showTy(from)} to ${showTy(to)}`);
  }

  cast(value: Value, from: Ty, to: Ty, span: Span): Value {
    if (to.k === 'fnPtr') return from.k === 'fnPtr' ? value : { kind: 'ptr', addr: this.fnPointers.address(this.pointedFunction(from)), alloc: 0 };
    // Pointers: unsizing, pointer to pointer, pointer to address.
    const fromInner = from.k === 'ref' || from.k === 'ptr' || from.k === 'box' ? from.inner : null;
    if (fromInner) {
      const toInner = to.k === 'ref' || to.k === 'ptr' || to.k === 'box' ? to.inner : null;
      const isCells = value !== null && value.kind === 'cells';
      let data = (isCells ? (value as Cells).raw[0] : value) as Scalar;
      if (from.k === 'ref' && to.k === 'ptr') {
        // A raw pointer made from a reference may reach what the reference borrowed.
        const meta = isCells ? (value as Cells).raw[this.target.pointerSize] : undefined;
        const metaScalar = meta === undefined || typeof meta === 'string' ? null : meta;
        const size = metaScalar === null || (metaScalar.kind !== 'int' && metaScalar.kind !== 'vtable') ? this.layout(fromInner).size : unsizedValueLayout(this.target.layout, fromInner, metaScalar.kind === 'int' ? asNumber(metaScalar) : -1, metaScalar.kind === 'vtable' ? metaScalar.ty : null).size;
        data = rawFromReference(data, size);
        if (isCells && isUnsized(toInner!)) return { kind: 'cells', raw: [data, ...(value as Cells).raw.slice(1)], zst: null };
      }
      if (toInner) {
        if (!isCells && toInner.k === 'adt' && isUnsized(toInner)) return fatValue(data, this.unsizeMeta(fromInner, toInner), this.target.pointerSize);
        if (from.k === 'ptr' && to.k === 'ptr') refuseRetypingCast(fromInner, toInner, span);
        if (isCells) return isUnsized(toInner) ? value : data;
        if (toInner.k === 'slice' && fromInner.k === 'array') return fatValue(data, intScalar(BigInt(knownLen(fromInner))), this.target.pointerSize);
        if (toInner.k === 'dyn') {
          if (this.statics.sectioned) this.statics.vtable(fromInner, toInner.trait, () => vtableEntries(this, fromInner, toInner.trait));
          return fatValue(data, { kind: 'vtable', ty: fromInner }, this.target.pointerSize);
        }
        // A closure or function as `dyn Fn(..)`: its vtable (not placed in static memory) names it.
        if (toInner.k === 'dynFn') return fatValue(data, { kind: 'vtable', ty: fromInner }, this.target.pointerSize);
        return data;
      }
      if (to.k === 'int') {
        // The book model's addresses count cells from 0, so what a program computes from one
        // (a difference, a test against 0) is not what rustc's binary computes.
        if (this.target.name === 'book') throw unsupported("a pointer's address in the book model (`--model real` has rustc's)", span);
        return intScalar(wrapInt(BigInt(data.kind === 'ptr' ? data.addr : 0), to.int));
      }
      throw new Error(`internal error: cast from ${showTy(from)} to ${showTy(to)}`);
    }
    if (from.k === 'adt' && to.k === 'adt') {
      // `Rc<T>` to `Rc<dyn Trait>` (or `Rc<[T; N]>` to `Rc<[T]>`): its one pointer becomes fat.
      const data = (value !== null && value.kind === 'cells' ? value.raw[0] : value) as Scalar;
      return fatValue(data, this.unsizeMeta(from.args[0]!, to.args[0]!), this.target.pointerSize);
    }
    if (from.k === 'adt') {
      // A field-less enum to its discriminant: the tag holds the variant index.
      const tagRaw = value === null ? intScalar(0n) : value.kind === 'cells' ? value.raw[this.layout(from).tagOffset]! : value;
      const tag = typeof tagRaw === 'string' ? 0 : asNumber(tagRaw);
      const d = from.def.variants[tag]!.discriminant;
      return intScalar(to.k === 'int' ? wrapInt(d, to.int) : d);
    }
    if (value === null || value.kind === 'cells') throw new Error(`internal error: cast from ${showTy(from)} to ${showTy(to)}`);
    const s = value as Scalar;
    switch (to.k) {
      case 'ptr':
        // An address made a pointer: it points into no allocation (no provenance).
        return pointerFromAddress(asNumber(s));
      case 'int':
        if (s.kind === 'float') return intScalar(floatToInt(s.value, to.int));
        if (s.kind === 'ptr') return intScalar(wrapInt(BigInt(s.addr), to.int));
        return intScalar(wrapInt(asInt(s), to.int));
      case 'float':
        if (s.kind === 'float') return floatScalar(to.float === 'f32' ? Math.fround(s.value) : s.value);
        return floatScalar(intToFloat(asInt(s), to.float));
      case 'char':
      case 'bool':
        return intScalar(asInt(s));
      default:
        throw new Error(`internal error: cast from ${showTy(from)} to ${showTy(to)}`);
    }
  }

  // ---- heap ---------------------------------------------------------------------------------

  /** Allocates a heap block for a value of type `ty` (the caller writes it); `real` is the
   *  block's size and alignment in rustc's bytes when they are not `ty`'s (a hash table's). */
  allocate(ty: Ty, size: number, align: number, span: Span, real: { readonly size: number; readonly align: number } = realLayout(ty), tailLen?: number): number {
    this.checkMemory(size);
    const addr = this.heapAddress(size, align);
    const label = showTy(ty);
    const allocation = this.memory.addAllocation('heap', addr, size, label);
    this.heapUnits += size;
    this.heapBlocks.set(addr, { allocation, ty, utf8: false, realSize: real.size, realAlign: real.align, site: this.programSpan(span), ...(tailLen !== undefined ? { tailLen } : {}) });
    if (this.logs()) {
      this.loggedBlocks.add(addr);
      this.allocLog!.push(`alloc ${real.size} ${real.align}`);
    }
    if (this.recorder.wantsEvents) this.recorder.event({ kind: 'alloc', addr, size, ty: label, step: this.steps, span: this.programSpan(span) });
    return addr;
  }

  /** Stops the run when `more` units on top of what the stacks and the heap hold would exceed
   *  the memory budget. */
  private checkMemory(more: number): void {
    const budget = this.options.maxMemory ?? DEFAULT_MAX_MEMORY;
    if (more <= 0 || more <= budget - this.memoryInUse()) return;
    throw new StepLimit(`the memory budget of ${budget} ${this.target.stackGrowsDown ? 'bytes' : 'cells'} ran out`);
  }

  /** The units the stacks (what their frames cost, and scratch) and the live heap blocks hold:
   *  a frame costs the host its objects even when it shows no cells. */
  private memoryInUse(): number {
    if (this.threads !== null) return threadsMemoryInUse(this) + this.heapUnits;
    return this.stack.used - this.stack.spec.reserved + (this.scratchTop - this.target.scratchBase) + this.heapUnits;
  }

  /** The live heap blocks' units, counted again after a checkpoint replaced them. */
  recountHeap(): void {
    this.heapUnits = 0;
    for (const block of this.heapBlocks.values()) this.heapUnits += block.allocation.size;
  }

  private heapAddress(size: number, align: number): number {
    const addr = this.heap.allocate(size, align);
    if (addr < 0) throw new StepLimit(`the heap has no room for a block of ${size} cells`);
    return addr;
  }

  /**
   * `realloc`: moves the block at `addr` to a new block of type `ty` and `size` units, keeping
   * the contents that fit, and frees the old one. The new block is found while the old one is
   * still live, so the two never overlap (the book's heap never grows a block in place).
   */
  reallocate(addr: number, ty: Ty, size: number, align: number, span: Span): number {
    const old = this.heapBlocks.get(addr);
    if (!old) throw new Error(`internal error: realloc of ${addr}, which is not a heap block`);
    this.checkMemory(size - old.allocation.size);
    this.heapUnits += size - old.allocation.size;
    const keep = Math.min(old.allocation.size, size);
    const kept: Raw[] = [];
    for (let i = 0; i < keep; i++) kept.push(this.memory.read(addr + i));
    const zst = this.memory.hasZstFlags ? this.zstFlagsOf(addr, old.ty).filter(([offset]) => offset < keep) : [];
    let to: number;
    if (this.heap.reallocate) {
      // The allocator may resize in place (the old block is free once it returns).
      to = this.heap.reallocate(addr, old.allocation.size, size, align);
      if (to < 0) throw new StepLimit(`the heap has no room for a block of ${size} cells`);
    } else {
      to = this.heapAddress(size, align);
      this.heap.free(addr, old.allocation.size);
    }
    this.heapBlocks.delete(addr);
    this.memory.release(old.allocation);
    if (this.ub !== null) this.ub.freedBlock(old.allocation, span, true);
    const label = showTy(ty);
    const allocation = this.memory.addAllocation('heap', to, size, label);
    const real = realLayout(ty);
    this.heapBlocks.set(to, { allocation, ty, utf8: old.utf8, realSize: real.size, realAlign: real.align, site: old.site, ...(old.keptBy ? { keptBy: old.keptBy } : {}) });
    for (let i = 0; i < keep; i++) this.memory.writeRaw(to + i, kept[i]!);
    for (const [offset, key] of zst) this.memory.setZst(to + offset, key, true);
    if (this.logs() && this.loggedBlocks.delete(addr)) {
      this.loggedBlocks.add(to);
      this.allocLog!.push(`realloc ${old.realSize ?? 0} ${real.size} ${real.align}`);
    }
    if (this.recorder.wantsEvents) this.recorder.event({ kind: 'realloc', from: addr, to, oldSize: old.allocation.size, newSize: size, ty: label, step: this.steps, span: this.programSpan(span) });
    return to;
  }

  /** Where text formatted into the `String` at `addr` goes: a `push_str` per write. */
  stringWriter(addr: number, ty: Ty, span: Span): (text: string) => void {
    return stringWriter(this, addr, ty, span);
  }

  /** Frees the heap block at `addr`; `moved`: its contents went to a new block first (a hash
   *  table's resize), which the undefined-behaviour checks say of a pointer into it. */
  free(addr: number, span: Span, moved = false): void {
    const block = this.heapBlocks.get(addr);
    if (!block) return;
    this.heapBlocks.delete(addr);
    this.heapUnits -= block.allocation.size;
    this.heap.free(addr, block.allocation.size);
    this.memory.release(block.allocation);
    if (this.ub !== null) this.ub.freedBlock(block.allocation, span, moved);
    if (this.logs() && this.loggedBlocks.delete(addr)) this.allocLog!.push(`dealloc ${block.realSize ?? 0} ${block.realAlign ?? 1}`);
    if (this.recorder.wantsEvents) this.recorder.event({ kind: 'free', addr, size: block.allocation.size, ty: block.allocation.label, step: this.steps, span: this.programSpan(span) });
    if (this.collectingFrees > 0) this.freed.push({ addr, size: block.realSize ?? block.allocation.size });
  }

  /** Runs a drop and reports the heap blocks freed meanwhile (a drop inside it sees its own). */
  collectFrees(drop: () => boolean): { dropped: boolean; freed: FreedBlock[] } {
    const from = this.freed.length;
    this.collectingFrees++;
    try {
      const dropped = drop();
      return { dropped, freed: this.freed.slice(from) };
    } finally {
      if (--this.collectingFrees === 0) this.freed.length = 0;
    }
  }

  /** Whether a heap event now is logged: only while main's own frame is live (not while its
   *  returned value is dropped), in any thread, outside a panic, and not by std's `System`. */
  private logs(): boolean {
    if (!this.allocLog || !this.logging || this.systemAllocs > 0) return false;
    const mainFrames = this.threads === null ? this.frames : this.threads.threads[0]!.frames;
    return mainFrames.length > 0 && mainFrames[0]!.info === this.entryInfo;
  }

  // ---- stops --------------------------------------------------------------------------------

  /** A stop's snapshot, taken only if the recorder asks for it (made once, not per stop). */
  private readonly snapshotNow = (window?: SnapshotWindow): Snapshot => takeSnapshot(this, window);

  /** `site`: the recorder's `stopSite` of `caption` and `span`, when the caller keeps it. */
  recordStop(kind: StopKind, caption: string, span: Span, dropBegan?: number, site = -1): void {
    if (!this.recorder.keeps(kind)) return;
    // The depth is that of the stack a snapshot's `frames` show: main's.
    const depth = this.threads === null || this.threads.current.id === 0 ? this.frames.length : this.threads.threads[0]!.frames.length;
    this.recorder.stop(kind, this.steps, caption, span, this.stdout.length, depth, this.snapshotNow, dropBegan, site);
  }

  /** The program's source text a span covers. */
  sourceText(span: Span): string {
    return this.file.text.slice(span.start, span.end);
  }

  statementCaption(span: Span): string {
    let caption = this.statementCaptions.get(span);
    if (caption === undefined) {
      this.lines ??= this.file.text.split('\n');
      caption = statementCaption(this.lines, span);
      this.statementCaptions.set(span, caption);
    }
    return caption;
  }
}

/**
 * A statement stop's caption: its line, or for a statement of several lines (a loop, a block, a
 * `match`), whose stop is after all of them ran, its first and last lines (`lines 5–8: for i in
 * 1..=5 { … }`), so that the end of a block never reads as its first line alone.
 */
export function statementCaption(lines: readonly string[], span: Span): string {
  const first = (lines[span.line - 1] ?? '').trim();
  if (span.endLine <= span.line) return `line ${span.line}: ${first}`;
  const last = (lines[span.endLine - 1] ?? '').trim();
  return `lines ${span.line}–${span.endLine}: ${first} … ${last}`;
}

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

function intBitsOf(ty: Ty & { k: 'int' }): number {
  return ty.int === 'isize' || ty.int === 'usize' ? 64 : Number(ty.int.slice(1));
}

/** `{:?}` with no flags. */
export const DEBUG_SPEC = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '?', debugHex: null } as const;
