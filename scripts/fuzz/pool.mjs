// A pool of worker threads running stackheap. Each mutant gets a time guard and the worker a heap
// limit: a mutant that hangs or exhausts the heap loses its worker, which is replaced, and is
// reported as {status: 'timeout'} or {status: 'oom'} instead of stopping the fuzzer.
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export class StackheapPool {
  constructor({ size, api, timeoutMs, heapMb }) {
    this.api = api;
    this.timeoutMs = timeoutMs;
    this.heapMb = heapMb;
    this.idle = [];
    this.waiting = [];
    this.nextId = 0;
    this.slots = Array.from({ length: size }, () => this.spawn());
  }

  /** A worker that joins the idle list once stackheap is loaded in it. */
  spawn() {
    const worker = new Worker(WORKER_URL, { workerData: { api: this.api }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot = { worker, job: null, timer: null, dead: false };
    worker.on('message', (message) => {
      if (message.ready) return this.release(slot);
      if (!slot.job || message.id !== slot.job.id) return;
      this.finish(slot, message.result);
      this.release(slot);
    });
    worker.on('error', (error) => this.replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { status: 'oom', message: error.message } : { status: 'exception', message: `worker failed: ${error.message}`, at: '' }));
    worker.on('exit', () => this.replace(slot, { status: 'exception', message: 'worker exited', at: '' }));
    return slot;
  }

  finish(slot, result) {
    clearTimeout(slot.timer);
    const { resolve } = slot.job;
    slot.job = null;
    resolve(result);
  }

  release(slot) {
    if (slot.dead) return;
    const next = this.waiting.shift();
    if (next) this.dispatch(slot, next);
    else this.idle.push(slot);
  }

  dispatch(slot, job) {
    slot.job = job;
    slot.timer = setTimeout(() => this.replace(slot, { status: 'timeout', message: `no answer within ${this.timeoutMs} ms` }), this.timeoutMs);
    slot.worker.postMessage({ id: job.id, path: job.path, text: job.text, maxSteps: job.maxSteps });
  }

  /** Ends a worker (hung, out of memory or dead), reports its mutant's result, starts another. */
  replace(slot, result) {
    if (slot.dead || this.closed) return;
    slot.dead = true;
    this.idle = this.idle.filter((s) => s !== slot);
    if (slot.job) this.finish(slot, result);
    void slot.worker.terminate();
    this.slots[this.slots.indexOf(slot)] = this.spawn();
  }

  /** What stackheap does with `text` (read as `path`). */
  run(path, text, maxSteps) {
    return new Promise((resolve) => {
      const job = { id: this.nextId++, path, text, maxSteps, resolve };
      const slot = this.idle.shift();
      if (slot) this.dispatch(slot, job);
      else this.waiting.push(job);
    });
  }

  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
