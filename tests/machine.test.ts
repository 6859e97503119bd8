import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBookStops } from '../src/render/text.js';
import { bookRows } from '../src/views/book.js';
import { SliceEnd } from '../src/mir/ir.js';
import {
  adt,
  adtTy,
  aggregate,
  array,
  assign,
  bin,
  block,
  BOOL,
  bool,
  box,
  call,
  char,
  copy,
  dead,
  deref,
  downcast,
  drop,
  F32,
  F64,
  field,
  float,
  fmt,
  goto,
  I32,
  I64,
  index,
  int,
  intrinsic,
  mark,
  move,
  place,
  println,
  ref,
  refOf,
  ret,
  runProgram,
  slice,
  sp,
  str,
  STR_REF,
  TestProgram,
  tuple,
  U32,
  U8,
  UNIT,
  use,
  USIZE,
  write,
  zst,
  CHAR,
} from './machine-helpers.js';
import { tables } from './helpers.js';

const expected = (name: string) => tables(readFileSync(`tests/book/${name}.expected`, 'utf8'));

describe('machine: the seed programs, built by hand', () => {
  it('02-two-frames: frames grow up from 0', () => {
    const p = new TestProgram();
    const foo = p.fn('foo', { vars: [['y', I32], ['z', I32]] }, [block([assign(1, use(int(5))), mark(2), assign(2, use(int(100))), mark(3), mark(4, 'functionExit')], ret(4))]);
    p.fn('main', { vars: [['x', I32]], temps: [UNIT] }, [
      block([assign(1, use(int(42))), mark(7)], call(foo, [], 2, 1, 9)),
      block([mark(9), mark(10, 'functionExit')], ret(10)),
    ]);
    const trace = runProgram(p);
    expect(tables(renderBookStops(trace.stops))).toEqual(expected('02-two-frames'));
    expect(trace.stops.map((s) => s.caption)).toEqual(['main() calls foo()', 'foo() returns', 'main() returns']);
    expect(trace.outcome).toEqual({ kind: 'returned', exitCode: 0 });
  });

  it('04-box: Box::new allocates from the top of the heap; the drop frees it', () => {
    const p = new TestProgram();
    p.fn('main', { vars: [['x', box(I32)], ['y', I32]] }, [
      block([], call(intrinsic('box_new'), [int(5)], 1, 1, 2)),
      block([mark(2), assign(2, use(int(42))), mark(3), mark(4, 'functionExit')], drop(2, 2)),
      block([], drop(1, 3)),
      block([dead(2), dead(1)], ret(4)),
    ]);
    const trace = runProgram(p);
    expect(tables(renderBookStops(trace.stops))).toEqual(expected('04-box'));
    expect(trace.events.map((e) => e.kind)).toEqual(['alloc', 'drop', 'free', 'return']);
    expect(trace.stops[0]!.snapshot.heap[0]).toMatchObject({ addr: 2 ** 30 - 1, size: 1, ty: 'i32' });
  });

  it('11-move-into-function: a moved Box shows ??????; the callee frees it', () => {
    const p = new TestProgram();
    const consume = p.fn('consume', { args: [['b', box(I32)]], vars: [['v', I32]], ret: I32 }, [
      block([assign(2, use(copy(place(1, deref)))), mark(2), assign(0, use(copy(2))), mark(4, 'functionExit')], drop(1, 1)),
      block([], ret(4)),
    ]);
    p.fn('main', { vars: [['x', box(I32)], ['y', I32], ['z', box(I32)]] }, [
      block([], call(intrinsic('box_new'), [int(7)], 1, 1, 7)),
      block([mark(7)], call(consume, [move(1)], 2, 2, 8)),
      block([mark(8)], call(intrinsic('box_new'), [int(8)], 3, 3, 9)),
      block([mark(9), mark(10, 'functionExit')], drop(3, 4)),
      block([], drop(1, 5)),
      block([], ret(10)),
    ]);
    const trace = runProgram(p);
    expect(tables(renderBookStops(trace.stops))).toEqual(expected('11-move-into-function'));
    expect(trace.events.filter((e) => e.kind === 'free').length).toBe(2);
  });
});

describe('machine: aggregates', () => {
  const Point = adt('Point', 'struct', [{ name: 'Point', fields: [['x', I32], ['y', I32]] }]);
  const PointTy = adtTy(Point);

  it('structs: fields in declaration order, derived Debug, pretty Debug, snapshot paths', () => {
    const p = new TestProgram();
    p.fn('main', { vars: [['p', PointTy], ['t', tuple(I32, BOOL)]] }, [
      block(
        [
          assign(1, aggregate(PointTy, [int(1), int(2)])),
          assign(2, aggregate(tuple(I32, BOOL), [int(7), { kind: 'const', value: { kind: 'bool', value: true }, ty: BOOL }])),
          println(fmt([[0, { trait: '?' }], ' ', [1, { trait: '?' }], ' ', [2]], [[1, PointTy], [2, tuple(I32, BOOL)], [place(1, field(1)), I32]])),
          println(fmt([[0, { trait: '?', alternate: true }]], [[1, PointTy]])),
          println(fmt([[0, { trait: '?', width: { kind: 'literal', value: 3 } }]], [[1, PointTy]])),
          mark(3, 'functionExit'),
        ],
        ret(),
      ),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('Point { x: 1, y: 2 } (7, true) 2\nPoint {\n    x: 1,\n    y: 2,\n}\nPoint { x:   1, y:   2 }\n');
    const rows = bookRows(trace.stops[0]!.snapshot).map((r) => `${r.address} ${r.name} ${r.value}`);
    expect(rows).toEqual(['3 t.1 true', '2 t.0 7', '1 p.y 2', '0 p.x 1']);
  });

  it('enums: a tag cell then the variant; discriminant, switchInt, downcast, derived Debug', () => {
    const Opt = adt('Option', 'enum', [{ name: 'None' }, { name: 'Some', fields: [['0', I32]] }]);
    const OptTy = adtTy(Opt, []);
    const p = new TestProgram();
    p.fn('main', { vars: [['a', OptTy], ['b', OptTy], ['n', I32]], temps: [USIZE] }, [
      block(
        [
          assign(1, aggregate(OptTy, [int(5)], 1)),
          assign(2, aggregate(OptTy, [], 0)),
          assign(4, { kind: 'discriminant', place: place(1) }),
          println(fmt([[0, { trait: '?' }], ' ', [1, { trait: '?' }], ' ', [2, { trait: '?', alternate: true }]], [[1, OptTy], [2, OptTy], [1, OptTy]])),
        ],
        { kind: 'switchInt', discr: copy(4), values: [0n, 1n], targets: [1, 2], otherwise: 1, span: sp() },
      ),
      block([assign(3, use(int(-1)))], goto(3)),
      block([assign(3, use(copy(place(1, downcast(1), field(0)))))], goto(3)),
      block([mark(5, 'functionExit')], ret()),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('Some(5) None Some(\n    5,\n)\n');
    const rows = bookRows(trace.stops[0]!.snapshot).map((r) => `${r.address} ${r.name} ${r.value}`.trim());
    expect(rows).toEqual(['4 n 5', '3 b', '2 b None', '1 a.0 5', '0 a Some']);
  });

  it('arrays: index after a bounds assert, len, unsizing to a slice, Debug of slices', () => {
    const A = array(I32, 3);
    const p = new TestProgram();
    p.fn('main', { vars: [['arr', A], ['s', ref(slice(I32))], ['i', USIZE], ['x', I32], ['n', USIZE]], temps: [BOOL, ref(A)] }, [
      block(
        [
          assign(1, aggregate(A, [int(10), int(20), int(30)])),
          assign(7, refOf(1)),
          assign(2, { kind: 'cast', operand: move(7), from: ref(A), to: ref(slice(I32)) }),
          assign(3, use(int(1, USIZE))),
          assign(5, { kind: 'len', place: place(2, deref) }),
          assign(6, bin('lt', copy(3), copy(5), USIZE)),
        ],
        { kind: 'assert', cond: copy(6), assert: { kind: 'bounds', len: copy(5), index: copy(3) }, target: 1, span: sp(5, 13) },
      ),
      block(
        [
          assign(4, use(copy(place(2, deref, index(3))))),
          println(fmt([[0], ' ', [1, { trait: '?' }], ' ', [2, { trait: '?' }]], [[4, I32], [1, A], [2, ref(slice(I32))]])),
          assign(3, use(int(5, USIZE))),
          assign(6, bin('lt', copy(3), copy(5), USIZE)),
        ],
        { kind: 'assert', cond: copy(6), assert: { kind: 'bounds', len: copy(5), index: copy(3) }, target: 2, span: sp(6, 13) },
      ),
      block([], ret()),
    ]);
    const trace = runProgram(p, { path: 'src/main.rs' });
    expect(trace.stdout).toBe('20 [10, 20, 30] [10, 20, 30]\n');
    expect(trace.outcome).toMatchObject({ kind: 'panicked', exitCode: 101, message: 'index out of bounds: the len is 3 but the index is 5', location: 'src/main.rs:6:13' });
    expect(trace.stderr).toBe("\nthread 'main' (1) panicked at src/main.rs:6:13:\nindex out of bounds: the len is 3 but the index is 5\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
  });

  it('repeat; size_of and align_of give rustc sizes in every model', () => {
    const Point3 = adt('P3', 'struct', [{ name: 'P3', fields: [['a', I32], ['b', ref(slice(U8))], ['c', BOOL]] }]);
    const E = adt('E', 'enum', [{ name: 'A' }, { name: 'B', fields: [['0', I32], ['1', I32]] }, { name: 'C', fields: [['0', I64]] }]);
    const p = new TestProgram();
    p.fn('main', { vars: [['z', array(U8, 4)], ['a', USIZE], ['b', USIZE], ['c', USIZE], ['d', USIZE]] }, [
      block([assign(1, { kind: 'repeat', operand: int(7, U8), count: 4, ty: array(U8, 4) })], call(intrinsic('size_of', [adtTy(Point3)]), [], 2, 1)),
      block([], call(intrinsic('size_of', [adtTy(E)]), [], 3, 2)),
      block([], call(intrinsic('size_of', [UNIT]), [], 4, 3)),
      block([], call(intrinsic('align_of', [I64]), [], 5, 4)),
      block([println(fmt([[0, { trait: '?' }], ' ', [1], ' ', [2], ' ', [3], ' ', [4]], [[1, array(U8, 4)], [2, USIZE], [3, USIZE], [4, USIZE], [5, USIZE]]))], ret()),
    ]);
    expect(runProgram(p).stdout).toBe('[7, 7, 7, 7] 24 16 0 8\n');
  });
});

describe('machine: scalars', () => {
  it('floats: IEEE arithmetic, f32 rounding, fmod, saturating casts', () => {
    const p = new TestProgram();
    p.fn('main', { vars: [['a', F64], ['b', F32], ['c', F64], ['i', U8], ['j', I32], ['k', U32], ['f', F32], ['ch', CHAR], ['u', U32]] }, [
      block(
        [
          assign(1, bin('add', float(0.1), float(0.2), F64)),
          assign(2, bin('add', float(0.1, F32), float(0.2, F32), F32)),
          assign(3, bin('rem', float(-7.5), float(2), F64)),
          assign(4, { kind: 'cast', operand: float(300.7), from: F64, to: U8 }),
          assign(5, { kind: 'cast', operand: float(NaN), from: F64, to: I32 }),
          assign(6, { kind: 'cast', operand: float(-5), from: F64, to: U32 }),
          assign(7, { kind: 'cast', operand: float(16777217), from: F64, to: F32 }),
          assign(8, { kind: 'cast', operand: int(65, U8), from: U8, to: CHAR }),
          assign(9, { kind: 'cast', operand: char('é'), from: CHAR, to: U32 }),
          println(fmt([[0], ' ', [1], ' ', [2], ' ', [3], ' ', [4], ' ', [5], ' ', [6], ' ', [7], ' ', [8]], [[1, F64], [2, F32], [3, F64], [4, U8], [5, I32], [6, U32], [7, F32], [8, CHAR], [9, U32]])),
          println(fmt([[0, { trait: '?' }], ' ', [1, { trait: '?' }], ' ', [2, { precision: { kind: 'literal', value: 2 } }]], [[8, CHAR], [1, F64], [3, F64]])),
          mark(2, 'functionExit'),
        ],
        ret(),
      ),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('0.30000000000000004 0.3 -1.5 255 0 0 16777216 A 233\n\'A\' 0.30000000000000004 -1.50\n');
    const rows = bookRows(trace.stops[0]!.snapshot).map((r) => `${r.name} ${r.value}`);
    expect(rows).toContain("ch 'A'");
    expect(rows).toContain('b 0.3');
  });

  it('integer overflow panics in checked ops and wraps in unchecked ones', () => {
    const p = new TestProgram();
    p.fn('main', { vars: [['a', U8]] }, [
      block([assign(1, bin('add', int(250, U8), int(10, U8), U8, false)), println(fmt([[0]], [[1, U8]]))], goto(1)),
      block([assign(1, bin('add', int(250, U8), int(10, U8), U8, true), 7)], ret()),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('4\n');
    expect(trace.outcome).toMatchObject({ kind: 'panicked', message: 'attempt to add with overflow', location: 'test.rs:7:1' });
  });
});

describe('machine: strings in static memory', () => {
  it('places each distinct literal once, as UTF-8 bytes; &str is a fat pointer', () => {
    const p = new TestProgram();
    p.fn('main', { vars: [['s', STR_REF], ['t', STR_REF], ['u', STR_REF]] }, [
      block(
        [
          assign(1, use(str('hé'))),
          assign(2, use(str('hé'))),
          assign(3, use(str('ok'))),
          println(fmt([[0], '|', [1, { trait: '?' }], '|', [2, { width: { kind: 'literal', value: 5 }, align: '>' }]], [[1, STR_REF], [2, STR_REF], [3, STR_REF]])),
          mark(2, 'functionExit'),
        ],
        ret(),
      ),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('hé|"hé"|   ok\n');
    const snap = trace.stops[0]!.snapshot;
    expect(snap.statics!.map((s) => [s.addr, s.size, s.text])).toEqual([[2 ** 29 + 3, 2, 'ok'], [2 ** 29, 3, 'hé']]);
    const rows = bookRows(snap).map((r) => `${r.address} ${r.name} ${r.value}`.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      '536870916 \'k\'',
      '536870915 \'o\'',
      '536870914 169',
      '536870913 \'é\'',
      '536870912 \'h\'',
      '... ... ...',
      '5 u.len 2',
      "4 u → 536870915 'static",
      '3 t.len 3',
      "2 t → 536870912 'static",
      '1 s.len 3',
      "0 s → 536870912 'static",
    ]);
  });
});

describe('machine: traits the machine dispatches to', () => {
  const FmtResult = adt('Result', 'enum', [{ name: 'Ok', fields: [['0', UNIT]] }, { name: 'Err', fields: [['0', UNIT]] }]);
  const FmtResultTy = adtTy(FmtResult);
  const Formatter = adt('Formatter', 'struct', [{ name: 'Formatter', fields: [['id', USIZE]] }], []);
  const FormatterTy = adtTy(Formatter);

  it('Drop: the impl runs first, then fields in declaration order; moved values are skipped', () => {
    const D = adt('D', 'struct', [{ name: 'D', fields: [['0', I32]] }], []);
    const DTy = adtTy(D);
    const Outer = adt('Outer', 'struct', [{ name: 'Outer', fields: [['a', DTy], ['b', DTy]] }], []);
    const OuterTy = adtTy(Outer);
    const p = new TestProgram();
    const dropD = p.fn('drop', { args: [['self', ref(DTy, true)]] }, [block([println(fmt(['drop D', [0]], [[place(1, deref, field(0)), I32]]))], ret())]);
    const dropOuter = p.fn('drop', { args: [['self', ref(OuterTy, true)]] }, [block([println(fmt(['drop Outer ', [0]], [[place(1, deref, field(1), field(0)), I32]]))], ret())]);
    p.impl('Drop', DTy, dropD);
    p.impl('Drop', OuterTy, dropOuter);
    p.fn('main', { vars: [['o', OuterTy], ['x', DTy], ['y', DTy]], temps: [DTy, DTy] }, [
      block(
        [
          assign(4, aggregate(DTy, [int(1)])),
          assign(5, aggregate(DTy, [int(2)])),
          assign(1, aggregate(OuterTy, [move(4), move(5)])),
          assign(2, aggregate(DTy, [int(3)])),
          assign(3, use(move(2))),
          println(fmt(['made'], [])),
        ],
        drop(3, 1),
      ),
      block([], drop(2, 2)),
      block([], drop(1, 3)),
      block([], ret()),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('made\ndrop D3\ndrop Outer 2\ndrop D1\ndrop D2\n');
    expect(trace.stops.map((s) => s.caption)).toEqual(['main() calls drop()', 'main() calls drop()', 'main() calls drop()', 'main() calls drop()']);
  });

  it('Display and Debug impls get a Formatter; write! appends to it; width is ignored', () => {
    const W = adt('W', 'struct', [{ name: 'W', fields: [['0', I32]] }], []);
    const WTy = adtTy(W);
    const Pair = adt('Pair', 'struct', [{ name: 'Pair', fields: [['w', WTy], ['n', I32]] }]);
    const PairTy = adtTy(Pair);
    const p = new TestProgram();
    const display = p.fn('fmt', { args: [['self', ref(WTy)], ['f', ref(FormatterTy, true)]], ret: FmtResultTy }, [
      block([write(2, fmt(['<', [0], '>'], [[place(1, deref, field(0)), I32]])), assign(0, aggregate(FmtResultTy, [zst()], 0))], ret()),
    ]);
    const debug = p.fn('fmt', { args: [['self', ref(WTy)], ['f', ref(FormatterTy, true)]], ret: FmtResultTy }, [
      block([write(2, fmt(['W#\n', [0]], [[place(1, deref, field(0)), I32]])), assign(0, aggregate(FmtResultTy, [zst()], 0))], ret()),
    ]);
    p.impl('Display', WTy, display);
    p.impl('Debug', WTy, debug);
    p.fn('main', { vars: [['w', WTy], ['p', PairTy]] }, [
      block(
        [
          assign(1, aggregate(WTy, [int(4)])),
          assign(2, aggregate(PairTy, [copy(1), int(9)])),
          println(fmt([[0, { width: { kind: 'literal', value: 10 } }], '|', [1, { trait: '?', alternate: true }]], [[1, WTy], [2, PairTy]])),
        ],
        ret(),
      ),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('<4>|Pair {\n    w: W#\n    4,\n    n: 9,\n}\n');
    expect(trace.stops.map((s) => s.caption)).toEqual(['main() calls fmt()', 'main() calls fmt()']);
  });

  it('prelude fmt intrinsics: pass the spec through (fmt_display, fmt_pad)', () => {
    const W = adt('W', 'struct', [{ name: 'W', fields: [['0', I32]] }], []);
    const WTy = adtTy(W);
    const p = new TestProgram();
    const display = p.fn('fmt', { args: [['self', ref(WTy)], ['f', ref(FormatterTy, true)]], ret: FmtResultTy, temps: [ref(I32)] }, [
      block([assign(3, refOf(place(1, deref, field(0))))], call(intrinsic('fmt_display', [I32]), [copy(3), move(2)], 0, 1)),
      block([], ret()),
    ]);
    p.impl('Display', WTy, display);
    p.fn('main', { vars: [['w', WTy]] }, [
      block([assign(1, aggregate(WTy, [int(4)])), println(fmt(['[', [0, { width: { kind: 'literal', value: 4 }, zeroPad: true }], ']'], [[1, WTy]]))], ret()),
    ]);
    expect(runProgram(p).stdout).toBe('[0004]\n');
  });

  it('derived Clone deep-copies boxes (the clone intrinsic)', () => {
    const p = new TestProgram();
    const T = tuple(box(I32), I32);
    p.fn('main', { vars: [['a', T], ['b', T]], temps: [box(I32), ref(T)] }, [
      block([], call(intrinsic('box_new'), [int(5)], 3, 1)),
      block([assign(1, aggregate(T, [move(3), int(6)])), assign(4, refOf(1))], call(intrinsic('clone', [T]), [copy(4)], 2, 2)),
      block([println(fmt([[0, { trait: '?' }], [1, { trait: '?' }]], [[1, T], [2, T]])), mark(3, 'functionExit')], drop(2, 3)),
      block([], drop(1, 4)),
      block([], ret()),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('(5, 6)(5, 6)\n');
    expect(trace.stops[0]!.snapshot.heap.map((b) => b.addr)).toEqual([2 ** 30 - 1, 2 ** 30 - 2]);
    expect(trace.events.filter((e) => e.kind === 'free').length).toBe(2);
  });
});

describe('machine: calls, panics and limits', () => {
  it('std bodies: no stops, frames marked std, panics located at the program call (track_caller)', () => {
    const p = new TestProgram();
    const unwrap = p.fn('unwrap', { args: [['x', I32]], ret: I32, std: true }, [
      block([mark(50, 'statementEnd')], { kind: 'switchInt', discr: copy(1), values: [0n], targets: [1], otherwise: 2, span: sp(50) }),
      block([], { kind: 'panic', message: { kind: 'text', text: 'called `Option::unwrap()` on a `None` value' }, span: sp(51, 9) }),
      block([assign(0, use(copy(1)))], ret()),
    ]);
    p.fn('main', { vars: [['a', I32]] }, [
      block([], call(unwrap, [int(3)], 1, 1, 2, 13)),
      block([mark(1)], call(unwrap, [int(0)], 1, 2, 3, 17)),
      block([], ret()),
    ]);
    const trace = runProgram(p, { at: ['call', 'return', 'statement'] });
    expect(trace.stops.map((s) => s.caption)).toEqual(['line 1: fn main() {}']);
    expect(trace.outcome).toMatchObject({ kind: 'panicked', location: 'test.rs:3:17' });
    expect(trace.events.filter((e) => e.kind === 'call').every((e) => 'std' in e && e.std)).toBe(true);
  });

  it('a panic unwinds: drops run, innermost frame first', () => {
    const G = adt('G', 'struct', [{ name: 'G', fields: [['0', I32]] }], []);
    const GTy = adtTy(G);
    const p = new TestProgram();
    const dropG = p.fn('drop', { args: [['self', ref(GTy, true)]] }, [block([println(fmt(['drop ', [0]], [[place(1, deref, field(0)), I32]]))], ret())]);
    p.impl('Drop', GTy, dropG);
    const inner = p.fn('inner', { vars: [['g', GTy]] }, [block([assign(1, aggregate(GTy, [int(2)]))], { kind: 'panic', message: { kind: 'text', text: 'boom' }, span: sp(4, 5) })]);
    // `b` is never initialised: only `g` and `a` drop.
    p.fn('main', { vars: [['a', GTy], ['b', GTy]] }, [block([assign(1, aggregate(GTy, [int(1)]))], call(inner, [], place(0), 1)), block([], ret())]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('drop 2\ndrop 1\n');
    expect(trace.outcome).toMatchObject({ kind: 'panicked', message: 'boom', location: 'test.rs:4:5' });
  });

  it('process::exit ends the run without drops', () => {
    const p = new TestProgram();
    p.fn('main', { vars: [['x', box(I32)]], temps: [UNIT] }, [
      block([], call(intrinsic('box_new'), [int(1)], 1, 1)),
      block([], call(intrinsic('process_exit'), [int(300)], 2, null)),
    ]);
    const trace = runProgram(p);
    expect(trace.outcome).toEqual({ kind: 'exited', exitCode: 44 });
    expect(trace.events.map((e) => e.kind)).toEqual(['alloc']);
  });

  it('main returning Err prints Error: {:?} and exits with 1', () => {
    const R = adt('Result', 'enum', [{ name: 'Ok', fields: [['0', UNIT]] }, { name: 'Err', fields: [['0', STR_REF]] }]);
    const RTy = adtTy(R);
    const p = new TestProgram();
    p.fn('main', { ret: RTy }, [block([assign(0, aggregate(RTy, [str('bad "x"')], 1))], ret())]);
    const trace = runProgram(p);
    expect(trace.stderr).toBe('Error: "bad \\"x\\""\n');
    expect(trace.outcome).toEqual({ kind: 'exited', exitCode: 1 });
  });

  it('the step budget ends the run, and a frame that does not fit in the stack overflows it', () => {
    const p = new TestProgram();
    p.fn('main', {}, [block([], goto(0))]);
    expect(runProgram(p, { maxSteps: 1000 }).outcome).toMatchObject({ kind: 'limit', exitCode: 3, message: 'the step budget of 1000 steps ran out' });
    const q = new TestProgram();
    const rec: { f?: ReturnType<TestProgram['fn']> } = {};
    rec.f = q.fn('f', {}, [(self) => block([], call(self, [], place(0), 1)), block([], ret())]);
    q.fn('main', {}, [block([], call(rec.f, [], place(0), 1)), block([], ret())]);
    // A book frame costs its cells and one for its return address: main and 49 frames of `f`.
    const overflowed = runProgram(q, { stackSize: 50, at: ['call', 'overflow'] });
    expect(overflowed.outcome).toMatchObject({ kind: 'overflowed', exitCode: 134, thread: 'main', fn: 'f', needed: 1, free: 0, stackSize: 50 });
    expect(overflowed.stderr).toBe("\nthread 'main' (1) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
    const last = overflowed.stops[overflowed.stops.length - 1]!;
    expect(last.kind).toBe('overflow');
    expect(last.snapshot.frames).toHaveLength(50);
    expect(overflowed.stops.filter((s) => s.kind === 'call')).toHaveLength(50);
  });

  it('runs a counting loop of 200,000 iterations to its end, one step per statement', () => {
    const p = new TestProgram();
    p.fn('main', { vars: [['i', I64], ['s', I64]], temps: [BOOL] }, [
      block([assign(1, use(int(0, I64))), assign(2, use(int(0, I64)))], goto(1)),
      block([assign(3, bin('lt', copy(1), int(200_000, I64), I64))], { kind: 'switchBool', cond: copy(3), ifTrue: 2, ifFalse: 3, span: sp() }),
      block([assign(2, bin('add', copy(2), copy(1), I64)), assign(1, bin('add', copy(1), int(1, I64), I64))], goto(1)),
      block([println(fmt([[0]], [[2, I64]]))], ret()),
    ]);
    const trace = runProgram(p, { at: [] });
    expect(trace.stdout).toBe('19999900000\n');
    // Two statements and the jump into the loop; per iteration the test, its branch, two
    // additions and the jump back; the last test and branch; the print and the return.
    expect(trace.steps).toBe(2 + 1 + 200_000 * 5 + 2 + 2);
  });
});

describe('machine: more drop glue', () => {
  it('zero-sized values with a Drop impl keep a drop flag of their own', () => {
    const N = adt('Noisy', 'struct', [{ name: 'Noisy' }], []);
    const NTy = adtTy(N);
    const p = new TestProgram();
    const dropN = p.fn('drop', { args: [['self', ref(NTy, true)]] }, [block([println(fmt(['drop noisy'], []))], ret())]);
    p.impl('Drop', NTy, dropN);
    p.fn('main', { vars: [['n', NTy], ['m', NTy], ['never', NTy]] }, [
      block([assign(1, use(zst(NTy))), assign(2, use(move(1)))], drop(3, 1)),
      block([], drop(2, 2)),
      block([], drop(1, 3)),
      block([], ret()),
    ]);
    expect(runProgram(p).stdout).toBe('drop noisy\n');
  });

  it('Box<dyn Trait>: the concrete type drops, then the block is freed', () => {
    const A = adt('A', 'struct', [{ name: 'A', fields: [['0', U8]] }], []);
    const ATy = adtTy(A);
    const dynTy = { k: 'dyn', trait: { id: 1, name: 'Named', params: [], item: null, std: false } } as const;
    const p = new TestProgram();
    const dropA = p.fn('drop', { args: [['self', ref(ATy, true)]] }, [block([println(fmt(['drop A', [0]], [[place(1, deref, field(0)), U8]]))], ret())]);
    p.impl('Drop', ATy, dropA);
    p.fn('main', { vars: [['b', box(dynTy)]], temps: [box(ATy), ATy] }, [
      block([assign(3, aggregate(ATy, [int(7, U8)]))], call(intrinsic('box_new'), [move(3)], 2, 1)),
      block([assign(1, { kind: 'cast', operand: move(2), from: box(ATy), to: box(dynTy) }), mark(2, 'functionExit')], drop(1, 2)),
      block([], ret()),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('drop A7\n');
    const rows = bookRows(trace.stops[0]!.snapshot).map((r) => `${r.address} ${r.name} ${r.value}`.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['(2^30) - 1 .0 7', '... ... ...', '1 b.vtable vtable of A', '0 b → (2^30) - 1']);
    expect(trace.events.map((e) => e.kind)).toEqual(['alloc', 'drop', 'drop', 'call', 'print', 'return', 'free', 'return']);
  });

  it('prelude heap buffers: alloc, ptr_offset, realloc, dealloc', () => {
    const P = { k: 'ptr', mutable: true, inner: I32 } as const;
    const p = new TestProgram();
    p.fn('main', { vars: [['buf', P], ['q', P], ['s', ref(slice(I32))]], temps: [] }, [
      block([], call(intrinsic('alloc', [I32]), [int(2, USIZE)], 1, 1)),
      block([assign(place(1, deref), use(int(1)))], call(intrinsic('ptr_offset', [I32]), [copy(1), int(1, USIZE)], 2, 2)),
      block([assign(place(2, deref), use(int(2)))], call(intrinsic('realloc', [I32]), [copy(1), int(3, USIZE)], 1, 3)),
      block([mark(4, 'functionExit')], call(intrinsic('slice_from_raw_parts', [I32]), [copy(1), int(2, USIZE)], 3, 4)),
      block([println(fmt([[0, { trait: '?' }]], [[3, ref(slice(I32))]]))], call(intrinsic('dealloc', [I32]), [copy(1)], place(0), 5)),
      block([], ret()),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('[1, 2]\n');
    expect(trace.stops[0]!.snapshot.heap).toMatchObject([{ addr: 2 ** 30 - 5, size: 3, ty: '[i32; 3]' }]);
    // `realloc` moves the block as std's RawVec growth does: one realloc event, logged as such.
    expect(trace.events.filter((e) => e.kind === 'alloc' || e.kind === 'free' || e.kind === 'realloc').map((e) => e.kind)).toEqual(['alloc', 'realloc', 'free']);
  });
});

describe('machine: Debug edge cases', () => {
  it('1-tuples, empty lists, unit, nested pretty printing', () => {
    const T = tuple(I32);
    const E = array(I32, 0);
    const N = tuple(tuple(I32, I32), array(BOOL, 1));
    const p = new TestProgram();
    p.fn('main', { vars: [['a', T], ['b', E], ['c', UNIT], ['d', N]] }, [
      block(
        [
          assign(1, aggregate(T, [int(1)])),
          assign(2, aggregate(E, [])),
          assign(place(4, field(0)), aggregate(tuple(I32, I32), [int(1), int(2)])),
          assign(place(4, field(1)), aggregate(array(BOOL, 1), [bool(true)])),
          println(fmt([[0, { trait: '?' }], ' ', [1, { trait: '?' }], ' ', [2, { trait: '?' }], ' ', [1, { trait: '?', alternate: true }], ' ', [3, { trait: '?' }]], [[1, T], [2, E], [3, UNIT], [4, N]])),
          println(fmt([[0, { trait: '?', alternate: true }]], [[4, N]])),
        ],
        ret(),
      ),
    ]);
    expect(runProgram(p).stdout).toBe('(1,) [] () [] ((1, 2), [true])\n(\n    (\n        1,\n        2,\n    ),\n    [\n        true,\n    ],\n)\n');
  });
});

describe('machine: eq, cmp and subslice intrinsics', () => {
  it('compares structurally and slices with std panics', () => {
    const T = tuple(I32, STR_REF);
    const p = new TestProgram();
    const I8 = { k: 'int', int: 'i8' } as const;
    p.fn('main', { vars: [['a', T], ['b', T], ['e', BOOL], ['c', I8], ['s', STR_REF], ['sub', STR_REF]], temps: [ref(T), ref(T)] }, [
      block([assign(1, aggregate(T, [int(1), str('ab')])), assign(2, aggregate(T, [int(1), str('ac')])), assign(7, refOf(1)), assign(8, refOf(2))], call(intrinsic('eq', [T]), [copy(7), copy(8)], 3, 1)),
      block([], call(intrinsic('cmp', [T]), [copy(7), copy(8)], 4, 2)),
      block([assign(5, use(str('héllo')))], call(intrinsic('subslice', [STR_REF]), [copy(5), int(1, USIZE), int(0, USIZE), int(SliceEnd.open, USIZE)], 6, 3)),
      block([println(fmt([[0], ' ', [1], ' ', [2]], [[3, BOOL], [4, I8], [6, STR_REF]]))], call(intrinsic('subslice', [STR_REF]), [copy(5), int(0, USIZE), int(2, USIZE), int(SliceEnd.exclusive, USIZE)], 6, 4, 8, 22)),
      block([], ret()),
    ]);
    const trace = runProgram(p);
    expect(trace.stdout).toBe('false -1 éllo\n');
    expect(trace.outcome).toMatchObject({ message: "end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`", location: 'test.rs:8:22' });
  });
});
