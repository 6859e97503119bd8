import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotWindow, TraceEvent } from '../../src/trace/types.js';
import { diagramSvg } from '../../src/render/svg.js';
import { windowSnapshot } from '../../src/trace/window.js';
import { addressFormat, memoryView, type FrameView, type MemoryModel } from '../../src/views/memory-view.js';
import { narrate, narrationText, threadAt } from '../../src/views/narration.js';
import { buildSteps } from '../../src/views/steps.js';
import { recordFile, stackheap, traceFile, traceSource } from '../helpers.js';
import { all, parseXml } from '../xml.js';

// What the page shows of threads, in Node: each thread's stack as a column's frames (deep runs
// collapsed per column), Vec headers on a spawned thread's stack, the narration of which thread
// a step is in and why the scheduler switched, and windowed snapshots of spawned stacks.

const EXAMPLE = 'tests/programs/threads_example_';

const frameNames = (frames: readonly FrameView[]): string[] => frames.map((f) => (f.collapsed ? `${f.fn} × ${f.collapsed}` : f.fn));

describe('the diagram’s view of threads', () => {
  it("gives each thread a stack of its own, main's being `frames`, with its name, state and whether it runs", async () => {
    const trace = await traceFile(`${EXAMPLE}spawn_join.rs`, { at: 'all' });
    // The step where the spawned thread has built `doubled` on its own stack.
    const stop = trace.stops.find((s) => s.snapshot.threads?.[1]?.frames.some((f) => f.locals.some((l) => l.name === 'doubled' && l.cells.some((c) => c.value.kind === 'ptr'))))!;
    const view = memoryView(stop.snapshot, null);
    const [main, spawned] = view.threads!;
    expect(main).toMatchObject({ id: 0, name: 'main', ended: false });
    expect(main!.frames).toBe(view.frames);
    expect(spawned).toMatchObject({ id: 1, name: '<unnamed>', state: 'running', running: true, ended: false });
    expect(main!.state).toBe('blocked on `handle.join()`');
    expect(frameNames(spawned!.frames)).toEqual(['__std_thread_start', 'spawn_in::{closure}', 'main::{closure}']);
    // `doubled` is a Vec on the spawned thread's stack: its header is found, its buffer owned by it.
    const doubled = spawned!.frames[2]!.locals.find((l) => l.name === 'doubled')!;
    expect(doubled.rows.map((r) => r.label)).toEqual(['.len', '.cap', '.ptr']);
    const to = (doubled.rows[2]!.cell.value as { to: number }).to;
    const block = view.heap.flatMap((item) => (item.kind === 'block' && item.block.addr === to ? [item.block] : []))[0]!;
    expect(block.owner).toMatchObject({ name: 'doubled', len: 3, cap: 3 });
  });

  it('says a thread that returned has ended, and has no frames left', async () => {
    const trace = await traceFile(`${EXAMPLE}spawn_join.rs`, { at: 'all' });
    const last = trace.stops.at(-1)!;
    const [main, spawned] = memoryView(last.snapshot, null).threads!;
    expect(main).toMatchObject({ running: true, ended: false });
    expect(spawned).toMatchObject({ state: 'finished', running: false, ended: true, frames: [] });
  });

  for (const model of ['book', 'real'] as const satisfies readonly MemoryModel[]) {
    it(`${model}: collapses a spawned thread's deep recursion in its own column, counting every frame`, async () => {
      const recording = await recordFile(`${EXAMPLE}stack_overflow.rs`, { at: 'all', model });
      const summary = recording.summary();
      expect(summary.outcome).toMatchObject({ kind: 'overflowed', thread: 'small', fn: 'count_down' });
      const last = summary.stops.length - 1;
      expect(summary.stops[last]!.kind).toBe('overflow');
      const whole = recording.snapshot(last);
      const depth = whole.threads![1]!.frames.length;
      const window: SnapshotWindow = { outerFrames: 4, innerFrames: 16, blockUnits: 256 };
      const part = recording.snapshot(last, window);
      expect(part).toEqual(windowSnapshot(whole, window));
      const spawned = memoryView(part, null, model).threads![1]!;
      expect(spawned.running).toBe(true);
      const names = frameNames(spawned.frames);
      expect(names.slice(0, 4)).toEqual(['__std_thread_start', 'spawn_in::{closure}', 'main::{closure}', 'count_down']);
      // The run of count_down: its outermost call, one collapsed line, its two innermost calls.
      const run = spawned.frames.find((f) => f.collapsed)!;
      expect(run.fn).toBe('count_down');
      const drawn = spawned.frames.filter((f) => !f.collapsed).length;
      expect(drawn + run.collapsed!).toBe(depth);
      expect(depth).toBeGreaterThan(20);
    }, 60_000);
  }

  it('windows every stack of a threaded snapshot as it windows main’s', async () => {
    const sh = await stackheap();
    const file = { path: 'deep.rs', text: readFileSync(`${EXAMPLE}stack_overflow.rs`, 'utf8').replace('count_down(100_000)', 'count_down(30)') };
    const traced = sh.trace(file, { at: 'all' });
    const recording = sh.record(file, { at: 'all' });
    let elided = 0;
    for (let i = 0; i < traced.stops.length; i += 5) {
      const whole: Snapshot = traced.stops[i]!.snapshot;
      for (const window of [{ outerFrames: 1, innerFrames: 2, blockUnits: 8 }, { outerFrames: 0, innerFrames: 1, blockUnits: 100 }]) {
        const part = recording.snapshot(i, window);
        expect(part, `stop ${i}`).toEqual(windowSnapshot(whole, window));
        if (part.threads?.some((t) => t.elided)) elided++;
      }
    }
    expect(elided).toBeGreaterThan(5);
  }, 60_000);
});

describe('the SVG export of a step with threads', () => {
  it("draws each thread's stack under its name and state, the name as text", async () => {
    const name = '<img src=x onerror=alert(1)>';
    const source = `use std::thread;\n\nfn main() {\n    let h = thread::Builder::new().name(${JSON.stringify(name)}.to_string()).spawn(|| {\n        let v = vec![1, 2];\n        v.len()\n    }).unwrap();\n    println!("{}", h.join().unwrap());\n}\n`;
    const trace = await traceSource(source, { at: 'all' });
    const stop = trace.stops.find((s) => s.snapshot.threads?.[1]?.frames.some((f) => f.locals.some((l) => l.name === 'v' && l.cells.some((c) => c.value.kind === 'ptr'))))!;
    const svg = diagramSvg({ snapshot: stop.snapshot, previous: null, model: 'book', caption: stop.caption });
    const doc = parseXml(svg);
    const titles = all(doc, 'text').filter((t) => t.getAttribute('class')?.includes('sh-title-stack')).map((t) => t.textContent);
    expect(titles).toEqual(["Stack of thread 'main' (1): blocked on `h.join()`", `▶ Stack of thread '${name}' (2): running`]);
    expect(all(doc, 'img')).toHaveLength(0);
    // v's pointer on the spawned thread's stack has its arrow into the heap.
    const v = stop.snapshot.threads![1]!.frames.flatMap((f) => f.locals).find((l) => l.name === 'v')!.cells.find((c) => c.name === 'v.buf.ptr')!;
    expect(all(doc, 'path').some((p) => p.getAttribute('data-from') === String(v.addr) && p.getAttribute('data-to') === String((v.value as { to: number }).to))).toBe(true);
  });
});

describe('the narration of threads', () => {
  it('says which thread each step is in: the one the last switch before it went to', async () => {
    const recording = await recordFile(`${EXAMPLE}mutex_counter.rs`, { at: 'all' });
    const trace = recording.summary();
    const steps = buildSteps(trace, 'all');
    let threaded = 0;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      const running = recording.snapshot(step.stop, { outerFrames: 1, innerFrames: 1, blockUnits: 4 }).threads?.find((t) => t.running);
      const thread = narrate(trace.events, steps, i).thread;
      if (!running) {
        expect(thread).toBeUndefined();
        continue;
      }
      threaded++;
      expect(thread, `step ${i}: ${step.caption}`).toEqual({ id: running.id, name: running.name });
    }
    expect(threaded).toBeGreaterThan(40);
  }, 60_000);

  it('says why the scheduler switched: a thread blocked on what, finished, or used up its slice', async () => {
    const trace = (await recordFile(`${EXAMPLE}spawn_join.rs`, { at: 'all' })).summary();
    const steps = buildSteps(trace, 'all');
    const texts = steps.map((_, i) => narrationText(narrate(trace.events, steps, i)));
    expect(texts.some((t) => t.includes("thread 'main' (1) is blocked on `handle.join()`, so thread '<unnamed>' (2) runs"))).toBe(true);
    expect(texts.some((t) => t.includes("thread '<unnamed>' (2) finished, so thread 'main' (1) runs"))).toBe(true);
    // Numbered as its column and its panic message number it.
    expect(texts.some((t) => t.includes("spawns thread '<unnamed>' (2)"))).toBe(true);
    // Every switch of the run is told once, at the first step after it.
    const told = texts.join('\n').match(/, so thread '[^']+' \(\d+\) runs/g)!.length;
    expect(told).toBe(trace.events.filter((e) => e.kind === 'switch').length);
    const counter = (await recordFile(`${EXAMPLE}mutex_counter.rs`, { at: 'all' })).summary();
    const counterSteps = buildSteps(counter, 'all');
    const all = counterSteps.map((_, i) => narrate(counter.events, counterSteps, i).since.join('; ')).join('\n');
    expect(all).toMatch(/thread '<unnamed>' \(\d\) used up its slice of steps, so thread '<unnamed>' \(\d\) runs/);
    expect(all).toContain('is blocked on `counter.lock()`');
  }, 60_000);

  it('leaves out what std drops as a spawned thread starts and ends, but tells the frees', async () => {
    for (const name of ['spawn_join', 'scoped']) {
      const trace = (await recordFile(`${EXAMPLE}${name}.rs`, { at: 'all' })).summary();
      const steps = buildSteps(trace, 'all');
      const since = steps.map((_, i) => narrate(trace.events, steps, i).since).flat();
      const init = trace.events.find((e) => e.kind === 'alloc' && e.ty === '__ThreadInit')!;
      expect(init, name).toBeDefined();
      expect(since.filter((p) => p.includes('Box<__ThreadInit>') || p.includes('Box<dyn FnOnce() + Send>')), name).toEqual([]);
      // std's block of the thread's start is freed as the thread begins.
      const start = steps.findIndex((s) => threadAt(trace.events, s.machineStep)?.id === 1);
      expect(narrate(trace.events, steps, start).since, name).toContain(`frees ${addressFormat('book')(init.kind === 'alloc' ? init.addr : 0)}`);
    }
    // What std drops inside the program's call (`handle.join()`, on main) is still told.
    const trace = (await recordFile(`${EXAMPLE}spawn_join.rs`, { at: 'all' })).summary();
    const steps = buildSteps(trace, 'all');
    const join = steps.findIndex((s) => s.caption.includes('handle.join()'));
    expect(narrate(trace.events, steps, join).since.join('; ')).toMatch(/an Arc<ThreadInner> is dropped and frees/);
  }, 60_000);

  it('names a thread as its spawn did, and main before any switch', () => {
    const span = { start: 0, end: 0, line: 1, col: 1, endLine: 1, endCol: 1 };
    const events: TraceEvent[] = [
      { kind: 'spawn', thread: 1, name: 'worker', step: 10, span },
      { kind: 'switch', from: 0, to: 1, fromName: 'main', toName: 'worker', reason: 'blocked', waitsOn: 'h.join()', step: 20, span },
    ];
    expect(threadAt(events, 5)).toBeNull();
    expect(threadAt(events, 10)).toEqual({ id: 0, name: 'main' });
    // A switch comes after the stops of its own step.
    expect(threadAt(events, 20)).toEqual({ id: 0, name: 'main' });
    expect(threadAt(events, 21)).toEqual({ id: 1, name: 'worker' });
  });
});
