import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// End to end through the built bin, as a user runs it (npm test builds first).
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/stackheap.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function program(text: string, name = 'prog.rs'): string {
  const dir = mkdtempSync(join(tmpdir(), 'stackheap-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

describe('the CLI', () => {
  it('loads its bundle through the code cache the build made, and runs the same without it', () => {
    const hello = program('fn main() {\n    println!("Hello, world!");\n}\n');
    const debug = { ...process.env, STACKHEAP_DEBUG_CODE_CACHE: '1' };
    const cached = spawnSync(process.execPath, ['bin/stackheap.js', 'run', hello], { encoding: 'utf8', timeout: 60_000, env: debug });
    expect(cached.stderr).toBe('code cache: used\n');
    expect(cached.stdout).toBe('Hello, world!\n');
    // Other V8 flags make V8 reject the cache: the bundle is compiled from its source instead.
    const rejected = spawnSync(process.execPath, ['--no-lazy', 'bin/stackheap.js', 'run', hello], { encoding: 'utf8', timeout: 60_000, env: debug });
    expect(rejected.stderr).toBe('code cache: rejected\n');
    expect(rejected.stdout).toBe('Hello, world!\n');
    expect(rejected.status).toBe(0);
  });

  it('prints the seed tables for examples/complex.rs', () => {
    const r = cli('trace', 'examples/complex.rs', '--model', 'book', '--at', 'calls');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('main() calls foo()\nAddress');
    expect(r.stdout.match(/^Address +Name +Value$/gm)).toHaveLength(9);
    expect(r.stdout).toMatch(/^\(2\^30\) - 2 +5$/m);
  });

  it('gives the book model\'s stack --stack-size cells: a frame costs its cells and one for its return address', () => {
    // main: 1 cell (`start`) + 1; each `down`: 2 cells (`n`, `twice`) + 1. Ten calls of `down`
    // take 32 cells; the eleventh call is to `leaf`, whose frame needs 2.
    const path = program(
      'fn leaf(n: u32) -> u32 {\n    n\n}\n\nfn down(n: u32) -> u32 {\n    let twice = n * 2;\n    if n == 10 { leaf(twice) } else { twice + down(n + 1) }\n}\n\n' +
        'fn main() {\n    let start = 1;\n    println!("{}", down(start));\n}\n',
    );
    const fits = cli('run', path, '--stack-size', '34');
    expect(fits.stderr).toBe('');
    expect([fits.stdout, fits.status]).toEqual(['110\n', 0]);
    const overflows = cli('run', path, '--stack-size', '33');
    expect([overflows.stdout, overflows.stderr, overflows.status]).toEqual(['', "\nthread 'main' (1) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n", 134]);
    // The trace's last table is the stack as it was, captioned with the frame that did not fit.
    const trace = cli('trace', path, '--stack-size', '33');
    expect(trace.status).toBe(134);
    const last = trace.stdout.slice(trace.stdout.lastIndexOf('\n\n', trace.stdout.length - 3) + 2);
    expect(last).toMatch(/^stack overflow: the frame of leaf\(\) needs 2 cells; 1 of the stack's 33 are left\nAddress +Name +Value\n20 +twice +20\n19 +n +10\n/);
    expect(last.trim().split('\n')).toHaveLength(2 + 21);
    const json = JSON.parse(cli('trace', path, '--stack-size', '33', '--format', 'json').stdout) as { outcome: unknown; stops: { kind: string; snapshot: { frames: unknown[] } }[] };
    expect(json.outcome).toEqual({ kind: 'overflowed', exitCode: 134, thread: 'main', fn: 'leaf', needed: 2, free: 1, stackSize: 33, location: expect.stringMatching(/prog\.rs:7:18$/) });
    expect(json.stops.at(-1)!.kind).toBe('overflow');
    expect(json.stops.at(-1)!.snapshot.frames).toHaveLength(11);
    const tooLarge = cli('run', path, '--stack-size', '2097153');
    expect(tooLarge.status).toBe(2);
    expect(tooLarge.stderr).toMatch(/^error: `--stack-size` is at most 2097152 cells in the book model, not 2097153\n/);
  });

  it('refuses a conversion whose std impl it lacks, once inference has chosen the target', () => {
    const r = cli('run', program('fn main() {\n    let b: Vec<u8> = "def".into();\n    println!("{:?}", b);\n}\n'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: unsupported: `&str: Into<Vec<u8>>` \(std's impl is not modelled\)\n --> \S+prog\.rs:2:28\n/);
    noStackTrace(r.stderr);
  });

  it('reports leaked heap blocks with run --leaks and at the end of a trace', () => {
    const path = program(
      'use std::mem;\n\nstruct Node {\n    next: Option<Box<Node>>,\n}\n\nfn main() {\n    let n: &\'static mut i32 = Box::leak(Box::new(7));\n    *n += 1;\n' +
        '    let chain = Node { next: Some(Box::new(Node { next: Some(Box::new(Node { next: None })) })) };\n    mem::forget(chain);\n    let freed = Box::new(1u8);\n    println!("{} {}", n, freed);\n}\n',
    );
    const plain = cli('run', path);
    expect(plain.stdout).toBe('8 1\n');
    expect(plain.stderr).toBe('');
    const r = cli('run', path, '--leaks');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('8 1\n');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('leaked: 3 heap blocks (20 B) still allocated when the program ended');
    expect(lines[1]).toMatch(/^  \(2\^30\) - 1 +4 B +i32 +\S+prog\.rs:8:41 +Box::leak: reachable from a 'static reference$/);
    // Forgetting `chain` keeps both boxes of the chain; the inner one, allocated first, is reached through the outer one.
    expect(lines.slice(2).map((l) => l.replace(/^.*? B +/, ''))).toEqual([
      expect.stringMatching(/^Node +\S+prog\.rs:10:62 +mem::forget: its owner was forgotten$/),
      expect.stringMatching(/^Node +\S+prog\.rs:10:35 +mem::forget: its owner was forgotten$/),
    ]);
    expect(cli('trace', path, '--model', 'real').stdout).toMatch(/leaked: 3 heap blocks \(20 B\)[^]*\n  0x[0-9a-f]+ +4 B +i32 /);
    expect(cli('run', 'examples/complex.rs', '--leaks').stderr).toBe('leaked: nothing: every heap block was freed\n');
  });

  it("marks 'static references (literals, promoted constants, leaked boxes) in both models", () => {
    const path = program('fn main() {\n    let s = "hi";\n    let n: &i32 = &5;\n    let b: &mut i32 = Box::leak(Box::new(7));\n    let local = 1;\n    let r = &local;\n    println!("{} {} {} {}", s, n, b, r);\n}\n');
    const book = cli('trace', path, '--at', 'statements').stdout;
    const last = book.slice(book.lastIndexOf('line 7:'));
    expect(last).toMatch(/^0 +s +→ 536870912 'static$/m);
    expect(last).toMatch(/^2 +n +→ 53687091\d 'static$/m);
    expect(last).toMatch(/^3 +b +→ \(2\^30\) - 1 'static$/m);
    expect(last).toMatch(/^5 +r +→ 4$/m);
    const real = cli('trace', path, '--at', 'statements', '--model', 'real').stdout;
    expect(real).toMatch(/b: &mut i32 +0x5555555592a0 → heap i32 'static$/m);
    expect(real).toMatch(/r: &i32 +0x7ffc[0-9a-f]+ → local$/m);
  });

  it('tells an Rc cycle apart from other leaks, with what the cycle owns', () => {
    const path = program(
      'use std::cell::RefCell;\nuse std::rc::Rc;\n\nstruct Node {\n    name: String,\n    next: RefCell<Option<Rc<Node>>>,\n}\n\nfn main() {\n' +
        '    let a = Rc::new(Node { name: String::from("a"), next: RefCell::new(None) });\n' +
        '    let b = Rc::new(Node { name: String::from("bb"), next: RefCell::new(Some(Rc::clone(&a))) });\n' +
        '    *a.next.borrow_mut() = Some(Rc::clone(&b));\n' +
        '    let alone = Rc::new(Node { name: String::from("c"), next: RefCell::new(None) });\n' +
        '    println!("{} {} {}", Rc::strong_count(&a), Rc::strong_count(&b), alone.name);\n}\n',
    );
    const r = cli('run', path, '--leaks', '--alloc-log', `${path}.alloc`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('2 2 c\n');
    const lines = r.stderr.trimEnd().split('\n');
    // Both nodes (RcInner<Node>: counts, String, RefCell<Option<Rc>>) and their names; `alone` was freed.
    expect(lines[0]).toBe('leaked: 4 heap blocks (115 B) still allocated when the program ended');
    expect(lines.slice(1).map((l) => l.replace(/^.*? (\d+ B)/, '$1').replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^1 B \[u8; 1\] \S+prog\.rs:10:34 Rc cycle: strong counts that never reached 0 keep it alive$/),
      expect.stringMatching(/^56 B RcInner<Node> \S+prog\.rs:10:13 Rc cycle: /),
      expect.stringMatching(/^2 B \[u8; 2\] \S+prog\.rs:11:34 Rc cycle: /),
      expect.stringMatching(/^56 B RcInner<Node> \S+prog\.rs:11:13 Rc cycle: /),
    ]);
    // The cycle's blocks are never freed: the log has 6 allocations and only `alone`'s 2 frees.
    const log = readFileSync(`${path}.alloc`, 'utf8').trim().split('\n');
    expect(log.filter((l) => l.startsWith('alloc')).length).toBe(6);
    expect(log.filter((l) => l.startsWith('dealloc'))).toEqual(['dealloc 1 1', 'dealloc 56 8']);
  });

  it('shows the program\'s output between the tables it came between', () => {
    const path = program('fn show(n: i32) {\n    println!("n = {}", n);\n}\n\nfn main() {\n    print!("start ");\n    println!("here");\n    show(7);\n}\n');
    const r = cli('trace', path);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'stdout| start here\n\nmain() calls show()\nAddress  Name  Value\n\n' +
        'stdout| n = 7\n\nshow() returns\nAddress  Name  Value\n0        n     7\n\n' +
        'main() returns\nAddress  Name  Value\n\n',
    );
  });

  it('writes a table after every statement and every drop with --at statements', () => {
    const r = cli('trace', 'examples/box.rs', '--at', 'statements');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'line 2: let x = Box::new(5);\nAddress     Name  Value\n(2^30) - 1        5\n...         ...   ...\n1           y     ??????\n0           x     → (2^30) - 1\n\n' +
        'line 3: let y = 42;\nAddress     Name  Value\n(2^30) - 1        5\n...         ...   ...\n1           y     42\n0           x     → (2^30) - 1\n\n' +
        'drop x: Box<i32> frees 4 bytes at (2^30) - 1\nAddress  Name  Value\n1        y     42\n0        x     ??????\n\n',
    );
    const real = cli('trace', 'examples/box.rs', '--at', 'statements', '--model', 'real');
    expect(real.stdout).toContain('drop x: Box<i32> frees 4 bytes at 0x5555555592a0\n');
  });

  it('reports a missing file', () => {
    const r = cli('run', 'no/such/file.rs');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("error: couldn't read `no/such/file.rs`: No such file or directory\n");
  });

  it('reports a syntax error in rustc\'s shape', () => {
    const path = program('fn main() {\n    let x = ;\n}\n');
    const r = cli('run', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: .+\n --> .*prog\.rs:2:\d+\n  \|\n2 \|     let x = ;\n  \| +\^/);
    noStackTrace(r.stderr);
  });

  it('refuses unsupported syntax with a located diagnostic', () => {
    const path = program('union Bits {\n    i: u32,\n    f: f32,\n}\n\nfn main() {}\n');
    const r = cli('trace', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: unsupported: .*union.*\n --> .*prog\.rs:1:1\n/);
    expect(r.stdout).toBe('');
  });

  it('reports a program with no main like rustc (E0601)', () => {
    const path = program('fn helper() {}\n', 'nomain.rs');
    const r = cli('run', path);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error\[E0601\]: `main` function not found in crate `nomain`\n --> .*nomain\.rs:1:/);
  });

  it('panics on integer overflow with rustc\'s message and exit code 101', () => {
    const path = program('fn add(a: u8, b: u8) -> u8 {\n    a + b\n}\n\nfn main() {\n    println!("{}", add(200, 100));\n}\n');
    const r = cli('run', path);
    expect(r.status).toBe(101);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`\nthread 'main' (1) panicked at ${path}:2:5:\nattempt to add with overflow\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\n`);
  });

  it('stops an infinite loop at the step budget', () => {
    const path = program('fn main() {\n    let mut i = 0;\n    loop {\n        i += 1;\n    }\n}\n');
    const r = cli('run', path, '--max-steps', '5000');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^error: stopped: the step budget of 5000 steps ran out\n --> .*prog\.rs:\d+:\d+\n$/);
  });

  it('locates a step budget that runs out inside std at the program\'s call into std', () => {
    const path = program('fn main() {\n    let n = 10_000_000u64;\n    let s: u64 = (0..n).sum();\n    println!("{}", s);\n}\n');
    const r = cli('run', path, '--max-steps', '5000');
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`error: stopped: the step budget of 5000 steps ran out\n --> ${path}:3:25\n`);
  });

  it('stops an infinite loop at the default budget too', () => {
    const path = program('fn main() {\n    loop {}\n}\n');
    const r = cli('trace', path);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('the step budget of 10000000 steps ran out (raise it with --max-steps N)');
  });

  it('bounds what trace prints by the step budget, in text and in JSON', () => {
    const path = program('fn main() {\n    let a = [7u8; 1000];\n    let mut sum = 0u32;\n    for x in a.iter() {\n        sum += *x as u32;\n    }\n    println!("{sum}");\n}\n');
    const text = cli('trace', path, '--at', 'statements', '--max-steps', '2000');
    expect(text.status).toBe(3);
    expect(text.stderr).toMatch(/^error: stopped: the output budget of 128000 characters \(64 a step of --max-steps\) ran out\n --> .*prog\.rs:\d+:\d+\n$/);
    expect(text.stdout.length).toBeLessThanOrEqual(128_000);
    const json = cli('trace', path, '--at', 'statements', '--max-steps', '2000', '--format', 'json');
    expect(json.status).toBe(3);
    const doc = JSON.parse(json.stdout) as { stops: unknown[]; outcome: { kind: string } };
    expect(doc.outcome.kind).toBe('limit');
    expect(doc.stops.length).toBeGreaterThan(0);
  });

  it("folds a deep recursion's trace: a deep stack's middle frames, and the runs of stops alike", () => {
    const path = program('fn sum_to(n: u32) -> u64 {\n    if n == 0 { 0 } else { n as u64 + sum_to(n - 1) }\n}\n\nfn main() {\n    println!("{}", sum_to(5_000));\n}\n');
    const r = cli('trace', path);
    expect(r.status).toBe(0);
    const tables = r.stdout.split('\n\n').filter((part) => part.includes('Address  Name'));
    // main's call, 19 calls while the stack fits the window (4 outer and 16 inner frames), the
    // first and last of the deeper calls, the first and last of the deeper returns, 19 returns,
    // main's: 10,001 stops in 44 tables of at most 21 rows.
    expect(tables.length).toBe(44);
    for (const table of tables) expect(table.split('\n').length).toBeLessThanOrEqual(23);
    expect(r.stdout).toContain('... (4,979 more stops `sum_to() calls sum_to()` not shown) ...');
    expect(r.stdout).toContain('... (4,980 more stops `sum_to() returns` not shown) ...');
    // The deepest call shows the innermost frames, the outermost ones, and the run between.
    expect(r.stdout).toMatch(/^4999\s+n\s+1$/m);
    expect(r.stdout).toContain('(4,981 frames not shown: sum_to() × 4,981)');
    expect(r.stdout).toMatch(/^0\s+n\s+5000$/m);
    expect(r.stdout).toContain('stdout| 12502500');
    expect(r.stdout.length).toBeLessThan(25_000);
  });

  it('lets run go on past the step budget a trace has, as the binary would', () => {
    const path = program('fn main() {\n    let mut sum: u64 = 0;\n    let mut i: u64 = 0;\n    while i < 3_000_000 {\n        sum += i;\n        i += 1;\n    }\n    println!("{sum}");\n}\n');
    expect(cli('trace', path).status).toBe(3);
    const r = cli('run', path);
    expect(r.stdout).toBe('4499998500000\n');
    expect(r.status).toBe(0);
  });

  it('prints a whole JSON document for a program that does not compile, its diagnostic as the outcome', () => {
    const path = program('fn main() {\n    let x: i32 = "a";\n}\n');
    const r = cli('trace', path, '--format', 'json');
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { stops: unknown[]; outcome: { kind: string; exitCode: number; diagnostic: { kind: string; code: string; headline: string; span: { line: number; col: number } } } };
    expect(doc.stops).toEqual([]);
    expect(doc.outcome).toMatchObject({ kind: 'rejected', exitCode: 1, diagnostic: { kind: 'compile', code: 'E0308', headline: 'mismatched types', span: { line: 2, col: 18 } } });
    expect(r.stderr).toMatch(/^error\[E0308\]: mismatched types\n --> .*prog\.rs:2:18\n/);
  });

  it('rejects bad usage', () => {
    expect(cli('trace', 'examples/complex.rs', '--at', 'lines').status).toBe(2);
    expect(cli('frobnicate').stderr).toContain('unknown command');
    expect(cli('run', 'examples/complex.rs', '--max-steps', '-4').status).toBe(2);
  });

  it('prints JSON in the documented schema', () => {
    const r = cli('trace', 'examples/box.rs', '--format', 'json');
    expect(r.status).toBe(0);
    const trace = JSON.parse(r.stdout);
    expect(trace.version).toBe(3);
    expect(trace.model).toBe('book');
    expect(trace.stops).toHaveLength(1);
    expect(trace.stops[0].snapshot.heap[0]).toMatchObject({ addr: 2 ** 30 - 1, size: 1, ty: 'i32' });
    expect(trace.events.map((e: { kind: string }) => e.kind)).toEqual(['alloc', 'drop', 'free', 'return']);
  });

  it('runs a program rustc rejects with --unchecked, and stops at its undefined behaviour with exit 4', () => {
    const path = 'tests/unchecked/use_after_move.rs';
    const checked = cli('run', path);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(/^error\[E0382\]: borrow of moved value: `s`/);
    const r = cli('run', path, '--unchecked');
    expect(r.status).toBe(4);
    expect(r.stdout).toBe('hello\n');
    expect(r.stderr).toBe(readFileSync('tests/unchecked/use_after_move.stderr', 'utf8'));
    const text = cli('trace', '--unchecked', path);
    expect(text.status).toBe(4);
    expect(text.stdout).toMatch(/^stdout\| hello\n\nundefined behavior: use of a moved value: `s`\nAddress +Name +Value\n[^]*\n0 +s\.vec\.buf\.ptr +\?{6}\n\n$/);
    const json = cli('trace', path, '--unchecked', '--format', 'json', '--at', 'statements');
    const trace = JSON.parse(json.stdout);
    expect(trace.unchecked).toBe(true);
    expect(trace.outcome).toMatchObject({ kind: 'undefined', exitCode: 4, ub: 'use after move', span: { line: 6, col: 20 } });
    expect(trace.stops.at(-1)).toMatchObject({ kind: 'undefined', caption: 'undefined behavior: use of a moved value: `s`' });
    noStackTrace(r.stderr);
  });

  it('shows temporaries that hold a value with trace --temps, named _N with their expression', () => {
    const path = program(
      'fn shout(s: &str) -> String {\n    s.to_uppercase()\n}\n\nfn main() {\n    let name = String::from("ferris");\n    let r = &shout(&name);\n    println!("{}", r);\n}\n',
    );
    const plain = cli('trace', path, '--model', 'real');
    expect(plain.stdout).not.toContain('(temp:');
    const r = cli('trace', path, '--model', 'real', '--temps');
    expect(r.status).toBe(0);
    // At main's return the String that `r` borrows (a temporary whose life `let` extended) is
    // in scratch memory, after main's locals, and `r` points at it by its name.
    const end = r.stdout.slice(r.stdout.lastIndexOf('main() returns'));
    expect(end).toMatch(/^0x7ffc\w+ +8 +r: &String +(0x7fff\w+) → _(\d+)$/m);
    const [, addr, id] = end.match(/r: &String +(0x7fff\w+) → _(\d+)/)!;
    expect(end).toMatch(new RegExp(`^${addr} +24 +_${id}: String \\(temp: shout\\(&name\\)\\)$`, 'm'));
    const json = JSON.parse(cli('trace', path, '--temps', '--format', 'json').stdout);
    const temps = json.stops.at(-1).snapshot.frames[0].locals.filter((l: { kind: string }) => l.kind === 'temp');
    expect(temps).toContainEqual(expect.objectContaining({ name: `_${id}`, ty: 'String', source: 'shout(&name)' }));
    expect(cli('run', path, '--temps').status).toBe(2);
  });
});
