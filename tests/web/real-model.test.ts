import { describe, expect, it } from 'vitest';
import { recordSource, traceFile, traceSource } from '../helpers.js';
import { memoryView, type BlockView, type LocalView, type MemoryView } from '../../src/views/memory-view.js';
import { narrate } from '../../src/views/narration.js';
import { buildSteps } from '../../src/views/steps.js';
import { realLines } from '../../src/views/real.js';

// What the diagram shows for a real-model snapshot, in Node: hex addresses, sizes in bytes,
// padding rows, free chunks and the allocator's totals.

const rows = (value: LocalView | BlockView): string[] => value.rows.map((r) => `${r.cell.addr - value.addr}:${r.label}${r.role ? `(${r.role})` : ''}=${r.text}`);
const local = (view: MemoryView, name: string): LocalView => view.frames.at(-1)!.locals.find((l) => l.name === name)!;

describe('the diagram’s view of the real model', () => {
  it('shows the seed’s complex example at hex addresses, in bytes', async () => {
    const trace = await traceFile('examples/complex.rs', { at: 'calls', model: 'real' });
    const stop = trace.stops.find((s) => s.caption === 'bar() calls baz()')!;
    const view = memoryView(stop.snapshot, null, 'real');
    const main = view.frames[0]!;
    // Lower addresses on top, in every region: the stack's newest local, the heap's oldest block.
    expect(main.locals.map((l) => `${l.addr.toString(16)} ${l.name}: ${l.ty} ${l.size}`)).toEqual(['7ffcffffffd8 j: &i32 8', '7ffcffffffe0 i: Box<i32> 8', '7ffcffffffec h: i32 4']);
    expect(main.locals.map((l) => l.rows[0]!.text)).toEqual(['→ 0x7ffcffffffec', '→ 0x5555555592a0', '3']);
    expect(view.heap.map((item) => (item.kind === 'block' ? `${item.block.addr.toString(16)} ${item.block.ty} ${item.block.size}` : item.kind))).toEqual(['5555555592a0 i32 4', '5555555592c0 i32 4']);
    expect(view.allocator).toMatchObject({ name: 'glibc', live: 8, free: 0, largestFree: 0 });
    // The book model's view of a book trace has no allocator and keeps its small addresses.
    const book = await traceFile('examples/complex.rs', { at: 'calls' });
    const bookView = memoryView(book.stops.find((s) => s.caption === 'bar() calls baz()')!.snapshot, null);
    expect(bookView.allocator).toBeUndefined();
    expect(bookView.frames[0]!.locals.map((l) => l.rows[0]!.text)).toEqual(['→ 0', '→ (2^30) - 1', '3']);
  });

  it('labels fields at their offsets, padding, free chunks and dangling pointers', async () => {
    const trace = await traceSource(`
struct P { a: u8, b: u32, c: u16 }
fn main() {
    let p = P { a: 1, b: 2, c: 3 };
    let e: Vec<u64> = Vec::new();
    let v = vec![1u8, 2];
    drop(v);
    println!("{} {}", p.a, e.len());
}
`, { at: 'all', model: 'real' });
    const stop = trace.stops.findLast((s) => s.kind === 'return')!;
    const view = memoryView(stop.snapshot, null, 'real');
    // rustc puts b first, then c, then a, and one byte of padding at the end.
    expect(rows(local(view, 'p'))).toEqual(['0:.b=2', '4:.c=3', '6:.a=1', '7:(padding)(padding)=padding']);
    // An empty Vec's pointer is NonNull::dangling(): no arrow.
    expect(local(view, 'e').rows.find((r) => r.label === '.ptr')).toMatchObject({ text: 'dangling', dangling: true });
    // v's buffer went back to glibc's tcache: a free chunk, no live block.
    expect(view.heap.map((item) => item.kind)).toEqual(['chunk']);
    expect(view.allocator).toMatchObject({ live: 0, free: 32 });
  });

  it('shows a block freed since the previous step where it was, in bytes', async () => {
    const recording = await recordSource(`
fn main() {
    let b = Box::new(7u64);
    drop(b);
    let x = 1;
    println!("{}", x);
}
`, { at: 'all', model: 'real' });
    const trace = recording.summary();
    const steps = buildSteps(trace, 'all', 100_000);
    const heapOf = (i: number) => recording.snapshot(steps[i]!.stop);
    const k = steps.findIndex((_, i) => i > 0 && heapOf(i).heap.length === 0 && heapOf(i - 1).heap.length === 1);
    const view = memoryView(heapOf(k), heapOf(k - 1), 'real');
    expect(view.heap.filter((item) => item.kind === 'freed')).toEqual([{ kind: 'freed', addr: 0x5555555592a0, size: 8, ty: 'u64' }]);
    expect(narrate(trace.events, steps, k, 'real').now).toBe('drop b: Box<u64> frees 8 bytes at 0x5555555592a0');
  });
});

describe('the real model’s table (the page’s Table tab and `trace --model real`)', () => {
  it('writes text as Rust’s {:?} does and names Vec and String headers as the diagram does', async () => {
    const source = 'fn main() {\n    let c = \'\\\'\';\n    let s = String::from("it\'s \\"q\\"\\n");\n    let t: &str = "don\'t";\n    let v = vec![1u8, 2];\n    let buf = 7;\n    println!("{} {} {} {:?} {}", c, s, t, v, buf);\n}\n';
    const trace = await traceSource(source, { at: 'calls', model: 'real' });
    const text = realLines(trace.stops.at(-1)!.snapshot).join('\n');
    expect(text).toContain(`'\\''`);
    expect(text).toContain('"it\'s \\"q\\"\\n"');
    expect(text).toContain('"don\'t"');
    expect(text).not.toContain("\\'s");
    for (const path of ['s.ptr', 's.cap', 's.len', 'v.ptr', 'v.cap', 'v.len']) expect(text).toMatch(new RegExp(`\\s${path.replace('.', '\\.')}\\s`));
    expect(text).not.toMatch(/\.buf\.|\.vec\./);
    // A local named like a field keeps its name.
    expect(text).toMatch(/\sbuf: i32\s/);
  });
});
