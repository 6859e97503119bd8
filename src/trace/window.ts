import type { BlockSnapshot, Cell, ElidedFrames, FrameSnapshot, Snapshot, SnapshotWindow } from './types.js';

/**
 * The part of a whole snapshot that `window` asks for, as the machine would have built it with
 * that window (`takeSnapshot`): for snapshots kept whole (a `--unchecked` recording), and the
 * reference the windowed ones are tested against.
 */
export function windowSnapshot(snapshot: Snapshot, window: SnapshotWindow): Snapshot {
  const { frames } = snapshot;
  const inner = frames.length - window.innerFrames;
  const elide = frames.length > window.outerFrames + window.innerFrames;
  const offsets = new Map((window.blockOffsets ?? []).map(({ addr, from }) => [addr, from]));
  const cut = <B extends BlockSnapshot>(block: B): B => {
    if (block.size <= window.blockUnits) return block;
    const from = Math.max(0, Math.min(Math.floor(offsets.get(block.addr) ?? 0), block.size - window.blockUnits));
    const part = { from, to: from + window.blockUnits };
    const cells = block.cells.filter((c: Cell) => c.addr >= block.addr + part.from && c.addr < block.addr + part.to);
    return { ...block, cells, window: part };
  };
  return {
    ...snapshot,
    frames: elide ? [...frames.slice(0, window.outerFrames), ...frames.slice(inner)] : frames,
    heap: snapshot.heap.map(cut),
    ...(snapshot.statics ? { statics: snapshot.statics.map(cut) } : {}),
    ...(elide ? { elided: frameRuns(frames.slice(window.outerFrames, inner), window.outerFrames) } : {}),
  };
}

/** Frames as runs of consecutive frames of one function, placed at `at`. */
function frameRuns(frames: readonly FrameSnapshot[], at: number): ElidedFrames {
  const runs: { fn: string; count: number; std?: true }[] = [];
  for (const frame of frames) {
    const last = runs.at(-1);
    if (last && last.fn === frame.fn && last.std === frame.std) last.count++;
    else runs.push({ fn: frame.fn, count: 1, ...(frame.std ? { std: true as const } : {}) });
  }
  return { at, runs };
}

/** The number of frames on the stack a (possibly windowed) snapshot shows. */
export function stackDepth(snapshot: Snapshot): number {
  return snapshot.frames.length + (snapshot.elided?.runs.reduce((sum, run) => sum + run.count, 0) ?? 0);
}
