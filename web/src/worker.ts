import { outcomeDiagnostic, Stackheap, type Recording } from '../../src/api.js';
import { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { renderDiagnostic } from '../../src/diagnostics/emitter.js';
import type { SourceFile } from '../../src/diagnostics/span.js';
import type { DiagnosticData, RunReply, RunRequest, SnapshotReply, SnapshotRequest, WorkerReply, WorkerRequest } from './protocol.js';
import type { WorkerDownloads } from './worker-entry.js';

/**
 * The interpreter's thread (started by worker-entry.ts). It loads tree-sitter and std's AST
 * once, then answers one request at a time: a run
 * records the program's trace (stops and checkpoints, no snapshots) and keeps the recording; a
 * snapshot request rebuilds stops of the kept recording by replay. An endless program blocks this
 * thread only; the page stops it by terminating the worker.
 */

// The project compiles with the DOM library, whose `self` is a Window; a worker's scope has a
// one-argument postMessage. This is the part of DedicatedWorkerGlobalScope used here.
interface WorkerScope {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Loads from the entry's downloads; a failure is reported as the first run's reply. */
let loading: Promise<Stackheap>;

/** Loads the interpreter from `downloads` and answers requests: `queued` first, those that came
 *  while this module was imported. */
export function serve(downloads: Promise<WorkerDownloads>, queued: readonly WorkerRequest[]): void {
  loading = downloads.then(({ runtimeWasm, grammarWasm, stdEager, stdChunksUrl }) => {
    chunksUrl = stdChunksUrl;
    return Stackheap.load({ runtimeWasm, grammarWasm }, { eager: stdEager, chunks: stdChunks });
  });
  loading.catch(() => undefined);
  scope.onmessage = (event) => answer(event.data);
  queued.forEach(answer);
}

function answer(request: WorkerRequest): void {
  if (request.kind === 'snapshots') scope.postMessage(snapshots(request));
  else
    void handle(request).then((reply) => {
      scope.postMessage(reply);
      prefetchStdChunks();
    });
}

let chunksUrl = '';
/** std's chunks, once here. */
let stdChunksBytes: Uint8Array | undefined;

/** std's chunks, for the first run that reads one: downloaded there and then (this thread has
 *  nothing else to do meanwhile) unless the download after the first run is done. */
function stdChunks(): Uint8Array {
  if (stdChunksBytes) return stdChunksBytes;
  const request = new XMLHttpRequest();
  request.open('GET', chunksUrl, false);
  request.responseType = 'arraybuffer';
  request.send();
  if (request.status !== 200) throw new Error(`couldn't download std's AST: ${chunksUrl}: ${request.status} ${request.statusText}`);
  return (stdChunksBytes = new Uint8Array(request.response as ArrayBuffer));
}

/** How long after the first run std's chunks start downloading: at once, the download would
 *  slow the first diagram's drawing on the page (its decompression takes a core for a while). */
const PREFETCH_DELAY_MS = 1000;
let prefetching = false;

/** Downloads std's chunks in the background a moment after the first run, so that a later run
 *  that reads them need not wait. */
function prefetchStdChunks(): void {
  if (stdChunksBytes || prefetching) return;
  prefetching = true;
  setTimeout(() => {
    void fetch(chunksUrl)
      .then(async (response) => (response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined))
      .then((bytes) => (stdChunksBytes ??= bytes))
      .catch(() => undefined);
  }, PREFETCH_DELAY_MS);
}

/** The last run's recording, which snapshot requests replay. */
let current: { readonly run: number; readonly recording: Recording } | null = null;

function snapshots(request: SnapshotRequest): SnapshotReply {
  const { id } = request;
  if (current?.run !== request.run) return { id, kind: 'snapshots', snapshots: null };
  const recording = current.recording;
  try {
    return { id, kind: 'snapshots', snapshots: request.stops.map((i) => recording.snapshot(i, request.window)) };
  } catch (error) {
    return { id, kind: 'snapshots', snapshots: null, message: `internal error in stackheap: ${message(error)}` };
  }
}

async function handle(request: RunRequest): Promise<RunReply> {
  const { id } = request;
  let stackheap: Stackheap;
  try {
    stackheap = await loading;
  } catch (error) {
    return { id, kind: 'crash', message: `couldn't load the Rust parser: ${message(error)}` };
  }
  const file = { path: request.path, text: request.source };
  const started = performance.now();
  current = null;
  try {
    const recording = stackheap.record(file, { at: 'all', maxSteps: request.maxSteps, model: request.model, unchecked: request.unchecked, onProgress: progress(id) });
    current = { run: id, recording };
    const stopped = outcomeDiagnostic(recording.outcome);
    return { id, kind: 'trace', trace: recording.summary(), ms: performance.now() - started, ...(stopped ? { stopped: diagnosticData(stopped, file) } : {}) };
  } catch (error) {
    if (error instanceof Diagnostic) return { id, kind: 'diagnostic', diagnostic: diagnosticData(error, file, error.kind === 'compile' && !request.unchecked && runsUnchecked(stackheap, file)) };
    return { id, kind: 'crash', message: `internal error in stackheap: ${message(error)}` };
  }
}

/** Milliseconds between two progress messages of a run. */
const PROGRESS_INTERVAL = 100;

/** Tells the page how many steps run `id` has run, every PROGRESS_INTERVAL ms (the clock is
 *  read every 256th stop: reading it at every one would slow the run). */
function progress(id: number): (steps: number) => void {
  let stops = 0;
  let last = performance.now();
  return (steps) => {
    if ((++stops & 255) !== 0) return;
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL) return;
    last = now;
    scope.postMessage({ id, kind: 'progress', steps });
  };
}

/** Whether the program compiles once the borrow checker's errors are skipped. */
function runsUnchecked(stackheap: Stackheap, file: SourceFile): boolean {
  try {
    stackheap.compile(file, true);
    return true;
  } catch {
    return false;
  }
}

/** A Diagnostic as plain data, rendered as the CLI prints it. */
function diagnosticData(error: Diagnostic, file: SourceFile, uncheckedRuns = false): DiagnosticData {
  const { kind, headline, code, label, span } = error;
  return {
    kind,
    headline,
    span,
    labels: error.labels.map((l) => ({ span: l.span, message: l.message })),
    rendered: renderDiagnostic(error, file),
    ...(uncheckedRuns ? { runsUnchecked: true as const } : {}),
    ...(code === undefined ? {} : { code }),
    ...(label === undefined ? {} : { label }),
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
