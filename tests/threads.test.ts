import { describe, expect, it } from 'vitest';
import { renderBookStop } from '../src/render/text.js';
import { narrate } from '../src/views/narration.js';
import { buildSteps } from '../src/views/steps.js';
import { renderRealStop } from '../src/views/real.js';
import type { TraceEvent } from '../src/trace/types.js';
import { traceSource } from './helpers.js';
import { REAL_THREAD_STACKS_TOP } from '../src/memory/real.js';

// Threads in the machine (machine/threads.ts, machine/thread-ops.ts): the scheduler, deadlocks,
// `main` ending the process, and what the views show of each thread's stack. Programs whose
// output rustc's binary makes deterministic are corpus programs (tests/programs/thread_*.rs).

const DEADLOCK = `use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let a = Arc::new(Mutex::new(1));
    let b = Arc::new(Mutex::new(2));
    let (a2, b2) = (Arc::clone(&a), Arc::clone(&b));
    let h = thread::spawn(move || {
        let _x = b2.lock().unwrap();
        thread::yield_now();
        let _y = a2.lock().unwrap();
    });
    let _g = a.lock().unwrap();
    thread::yield_now();
    let _h = b.lock().unwrap();
    h.join().unwrap();
}
`;

/** Two threads that print as they go: the interleaving is the scheduler's. */
const RACY = `use std::thread;

fn main() {
    let h = thread::spawn(|| {
        for i in 0..20 {
            println!("worker {}", i);
        }
    });
    for i in 0..20 {
        println!("main {}", i);
    }
    h.join().unwrap();
}
`;

const switches = (events: readonly TraceEvent[]) => events.filter((e) => e.kind === 'switch');

describe('the scheduler', () => {
  it('stops a deadlock with a located message naming what each thread waits on', async () => {
    const trace = await traceSource(DEADLOCK, { at: 'none' });
    expect(trace.outcome).toEqual({
      kind: 'limit',
      exitCode: 3,
      message: "deadlock: every thread is blocked (thread 'main' waits on `b.lock()`, thread '<unnamed>' waits on `a2.lock()`); rustc's binary would hang here",
      location: 'test.rs:15:16',
    });
  });

  it('gives the same run for the same seed, and another interleaving for another seed', async () => {
    const first = await traceSource(RACY, { at: 'none', events: true, seed: 7 });
    const again = await traceSource(RACY, { at: 'none', events: true, seed: 7 });
    const plain = await traceSource(RACY, { at: 'none', events: true });
    expect(again.stdout).toBe(first.stdout);
    expect(switches(again.events)).toEqual(switches(first.events));
    expect(switches(plain.events)).not.toEqual(switches(first.events));
    expect(plain.stdout).not.toBe(first.stdout);
    // Every line is printed once, whatever the interleaving.
    for (const run of [first, plain]) expect(run.stdout.split('\n').filter(Boolean).sort()).toEqual([...Array.from({ length: 20 }, (_, i) => `main ${i}`), ...Array.from({ length: 20 }, (_, i) => `worker ${i}`)].sort());
  });

  it('switches round-robin after a slice of steps, and at a block', async () => {
    const trace = await traceSource(RACY, { at: 'none', events: true });
    const reasons = new Set(switches(trace.events).map((e) => (e.kind === 'switch' ? e.reason : '')));
    expect(reasons.has('slice')).toBe(true);
    expect(reasons.has('blocked') || reasons.has('finished')).toBe(true);
    expect(trace.events.find((e) => e.kind === 'spawn')).toMatchObject({ kind: 'spawn', thread: 1, name: null });
  });

  it('refuses threads under --unchecked at the spawn (its borrow stacks would call interleaved locking undefined)', async () => {
    const source = `use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    println!("before");
    let h = thread::spawn(move || *m2.lock().unwrap() += 1);
    h.join().unwrap();
}
`;
    const trace = await traceSource(source, { at: 'none', unchecked: true });
    // The run stops at the spawn: what ran before it printed, nothing after.
    expect(trace.stdout).toBe('before\n');
    expect(trace.outcome).toMatchObject({ kind: 'unsupported', exitCode: 2, message: 'unsupported: threads under `--unchecked` (its borrow checks do not follow interleaved threads)' });
    const span = (trace.outcome as { span: { line: number; col: number } }).span;
    expect([span.line, span.col]).toEqual([7, 13]);
    // Checked, the same program runs.
    expect((await traceSource(source, { at: 'none' })).outcome).toEqual({ kind: 'returned', exitCode: 0 });
  });

  it("gives a thread at least glibc's least stack (16 KiB) in the real model, whatever Builder::stack_size asks", async () => {
    const trace = await traceSource(
      `use std::thread;
fn down(n: u64) -> u64 {
    if n == 0 { 0 } else { 1 + down(n - 1) }
}
fn main() {
    let h = thread::Builder::new().name("tiny".to_string()).stack_size(1000).spawn(|| down(1_000_000)).unwrap();
    println!("{:?}", h.join().is_ok());
}
`,
      { at: 'none', model: 'real' },
    );
    expect(trace.outcome).toMatchObject({ kind: 'overflowed', exitCode: 134, thread: 'tiny', stackSize: 16384 });
  });

  it('ends the process when main returns, however long another thread would run', async () => {
    const trace = await traceSource(
      `use std::thread;
fn main() {
    let _h = thread::spawn(|| {
        let mut n: u64 = 0;
        loop {
            n = n.wrapping_add(1);
            if n == u64::MAX {
                break n;
            }
        }
    });
    println!("done");
}
`,
      { at: 'none', maxSteps: 100_000 },
    );
    expect(trace.outcome).toEqual({ kind: 'returned', exitCode: 0 });
    expect(trace.stdout).toBe('done\n');
  });
});

const BLOCKED = `use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    let guard = m.lock().unwrap();
    let h = thread::Builder::new()
        .name("adder".to_string())
        .spawn(move || {
            let local = 7;
            let mut g = m2.lock().unwrap();
            *g += local;
        })
        .unwrap();
    thread::yield_now();
    drop(guard);
    h.join().unwrap();
    println!("{}", *m.lock().unwrap());
}
`;

describe('views of threads', () => {
  it("shows each thread's stack as its own section with its name and state (book model)", async () => {
    const trace = await traceSource(BLOCKED, { at: 'statements' });
    expect(trace.stdout).toBe('7\n');
    // The stop after `yield_now()`: the worker ran and waits in `m2.lock()`, holding `local` on its stack.
    const stop = trace.stops.find((s) => s.kind === 'statement' && s.caption.includes('yield_now'))!;
    const threads = stop.snapshot.threads!;
    expect(threads.map((t) => [t.name, t.state, t.running])).toEqual([
      ['main', 'running', true],
      ['adder', 'blocked on `m2.lock()`', false],
    ]);
    const table = renderBookStop(stop);
    expect(table).toMatch(/--\s+thread 'adder' \(2\)\s+blocked on `m2.lock\(\)`/);
    expect(table).toMatch(/--\s+thread 'main' \(1\)\s+running/);
    // The closure's frame starts the thread's region (the second stack, from 2^21): its environment
    // pointer (to the captures, in the boxed main closure of the thread std made), then `local`.
    expect(table).toMatch(/^2097152\s+_1\s+→ \(2\^30\) - \d+$/m);
    expect(table).toMatch(/^2097153\s+local\s+7$/m);
    // main's locals stay at the bottom of the table, from address 0.
    expect(table).toMatch(/^0\s+m\.ptr/m);
  });

  it("puts each spawned thread's stack in its own mapping (real model)", async () => {
    const trace = await traceSource(BLOCKED, { at: 'statements', model: 'real' });
    const stop = trace.stops.find((s) => s.kind === 'statement' && s.caption.includes('yield_now'))!;
    const text = renderRealStop(stop);
    expect(text).toContain("-- stack (thread 'main' (1), running, grows down)");
    expect(text).toContain("-- stack (thread 'adder' (2), blocked on `m2.lock()`, grows down)");
    const worker = stop.snapshot.threads![1]!.frames.find((f) => !f.std)!;
    const local = worker.locals.find((l) => l.name === 'local')!;
    // In the first thread's 2 MiB mapping, below the main stack's region.
    expect(local.addr).toBeLessThan(REAL_THREAD_STACKS_TOP);
    expect(local.addr).toBeGreaterThan(REAL_THREAD_STACKS_TOP - 2 * 1024 * 1024);
  });

  it("tells a spawned thread's start in the program's terms, not as std's frame calling the closure", async () => {
    const source = `use std::thread;

fn double(n: i32) -> i32 {
    n * 2
}

fn main() {
    let h = thread::Builder::new().name("doubler".to_string()).spawn(move || double(3)).unwrap();
    println!("{}", h.join().unwrap());
}
`;
    const calls = await traceSource(source, { events: true });
    expect(calls.stdout).toBe('6\n');
    expect(calls.stops.filter((s) => s.kind === 'call').map((s) => s.caption)).toEqual(["thread 'doubler' (2) starts: main::{closure}() is called", 'main::{closure}() calls double()']);
    // The page names the thread beside the caption: its narration does not name it twice.
    const steps = buildSteps(calls, 'all');
    const start = narrate(calls.events, steps, steps.findIndex((s) => s.kind === 'call'));
    expect(start.now).toBe('the thread starts: main::{closure}() is called');
    expect(start.thread).toEqual({ id: 1, name: 'doubler' });
    // Between two statement stops, the start is one of the events told.
    const statements = await traceSource(source, { at: 'statements', events: true });
    const told = buildSteps(statements, 'all').map((_, i, all) => narrate(statements.events, all, i).since).flat();
    expect(told).toContain("thread 'doubler' (2) starts: main::{closure}() is called");
    expect(told.filter((phrase) => phrase.includes('calls main::{closure}'))).toEqual([]);
  });

  it("names std's closures by the std function they are written in, not by a line of std's text", async () => {
    const trace = await traceSource(`use std::thread;

fn main() {
    let h = thread::spawn(|| 1);
    println!("{}", h.join().unwrap());
}
`, { events: true });
    const closureTypes = new Set(trace.events.flatMap((e) => (e.kind === 'alloc' || e.kind === 'free') && e.ty.includes('closure') ? [e.ty] : []));
    // The boxed main closure of the thread std makes in `Builder::spawn_in`.
    expect([...closureTypes]).toEqual(["{closure in std's Builder::spawn_in}"]);
    const frameTypes = trace.stops.flatMap((s) => [...s.snapshot.frames, ...(s.snapshot.threads ?? []).flatMap((t) => t.frames)]).flatMap((f) => f.locals.map((l) => l.ty));
    expect(frameTypes).toContain('&mut {closure@4:27}');
    expect(frameTypes.filter((ty) => /closure@(\d+)/.test(ty) && !ty.includes('closure@4:27'))).toEqual([]);
  });

  it('narrates which thread ran and why the scheduler switched', async () => {
    const trace = await traceSource(BLOCKED, { at: 'none', events: true });
    const blocked = switches(trace.events).find((e) => e.kind === 'switch' && e.reason === 'blocked');
    expect(blocked).toMatchObject({ fromName: 'adder', toName: 'main' });
  });
});
