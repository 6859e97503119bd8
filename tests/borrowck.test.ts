import { describe, expect, it } from 'vitest';
import { diagnosticOf } from './helpers.js';

// Programs rustc accepts are in tests/programs (moves_*.rs), with goldens made by rustc.

const rejected: [string, string, string, number][] = [
  ['use after move into a function', 'E0382', 'fn consume(b: Box<i32>) {}\nfn main() {\n    let b = Box::new(1);\n    consume(b);\n    println!("{}", b);\n}\n', 5],
  ['use after move by assignment', 'E0382', 'fn main() {\n    let a = Box::new(1);\n    let b = a;\n    let c = *a + *b;\n}\n', 4],
  ['move inside a loop', 'E0382', 'fn main() {\n    let b = Box::new(1);\n    let mut i = 0;\n    while i < 2 {\n        drop(b);\n        i += 1;\n    }\n}\n', 5],
  ['possibly uninitialised', 'E0381', 'fn main() {\n    let x;\n    let c = 3;\n    if c > 2 {\n        x = 1;\n    }\n    println!("{}", x);\n}\n', 7],
  ['assigning twice to an immutable binding', 'E0384', 'fn main() {\n    let x = 1;\n    x = 2;\n    println!("{}", x);\n}\n', 3],
  ['assigning an immutable binding in a loop', 'E0384', 'fn main() {\n    let x;\n    loop {\n        x = 1;\n    }\n}\n', 4],
  ['moving out of a reference', 'E0507', 'fn main() {\n    let b = Box::new(1);\n    let r = &b;\n    let c = *r;\n}\n', 4],
];


describe('move and initialisation checking', () => {
  for (const [name, code, source, line] of rejected) {
    it(`rejects ${name} (${code})`, async () => {
      const d = await diagnosticOf(source);
      expect(d.code).toBe(code);
      expect(d.span.line).toBe(line);
      expect(d.exitCode).toBe(1);
    });
  }
});
