import type { MemoryCheckpoint } from '../memory/memory.js';
import type { StackState } from '../memory/stack.js';
import type { HeapAllocator } from '../memory/target.js';
import type { PointedFunction } from './fn-pointers.js';
import type { Frame, HeapBlock, Machine } from './machine.js';
import type { StaticsCheckpoint } from './statics.js';

/**
 * The machine's whole state between two steps of `main`'s loop (no nested call running), from
 * which a run can go on exactly as it did: the machine is deterministic, so a trace keeps a few
 * checkpoints and replays from the nearest one to rebuild a stop's snapshot.
 */
export interface MachineCheckpoint {
  readonly steps: number;
  /** The stops the recorder had kept before it: the next one is stop number `stops`. */
  readonly stops: number;
  readonly memory: MemoryCheckpoint;
  readonly heap: HeapAllocator;
  readonly heapBlocks: readonly (Omit<HeapBlock, 'allocation'> & { readonly allocationId: number })[];
  readonly statics: StaticsCheckpoint;
  readonly fnPointers: readonly PointedFunction[];
  readonly frames: readonly Frame[];
  readonly stack: StackState;
  readonly scratchTop: number;
  readonly mainSlot: number;
  readonly nextFormatterId: number;
  readonly rawDerefs: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** What it holds, in entries (page-table slots, cells of pages copied, blocks, frames): what
   *  the trace weighs when it spaces checkpoints. */
  readonly cost: number;
  /** The cells the live memory held (about): checkpoints may keep a few times as much. */
  readonly liveCells: number;
}

/** The machine's state now; null while a formatter or a `Drop` impl is running (not a safe
 *  point). `--unchecked`'s checker keeps its state in pointers and frames, which this does not
 *  capture: its runs take no checkpoints. */
export function saveCheckpoint(m: Machine): MachineCheckpoint | null {
  if (m.formatters.size !== 0 || m.dropNames.size !== 0 || m.ub !== null) return null;
  const frames = frameCopies(m.frames);
  // A frame's slot counts as a page's does; the copies shared with the previous checkpoint are free.
  const cost = m.memory.checkpointCost + m.heapBlocks.size + frames.length;
  return {
    steps: m.steps,
    stops: m.recorder.stopCount,
    memory: m.memory.checkpoint(),
    heap: cloneAllocator(m.heap),
    heapBlocks: [...m.heapBlocks.values()].map(({ allocation, ...block }) => ({ ...block, allocationId: allocation.id })),
    statics: m.statics.checkpoint(),
    fnPointers: m.fnPointers.checkpoint(),
    frames,
    stack: m.stack.save(),
    scratchTop: m.scratchTop,
    mainSlot: m.mainSlot,
    nextFormatterId: m.nextFormatterId,
    rawDerefs: m.rawDerefs,
    stdout: m.stdout,
    stderr: m.stderr,
    cost,
    liveCells: m.memory.cellsHeld,
  };
}

/** Each live frame's latest copy in a checkpoint: a frame that has not moved since (one below
 *  the top of a deep stack waits for its callee) shares it, so that checkpoints of a deep stack
 *  cost the frames that changed, not the stack's depth. */
const frameCopy = new WeakMap<Frame, Frame>();

function frameCopies(live: readonly Frame[]): readonly Frame[] {
  return live.map((frame) => {
    const last = frameCopy.get(frame);
    if (last && last.block === frame.block && last.statement === frame.statement) return last;
    const copy = { ...frame };
    frameCopy.set(frame, copy);
    return copy;
  });
}

/** Puts a fresh machine (of the same program and target) in the checkpoint's state. */
export function restoreCheckpoint(m: Machine, c: MachineCheckpoint): void {
  m.steps = c.steps;
  m.recorder.stopCount = c.stops;
  m.memory.restore(c.memory);
  m.heap = cloneAllocator(c.heap);
  const allocation = (id: number) => {
    const a = m.memory.allocation(id);
    if (!a) throw new Error(`internal error: checkpoint without allocation ${id}`);
    return a;
  };
  m.heapBlocks.clear();
  for (const { allocationId, ...block } of c.heapBlocks) {
    const a = allocation(allocationId);
    m.heapBlocks.set(a.base, { ...block, allocation: a });
  }
  m.recountHeap();
  m.statics.restore(c.statics, allocation);
  m.fnPointers.restore(c.fnPointers);
  m.frames.length = 0;
  for (const frame of c.frames) m.frames.push({ ...frame, info: m.bodyInfo(frame.info.body.instance) });
  m.stack.restore(c.stack);
  m.scratchTop = c.scratchTop;
  m.mainSlot = c.mainSlot;
  m.nextFormatterId = c.nextFormatterId;
  m.rawDerefs = c.rawDerefs;
  m.stdout = c.stdout;
  m.stderr = c.stderr;
}

/** A deep copy of an allocator's state (maps, sets, arrays and numbers), with its methods. */
function cloneAllocator(heap: HeapAllocator): HeapAllocator {
  return Object.assign(Object.create(Object.getPrototypeOf(heap) as object) as HeapAllocator, structuredClone({ ...heap }));
}
