// A worker thread that runs mutants through stackheap in-process (dist/api.js, loaded once):
// receives {id, path, text, maxSteps}, posts back {id, result}. The parent kills the thread when
// a mutant takes too long or exhausts the heap, so nothing here guards against either.
import { parentPort, workerData } from 'node:worker_threads';
import { canonicalThreadIds } from './rustc.mjs';

const { Stackheap, Diagnostic } = await import(workerData.api);
const stackheap = await Stackheap.load();

/** What stackheap did with one program, as plain data. */
function runOne(path, text, maxSteps) {
  try {
    const trace = stackheap.trace({ path, text }, { at: 'none', events: false, maxSteps });
    const { outcome } = trace;
    const result = { status: 'ran', outcome: outcome.kind, exitCode: outcome.exitCode, stdout: trace.stdout, stderr: canonicalThreadIds(trace.stderr) };
    if (outcome.kind === 'unsupported') return { ...result, headline: outcome.message, line: outcome.span.line };
    if (outcome.kind === 'limit') return { ...result, headline: outcome.message };
    return result;
  } catch (error) {
    if (error instanceof Diagnostic) {
      return { status: 'diagnostic', kind: error.kind, code: error.code ?? null, headline: error.headline, line: error.span.line, col: error.span.col };
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const at = error instanceof Error ? (error.stack ?? '').split('\n').find((l) => l.includes('/dist/'))?.trim() ?? '' : '';
    return { status: 'exception', message, at };
  }
}

parentPort.on('message', ({ id, path, text, maxSteps }) => {
  parentPort.postMessage({ id, result: runOne(path, text, maxSteps) });
});
parentPort.postMessage({ ready: true });
