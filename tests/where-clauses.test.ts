import { describe, expect, it } from 'vitest';
import { diagnosticOf } from './helpers.js';

// `where` clauses on other types than a function's parameters hold in its body and are checked
// at each call once the call's types are known (tests/programs/where_clauses_other_types.rs runs
// the ones that hold). rustc's error for one a call does not satisfy is not modelled: it is
// refused at the call, never reported as an error rustc might word otherwise.
describe('a where clause on another type', () => {
  it('that a call does not satisfy is refused at the call', async () => {
    const text = 'use std::fmt::Debug;\nstruct Opaque;\nfn show<T>(v: Vec<T>) where Vec<T>: Debug {\n    println!("{:?}", v);\n}\nfn main() {\n    show(vec![Opaque]);\n}\n';
    const d = await diagnosticOf(text);
    expect(d.kind).toBe('unsupported');
    expect(d.headline).toBe("unsupported: a call whose types do not satisfy its callee's `where` clause (`Vec<Opaque>: Debug`)");
    expect({ line: d.span.line, col: d.span.col }).toEqual({ line: 7, col: 5 });
  });

  it('on an associated type is checked with the argument\'s type', async () => {
    const text = 'use std::fmt::Display;\nfn first<I: Iterator>(mut it: I) where I::Item: Display {\n    if let Some(x) = it.next() {\n        println!("{}", x);\n    }\n}\nfn main() {\n    first(vec![vec![1]].into_iter());\n}\n';
    const d = await diagnosticOf(text);
    expect(d.headline).toBe("unsupported: a call whose types do not satisfy its callee's `where` clause (`Vec<i32>: Display`)");
  });
});
