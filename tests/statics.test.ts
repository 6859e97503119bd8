import { describe, expect, it } from 'vitest';
import { BOOK_STATIC_BASE } from '../src/memory/book.js';
import { REAL_DATA_BASE, REAL_DATA_REL_RO_BASE, REAL_STATIC_BASE } from '../src/memory/real.js';
import type { Cell, LocalSnapshot, Snapshot, StaticBlockSnapshot } from '../src/trace/types.js';
import { realLines } from '../src/views/real.js';
import { bookRows } from '../src/views/book.js';
import { traceSource } from './helpers.js';

// Static memory: `static` items, promoted constants and vtables, at the addresses
// docs/real-model.md documents (section bases, alignment, order of placement).

const lastStop = async (text: string, model: 'real' | 'book' = 'real'): Promise<Snapshot> => {
  const trace = await traceSource(text, { model, at: 'statements' });
  expect(trace.outcome.kind).toBe('returned');
  // After the last statement, before main's locals are dropped (each drop is a stop of its own).
  return trace.stops.filter((stop) => stop.kind === 'statement').at(-1)!.snapshot;
};
const local = (s: Snapshot, name: string): LocalSnapshot => s.frames.flatMap((f) => f.locals).find((l) => l.name === name)!;
const statics = (s: Snapshot, kind: StaticBlockSnapshot['kind']): StaticBlockSnapshot[] => (s.statics ?? []).filter((b) => b.kind === kind).sort((a, b) => a.addr - b.addr);
const pointsTo = (c: Cell): number => (c.value.kind === 'ptr' ? c.value.to : c.value.kind === 'vtable' ? (c.value.to ?? -1) : -1);
const alignUp = (n: number, align: number): number => Math.ceil(n / align) * align;

/** Blocks placed one after another in their section: each at the next address aligned for it. */
function expectPacked(blocks: readonly StaticBlockSnapshot[], base: number, align: (b: StaticBlockSnapshot) => number): void {
  let at = base;
  for (const b of blocks) {
    expect(b.addr, b.name ?? b.ty).toBe(alignUp(at, align(b)));
    at = b.addr + b.size;
  }
}

const STATICS = `static LIMIT: u32 = 10;
static NAME: &str = "stackheap";
static FLAGS: [bool; 3] = [true, false, true];
static mut COUNTER: u64 = 0;
static mut SEED: u16 = 7;
static mut EMPTY: [u8; 3] = [0; 3];
static mut SCALE: f64 = 1.5;

fn bump() -> u64 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

fn main() {
    let limit = &LIMIT;
    let name = NAME;
    let n = bump();
    let seed = unsafe { SEED };
    let all = FLAGS.len() as u64 + n + seed as u64 + unsafe { EMPTY[1] } as u64 + unsafe { SCALE } as u64;
    println!("{} {} {} {}", limit, name, n, all);
}
`;

describe('static items', () => {
  it('places them by section: .rodata, .data.rel.ro (holding pointers), .data, then .bss (all zero)', async () => {
    const s = await lastStop(STATICS);
    const items = statics(s, 'static');
    const bySection = (section: string) => items.filter((b) => b.section === section).map((b) => b.name);
    expect(bySection('.rodata')).toEqual(['LIMIT', 'FLAGS']);
    expect(bySection('.data.rel.ro')).toEqual(['NAME']);
    expect(bySection('.data')).toEqual(['SEED', 'SCALE']);
    expect(bySection('.bss')).toEqual(['COUNTER', 'EMPTY']);
    // Immutable statics are placed before main in declaration order, each at the next address
    // aligned for it; the literal NAME's initializer uses comes after NAME's own place.
    const rodata = (s.statics ?? []).filter((b) => b.section === '.rodata').sort((a, b) => a.addr - b.addr);
    expect(rodata.map((b) => b.name ?? b.text)).toEqual(['LIMIT', 'stackheap', 'FLAGS']);
    expectPacked(rodata, REAL_STATIC_BASE, (b) => (b.name === 'LIMIT' ? 4 : 1));
    expect(items.find((b) => b.name === 'NAME')!.addr).toBe(REAL_DATA_REL_RO_BASE);
    const data = items.filter((b) => b.section === '.data' || b.section === '.bss');
    expectPacked(data, REAL_DATA_BASE, (b) => ({ SEED: 2, SCALE: 8, COUNTER: 8, EMPTY: 1 })[b.name!]!);
  });

  it('holds the values the program wrote, and references to a static point at it', async () => {
    const s = await lastStop(STATICS);
    const items = statics(s, 'static');
    const counter = items.find((b) => b.name === 'COUNTER')!;
    expect(counter.cells).toEqual([{ addr: counter.addr, size: 8, name: '', value: { kind: 'int', text: '1' } }]);
    const limit = items.find((b) => b.name === 'LIMIT')!;
    expect(pointsTo(local(s, 'limit').cells[0]!)).toBe(limit.addr);
    const literal = (s.statics ?? []).find((b) => b.kind === 'literal' && b.text === 'stackheap')!;
    expect(pointsTo(local(s, 'name').cells[0]!)).toBe(literal.addr);
    expect(pointsTo(items.find((b) => b.name === 'NAME')!.cells[0]!)).toBe(literal.addr);
  });

  it('shows them in the real text view by section, named, with pointers to them marked \'static', async () => {
    const lines = realLines(await lastStop(STATICS));
    const text = lines.join('\n');
    // Sections and the statics in each by address, lower first.
    expect(text).toMatch(/^-- static \(\.bss\)\n0x555555558010 +8 +COUNTER: u64 +1\n0x555555558018 +3 +EMPTY: \[u8; 3\]$/m);
    expect(text.indexOf('-- static (.rodata)')).toBeLessThan(text.indexOf('-- static (.data.rel.ro)'));
    expect(text.indexOf('-- static (.data.rel.ro)')).toBeLessThan(text.indexOf('-- static (.bss)'));
    expect(text).toMatch(/^-- static \(\.data\.rel\.ro\)\n0x555555557000 +16 +NAME: &str$/m);
    expect(text).toMatch(/limit: &u32 +0x555555556000 → LIMIT 'static$/m);
    expect(text).toMatch(/name: &str\n +\+0 +8 +name +0x555555556004 → "stackheap" 'static$/m);
  });

  it('go to .data.rel.ro when their value holds a pointer (rustc 1.95, checked with nm), even in a cycle', async () => {
    const s = await lastStop(`static N: Option<&i32> = None;
static S: Option<&i32> = Some(&5);
struct Node { next: &'static Node, v: u8 }
static A: Node = Node { next: &B, v: 1 };
static B: Node = Node { next: &A, v: 2 };
fn main() { println!("{:?} {:?} {} {}", N, S, A.next.v, B.next.v); }
`);
    const items = statics(s, 'static');
    expect(items.map((b) => [b.name, b.section])).toEqual([
      ['N', '.rodata'],
      ['S', '.data.rel.ro'],
      ['A', '.data.rel.ro'],
      ['B', '.data.rel.ro'],
    ]);
    const [, , a, b] = items;
    expect(pointsTo(a!.cells[0]!)).toBe(b!.addr);
    expect(pointsTo(b!.cells[0]!)).toBe(a!.addr);
  });

  it('live at 2^29 and up in the book model, named in the table', async () => {
    const s = await lastStop(STATICS, 'book');
    const rows = bookRows(s).filter((r) => r.kind === 'static' && r.name !== '');
    expect(rows.map((r) => r.name)).toContain('COUNTER');
    expect(Math.min(...rows.map((r) => r.addr!))).toBeGreaterThanOrEqual(BOOK_STATIC_BASE);
    expect(rows.find((r) => r.name === 'LIMIT')!.value).toBe('10');
  });
});

describe('promoted constants', () => {
  const PROMOTED = `const PRIMES: [u32; 3] = [2, 3, 5];

fn five() -> &'static i32 {
    &5
}

fn main() {
    let a = &5;
    let b = five();
    let c = &[1, 2, 3];
    let d = &PRIMES;
    let e = &(2 + 3) ;
    let f: &[i64] = &[];
    let g = &&7;
    let x = 5;
    let h = &x;
    let i = &String::from("not promoted");
    let j = &mut 6;
    *j += 1;
    println!("{} {} {:?} {:?} {} {:?} {} {} {} {}", a, b, c, d, e, f, g, h, i, j);
}
`;

  it('get one place in .rodata per distinct value, as rustc interns them', async () => {
    const s = await lastStop(PROMOTED);
    const promoted = statics(s, 'promoted');
    const at = (name: string) => pointsTo(local(s, name).cells[0]!);
    // &5 in main, &5 in five() and &(2 + 3) are the same i32 5.
    expect(at('a')).toBe(at('b'));
    expect(at('a')).toBe(at('e'));
    expect(promoted.map((b) => [b.name, b.ty])).toEqual([
      ['5', 'i32'],
      ['[1, 2, 3]', '[i32; 3]'],
      ['PRIMES', '[u32; 3]'],
      ['7', 'i32'],
    ]);
    expect(promoted.every((b) => b.section === '.rodata')).toBe(true);
    expectPacked(promoted, REAL_STATIC_BASE, () => 4);
    expect(promoted.map((b) => b.addr)).toContain(at('c'));
    expect(promoted.map((b) => b.addr)).toContain(at('d'));
  });

  it('are never what the program could change or must drop, nor a local', async () => {
    const s = await lastStop(PROMOTED);
    const inStatic = (name: string) => (s.statics ?? []).some((b) => pointsTo(local(s, name).cells[0]!) >= b.addr && pointsTo(local(s, name).cells[0]!) < b.addr + b.size);
    expect(pointsTo(local(s, 'h').cells[0]!)).toBe(local(s, 'x').addr);
    expect(inStatic('i')).toBe(false);
    expect(inStatic('j')).toBe(false);
    // An empty slice's data pointer is dangling but aligned, as rustc's.
    expect(pointsTo(local(s, 'f').cells[0]!)).toBe(8);
  });

  it('live in static memory in the book model too, one cell per scalar', async () => {
    const s = await lastStop(PROMOTED, 'book');
    const promoted = statics(s, 'promoted');
    expect(promoted.map((b) => [b.name, b.size])).toEqual([
      ['5', 1],
      ['[1, 2, 3]', 3],
      ['PRIMES', 3],
      ['7', 1],
    ]);
    expect(promoted[0]!.addr).toBeGreaterThanOrEqual(BOOK_STATIC_BASE);
    expect(bookRows(s).find((r) => r.name === 'a')!.value).toBe(`→ ${promoted[0]!.addr} 'static`);
  });
});

describe('vtables', () => {
  const SHAPES = `trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn scaled<T>(&self, _by: T) -> f64 { self.area() }
}

struct Circle {
    r: f64,
}

struct Label(String);

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> String { String::from("circle") }
}

impl Shape for Label {
    fn area(&self) -> f64 { 0.0 }
    fn name(&self) -> String { self.0.clone() }
}

fn main() {
    let c = Circle { r: 1.0 };
    let s: &dyn Shape = &c;
    let t: &dyn Shape = &c;
    let b: Box<dyn Shape> = Box::new(Label(String::from("l")));
    println!("{} {} {}", s.area(), t.name(), b.name());
}
`;

  it('go to .data.rel.ro once per type and trait: drop_in_place, size, align, then the methods', async () => {
    const s = await lastStop(SHAPES);
    const vtables = statics(s, 'vtable');
    expect(vtables.map((v) => v.name)).toEqual(['<Circle as Shape>', '<Label as Shape>']);
    expectPacked(vtables, REAL_DATA_REL_RO_BASE, () => 8);
    const [circle, label] = vtables;
    // The generic method cannot be called through dyn: it has no slot.
    expect(circle!.cells.map((c) => [c.addr - circle!.addr, c.name, c.value])).toEqual([
      [0, '.drop_in_place', { kind: 'fn', name: null }],
      [8, '.size', { kind: 'int', text: '8' }],
      [16, '.align', { kind: 'int', text: '8' }],
      [24, '.area', { kind: 'fn', name: '<Circle as Shape>::area' }],
      [32, '.name', { kind: 'fn', name: '<Circle as Shape>::name' }],
    ]);
    expect(label!.cells[0]!.value).toEqual({ kind: 'fn', name: 'core::ptr::drop_in_place::<Label>' });
    expect(label!.cells[1]!.value).toEqual({ kind: 'int', text: '24' });
    expect(pointsTo(local(s, 's').cells[1]!)).toBe(circle!.addr);
    expect(pointsTo(local(s, 't').cells[1]!)).toBe(circle!.addr);
    expect(pointsTo(local(s, 'b').cells[1]!)).toBe(label!.addr);
    expect(realLines(s).join('\n')).toMatch(/s\.vtable +0x555555557000 → vtable for <Circle as Shape>$/m);
  });

  it('lay supertraits out as rustc does: the first one as a prefix, then the others with a pointer to their vtable', async () => {
    // Checked against rustc 1.95 by calling through the slots of the real vtables.
    const s = await lastStop(`trait A { fn a(&self) -> u32; }
trait B { fn b(&self) -> u32; fn b2(&self) -> u32; }
trait C: A + B { fn c(&self) -> u32; }
trait D: A { fn d(&self) -> u32; fn e(&self) -> u32; }
struct S;
impl A for S { fn a(&self) -> u32 { 1 } }
impl B for S { fn b(&self) -> u32 { 2 } fn b2(&self) -> u32 { 22 } }
impl C for S { fn c(&self) -> u32 { 3 } }
impl D for S { fn d(&self) -> u32 { 4 } fn e(&self) -> u32 { 5 } }
fn main() {
    let s = S;
    let c: &dyn C = &s;
    let d: &dyn D = &s;
    println!("{} {}", c.c(), d.e());
}
`);
    const slots = (name: string) => statics(s, 'vtable').find((v) => v.name === name)!.cells.slice(3).map((c) => (c.value.kind === 'fn' ? c.value.name : null));
    expect(slots('<S as C>')).toEqual(['<S as A>::a', '<S as B>::b', '<S as B>::b2', "<S as B>'s vtable", '<S as C>::c']);
    expect(slots('<S as D>')).toEqual(['<S as A>::a', '<S as D>::d', '<S as D>::e']);
  });
});

describe("'static references", () => {
  it("mark a leaked box's pointer 'static in the real view", async () => {
    const text = realLines(await lastStop('fn main() {\n    let n: &\'static mut i32 = Box::leak(Box::new(7));\n    *n += 1;\n    println!("{}", n);\n}\n')).join('\n');
    expect(text).toMatch(/n: &mut i32 +0x[0-9a-f]+ → heap i32 'static$/m);
  });
});

describe('the sections', () => {
  it('are a page each: a program that needs more stops with a stackheap limit, never overlapping addresses', async () => {
    // Each literal bound first: `println!("{}", "lit")` puts the literal into the format string,
    // as rustc does.
    const lines = Array.from({ length: 60 }, (_, i) => `    let s = "${`x${String(i).padStart(2, '0')}`.repeat(40)}";\n    println!("{}", s);`);
    const trace = await traceSource(`fn main() {\n${lines.join('\n')}\n}\n`, { model: 'real', at: 'none' });
    expect(trace.outcome).toMatchObject({ kind: 'limit', exitCode: 3, message: "the program's .rodata needs more than the 4096 bytes stackheap gives it" });
    // 34 literals of 120 bytes fit in 4096; the 35th does not.
    expect(trace.stdout.split('\n').length - 1).toBe(34);
    expect((await traceSource(`fn main() {\n${lines.join('\n')}\n}\n`, { at: 'none' })).outcome.kind).toBe('returned');
  });
});

