import { describe, expect, it } from 'vitest';
import type { Stop, Trace } from '../src/trace/types.js';
import { narrate } from '../src/views/narration.js';
import { buildSteps } from '../src/views/steps.js';
import { traceSource } from './helpers.js';

// Traced at statements, each drop the program's code runs (a scope's end, an assignment over a
// value, `mem::drop`) is a stop of its own, after the drop, captioned with what was dropped and
// the heap blocks it freed.

const NOISY = `struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
`;

const drops = (trace: Trace): Stop[] => trace.stops.filter((s) => s.kind === 'drop');
const captions = (trace: Trace): string[] => drops(trace).map((s) => s.caption);

describe('drop stops', () => {
  it('names a Box, a Vec and a String with the bytes and the block each frees, in reverse order', async () => {
    const source = `fn main() {
    let d = Box::new(7);
    let v = vec![1, 2, 3];
    let s = String::from("hello");
    println!("{} {} {}", d, v.len(), s);
}
`;
    const book = await traceSource(source, { at: 'statements' });
    expect(captions(book)).toEqual([
      'drop s: String frees 5 bytes at (2^30) - 9',
      'drop v: Vec<i32> frees 12 bytes at (2^30) - 4',
      'drop d: Box<i32> frees 4 bytes at (2^30) - 1',
    ]);
    const real = await traceSource(source, { at: 'statements', model: 'real' });
    expect(captions(real)).toEqual([
      'drop s: String frees 5 bytes at 0x5555555592e0',
      'drop v: Vec<i32> frees 12 bytes at 0x5555555592c0',
      'drop d: Box<i32> frees 4 bytes at 0x5555555592a0',
    ]);
    // Each stop is after its drop: the block is gone and the local is uninitialised.
    const afterBox = drops(book)[2]!.snapshot;
    expect(afterBox.heap).toEqual([]);
    expect(afterBox.frames[0]!.locals.find((l) => l.name === 'd')!.cells[0]!.value).toEqual({ kind: 'uninit' });
    // The drops happen at main's closing brace.
    expect(drops(book).map((s) => s.span.line)).toEqual([6, 6, 6]);
  });

  it('counts the blocks a Vec of Strings frees', async () => {
    const trace = await traceSource(`fn main() {
    let words = vec![String::from("ab"), String::from("c")];
    println!("{}", words.len());
}
`, { at: 'statements' });
    // Each String's buffer, then the Vec's (allocated first, for vec!'s array).
    expect(captions(trace)).toEqual(['drop words: Vec<String> frees 51 bytes in 3 blocks at (2^30) - 8, (2^30) - 9, (2^30) - 6']);
  });

  it('names a value with a Drop impl that frees nothing, after what its drop printed', async () => {
    const trace = await traceSource(`${NOISY}
fn main() {
    let a = Noisy(1);
    let b = Noisy(2);
    println!("made {} {}", a.0, b.0);
}
`, { at: 'statements' });
    expect(captions(trace)).toEqual(['drop b: Noisy', 'drop a: Noisy']);
    const [b, a] = drops(trace);
    expect(trace.stdout.slice(0, b!.stdoutLength)).toBe('made 1 2\ndrop 2\n');
    expect(trace.stdout.slice(0, a!.stdoutLength)).toBe('made 1 2\ndrop 2\ndrop 1\n');
    // Noisy::drop's own statements are stops before the drop's.
    const i = trace.stops.indexOf(b!);
    expect(trace.stops[i - 1]!.caption).toBe('line 4: println!("drop {}", self.0);');
  });

  it('has no stop for a moved-out value, and one for its new owner', async () => {
    const trace = await traceSource(`${NOISY}
fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn main() {
    let a = Noisy(1);
    let b = a;
    let c = Noisy(3);
    consume(c);
    let boxed = Box::new(Noisy(4));
    let unboxed = *boxed;
    println!("{} {}", b.0, unboxed.0);
}
`, { at: 'statements' });
    expect(captions(trace)).toEqual(['drop n: Noisy', 'drop unboxed: Noisy', 'drop boxed: Box<Noisy> frees 4 bytes at (2^30) - 1', 'drop b: Noisy']);
  });

  it('follows drop flags: a value moved on one branch only', async () => {
    const trace = await traceSource(`${NOISY}
fn run(flag: bool) {
    let x = Noisy(if flag { 1 } else { 2 });
    if flag {
        let _y = x;
    }
    println!("end of run");
}

fn main() {
    run(true);
    run(false);
}
`, { at: 'statements' });
    expect(captions(trace)).toEqual(['drop _y: Noisy', 'drop x: Noisy']);
    expect(drops(trace).map((s) => s.span.line)).toEqual([12, 14]);
  });

  it('shows drops by assignment, of temporaries and by mem::drop where they happen', async () => {
    const trace = await traceSource(`${NOISY}
fn make(n: u32) -> Noisy {
    Noisy(n)
}

fn main() {
    let mut p = Noisy(1);
    p = Noisy(2);
    let n = make(3).0;
    let mut v = vec![Noisy(4), Noisy(5)];
    v[0] = Noisy(6);
    let b = Box::new(Noisy(7));
    drop(b);
    println!("{} {}", p.0, n);
}
`, { at: 'statements' });
    expect(drops(trace).map((s) => `${s.span.line}: ${s.caption}`)).toEqual([
      '14: drop p: Noisy',
      '15: drop make(3): Noisy',
      '17: drop v[0]: Noisy',
      '19: drop b: Box<Noisy> frees 4 bytes at (2^30) - 3',
      '21: drop v: Vec<Noisy> frees 8 bytes at (2^30) - 2',
      '21: drop p: Noisy',
    ]);
  });

  it('names a for loop’s iterator and a closure’s captures as the program knows them', async () => {
    const trace = await traceSource(`${NOISY}
fn main() {
    let v = vec![Noisy(1), Noisy(2)];
    for n in v {
        println!("{}", n.0);
    }
    let pairs = vec![(Noisy(3), Noisy(4))];
    for (a, _) in pairs {
        println!("{}", a.0);
    }
    let owned = Noisy(5);
    let f = move || drop(owned);
    f();
}
`, { at: 'statements' });
    expect(captions(trace)).toEqual([
      'drop n: Noisy',
      'drop n: Noisy',
      'drop the iterator over v: IntoIter<Noisy> frees 8 bytes at (2^30) - 2',
      'drop a: Noisy',
      'drop the item matched by (a, _): (Noisy, Noisy)',
      'drop the iterator over pairs: IntoIter<(Noisy, Noisy)> frees 8 bytes at (2^30) - 2',
      'drop owned: Noisy',
    ]);
  });

  it('makes no stops at calls, and leaves std’s own drops (Vec::clear) to their events', async () => {
    const source = `${NOISY}
fn main() {
    let mut v = vec![Noisy(1), Noisy(2)];
    v.clear();
    let d = Box::new(5);
    println!("{} {}", v.len(), d);
}
`;
    const calls = await traceSource(source, { at: 'calls' });
    expect(drops(calls)).toEqual([]);
    const statements = await traceSource(source, { at: 'statements' });
    expect(captions(statements)).toEqual(['drop d: Box<i32> frees 4 bytes at (2^30) - 3', 'drop v: Vec<Noisy> frees 8 bytes at (2^30) - 2']);
  });

  it('is a step of the web page whose narration does not repeat the caption', async () => {
    const trace = await traceSource(`fn main() {
    let d = Box::new(7);
    println!("{}", d);
}
`, { at: 'all' });
    const steps = buildSteps(trace, 'all');
    const k = steps.findIndex((s) => s.kind === 'drop');
    expect(steps[k]!.caption).toBe('drop d: Box<i32> frees 4 bytes at (2^30) - 1');
    expect(narrate(trace.events, steps, k).since).toEqual([]);
    expect(buildSteps(trace, 'calls').some((s) => s.kind === 'drop')).toBe(false);
  });
});
