import { parentPort } from 'node:worker_threads';
import { Stackheap } from '../api.js';
import { renderSnippet, type SnippetJob, type SnippetResult } from './mdbook-snippet.js';

/** One of `stackheap mdbook`'s workers: it loads stackheap once and renders the snippets it is sent. */

const port = parentPort!;
const loaded = Stackheap.load();

port.on('message', (job: SnippetJob & { readonly index: number }) => {
  void loaded.then((stackheap) => {
    let result: SnippetResult;
    try {
      result = renderSnippet(stackheap, job);
    } catch (error) {
      result = { ok: false, message: `error: internal error in stackheap: ${error instanceof Error ? error.message : String(error)}\n` };
    }
    port.postMessage({ index: job.index, result });
  });
});
