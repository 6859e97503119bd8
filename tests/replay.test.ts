import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TraceOptions } from '../src/api.js';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { MIN_INTERVAL } from '../src/machine/replay.js';
import { intScalar, Memory, type Scalar } from '../src/memory/memory.js';
import { REAL_SCRATCH_BASE } from '../src/memory/real.js';
import type { Snapshot, SnapshotWindow } from '../src/trace/types.js';
import { StopLog } from '../src/trace/stop-log.js';
import { stackDepth, windowSnapshot } from '../src/trace/window.js';
import { stackheap, yieldToEventLoop } from './helpers.js';

/**
 * A recorded trace (`Stackheap.record`) keeps checkpoints instead of snapshots and rebuilds a
 * stop's snapshot by replay: every rebuilt snapshot must equal the one `trace` takes during the
 * run. Checkpoints every few steps make the replays start from many different states.
 */

const PROGRAMS = [
  ...readdirSync('examples').map((f) => `examples/${f}`),
  ...readdirSync('tests/programs')
    .filter((f) => /^(drop_|vec_|string_|box|hashmap_|closure_|panic_|iter_|rc_|refcell_|cell_|arc_|leak|thread_).*\.rs$/.test(f))
    // A stack overflow's thousands of frames, in a whole snapshot at every stop, take the trace
    // this test compares against gigabytes; the overflow's replay has its own test below.
    .filter((f) => !f.includes('overflow'))
    .map((f) => `tests/programs/${f}`),
].filter((f) => f.endsWith('.rs'));

const CASES: { readonly label: string; readonly options: TraceOptions }[] = [
  { label: 'book', options: { model: 'book' } },
  { label: 'real, glibc', options: { model: 'real' } },
  { label: 'real, jemalloc', options: { model: 'real', allocator: 'jemalloc' } },
];

describe('snapshots rebuilt by replay equal the snapshots taken during the run', () => {
  for (const { label, options } of CASES) {
    it(`${label}: ${PROGRAMS.length} programs, stops at calls and statements`, async () => {
      const sh = await stackheap();
      let compared = 0;
      for (const path of PROGRAMS) {
        await yieldToEventLoop();
        const file = { path, text: readFileSync(path, 'utf8') };
        const traced = (() => {
          try {
            return sh.trace(file, { ...options, at: 'all', maxSteps: 100_000 });
          } catch (error) {
            if (error instanceof Diagnostic) return null;
            throw error;
          }
        })();
        if (!traced) continue;
        const recording = sh.record(file, { ...options, at: 'all', maxSteps: 100_000, checkpointInterval: 5 });
        const { stops: _stops, events, ...head } = traced;
        // A recording leaves std's calls and returns out of its events.
        expect(recording.head, path).toEqual({ ...head, events: events.filter((e) => !((e.kind === 'call' || e.kind === 'return') && e.std)) });
        expect(recording.stopCount, path).toBe(traced.stops.length);
        // About 12 stops per program, the last one included.
        const every = Math.max(1, Math.floor(traced.stops.length / 12));
        for (let i = traced.stops.length - 1; i >= 0; i -= every) {
          const { snapshot, ...info } = traced.stops[i]!;
          expect(recording.stop(i), `${path} stop ${i}`).toEqual({ ...info, depth: snapshot.frames.length });
          expect(recording.snapshot(i), `${path} stop ${i}`).toEqual(snapshot);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(500);
    }, 300_000);
  }

  it('rebuilds the last stop of a stack overflow: the whole stack without the frame that did not fit', async () => {
    const sh = await stackheap();
    const text = 'fn down(v: &Vec<u64>, n: u64) -> u64 {\n    let step = v[0] + n;\n    step + down(v, n + 1)\n}\n\nfn main() {\n    let v = vec![3, 4];\n    println!("{}", down(&v, 0));\n}\n';
    const file = { path: 'overflow.rs', text };
    for (const options of [{ model: 'book', stackSize: 600 }, { model: 'real', stackSize: 6_512 + 4_000 }] as const) {
      const traced = sh.trace(file, { ...options, at: 'all' });
      expect(traced.outcome, options.model).toMatchObject({ kind: 'overflowed', exitCode: 134, fn: 'down' });
      const recording = sh.record(file, { ...options, at: 'all', checkpointInterval: 7 });
      const last = traced.stops.length - 1;
      expect(traced.stops[last]!.kind).toBe('overflow');
      expect(recording.stopCount).toBe(traced.stops.length);
      expect(recording.snapshot(last), options.model).toEqual(traced.stops[last]!.snapshot);
      expect(recording.snapshot(last).frames.length).toBeGreaterThan(50);
    }
  });

  it('keeps the snapshots of an --unchecked run, whose checker state checkpoints do not hold', async () => {
    const sh = await stackheap();
    for (const f of readdirSync('tests/unchecked').filter((f) => f.endsWith('.rs'))) {
      const path = `tests/unchecked/${f}`;
      const file = { path, text: readFileSync(path, 'utf8') };
      const options = { at: 'all' as const, unchecked: true, maxSteps: 100_000 };
      const traced = sh.trace(file, options);
      const recording = sh.record(file, options);
      expect(recording.checkpointStats.count, path).toBe(0);
      expect(recording.stopCount, path).toBe(traced.stops.length);
      const last = traced.stops.length - 1;
      expect(recording.snapshot(last), path).toEqual(traced.stops[last]!.snapshot);
      expect(recording.head.outcome, path).toEqual(traced.outcome);
    }
  });

  it('thins its checkpoints past 1,024 and still rebuilds every stop', async () => {
    const sh = await stackheap();
    const text = `
fn main() {
    let mut boxes: Vec<Box<u32>> = Vec::new();
    for i in 0..6000u32 {
        boxes.push(Box::new(i));
        if boxes.len() > 5 {
            boxes.remove(0);
        }
    }
    println!("{}", boxes.len());
}
`;
    const file = { path: 'thin.rs', text };
    const options = { at: 'statements' as const, maxSteps: 10_000_000 };
    const recording = sh.record(file, { ...options, checkpointInterval: 50 });
    const traced = sh.trace(file, options);
    const { count, stopsBefore } = recording.checkpointStats;
    expect(recording.head.steps / 50).toBeGreaterThan(2048);
    expect(count).toBeLessThanOrEqual(1024);
    expect(count).toBeGreaterThan(256);
    // The stops right before the kept checkpoints are the farthest from one.
    for (const i of [...stopsBefore.filter((n) => n > 0).map((n) => n - 1).filter((_, k) => k % 40 === 0), traced.stops.length - 1]) {
      expect(recording.snapshot(i), `stop ${i}`).toEqual(traced.stops[i]!.snapshot);
    }
  }, 120_000);

  it('keeps few checkpoints on a long run, and rebuilds a stop far from the start', async () => {
    const sh = await stackheap();
    const text = `
fn main() {
    let mut v = vec![0u64; 8];
    let mut total: u64 = 0;
    for i in 0..40000u64 {
        v[(i % 8) as usize] += i;
        total += v[(i % 8) as usize] % 7;
    }
    println!("{}", total);
}
`;
    const file = { path: 'long.rs', text };
    const recording = sh.record(file, { at: 'statements', maxSteps: 10_000_000 });
    expect(recording.head.outcome.kind).toBe('returned');
    expect(recording.stopCount).toBeGreaterThan(80_000);
    // One checkpoint at the start, then one every MIN_INTERVAL units of work: steps, and the
    // cells of the pages written meanwhile, which for this small state are a few stack pages.
    const spaced = recording.head.steps / MIN_INTERVAL;
    expect(recording.checkpointStats.count).toBeGreaterThan(spaced - 1);
    expect(recording.checkpointStats.count).toBeLessThanOrEqual(spaced * 1.05 + 1);
    const last = recording.stopCount - 2;
    let index = 0;
    let expected: Snapshot | null = null;
    sh.trace(file, {
      at: 'statements',
      maxSteps: 10_000_000,
      onStop: (stop) => {
        if (index++ === last) expected = stop.snapshot;
      },
    });
    expect(expected).not.toBeNull();
    expect(recording.snapshot(last)).toEqual(expected);
  }, 120_000);

  it('takes a checkpoint right after one step that writes a large block, so no replay redoes it', async () => {
    const sh = await stackheap();
    const text = `
fn main() {
    let v: Vec<u8> = vec![1; 300_000];
    let n = v.len();
    println!("{}", n);
}
`;
    for (const model of ['book', 'real'] as const) {
      const recording = sh.record({ path: 'fill.rs', text }, { at: 'statements', model });
      // The checkpoint at the start, and one after the fill, before the first stop.
      const { stopsBefore } = recording.checkpointStats;
      expect(stopsBefore.filter((n) => n === 0).length, model).toBeGreaterThanOrEqual(2);
    }
  });

  it('rebuilds a real-model block mapped far above the stack (mmap), not only the ones below', async () => {
    const sh = await stackheap();
    // 140,000 bytes is past glibc's mmap threshold: the block lies above the scratch region.
    const text = `
fn main() {
    let mut v: Vec<u8> = vec![7; 140_000];
    v[3] = 9;
    v[139_999] = 1;
    let n = v[3] as u32 + v[139_999] as u32;
    println!("{}", n);
}
`;
    const file = { path: 'mmap.rs', text };
    const options = { at: 'statements' as const, model: 'real' as const };
    const traced = sh.trace(file, options);
    const recording = sh.record(file, { ...options, checkpointInterval: 1 });
    expect(traced.stops.some((stop) => stop.snapshot.heap.some((b) => b.size === 140_000))).toBe(true);
    for (let i = 0; i < traced.stops.length; i++) expect(recording.snapshot(i), `stop ${i}`).toEqual(traced.stops[i]!.snapshot);
  });
});

describe('memory far above the scratch region (a real-model mmap block)', () => {
  it('reads what set and fill wrote, before and after a checkpoint is restored', () => {
    const memory = new Memory(0, REAL_SCRATCH_BASE);
    const base = REAL_SCRATCH_BASE + 2 ** 32 + 16;
    const one: Scalar = intScalar(1n);
    memory.write(base, one);
    // A move out fills its cells with 'moved' a page at a time.
    memory.clear(base + 64, 4000, 'moved');
    expect(memory.read(base)).toEqual(one);
    expect(memory.read(base + 3000)).toBe('moved');
    const restored = new Memory(0, REAL_SCRATCH_BASE);
    restored.restore(memory.checkpoint());
    expect(restored.read(base)).toEqual(one);
    expect(restored.read(base + 3000)).toBe('moved');
    restored.clear(base, 5000);
    expect(restored.read(base)).toBe('uninit');
    expect(restored.read(base + 3000)).toBe('uninit');
    expect(memory.read(base + 3000)).toBe('moved');
  });
});

describe('windowed snapshots are the parts of the whole ones they ask for', () => {
  const deep = `
fn depth(n: u32, s: &String) -> usize {
    if n == 0 {
        return s.len();
    }
    let here = n as usize;
    depth(n - 1, s) + here
}

fn main() {
    let s = String::from("héllo wörld, a string long enough to be windowed");
    let v: Vec<u16> = (0..300).collect();
    let total = depth(40, &s) + v.len();
    println!("{}", total);
}
`;
  const windows: SnapshotWindow[] = [
    { outerFrames: 2, innerFrames: 3, blockUnits: 16 },
    { outerFrames: 0, innerFrames: 1, blockUnits: 7, blockOffsets: [] },
    { outerFrames: 5, innerFrames: 0, blockUnits: 1000 },
  ];
  for (const model of ['book', 'real'] as const) {
    it(`${model}: frames at both ends, runs of the rest, and windows of large blocks`, async () => {
      const sh = await stackheap();
      const file = { path: 'deep.rs', text: deep };
      const traced = sh.trace(file, { at: 'all', model });
      const recording = sh.record(file, { at: 'all', model, checkpointInterval: 20 });
      let elided = 0;
      let windowedBlocks = 0;
      for (let i = 0; i < traced.stops.length; i += 7) {
        const whole = traced.stops[i]!.snapshot;
        // Offsets into every block, some past its end (kept inside it), some inside a character.
        const offsets = [...whole.heap, ...(whole.statics ?? [])].map((b, k) => ({ addr: b.addr, from: (k * 37 + i) % (b.size + 20) }));
        for (const window of [...windows, { ...windows[0]!, blockOffsets: offsets }]) {
          const part = recording.snapshot(i, window);
          expect(part, `stop ${i} ${JSON.stringify(window)}`).toEqual(windowSnapshot(whole, window));
          expect(stackDepth(part)).toBe(whole.frames.length);
          if (part.elided) elided++;
          windowedBlocks += part.heap.filter((b) => b.window).length;
        }
      }
      expect(elided).toBeGreaterThan(20);
      expect(windowedBlocks).toBeGreaterThan(20);
    }, 120_000);
  }
});

describe('the stop log (columns in chunks, each caption and span kept once)', () => {
  it('gives back every stop across its chunks, many captions at one span included', () => {
    const log = new StopLog();
    const spans = [0, 1, 2].map((line) => ({ start: line * 10, end: line * 10 + 5, line: line + 1, col: 1, endLine: line + 1, endCol: 6 }));
    // A drop's caption names the addresses it freed: one span, a caption per address.
    const caption = (i: number) => (i % 3 === 0 ? `drop b: Box<i32> frees 4 bytes at ${i % 1000}` : `statement ${i % 7}`);
    const n = 10_000;
    for (let i = 0; i < n; i++) log.push(i % 3 === 0 ? 'drop' : 'statement', i * 2, caption(i), spans[i % 3]!, i, i % 50, i % 3 === 0 ? i : undefined);
    expect(log.length).toBe(n);
    for (const i of [0, 1, 2, 3, 4095, 4096, 4097, 8191, 8192, n - 1]) {
      expect(log.get(i)).toEqual({ kind: i % 3 === 0 ? 'drop' : 'statement', step: i * 2, caption: caption(i), span: spans[i % 3], stdoutLength: i, ...(i % 3 === 0 ? { dropBegan: i } : {}), depth: i % 50 });
    }
    expect(() => log.get(n)).toThrow(RangeError);
  });
});

describe('the event log (columns, each distinct event kept once)', () => {
  it('gives back the events the machine reported, in order, with their properties in order', async () => {
    const sh = await stackheap();
    for (const path of ['examples/complex.rs', 'tests/programs/drop_box_dyn_vec_mixed.rs', 'tests/programs/thread_spawn_join.rs', 'web/src/examples/vec-growth.rs']) {
      const file = { path, text: readFileSync(path, 'utf8') };
      const reported: unknown[] = [];
      const traced = sh.trace(file, { at: 'none', maxSteps: 100_000, onEvent: (e) => reported.push(e) });
      expect(traced.events.length, path).toBeGreaterThan(5);
      // JSON compares the order of properties too, as a trace's JSON shows them.
      expect(JSON.stringify(traced.events), path).toBe(JSON.stringify(reported));
      const recording = sh.record(file, { at: 'statements', maxSteps: 100_000 });
      const kept = traced.events.filter((e) => !((e.kind === 'call' || e.kind === 'return') && e.std));
      expect(recording.eventCount, path).toBe(kept.length);
      const every = Math.max(1, Math.floor(kept.length / 20));
      for (let i = 0; i < kept.length; i += every) expect(JSON.stringify(recording.event(i)), `${path} event ${i}`).toBe(JSON.stringify(kept[i]));
      expect(() => recording.event(kept.length)).toThrow(RangeError);
    }
  });

  it('keeps a step and a site per event: a million calls of one function take columns, not objects', async () => {
    const sh = await stackheap();
    const text = 'fn twice(x: u64) -> u64 {\n    x * 2\n}\n\nfn main() {\n    let mut total = 0u64;\n    for i in 0..300000u64 {\n        total = total.wrapping_add(twice(i));\n    }\n    println!("{}", total);\n}\n';
    const recording = sh.record({ path: 'calls.rs', text }, { at: 'statements', maxSteps: 100_000_000 });
    expect(recording.outcome.kind).toBe('returned');
    expect(recording.eventCount).toBeGreaterThan(600_000);
    // 12 bytes an event, in chunks of 65,536 (an event as an object took about 80).
    expect(recording.checkpointStats.eventBytes).toBeLessThan(recording.eventCount * 16);
    const call = recording.event(0);
    const later = recording.event(200_000);
    expect(call).toMatchObject({ kind: 'call', fn: 'twice', caller: 'main' });
    expect(later.kind === 'call' || later.kind === 'return').toBe(true);
    expect(later.step).toBeGreaterThan(call.step);
  });
});
