import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticOf, traceSource } from './helpers.js';

// Paths into std. A std item stackheap's prelude lacks is refused, located at the path that names
// it; a path rustc cannot resolve gets rustc's own error (recorded from rustc in
// tests/compile-fail/*.error, compared here to the column).

/** `use` line (possibly empty), the statement in `main`, and the text the refusal must start at. */
const LACKING: readonly { readonly use: string; readonly stmt: string; readonly at: string; readonly names: string }[] = [
  { use: 'use std::thread;', stmt: 'thread::park();', at: 'thread::park', names: 'std::thread::park' },
  { use: 'use std::thread::park;', stmt: 'park();', at: 'park', names: 'std::thread::park' },
  { use: '', stmt: 'let t = std::time::Instant::now();', at: 'std::time::Instant::now', names: 'std::time::Instant' },
  { use: 'use std::sync::LazyLock;', stmt: 'let n: LazyLock<i32> = LazyLock::new(|| 5);', at: 'LazyLock', names: 'std::sync::LazyLock' },
  { use: '', stmt: 'let n = std::sync::atomic::AtomicPtr::new(std::ptr::null_mut::<i32>());', at: 'std::sync::atomic::AtomicPtr::new', names: 'std::sync::atomic::AtomicPtr' },
  { use: 'use std::path::Path;', stmt: 'let p = Path::new("a/b");', at: 'Path', names: 'std::path::Path' },
  { use: 'use std::fs::File;', stmt: 'let f = File::open("notes.txt");', at: 'File', names: 'std::fs::File' },
  { use: 'use std::env;', stmt: 'let n = env::var("HOME").is_ok();', at: 'env::var', names: 'std::env::var' },
  { use: '', stmt: 'let n = std::env::var("HOME").is_ok();', at: 'std::env::var', names: 'std::env::var' },
  { use: 'use std::io;', stmt: 'let input = io::stdin();', at: 'io::stdin', names: 'std::io::stdin' },
  { use: 'use std::net::TcpListener;', stmt: 'let l = TcpListener::bind("127.0.0.1:80");', at: 'TcpListener', names: 'std::net::TcpListener' },
  { use: '', stmt: 'let c = std::process::Command::new("ls");', at: 'std::process::Command::new', names: 'std::process::Command' },
  { use: 'use std::time::Instant;', stmt: 'let t = Instant::now();', at: 'Instant', names: 'Instant' },
  { use: 'use std::io;', stmt: 'let r: io::Result<()> = Ok(());', at: 'io::Result', names: 'std::io::Result' },
  { use: 'use std::io::Error;', stmt: 'let e = Error::other("x");', at: 'Error', names: 'std::io::Error' },
  { use: '', stmt: 'let e: Option<std::collections::LinkedList<i32>> = None;', at: 'std::collections::LinkedList', names: 'std::collections::LinkedList' },
  { use: '', stmt: 'let s = ToString::to_string(&5);', at: 'ToString', names: 'ToString' },
  { use: '', stmt: 'let v = Clone::clone(&vec![1]);', at: 'Clone', names: 'Clone' },
];

describe('a std item stackheap lacks is refused where the program names it', () => {
  for (const c of LACKING) {
    it(c.stmt, async () => {
      const text = `${c.use}\nfn main() {\n    ${c.stmt}\n}\n`;
      const d = await diagnosticOf(text);
      expect(d.kind).toBe('unsupported');
      expect(d.headline).toContain(c.names);
      expect({ line: d.span.line, col: d.span.col }).toEqual({ line: 3, col: 5 + c.stmt.indexOf(c.at) });
    });
  }
});

/** Programs naming what std does not have, with rustc's first error in `<name>.error`. */
const MISSPELT = [
  'std_path_missing_type_in_module',
  'std_path_missing_function',
  'std_path_missing_module',
  'std_path_missing_type_in_type_position',
  'std_path_missing_crate_root_value',
  'std_import_missing_item',
  'std_import_missing_module',
  'std_import_missing_in_use_list',
  'std_imported_module_missing_function',
  'std_imported_module_missing_type',
  'std_trait_missing_in_module',
  'std_trait_bound_missing_in_module',
  'std_import_missing_variant',
];

describe('a path rustc cannot resolve in std gets rustc\'s error', () => {
  for (const name of MISSPELT) {
    it(name, async () => {
      const path = `tests/compile-fail/${name}.rs`;
      const [header, location] = readFileSync(path.replace(/\.rs$/, '.error'), 'utf8').split('\n');
      const [, code, headline] = header!.match(/^error(?:\[(E\d+)\])?: (.*)$/)!;
      const [, line, col] = location!.match(/:(\d+):(\d+)$/)!;
      const d = await diagnosticOf(readFileSync(path, 'utf8'), path);
      expect({ kind: d.kind, code: d.code, headline: d.headline, line: d.span.line, col: d.span.col }).toEqual({ kind: 'compile', code, headline, line: Number(line), col: Number(col) });
    });
  }
});

describe('what stackheap cannot spell or build as rustc does is refused where the program asks for it', () => {
  it('type_name of a closure (rustc names it by its function, `demo::main::{{closure}}`)', async () => {
    const text = 'fn main() {\n    let c = |x: i32| x + 1;\n    println!("{}", std::any::type_name_of_val(&c));\n}\n';
    const trace = await traceSource(text);
    expect(trace.stdout).toBe('');
    expect(trace.outcome).toMatchObject({ kind: 'unsupported', message: 'unsupported: `type_name` of `{closure@2:13}`', span: { line: 3, col: 20 } });
  });

  it("type_name of a program's type spells its crate and modules", async () => {
    const text = 'mod shapes {\n    pub mod solid {\n        pub enum Ball { Red }\n    }\n}\nstruct Pair<T>(T, T);\nfn main() {\n    let _ = shapes::solid::Ball::Red;\n    println!("{}", std::any::type_name::<Pair<shapes::solid::Ball>>());\n}\n';
    const trace = await traceSource(text, {}, 'demo.rs');
    expect(trace.stdout).toBe('demo::Pair<demo::shapes::solid::Ball>\n');
  });

  it("a program's #[rustc_layout_scalar_valid_range_start] (rustc keeps it to std)", async () => {
    const text = '#[rustc_layout_scalar_valid_range_start(1)]\nstruct Odd(u8);\nfn main() {}\n';
    const d = await diagnosticOf(text);
    expect({ kind: d.kind, headline: d.headline, line: d.span.line }).toEqual({ kind: 'unsupported', headline: 'unsupported: the attribute `#[rustc_layout_scalar_valid_range_start]`', line: 2 });
  });
});
