import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../src/trace/types.js';
import { bookRows } from '../src/views/book.js';
import { memoryView } from '../src/views/memory-view.js';
import { realLines } from '../src/views/real.js';
import { traceSource } from './helpers.js';

// Raw pointers (machine/raw-pointers.ts). rustc accepts every program here; what they do wrong is
// undefined behaviour, which stops any run (checked or `--unchecked`, book or real model) where
// it happens, or one of the two checks a debug build puts on `*p`, which abort like rustc's
// binary. The corpus (tests/programs/unsafe_*.rs) has the programs whose output rustc's binary
// gives.

const MODELS = ['book', 'real'] as const;

/** Programs with undefined behaviour on the line marked `// UB`, and its kind. */
const UNDEFINED: readonly { readonly name: string; readonly ub: string; readonly message: RegExp; readonly text: string }[] = [
  {
    name: 'a Vec buffer read after the Vec was dropped',
    ub: 'use after free',
    message: /^use after free: this pointer points into a heap block that was freed$/,
    text: `fn main() {
    let v = vec![1, 2, 3];
    let p = v.as_ptr();
    drop(v);
    let x = unsafe { *p }; // UB
    println!("{}", x);
}
`,
  },
  {
    name: 'a box written after Box::from_raw dropped it',
    ub: 'use after free',
    message: /^use after free/,
    text: `fn main() {
    let p = Box::into_raw(Box::new(5));
    unsafe {
        drop(Box::from_raw(p));
        *p = 6; // UB
    }
}
`,
  },
  {
    name: 'one element past an array on the stack',
    ub: 'out of bounds',
    message: /^out-of-bounds access: this pointer may only reach (3 cells|12 bytes) starting at /,
    text: `fn main() {
    let a = [1, 2, 3];
    let b = 7;
    let p = a.as_ptr();
    let x = unsafe { *p.add(3) }; // UB
    println!("{} {}", x, b);
}
`,
  },
  {
    name: 'a field pointer moved to the next field (it may reach its field only)',
    ub: 'out of bounds',
    message: /^out-of-bounds access: this pointer may only reach (1 cell|4 bytes) starting at /,
    text: `fn main() {
    let pair = (1, 2);
    let p = &pair.0 as *const i32;
    let x = unsafe { *p.add(1) }; // UB
    println!("{}", x);
}
`,
  },
  {
    name: 'a slice made past the end of a heap block',
    ub: 'out of bounds',
    message: /^out-of-bounds access: this pointer may only reach 2 (cells|bytes) starting at /,
    text: `fn main() {
    let v = vec![1u8, 2];
    let s = unsafe { std::slice::from_raw_parts(v.as_ptr(), 3) }; // UB
    println!("{:?}", s);
}
`,
  },
  {
    name: "a pointer to a local of a function that returned",
    ub: 'popped frame',
    // `--unchecked` knows the local the reference was made to.
    message: /^(dangling pointer: this pointer points into the frame of a function that has returned|use of a reference to `local`, a local of `make` whose frame was popped)$/,
    text: `fn make() -> *const i32 {
    let local = 5;
    &raw const local
}

fn main() {
    let p = make();
    let x = unsafe { *p }; // UB
    println!("{}", x);
}
`,
  },
  {
    name: 'a value read through a pointer to it after it was moved',
    ub: 'use after move',
    message: /^use of a moved value/,
    text: `fn main() {
    let s = String::from("a");
    let p = &raw const s;
    let t = s;
    println!("{}", unsafe { &*p }); // UB
    println!("{}", t);
}
`,
  },
  {
    name: 'spare capacity of a Vec read before anything was written there',
    ub: 'uninitialized',
    message: /^use of an uninitialized value$/,
    text: `fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(2);
    let p = v.as_mut_ptr();
    unsafe {
        *p = 5;
        println!("{}", *p.add(1)); // UB
    }
    v.push(1);
}
`,
  },
  {
    name: 'ptr::read of a null pointer (std does not check it: the binary would crash)',
    ub: 'null pointer',
    message: /^null pointer dereference: this pointer is null$/,
    text: `fn main() {
    let p: *const u64 = std::ptr::null();
    let x = unsafe { p.read() }; // UB
    println!("{}", x);
}
`,
  },
];

function markedLine(text: string): number {
  return text.split('\n').findIndex((l) => l.includes('// UB')) + 1;
}

describe('undefined behaviour through raw pointers stops the run where it happens', () => {
  for (const program of UNDEFINED) {
    for (const model of MODELS) {
      for (const unchecked of [false, true]) {
        it(`${program.name} (${model} model${unchecked ? ', --unchecked' : ''})`, async () => {
          const trace = await traceSource(program.text, { at: 'none', events: false, model, unchecked });
          if (trace.outcome.kind !== 'undefined') throw new Error(`expected undefined behaviour, got ${trace.outcome.kind}`);
          expect({ ub: trace.outcome.ub, line: trace.outcome.span.line, exitCode: trace.outcome.exitCode }).toEqual({ ub: program.ub, line: markedLine(program.text), exitCode: 4 });
          expect(trace.outcome.message).toMatch(program.message);
        });
      }
    }
  }
});

describe("a debug build's checks on `*p` abort as rustc's binary does", () => {
  const NULL_DEREF = `fn main() {
    println!("start");
    let p: *const i32 = std::ptr::null();
    let x = unsafe { *p };
    println!("{}", x);
}
`;
  for (const model of MODELS) {
    it(`a null pointer (${model} model): std's panic message, no unwinding, exit 134`, async () => {
      const trace = await traceSource(NULL_DEREF, { at: 'none', events: false, model });
      expect(trace.outcome).toEqual({ kind: 'aborted', exitCode: 134, message: 'null pointer dereference occurred', location: 'test.rs:4:22' });
      expect(trace.stdout).toBe('start\n');
      expect(trace.stderr).toBe(
        "\nthread 'main' (1) panicked at test.rs:4:22:\nnull pointer dereference occurred\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\nthread caused non-unwinding panic. aborting.\n",
      );
    });
  }

  it('a misaligned pointer (real model): the address it holds and the alignment it needs', async () => {
    const text = `fn main() {
    let pair = [1u32, 2];
    let address = pair.as_ptr() as usize;
    let p = (address + 2) as *const u32;
    let x = unsafe { *p };
    println!("{}", x);
}
`;
    const trace = await traceSource(text, { at: 'none', events: false, model: 'real' });
    if (trace.outcome.kind !== 'aborted') throw new Error(`expected an abort, got ${trace.outcome.kind}`);
    expect(trace.outcome.location).toBe('test.rs:5:22');
    expect(trace.outcome.message).toMatch(/^misaligned pointer dereference: address must be a multiple of 0x4 but is 0x7ffc[0-9a-f]{8}$/);
    const address = Number.parseInt(trace.outcome.message.split(' but is ')[1]!, 16);
    expect(address % 4).toBe(2);
  });

  it('`&raw const *p` takes no check, as in rustc', async () => {
    const text = `fn main() {
    let p: *const i32 = std::ptr::null();
    let q = unsafe { &raw const *p };
    println!("{}", q.is_null());
}
`;
    const trace = await traceSource(text, { at: 'none', events: false });
    expect(trace.outcome.kind).toBe('returned');
    expect(trace.stdout).toBe('true\n');
  });
});

describe('an address made from an integer (real model)', () => {
  it('reaches the memory that lives there, and nothing where nothing lives', async () => {
    const text = `fn main() {
    let x = 7;
    let address = &x as *const i32 as usize;
    let back = address as *const i32;
    println!("{}", unsafe { *back });
    let nowhere = 0x1000 as *const i32;
    println!("{}", unsafe { *nowhere }); // UB
}
`;
    const trace = await traceSource(text, { at: 'none', events: false, model: 'real' });
    expect(trace.stdout).toBe('7\n');
    if (trace.outcome.kind !== 'undefined') throw new Error(`expected undefined behaviour, got ${trace.outcome.kind}`);
    expect({ ub: trace.outcome.ub, line: trace.outcome.span.line, message: trace.outcome.message }).toEqual({
      ub: 'dangling pointer',
      line: markedLine(text),
      message: 'dangling pointer: this pointer points to no live memory',
    });
  });
});

describe('what the models cannot compute is refused where it happens', () => {
  it('a cast to a pointer of another type (memory holds values, not bytes)', async () => {
    const text = `fn main() {
    let a = [1u8, 2, 3, 4];
    let p = a.as_ptr() as *const u32;
    println!("{}", unsafe { *p });
}
`;
    for (const model of MODELS) {
      const trace = await traceSource(text, { at: 'none', events: false, model });
      if (trace.outcome.kind !== 'unsupported') throw new Error(`expected a refusal, got ${trace.outcome.kind}`);
      expect(trace.outcome.message).toBe('unsupported: a cast between raw pointers to different types (`*const u8` to `*const u32`): memory holds values, not bytes to read as another type');
      expect(trace.outcome.span.line).toBe(3);
    }
  });

  it('a cast to a pointer to the first field of a struct rustc may reorder (no `#[repr(C)]`)', async () => {
    const text = `struct Pair {
    a: u8,
    b: u32,
}

fn main() {
    let mut p = Pair { a: 1, b: 2 };
    let first = &raw mut p as *mut u8;
    println!("{} {}", unsafe { *first }, p.b);
}
`;
    for (const model of MODELS) {
      const trace = await traceSource(text, { at: 'none', events: false, model });
      if (trace.outcome.kind !== 'unsupported') throw new Error(`expected a refusal, got ${trace.outcome.kind}`);
      expect(trace.outcome.message).toBe('unsupported: a cast between raw pointers to different types (`*const Pair` to `*const u8`): memory holds values, not bytes to read as another type');
      expect(trace.outcome.span.line).toBe(8);
    }
  });

  it('an address made from an integer, dereferenced in the book model (its addresses are not rustc\'s)', async () => {
    const text = `fn main() {
    let x = 5;
    let p = &x as *const i32;
    let back = 0x10 as *const i32;
    println!("{}", p == back);
    println!("{}", unsafe { *back });
}
`;
    const trace = await traceSource(text, { at: 'none', events: false });
    if (trace.outcome.kind !== 'unsupported') throw new Error(`expected a refusal, got ${trace.outcome.kind}`);
    expect(trace.outcome.message).toMatch(/^unsupported: dereferencing an address made from an integer in the book model/);
    expect(trace.outcome.span.line).toBe(6);
    expect(trace.stdout).toBe('false\n');
  });
});

describe('`{:p}` and `{:?}` of pointers print addresses', () => {
  const text = `fn main() {
    let x = 5;
    let r = &x;
    let p = &x as *const i32;
    let b = Box::new(1);
    let n: *const u8 = std::ptr::null();
    println!("{:p} {:p} {:?} {:p}", r, p, p, b);
    println!("{:p} {:?} {:#p} [{:>6p}]", n, n, n, n);
}
`;
  it('in the real model, the address the memory gives, as std formats it', async () => {
    const trace = await traceSource(text, { at: 'none', events: false, model: 'real' });
    const [first, second] = trace.stdout.split('\n');
    const [r, p, pDebug, b] = first!.split(' ');
    expect(r).toMatch(/^0x7ffc[0-9a-f]{8}$/);
    expect([p, pDebug]).toEqual([r, r]);
    expect(b).toMatch(/^0x5555[0-9a-f]{8}$/);
    expect(second).toBe('0x0 0x0 0x0000000000000000 [   0x0]');
  });

  it('in the book model, only a null pointer (its other addresses are not rustc\'s)', async () => {
    const trace = await traceSource(text, { at: 'none', events: false });
    if (trace.outcome.kind !== 'unsupported') throw new Error(`expected a refusal, got ${trace.outcome.kind}`);
    expect(trace.outcome.message).toBe("unsupported: a pointer's address in the book model (`--model real` has rustc's)");
    const nulls = await traceSource('fn main() {\n    let n: *const u8 = std::ptr::null();\n    println!("{:p} {:?}", n, n);\n}\n', { at: 'none', events: false });
    expect(nulls.stdout).toBe('0x0 0x0\n');
  });
});

describe('views show raw pointers as references are shown', () => {
  const text = `fn main() {
    let x = 5;
    let p = &raw const x;
    let v = vec![1, 2];
    let q = v.as_ptr();
    let n: *const i32 = std::ptr::null();
    println!("{}", unsafe { *p + *q } + n.is_null() as i32);
}
`;
  async function lastStatement(model: 'book' | 'real'): Promise<Snapshot> {
    const trace = await traceSource(text, { at: 'statements', model });
    return trace.stops.filter((s) => s.kind === 'statement').at(-1)!.snapshot!;
  }

  it('book model: an arrow to the local or heap cell, and `null` with no arrow', async () => {
    const snapshot = await lastStatement('book');
    const rows = new Map(bookRows(snapshot).map((r) => [r.name, r]));
    expect(rows.get('p')).toMatchObject({ value: '→ 0', pointsTo: rows.get('x')!.addr });
    expect(rows.get('q')!.pointsTo).toBe(snapshot.heap[0]!.addr);
    expect(rows.get('n')!.value).toBe('null');
    expect(rows.get('n')!.pointsTo).toBeUndefined();
    const view = memoryView(snapshot, null, 'book');
    const locals = new Map(view.frames.flatMap((f) => f.locals).map((l) => [l.name, l.rows[0]!]));
    expect(locals.get('p')).toMatchObject({ text: '→ 0' });
    expect(locals.get('p')!.dangling).toBeUndefined();
    expect(locals.get('n')).toMatchObject({ text: 'null', dangling: true });
  });

  it('real model: the address with what it points to', async () => {
    const lines = realLines(await lastStatement('real')).join('\n');
    expect(lines).toMatch(/ p: \*const i32 +0x7ffc[0-9a-f]{8} → x$/m);
    expect(lines).toMatch(/ q: \*const i32 +0x5555[0-9a-f]{8} → heap \[i32; 2\]\[0\]$/m);
    expect(lines).toMatch(/ n: \*const i32 +0x0 \(null\)$/m);
  });
});
