import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { TRACE_FORMAT_VERSION, type Stop, type Trace } from '../trace/types.js';
import { jsonForScript } from './markup.js';

/**
 * The trace as JSON, in the schema docs/trace-format.md describes, written piece by piece:
 * the stops as they happen, the rest once the run is over. Every `<` is written `\u003c` (and
 * `{{` in a string `\u007b{`): the document can go into an HTML page's
 * `<script type="application/json">` (a `<stackheap-trace>` embed) as it is, whatever the
 * program's strings hold.
 */
export class JsonTraceWriter {
  private started = false;
  private first = true;

  constructor(private readonly write: (text: string) => void) {}

  /** The document's head, written with the first stop (a program that never runs has none). */
  private start(): void {
    if (this.started) return;
    this.write(`{"version":${TRACE_FORMAT_VERSION},"stops":[\n`);
    this.started = true;
  }

  /** Writes one stop; returns how many characters that took. */
  stop(stop: Stop): number {
    this.start();
    const text = `${this.first ? '' : ',\n'}${jsonForScript(stop)}`;
    this.write(text);
    this.first = false;
    return text.length;
  }

  /** Everything but the stops, which were streamed. */
  finish(trace: Omit<Trace, 'stops'> & { stops?: unknown }): void {
    this.start();
    const { stops: _streamed, version: _version, ...rest } = trace;
    const body = jsonForScript(rest);
    this.write(`\n],${body.slice(1)}\n`);
  }

  /** A program that did not run (rustc rejects it, or stackheap refuses it): a whole document
   *  whose outcome holds the diagnostic (docs/trace-format.md, `rejected`). */
  reject(file: string, diagnostic: Diagnostic): void {
    this.start();
    const { kind, code, headline, label, span } = diagnostic;
    const outcome = { kind: 'rejected', exitCode: diagnostic.exitCode, diagnostic: { kind, ...(code ? { code } : {}), headline, ...(label ? { label } : {}), span } };
    const body = jsonForScript({ file, events: [], stdout: '', stderr: '', outcome, steps: 0 });
    this.write(`\n],${body.slice(1)}\n`);
  }
}
