import type { MachineCheckpoint } from './checkpoint.js';
import type { CheckpointSink, Machine } from './machine.js';
import { Recorder } from '../trace/recorder.js';
import type { EventLog } from '../trace/event-log.js';
import type { StopLog } from '../trace/stop-log.js';
import type { Outcome, Snapshot, SnapshotWindow, Stop, StopInfo, StopKind, Trace, TraceEvent, TraceSummary } from '../trace/types.js';
import { windowSnapshot } from '../trace/window.js';

/**
 * A trace that keeps no snapshots: its stops (a `StopLog`) and checkpoints of the machine taken
 * along the run. The machine is deterministic, so the snapshot of any stop is rebuilt by
 * restoring the last checkpoint before it and running on to it (`ReplayedSnapshots`); a run
 * that takes no checkpoints (`--unchecked`) keeps its snapshots (`StoredSnapshots`).
 *
 * Checkpoints are spaced by the work a replay would redo and by what they hold: at least
 * `MIN_INTERVAL` units of work apart (a step, or a cell of a memory page written: one step that
 * fills a million cells is worth a million steps), and further when a checkpoint is large (many
 * pages copied since the previous one, many heap blocks), so that they cost about
 * `ENTRIES_PER_STEP` entries per step at most. All of them together hold at most about
 * `ENTRY_BUDGET` entries (more for a program whose own memory is large), and there are at most
 * `MAX_CHECKPOINTS`: past either, every other checkpoint goes and the spacing doubles, so a run
 * of any length keeps a bounded number. A replay runs at most one interval.
 */

/** Steps between checkpoints at least: a replay of this many steps takes a millisecond or two
 *  (10,000 took 4 ms and more, and made a garbage collection during a replay likelier), and a
 *  10^6-step recording keeps about 200 checkpoints, a few megabytes more than half as many. */
export const MIN_INTERVAL = 5_000;
/** The space checkpoints may take, per step of the run, in entries (page slots, cells, blocks). */
const ENTRIES_PER_STEP = 2;
/** The entries all checkpoints may hold (tens of megabytes), or `LIVE_FACTOR` times the most
 *  cells the live memory held when that is more: a program whose memory is large writes large pages, and
 *  thinning the checkpoint after a large write would make every replay redo it. */
const ENTRY_BUDGET = 4_000_000;
const LIVE_FACTOR = 2;
/** Checkpoints kept at most (each has a few kilobytes of tables besides its entries). */
const MAX_CHECKPOINTS = 1024;

/** Keeps the checkpoints of a recording run, and spaces them. */
export class CheckpointStore implements CheckpointSink {
  checkpoints: MachineCheckpoint[] = [];
  /** The entries all checkpoints hold (pages shared by neighbours counted once per holder). */
  cost = 0;
  /** The most cells the live memory held at a checkpoint. */
  private peakLiveCells = 0;

  constructor(private minInterval = MIN_INTERVAL) {}

  /** Keeps `checkpoint`; the work (steps, and cells of pages written) until the next is due. */
  save(checkpoint: MachineCheckpoint): number {
    this.checkpoints.push(checkpoint);
    this.cost += checkpoint.cost;
    this.peakLiveCells = Math.max(this.peakLiveCells, checkpoint.liveCells);
    const budget = Math.max(ENTRY_BUDGET, LIVE_FACTOR * this.peakLiveCells);
    if ((this.cost > budget || this.checkpoints.length > MAX_CHECKPOINTS) && this.checkpoints.length > 2) this.thin();
    return Math.max(this.minInterval, Math.ceil(checkpoint.cost / ENTRIES_PER_STEP));
  }

  /** Drops every other checkpoint (the first and the last stay) and doubles the spacing. */
  private thin(): void {
    const last = this.checkpoints.length - 1;
    this.checkpoints = this.checkpoints.filter((_, i) => i % 2 === 0 || i === last);
    this.cost = this.checkpoints.reduce((sum, c) => sum + c.cost, 0);
    this.minInterval *= 2;
  }
}

/** The trace without its stops: what the run produced besides them. */
export type TraceHead = Omit<Trace, 'stops'>;
/** What a run produced besides its stops and events. */
export type RecordingHead = Omit<TraceHead, 'events'>;

/** Where a recording's snapshots come from. */
export interface SnapshotSource {
  /** The snapshot of stop `index` (a valid index), all of it or the part `window` asks for. */
  snapshot(index: number, window?: SnapshotWindow): Snapshot;
  readonly checkpoints: readonly MachineCheckpoint[];
  /** The entries the checkpoints hold. */
  readonly cost: number;
}

/** Thrown out of a replaying machine once it has the snapshot it was run for. */
class ReplayDone {
  constructor(readonly snapshot: Snapshot) {}
}

/** Snapshots rebuilt by replaying from the last checkpoint before the stop. */
export class ReplayedSnapshots implements SnapshotSource {
  constructor(
    private readonly store: CheckpointStore,
    private readonly keep: ReadonlySet<StopKind>,
    /** A fresh machine for the same program, target and limits, reporting to `recorder`. */
    private readonly machine: (recorder: Recorder) => Machine,
  ) {}

  get checkpoints(): readonly MachineCheckpoint[] {
    return this.store.checkpoints;
  }

  get cost(): number {
    return this.store.cost;
  }

  snapshot(index: number, window?: SnapshotWindow): Snapshot {
    const from = this.checkpointBefore(index);
    const recorder = new Recorder({
      keep: this.keep,
      events: false,
      only: index,
      ...(window ? { window } : {}),
      onStop: (stop) => {
        throw new ReplayDone(stop.snapshot);
      },
    });
    try {
      this.machine(recorder).run(from);
    } catch (done) {
      if (done instanceof ReplayDone) return done.snapshot;
      throw done;
    }
    throw new Error(`internal error: the replay from step ${from.steps} ended before stop ${index}`);
  }

  /** The last checkpoint taken before stop `index` was reached. */
  private checkpointBefore(index: number): MachineCheckpoint {
    const all = this.store.checkpoints;
    let lo = 0;
    let hi = all.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (all[mid]!.stops <= index) lo = mid;
      else hi = mid - 1;
    }
    const found = all[lo];
    if (!found) throw new Error('internal error: a recording without checkpoints');
    return found;
  }
}

/** Snapshots taken during the run (a run that takes no checkpoints: `--unchecked`). */
export class StoredSnapshots implements SnapshotSource {
  readonly checkpoints: readonly MachineCheckpoint[] = [];
  readonly cost = 0;

  constructor(private readonly stops: readonly Stop[]) {}

  snapshot(index: number, window?: SnapshotWindow): Snapshot {
    const whole = this.stops[index]!.snapshot;
    return window ? windowSnapshot(whole, window) : whole;
  }
}

export class Recording {
  private events: readonly TraceEvent[] | null = null;

  constructor(
    private readonly run: RecordingHead,
    private readonly log: StopLog,
    private readonly eventLog: EventLog | null,
    private readonly snapshots: SnapshotSource,
  ) {}

  /** What the run produced besides its stops; its events as objects (made on first use). */
  get head(): TraceHead {
    this.events ??= this.eventLog?.toArray() ?? [];
    return { ...this.run, events: this.events };
  }

  /** How the run ended, and its steps (without making the events' objects). */
  get outcome(): Outcome {
    return this.run.outcome;
  }

  get steps(): number {
    return this.run.steps;
  }

  get eventCount(): number {
    return this.eventLog?.length ?? 0;
  }

  /** Event `i` (a valid index), without making the others' objects. */
  event(i: number): TraceEvent {
    if (!this.eventLog || !(i >= 0 && i < this.eventLog.length)) throw new RangeError(`no event ${i} (the trace has ${this.eventCount})`);
    return this.eventLog.get(i);
  }

  get stopCount(): number {
    return this.log.length;
  }

  stop(index: number): StopInfo {
    return this.log.get(index);
  }

  /** Everything but the snapshots, as plain data. */
  summary(): TraceSummary {
    const stops: StopInfo[] = [];
    for (let i = 0; i < this.log.length; i++) stops.push(this.log.get(i));
    return { ...this.head, stops };
  }

  /** The memory at stop `index`; with a `window`, only the frames and parts of large blocks
   *  it asks for, at a cost that does not grow with the stack's depth or a block's size. */
  snapshot(index: number, window?: SnapshotWindow): Snapshot {
    this.log.get(index);
    return this.snapshots.snapshot(index, window);
  }

  /** The checkpoints the recording keeps (each as the number of stops before it), the entries
   *  they hold, and the bytes of the stop log and of the event log's columns. */
  get checkpointStats(): { readonly count: number; readonly stopsBefore: readonly number[]; readonly entries: number; readonly stopBytes: number; readonly eventBytes: number } {
    const all = this.snapshots.checkpoints;
    return { count: all.length, stopsBefore: all.map((c) => c.stops), entries: this.snapshots.cost, stopBytes: this.log.bytes, eventBytes: this.eventLog?.bytes ?? 0 };
  }
}
