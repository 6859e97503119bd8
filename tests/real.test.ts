import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { ALLOCATORS } from '../src/memory/allocators.js';
import { REAL_HEAP_BASE, REAL_STACK_TOP, REAL_STATIC_BASE } from '../src/memory/real.js';
import type { LocalSnapshot, Snapshot } from '../src/trace/types.js';
import { normalizeThreadIds, traceFile, traceSource, yieldToEventLoop } from './helpers.js';

// The real model (--model real): rustc's layouts, Linux addresses, the allocators. The rules
// checked here are the ones docs/trace-format.md and README.md document.

const last = async (text: string, options: Parameters<typeof traceSource>[1] = {}): Promise<Snapshot> => {
  const trace = await traceSource(text, { model: 'real', at: 'statements', ...options });
  // After the last statement, before main's locals are dropped.
  return trace.stops.findLast((s) => s.kind === 'statement')!.snapshot;
};
const local = (s: Snapshot, name: string): LocalSnapshot => s.frames.flatMap((f) => f.locals).find((l) => l.name === name)!;

describe('the real model', () => {
  it('runs the whole corpus as the rustc-built binary does (or refuses)', async () => {
    const dir = 'tests/programs';
    let same = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.rs'))) {
      await yieldToEventLoop();
      const base = `${dir}/${f.replace(/\.rs$/, '')}`;
      let trace;
      try {
        trace = await traceFile(`${base}.rs`, { model: 'real', at: 'none', events: false });
      } catch (error) {
        if (error instanceof Diagnostic && error.kind === 'unsupported') continue;
        throw error;
      }
      if (trace.outcome.kind === 'unsupported') continue;
      expect(trace.stdout, f).toBe(readFileSync(`${base}.stdout`, 'utf8'));
      expect(normalizeThreadIds(trace.stderr), f).toBe(readFileSync(`${base}.stderr`, 'utf8'));
      expect(trace.outcome.exitCode, f).toBe(Number(readFileSync(`${base}.exit`, 'utf8').trim()));
      same++;
    }
    expect(same).toBeGreaterThan(150);
  }, 300_000);

  it('lays Vec and String out as rustc 1.95 does: {cap, ptr, len}', async () => {
    const s = await last('fn main() {\n    let mut v: Vec<u16> = Vec::with_capacity(10);\n    v.push(1);\n    let s = String::from("hé");\n}\n');
    const v = local(s, 'v');
    expect(v.size).toBe(24);
    expect(v.cells.map((c) => [c.addr - v.addr, c.name])).toEqual([
      [0, 'v.buf.cap'],
      [8, 'v.buf.ptr'],
      [16, 'v.len'],
    ]);
    expect(v.cells[0]!.value).toEqual({ kind: 'int', text: '10' });
    const str = local(s, 's');
    expect(str.cells[0]!.addr - str.addr).toBe(0);
    expect(str.cells[0]!.value).toEqual({ kind: 'int', text: '3' });
  });

  it('reorders struct fields, keeps repr(C) order, pads, and uses niches', async () => {
    const s = await last(
      [
        'struct S { a: u8, b: u32, c: u16 }',
        '#[repr(C)] struct C { a: u8, b: u32, c: u16 }',
        'fn main() {',
        '    let s = S { a: 1, b: 2, c: 3 };',
        '    let c = C { a: 1, b: 2, c: 3 };',
        '    let x = 5;',
        '    let n: Option<&i32> = None;',
        '    let y: Option<&i32> = Some(&x);',
        '    let b: Option<bool> = None;',
        '    let ch: Option<char> = None;',
        '    let o: Option<u32> = Some(7);',
        '}',
      ].join('\n'),
    );
    const offsets = (name: string) => Object.fromEntries(local(s, name).cells.map((c) => [c.name, c.addr - local(s, name).addr]));
    expect(local(s, 's').size).toBe(8);
    expect(offsets('s')).toMatchObject({ 's.b': 0, 's.c': 4, 's.a': 6 });
    expect(local(s, 'c').size).toBe(12);
    expect(offsets('c')).toMatchObject({ 'c.a': 0, 'c.b': 4, 'c.c': 8 });
    expect(local(s, 'c').cells.filter((c) => c.value.kind === 'padding').map((c) => [c.addr - local(s, 'c').addr, c.size])).toEqual([
      [1, 3],
      [10, 2],
    ]);
    expect(local(s, 'n').size).toBe(8);
    expect(local(s, 'n').cells[0]!.value).toEqual({ kind: 'variant', name: 'None', index: 0 });
    expect(local(s, 'y').cells.find((c) => c.name === 'y.0')!.value).toEqual({ kind: 'ptr', to: local(s, 'x').addr });
    expect(local(s, 'b').size).toBe(1);
    expect(local(s, 'ch').size).toBe(4);
    expect(local(s, 'o').size).toBe(8);
    expect(local(s, 'o').cells[0]).toMatchObject({ size: 4, value: { kind: 'variant', name: 'Some' } });
  });

  it('grows the stack down from 0x7ffd00000000: 16 bytes of link, then each local aligned, in declaration order', async () => {
    const trace = await traceSource('fn f(p: u8) {\n    let q = 1u64;\n}\nfn main() {\n    let a = 1u8;\n    let b = 2u32;\n    let c = 3u64;\n    f(a);\n}\n', { model: 'real', at: 'calls' });
    const stop = trace.stops.find((s) => s.kind === 'return')!;
    const [main, f] = stop.snapshot.frames as [Snapshot['frames'][0], Snapshot['frames'][0]];
    const addr = (frame: typeof main, name: string) => frame.locals.find((l) => l.name === name)!.addr;
    expect(addr(main, 'a')).toBe(REAL_STACK_TOP - 16 - 1);
    expect(addr(main, 'b')).toBe(REAL_STACK_TOP - 16 - 8);
    expect(addr(main, 'c')).toBe(REAL_STACK_TOP - 16 - 16);
    // main's frame is 32 bytes (16 of link, 16 of locals); f's frame sits below it.
    const fTop = REAL_STACK_TOP - 32;
    expect(addr(f, 'p')).toBe(fTop - 16 - 1);
    expect(addr(f, 'q')).toBe(fTop - 16 - 16);
  });

  it('places string literals once in .rodata at 0x555555556000', async () => {
    const s = await last('fn main() {\n    let a = "hi";\n    let b = "hi";\n    let c = "yo";\n}\n');
    expect(s.statics!.map((b) => [b.addr, b.text])).toEqual([
      [REAL_STATIC_BASE + 2, 'yo'],
      [REAL_STATIC_BASE, 'hi'],
    ]);
    expect(local(s, 'a').cells[0]!.value).toEqual(local(s, 'b').cells[0]!.value);
  });

  it('has glibc chunks: 16-byte aligned after the tcache struct, 0x20 minimum, last freed first reused', async () => {
    const trace = await traceSource(
      'fn main() {\n    let a = Box::new(1u8);\n    let b = Box::new(2u64);\n    let c = Box::new([0u64; 3]);\n    drop(a);\n    drop(b);\n    let d = Box::new(4u32);\n    let e = Box::new(5u32);\n}\n',
      { model: 'real', at: 'none' },
    );
    const allocs = trace.events.filter((e) => e.kind === 'alloc').map((e) => (e as { addr: number }).addr);
    const base = REAL_HEAP_BASE + 0x290 + 0x10;
    // 1 and 8 bytes take 0x20 chunks, 24 bytes a 0x20 chunk too (24 + 8 = 32).
    expect(allocs.slice(0, 3)).toEqual([base, base + 0x20, base + 0x40]);
    // tcache: b was freed last, so d gets b's chunk, then e gets a's.
    expect(allocs.slice(3)).toEqual([base + 0x20, base]);
  });

  it('grows a Vec in place into the top chunk, as glibc realloc does', async () => {
    const trace = await traceSource('fn main() {\n    let mut v = Vec::new();\n    for i in 0..40u64 {\n        v.push(i);\n    }\n}\n', { model: 'real', at: 'none' });
    const reallocs = trace.events.filter((e) => e.kind === 'realloc') as { from: number; to: number }[];
    expect(reallocs.length).toBeGreaterThan(1);
    for (const r of reallocs) expect(r.to).toBe(r.from);
  });

  it('changes addresses and fragmentation with the allocator', async () => {
    const text = [
      'fn main() {',
      '    let a = Box::new([0u64; 4]);',
      '    let b = Box::new(1u64);',
      '    let c = Box::new(2u64);',
      '    let d = Box::new(3u64);',
      '    drop(a);',
      '    drop(c);',
      '    let e = Box::new(4u64);',
      '}',
    ].join('\n');
    const results = new Map<string, { e: number; free: number }>();
    for (const allocator of ALLOCATORS) {
      const s = await last(text, { allocator });
      expect(s.allocator!.name).toBe(allocator);
      const e = local(s, 'e').cells[0]!.value as { to: number };
      results.set(allocator, { e: e.to, free: s.allocator!.free });
    }
    // first fit takes a's hole (the lowest), best fit c's (the exact size), bump neither.
    const ff = results.get('first-fit')!.e;
    const bf = results.get('best-fit')!.e;
    const bump = results.get('bump')!.e;
    expect(ff).toBeLessThan(bf);
    expect(bump).toBeGreaterThan(bf);
    expect(results.get('bump')!.free).toBe(40);
    expect(new Set([...results.values()].map((r) => r.e)).size).toBeGreaterThanOrEqual(5);
  });

  it('prints hex addresses, regions and arrows as text', () => {
    const r = spawnSync(process.execPath, ['bin/stackheap.js', 'trace', 'examples/complex.rs', '--model', 'real'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-- stack (main thread, grows down)');
    // Lower addresses first in every region, as the page's diagram draws them: a frame's locals
    // run up from its lowest, and the newest frame (the lowest addresses) is on top.
    expect(r.stdout).toMatch(/^ +main\(\)\n0x7ffcffffffd8 +8 +j: &i32 +0x7ffcffffffec → h\n0x7ffcffffffe0 +8 +i: Box<i32> +0x5555555592a0 → heap i32\n0x7ffcffffffec +4 +h: i32 +3$/m);
    expect(r.stdout).toMatch(/^ +foo\(\)\n0x7ffcffffffa8 .*\n0x7ffcffffffb4 .*\n0x7ffcffffffb8 .*\n +main\(\)$/m);
    expect(r.stdout).toMatch(/^-- heap \(glibc: 1 live block, 4 B live, 0 B free, largest free 0 B; grows up\)$/m);
    for (const table of r.stdout.split('\n\n')) {
      for (const region of table.split(/^-- /m).slice(1)) {
        const addresses = [...region.matchAll(/^0x([0-9a-f]+) /gm)].map((m) => parseInt(m[1]!, 16));
        expect(addresses, region).toEqual([...addresses].sort((a, b) => a - b));
      }
    }
  });

  it('writes the allocation log with run --alloc-log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackheap-'));
    const file = join(dir, 'p.rs');
    writeFileSync(file, 'fn main() {\n    let mut s = String::new();\n    s.push_str("hello");\n    let b = Box::new(5);\n    println!("{s} {b}");\n}\n');
    const log = join(dir, 'p.alloc');
    const r = spawnSync(process.execPath, ['bin/stackheap.js', 'run', file, '--alloc-log', log], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('hello 5\n');
    expect(readFileSync(log, 'utf8')).toBe('alloc 8 1\nalloc 4 4\ndealloc 4 4\ndealloc 8 1\n');
    const bad = spawnSync(process.execPath, ['bin/stackheap.js', 'trace', file, '--allocator', 'bump'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
