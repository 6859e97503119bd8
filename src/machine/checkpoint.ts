import type { MemoryCheckpoint } from '../memory/memory.js';
import type { HeapAllocator } from '../memory/target.js';
import type { Frame, HeapBlock, Machine } from './machine.js';

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
  readonly statics: readonly { readonly allocationId: number; readonly text: string; readonly ty: HeapBlock['ty'] }[];
  readonly staticByText: readonly (readonly [string, { readonly addr: number; readonly len: number }])[];
  readonly staticTop: number;
  readonly stdStaticTop: number;
  readonly frames: readonly Frame[];
  readonly stackTop: number;
  readonly scratchTop: number;
  readonly mainSlot: number;
  readonly nextFormatterId: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What it holds, in entries (page-table slots, cells of pages copied, blocks, frames): what
   *  the trace weighs when it spaces checkpoints. */
  readonly cost: number;
}

/** The machine's state now; null while a formatter or a `Drop` impl is running (not a safe point). */
export function saveCheckpoint(m: Machine): MachineCheckpoint | null {
  if (m.formatters.size !== 0 || m.dropNames.size !== 0) return null;
  const cost = m.memory.checkpointCost + m.heapBlocks.size + m.frames.length;
  return {
    steps: m.steps,
    stops: m.recorder.stopCount,
    memory: m.memory.checkpoint(),
    heap: cloneAllocator(m.heap),
    heapBlocks: [...m.heapBlocks.values()].map(({ allocation, ...block }) => ({ ...block, allocationId: allocation.id })),
    statics: m.statics.map(({ allocation, text, ty }) => ({ allocationId: allocation.id, text, ty })),
    staticByText: [...m.staticByText],
    staticTop: m.staticTop,
    stdStaticTop: m.stdStaticTop,
    frames: m.frames.map((frame) => ({ ...frame })),
    stackTop: m.stackTop,
    scratchTop: m.scratchTop,
    mainSlot: m.mainSlot,
    nextFormatterId: m.nextFormatterId,
    stdout: m.stdout,
    stderr: m.stderr,
    cost,
  };
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
  m.statics.length = 0;
  for (const { allocationId, text, ty } of c.statics) m.statics.push({ allocation: allocation(allocationId), text, ty });
  m.staticByText.clear();
  for (const [text, placed] of c.staticByText) m.staticByText.set(text, placed);
  m.staticTop = c.staticTop;
  m.stdStaticTop = c.stdStaticTop;
  m.frames.length = 0;
  for (const frame of c.frames) m.frames.push({ ...frame, info: m.bodyInfo(frame.info.body.instance) });
  m.stackTop = c.stackTop;
  m.scratchTop = c.scratchTop;
  m.mainSlot = c.mainSlot;
  m.nextFormatterId = c.nextFormatterId;
  m.stdout = c.stdout;
  m.stderr = c.stderr;
}

/** A deep copy of an allocator's state (maps, sets, arrays and numbers), with its methods. */
function cloneAllocator(heap: HeapAllocator): HeapAllocator {
  return Object.assign(Object.create(Object.getPrototypeOf(heap) as object) as HeapAllocator, structuredClone({ ...heap }));
}
