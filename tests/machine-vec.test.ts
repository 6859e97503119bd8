// std's Vec and String on the machine, through the real pipeline: growth as RawVec does it
// (the allocation events' sizes), element moves and drops, std's panics, exact capacities of
// `vec!`, `clone`, `String::from`, `to_string` and `format!`. The expected outputs are what the
// rustc-built programs print (rustc 1.95).
import { describe, expect, it } from 'vitest';
import type { Trace } from '../src/trace/types.js';
import { traceSource } from './helpers.js';

const run = (text: string, at: 'none' | 'statements' = 'none'): Promise<Trace> => traceSource(text, { at });

/** The heap events as short strings: `alloc [i32; 4]`, `realloc 4->8`, `free 16`. */
function heapEvents(trace: Trace): string[] {
  return trace.events.flatMap((e) => {
    switch (e.kind) {
      case 'alloc':
        return [`alloc ${e.ty}`];
      case 'realloc':
        return [`realloc ${e.oldSize}->${e.newSize}`];
      case 'free':
        return [`free ${e.size}`];
      default:
        return [];
    }
  });
}

describe('Vec: growth, elements and drops', () => {
  it('grows like RawVec: 4, 8, 16 for a Vec<i32>, an alloc then reallocs, one free', async () => {
    const trace = await run(`fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 1..=9 {
        v.push(i);
        println!("{} {}", v.len(), v.capacity());
    }
}
`);
    expect(trace.stdout).toBe('1 4\n2 4\n3 4\n4 4\n5 8\n6 8\n7 8\n8 8\n9 16\n');
    expect(heapEvents(trace)).toEqual(['alloc [i32; 4]', 'realloc 4->8', 'realloc 8->16', 'free 16']);
    const moves = trace.events.filter((e) => e.kind === 'realloc');
    // The book's heap never grows a block in place: each realloc moves the buffer down.
    for (const e of moves) if (e.kind === 'realloc') expect(e.to).toBeLessThan(e.from);
  });

  it('pop, insert, remove, truncate and clear move and drop elements as std does', async () => {
    const trace = await run(`struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let mut v = Vec::new();
    for i in 1..=5 {
        v.push(D(i));
    }
    let last = v.pop();
    println!("popped {}", last.unwrap().0);
    v.insert(1, D(10));
    let r = v.remove(0);
    println!("removed {} len {}", r.0, v.len());
    v.truncate(2);
    println!("truncated len {} cap {}", v.len(), v.capacity());
    let mut e: Vec<D> = Vec::new();
    println!("empty pop {}", e.pop().is_none());
    v.clear();
    println!("cleared len {} cap {}", v.len(), v.capacity());
    v.push(D(20));
    println!("end of main");
}
`);
    expect(trace.stdout).toBe(
      'popped 5\ndrop 5\nremoved 1 len 4\ndrop 3\ndrop 4\ntruncated len 2 cap 8\nempty pop true\ndrop 10\ndrop 2\ncleared len 0 cap 8\nend of main\ndrop 1\ndrop 20\n',
    );
    expect(trace.outcome.exitCode).toBe(0);
    expect(heapEvents(trace)).toEqual(['alloc [D; 4]', 'realloc 4->8', 'free 8']);
  });

  it('insert past the end panics with std message at the call; the element is dropped while unwinding', async () => {
    const trace = await run(`struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let mut v = Vec::new();
    v.push(D(1));
    v.insert(3, D(2));
}
`);
    expect(trace.outcome).toMatchObject({ kind: 'panicked', exitCode: 101, message: 'insertion index (is 3) should be <= len (is 1)' });
    expect(trace.outcome.kind === 'panicked' && trace.outcome.location).toMatch(/^test\.rs:10:\d+$/);
    expect(trace.stdout).toBe('drop 2\ndrop 1\n');
    expect(heapEvents(trace)).toEqual(['alloc [D; 4]', 'free 4']);
  });

  it('remove past the end panics with std message', async () => {
    const trace = await run(`fn main() {
    let mut v = vec![1, 2];
    let x = v.remove(2);
    println!("{}", x);
}
`);
    expect(trace.outcome).toMatchObject({ kind: 'panicked', message: 'removal index (is 2) should be < len (is 2)' });
    expect(trace.stderr).toContain('removal index (is 2) should be < len (is 2)');
  });

  it('vec! has exactly its length as capacity; vec![x; n] clones n - 1 times and moves x last', async () => {
    const trace = await run(`#[derive(Debug)]
struct N(i32);
impl Clone for N {
    fn clone(&self) -> N {
        println!("clone {}", self.0);
        N(self.0 + 1)
    }
}
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let v = vec![10, 20, 30];
    println!("{:?} len {} cap {}", v, v.len(), v.capacity());
    let w = vec![N(1); 3];
    println!("{:?} cap {}", w, w.capacity());
    let z: Vec<N> = vec![N(7); 0];
    println!("zero len {} cap {}", z.len(), z.capacity());
    let mut g = vec![1u8; 3];
    g.push(4);
    println!("{:?} cap {}", g, g.capacity());
    let units = vec![(); 5];
    println!("{} {}", units.len(), units.capacity());
}
`);
    expect(trace.stdout).toBe(
      '[10, 20, 30] len 3 cap 3\nclone 1\nclone 1\n[N(2), N(2), N(1)] cap 3\ndrop 7\nzero len 0 cap 0\n[1, 1, 1, 4] cap 8\n5 18446744073709551615\ndrop 2\ndrop 2\ndrop 1\n',
    );
    // Zero-sized elements and empty vecs never allocate; a Vec<u8> grows to 8 at least.
    expect(heapEvents(trace)).toEqual(['alloc [i32; 3]', 'alloc [N; 3]', 'alloc [u8; 3]', 'realloc 3->8', 'free 8', 'free 3', 'free 3']);
  });

  it('clone makes a buffer of exactly len and clones the elements in order', async () => {
    const trace = await run(`#[derive(Debug)]
struct N(i32);
impl Clone for N {
    fn clone(&self) -> N {
        println!("clone {}", self.0);
        N(self.0 * 10)
    }
}
#[derive(Clone, Debug)]
struct Bag {
    items: Vec<N>,
}
fn main() {
    let mut items = Vec::with_capacity(10);
    items.push(N(1));
    items.push(N(2));
    let bag = Bag { items };
    let copy = bag.clone();
    println!("{:?} {}", copy, copy.items.capacity());
}
`);
    expect(trace.stdout).toBe('clone 1\nclone 2\nBag { items: [N(10), N(20)] } 2\n');
    expect(heapEvents(trace)).toEqual(['alloc [N; 10]', 'alloc [N; 2]', 'free 2', 'free 10']);
  });

  it('dropping a Vec<Box<T>> frees each box in order, then the buffer; shrink_to_fit reallocs to len', async () => {
    const trace = await run(`fn main() {
    let mut v: Vec<Box<i32>> = Vec::with_capacity(2);
    v.push(Box::new(1));
    v.push(Box::new(2));
    v.push(Box::new(3));
    v.shrink_to_fit();
    println!("{} {}", v.len(), v.capacity());
}
`);
    expect(trace.stdout).toBe('3 3\n');
    expect(heapEvents(trace)).toEqual(['alloc [Box<i32>; 2]', 'alloc i32', 'alloc i32', 'alloc i32', 'realloc 2->4', 'realloc 4->3', 'free 1', 'free 1', 'free 1', 'free 3']);
  });

  it('indexing, len and Debug go through the buffer; the heap block shows the unused capacity', async () => {
    const trace = await run(
      `fn main() {
    let mut v = Vec::new();
    v.push(7);
    v.push(8);
    println!("{} {} {:?}", v[1], v.len(), v);
}
`,
      'statements',
    );
    expect(trace.stdout).toBe('8 2 [7, 8]\n');
    const stop = trace.stops.findLast((s) => s.kind === 'statement')!;
    const block = stop.snapshot.heap[0]!;
    expect(block).toMatchObject({ size: 4, ty: '[i32; 4]' });
    expect(block.cells.map((c) => c.value)).toEqual([{ kind: 'int', text: '7' }, { kind: 'int', text: '8' }, { kind: 'uninit' }, { kind: 'uninit' }]);
    const local = stop.snapshot.frames[0]!.locals.find((l) => l.name === 'v')!;
    expect(local.cells.map((c) => c.name)).toEqual(['v.buf.ptr', 'v.buf.cap', 'v.len']);
    expect(local.cells[0]!.value).toEqual({ kind: 'ptr', to: block.addr });
  });
});

describe('String: growth, capacities and formatting into it', () => {
  it('push_str grows a String like a Vec<u8>: 8, 16, 32', async () => {
    const trace = await run(`fn main() {
    let mut s = String::new();
    println!("{} {}", s.len(), s.capacity());
    let words = ["ab", "cdefg", "hijklmnop", "qrstuvwxyz0123"];
    let mut i = 0;
    while i < 4 {
        s.push_str(words[i]);
        println!("{} {}", s.len(), s.capacity());
        i += 1;
    }
    s.push('é');
    println!("{} {} {}", s, s.len(), s.capacity());
    println!("{:?} {}", s.pop(), s.len());
}
`);
    expect(trace.stdout).toBe('0 0\n2 8\n7 8\n16 16\n30 32\nabcdefghijklmnopqrstuvwxyz0123é 32 32\nSome(\'é\') 30\n');
    expect(heapEvents(trace)).toEqual(['alloc [u8; 8]', 'realloc 8->16', 'realloc 16->32', 'free 32']);
  });

  it('String::from, clone and to_string have std capacities', async () => {
    const trace = await run(`fn main() {
    let t = String::from("hello");
    println!("{} {}", t, t.capacity());
    let u = t.clone();
    println!("{:?} {}", u, u.capacity());
    let n: i32 = -42;
    let a = n.to_string();
    let b = 42u64.to_string();
    let c = 2.5f64.to_string();
    let d = 'x'.to_string();
    let e = "str".to_string();
    println!("{} {} {} {} {}", a.capacity(), b.capacity(), c.capacity(), d.capacity(), e.capacity());
    let empty = String::from("");
    println!("{}", empty.capacity());
}
`);
    expect(trace.stdout).toBe('hello 5\n"hello" 5\n11 2 8 1 3\n0\n');
    expect(heapEvents(trace).filter((e) => e.startsWith('alloc'))).toEqual(['alloc [u8; 5]', 'alloc [u8; 5]', 'alloc [u8; 11]', 'alloc [u8; 2]', 'alloc [u8; 8]', 'alloc [u8; 1]', 'alloc [u8; 3]']);
  });

  it('format! reserves std estimate and grows with each write', async () => {
    const trace = await run(`fn main() {
    let a: i32 = -42;
    let e = "str";
    let f = format!("{}-{:>6}|{:?}", a, 42, e);
    println!("{} {}", f, f.capacity());
    let g = format!("{:?}", vec![1.5, -0.25]);
    println!("{} {}", g, g.capacity());
    let x: i32 = 5;
    let h = format!("{:>20}", x);
    println!("[{}] {}", h, h.capacity());
    let y = 1e-20f64;
    let k = format!("{}", y);
    println!("{} {}", k, k.capacity());
}
`);
    // `{:>20}` writes each fill char on its own (8, 16, 32, not 20); the float's parts
    // ("0.", the zeros, the digits) are separate writes too (8, 21, 42).
    expect(trace.stdout).toBe('-42-    42|"str" 16\n[1.5, -0.25] 16\n[                   5] 32\n0.00000000000000000001 42\n');
  });

  it('write! and writeln! to a &mut String push each piece', async () => {
    const trace = await run(`use std::fmt::Write;
fn fill(out: &mut String, n: i32) {
    for i in 0..n {
        write!(out, "{}, ", i).unwrap();
    }
    writeln!(out, "done").unwrap();
}
fn main() {
    let mut s = String::with_capacity(4);
    fill(&mut s, 5);
    print!("{}", s);
    println!("{} {}", s.len(), s.capacity());
}
`);
    expect(trace.stdout).toBe('0, 1, 2, 3, 4, done\n20 32\n');
    expect(heapEvents(trace)).toEqual(['alloc [u8; 4]', 'realloc 4->8', 'realloc 8->16', 'realloc 16->32', 'free 32']);
  });

  it("a String's heap block shows its bytes as characters", async () => {
    const trace = await run(
      `fn main() {
    let mut s = String::new();
    s.push_str("hé");
    println!("{}", s);
}
`,
      'statements',
    );
    const block = trace.stops.findLast((s) => s.kind === 'statement')!.snapshot.heap[0]!;
    expect(block).toMatchObject({ size: 8, ty: '[u8; 8]' });
    expect(block.cells.map((c) => c.value)).toEqual([
      { kind: 'char', text: "'h'" },
      { kind: 'char', text: "'é'" },
      { kind: 'int', text: '169' },
      ...Array(5).fill({ kind: 'uninit' }),
    ]);
  });
});
