import type { RunReply, RunRequest, RunResult } from './protocol.js';

/**
 * Owns the interpreter's worker. One run at a time: `stop()` terminates the worker (the only way
 * to interrupt a busy thread) and starts a fresh one, so the next Run needs no page reload.
 */
export class Runner {
  private worker!: Worker;
  private nextId = 1;
  private pending: { readonly id: number; readonly resolve: (result: RunResult) => void } | null = null;

  constructor() {
    // The worker starts loading the parser's .wasm at once, before the first Run.
    this.spawn();
  }

  run(request: Omit<RunRequest, 'id'>): Promise<RunResult> {
    if (this.pending) this.stop();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending = { id, resolve };
      this.worker.postMessage({ ...request, id } satisfies RunRequest);
    });
  }

  /** Ends the current run (if any) and replaces the worker. */
  stop(): void {
    const pending = this.pending;
    this.pending = null;
    this.worker.terminate();
    this.spawn();
    pending?.resolve({ id: pending.id, kind: 'stopped' });
  }

  private spawn(): void {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'stackheap interpreter' });
    worker.onmessage = (event: MessageEvent<RunReply>) => {
      const reply = event.data;
      if (this.pending?.id !== reply.id) return; // a reply to a run the user already replaced
      const { resolve } = this.pending;
      this.pending = null;
      resolve(reply);
    };
    // Out of memory, or a failure to load the worker's script: the worker is unusable.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const pending = this.pending;
      this.pending = null;
      this.worker.terminate();
      this.spawn();
      pending?.resolve({ id: pending.id, kind: 'crash', message: event.message || 'the interpreter stopped unexpectedly (out of memory?)' });
    };
    this.worker = worker;
  }
}
