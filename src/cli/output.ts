import { writeSync } from 'node:fs';
import { outcomeDiagnostic } from '../api.js';
import { renderDiagnostic } from '../diagnostics/emitter.js';
import type { SourceFile } from '../diagnostics/span.js';
import type { Outcome } from '../trace/types.js';

/**
 * Buffered, synchronous writes to a file descriptor: a streamed trace can be far larger than
 * memory, and a closed pipe (`| head`) must end the output quietly rather than crash.
 */
export class Output {
  private chunks: string[] = [];
  private size = 0;
  private closed = false;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    if (this.closed) return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.closed || this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    try {
      writeSync(this.fd, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      this.closed = true;
    }
  }
}

/** How a run that did not end on its own stopped, after its output: a stackheap limit, an
 *  unsupported operation or (with `--unchecked`) undefined behaviour. */
export function reportStop(outcome: Outcome, file: SourceFile, maxSteps: number | undefined, maxMemory: number | undefined, stderr: Output): void {
  reportLimit(outcome, maxSteps, maxMemory, stderr);
  const stopped = outcomeDiagnostic(outcome);
  if (stopped) stderr.write(renderDiagnostic(stopped, file));
}

/** A run stopped by a stackheap limit, after its output: which budget, and how to raise it. */
function reportLimit(outcome: Outcome, maxSteps: number | undefined, maxMemory: number | undefined, stderr: Output): void {
  if (outcome.kind !== 'limit') return;
  const hint =
    maxSteps === undefined && outcome.message.includes('step budget') ? ' (raise it with --max-steps N)'
    : maxMemory === undefined && outcome.message.includes('memory budget') ? ' (raise it with --max-memory BYTES)'
    : '';
  stderr.write(`error: stopped: ${outcome.message}${hint}\n --> ${outcome.location}\n`);
}
