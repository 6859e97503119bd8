import runtimeWasmUrl from 'web-tree-sitter/tree-sitter.wasm?url';
import grammarWasmUrl from 'tree-sitter-rust/tree-sitter-rust.wasm?url';
// std's AST, parsed at build time (src/syntax/ast-artifact.ts; parsing std here would be most of
// the first run's wait), in two parts: what loading reads (the head), and the chunks and std's
// text, which the worker downloads when a run first reads one (a short program reads none).
import stdEagerUrl from '../../dist/std-ast-eager.json?url';
import stdChunksUrl from '../../dist/std-ast-chunks.json?url';
import type { WorkerRequest } from './protocol.js';

/**
 * The interpreter worker's script, kept small: it starts downloading what loading needs, then
 * imports the interpreter (worker.ts, most of the page's code), so that the downloads and the
 * import go on together. Requests that come meanwhile are answered once it is here.
 */

export interface WorkerDownloads {
  readonly runtimeWasm: Uint8Array;
  readonly grammarWasm: Uint8Array;
  readonly stdEager: Uint8Array;
  readonly stdChunksUrl: string;
}

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

const downloads = Promise.all([runtimeWasmUrl, grammarWasmUrl, stdEagerUrl].map(download)).then(
  ([runtimeWasm, grammarWasm, stdEager]): WorkerDownloads => ({ runtimeWasm: runtimeWasm!, grammarWasm: grammarWasm!, stdEager: stdEager!, stdChunksUrl }),
);
downloads.catch(() => undefined);

const queued: WorkerRequest[] = [];
self.onmessage = (event: MessageEvent<WorkerRequest>) => queued.push(event.data);
const { serve } = await import('./worker.js');
serve(downloads, queued);
