import type { Span } from '../diagnostics/span.js';
import { EventLog } from './event-log.js';
import type { StopLog } from './stop-log.js';
import { STOP_KINDS, type Snapshot, type SnapshotWindow, type Stop, type StopKind, type TraceEvent } from './types.js';

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
  /** The event list, when kept. */
  readonly eventLog: EventLog | null;

  /** Whether anyone looks at events; when not, the machine doesn't build them. */
  readonly wantsEvents: boolean;
  /** Whether anyone looks at calls into std's functions and their returns. */
  readonly wantsStdCalls: boolean;
  /** Whether any stop takes a snapshot: when none does, nobody sees the cells of dead locals. */
  readonly keepsAny: boolean;

  /** `keep` as a record: asked at every statement, cheaper than a set. */
  private readonly kept: Readonly<Record<StopKind, boolean>>;

  /** The stops kept so far (a replay starts counting at its checkpoint's). */
  stopCount = 0;

  constructor(private readonly options: RecorderOptions) {
    this.wantsEvents = options.events || options.onEvent !== undefined;
    this.wantsStdCalls = (options.events && !options.skipStdCalls) || options.onEvent !== undefined;
    this.keepsAny = options.keep.size > 0;
    this.eventLog = options.events ? new EventLog() : null;
    this.kept = Object.fromEntries(STOP_KINDS.map((kind) => [kind, options.keep.has(kind)])) as Record<StopKind, boolean>;
  }

  /** The event list (empty when not kept), as objects. */
  get events(): TraceEvent[] {
    return this.eventLog?.toArray() ?? [];
  }

  /** Whether stops of this kind are kept (so the caller can skip building their captions). */
  keeps(kind: StopKind): boolean {
    return this.kept[kind];
  }

  /** `site`: what `stopSite(caption, span)` returned, when the caller kept it (-1: not known). */
  stop(kind: StopKind, step: number, caption: string, span: Span, stdoutLength: number, depth: number, snapshot: (window?: SnapshotWindow) => Snapshot, dropBegan?: number, site = -1): void {
    if (!this.kept[kind]) return;
    const index = this.stopCount++;
    this.options.onProgress?.(step);
    if (this.options.log) {
      this.options.log.push(kind, step, caption, span, stdoutLength, depth, dropBegan, site);
      return;
    }
    if (this.options.only !== undefined && index !== this.options.only) return;
    const stop: Stop = { kind, step, caption, span, stdoutLength, ...(dropBegan === undefined ? {} : { dropBegan }), snapshot: snapshot(this.options.window) };
    if (this.options.onStop) this.options.onStop(stop);
    else this.stops.push(stop);
  }

  /** The stop log's index of a stop's caption and span, which a stop that always has them (a
   *  statement's) keeps for `stop`: -1 when no log keeps the stops. */
  stopSite(caption: string, span: Span): number {
    return this.options.log ? this.options.log.site(caption, span) : -1;
  }

  /** The event log's site of a call from `caller` to `fn` at `span` (or of a return from `fn`,
   *  `caller` null), which a call or return that always has them keeps for `eventAt`: -1 when
   *  the event is not kept as a site (no log; an `onEvent` listener, which sees objects; std's
   *  calls left out), and the caller then reports it with `call` or `return`. */
  eventSite(fn: string, caller: string | null, std: boolean, span: Span): number {
    if (this.options.onEvent || !this.eventLog || (std && this.options.skipStdCalls)) return -1;
    return caller === null ? this.eventLog.site('return', span, fn, '', std) : this.eventLog.site('call', span, fn, caller, std);
  }

  /** The event at `site` (an `eventSite` other than -1) at `step`. */
  eventAt(site: number, step: number): void {
    this.eventLog!.append(step, site);
  }

  event(e: TraceEvent): void {
    if (this.eventLog && !(this.options.skipStdCalls && (e.kind === 'call' || e.kind === 'return') && e.std)) this.eventLog.push(e);
    this.options.onEvent?.(e);
  }

  /** A call event, without an object when only the event list sees it. */
  call(fn: string, caller: string, std: boolean, step: number, span: Span): void {
    if (this.options.onEvent) this.event(std ? { kind: 'call', fn, caller, std, step, span } : { kind: 'call', fn, caller, step, span });
    else if (this.eventLog && !(std && this.options.skipStdCalls)) this.eventLog.call(fn, caller, std, step, span);
  }

  /** A return event, without an object when only the event list sees it. */
  return(fn: string, std: boolean, step: number, span: Span): void {
    if (this.options.onEvent) this.event(std ? { kind: 'return', fn, std, step, span } : { kind: 'return', fn, step, span });
    else if (this.eventLog && !(std && this.options.skipStdCalls)) this.eventLog.return(fn, std, step, span);
  }
}
