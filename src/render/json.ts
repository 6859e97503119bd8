import { TRACE_FORMAT_VERSION, type Stop, type Trace } from '../trace/types.js';

/**
 * The trace as JSON, in the schema docs/trace-format.md describes, written piece by piece:
 * the stops as they happen, the rest once the run is over.
 */
export class JsonTraceWriter {
  private first = true;

  constructor(private readonly write: (text: string) => void) {
    write(`{"version":${TRACE_FORMAT_VERSION},"stops":[\n`);
  }

  stop(stop: Stop): void {
    this.write(`${this.first ? '' : ',\n'}${JSON.stringify(stop)}`);
    this.first = false;
  }

  /** Everything but the stops, which were streamed. */
  finish(trace: Omit<Trace, 'stops'> & { stops?: unknown }): void {
    const { stops: _streamed, version: _version, ...rest } = trace;
    const body = JSON.stringify(rest);
    this.write(`\n],${body.slice(1)}\n`);
  }
}
