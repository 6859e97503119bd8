import type { Span } from '../diagnostics/span.js';
import type { StopLog } from './stop-log.js';
import type { Snapshot, SnapshotWindow, Stop, StopKind, TraceEvent } from './types.js';

export interface RecorderOptions {
  /** Which stops to take a snapshot at. */
  readonly keep: ReadonlySet<StopKind>;
  /** Keep the event list (calls, allocations, drops, prints). */
  readonly events: boolean;
  /**
   * Receives each stop as it happens. When given, stops are handed over instead of stored,
   * so a long trace streams in constant memory.
   */
  readonly onStop?: (stop: Stop) => void;
  /** Receives each event as it happens, whether or not the event list is kept. */
  readonly onEvent?: (event: TraceEvent) => void;
  /** Sees the machine's step count at each kept stop (a long run's progress). */
  readonly onProgress?: (steps: number) => void;
  /** Keeps each stop in this log without a snapshot (a trace rebuilt by replay). */
  readonly log?: StopLog;
  /** Takes the snapshot of this stop only (by its index among the kept stops): a replay. */
  readonly only?: number;
  /** The part of memory the snapshots show (all of it when absent). */
  readonly window?: SnapshotWindow;
  /** Leaves calls into std's functions and their returns out of the event list (`onEvent`
   *  still sees them): they change no memory, and a long recording is mostly them. */
  readonly skipStdCalls?: boolean;
}

/**
 * Collects what the machine reports. It asks for a snapshot only at the stops it keeps, so a
 * long run that is traced at calls costs no more memory than its calls.
 */
export class Recorder {
  readonly stops: Stop[] = [];
  readonly events: TraceEvent[] = [];

  /** Whether anyone looks at events; when not, the machine doesn't build them. */
  readonly wantsEvents: boolean;
  /** Whether anyone looks at calls into std's functions and their returns. */
  readonly wantsStdCalls: boolean;
  /** Whether any stop takes a snapshot: when none does, nobody sees the cells of dead locals. */
  readonly keepsAny: boolean;

  /** The stops kept so far (a replay starts counting at its checkpoint's). */
  stopCount = 0;

  constructor(private readonly options: RecorderOptions) {
    this.wantsEvents = options.events || options.onEvent !== undefined;
    this.wantsStdCalls = (options.events && !options.skipStdCalls) || options.onEvent !== undefined;
    this.keepsAny = options.keep.size > 0;
  }

  /** Whether stops of this kind are kept (so the caller can skip building their captions). */
  keeps(kind: StopKind): boolean {
    return this.options.keep.has(kind);
  }

  stop(kind: StopKind, step: number, caption: string, span: Span, stdoutLength: number, depth: number, snapshot: (window?: SnapshotWindow) => Snapshot, dropBegan?: number): void {
    if (!this.options.keep.has(kind)) return;
    const index = this.stopCount++;
    this.options.onProgress?.(step);
    if (this.options.log) {
      this.options.log.push(kind, step, caption, span, stdoutLength, depth, dropBegan);
      return;
    }
    if (this.options.only !== undefined && index !== this.options.only) return;
    const stop: Stop = { kind, step, caption, span, stdoutLength, ...(dropBegan === undefined ? {} : { dropBegan }), snapshot: snapshot(this.options.window) };
    if (this.options.onStop) this.options.onStop(stop);
    else this.stops.push(stop);
  }

  event(e: TraceEvent): void {
    if (this.options.events && !(this.options.skipStdCalls && (e.kind === 'call' || e.kind === 'return') && e.std)) this.events.push(e);
    this.options.onEvent?.(e);
  }
}
