import { describe, expect, it } from 'vitest';
import { diagnosticOf, stackheap } from './helpers.js';

// The borrow checker on small programs: what it rejects (code and line, as rustc does) and
// what it must accept (rustc's NLL accepts these).
async function accepts(text: string): Promise<void> {
  (await stackheap()).compile({ path: 'test.rs', text });
}

async function rejects(text: string): Promise<{ code: string | undefined; headline: string; line: number }> {
  const d = await diagnosticOf(text);
  return { code: d.code, headline: d.headline, line: d.span.line };
}

describe('borrow checker', () => {
  it('an explicit `&mut` argument is not a two-phase borrow', async () => {
    const src = 'fn f(_v: &mut Vec<i32>, _n: usize) {}\nfn main() {\n    let mut v = vec![1];\n    f(&mut v, v.len());\n}\n';
    expect(await rejects(src)).toEqual({ code: 'E0502', headline: 'cannot borrow `v` as immutable because it is also borrowed as mutable', line: 4 });
  });

  it('an autoref receiver is two-phase', async () => {
    await accepts('fn main() {\n    let mut v: Vec<usize> = Vec::new();\n    v.push(v.len());\n    println!("{:?}", v);\n}\n');
  });

  it('a result tied to one lifetime does not keep the other argument borrowed', async () => {
    await accepts(
      "fn pick<'a, 'b>(x: &'a mut Vec<i32>, _y: &'b mut Vec<i32>) -> &'a mut i32 { &mut x[0] }\nfn main() {\n    let mut a = vec![1];\n    let mut b = vec![2];\n    let r = pick(&mut a, &mut b);\n    b.push(3);\n    *r += 1;\n    println!(\"{:?} {:?}\", a, b);\n}\n",
    );
  });

  it('a borrow stored through a `&mut` parameter must outlive the function', async () => {
    const src = 'fn f(v: &mut Vec<&i32>) {\n    let x = 1;\n    v.push(&x);\n}\nfn main() {\n    let mut v = Vec::new();\n    f(&mut v);\n    println!("{}", v.len());\n}\n';
    expect(await rejects(src)).toEqual({ code: 'E0597', headline: '`x` does not live long enough', line: 3 });
  });

  it('a moving `&mut` cursor kills the borrows through its old value', async () => {
    await accepts(
      'struct N { v: i32, next: Option<Box<N>> }\nfn main() {\n    let mut head = N { v: 1, next: Some(Box::new(N { v: 2, next: None })) };\n    let mut cur = &mut head;\n    loop {\n        cur.v += 1;\n        match cur.next {\n            Some(ref mut n) => cur = n,\n            None => break,\n        }\n    }\n    println!("{}", head.v);\n}\n',
    );
  });

  it('reports the earliest error of a body, as rustc sorts them', async () => {
    const src = 'fn main() {\n    let mut s = String::new();\n    let r = &s;\n    s.push(\'a\');\n    let t = s;\n    println!("{} {}", r, t);\n}\n';
    expect((await rejects(src)).line).toBe(4);
  });
});
