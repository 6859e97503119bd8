import type { RunRequest, RunResult, SnapshotReply, WorkerReply, WorkerRequest } from './protocol.js';
import type { SnapshotWindow } from '../../src/trace/types.js';

/**
 * Owns the interpreter's worker. One run at a time: `stop()` terminates the worker (the only way
 * to interrupt a busy thread) and starts a fresh one, so the next Run needs no page reload. The
 * worker keeps the last run's recording and rebuilds its snapshots on request.
 */
export class Runner {
  private worker!: Worker;
  private nextId = 1;
  private pending: { readonly id: number; readonly resolve: (result: RunResult) => void; readonly onProgress?: (steps: number) => void; steps: number } | null = null;
  private readonly snapshotRequests = new Map<number, (reply: SnapshotReply | null) => void>();

  constructor() {
    // The worker starts loading at once, before the first Run.
    this.spawn();
  }

  /** Runs a program; `onProgress` hears how many steps it has run, a few times a second. */
  run(request: Omit<RunRequest, 'id' | 'kind'>, onProgress?: (steps: number) => void): Promise<RunResult> {
    if (this.pending) this.stop();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending = { id, resolve, steps: 0, ...(onProgress ? { onProgress } : {}) };
      this.post({ ...request, kind: 'run', id });
    });
  }

  /** The snapshots of stops of run `run`'s trace; null once that recording is gone. */
  snapshots(run: number, stops: readonly number[], window: SnapshotWindow): Promise<SnapshotReply | null> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.snapshotRequests.set(id, resolve);
      this.post({ kind: 'snapshots', id, run, stops, window });
    });
  }

  /** Ends the current run (if any) and replaces the worker; its recording is gone with it. */
  stop(): void {
    const pending = this.pending;
    this.pending = null;
    this.worker.terminate();
    this.spawn();
    this.dropSnapshotRequests();
    pending?.resolve({ id: pending.id, kind: 'stopped', steps: pending.steps });
  }

  private post(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }

  private dropSnapshotRequests(): void {
    for (const resolve of this.snapshotRequests.values()) resolve(null);
    this.snapshotRequests.clear();
  }

  private spawn(): void {
    const worker = new Worker(new URL('./worker-entry.ts', import.meta.url), { type: 'module', name: 'stackheap interpreter' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'snapshots') {
        const resolve = this.snapshotRequests.get(reply.id);
        this.snapshotRequests.delete(reply.id);
        resolve?.(reply);
        return;
      }
      if (this.pending?.id !== reply.id) return; // a reply to a run the user already replaced
      if (reply.kind === 'progress') {
        this.pending.steps = reply.steps;
        this.pending.onProgress?.(reply.steps);
        return;
      }
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
      this.dropSnapshotRequests();
      pending?.resolve({ id: pending.id, kind: 'crash', message: event.message || 'the interpreter stopped unexpectedly (out of memory?)' });
    };
    this.worker = worker;
  }
}
