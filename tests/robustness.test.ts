import { describe, expect, it } from 'vitest';
import { renderBookStops, renderBookTable } from '../src/render/text.js';
import { MAX_NESTING, MAX_SOURCE_LENGTH } from '../src/syntax/parser.js';
import type { BookRow } from '../src/views/book.js';
import { diagnosticOf, traceSource } from './helpers.js';

// Inputs that used to end in "internal error in stackheap" (exit 70): each must now end with a
// located diagnostic or run as rustc's binary does.

describe('no internal errors', () => {
  it('refuses a std collection the prelude cannot build from the iterator, located at the call', async () => {
    const d = await diagnosticOf('use std::collections::HashMap;\nfn main() {\n    let h: HashMap<i32, i32> = vec![1].into_iter().collect();\n}\n');
    expect(d.kind).toBe('unsupported');
    expect(d.headline).toBe('unsupported: `HashMap<i32, i32>: FromIterator<{integer}>` (std\'s impl is not modelled)');
    expect(d.span.line).toBe(3);
  });

  it('stops a recursion through Drop impls, which runs on the host\'s stack, with a located limit', async () => {
    const program = 'struct Noisy(u32);\nimpl Drop for Noisy {\n    fn drop(&mut self) {\n        let _next = Noisy(self.0 + 1);\n    }\n}\nfn main() {\n    let _first = Noisy(0);\n}\n';
    const trace = await traceSource(program, { at: 'none', events: false });
    expect(trace.outcome).toMatchObject({ kind: 'limit', exitCode: 3, message: 'the host ran out of stack for nested drops and formatting (recursion through a Drop or Display impl)' });
  });

  it('does not call a trait impl method whose bounds fail once the receiver is known (Vec<u64> of literals)', async () => {
    const program = 'trait Describe {\n    fn describe(&self) -> String;\n}\nimpl Describe for i32 {\n    fn describe(&self) -> String {\n        format!("{}", self)\n    }\n}\nimpl<T: Describe> Describe for Vec<T> {\n    fn describe(&self) -> String {\n        String::new()\n    }\n}\nfn main() {\n    println!("{}", vec![1, u64::MAX].describe());\n}\n';
    const d = await diagnosticOf(program);
    // rustc's words: the method exists for `Vec<u64>`, but its trait bounds are not met.
    expect({ code: d.code, headline: d.headline, line: d.span.line }).toEqual({ code: 'E0599', headline: 'the method `describe` exists for struct `Vec<u64>`, but its trait bounds were not satisfied', line: 15 });
  });

  it('selects an impl whose bound has trait arguments with them (Result<Vec<usize>, _> from Results of i32)', async () => {
    const program = 'fn div(a: i32, b: i32) -> Result<i32, String> {\n    if b == 0 { Err(String::from("zero")) } else { Ok(a / b) }\n}\nfn main() {\n    let r: Result<Vec<usize>, String> = vec![(6, 2)].into_iter().map(|(a, b)| div(a, b)).collect();\n}\n';
    const d = await diagnosticOf(program);
    // rustc: E0277, a value of type `Vec<usize>` cannot be built from an iterator over elements of type `i32`.
    expect({ kind: d.kind, headline: d.headline, line: d.span.line }).toEqual({ kind: 'unsupported', headline: 'unsupported: `Result<Vec<usize>, String>: FromIterator<Result<i32, String>>` (std\'s impl is not modelled)', line: 5 });
  });

  it('renders a table of more rows than a call can take arguments', () => {
    const rows: BookRow[] = Array.from({ length: 130_001 }, (_, i) => ({ kind: 'heap', address: String(i), name: '', value: '0' }) as BookRow);
    const text = renderBookTable(rows);
    expect(text.split('\n')).toHaveLength(130_001 + 3);
  });

  it('traces a heap block of 140,000 cells in both models', async () => {
    const program = 'fn show(n: usize) {\n    println!("{}", n);\n}\n\nfn main() {\n    let v = vec![7u8; 140000];\n    show(v.len());\n}\n';
    for (const model of ['book', 'real'] as const) {
      const trace = await traceSource(program, { at: 'calls', model });
      expect(trace.stdout).toBe('140000\n');
      if (model === 'book') expect(renderBookStops(trace.stops).split('\n').length).toBeGreaterThan(140_000);
    }
  });

  it('refuses code nested deeper than the passes can recurse, at the level that is too deep', async () => {
    for (const [open, close] of [['(', ')'], ['{ ', ' }'], ['f(', ')'], ['[', ']']]) {
      const depth = 10_000;
      const text = `fn f(x: i32) -> i32 { x }\nfn main() {\n    let x = ${open!.repeat(depth)}1${close!.repeat(depth)};\n}\n`;
      const d = await diagnosticOf(text);
      expect(d.headline).toBe(`unsupported: code nested more than ${MAX_NESTING} levels deep`);
      expect(d.span.line).toBe(3);
    }
  });

  it('runs code nested just under the limit', async () => {
    const depth = Math.floor(MAX_NESTING / 3);
    const trace = await traceSource(`fn main() {\n    let x = ${'1 + ('.repeat(depth)}1${')'.repeat(depth)};\n    println!("{}", x);\n}\n`, { at: 'none' });
    expect(trace.stdout).toBe(`${depth + 1}\n`);
  });

  it('type-checks nested generic types in linear time (vec! nested 40 deep)', async () => {
    const trace = await traceSource(`fn main() {\n    let x = ${'vec!['.repeat(40)}1${']'.repeat(40)};\n    println!("{}", x.len());\n}\n`, { at: 'none' });
    expect(trace.stdout).toBe('1\n');
  });

  it('checks the delimiters of a deeply nested file as rustc does', async () => {
    const mismatched = await diagnosticOf(`fn main() {\n    let x = ${'('.repeat(50_000)};\n}\n`);
    expect([mismatched.kind, mismatched.headline, mismatched.span.line, mismatched.span.col]).toEqual(['syntax', 'mismatched closing delimiter: `}`', 2, 50_012]);
    const unclosed = await diagnosticOf(`fn main() {\n    let x = ${'('.repeat(50_000)}1;\n`);
    expect([unclosed.kind, unclosed.headline, unclosed.span.line]).toEqual(['syntax', 'this file contains an unclosed delimiter', 2]);
  });
});

describe('resources', () => {
  it('overflows the stack with a local array beyond it, and stops one within the stack but beyond the memory budget', async () => {
    const huge = 'fn main() {\n    let a = [0u8; 2147483648];\n    println!("{}", a.len());\n}\n';
    const fits = 'fn main() {\n    let a = [0u8; 5000];\n    println!("{}", a.len());\n}\n';
    for (const model of ['book', 'real'] as const) {
      const overflowed = await traceSource(huge, { at: 'none', model });
      expect(overflowed.outcome).toMatchObject({ kind: 'overflowed', exitCode: 134, fn: 'main' });
      const limited = await traceSource(fits, { at: 'none', model, maxMemory: 4000 });
      expect(limited.outcome).toMatchObject({ kind: 'limit', exitCode: 3, message: `the memory budget of 4000 ${model === 'real' ? 'bytes' : 'cells'} ran out` });
      expect((await traceSource(fits, { at: 'none', model })).stdout).toBe('5000\n');
    }
  });

  it('stops a heap block beyond the budget at the program\'s line, and runs it under a raised budget', async () => {
    const program = 'fn main() {\n    let v = vec![1u8; 1000];\n    let w = vec![0u8; 5000];\n    println!("{} {}", v.len(), w.len());\n}\n';
    const limited = await traceSource(program, { at: 'none', maxMemory: 4000 });
    expect(limited.outcome).toMatchObject({ kind: 'limit', exitCode: 3, message: 'the memory budget of 4000 cells ran out', location: 'test.rs:3:13' });
    const raised = await traceSource(program, { at: 'none', maxMemory: 10_000 });
    expect(raised.stdout).toBe('1000 5000\n');
  });

  it('checks and runs a match of 10,000 arms', async () => {
    const arms = Array.from({ length: 10_000 }, (_, i) => `        ${i} => ${i * 2},`).join('\n');
    const trace = await traceSource(`fn main() {\n    let x = 9999;\n    let y = match x {\n${arms}\n        _ => 0,\n    };\n    println!("{}", y);\n}\n`, { at: 'none' });
    expect(trace.stdout).toBe('19998\n');
  });

  it('refuses a source file beyond the length it can check in seconds, at the line that crosses it', async () => {
    const statement = '    let value = 12345;\n';
    const count = Math.ceil(MAX_SOURCE_LENGTH / statement.length) + 10;
    const text = `fn main() {\n${statement.repeat(count)}}\n`;
    const d = await diagnosticOf(text);
    expect(d.headline).toBe(`unsupported: a source file of ${text.length.toLocaleString('en-US')} characters (stackheap reads at most ${MAX_SOURCE_LENGTH.toLocaleString('en-US')})`);
    // Line 1 is `fn main() {`; the statement that crosses the limit is the one holding its last character.
    expect(d.span.line).toBe(1 + Math.ceil((MAX_SOURCE_LENGTH - 'fn main() {\n'.length) / statement.length));
  });

  it('checks and runs 10,000 calls in one function', async () => {
    const calls = Array.from({ length: 10_000 }, (_, i) => `    f(${i});`).join('\n');
    const trace = await traceSource(`fn f(x: i32) {\n    if x == 9999 {\n        println!("{}", x);\n    }\n}\n\nfn main() {\n${calls}\n}\n`, { at: 'none' });
    expect(trace.stdout).toBe('9999\n');
  });
});
