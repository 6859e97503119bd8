import { readFileSync } from 'node:fs';
import { Stackheap, type Recording, type TraceOptions } from '../src/api.js';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { renderDiagnostic } from '../src/diagnostics/emitter.js';
import type { Trace } from '../src/trace/types.js';

let loaded: Promise<Stackheap> | undefined;

/** stderr with every thread id a panic or overflow message prints as `(1)`, as the oracle
 *  writes rustc's goldens (stackheap numbers its threads from main's 1). */
export function normalizeThreadIds(stderr: string): string {
  return stderr.replace(/^(thread '[^'\n]*' )\(\d+\)/gm, '$1(1)');
}

export function stackheap(): Promise<Stackheap> {
  loaded ??= Stackheap.load();
  return loaded;
}

export async function traceFile(path: string, options: TraceOptions = {}): Promise<Trace> {
  return (await stackheap()).trace({ path, text: readFileSync(path, 'utf8') }, options);
}

export async function traceSource(text: string, options: TraceOptions = {}, path = 'test.rs'): Promise<Trace> {
  return (await stackheap()).trace({ path, text }, options);
}

/** A recorded trace (stops without snapshots, rebuilt by replay), as the web page's worker makes. */
export async function recordFile(path: string, options: TraceOptions = {}): Promise<Recording> {
  return (await stackheap()).record({ path, text: readFileSync(path, 'utf8') }, options);
}

export async function recordSource(text: string, options: TraceOptions = {}, path = 'test.rs'): Promise<Recording> {
  return (await stackheap()).record({ path, text }, options);
}

/** The diagnostic a program produces, rendered as the CLI prints it. */
export async function diagnosticOf(text: string, path = 'test.rs'): Promise<Diagnostic> {
  const d = await rejectionOf(text, path);
  if (d === null) throw new Error('expected a diagnostic, but the program compiled');
  return d;
}

/** The diagnostic a program produces, or null if it compiles. */
export async function rejectionOf(text: string, path = 'test.rs'): Promise<Diagnostic | null> {
  try {
    (await stackheap()).compile({ path, text });
  } catch (error) {
    if (error instanceof Diagnostic) return error;
    throw error;
  }
  return null;
}

export function rendered(d: Diagnostic, text: string, path = 'test.rs'): string {
  return renderDiagnostic(d, { path, text });
}

/** Table blocks as the seed checker reads them: whitespace runs collapsed, `(230)` as `(2^30)`. */
export function tables(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim().replace('(230)', '(2^30)');
    if (line === 'Address Name Value') {
      if (current) out.push(current);
      current = [];
    } else if (current) {
      if (line === '') {
        out.push(current);
        current = null;
      } else current.push(line);
    }
  }
  if (current) out.push(current);
  return out;
}

/** Lets the event loop run. A test that works through the whole corpus in one go calls it
 *  between programs: vitest's worker must answer its main process in time, and a worker whose
 *  loop stays blocked for long is reported as an RPC timeout, which fails the run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
