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
const HASHBROWN =
  "HashMap/HashSet: hashbrown's table (buckets × entry size rounded to 16, plus buckets + 16 control bytes, align 16; growth at 7/8 load) is not modelled by the prelude's map";
const BTREE =
  "BTreeMap/BTreeSet: std's B-tree nodes (a leaf: parent pointer, index and length, then 11 keys and 11 values; internal nodes add 12 edges) are not modelled by the prelude's sorted Vec of entries";

const THREAD_SPAWN =
  "thread::spawn: std's own blocks (the boxed main closure with its spawn hooks and output capture, the Packet with its scope) are not the prelude's Thread and Packet Arcs; mpsc's list of 31-slot blocks is not the prelude's VecDeque";

export const KNOWN: Readonly<Record<string, string>> = {
  thread_spawn_join: THREAD_SPAWN,
  thread_send_sync_std_impls: THREAD_SPAWN,
  thread_panic_join: THREAD_SPAWN,
  thread_arc_mutex_counter: THREAD_SPAWN,
  thread_mutex_poison: THREAD_SPAWN,
  thread_mpsc_channels: THREAD_SPAWN,
  thread_scope_borrows: THREAD_SPAWN,
  thread_builder_sleep_scope_panic: THREAD_SPAWN,
  thread_main_returns_first: THREAD_SPAWN,
  thread_named_stack_overflow: THREAD_SPAWN,
  thread_condvar_rwlock_barrier_oncelock: THREAD_SPAWN,
  book_employee_directory: HASHBROWN,
  send_sync_accepted: HASHBROWN,
  book_median_mode: HASHBROWN,
  btreemap_range: BTREE,
  hashmap_btreemap_ordered: BTREE,
  std_paths_through_modules: BTREE,
  block_items_kinds: HASHBROWN,
  derive_hash_eq_map: HASHBROWN,
  hashmap_basics: HASHBROWN,
  hashmap_entry_api: HASHBROWN,
  hashmap_index_missing_panic: HASHBROWN,
  hashmap_word_count: HASHBROWN,
  infer_btree_key_from_range: BTREE,
  infer_through_impl_bounds: IN_PLACE_COLLECT,
  iter_collect_kinds: HASHBROWN,
  iter_into_iter_mut: IN_PLACE_COLLECT,
  panic_expect_option_method: HASHBROWN,
  result_combinators: IN_PLACE_COLLECT,
  shadow_std_type_names: HASHBROWN,
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
