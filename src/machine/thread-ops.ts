import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Scalar } from '../memory/memory.js';
import type { SwitchReason } from '../trace/types.js';
import type { Ty } from '../types/ty.js';
import type { Machine, Value } from './machine.js';
import { intrinsicTypeArgs, type IntrinsicHandlers } from './intrinsic-call.js';
import { strArgument } from './numbers.js';
import { Scheduler, threadLabel, type Thread } from './threads.js';
import { StackRegion } from '../memory/stack.js';
import { asInt, intScalar, asNumber } from './values.js';
import { stringFrom } from './vec.js';

/**
 * The machine's side of std's threads (std/thread.rs, std/sync.rs): spawning a thread with its
 * own stack, the scheduler's switches, and the few intrinsics std's blocking operations are
 * written with. A blocking operation is a loop in std (`while !try_lock() { wait(&lock) }`): the
 * wait marks the thread blocked and the scheduler switches; a `notify` on the same place lets
 * the waiters try again. std's functions are never switched out of otherwise, so what they do
 * between two waits (an atomic's read-modify-write, a lock's test-and-set) is atomic.
 */

export const UNCHECKED_THREADS = 'threads under `--unchecked` (its borrow checks do not follow interleaved threads)';

/** Each thread's scratch region (temporaries, std's frames), within the dense scratch table. */
const SCRATCH_PER_THREAD = 2 ** 24;

/** The scheduler, made on the first spawn from the machine's one stack (the main thread's). */
function scheduler(m: Machine): Scheduler {
  if (m.threads !== null) return m.threads;
  const main: Thread = {
    id: 0,
    name: 'main',
    frames: m.frames,
    stack: m.stack,
    scratchTop: m.scratchTop,
    scratchBase: m.target.scratchBase,
    status: { kind: 'runnable' },
    handle: null,
    packet: -1,
    panicMessage: null,
    joined: false,
    started: true,
  };
  m.threads = new Scheduler(main, m.options.seed ?? 0, m.steps);
  return m.threads;
}

/** The units every thread's stack and scratch region hold (the running thread's as the
 *  machine has them now). */
export function threadsMemoryInUse(m: Machine): number {
  let units = 0;
  for (const t of m.threads!.threads) {
    const running = t === m.threads!.current;
    units += t.stack.used - t.stack.spec.reserved + (running ? m.scratchTop : t.scratchTop) - t.scratchBase;
  }
  return units;
}

/** Saves the running thread's stack into its `Thread` and makes `next`'s the machine's. */
function switchTo(m: Machine, next: Thread, reason: SwitchReason, span: Span): void {
  const s = m.threads!;
  const from = s.current;
  from.frames = m.frames;
  from.scratchTop = m.scratchTop;
  m.frames = next.frames;
  m.stack = next.stack;
  m.scratchTop = next.scratchTop;
  s.current = next;
  s.startSlice(m.steps);
  if (from === next || !m.recorder.wantsEvents) return;
  const waitsOn = from.status.kind === 'blocked' ? { waitsOn: from.status.what } : {};
  m.recorder.event({ kind: 'switch', from: from.id, to: next.id, fromName: threadLabel(from), toName: threadLabel(next), reason, ...waitsOn, step: m.steps, span });
}

/** After a step of a threaded run: the scheduler's turn, when the slice ended or the thread
 *  gave way. */
export function afterThreadStep(m: Machine): void {
  const s = m.threads!;
  if (m.frames.length === 0) return;
  const inStd = m.frame.info.std;
  if (!s.current.started && !inStd) s.restartSlice(m.steps);
  if (!s.shouldSwitch(m.steps, inStd)) return;
  const reason = s.switchRequested ?? 'slice';
  const span = m.currentSpan();
  switchTo(m, s.next(), reason, span);
}

/** The running spawned thread's last frame returned (or unwound): it is finished, its joiner
 *  may go on, and another thread runs. */
export function threadEnded(m: Machine, panicked: boolean): void {
  const s = m.threads!;
  const thread = s.current;
  thread.status = { kind: 'finished', panicked };
  // The thread's stack is unmapped: nothing of it is left to show or to point at.
  s.notify(joinKey(thread.id));
  switchTo(m, s.next(), panicked ? 'panicked' : 'finished', m.currentSpan());
}

const joinKey = (id: number) => `thread ${id}`;
const placeKey = (addr: number) => `place ${addr}`;

/** The program's call a blocking std function was called from, as written (`m.lock()`): a
 *  method call's span starts at the method's name, so the receiver's path before it is added. */
function callText(m: Machine): { what: string; span: Span } {
  const span = m.programSpan(m.currentSpan());
  const text = m.file.text;
  let start = span.start;
  while (start > 0 && /[\w.]/.test(text[start - 1]!)) start--;
  return { what: text.slice(start, span.end), span };
}

function int(value: Value): number {
  return asNumber(value as Scalar);
}

function pointerAddr(value: Value): number {
  const p = value as Scalar;
  if (p.kind !== 'ptr') throw new Error('internal error: a thread intrinsic without a pointer');
  return p.addr;
}

/** A blocking operation inside a `Drop` or `Display` impl the machine runs itself cannot give
 *  way to another thread. */
function mayBlock(m: Machine, span: Span): void {
  if (m.nestedCalls > 0) throw unsupported('a blocking operation (a lock, a join, a channel) inside a `Drop` or formatting impl', m.programSpan(span));
}

/** The thread intrinsics std/thread.rs and std/sync.rs are written with. */
export const THREAD_INTRINSICS = {
  thread_spawn: (m, { t, args, dest }) => {
    m.memory.write(dest.addr, intScalar(BigInt(spawn(m, intrinsicTypeArgs(t)[0]!, args, t.span))));
  },
  thread_state: (m, { args, dest }) => {
    // 0: running, 1: finished, 2: panicked.
    const thread = m.threads?.thread(int(args[0]!));
    const state = thread?.status.kind === 'finished' ? (thread.status.panicked ? 2n : 1n) : 0n;
    m.memory.write(dest.addr, intScalar(state));
  },
  thread_join_wait: (m, { t, args }) => {
    mayBlock(m, t.span);
    const { what, span } = callText(m);
    scheduler(m).block(joinKey(int(args[0]!)), what, span);
  },
  thread_joined: (m, { args }) => {
    const thread = m.threads?.thread(int(args[0]!));
    if (thread) thread.joined = true;
  },
  thread_unjoined_panic: (m, { args, dest }) => {
    // std keeps a panicked thread's payload in its packet until `join` takes it; the machine
    // keeps it with the thread whose packet this is.
    const at = pointerAddr(args[0]!);
    const thread = m.threads?.threads.find((t) => t.packet === at);
    m.memory.write(dest.addr, intScalar(thread !== undefined && thread.panicMessage !== null && !thread.joined ? 1n : 0n));
  },
  thread_panic_message: (m, { t, args, dest }) => {
    stringFrom(m, dest, m.threads?.thread(int(args[0]!))?.panicMessage ?? '', t.span);
  },
  thread_wait: (m, { t, args }) => {
    mayBlock(m, t.span);
    const { what, span } = callText(m);
    scheduler(m).block(placeKey(pointerAddr(args[0]!)), what, span);
  },
  thread_notify: (m, { args }) => {
    m.threads?.notify(placeKey(pointerAddr(args[0]!)));
  },
  thread_notify_one: (m, { args }) => {
    m.threads?.notifyOne(placeKey(pointerAddr(args[0]!)));
  },
  thread_yield: (m) => {
    if (m.threads !== null) m.threads.switchRequested = 'yield';
  },
  thread_sleep: (m, { t, args }) => {
    mayBlock(m, t.span);
    scheduler(m).sleep(asInt(args[0] as Scalar), callText(m).span);
  },
  thread_panicking: (m, { dest }) => {
    m.memory.write(dest.addr, intScalar(m.unwinding ? 1n : 0n));
  },
  system_alloc: (m, { args }) => {
    m.systemAllocs += int(args[0]!) !== 0 ? 1 : -1;
  },
  thread_current: (m, { dest }) => {
    m.memory.write(dest.addr, intScalar(BigInt(m.threads?.current.id ?? 0)));
  },
  thread_handle: (m, { dest }) => {
    // The `Thread` a spawned thread's `thread::current()` clones (std keeps it in a
    // thread-local); the main thread's lives in std's statics (null here).
    m.memory.write(dest.addr, m.threads?.current.handle ?? { kind: 'ptr', addr: 0, alloc: 0 });
  },
} satisfies IntrinsicHandlers;

/**
 * `thread_spawn::<S, I, P>(start, init, &packet, handle, name, named, stack_size)`: a new thread
 * whose first frame is `start(init)` (`S` is the function item std passes), with its own stack
 * and scratch regions. Returns the thread's id.
 */
function spawn(m: Machine, startTy: Ty, args: readonly Value[], span: Span): number {
  if (startTy.k !== 'fnDef') throw new Error('internal error: thread_spawn without a function item');
  // `--unchecked`'s borrow stacks follow one thread's accesses; interleaved threads would read
  // as invalidated references.
  if (m.ub !== null) throw unsupported(UNCHECKED_THREADS, m.programSpan(span));
  const s = scheduler(m);
  const id = s.threads.length;
  const named = int(args[5]!) !== 0;
  // `Builder::stack_size` is in bytes: the real model's; the book model's threads take
  // `--stack-size` cells, as its main thread does.
  const requested = int(args[6]!);
  const size = m.target.stackGrowsDown ? requested || undefined : m.options.stackSize;
  const spec = m.target.threadStack(id, size);
  if (spec === null) throw unsupported(`a thread stack of ${requested} bytes (more than the model's room between thread stacks)`, m.programSpan(span));
  const scratch = m.target.scratchBase + id * SCRATCH_PER_THREAD;
  const thread: Thread = {
    id,
    name: named ? strArgument(m, args[4]!) : null,
    frames: [],
    stack: new StackRegion(spec),
    scratchTop: scratch,
    scratchBase: scratch,
    status: { kind: 'runnable' },
    handle: args[3] as Scalar,
    packet: pointerAddr(args[2]!),
    panicMessage: null,
    joined: false,
    started: false,
  };
  s.add(thread);
  if (m.recorder.wantsEvents) m.recorder.event({ kind: 'spawn', thread: id, name: thread.name, step: m.steps, span });
  // The thread's first frame is pushed onto its own stack.
  const [running, frames, stack, scratchTop] = [s.current, m.frames, m.stack, m.scratchTop];
  s.current = thread;
  m.frames = thread.frames;
  m.stack = thread.stack;
  m.scratchTop = thread.scratchTop;
  const info = m.bodyInfo(m.program.resolve(startTy.fn, startTy.args));
  const slot = m.allocScratch(info.layouts[0]!.size);
  m.pushFrame(info, [args[1]!], slot, info.tys[0]!, null, span);
  thread.frames = m.frames;
  thread.scratchTop = m.scratchTop;
  s.current = running;
  m.frames = frames;
  m.stack = stack;
  m.scratchTop = scratchTop;
  return id;
}
