import { describe, expect, it } from 'vitest';
import { traceSource } from '../helpers.js';
import { memoryView, type BlockView, type LocalView, type MemoryView } from '../../src/views/memory-view.js';
import type { Snapshot } from '../../src/trace/types.js';
import { bookAddress } from '../../src/memory/book.js';

// What the diagram shows for a snapshot, in Node: boxes, row labels, spare capacity, owners.

async function snapshots(source: string): Promise<Snapshot[]> {
  const trace = await traceSource(source, { at: 'all' });
  return trace.stops.map((s) => s.snapshot);
}

/** The snapshot at `main`'s return stop (everything still alive). */
async function atReturn(source: string): Promise<{ view: MemoryView; snapshot: Snapshot }> {
  const trace = await traceSource(source, { at: 'all' });
  const stop = trace.stops.findLast((s) => s.kind === 'return')!;
  return { view: memoryView(stop.snapshot, null), snapshot: stop.snapshot };
}

const rows = (local: LocalView | BlockView): string[] => local.rows.map((r) => `${r.label}${r.role ? `(${r.role})` : ''}=${r.text}`);
const local = (view: MemoryView, name: string): LocalView => view.frames.at(-1)!.locals.find((l) => l.name === name)!;

describe('the diagram’s view of memory', () => {
  it('labels fat pointers, trait objects, nested enums and Vec headers relative to their local', async () => {
    const { view } = await atReturn(`
trait Shape { fn area(&self) -> f64; }
struct Circle { r: f64 }
impl Shape for Circle { fn area(&self) -> f64 { 3.0 * self.r * self.r } }
struct Named { name: &'static str, shape: Option<Box<dyn Shape>>, ch: char }
fn main() {
    let c = Circle { r: 2.0 };
    let s: &dyn Shape = &c;
    let n = Named { name: "disc", shape: Some(Box::new(Circle { r: 0.5 })), ch: 'é' };
    let arr = [1u8, 2, 3];
    let sl: &[u8] = &arr[1..];
    let vv = vec![vec![1], vec![]];
    let unit = ();
    println!("{} {} {:?} {}", s.area(), n.ch, unit, vv.len() + sl.len() + n.name.len());
}
`);
    expect(local(view, 'c')).toMatchObject({ compound: true, ty: 'Circle' });
    expect(rows(local(view, 'c'))).toEqual(['.r=2.0']);
    // The book draws higher addresses on top, inside a value too (as its tables list them).
    expect(rows(local(view, 's'))).toEqual(['.vtable=vtable for Circle', '.ptr(ptr)=→ 0']);
    const circle = view.heap.flatMap((item) => (item.kind === 'block' && item.block.ty === 'Circle' ? [item.block.addr] : []))[0]!;
    expect(rows(local(view, 'n'))).toEqual([
      ".ch='é'", '.shape.0.vtable=vtable for Circle', `.shape.0.ptr(ptr)=→ ${bookAddress(circle)}`, '.shape(tag)=Some', '.name.len=4', '.name.ptr(ptr)=→ 536870912',
    ]);
    expect(rows(local(view, 'arr'))).toEqual(['[2]=3', '[1]=2', '[0]=1']);
    expect(rows(local(view, 'sl'))).toEqual(['.len=2', '.ptr(ptr)=→ 10']);
    expect(local(view, 'unit')).toMatchObject({ compound: true, rows: [] });

    // The outer Vec's buffer holds two headers, named from their owner; the empty one dangles.
    const blocks = view.heap.flatMap((item) => (item.kind === 'block' ? [item.block] : []));
    const outer = blocks.find((b) => b.ty === '[Vec<i32>; 2]')!;
    const inner = blocks.find((b) => b.ty === '[i32; 1]')!;
    expect(rows(local(view, 'vv'))).toEqual(['.len=2', '.cap=2', `.ptr=→ ${bookAddress(outer.addr)}`]);
    expect(outer.owner).toEqual({ name: 'vv', len: 2, cap: 2, string: false });
    expect(rows(outer)).toEqual(['[1].len=0', '[1].cap=0', '[1].ptr=dangling', '[0].len=1', '[0].cap=1', `[0].ptr=→ ${bookAddress(inner.addr)}`]);
    expect(outer.rows[2]!.dangling).toBe(true);
    expect(inner.owner).toEqual({ name: 'vv[0]', len: 1, cap: 1, string: false });
    // A boxed trait object: its block is the value behind the pointer.
    expect(rows(blocks.find((b) => b.ty === 'Circle')!)).toEqual(['.r=0.5']);
    // The literal "disc" is in static memory, as a string of bytes.
    expect(view.statics.map((s) => [s.ty, s.text, s.bytes])).toEqual([['str', 'disc', true]]);
  });

  it('labels boxed fat pointers and enums from the block; a Vec<u8> of numbers is rows, not text', async () => {
    const { view } = await atReturn(`
fn main() {
    let b: Box<&str> = Box::new("hi");
    let o = Box::new(Some(3));
    let big = vec![0u8; 3];
    println!("{} {:?} {}", b, o, big.len());
}
`);
    const blocks = view.heap.flatMap((item) => (item.kind === 'block' ? [item.block] : []));
    expect(blocks.map((b) => [b.ty, rows(b), b.bytes])).toEqual([
      ['&str', ['.len=2', '.ptr(ptr)=→ 536870912'], false],
      ['Option<i32>', ['.0=3', '(tag)=Some'], false],
      ['[u8; 3]', ['[2]=0', '[1]=0', '[0]=0'], false],
    ]);
    expect(rows(local(view, 'b'))).toEqual([`b=→ ${bookAddress(blocks[0]!.addr)}`]);
    expect(local(view, 'b').compound).toBe(false);
  });

  it('spells a String’s text from its bytes, escapes undone', async () => {
    const { view } = await atReturn('fn main() {\n    let s = String::from("a\\"b\\n\'é\\t\\\\");\n    println!("{}", s.len());\n}\n');
    const block = view.heap.flatMap((item) => (item.kind === 'block' ? [item.block] : []))[0]!;
    expect(block.text).toBe('a"b\n\'é\t\\');
    expect(block.owner).toMatchObject({ name: 's', string: true });
    expect(view.statics[0]!.text).toBe(block.text);
  });

  it('marks a Vec’s spare capacity and a String’s text; freed blocks and holes stay in place', async () => {
    const stops = await snapshots(`
fn main() {
    let mut s = String::with_capacity(8);
    s.push_str("hi");
    let mut v: Vec<u32> = Vec::new();
    v.push(1);
    let b = Box::new(5);
    v.push(2);
    v.push(3);
    v.push(4);
    v.push(5);
    drop(b);
    let c = Box::new(6);
}
`);
    const at = (k: number): MemoryView => memoryView(stops[k]!, k > 0 ? stops[k - 1]! : null);
    const blocks = (view: MemoryView): BlockView[] => view.heap.flatMap((item) => (item.kind === 'block' ? [item.block] : []));

    // After push_str: "hi" and six spare bytes.
    const text = blocks(at(1))[0]!;
    expect(text).toMatchObject({ ty: '[u8; 8]', bytes: true, text: 'hi', owner: { name: 's', len: 2, cap: 8, string: true } });
    expect(text.rows.map((r) => r.role ?? r.text)).toEqual(["'h'", "'i'", 'spare', 'spare', 'spare', 'spare', 'spare', 'spare']);

    // After the fifth push: the old [u32; 4] was freed this step, below the box.
    const grown = at(8);
    expect(grown.heap.map((item) => (item.kind === 'block' ? `block ${item.block.ty}` : item.kind === 'freed' ? `freed ${item.ty}` : `holes ${item.count}`))).toEqual([
      'block [u8; 8]', 'freed [u32; 4]', 'block i32', 'block [u32; 8]',
    ]);
    const buffer = blocks(grown).find((b) => b.ty === '[u32; 8]')!;
    expect(buffer.owner).toMatchObject({ name: 'v', len: 5, cap: 8 });
    expect(buffer.rows.map((r) => r.role ?? r.text)).toEqual(['spare', 'spare', 'spare', '5', '4', '3', '2', '1']);
    // One step later its room is a run of holes, and the box is freed.
    expect(at(9).heap.map((item) => (item.kind === 'holes' ? `holes ${item.count}` : item.kind))).toEqual(['block', 'holes 4', 'freed', 'block']);
  });
});

describe('the diagram’s view of an --unchecked trace', () => {
  const at = async (source: string, model: 'book' | 'real' = 'book'): Promise<MemoryView> => {
    const trace = await traceSource(source, { at: 'all', unchecked: true, model });
    const stop = trace.stops.at(-1)!;
    expect(stop.kind).toBe('undefined');
    return memoryView(stop.snapshot, null, model);
  };

  it('keeps the freed block a dangling pointer points into, and says why the pointer dangles', async () => {
    const view = await at('fn main() {\n    let mut v = vec![1, 2, 3];\n    let first = &v[0];\n    v.push(4);\n    println!("{}", first);\n}\n');
    expect(rows(local(view, 'first'))).toEqual(['first=→ (2^30) - 3 (dangling: freed)']);
    expect(view.heap.filter((item) => item.kind === 'freed')).toEqual([{ kind: 'freed', addr: 2 ** 30 - 3, size: 3, ty: '[i32; 3]', dangling: true }]);
  });

  it('shows a popped frame above the live ones, and a local whose scope ended', async () => {
    const view = await at('fn f<\'a>(_: &\'a i32) -> &\'a i32 {\n    let x = 5;\n    &x\n}\n\nfn main() {\n    let r = f(&1);\n    println!("{}", r);\n}\n', 'real');
    const popped = view.frames.at(-1)!;
    expect({ fn: popped.fn, popped: popped.popped, locals: popped.locals.map((l) => `${l.name}: ${l.ty} ${l.rows[0]!.text}`) }).toEqual({ fn: 'f', popped: true, locals: ['x: i32 (popped)'] });
    expect(rows(view.frames[0]!.locals.find((l) => l.name === 'r')!)[0]).toMatch(/^r=→ 0x[0-9a-f]+ \(dangling: popped\)$/);
    const scoped = await at('fn main() {\n    let r;\n    {\n        let x = 5;\n        r = &x;\n    }\n    println!("{}", r);\n}\n');
    expect(scoped.frames[0]!.locals.map((l) => rows(l)[0])).toEqual(['x=?????? (out of scope)', 'r=→ 1 (dangling: out of scope)']);
  });
});
