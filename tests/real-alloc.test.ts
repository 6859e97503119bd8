import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { traceFile } from './helpers.js';

// Allocation fidelity: tests/programs/NAME.alloc is the heap-event log of the rustc-built binary
// (scripts/oracle.mjs: a logging #[global_allocator], from main's first statement to its end, up
// to a panic). stackheap's log (`stackheap run FILE --alloc-log PATH`) must be the same, event
// for event. Programs refused as unsupported are skipped; KNOWN lists the programs whose log
// still differs, with the reason, and they must keep differing (so the list stays true).
const dir = 'tests/programs';
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.rs') && existsSync(`${dir}/${f.replace(/\.rs$/, '.alloc')}`))
  .sort();

const IN_PLACE_COLLECT =
  "`vec.into_iter().map(..).collect()` reuses the source buffer in place (std's in-place collect specialization)";
const HASH_ORDER =
  "a HashMap drops its entries in bucket order, which the hash decides: rustc's SipHash keys are random per run, so the golden log's order of these frees is one run's";

// A spawn allocates what std's does (the Packet Arc, the boxed main closure with its spawn
// hooks and packet, the boxed ThreadInit freed when the thread starts, a name's CString and the
// overflow handler's copy of it; the Thread itself is std's `System` allocator's, unseen), so a
// program whose threads take turns in a fixed order matches. These do not:
const THREAD_INTERLEAVING =
  "threads run at once: the order of their heap events is the OS scheduler's (the oracle's log is one run of it: which new thread starts first, whether a thread starts or frees its main closure before `main` returns or panics), not the machine's round-robin";
const MPSC =
  "mpsc: std's channels are crossbeam's (an unbounded channel is a list of 31-slot blocks behind a 128-byte-aligned counter, a bounded one a ring buffer of stamped slots), not the prelude's VecDeque behind an Arc";
const CLOSURE_REF_CAPTURE =
  "a closure using a reference-typed variable through a deref (`left.iter_mut()` with `left: &mut [i32]`) captures the place `*left` (a fat `&mut [i32]`) in rustc, the variable itself (a thin `&mut &mut [i32]`) here: the boxed main closure of a scoped thread is 8 bytes smaller";

export const KNOWN: Readonly<Record<string, string>> = {
  thread_arc_mutex_counter: THREAD_INTERLEAVING,
  thread_atomics: THREAD_INTERLEAVING,
  thread_builder_sleep_scope_panic: THREAD_INTERLEAVING,
  thread_condvar_notify_one: THREAD_INTERLEAVING,
  thread_condvar_rwlock_barrier_oncelock: THREAD_INTERLEAVING,
  thread_main_returns_first: THREAD_INTERLEAVING,
  thread_scope_join_payload: THREAD_INTERLEAVING,
  thread_scope_borrows: `${CLOSURE_REF_CAPTURE}; ${THREAD_INTERLEAVING}`,
  thread_mpsc_channels: MPSC,
  thread_mpsc_errors: MPSC,
  thread_send_sync_std_impls: MPSC,
  threads_example_scoped: THREAD_INTERLEAVING,
  threads_example_mutex_counter: THREAD_INTERLEAVING,
  threads_example_channel: THREAD_INTERLEAVING,
  book_employee_directory: HASH_ORDER,
  hashmap_basics: HASH_ORDER,
  infer_through_impl_bounds: IN_PLACE_COLLECT,
  iter_collect_kinds: IN_PLACE_COLLECT,
  iter_into_iter_mut: IN_PLACE_COLLECT,
  result_combinators: IN_PLACE_COLLECT,
};

const matched: string[] = [];
const refused: string[] = [];

describe('allocation logs match the rustc-built binary', () => {
  it('has a corpus', () => {
    expect(programs.length).toBeGreaterThanOrEqual(60);
  });
  for (const program of programs) {
    const name = program.replace(/\.rs$/, '');
    it(program, async () => {
      let trace;
      try {
        trace = await traceFile(`${dir}/${program}`, { at: 'none', events: false, allocLog: true });
      } catch (error) {
        if (error instanceof Diagnostic && error.kind === 'unsupported') {
          refused.push(program);
          return;
        }
        throw error;
      }
      if (trace.outcome.kind === 'unsupported') {
        refused.push(program);
        return;
      }
      const golden = readFileSync(`${dir}/${name}.alloc`, 'utf8').split('\n').filter((l) => l !== '');
      const ours = [...(trace.allocLog ?? [])];
      if (KNOWN[name] !== undefined) {
        expect(ours, `${name} now matches: remove it from KNOWN`).not.toEqual(golden);
        return;
      }
      expect(ours).toEqual(golden);
      matched.push(program);
    });
  }
  afterAll(() => {
    console.log(`alloc logs: ${matched.length} of ${programs.length} programs match rustc's event for event; ${refused.length} refused as unsupported; ${Object.keys(KNOWN).length} known to differ`);
  });
});
