import type { Span } from '../diagnostics/span.js';
import type { Snapshot, Stop, StopKind, TraceEvent } from './types.js';

/**
 * Collects what the machine reports. It asks for a snapshot only at the stops it keeps, so a
 * long run that is traced at calls costs no more memory than its calls.
 */
export class Recorder {
  readonly stops: Stop[] = [];
  readonly events: TraceEvent[] = [];

  constructor(private readonly keep: ReadonlySet<StopKind>, private readonly keepEvents = true) {}

  wants(kind: StopKind): boolean {
    return this.keep.has(kind);
  }

  stop(kind: StopKind, step: number, caption: string, span: Span, stdoutLength: number, snapshot: () => Snapshot): void {
    if (this.keep.has(kind)) this.stops.push({ kind, step, caption, span, stdoutLength, snapshot: snapshot() });
  }

  event(e: TraceEvent): void {
    if (this.keepEvents) this.events.push(e);
  }
}
