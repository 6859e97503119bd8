import type { BlockSnapshot, BlockWindow, Cell, ElidedFrames, FrameSnapshot, Snapshot, SnapshotWindow } from './types.js';

/**
 * The part of a whole snapshot that `window` asks for, as the machine would have built it with
 * that window (`takeSnapshot`): for snapshots kept whole (a `--unchecked` recording), and the
 * reference the windowed ones are tested against.
 */
export function windowSnapshot(snapshot: Snapshot, window: SnapshotWindow): Snapshot {
  const offsets = new Map((window.blockOffsets ?? []).map(({ addr, from }) => [addr, from]));
  const cut = <B extends BlockSnapshot>(block: B): B => {
    const part = blockWindow(block.size, window.blockUnits, offsets.get(block.addr));
    if (!part) return block;
    const cells = block.cells.filter((c: Cell) => c.addr >= block.addr + part.from && c.addr < block.addr + part.to);
    return { ...block, cells, window: part };
  };
  return {
    ...snapshot,
    ...windowStack(snapshot.frames, window),
    heap: snapshot.heap.map(cut),
    ...(snapshot.statics ? { statics: snapshot.statics.map(cut) } : {}),
    ...(snapshot.threads ? { threads: snapshot.threads.map((thread) => ({ ...thread, ...windowStack(thread.frames, window) })) } : {}),
  };
}

/** A stack's frames at both ends, and the runs of those left out between them. */
function windowStack(frames: readonly FrameSnapshot[], window: SnapshotWindow): { frames: readonly FrameSnapshot[]; elided?: ElidedFrames } {
  if (frames.length <= window.outerFrames + window.innerFrames) return { frames };
  const inner = frames.length - window.innerFrames;
  return { frames: [...frames.slice(0, window.outerFrames), ...frames.slice(inner)], elided: frameRuns(frames.slice(window.outerFrames, inner), window.outerFrames) };
}

/** The units of a block of `size` a window shows: `units` of them from `from` (kept inside the
 *  block), or null when the block is no larger than that. */
export function blockWindow(size: number, units: number, from = 0): BlockWindow | null {
  if (size <= units) return null;
  const start = Math.max(0, Math.min(Math.floor(from), size - units));
  return { from: start, to: start + units };
}

/** Frames left out, placed at `at`, as runs of consecutive frames of one function. */
export function frameRuns(frames: Iterable<{ readonly fn: string; readonly std?: boolean }>, at: number): ElidedFrames {
  const runs: { fn: string; count: number; std?: true }[] = [];
  for (const frame of frames) {
    const std = frame.std === true;
    const last = runs.at(-1);
    if (last && last.fn === frame.fn && (last.std === true) === std) last.count++;
    else runs.push({ fn: frame.fn, count: 1, ...(std ? { std: true as const } : {}) });
  }
  return { at, runs };
}

/** The number of frames on the stack a (possibly windowed) snapshot shows. */
export function stackDepth(snapshot: Snapshot): number {
  return snapshot.frames.length + (snapshot.elided?.runs.reduce((sum, run) => sum + run.count, 0) ?? 0);
}
