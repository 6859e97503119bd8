import { beforeAll, describe, expect, test } from 'vitest';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { Block, Expr, FnItem, FormatArgs, Item, StructItem, Pattern, Program, Stmt, TypeExpr } from '../src/syntax/ast.js';
import { FormatProblem, parseFormatString, resolveImplicitPositions } from '../src/syntax/format.js';
import { strLiteralValue } from '../src/syntax/literals.js';
import { FOR_PATTERN_NAME } from '../src/syntax/lower.js';
import { loadRustParser, type RustParser } from '../src/syntax/parser.js';

let parser: RustParser;

beforeAll(async () => {
  parser = await loadRustParser();
});

function parse(text: string): Program {
  return parser.parse({ path: 'main.rs', text });
}

function diag(text: string): Diagnostic {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof Diagnostic) return e;
    throw e;
  }
  throw new Error(`expected a diagnostic for ${JSON.stringify(text)}`);
}

/** Kind, headline and 1-based position of the diagnostic for `text`. */
function where(text: string): { kind: string; headline: string; line: number; col: number } {
  const d = diag(text);
  return { kind: d.kind, headline: d.headline, line: d.span.line, col: d.span.col };
}

function itemOf<K extends Item['kind']>(text: string, kind: K, index = 0): Extract<Item, { kind: K }> {
  const item = parse(text).items[index];
  if (item === undefined) throw new Error('no such item');
  if (item.kind !== kind) throw new Error(`expected a ${kind} item, found ${item.kind}`);
  return item as Extract<Item, { kind: K }>;
}

function fnItem(text: string, index = 0): FnItem {
  return itemOf(text, 'fn', index);
}

function bodyOf(f: FnItem): Block {
  if (f.body === null) throw new Error('no body');
  return f.body;
}

/** The body of `fn main() { <body> }`. */
function body(src: string): Block {
  return bodyOf(fnItem(`fn main() {\n${src}\n}\n`));
}

function stmtExpr(s: Stmt | undefined): Expr {
  if (s === undefined || s.kind !== 'expr') throw new Error(`not an expression statement: ${JSON.stringify(s?.kind)}`);
  return s.expr;
}

/** The expression of the first statement of `fn main() { <src> }`. */
function firstExpr(src: string): Expr {
  const b = body(src);
  const s = b.stmts[0];
  if (s === undefined) {
    if (b.tail === null) throw new Error('empty body');
    return b.tail;
  }
  if (s.kind === 'let') {
    if (s.init === null) throw new Error('let without initializer');
    return s.init;
  }
  return stmtExpr(s);
}

/** Drops ids and spans, so structure can be compared with toEqual. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    // Spans (`span`, and the spans of parts, like an index's brackets) are tested apart.
    for (const [k, x] of Object.entries(v)) if (k !== 'id' && !isSpan(x)) out[k] = shape(x);
    return out;
  }
  return v;
}

function isSpan(v: unknown): boolean {
  return v !== null && typeof v === 'object' && 'start' in v && 'endCol' in v;
}

function formatOf(e: Expr): FormatArgs {
  if (e.kind !== 'macro' || e.format === null) throw new Error('not a formatting macro');
  return e.format;
}

function collectIds(v: unknown, out: number[] = []): number[] {
  if (Array.isArray(v)) v.forEach((x) => collectIds(x, out));
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'id' && typeof x === 'number') out.push(x);
      else collectIds(x, out);
    }
  }
  return out;
}

describe('loading', () => {
  test('loads once and can be called again', async () => {
    const again = await loadRustParser();
    expect(again.parse({ path: 'a.rs', text: 'fn main() {}' }).items).toHaveLength(1);
  });

  test('accepts the grammar as bytes', async () => {
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    const path = createRequire(import.meta.url).resolve('tree-sitter-rust/tree-sitter-rust.wasm');
    const p = await loadRustParser({ grammarWasm: new Uint8Array(await readFile(path)) });
    expect((p.parse({ path: 'a.rs', text: 'fn f() {}' }).items[0] as FnItem).name.name).toBe('f');
  });
});

describe('items and types', () => {
  test('function with parameters and return type', () => {
    const f = fnItem('pub fn add(a: i32, mut b: &mut Box<i32>) -> (i32, bool) { }');
    expect(f.name).toEqual({ name: 'add', span: { start: 7, end: 10, line: 1, col: 8, endLine: 1, endCol: 11 } });
    expect(shape(f.params)).toMatchObject([
      { pattern: { kind: 'binding', name: { name: 'a' }, mutable: false }, ty: { kind: 'path', name: 'i32', args: [] } },
      {
        pattern: { kind: 'binding', name: { name: 'b' }, mutable: true },
        ty: { kind: 'ref', mutable: true, inner: { kind: 'path', name: 'Box', args: [{ kind: 'path', name: 'i32', args: [] }] } },
      },
    ]);
    expect(f.params[1]?.pattern.span.col).toBe(20);
    expect(shape(f.ret)).toMatchObject({ kind: 'tuple', elems: [{ kind: 'path', name: 'i32', args: [] }, { kind: 'path', name: 'bool', args: [] }] });
  });

  test('more types', () => {
    const types = fnItem('fn f(a: &str, b: (), c: (u8), d: (u8,), e: std::boxed::Box<u64>, g: &&char) -> ! { loop {} }');
    expect(shape(types.params.map((p) => p.ty))).toMatchObject([
      { kind: 'ref', mutable: false, inner: { kind: 'path', name: 'str', args: [] } },
      { kind: 'tuple', elems: [] },
      { kind: 'path', name: 'u8', args: [] },
      { kind: 'tuple', elems: [{ kind: 'path', name: 'u8', args: [] }] },
      { kind: 'path', name: 'Box', args: [{ kind: 'path', name: 'u64', args: [] }] },
      { kind: 'ref', mutable: false, inner: { kind: 'ref', mutable: false, inner: { kind: 'path', name: 'char', args: [] } } },
    ]);
    expect(types.ret?.kind).toBe('never');
  });

  test('several functions, comments anywhere', () => {
    const p = parse('// top\nfn a() {} /* b */ fn b(/* none */) -> /* t */ u8 { /* x */ 1 /* y */ }\n');
    expect(p.items.map((i) => (i as FnItem).name.name)).toEqual(['a', 'b']);
    expect(shape(bodyOf(p.items[1] as FnItem).tail)).toEqual({ kind: 'int', value: 1n, suffix: null });
  });

  test('empty file is an empty program', () => {
    expect(parse('')).toEqual({ items: [] });
    expect(parse('\n// nothing\n')).toEqual({ items: [] });
  });
});

describe('statements', () => {
  test('let forms', () => {
    const b = body('let x;\nlet mut y: u8 = 5u8;\nlet z = y;');
    expect(shape(b.stmts)).toMatchObject([
      { kind: 'let', pattern: { kind: 'binding', name: { name: 'x' }, mutable: false }, ty: null, init: null },
      { kind: 'let', pattern: { kind: 'binding', name: { name: 'y' }, mutable: true }, ty: { kind: 'path', name: 'u8', args: [] }, init: { kind: 'int', value: 5n, suffix: 'u8' } },
      { kind: 'let', pattern: { kind: 'binding', name: { name: 'z' }, mutable: false }, ty: null, init: { kind: 'path', name: 'y' } },
    ]);
    const mutY = b.stmts[1];
    if (mutY?.kind !== 'let' || mutY.pattern.kind !== 'binding') throw new Error('let expected');
    // `mut y` spans from `mut`.
    expect(mutY.pattern.span).toMatchObject({ line: 3, col: 5, endCol: 10 });
    expect(mutY.pattern.name.span).toMatchObject({ line: 3, col: 9 });
  });

  test('semicolons, block-like statements and the tail', () => {
    // A `;` after a block-like expression belongs to it, as in rustc.
    const b = body('if a { 1 } else { 2 };\nloop {}\nx + 1;\n{ 7 }');
    expect(b.stmts.map((s) => (s.kind === 'expr' ? [s.expr.kind, s.semi] : s.kind))).toEqual([
      ['if', true],
      ['loop', false],
      ['binary', true],
    ]);
    expect(shape(b.tail)).toEqual({ kind: 'block', block: { stmts: [], tail: { kind: 'int', value: 7n, suffix: null } }, label: null });
    // So a block ending in `match .. {};` has no value.
    const m = body('match x { _ => 1 };');
    expect(m.tail).toBeNull();
    expect(m.stmts.map((s) => (s.kind === 'expr' ? [s.expr.kind, s.semi] : s.kind))).toEqual([['match', true]]);
  });

  test('a trailing block-like expression is the tail', () => {
    const f = fnItem('fn f(c: bool) -> i32 { let a = 1; if c { a } else { 2 } }');
    expect(bodyOf(f).stmts).toHaveLength(1);
    expect(bodyOf(f).tail?.kind).toBe('if');
    const g = fnItem('fn g() { 1; }');
    expect(bodyOf(g).tail).toBeNull();
    expect(bodyOf(g).stmts[0]).toMatchObject({ kind: 'expr', semi: true });
  });

  test('ids are unique across expressions and bindings', () => {
    const p = parse('fn f(a: i32) -> i32 { let b = a + 1; println!("{} {b}", a); for i in 0..b { } b }');
    const ids = collectIds(p);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('expressions', () => {
  test('integer literals', () => {
    const lits = body('0x1F; 0o17; 0b1010; 1_000i64; 5u8; 0xffu8; 0x1f32; 340282366920938463463374607431768211455u128;').stmts.map((s) => shape(stmtExpr(s)));
    expect(lits).toEqual([
      { kind: 'int', value: 31n, suffix: null },
      { kind: 'int', value: 15n, suffix: null },
      { kind: 'int', value: 10n, suffix: null },
      { kind: 'int', value: 1000n, suffix: 'i64' },
      { kind: 'int', value: 5n, suffix: 'u8' },
      { kind: 'int', value: 255n, suffix: 'u8' },
      { kind: 'int', value: 0x1f32n, suffix: null },
      { kind: 'int', value: 340282366920938463463374607431768211455n, suffix: 'u128' },
    ]);
  });

  test('operators', () => {
    expect(shape(firstExpr('a + b * c;'))).toEqual({
      kind: 'binary',
      op: '+',
      left: { kind: 'path', name: 'a' },
      right: { kind: 'binary', op: '*', left: { kind: 'path', name: 'b' }, right: { kind: 'path', name: 'c' } },
    });
    const ops = body('a - b; a / b; a % b; a & b; a | b; a ^ b; a << b; a >> b; a == b; a != b; a < b; a <= b; a > b; a >= b; a && b; a || b;').stmts.map((s) => {
      const e = stmtExpr(s);
      return e.kind === 'binary' ? e.op : e.kind;
    });
    expect(ops).toEqual(['-', '/', '%', '&', '|', '^', '<<', '>>', '==', '!=', '<', '<=', '>', '>=', '&&', '||']);
    expect(shape(firstExpr('*p = !q;'))).toEqual({
      kind: 'assign',
      target: { kind: 'unary', op: '*', operand: { kind: 'path', name: 'p' } },
      value: { kind: 'unary', op: '!', operand: { kind: 'path', name: 'q' } },
    });
    expect(shape(firstExpr('x <<= -1;'))).toEqual({ kind: 'compoundAssign', op: '<<', target: { kind: 'path', name: 'x' }, value: { kind: 'unary', op: '-', operand: { kind: 'int', value: 1n, suffix: null } } });
    expect(shape(firstExpr('let r = &mut x;'))).toEqual({ kind: 'ref', mutable: true, operand: { kind: 'path', name: 'x' } });
    expect(shape(firstExpr('let r = &&x;'))).toEqual({ kind: 'ref', mutable: false, operand: { kind: 'ref', mutable: false, operand: { kind: 'path', name: 'x' } } });
    expect(shape(firstExpr('let c = -x as i64 as u8;'))).toMatchObject({
      kind: 'cast',
      operand: { kind: 'cast', operand: { kind: 'unary', op: '-', operand: { kind: 'path', name: 'x' } }, ty: { kind: 'path', name: 'i64', args: [] } },
      ty: { kind: 'path', name: 'u8', args: [] },
    });
  });

  test('paths, calls, unit and parentheses', () => {
    expect(shape(firstExpr('std::process::exit(1);'))).toMatchObject({
      kind: 'call',
      callee: { kind: 'qualified', segments: ['std', 'process', 'exit'] },
      args: [{ kind: 'int', value: 1n, suffix: null }],
    });
    expect(shape(firstExpr('let m = i32::MAX;'))).toMatchObject({ kind: 'qualified', segments: ['i32', 'MAX'] });
    expect(shape(firstExpr('Box::new(());'))).toMatchObject({ kind: 'call', callee: { kind: 'qualified', segments: ['Box', 'new'] }, args: [{ kind: 'unit' }] });
    expect(shape(firstExpr('f(1)(2, 3,);'))).toEqual({
      kind: 'call',
      callee: { kind: 'call', callee: { kind: 'path', name: 'f' }, args: [{ kind: 'int', value: 1n, suffix: null }] },
      args: [
        { kind: 'int', value: 2n, suffix: null },
        { kind: 'int', value: 3n, suffix: null },
      ],
    });
    expect(shape(firstExpr('let p = (a);'))).toEqual({ kind: 'paren', inner: { kind: 'path', name: 'a' } });
    expect(shape(firstExpr('let r#type = r#match;'))).toEqual({ kind: 'path', name: 'match' });
  });

  test('control flow', () => {
    expect(shape(firstExpr('if a { 1 } else if b { 2 } else { 3 }'))).toEqual({
      kind: 'if',
      cond: { kind: 'path', name: 'a' },
      then: { stmts: [], tail: { kind: 'int', value: 1n, suffix: null } },
      else: {
        kind: 'if',
        cond: { kind: 'path', name: 'b' },
        then: { stmts: [], tail: { kind: 'int', value: 2n, suffix: null } },
        else: { kind: 'block', block: { stmts: [], tail: { kind: 'int', value: 3n, suffix: null } }, label: null },
      },
    });
    expect(shape(firstExpr("'outer: loop { break 'outer 5; }"))).toEqual({
      kind: 'loop',
      label: 'outer',
      body: { stmts: [{ kind: 'expr', semi: true, expr: { kind: 'break', label: 'outer', value: { kind: 'int', value: 5n, suffix: null } } }], tail: null },
    });
    expect(shape(firstExpr("'w: while x < 3 { continue 'w; }"))).toMatchObject({
      kind: 'while',
      label: 'w',
      body: { stmts: [{ expr: { kind: 'continue', label: 'w' } }] },
    });
    expect(shape(firstExpr('for mut i in 0..=n { break; }'))).toMatchObject({
      kind: 'for',
      label: null,
      pattern: { kind: 'binding', name: { name: 'i' }, mutable: true },
      iter: { kind: 'range', start: { kind: 'int', value: 0n, suffix: null }, end: { kind: 'path', name: 'n' }, inclusive: true },
      body: { stmts: [{ kind: 'expr', semi: true, expr: { kind: 'break', label: null, value: null } }], tail: null },
    });
    expect(shape(firstExpr("let v = 'b: { break 'b 1; };"))).toMatchObject({ kind: 'block', label: 'b' });
    expect(shape(firstExpr('return;'))).toEqual({ kind: 'return', value: null });
    expect(shape(firstExpr('return 1;'))).toEqual({ kind: 'return', value: { kind: 'int', value: 1n, suffix: null } });
  });

  test('ranges', () => {
    const r = body('let a = 1..2; let b = 1..; let c = ..2; let d = ..; let e = ..=5; let f = 1..=2;').stmts.map((s) => (s.kind === 'let' ? shape(s.init) : null));
    const one = { kind: 'int', value: 1n, suffix: null };
    const two = { kind: 'int', value: 2n, suffix: null };
    expect(r).toEqual([
      { kind: 'range', start: one, end: two, inclusive: false },
      { kind: 'range', start: one, end: null, inclusive: false },
      { kind: 'range', start: null, end: two, inclusive: false },
      { kind: 'range', start: null, end: null, inclusive: false },
      { kind: 'range', start: null, end: { kind: 'int', value: 5n, suffix: null }, inclusive: true },
      { kind: 'range', start: one, end: two, inclusive: true },
    ]);
    expect(shape(firstExpr('x = ..=5;'))).toEqual({ kind: 'assign', target: { kind: 'path', name: 'x' }, value: { kind: 'range', start: null, end: { kind: 'int', value: 5n, suffix: null }, inclusive: true } });
  });

  test('spans are 1-based and use string offsets', () => {
    const src = 'fn main() {\n    let x = 1 + 22;\n}\n';
    const e = bodyOf(fnItem(src)).stmts[0];
    if (e?.kind !== 'let' || e.init === null) throw new Error('let expected');
    expect(e.init.span).toEqual({ start: 24, end: 30, line: 2, col: 13, endLine: 2, endCol: 19 });
    expect(src.slice(e.init.span.start, e.init.span.end)).toBe('1 + 22');
    expect(e.span).toMatchObject({ line: 2, col: 5, endCol: 20 });
  });
});

describe('macros', () => {
  test('println with positional, captured and named arguments', () => {
    const src = 'fn main() {\n    println!("a {} {x:>5} {n}", y + 1, n = 2);\n}\n';
    const m = bodyOf(fnItem(src)).stmts[0];
    const e = stmtExpr(m);
    expect(e).toMatchObject({ kind: 'macro', name: 'println', args: [] });
    const f = formatOf(e);
    expect(f.pieces).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'arg', arg: { kind: 'next' }, spec: { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '', debugHex: null } },
      { kind: 'text', text: ' ' },
      { kind: 'arg', arg: { kind: 'name', name: 'x' }, spec: expect.objectContaining({ align: '>', width: { kind: 'literal', value: 5 } }) },
      { kind: 'text', text: ' ' },
      { kind: 'arg', arg: { kind: 'name', name: 'n' }, spec: expect.objectContaining({ trait: '' }) },
    ]);
    // Argument spans are positions in the original file.
    expect(shape(f.positional)).toEqual([{ kind: 'binary', op: '+', left: { kind: 'path', name: 'y' }, right: { kind: 'int', value: 1n, suffix: null } }]);
    const pos = f.positional[0] as Expr;
    expect(src.slice(pos.span.start, pos.span.end)).toBe('y + 1');
    expect(pos.span).toMatchObject({ line: 2, col: 33 });
    // The explicit named argument first, then the capture, which points at its name in the
    // literal, as rustc's span for it does.
    expect(f.named.map((n) => [n.name, shape(n.value)])).toEqual([
      ['n', { kind: 'int', value: 2n, suffix: null }],
      ['x', { kind: 'path', name: 'x' }],
    ]);
    expect(f.span).toMatchObject({ line: 2, col: 14, endCol: 31 });
    const capture = f.named[1]!.value.span;
    expect(src.slice(capture.start, capture.end)).toBe('x');
    expect(capture).toMatchObject({ line: 2, col: 21, endCol: 22 });
  });

  test('print family, panics and asserts', () => {
    const b = body(
      [
        'println!();',
        'print!("a");',
        'eprintln!("b");',
        'eprint!("c",);',
        'panic!();',
        'panic!("p {}", 1);',
        'unreachable!();',
        'todo!();',
        'unimplemented!("u");',
        'assert!(x == 1);',
        'assert!(x, "m {}", x);',
        'assert_eq!(a, b);',
        'assert_ne!(a, b, "m");',
        'std::println!("s");',
      ].join('\n'),
    );
    const ms = b.stmts.map((s) => stmtExpr(s));
    expect(ms.map((m) => (m.kind === 'macro' ? [m.name, m.args.length, m.format === null ? null : m.format.pieces.length] : m.kind))).toEqual([
      ['println', 0, 0],
      ['print', 0, 1],
      ['eprintln', 0, 1],
      ['eprint', 0, 1],
      ['panic', 0, null],
      ['panic', 0, 2],
      ['unreachable', 0, null],
      ['todo', 0, null],
      ['unimplemented', 0, 1],
      ['assert', 1, null],
      ['assert', 1, 2],
      ['assert_eq', 2, null],
      ['assert_ne', 2, 1],
      ['println', 0, 1],
    ]);
    expect(shape((ms[9] as Expr & { kind: 'macro' }).args[0])).toEqual({ kind: 'binary', op: '==', left: { kind: 'path', name: 'x' }, right: { kind: 'int', value: 1n, suffix: null } });
    expect(shape(formatOf(ms[10] as Expr).positional)).toEqual([{ kind: 'path', name: 'x' }]);
  });

  test('macro arguments may be any supported expression, across lines, with comments', () => {
    const src = 'fn main() {\n    println!(\n        "{} {}", // first\n        { let t = 1; t } - 1,\n        /* c, d */ if a { 1 } else { 2 }\n    );\n}\n';
    const f = formatOf(stmtExpr(bodyOf(fnItem(src)).stmts[0]));
    expect(f.positional.map((e) => e.kind)).toEqual(['binary', 'if']);
    const [a, b] = f.positional as [Expr, Expr];
    expect(a.span).toMatchObject({ line: 4, col: 9 });
    expect(src.slice(b.span.start, b.span.end)).toBe('if a { 1 } else { 2 }');
    expect(b.span).toMatchObject({ line: 5, col: 20 });
  });

  test('macros nest and brace-delimited macros work as statements', () => {
    const b = body('println!("{}", { assert!(true); 1 });\nprintln! { "x" }\nprintln!["y"];');
    const inner = formatOf(stmtExpr(b.stmts[0])).positional[0];
    expect(inner?.kind).toBe('block');
    expect(b.stmts.length + (b.tail === null ? 0 : 1)).toBe(3);
  });

  test('escapes in format strings are processed', () => {
    const f = formatOf(firstExpr('println!("a\\n\\t\\\\\\"\\u{e9}\\x41\\0\\\n      b {{}}");'));
    expect(f.pieces).toEqual([{ kind: 'text', text: 'a\n\t\\"éA\0b {}' }]);
    const raw = formatOf(firstExpr('println!(r#"raw "{}" \\n"#, 1);'));
    expect(raw.pieces).toEqual([
      { kind: 'text', text: 'raw "' },
      expect.objectContaining({ kind: 'arg' }),
      { kind: 'text', text: '" \\n' },
    ]);
  });

  test('unknown and unsupported macros', () => {
    expect(where('fn main() { let v = env!("HOME"); }')).toEqual({ kind: 'unsupported', headline: 'unsupported: the `env!` macro', line: 1, col: 21 });
    expect(where('fn main() { println!(concat!("a", "{}"), 1); }').headline).toBe('unsupported: the `concat!` macro');
    expect(where('fn main() { asm!("nop"); }').headline).toBe('unsupported: the `asm!` macro');
    expect(where('fn main() { other::println!("x"); }').headline).toBe('unsupported: the `other::println!` macro');
  });
});

describe('format strings', () => {
  const spec = { fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null, trait: '', debugHex: null };
  const one = (s: string): unknown => {
    const p = parseFormatString(s).pieces;
    expect(p).toHaveLength(1);
    return p[0];
  };

  test('the std::fmt grammar', () => {
    expect(one('{}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec });
    expect(one('{ }')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec });
    expect(one('{0}')).toEqual({ kind: 'arg', arg: { kind: 'index', index: 0 }, spec });
    expect(one('{name}')).toEqual({ kind: 'arg', arg: { kind: 'name', name: 'name' }, spec });
    expect(one('{:?}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, trait: '?' } });
    expect(one('{:#?}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, trait: '?', alternate: true } });
    expect(one('{:>8}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, align: '>', width: { kind: 'literal', value: 8 } } });
    expect(one('{:*^10}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, fill: '*', align: '^', width: { kind: 'literal', value: 10 } } });
    expect(one('{:<}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, align: '<' } });
    expect(one('{:+}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, sign: '+' } });
    expect(one('{:08.3}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, zeroPad: true, width: { kind: 'literal', value: 8 }, precision: { kind: 'literal', value: 3 } } });
    expect(one('{:.*}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, precision: { kind: 'arg', arg: { kind: 'next' } } } });
    expect(one('{:1$}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, width: { kind: 'arg', arg: { kind: 'index', index: 1 } } } });
    expect(one('{:0$}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, width: { kind: 'arg', arg: { kind: 'index', index: 0 } } } });
    expect(one('{:.prec$}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, precision: { kind: 'arg', arg: { kind: 'name', name: 'prec' } } } });
    expect(one('{x:w$.p$}')).toEqual({
      kind: 'arg',
      arg: { kind: 'name', name: 'x' },
      spec: { ...spec, width: { kind: 'arg', arg: { kind: 'name', name: 'w' } }, precision: { kind: 'arg', arg: { kind: 'name', name: 'p' } } },
    });
    for (const t of ['x', 'X', 'o', 'b', 'e', 'E'] as const) expect(one(`{:${t}}`)).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, trait: t } });
    expect(one('{:#x}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, trait: 'x', alternate: true } });
    expect(one('{:x?}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, trait: '?', debugHex: 'x' } });
    expect(one('{:#X?}')).toEqual({ kind: 'arg', arg: { kind: 'next' }, spec: { ...spec, trait: '?', debugHex: 'X', alternate: true } });
    expect(one('{:-^+#010.2?}')).toEqual({
      kind: 'arg',
      arg: { kind: 'next' },
      spec: { ...spec, fill: '-', align: '^', sign: '+', alternate: true, zeroPad: true, width: { kind: 'literal', value: 10 }, precision: { kind: 'literal', value: 2 }, trait: '?' },
    });
    expect(parseFormatString('{{a}} }} {{').pieces).toEqual([{ kind: 'text', text: '{a} } {' }]);
    expect(parseFormatString('é{}😀').pieces.map((p) => p.kind)).toEqual(['text', 'arg', 'text']);
  });

  test('implicit positions are numbered like rustc', () => {
    const r = resolveImplicitPositions(parseFormatString('{} {:.*} {1} {}').pieces).flatMap((p) => (p.kind === 'arg' ? [p] : []));
    expect(r.map((p) => p.arg)).toEqual([
      { kind: 'index', index: 0 },
      { kind: 'index', index: 2 },
      { kind: 'index', index: 1 },
      { kind: 'index', index: 3 },
    ]);
    expect(r[1]?.spec.precision).toEqual({ kind: 'arg', arg: { kind: 'index', index: 1 } });
  });

  test('parse errors carry rustc headlines and positions in the value', () => {
    const err = (s: string): [string, number] => {
      try {
        parseFormatString(s);
      } catch (e) {
        if (e instanceof FormatProblem && e.at.kind === 'string') return [e.message, e.at.range.start];
      }
      throw new Error(`no error for ${s}`);
    };
    expect(err('{0a}')).toEqual(['invalid format string: expected `}`, found `a`', 2]);
    expect(err('{:x y}')).toEqual(['invalid format string: expected `}`, found `y`', 4]);
    expect(err('ab {')).toEqual(['invalid format string: expected `}` but string was terminated', 4]);
    expect(err('a } b')).toEqual(['invalid format string: unmatched `}` found', 2]);
    expect(err('{_}')).toEqual(['invalid format string: invalid argument name `_`', 1]);
    expect(err('{:?x}')).toEqual(['invalid format string: expected `}`, found `x`', 3]);
    expect(err('{x?}')).toEqual(['invalid format string: expected `}`, found `?`', 2]);
    expect(err('{x.y}')).toEqual(["invalid format string: field access isn't supported", 1]);
    expect(err('{:70000}')[0]).toBe('invalid format string: integer `70000` does not fit into the type `u16` whose range is `0..=65535`');
  });

  test('string literal values map back to the source', () => {
    const v = strLiteralValue('"a\\né"');
    expect(v).toEqual({ value: 'a\né', map: [1, 2, 4, 5] });
    expect(strLiteralValue('b"x"')).toBeNull();
  });
});

describe('format argument checks (located like rustc)', () => {
  const line = (call: string): string => `fn main() {\n    ${call}\n}\n`;

  test('too few arguments', () => {
    expect(where(line('println!("{}");'))).toEqual({ kind: 'compile', headline: '1 positional argument in format string, but no arguments were given', line: 2, col: 15 });
    expect(where(line('println!("{} {}", 1);'))).toEqual({ kind: 'compile', headline: '2 positional arguments in format string, but there is 1 argument', line: 2, col: 15 });
    expect(where(line('println!("{} {:.*} {}", 1, 3, 4);')).headline).toBe('4 positional arguments in format string, but there are 3 arguments');
    expect(where(line('println!("{0} {1}", 1);'))).toEqual({ kind: 'compile', headline: 'invalid reference to positional argument 1 (there is 1 argument)', line: 2, col: 20 });
    expect(where(line('println!("{5} {:4$} {6:7$}", 1);'))).toMatchObject({ headline: 'invalid reference to positional arguments 4, 5, 6 and 7 (there is 1 argument)', col: 16 });
  });

  test('unused arguments', () => {
    expect(where(line('println!("{}", 1, 2);'))).toEqual({ kind: 'compile', headline: 'argument never used', line: 2, col: 23 });
    expect(where(line('println!("", 1, 2);'))).toEqual({ kind: 'compile', headline: 'multiple unused formatting arguments', line: 2, col: 18 });
    expect(where(line('println!("{}", 1, foo = 2);'))).toMatchObject({ headline: 'named argument never used', col: 29 });
    expect(where(line('println!("{x}", x);'))).toMatchObject({ headline: 'redundant argument', col: 21 });
  });

  test('argument list errors', () => {
    expect(where(line('println!("{a}", a = 1, a = 2);'))).toMatchObject({ kind: 'compile', headline: 'duplicate argument named `a`', col: 28 });
    expect(where(line('println!("{a} {}", a = 1, 2);'))).toMatchObject({ kind: 'compile', headline: 'positional arguments cannot follow named arguments', col: 31 });
    expect(where(line('panic!(msg);'))).toEqual({ kind: 'compile', headline: 'format argument must be a string literal', line: 2, col: 12 });
    expect(where(line('println!(b"x");')).headline).toBe('format argument must be a string literal');
    expect(where(line('print!();'))).toEqual({ kind: 'compile', headline: 'requires at least a format string argument', line: 2, col: 5 });
    expect(where(line('assert!();'))).toMatchObject({ kind: 'compile', headline: 'macro requires a boolean expression as an argument' });
    expect(where(line('assert_eq!(1);'))).toMatchObject({ kind: 'compile', headline: 'unexpected end of macro invocation', col: 17 });
    expect(where(line('assert!(x, y);')).headline).toBe('format argument must be a string literal');
  });

  test('format string errors point inside the literal, counting chars', () => {
    expect(where(line('println!("{0a}", 1);'))).toEqual({ kind: 'compile', headline: 'invalid format string: expected `}`, found `a`', line: 2, col: 17 });
    // `é` and `😀` are one column each, like rustc counts them.
    expect(where(line('println!("é😀{0a}", 1);'))).toMatchObject({ line: 2, col: 19 });
    expect(where(line('println!("\\t{0a}", 1);'))).toMatchObject({ col: 19 });
    expect(where(line('println!("{");'))).toMatchObject({ headline: 'invalid format string: expected `}` but string was terminated', col: 16 });
    expect(where(line('println!("{:z}", 1);'))).toMatchObject({ headline: 'unknown format trait `z`', col: 17 });
    expect(where(line('println!("\\q");'))).toMatchObject({ kind: 'syntax', headline: 'unknown character escape: `q`', col: 16 });
  });
});

describe('syntax errors', () => {
  test('missing semicolon', () => {
    expect(where('fn main() {\n    let x = 5\n    let y = 6;\n}\n')).toEqual({ kind: 'syntax', headline: 'expected `;`, found keyword `let`', line: 2, col: 14 });
    expect(where('fn main() { let x = 5 }')).toMatchObject({ headline: 'expected `;`, found `}`', col: 22 });
  });

  test('missing operands', () => {
    expect(where('fn main() { let x = 1 + ; }')).toEqual({ kind: 'syntax', headline: 'expected expression, found `;`', line: 1, col: 25 });
    expect(where('fn main() { let x = ; }')).toMatchObject({ headline: 'expected expression, found `;`', col: 21 });
    expect(where('fn main() { println!("{}", 1 +); }')).toMatchObject({ headline: 'expected expression, found `)`', col: 31 });
    expect(where('fn main() { println!("{}",, 1); }')).toMatchObject({ headline: 'expected expression, found `,`', col: 27 });
    expect(where('fn main() { println!("{}", x y); }')).toMatchObject({ headline: 'expected `,`, found `y`', col: 30 });
    expect(where('fn main() { println!("{}" x); }')).toMatchObject({ headline: 'expected `,`, found `x`', col: 27 });
  });

  test('delimiters, as rustc checks them before parsing', () => {
    expect(where('fn main() {\n    let x = 1;\n')).toEqual({ kind: 'syntax', headline: 'this file contains an unclosed delimiter', line: 2, col: 16 });
    expect(where('fn main() {\n    foo(\n}\n')).toEqual({ kind: 'syntax', headline: 'mismatched closing delimiter: `}`', line: 2, col: 8 });
    expect(where('fn main() {}\n}\n')).toEqual({ kind: 'syntax', headline: 'unexpected closing delimiter: `}`', line: 2, col: 1 });
    // A delimiter inside a string, char or comment does not count.
    expect(parse('fn main() { println!("(}}["); /* { */ // }\n}').items).toHaveLength(1);
  });

  test('lexer errors', () => {
    expect(where('fn main() { let s = "abc; }')).toEqual({ kind: 'syntax', headline: 'unterminated double quote string', line: 1, col: 21 });
    expect(where('fn main() { /* x }')).toMatchObject({ headline: 'unterminated block comment', col: 13 });
    expect(where('fn main() { let € = 1; }')).toMatchObject({ headline: 'unknown start of token: \\u{20ac}', col: 17 });
    expect(where('fn main() { let x = 256u7; }')).toMatchObject({ headline: 'invalid suffix `u7` for number literal', col: 21 });
    expect(where('fn main() { let x = 0b102; }')).toMatchObject({ headline: 'invalid digit for a base 2 literal', col: 25 });
  });

  test('columns count characters after non-ASCII text', () => {
    // "é" is 2 bytes in UTF-8 and "😀" 2 UTF-16 units; rustc counts each as one column.
    expect(where('fn main() { println!("é😀"); let x = ; }')).toMatchObject({ kind: 'syntax', line: 1, col: 37 });
    expect(where('fn main() { println!("é😀"); async {}; }')).toMatchObject({ kind: 'unsupported', col: 29 });
    const text = 'fn main() { println!("é😀"); async {}; }';
    const d = diag(text);
    expect(text.slice(d.span.start, d.span.end)).toBe('async {}');
  });

  test('other rustc parse errors', () => {
    expect(where('fn main() { a < b < c; }')).toMatchObject({ kind: 'syntax', headline: 'comparison operators cannot be chained', col: 15 });
    expect(where('let x = 5;')).toMatchObject({ kind: 'syntax', headline: 'expected item, found keyword `let`', col: 1 });
    expect(where('fn main() {} @')).toMatchObject({ kind: 'syntax', headline: 'expected item, found `@`', col: 14 });
    expect(where('fn main() { let x = ..=; }')).toMatchObject({ kind: 'syntax' });
  });

  test('never anything but a Diagnostic or a Program', () => {
    const inputs = [
      '',
      ' ',
      '\u0000\u0001\u0002',
      '\uFEFFfn main() {}',
      '#!/usr/bin/env rust\nfn main() {}',
      String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 7919) % 256)),
      'fn',
      'fn main(',
      'fn main() { println!(',
      'fn main() { println!("{}", ',
      'fn main() { \'a }',
      "fn main() { let c = 'ab; }",
      'fn main() { r#"x }',
      '}}}{{{',
      'fn main() { if { } else { } }',
      'fn main() { 1 +++ 2; }',
      'fn main() { println!("{:.*}"); }',
      'fn main() { println!("{:999999999999}"); }',
      '(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((',
      'fn main() {' + '('.repeat(2000) + '1' + ')'.repeat(2000) + '; }',
    ];
    for (const text of inputs) {
      let outcome: unknown;
      try {
        outcome = parse(text);
      } catch (e) {
        outcome = e;
      }
      expect(outcome instanceof Diagnostic || (typeof outcome === 'object' && outcome !== null && 'items' in outcome), JSON.stringify(text).slice(0, 60)).toBe(true);
      if (outcome instanceof Diagnostic) {
        expect(outcome.span.line).toBeGreaterThanOrEqual(1);
        expect(outcome.span.col).toBeGreaterThanOrEqual(1);
      }
    }
    expect(parse('\uFEFFfn main() {}').items).toHaveLength(1);
    expect(parse('#!/usr/bin/env rust\nfn main() {}').items).toHaveLength(1);
  });
});

describe('use declarations', () => {
  test('flattens use trees into one path per imported name', () => {
    const item = parse('use std::collections::{HashMap, hash_map::Entry as E, btree_map::*};\nuse Shape::*;\nfn main() {}').items;
    expect(item[0]).toMatchObject({
      kind: 'use',
      paths: [
        { segments: ['std', 'collections', 'HashMap'], alias: null },
        { segments: ['std', 'collections', 'hash_map', 'Entry'], alias: 'E' },
        { segments: ['std', 'collections', 'btree_map', '*'], alias: null },
      ],
    });
    expect(item[1]).toMatchObject({ kind: 'use', paths: [{ segments: ['Shape', '*'], alias: null }] });
  });
});

describe('unsupported constructs', () => {
  const cases: [string, string][] = [
    ['mod m;', 'modules in other files (`mod name;`)'],
    ['union U { a: i32 }', 'union items'],
    ['type X<T> where T: Copy = T;', '`where` clauses on type aliases'],
    ['extern "C" { fn f(); }', '`extern` blocks'],
    ['unsafe extern "C" {\n    fn abs(input: i32) -> i32;\n}\nfn main() { unsafe { abs(-3); } }', '`extern` blocks'],
    ['extern crate core;', '`extern crate`'],
    ['#[cfg(not(unix, windows))]\nfn f() {}', 'this `cfg` predicate'],
    ['#[cfg(unix = 1)]\nfn f() {}', 'this `cfg` predicate'],
    ['#![no_std]\nfn f() {}', 'the attribute `#[no_std]`'],
    ['fn f() -> bool { cfg!(a, b) }', 'a `cfg` predicate that is not exactly one predicate'],
    ['async fn f() {}', '`async` functions'],
    ['unsafe extern "C" fn f() {}', '`extern` functions'],
    ['extern "C" fn f() {}', '`extern` functions'],
    ['fn main() { async { }; }', '`async` blocks'],
    ['fn main() { let f = async || 1; }', '`async` closures'],
    ['fn main() { x.await; }', '`async`/`.await`'],
    ['fn main() { try { }; }', '`try` blocks'],
    ['fn main() { gen { }; }', '`gen` blocks (generators)'],
    ['fn main() { yield 1; }', '`yield` (generators)'],
    ['fn main() { let g = static || 1; }', '`static` closures (generators)'],
    ['fn f<const N: u8>() {}', 'const parameters of another type than `usize`'],
    ['fn f<const N: usize = 3>() {}', 'default values of const parameters'],
    ['fn f<T = i32>() {}', 'default type parameters'],
    ['trait T { type I<U>; }', 'generic associated types'],
    ["impl X for Y { type I<'a> = &'a i32; }", 'generic associated types'],
    ['fn f(x: impl Iterator<Item<T> = u8>) {}', 'generic associated types'],
    ["fn f(x: &dyn for<'a> Fn(&'a u8)) {}", "higher-ranked trait bounds (`for<'a>`)"],
    ["fn f(x: for<'a> fn(&'a u8)) {}", "higher-ranked function pointer types (`for<'a>`)"],
    ['fn f(x: unsafe fn()) {}', '`unsafe fn` pointers'],
    ['fn f(x: <T as Tr>::X) {}', 'qualified paths (`<T as Trait>::`) here'],
    ['struct S<T> where Vec<T>: Clone { x: T }', "`where` clauses on anything but the item's own type parameters"],
    ['impl<T> S<T> where Vec<T>: Clone {}', "`where` clauses on anything but the item's own type parameters"],
    ['fn f<T>() where Vec<T>: ?Sized {}', 'a `?` bound in a `where` clause on another type'],
    ['fn f(x: m!()) {}', 'macros in type position'],
    ['fn main() { let m!() = 1; }', 'macros in pattern position'],
    ['fn main() { x.f::<T>; }', 'generic arguments on a field access'],
    ['fn main() { let s = c"x"; }', 'C string literals'],
    ['thread_local!(static X: i32 = 1);', 'macro invocations at item level'],
  ];
  test.each(cases)('%s', (src, what) => {
    const d = diag(src);
    expect(d.kind).toBe('unsupported');
    expect(d.headline).toBe(`unsupported: ${what}`);
    expect(d.span.line).toBeGreaterThanOrEqual(1);
  });

  test('located at the offending node', () => {
    const src = 'fn main() {\n    let x = 1;\n    let y = async { x };\n}\n';
    const d = diag(src);
    expect(d.span).toMatchObject({ line: 3, col: 13 });
    expect(src.slice(d.span.start, d.span.end)).toBe('async { x }');
  });
});

/** The source text a span covers. */
function textOf(src: string, span: { start: number; end: number }): string {
  return src.slice(span.start, span.end);
}

/** The pattern of the first `let` in `fn main() { <src> }`. */
function letPattern(src: string): Pattern {
  const s = body(src).stmts[0];
  if (s?.kind !== 'let') throw new Error('let expected');
  return s.pattern;
}

/** The parameter types of `fn f(<params>) {}`. */
function paramTypes(params: string): readonly TypeExpr[] {
  return fnItem(`fn f(${params}) {}`).params.map((p) => p.ty);
}

const I32 = { kind: 'path', name: 'i32', args: [], path: { segments: [{ name: 'i32', args: [] }], bindings: [] } };
const U32 = { kind: 'path', name: 'u32', args: [], path: { segments: [{ name: 'u32', args: [] }], bindings: [] } };
const bind = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ kind: 'binding', name: { name }, mutable: false, byRef: null, subpattern: null, ...extra });
const int = (n: number): Record<string, unknown> => ({ kind: 'int', value: BigInt(n), suffix: null });
const segs = (...names: string[]): Record<string, unknown> => ({ segments: names.map((name) => ({ name, args: [] })) });

describe('structs, enums and attributes', () => {
  test('named struct with generics, derives, repr, visibility and lifetimes kept by name on references', () => {
    const src = "#[derive(Debug, Clone, PartialEq)]\n#[repr(C)]\npub struct P<'a, T: Copy> where T: Clone {\n    pub x: &'a T,\n    #[allow(dead_code)]\n    pub(crate) y: i32,\n}\n";
    const s = itemOf(src, 'struct');
    expect(shape(s)).toEqual({
      kind: 'struct',
      name: { name: 'P' },
      generics: { params: [{ name: { name: 'T' }, bounds: [{ ...segs('Copy'), bindings: [] }, { ...segs('Clone'), bindings: [] }] }] },
      lifetimeParams: 1,
      shape: 'named',
      fields: [
        { name: { name: 'x' }, ty: { kind: 'ref', mutable: false, lifetime: 'a', inner: { kind: 'path', name: 'T', args: [], path: { ...segs('T'), bindings: [] } } }, isPub: true },
        { name: { name: 'y' }, ty: I32, isPub: true },
      ],
      derives: [{ name: 'Debug' }, { name: 'Clone' }, { name: 'PartialEq' }],
      repr: ['C'],
    });
    expect(s.derives[2]?.span).toMatchObject({ line: 1, col: 24, endCol: 33 });
    expect(textOf(src, s.span)).toMatch(/^pub struct P/);
    expect(textOf(src, s.fields[1]!.span)).toBe('pub(crate) y: i32');
    expect(s.name.span).toMatchObject({ line: 3, col: 12 });
  });

  test('lifetime parameters of structs and enums, and lifetime arguments of paths, are counted', () => {
    const src = "struct H<'a, 'b, T> { r: &'a T, s: &'b str }\nenum W<'a> { A(H<'a, 'static, u8>), B(Vec<H<u8>>) }\n";
    const h = itemOf(src, 'struct');
    const w = itemOf(src, 'enum', 1);
    expect([h.lifetimeParams, w.lifetimeParams]).toEqual([2, 1]);
    const [a, b] = w.variants.map((v) => v.fields[0]!.ty);
    if (a?.kind !== 'path' || b?.kind !== 'path' || b.args[0]?.kind !== 'path') throw new Error('path types expected');
    expect(a.path.segments[0]!.lifetimes).toBe(2);
    expect(b.args[0].path.segments[0]!.lifetimes).toBeUndefined();
  });

  test('tuple and unit structs', () => {
    const src = 'struct C(pub i32, #[allow(unused)] u8);\nstruct U;\n';
    const p = parse(src);
    const c = p.items[0];
    if (c?.kind !== 'struct') throw new Error('struct expected');
    expect(c.shape).toBe('tuple');
    expect(shape(c.fields)).toMatchObject([{ name: null, ty: { name: 'i32' }, isPub: true }, { name: null, ty: { name: 'u8' }, isPub: false }]);
    expect(textOf(src, c.fields[0]!.span)).toBe('pub i32');
    expect(shape(p.items[1])).toMatchObject({ kind: 'struct', name: { name: 'U' }, shape: 'unit', fields: [], derives: [], repr: [] });
  });

  test('enums with unit, tuple and named variants and discriminants', () => {
    const src = '#[derive(Debug)]\n#[repr(u8)]\nenum E<T> {\n    A = 1,\n    B(i32, T),\n    #[allow(unused)]\n    C { x: i32 },\n    D,\n}\n';
    const e = itemOf(src, 'enum');
    expect(e.repr).toEqual(['u8']);
    expect(shape(e.generics)).toEqual({ params: [{ name: { name: 'T' }, bounds: [] }] });
    expect(shape(e.variants)).toMatchObject([
      { name: { name: 'A' }, shape: 'unit', fields: [], discriminant: int(1) },
      { name: { name: 'B' }, shape: 'tuple', fields: [{ name: null, ty: { name: 'i32' } }, { name: null, ty: { name: 'T' } }], discriminant: null },
      { name: { name: 'C' }, shape: 'named', fields: [{ name: { name: 'x' }, ty: { name: 'i32' } }], discriminant: null },
      { name: { name: 'D' }, shape: 'unit', fields: [], discriminant: null },
    ]);
    expect(textOf(src, e.variants[1]!.span)).toBe('B(i32, T)');
    expect(e.variants[0]?.discriminant?.span).toMatchObject({ line: 4, col: 9 });
  });

  test('harmless attributes are accepted anywhere and ignored', () => {
    const src = [
      '#![allow(unused)]',
      '#[allow(dead_code)]',
      '#[warn(unused_variables)]',
      '#[deny(unreachable_code)]',
      '#[inline]',
      '#[must_use]',
      '#[rustfmt::skip]',
      'fn f(#[allow(unused)] x: i32) -> i32 {',
      '    #![allow(unused_mut)]',
      '    #[allow(unused_variables)]',
      '    let y = 1;',
      '    match x {',
      '        #[allow(unreachable_patterns)]',
      '        _ => x,',
      '    }',
      '}',
      '#[inline(always)]',
      'fn main() {}',
    ].join('\n');
    const p = parse(src);
    expect(p.items.map((i) => i.kind)).toEqual(['fn', 'fn']);
    expect(bodyOf(p.items[0] as FnItem).stmts[0]?.kind).toBe('let');
  });

  test('attribute errors as rustc reports them', () => {
    expect(where('#[derive(Debug)]\nfn f() {}')).toEqual({ kind: 'compile', headline: '`derive` may only be applied to `struct`s, `enum`s and `union`s', line: 1, col: 1 });
    expect(where('#[repr(C)]\nfn f() {}')).toEqual({ kind: 'compile', headline: 'attribute should be applied to a struct, enum, or union', line: 1, col: 8 });
    expect(where('struct S { #[derive(Debug)] x: i32 }')).toMatchObject({ kind: 'compile', headline: '`derive` may only be applied to `struct`s, `enum`s and `union`s' });
    expect(where('fn main() {}\n#[allow(x)]')).toEqual({ kind: 'syntax', headline: 'expected item after attributes', line: 2, col: 1 });
    expect(where('fn main() { #[allow(unused)] }')).toEqual({ kind: 'syntax', headline: 'expected statement after outer attribute', line: 1, col: 13 });
    expect(where('struct S;\nimpl S { #[inline] }')).toEqual({ kind: 'syntax', headline: 'expected item after attributes', line: 2, col: 10 });
    expect(where('#[should_panic]\nfn f() {}')).toEqual({ kind: 'unsupported', headline: 'unsupported: the attribute `#[should_panic]`', line: 1, col: 1 });
  });

  test('items, statements and fields configured out are gone before anything looks at them', () => {
    const src = [
      '#[test]',
      'fn t() { undefined!(); }',
      '#[cfg(test)]',
      'mod tests { fn main() {} }',
      '#[cfg(any(windows, not(unix)))]',
      'fn main() {}',
      'struct S { #[cfg(windows)] a: u8, #[cfg(unix)] b: u16 }',
      '#[cfg(all(unix, target_os = "linux", target_pointer_width = "64", debug_assertions))]',
      'fn main() { #[cfg(feature = "x")] let a = 1; let b = cfg!(test); }',
    ].join('\n');
    const p = parse(src);
    expect(p.items.map((i) => i.kind)).toEqual(['struct', 'fn']);
    expect((p.items[0] as StructItem).fields.map((f) => f.name?.name)).toEqual(['b']);
    const stmts = bodyOf(p.items[1] as FnItem).stmts;
    expect(stmts).toHaveLength(1);
    expect(stmts[0]).toMatchObject({ kind: 'let', init: { kind: 'bool', value: false } });
  });
});

describe('functions, impls and traits', () => {
  test('inherent impl with consts, associated functions and every self parameter', () => {
    const src = [
      'impl<T> Stack<T> {',
      '    const CAP: usize = 8;',
      '    fn new() -> Self { Self { items: Vec::new() } }',
      '    fn len(&self) -> usize { self.items.len() }',
      "    fn push(&'a mut self, x: T) { self.items.push(x); }",
      '    fn into_vec(self) -> Vec<T> { self.items }',
      '    fn consume(mut self) {}',
      '    fn boxed(self: Box<Self>) {}',
      '    fn boxed_mut(mut self: Box<Self>) {}',
      '}',
    ].join('\n');
    const imp = itemOf(src, 'impl');
    expect(imp.trait).toBeNull();
    expect(shape(imp.selfTy)).toMatchObject({ kind: 'path', name: 'Stack', args: [{ name: 'T' }] });
    expect(shape(imp.generics)).toEqual({ params: [{ name: { name: 'T' }, bounds: [] }] });
    expect(shape(imp.consts)).toEqual([{ kind: 'const', name: { name: 'CAP' }, ty: { kind: 'path', name: 'usize', args: [], path: { ...segs('usize'), bindings: [] } }, value: int(8), mutable: false }]);
    expect(imp.fns.map((f) => [f.name.name, f.selfParam === null ? null : [f.selfParam.kind, f.selfParam.mutable, f.selfParam.ty === null ? null : f.selfParam.ty.kind]])).toEqual([
      ['new', null],
      ['len', ['ref', false, null]],
      ['push', ['refMut', false, null]],
      ['into_vec', ['value', false, null]],
      ['consume', ['value', true, null]],
      ['boxed', ['value', false, 'path']],
      ['boxed_mut', ['value', true, 'path']],
    ]);
    const push = imp.fns[2] as FnItem;
    expect(textOf(src, push.selfParam!.span)).toBe("&'a mut self");
    expect(shape(push.params)).toMatchObject([{ pattern: bind('x'), ty: { kind: 'path', name: 'T' } }]);
    expect(textOf(src, imp.span)).toBe(src);
  });

  test('trait impl with generics, where clause, associated type and const', () => {
    const src = 'impl<T: Copy> Iterator for Counter<T> where T: Default + std::fmt::Debug {\n    type Item = u32;\n    fn next(&mut self) -> Option<Self::Item> { None }\n}';
    const imp = itemOf(src, 'impl');
    expect(shape(imp.trait)).toEqual({ ...segs('Iterator'), bindings: [] });
    expect(shape(imp.generics)).toEqual({
      params: [{ name: { name: 'T' }, bounds: [{ ...segs('Copy'), bindings: [] }, { ...segs('Default'), bindings: [] }, { ...segs('std', 'fmt', 'Debug'), bindings: [] }] }],
    });
    expect(shape(imp.types)).toEqual([{ name: { name: 'Item' }, ty: U32 }]);
    expect(textOf(src, imp.types[0]!.span)).toBe('type Item = u32;');
    expect(shape(imp.fns[0]?.ret)).toMatchObject({
      kind: 'path',
      name: 'Option',
      args: [{ kind: 'path', name: 'Item', args: [], path: { segments: [{ name: 'Self' }, { name: 'Item' }] } }],
    });
  });

  test('traits: supertraits, associated types and consts, required and provided methods', () => {
    const src = 'pub trait Shape: std::fmt::Debug + Clone {\n    type Unit: Copy + Default;\n    const SIDES: u32;\n    const NAME: &\'static str = "shape";\n    fn area(&self) -> f64;\n    fn describe(&self) -> String { format!("{}", self.area()) }\n}';
    const t = itemOf(src, 'trait');
    expect(shape(t.supertraits)).toEqual([
      { ...segs('std', 'fmt', 'Debug'), bindings: [] },
      { ...segs('Clone'), bindings: [] },
    ]);
    expect(shape(t.types)).toEqual([{ name: { name: 'Unit' }, bounds: [{ ...segs('Copy'), bindings: [] }, { ...segs('Default'), bindings: [] }] }]);
    expect(t.consts.map((c) => [c.name.name, c.value === null ? null : c.value.kind])).toEqual([
      ['SIDES', null],
      ['NAME', 'str'],
    ]);
    expect(t.fns.map((f) => [f.name.name, f.body === null])).toEqual([
      ['area', true],
      ['describe', false],
    ]);
    expect(textOf(src, t.fns[0]!.span)).toBe('fn area(&self) -> f64;');
  });

  test('generic functions: bounds, where clauses merged, lifetimes erased but for a bound\'s first', () => {
    const f = fnItem("fn f<'a, T: Display + 'a, U>(x: &'a T, y: U) -> &'a str where T: Clone, U: Iterator<Item = u32> + 'a, 'a: 'a { \"\" }");
    expect(shape(f.generics)).toEqual({
      params: [
        { name: { name: 'T' }, bounds: [{ ...segs('Display'), bindings: [] }, { ...segs('Clone'), bindings: [] }], outlives: { name: 'a' } },
        { name: { name: 'U' }, bounds: [{ ...segs('Iterator'), bindings: [{ name: { name: 'Item' }, ty: U32 }] }], outlives: { name: 'a' } },
      ],
    });
    expect(shape(f.params.map((p) => p.ty))).toMatchObject([{ kind: 'ref', inner: { name: 'T' } }, { kind: 'path', name: 'U' }]);
    expect(shape(f.ret)).toMatchObject({ kind: 'ref', mutable: false, inner: { kind: 'path', name: 'str' } });
  });

  test('consts and statics', () => {
    const p = parse('const MAX: u32 = 100_000;\nstatic GREETING: &str = "hi";\nstatic mut COUNT: u32 = 0;\n');
    expect(shape(p.items)).toMatchObject([
      { kind: 'const', name: { name: 'MAX' }, ty: { name: 'u32' }, value: int(100000), mutable: false },
      { kind: 'static', name: { name: 'GREETING' }, ty: { kind: 'ref', inner: { name: 'str' } }, value: { kind: 'str', value: 'hi', byte: false }, mutable: false },
      { kind: 'static', name: { name: 'COUNT' }, mutable: true },
    ]);
  });

  test('items in blocks are hoisted to the program\'s items, under names only their block\'s paths use', () => {
    const p = parse('fn main() {\nfn helper(x: i32) -> i32 { x }\nstruct P { x: i32 }\nenum E { A }\nimpl P { fn get(&self) -> i32 { self.x } }\nconst K: i32 = 1;\nstatic S: i32 = 2;\ntrait T {}\ntype U = i32;\nhelper(K)\n}\n');
    expect(p.items.map((i) => i.kind)).toEqual(['fn', 'fn', 'struct', 'enum', 'impl', 'const', 'static', 'trait', 'typeAlias']);
    const main = bodyOf(itemOf('fn main() {\nfn helper() {}\nhelper()\n}\n', 'fn'));
    expect(main.stmts).toEqual([]);
    expect(shape(main.tail)).toMatchObject({ kind: 'call', callee: { kind: 'path', name: 'helper', blockPath: ['helper#block1'] } });
    expect(p.items.map((i) => ('name' in i ? i.name.name : i.kind))).toEqual(['main', 'helper#block1', 'P#block1', 'E#block1', 'impl', 'K#block1', 'S#block1', 'T#block1', 'U#block1']);
  });

  test('a block item shadows an item of the same name in its block only', () => {
    const p = parse('struct P;\nfn main() {\nlet a = P;\n{\nlet b: P = P;\nstruct P;\n}\n}\n');
    const names = p.items.map((i) => (i.kind === 'struct' ? i.name.name : i.kind));
    expect(names).toEqual(['P', 'fn', 'P#block2']);
    const main = bodyOf(itemOf('struct P;\nfn main() {\nlet a = P;\n{\nlet b: P = P;\nstruct P;\n}\n}\n', 'fn', 1));
    expect(shape(main.stmts[0])).toMatchObject({ kind: 'let', init: { kind: 'path', name: 'P' } });
    const inner = main.tail;
    if (inner?.kind !== 'block') throw new Error('expected a block');
    expect(shape(inner.block.stmts[0])).toMatchObject({ kind: 'let', ty: { kind: 'path', name: 'P#block2' }, init: { kind: 'path', name: 'P', blockPath: ['P#block2'] } });
  });

  test('a block\'s `use` makes its names stand for the paths it imports there', () => {
    const main = body('use std::collections::HashMap;\nuse E::{A as First, B};\nlet m: HashMap<i32, i32> = HashMap::new();\nmatch x { First => 1, B => 2 }');
    expect(shape(main.stmts[0])).toMatchObject({ kind: 'let', ty: { kind: 'path', path: { segments: [{ name: 'std' }, { name: 'collections' }, { name: 'HashMap' }] } }, init: { kind: 'call', callee: { kind: 'qualified', segments: ['std', 'collections', 'HashMap', 'new'] } } });
    expect(shape(main.tail)).toMatchObject({ kind: 'match', arms: [{ pattern: { kind: 'path', path: { segments: [{ name: 'E' }, { name: 'A' }] } } }, { pattern: { kind: 'path', path: { segments: [{ name: 'E' }, { name: 'B' }] } } }] });
    expect(where('fn main() {\nuse std::collections::*;\n}\n')).toMatchObject({ kind: 'unsupported', line: 2 });
    expect(where('fn main() {\nmod m {}\n}\n')).toMatchObject({ kind: 'unsupported', headline: 'unsupported: modules inside a block', line: 2 });
  });

  test('errors in item shapes, as rustc reports them', () => {
    expect(where('fn f(&self) {}')).toEqual({ kind: 'syntax', headline: '`self` parameter is only allowed in associated functions', line: 1, col: 6 });
    expect(where('struct S;\nimpl S { fn f(x: i32, &self) {} }')).toEqual({ kind: 'syntax', headline: 'unexpected `self` parameter in function', line: 2, col: 23 });
    expect(where('struct S;\nimpl S { fn f(); }')).toEqual({ kind: 'compile', headline: 'associated function in `impl` without body', line: 2, col: 10 });
    expect(where('fn f();')).toMatchObject({ kind: 'compile', headline: 'free function without a body' });
    expect(where('const X: i32;')).toEqual({ kind: 'compile', headline: 'free constant item without body', line: 1, col: 1 });
    expect(where('static X: i32;')).toMatchObject({ kind: 'compile', headline: 'free static item without body' });
    expect(where('struct S;\nimpl S { const X: i32; }')).toMatchObject({ kind: 'compile', headline: 'associated constant in `impl` without body', col: 10 });
    expect(where('struct S;\nimpl S { static X: i32 = 1; }')).toMatchObject({ kind: 'compile', headline: 'associated `static` items are not allowed' });
    expect(where('trait T { type X = i32; }')).toMatchObject({ kind: 'compile', headline: 'associated type defaults are unstable' });
    expect(diag('trait T { type X = i32; }').code).toBe('E0658');
    expect(where('struct S;\nimpl S { type X; }')).toMatchObject({ kind: 'compile', headline: 'associated type in `impl` without body' });
    expect(where('static ref X: i32 = 1;')).toMatchObject({ kind: 'syntax', headline: 'expected identifier, found keyword `ref`', col: 8 });
  });
});

describe('types', () => {
  test('paths keep every segment and generic argument', () => {
    const [a, b, c, d] = paramTypes('a: std::collections::HashMap<String, Vec<u8>>, b: Self, c: Self::Item, d: Box<dyn Iterator<Item = u32>>');
    expect(shape(a)).toMatchObject({
      kind: 'path',
      name: 'HashMap',
      args: [{ name: 'String' }, { name: 'Vec', args: [{ name: 'u8' }] }],
      path: { segments: [{ name: 'std', args: [] }, { name: 'collections', args: [] }, { name: 'HashMap', args: [{ name: 'String' }, { name: 'Vec' }] }], bindings: [] },
    });
    expect(shape(b)).toEqual({ kind: 'path', name: 'Self', args: [], path: { ...segs('Self'), bindings: [] } });
    expect(shape(c)).toMatchObject({ kind: 'path', name: 'Item', path: segs('Self', 'Item') });
    expect(shape(d)).toEqual({
      kind: 'path',
      name: 'Box',
      args: [{ kind: 'dynTrait', bounds: [{ ...segs('Iterator'), bindings: [{ name: { name: 'Item' }, ty: U32 }] }] }],
      path: { segments: [{ name: 'Box', args: [{ kind: 'dynTrait', bounds: [{ ...segs('Iterator'), bindings: [{ name: { name: 'Item' }, ty: U32 }] }] }] }], bindings: [] },
    });
  });

  test('arrays, slices, inference, pointers, fn pointers, never', () => {
    const src = 'fn f(a: [u8; 4], b: &[i32], c: *const u8, d: *mut i32, e: fn(i32, bool) -> i32, g: fn(x: u8)) -> ! { let v: Vec<_> = x; let w: _ = 1; loop {} }';
    const f = fnItem(src);
    const [a, b, c, d, e, g] = f.params.map((p) => p.ty);
    expect(shape(a)).toMatchObject({ kind: 'array', elem: { name: 'u8' }, len: int(4) });
    expect(shape(b)).toMatchObject({ kind: 'ref', mutable: false, inner: { kind: 'slice', elem: { name: 'i32' } } });
    expect(shape(c)).toMatchObject({ kind: 'rawPointer', mutable: false, inner: { name: 'u8' } });
    expect(shape(d)).toMatchObject({ kind: 'rawPointer', mutable: true, inner: { name: 'i32' } });
    expect(shape(e)).toMatchObject({ kind: 'fnPointer', params: [{ name: 'i32' }, { name: 'bool' }], ret: { name: 'i32' } });
    expect(shape(g)).toMatchObject({ kind: 'fnPointer', params: [{ name: 'u8' }], ret: null });
    const lets = bodyOf(f).stmts.map((s) => (s.kind === 'let' ? shape(s.ty) : null));
    expect(lets).toMatchObject([{ kind: 'path', name: 'Vec', args: [{ kind: 'infer' }] }, { kind: 'infer' }]);
    expect(a?.kind === 'array' ? textOf(src, a.len.span) : null).toBe('4');
  });

  test('impl Trait, dyn Trait and the Fn sugar', () => {
    const src = "fn f(a: impl Display + Clone + 'static, b: &dyn Fn(i32, u8) -> bool, c: Box<dyn FnMut() + Send + 'a>, d: &(dyn A + B)) -> impl Fn(i32) -> i32 { g }";
    const f = fnItem(src);
    const [a, b, c, d] = f.params.map((p) => p.ty);
    expect(shape(a)).toEqual({ kind: 'implTrait', bounds: [{ ...segs('Display'), bindings: [] }, { ...segs('Clone'), bindings: [] }] });
    // `Fn(i32, u8) -> bool` is `Fn<(i32, u8), Output = bool>`.
    expect(shape(b)).toMatchObject({
      kind: 'ref',
      inner: {
        kind: 'dynTrait',
        bounds: [
          {
            segments: [{ name: 'Fn', args: [{ kind: 'tuple', elems: [{ name: 'i32' }, { name: 'u8' }] }] }],
            bindings: [{ name: { name: 'Output' }, ty: { kind: 'path', name: 'bool' } }],
          },
        ],
      },
    });
    if (b?.kind !== 'ref' || b.inner.kind !== 'dynTrait') throw new Error('dyn expected');
    const fnBound = b.inner.bounds[0]!;
    expect(textOf(src, fnBound.span)).toBe('Fn(i32, u8) -> bool');
    expect(textOf(src, fnBound.segments[0]!.args[0]!.span)).toBe('(i32, u8)');
    // Without `-> R` the output is `()`.
    expect(shape(c)).toMatchObject({
      kind: 'path',
      name: 'Box',
      args: [
        {
          kind: 'dynTrait',
          bounds: [
            { segments: [{ name: 'FnMut', args: [{ kind: 'tuple', elems: [] }] }], bindings: [{ name: { name: 'Output' }, ty: { kind: 'tuple', elems: [] } }] },
            { segments: [{ name: 'Send' }] },
          ],
        },
      ],
    });
    expect(shape(d)).toMatchObject({ kind: 'ref', inner: { kind: 'dynTrait', bounds: [{ segments: [{ name: 'A' }] }, { segments: [{ name: 'B' }] }] } });
    expect(shape(f.ret)).toMatchObject({ kind: 'implTrait', bounds: [{ segments: [{ name: 'Fn' }], bindings: [{ name: { name: 'Output' } }] }] });
    expect(shape(fnItem('fn f<F: FnOnce(String) -> usize>(f: F) {}').generics.params[0]?.bounds)).toMatchObject([
      { segments: [{ name: 'FnOnce', args: [{ kind: 'tuple', elems: [{ name: 'String' }] }] }], bindings: [{ ty: { name: 'usize' } }] },
    ]);
  });

  test('lifetimes are erased everywhere', () => {
    const src = "struct S<'a> { r: &'a i32 }\nimpl<'a> S<'a> { fn get(&self) -> &'a i32 { self.r } }\nfn f<'a, 'b: 'a>(x: &'a str, y: &'static str, z: S<'b>) -> &'a str { x }";
    const p = parse(src);
    expect(shape(p.items[0])).toMatchObject({ generics: { params: [] }, fields: [{ ty: { kind: 'ref', inner: { name: 'i32' } } }] });
    expect(shape(p.items[1])).toMatchObject({ generics: { params: [] }, selfTy: { kind: 'path', name: 'S', args: [] } });
    expect(shape((p.items[2] as FnItem).params.map((x) => x.ty))).toMatchObject([
      { kind: 'ref', inner: { name: 'str' } },
      { kind: 'ref', inner: { name: 'str' } },
      { kind: 'path', name: 'S', args: [] },
    ]);
  });

  test('type errors', () => {
    expect(where('fn f(x: Box<Fn(i32)>) {}')).toEqual({ kind: 'compile', headline: 'expected a type, found a trait', line: 1, col: 13 });
    expect(where('fn f(x: Box<A + Send>) {}')).toMatchObject({ kind: 'compile', headline: 'expected a type, found a trait', col: 13 });
    expect(diag('fn f(x: Box<A + Send>) {}').code).toBe('E0782');
  });
});

describe('patterns', () => {
  test('bindings: mut, ref, ref mut, @', () => {
    expect(shape(letPattern('let mut x = 1;'))).toEqual(bind('x', { mutable: true }));
    expect(shape(letPattern('let ref x = 1;'))).toEqual(bind('x', { byRef: 'ref' }));
    expect(shape(letPattern('let ref mut x = 1;'))).toEqual(bind('x', { byRef: 'refMut' }));
    expect(shape(letPattern('let n @ 1..=3 = 2;'))).toEqual(bind('n', { subpattern: { kind: 'range', start: int(1), end: int(3), inclusive: true } }));
    const src = 'fn main() {\n    let ref mut abc = 1;\n}\n';
    const p = bodyOf(fnItem(src)).stmts[0];
    if (p?.kind !== 'let' || p.pattern.kind !== 'binding') throw new Error('binding expected');
    expect(textOf(src, p.pattern.span)).toBe('ref mut abc');
    expect(textOf(src, p.pattern.name.span)).toBe('abc');
  });

  test('tuples, wildcards, rest, references, slices', () => {
    expect(shape(letPattern('let (a, mut b, _, ..) = t;'))).toEqual({
      kind: 'tuple',
      elems: [bind('a'), bind('b', { mutable: true }), { kind: 'wildcard' }, { kind: 'rest' }],
    });
    expect(shape(letPattern('let &(x, &mut y) = t;'))).toEqual({ kind: 'ref', mutable: false, inner: { kind: 'tuple', elems: [bind('x'), { kind: 'ref', mutable: true, inner: bind('y') }] } });
    expect(shape(letPattern('let [first, .., last] = a;'))).toEqual({ kind: 'slice', elems: [bind('first'), { kind: 'rest' }, bind('last')] });
    expect(shape(letPattern('let [x, rest @ ..] = a;'))).toEqual({ kind: 'slice', elems: [bind('x'), bind('rest', { subpattern: { kind: 'rest' } })] });
    expect(shape(letPattern('let _ = 1;'))).toEqual({ kind: 'wildcard' });
  });

  test('struct, tuple-struct and path patterns', () => {
    expect(shape(letPattern('let Point { x, y: 0, ref z, mut w, .. } = p;'))).toEqual({
      kind: 'struct',
      path: segs('Point'),
      fields: [
        { name: { name: 'x' }, pattern: bind('x') },
        { name: { name: 'y' }, pattern: { kind: 'literal', value: int(0) } },
        { name: { name: 'z' }, pattern: bind('z', { byRef: 'ref' }) },
        { name: { name: 'w' }, pattern: bind('w', { mutable: true }) },
      ],
      rest: true,
    });
    expect(shape(letPattern('let Shape::Circle { radius } = s;'))).toMatchObject({ kind: 'struct', path: segs('Shape', 'Circle'), rest: false });
    expect(shape(letPattern('let Some(Wrapper(x, ..)) = o;'))).toEqual({
      kind: 'tupleStruct',
      path: segs('Some'),
      elems: [{ kind: 'tupleStruct', path: segs('Wrapper'), elems: [bind('x'), { kind: 'rest' }] }],
    });
    expect(shape(letPattern('let Color::Red = c;'))).toEqual({ kind: 'path', path: segs('Color', 'Red') });
    // A lone identifier is a binding; resolution decides whether it names a unit variant.
    expect(shape(letPattern('let None = c;'))).toEqual(bind('None'));
    expect(shape(letPattern('let Foo::<i32>::Bar(_) = c;'))).toMatchObject({ kind: 'tupleStruct', path: { segments: [{ name: 'Foo', args: [{ name: 'i32' }] }, { name: 'Bar', args: [] }] } });
  });

  test('literals and ranges', () => {
    const src = "match x { -5 | 1..=5 | 'a'..='z' | ..=9 | 10.. | 1..3 | \"s\" | true | 2.5 | b'x' | MIN..=Self::MAX => {} }";
    const m = firstExpr(src);
    if (m.kind !== 'match') throw new Error('match expected');
    const p = m.arms[0]?.pattern;
    expect(shape(p)).toEqual({
      kind: 'or',
      alts: [
        { kind: 'literal', value: { kind: 'unary', op: '-', operand: int(5) } },
        { kind: 'range', start: int(1), end: int(5), inclusive: true },
        { kind: 'range', start: { kind: 'char', value: 97 }, end: { kind: 'char', value: 122 }, inclusive: true },
        { kind: 'range', start: null, end: int(9), inclusive: true },
        { kind: 'range', start: int(10), end: null, inclusive: false },
        { kind: 'range', start: int(1), end: int(3), inclusive: false },
        { kind: 'literal', value: { kind: 'str', value: 's', byte: false } },
        { kind: 'literal', value: { kind: 'bool', value: true } },
        { kind: 'literal', value: { kind: 'float', text: '2.5', suffix: null } },
        { kind: 'literal', value: { kind: 'byte', value: 120 } },
        { kind: 'range', start: { kind: 'path', name: 'MIN' }, end: { kind: 'qualified', segments: ['Self', 'MAX'], path: segs('Self', 'MAX') }, inclusive: true },
      ],
    });
    if (p?.kind !== 'or') throw new Error('or expected');
    const full = `fn main() {\n${src}\n}\n`;
    expect(textOf(full, p.alts[0]!.span)).toBe('-5');
    expect(textOf(full, p.span)).toBe(src.slice(10, src.indexOf(' =>')));
  });

  test('or-patterns with a leading `|`, nested or-patterns', () => {
    const m = firstExpr('match x { | A | B => 1, Some(1 | 2) => 2, _ => 3 }');
    if (m.kind !== 'match') throw new Error('match expected');
    expect(shape(m.arms.map((a) => a.pattern))).toEqual([
      { kind: 'or', alts: [bind('A'), bind('B')] },
      { kind: 'tupleStruct', path: segs('Some'), elems: [{ kind: 'or', alts: [{ kind: 'literal', value: int(1) }, { kind: 'literal', value: int(2) }] }] },
      { kind: 'wildcard' },
    ]);
  });

  test('patterns in parameters, closures and for loops', () => {
    const f = fnItem('fn f((a, b): (i32, i32), Point { x, .. }: Point, mut c: u8, _: bool) {}');
    expect(shape(f.params.map((p) => p.pattern))).toEqual([
      { kind: 'tuple', elems: [bind('a'), bind('b')] },
      { kind: 'struct', path: segs('Point'), fields: [{ name: { name: 'x' }, pattern: bind('x') }], rest: true },
      bind('c', { mutable: true }),
      { kind: 'wildcard' },
    ]);
    const c = firstExpr('let f = |(x, y), &z, _, mut w: i32| x;');
    if (c.kind !== 'closure') throw new Error('closure expected');
    expect(shape(c.params)).toEqual([
      { pattern: { kind: 'tuple', elems: [bind('x'), bind('y')] }, ty: null },
      { pattern: { kind: 'ref', mutable: false, inner: bind('z') }, ty: null },
      { pattern: { kind: 'wildcard' }, ty: null },
      { pattern: bind('w', { mutable: true }), ty: I32 },
    ]);
  });

  test('a destructuring for pattern binds a hidden name and destructures it in the body', () => {
    const src = 'fn main() {\n    for (i, &x) in v.iter().enumerate() { f(i, x); }\n}\n';
    const e = bodyOf(fnItem(src)).tail;
    if (e?.kind !== 'for') throw new Error('for expected');
    expect(e.pattern.name.name).toBe(FOR_PATTERN_NAME);
    expect(textOf(src, e.pattern.span)).toBe('(i, &x)');
    const first = e.body.stmts[0];
    expect(shape(first)).toEqual({
      kind: 'let',
      pattern: { kind: 'tuple', elems: [bind('i'), { kind: 'ref', mutable: false, inner: bind('x') }] },
      ty: null,
      init: { kind: 'path', name: FOR_PATTERN_NAME },
      elseBlock: null,
    });
    expect(e.body.stmts).toHaveLength(2);
    // A plain binding stays the loop's own pattern.
    const g = firstExpr('for x in v {}');
    expect(g.kind === 'for' ? g.pattern.name.name : null).toBe('x');
  });

  test('pattern errors', () => {
    expect(where('fn main() {\n    let mut (a, b) = (1, 2);\n}')).toEqual({ kind: 'syntax', headline: '`mut` must be attached to each individual binding', line: 2, col: 9 });
    expect(where('fn main() { match 1 { 1...5 => {} _ => {} } }')).toEqual({ kind: 'compile', headline: '`...` range patterns are deprecated', line: 1, col: 23 });
    expect(diag('fn main() { match 1 { 1...5 => {} _ => {} } }').code).toBe('E0783');
  });
});

describe('statements and expressions', () => {
  test('let with type and else block', () => {
    const src = 'let Some(x): Option<i32> = y else { return; };';
    const s = body(src).stmts[0];
    expect(shape(s)).toMatchObject({
      kind: 'let',
      pattern: { kind: 'tupleStruct', path: segs('Some'), elems: [bind('x')] },
      ty: { kind: 'path', name: 'Option', args: [{ name: 'i32' }] },
      init: { kind: 'path', name: 'y' },
      elseBlock: { stmts: [{ kind: 'expr', expr: { kind: 'return', value: null }, semi: true }], tail: null },
    });
    expect(shape(body('let x = 1;').stmts[0])).toMatchObject({ elseBlock: null });
  });

  test('float, char, string, byte literals', () => {
    const lits = body("1e10; 2.5; 1.; 1_000.5_0f32; 2f64; 1E-3; 'a'; '\\n'; '\\u{1F600}'; '\\''; \"a\\tb\"; r\"x\\n\"; r#\"q\"#; b\"ab\\xff\"; br\"z\"; b'a'; b'\\x7f'; '😀';").stmts.map((s) => shape(stmtExpr(s)));
    expect(lits).toEqual([
      { kind: 'float', text: '1e10', suffix: null },
      { kind: 'float', text: '2.5', suffix: null },
      { kind: 'float', text: '1.', suffix: null },
      { kind: 'float', text: '1000.50', suffix: 'f32' },
      { kind: 'float', text: '2', suffix: 'f64' },
      { kind: 'float', text: '1E-3', suffix: null },
      { kind: 'char', value: 97 },
      { kind: 'char', value: 10 },
      { kind: 'char', value: 0x1f600 },
      { kind: 'char', value: 39 },
      { kind: 'str', value: 'a\tb', byte: false },
      { kind: 'str', value: 'x\\n', byte: false },
      { kind: 'str', value: 'q', byte: false },
      { kind: 'str', value: 'ab\xff', byte: true },
      { kind: 'str', value: 'z', byte: true },
      { kind: 'byte', value: 97 },
      { kind: 'byte', value: 127 },
      { kind: 'char', value: 0x1f600 },
    ]);
  });

  test('literal errors, located like rustc', () => {
    const at = (e: string): { headline: string; col: number } => {
      const d = diag(`fn main() { let c = ${e}; }`);
      return { headline: d.headline, col: d.span.col };
    };
    expect(at("'ab'")).toEqual({ headline: 'character literal may only contain one codepoint', col: 21 });
    expect(at("''")).toEqual({ headline: 'empty character literal', col: 22 });
    expect(at("b'é'")).toEqual({ headline: 'non-ASCII character in byte literal', col: 23 });
    expect(at('b"é"')).toEqual({ headline: 'non-ASCII character in byte string literal', col: 23 });
    expect(at('b"\\u{41}"')).toEqual({ headline: 'unicode escape in byte string', col: 23 });
    expect(at("'\\q'")).toEqual({ headline: 'unknown character escape: `q`', col: 23 });
    expect(at("'\\u{110000}'")).toEqual({ headline: 'invalid unicode character escape', col: 22 });
    expect(at("'\\x80'")).toEqual({ headline: 'out of range hex escape', col: 22 });
    expect(at('1.0u8')).toEqual({ headline: 'invalid suffix `u8` for float literal', col: 21 });
    expect(at('1.0e')).toEqual({ headline: 'expected at least one digit in exponent', col: 21 });
    expect(at('1e+')).toEqual({ headline: 'expected at least one digit in exponent', col: 21 });
    expect(at("'a'x")).toEqual({ headline: 'suffixes on char literals are invalid', col: 21 });
    expect(at('"a"x')).toEqual({ headline: 'suffixes on string literals are invalid', col: 21 });
    expect(where('fn main() { let t = (1,); t.0u8; }')).toMatchObject({ kind: 'syntax', headline: 'suffixes on a tuple index are invalid', col: 29 });
  });

  test('tuples, arrays, indexing, fields', () => {
    expect(shape(firstExpr('let t = (1, x);'))).toEqual({ kind: 'tuple', elems: [int(1), { kind: 'path', name: 'x' }] });
    expect(shape(firstExpr('let t = (1,);'))).toEqual({ kind: 'tuple', elems: [int(1)] });
    expect(shape(firstExpr('let a = [1, 2];'))).toEqual({ kind: 'array', elems: [int(1), int(2)] });
    expect(shape(firstExpr('let a = [0u8; 4];'))).toEqual({ kind: 'arrayRepeat', value: { kind: 'int', value: 0n, suffix: 'u8' }, count: int(4) });
    expect(shape(firstExpr('let e = a[i + 1];'))).toEqual({ kind: 'index', base: { kind: 'path', name: 'a' }, index: { kind: 'binary', op: '+', left: { kind: 'path', name: 'i' }, right: int(1) } });
    const src = 'fn main() {\n    let z = self.p.0.1;\n}\n';
    const e = bodyOf(fnItem(src)).stmts[0];
    if (e?.kind !== 'let' || e.init?.kind !== 'field') throw new Error('field expected');
    expect(shape(e.init)).toMatchObject({
      kind: 'field',
      name: '1',
      base: { kind: 'field', name: '0', base: { kind: 'field', name: 'p', base: { kind: 'path', name: 'self' } } },
    });
    expect(textOf(src, e.init.nameSpan)).toBe('1');
    if (e.init.base.kind !== 'field') throw new Error('field expected');
    expect(textOf(src, e.init.base.nameSpan)).toBe('0');
  });

  test('method calls, with turbofish', () => {
    const src = 'fn main() {\n    let v = it.map(f).collect::<Vec<_>>();\n}\n';
    const e = bodyOf(fnItem(src)).stmts[0];
    if (e?.kind !== 'let' || e.init?.kind !== 'methodCall') throw new Error('method call expected');
    expect(shape(e.init)).toMatchObject({
      kind: 'methodCall',
      receiver: { kind: 'methodCall', receiver: { kind: 'path', name: 'it' }, method: { name: 'map' }, turbofish: [], args: [{ kind: 'path', name: 'f' }] },
      method: { name: 'collect' },
      turbofish: [{ kind: 'path', name: 'Vec', args: [{ kind: 'infer' }] }],
      args: [],
    });
    expect(textOf(src, e.init.method.span)).toBe('collect');
    expect(textOf(src, e.init.span)).toBe('it.map(f).collect::<Vec<_>>()');
    // A parenthesized field is called, not a method.
    expect(shape(firstExpr('(s.f)(1);'))).toMatchObject({ kind: 'call', callee: { kind: 'paren', inner: { kind: 'field', name: 'f' } } });
  });

  test('struct literals: shorthand, base, paths', () => {
    const src = 'fn main() {\n    let p = Point { x, y: 2, ..Point::origin() };\n}\n';
    const e = bodyOf(fnItem(src)).stmts[0];
    if (e?.kind !== 'let' || e.init?.kind !== 'structLit') throw new Error('struct literal expected');
    expect(shape(e.init)).toEqual({
      kind: 'structLit',
      path: segs('Point'),
      fields: [
        { name: { name: 'x' }, value: { kind: 'path', name: 'x' } },
        { name: { name: 'y' }, value: int(2) },
      ],
      base: { kind: 'call', callee: { kind: 'qualified', segments: ['Point', 'origin'], path: segs('Point', 'origin') }, args: [] },
    });
    expect(textOf(src, e.init.fields[0]!.value.span)).toBe('x');
    expect(shape(firstExpr('let s = Shape::Circle { r: 1 };'))).toMatchObject({ kind: 'structLit', path: segs('Shape', 'Circle') });
    expect(shape(firstExpr('let s = Self { a };'))).toMatchObject({ kind: 'structLit', path: segs('Self') });
    expect(shape(firstExpr('let s = W::<u8> { 0: a };'))).toMatchObject({ kind: 'structLit', path: { segments: [{ name: 'W', args: [{ name: 'u8' }] }] }, fields: [{ name: { name: '0' } }] });
  });

  test('match with guards and block bodies', () => {
    const src = 'fn main() {\n    match n {\n        0 => "zero",\n        x if x < 0 => { "neg" }\n        _ => "pos",\n    };\n}\n';
    const s = bodyOf(fnItem(src)).stmts[0];
    const m = stmtExpr(s);
    if (m.kind !== 'match') throw new Error('match expected');
    expect(shape(m)).toEqual({
      kind: 'match',
      scrutinee: { kind: 'path', name: 'n' },
      arms: [
        { pattern: { kind: 'literal', value: int(0) }, guard: null, body: { kind: 'str', value: 'zero', byte: false } },
        {
          pattern: bind('x'),
          guard: { kind: 'binary', op: '<', left: { kind: 'path', name: 'x' }, right: int(0) },
          body: { kind: 'block', label: null, block: { stmts: [], tail: { kind: 'str', value: 'neg', byte: false } } },
        },
        { pattern: { kind: 'wildcard' }, guard: null, body: { kind: 'str', value: 'pos', byte: false } },
      ],
    });
    expect(textOf(src, m.arms[1]!.span)).toBe('x if x < 0 => { "neg" }');
    expect(s?.kind === 'expr' && s.semi).toBe(true);
  });

  test('if let, while let and let chains', () => {
    expect(shape(firstExpr('if let Some(x) = o { x } else { 0 }'))).toMatchObject({
      kind: 'if',
      cond: { kind: 'let', pattern: { kind: 'tupleStruct', path: segs('Some'), elems: [bind('x')] }, value: { kind: 'path', name: 'o' } },
    });
    expect(shape(firstExpr('while let Some(top) = stack.pop() {}'))).toMatchObject({ kind: 'while', cond: { kind: 'let', pattern: { kind: 'tupleStruct' }, value: { kind: 'methodCall' } } });
    const src = 'fn main() {\n    if let Some(x) = a && x > 0 && let Ok(y) = f(x) {}\n}\n';
    const e = bodyOf(fnItem(src)).tail;
    if (e?.kind !== 'if') throw new Error('if expected');
    expect(shape(e.cond)).toMatchObject({
      kind: 'binary',
      op: '&&',
      left: { kind: 'binary', op: '&&', left: { kind: 'let' }, right: { kind: 'binary', op: '>' } },
      right: { kind: 'let', pattern: { kind: 'tupleStruct', path: segs('Ok') } },
    });
    expect(textOf(src, e.cond.span)).toBe('let Some(x) = a && x > 0 && let Ok(y) = f(x)');
    if (e.cond.kind !== 'binary') throw new Error('binary expected');
    expect(textOf(src, e.cond.left.span)).toBe('let Some(x) = a && x > 0');
  });

  test('closures', () => {
    expect(shape(firstExpr('let f = |a, b: i32| a + b;'))).toEqual({
      kind: 'closure',
      params: [
        { pattern: bind('a'), ty: null },
        { pattern: bind('b'), ty: I32 },
      ],
      ret: null,
      body: { kind: 'binary', op: '+', left: { kind: 'path', name: 'a' }, right: { kind: 'path', name: 'b' } },
      isMove: false,
    });
    expect(shape(firstExpr('let f = move || -> i32 { 1 };'))).toEqual({
      kind: 'closure',
      params: [],
      ret: I32,
      body: { kind: 'block', label: null, block: { stmts: [], tail: int(1) } },
      isMove: true,
    });
    const src = 'fn main() {\n    let f = |x| x;\n}\n';
    const e = bodyOf(fnItem(src)).stmts[0];
    if (e?.kind !== 'let' || e.init?.kind !== 'closure') throw new Error('closure expected');
    expect(textOf(src, e.init.params[0]!.span)).toBe('x');
    expect(textOf(src, e.init.span)).toBe('|x| x');
  });

  test('destructuring assignment and `_`', () => {
    expect(shape(firstExpr('_ = f();'))).toEqual({ kind: 'assign', target: { kind: 'path', name: '_' }, value: { kind: 'call', callee: { kind: 'path', name: 'f' }, args: [] } });
    expect(shape(firstExpr('(a, _) = (b, a);'))).toMatchObject({ kind: 'assign', target: { kind: 'tuple', elems: [{ name: 'a' }, { name: '_' }] } });
    expect(where('fn main() { let x = _; }')).toEqual({ kind: 'compile', headline: 'in expressions, `_` can only be used on the left-hand side of an assignment', line: 1, col: 21 });
  });

  test('removed and misplaced syntax, as rustc reports it', () => {
    expect(where('fn main() { let x = box 5; }')).toEqual({ kind: 'syntax', headline: '`box_syntax` has been removed', line: 1, col: 21 });
    expect(where('fn f(i32) {}')).toEqual({ kind: 'syntax', headline: 'expected one of `:`, `@`, or `|`, found `)`', line: 1, col: 9 });
    expect(where('fn f(a: u8, _) {}')).toEqual({ kind: 'syntax', headline: 'expected one of `:` or `|`, found `)`', line: 1, col: 14 });
    expect(where('fn main() {}\n#![allow(unused)]')).toEqual({ kind: 'syntax', headline: 'an inner attribute is not permitted in this context', line: 2, col: 1 });
  });

  test('the ? operator', () => {
    expect(shape(firstExpr('let n = s.parse::<i32>()?;'))).toMatchObject({
      kind: 'try',
      operand: { kind: 'methodCall', method: { name: 'parse' }, turbofish: [{ name: 'i32' }] },
    });
  });

  test('paths with generic arguments, Self, self, qualified types', () => {
    expect(shape(firstExpr('Vec::<i32>::new();'))).toEqual({
      kind: 'call',
      callee: { kind: 'qualified', segments: ['Vec', 'new'], path: { segments: [{ name: 'Vec', args: [I32] }, { name: 'new', args: [] }] } },
      args: [],
    });
    expect(shape(firstExpr('let h = std::collections::HashMap::<String, u32>::new;'))).toMatchObject({
      kind: 'qualified',
      segments: ['std', 'collections', 'HashMap', 'new'],
      path: { segments: [{ name: 'std' }, { name: 'collections' }, { name: 'HashMap', args: [{ name: 'String' }, { name: 'u32' }] }, { name: 'new' }] },
    });
    expect(shape(firstExpr('let f = size_of::<u8>;'))).toEqual({ kind: 'qualified', segments: ['size_of'], path: { segments: [{ name: 'size_of', args: [{ kind: 'path', name: 'u8', args: [], path: { ...segs('u8'), bindings: [] } }] }] } });
    expect(shape(firstExpr('let s = Self;'))).toEqual({ kind: 'path', name: 'Self' });
    expect(shape(firstExpr('let s = self;'))).toEqual({ kind: 'path', name: 'self' });
    expect(shape(firstExpr('let s = Self::new();'))).toMatchObject({ kind: 'call', callee: { kind: 'qualified', segments: ['Self', 'new'] } });
    expect(shape(firstExpr('let d = <T as Default>::default();'))).toEqual({
      kind: 'call',
      callee: {
        kind: 'qualifiedType',
        selfTy: { kind: 'path', name: 'T', args: [], path: { ...segs('T'), bindings: [] } },
        trait: { ...segs('Default'), bindings: [] },
        rest: [{ name: 'default', args: [] }],
      },
      args: [],
    });
    expect(shape(firstExpr('let v = <Vec<i32>>::with_capacity::<u8>;'))).toMatchObject({
      kind: 'qualifiedType',
      selfTy: { kind: 'path', name: 'Vec', args: [{ name: 'i32' }] },
      trait: null,
      rest: [{ name: 'with_capacity', args: [{ name: 'u8' }] }],
    });
    const src = 'fn main() {\n    let v = Vec::<i32>::new;\n}\n';
    const e = bodyOf(fnItem(src)).stmts[0];
    if (e?.kind !== 'let' || e.init?.kind !== 'qualified') throw new Error('qualified expected');
    expect(textOf(src, e.init.path.segments[0]!.span)).toBe('Vec::<i32>');
    expect(textOf(src, e.init.path.segments[1]!.span)).toBe('new');
  });
});

describe('more macros', () => {
  test('format!, write! and writeln!', () => {
    const b = body('let s = format!("{x} {}", 1);\nwrite!(f, "{}", 2)?;\nwriteln!(f)?;\nwriteln!(out.w, "a")');
    const [s0, s1, s2] = b.stmts;
    const fmt = s0?.kind === 'let' ? s0.init : null;
    expect(shape(fmt)).toMatchObject({ kind: 'macro', name: 'format', args: [], format: { positional: [int(1)], named: [{ name: 'x' }] } });
    const w = stmtExpr(s1);
    expect(shape(w)).toMatchObject({ kind: 'try', operand: { kind: 'macro', name: 'write', args: [{ kind: 'path', name: 'f' }], format: { pieces: [{ kind: 'arg' }], positional: [int(2)] } } });
    expect(shape(stmtExpr(s2))).toMatchObject({ kind: 'try', operand: { kind: 'macro', name: 'writeln', args: [{ kind: 'path', name: 'f' }], format: { pieces: [], positional: [], named: [] } } });
    expect(shape(b.tail)).toMatchObject({ kind: 'macro', name: 'writeln', args: [{ kind: 'field', name: 'w' }], format: { pieces: [{ kind: 'text', text: 'a' }] } });
  });

  test('vec! in its three forms', () => {
    expect(shape(firstExpr('let v = vec![1, 2, 3];'))).toEqual({ kind: 'macro', name: 'vec', args: [int(1), int(2), int(3)], format: null, repeat: false });
    expect(shape(firstExpr('let v = vec![0; n];'))).toEqual({ kind: 'macro', name: 'vec', args: [int(0), { kind: 'path', name: 'n' }], format: null, repeat: true });
    expect(shape(firstExpr('let v: Vec<i32> = vec![];'))).toEqual({ kind: 'macro', name: 'vec', args: [], format: null, repeat: false });
    expect(shape(firstExpr('let v = vec!(|a, b| a + b, g);'))).toMatchObject({ kind: 'macro', name: 'vec', args: [{ kind: 'closure' }, { kind: 'path', name: 'g' }] });
    const src = 'fn main() {\n    let v = vec![String::new(), x.to_string()];\n}\n';
    const e = bodyOf(fnItem(src)).stmts[0];
    if (e?.kind !== 'let' || e.init?.kind !== 'macro') throw new Error('macro expected');
    expect(textOf(src, e.init.args[1]!.span)).toBe('x.to_string()');
    expect(textOf(src, e.init.span)).toBe('vec![String::new(), x.to_string()]');
  });

  test('matches! with and without a guard', () => {
    const src = 'fn main() {\n    let a = matches!(c, \'a\'..=\'z\' | \'_\');\n    let b = matches!(o, Some(x) if x > 2,);\n}\n';
    const [s0, s1] = bodyOf(fnItem(src)).stmts;
    const a = s0?.kind === 'let' ? s0.init : null;
    const b = s1?.kind === 'let' ? s1.init : null;
    if (a?.kind !== 'macro' || b?.kind !== 'macro') throw new Error('macros expected');
    expect(shape(a)).toEqual({
      kind: 'macro',
      name: 'matches',
      args: [{ kind: 'path', name: 'c' }],
      format: null,
      pattern: {
        kind: 'or',
        alts: [
          { kind: 'range', start: { kind: 'char', value: 97 }, end: { kind: 'char', value: 122 }, inclusive: true },
          { kind: 'literal', value: { kind: 'char', value: 95 } },
        ],
      },
      guard: null,
    });
    expect(textOf(src, a.pattern!.span)).toBe("'a'..='z' | '_'");
    expect(shape(b)).toMatchObject({ pattern: { kind: 'tupleStruct', path: segs('Some'), elems: [bind('x')] }, guard: { kind: 'binary', op: '>' } });
    expect(textOf(src, b.guard!.span)).toBe('x > 2');
    expect(b.guard!.span).toMatchObject({ line: 3, col: 36 });
  });

  test('debug asserts', () => {
    const ms = body('debug_assert!(a);\ndebug_assert_eq!(a, b);\ndebug_assert_ne!(a, b, "m {}", 1);').stmts.map((s) => stmtExpr(s));
    expect(ms.map((m) => (m.kind === 'macro' ? [m.name, m.args.length, m.format === null ? null : m.format.positional.length] : null))).toEqual([
      ['debug_assert', 1, null],
      ['debug_assert_eq', 2, null],
      ['debug_assert_ne', 2, 1],
    ]);
  });

  test('closures and generic arguments at the top level of macro arguments', () => {
    const f = formatOf(firstExpr('println!("{} {:?} {}", apply(|a, b| a + b), HashMap::<i32, u8>::new(), |x: i32, y: i32| x);'));
    expect(f.positional.map((e) => e.kind)).toEqual(['call', 'call', 'closure']);
    const g = firstExpr('assert!(v.iter().all(|x| *x > 0), "bad {:?}", v);');
    expect(shape(g)).toMatchObject({ kind: 'macro', name: 'assert', args: [{ kind: 'methodCall', method: { name: 'all' } }] });
    expect(shape(firstExpr('assert_eq!(f::<u8, u16>(1), (a < b, c > d));'))).toMatchObject({
      kind: 'macro',
      args: [{ kind: 'call' }, { kind: 'tuple', elems: [{ kind: 'binary', op: '<' }, { kind: 'binary', op: '>' }] }],
    });
    expect(shape(firstExpr('assert!(matches!(x, Some(_)));'))).toMatchObject({ kind: 'macro', name: 'assert', args: [{ kind: 'macro', name: 'matches', pattern: { kind: 'tupleStruct' } }] });
    expect(shape(firstExpr('matches!(f::<A, B>(), Some(_) | None);'))).toMatchObject({
      kind: 'macro',
      name: 'matches',
      args: [{ kind: 'call', callee: { kind: 'qualified', segments: ['f'] } }],
      pattern: { kind: 'or', alts: [{ kind: 'tupleStruct' }, bind('None')] },
    });
  });

  test('macro errors as rustc reports them', () => {
    const line = (call: string): string => `fn main() {\n    ${call}\n}\n`;
    expect(where(line('write!(f);'))).toEqual({ kind: 'compile', headline: 'requires a destination and format arguments, like `write!(dest, "format string", args...)`', line: 2, col: 5 });
    expect(where(line('writeln!();')).headline).toBe('requires a destination and format arguments, like `writeln!(dest, "format string", args...)`');
    expect(where(line('let s = format!();'))).toEqual({ kind: 'compile', headline: 'requires at least a format string argument', line: 2, col: 13 });
    expect(where(line('matches!(x);'))).toMatchObject({ kind: 'compile', headline: 'unexpected end of macro invocation', col: 15 });
    expect(where(line('matches!(x, );'))).toMatchObject({ kind: 'compile', headline: 'unexpected end of macro invocation' });
    expect(where(line('matches!(x, Some(1 2));'))).toMatchObject({ kind: 'syntax', col: 24 });
    expect(where(line('vec![1 2];'))).toMatchObject({ kind: 'syntax', headline: 'expected `,`, found `2`', col: 12 });
    expect(where(line('format!("{}" x);'))).toMatchObject({ kind: 'syntax', headline: 'expected `,`, found `x`', col: 18 });
    expect(where(line('println!("{}".len());'))).toMatchObject({ kind: 'syntax', headline: 'expected `,`, found `.`', col: 18 });
    expect(where(line('println!("{}", |a, b);'))).toMatchObject({ kind: 'syntax' });
  });
});

describe('Rust-book style programs', () => {
  const programs: Record<string, string> = {
    rectangles: [
      '#[derive(Debug, Clone, Copy, PartialEq)]',
      'struct Rectangle {',
      '    width: u32,',
      '    height: u32,',
      '}',
      '',
      'impl Rectangle {',
      '    fn new(width: u32, height: u32) -> Self {',
      '        Self { width, height }',
      '    }',
      '    fn square(size: u32) -> Self {',
      '        Rectangle { width: size, ..Self::new(size, size) }',
      '    }',
      '    fn area(&self) -> u32 {',
      '        self.width * self.height',
      '    }',
      '    fn can_hold(&self, other: &Rectangle) -> bool {',
      '        self.width > other.width && self.height > other.height',
      '    }',
      '}',
      '',
      'fn main() {',
      '    let rect1 = Rectangle::new(30, 50);',
      '    let rect2 = Rectangle::square(10);',
      '    println!("rect1 is {rect1:?}");',
      '    println!("The area is {} square pixels.", rect1.area());',
      '    println!("Can rect1 hold rect2? {}", rect1.can_hold(&rect2));',
      '    dbg_free(&rect1);',
      '}',
      '',
      'fn dbg_free(r: &Rectangle) {',
      '    let Rectangle { width, height: h } = *r;',
      '    assert_eq!(width * h, r.area());',
      '}',
    ].join('\n'),
    enums: [
      '#[derive(Debug)]',
      'enum UsState { Alabama, Alaska }',
      '',
      'enum Coin {',
      '    Penny,',
      '    Nickel,',
      '    Dime,',
      '    Quarter(UsState),',
      '}',
      '',
      'fn value_in_cents(coin: Coin) -> u8 {',
      '    match coin {',
      '        Coin::Penny => {',
      '            println!("Lucky penny!");',
      '            1',
      '        }',
      '        Coin::Nickel => 5,',
      '        Coin::Dime => 10,',
      '        Coin::Quarter(state) => {',
      '            println!("State quarter from {state:?}!");',
      '            25',
      '        }',
      '    }',
      '}',
      '',
      'fn plus_one(x: Option<i32>) -> Option<i32> {',
      '    match x {',
      '        None => None,',
      '        Some(i) => Some(i + 1),',
      '    }',
      '}',
      '',
      'fn main() {',
      '    let five = Some(5);',
      '    let six = plus_one(five);',
      '    let none = plus_one(None);',
      '    if let Some(n) = six { println!("{n}"); } else { println!("none"); }',
      '    let Some(v) = none.or(Some(0)) else { return; };',
      '    println!("{} {}", value_in_cents(Coin::Quarter(UsState::Alaska)), v);',
      '}',
    ].join('\n'),
  };
  programs.traits = [
    'pub trait Summary {',
    '    fn summarize_author(&self) -> String;',
    '    fn summarize(&self) -> String {',
    '        format!("(Read more from {}...)", self.summarize_author())',
    '    }',
    '}',
    '',
    'pub struct Tweet {',
    '    pub username: String,',
    '    pub content: String,',
    '    pub retweets: u32,',
    '}',
    '',
    'impl Summary for Tweet {',
    '    fn summarize_author(&self) -> String {',
    '        format!("@{}", self.username)',
    '    }',
    '}',
    '',
    'impl std::fmt::Display for Tweet {',
    '    fn fmt(&self, f: &mut std::fmt::Formatter<\'_>) -> std::fmt::Result {',
    '        write!(f, "{}: {}", self.username, self.content)',
    '    }',
    '}',
    '',
    'pub fn notify(item: &impl Summary) {',
    '    println!("Breaking news! {}", item.summarize());',
    '}',
    '',
    'fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {',
    '    let mut largest = list[0];',
    '    for &item in list {',
    '        if item > largest {',
    '            largest = item;',
    '        }',
    '    }',
    '    largest',
    '}',
    '',
    "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {",
    '    if x.len() > y.len() { x } else { y }',
    '}',
    '',
    'fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {',
    '    Box::new(move |x| x + n)',
    '}',
    '',
    'fn main() {',
    '    let tweet = Tweet { username: String::from("horse_ebooks"), content: "of course".to_string(), retweets: 0 };',
    '    notify(&tweet);',
    '    println!("{tweet}");',
    '    let numbers = vec![34, 50, 25, 100, 65];',
    '    println!("{}", largest(&numbers));',
    '    println!("{}", longest("long string", "xyz"));',
    '    let add = make_adder(5);',
    '    println!("{}", add(1));',
    '}',
  ].join('\n');
  programs.iterators = [
    'struct Counter {',
    '    count: u32,',
    '}',
    '',
    'impl Iterator for Counter {',
    '    type Item = u32;',
    '    fn next(&mut self) -> Option<Self::Item> {',
    '        if self.count < 5 {',
    '            self.count += 1;',
    '            Some(self.count)',
    '        } else {',
    '            None',
    '        }',
    '    }',
    '}',
    '',
    'fn parse_all(items: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {',
    '    let mut out = Vec::new();',
    '    for s in items {',
    '        out.push(s.trim().parse::<i32>()?);',
    '    }',
    '    Ok(out)',
    '}',
    '',
    'fn main() {',
    '    let sum: u32 = Counter { count: 0 }',
    '        .zip(Counter { count: 0 }.skip(1))',
    '        .map(|(a, b)| a * b)',
    '        .filter(|x| x % 3 == 0)',
    '        .sum();',
    '    println!("{sum}");',
    '    let v1: Vec<i32> = vec![1, 2, 3];',
    '    let v2: Vec<_> = v1.iter().map(|x| x + 1).collect();',
    '    let mut names = vec![String::from("b"), String::from("a")];',
    '    names.sort_by(|a, b| a.cmp(b));',
    '    let total = v2.iter().fold(0, |acc, &x| acc + x);',
    '    let mut counts = std::collections::HashMap::new();',
    '    for word in "a b a".split_whitespace() {',
    '        *counts.entry(word).or_insert(0) += 1;',
    '    }',
    '    let mut s = String::new();',
    '    s.push_str("hello");',
    '    s += " world";',
    '    for (i, c) in s.chars().enumerate().take(3) {',
    '        print!("{i}{c} ");',
    '    }',
    '    println!("{:?} {total} {:?} {}", names, parse_all(&["1", " 2"]), counts.len());',
    '    let words: Vec<&str> = s.split(\' \').collect();',
    '    match words.as_slice() {',
    '        [first, .., last] => println!("{first} {last}"),',
    '        [only] => println!("{only}"),',
    '        [] => {}',
    '    }',
    '}',
  ].join('\n');

  test.each(Object.keys(programs))('%s lowers', (name) => {
    const text = programs[name] as string;
    const p = parse(text);
    expect(p.items.length).toBeGreaterThan(1);
    const ids = collectIds(p);
    expect(new Set(ids).size).toBe(ids.length);
    // Every span lies inside the file, with 1-based positions.
    const check = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(check);
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'span' || k === 'nameSpan') && x !== null && typeof x === 'object') {
            const s = x as { start: number; end: number; line: number; col: number };
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.start).toBeLessThanOrEqual(s.end);
            expect(s.line).toBeGreaterThanOrEqual(1);
            expect(s.col).toBeGreaterThanOrEqual(1);
          } else check(x);
        }
      }
    };
    check(p);
  });

  test('fuzz: mutated programs give a Program or a located Diagnostic, never a crash', () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const snippets = ['{', '}', '(', ')', '[', ']', ';', ',', '|', '||', '&', '..', '..=', '::', '<', '>', '=>', '->', '#[', "'", '"', 'let', 'match', 'fn', 'impl', 'self', 'Self', '_', '@', 'mut', 'ref', 'r#"', 'b\'', '1.', 'e', '!', '?', '0x', "'a", 'where', 'dyn', 'vec!', 'matches!(', 'format!(', '\\'];
    const sources = Object.values(programs);
    let diagnostics = 0;
    for (let k = 0; k < 400; k++) {
      let text = sources[k % sources.length] as string;
      const edits = 1 + rand(3);
      for (let e = 0; e < edits; e++) {
        const at = rand(text.length);
        const kind = rand(4);
        if (kind === 0) text = text.slice(0, at) + text.slice(at + 1 + rand(8));
        else if (kind === 1) text = text.slice(0, at) + snippets[rand(snippets.length)] + text.slice(at);
        else if (kind === 2) {
          const from = rand(text.length);
          text = text.slice(0, at) + text.slice(from, from + rand(20)) + text.slice(at);
        } else text = text.slice(0, at) + String.fromCharCode(32 + rand(95)) + text.slice(at + 1);
      }
      let outcome: unknown;
      try {
        outcome = parse(text);
      } catch (err) {
        outcome = err;
      }
      if (outcome instanceof Diagnostic) {
        diagnostics++;
        expect(outcome.headline, text).not.toContain('internal error');
        expect(outcome.span.line).toBeGreaterThanOrEqual(1);
        expect(outcome.span.col).toBeGreaterThanOrEqual(1);
        expect(outcome.span.start).toBeLessThanOrEqual(outcome.span.end);
        expect(outcome.span.end).toBeLessThanOrEqual(text.length);
      } else {
        expect(typeof outcome === 'object' && outcome !== null && 'items' in outcome, text).toBe(true);
      }
    }
    expect(diagnostics).toBeGreaterThan(100);
  });
});

describe('size', () => {
  // How long it takes is a benchmark's question (npm run bench), not a test's: a loaded machine
  // must not fail the suite. The test's own timeout still catches a parse that never ends.
  test('many macro arguments are all parsed', () => {
    const lines = ['fn main() {', '    let mut x = 1;'];
    for (let i = 0; i < 1500; i++) lines.push(`    println!("{} {}", x + ${i}, x * 2); x += 1;`);
    lines.push('}');
    const p = parse(lines.join('\n'));
    expect(bodyOf(p.items[0] as FnItem).stmts.length).toBe(1 + 1500 * 2);
  });
});

describe('macro_rules!', () => {
  const mainOf = (program: Program): FnItem => program.items.find((i): i is FnItem => i.kind === 'fn' && i.name.name === 'main')!;

  test('an expansion is located at its call; a fragment the caller wrote, where it wrote it', () => {
    const src = 'macro_rules! add { ($a:expr, $b:expr) => { $a + $b }; }\nfn main() { let x = add!(1 * 2, 3); }\n';
    const stmt = mainOf(parse(src)).body!.stmts[0]!;
    if (stmt.kind !== 'let' || stmt.init === null || stmt.init.kind !== 'binary') throw new Error('expected `let x = a + b`');
    expect(stmt.init.span).toMatchObject({ line: 2, col: 21 });
    expect(src.slice(stmt.init.span.start, stmt.init.span.end)).toBe('add!(1 * 2, 3)');
    const left = stmt.init.left.kind === 'paren' ? stmt.init.left.inner : stmt.init.left;
    expect(src.slice(left.span.start, left.span.end)).toBe('1 * 2');
  });

  test("a local the macro declares is renamed apart from the caller's of the same name", () => {
    const src = 'macro_rules! m { ($e:expr) => {{ let a = 1; $e + a }}; }\nfn main() { let a = 2; let b = m!(a); }\n';
    const names: string[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === 'object') {
        const node = value as { kind?: string; name?: unknown };
        if ((node.kind === 'path' || node.kind === 'binding') && node.name !== undefined) {
          names.push(typeof node.name === 'string' ? node.name : (node.name as { name: string }).name);
        }
        Object.values(value).forEach(visit);
      }
    };
    visit(mainOf(parse(src)).body);
    expect(names).toContain('a');
    expect(names.filter((n) => n.startsWith('a#macro'))).toHaveLength(2);
  });

  test('an expansion that keeps doubling is refused before it exhausts memory', () => {
    const d = diag('macro_rules! d { ($($t:tt)*) => { d!($($t)* $($t)*) }; }\nfn main() { d!(x); }\n');
    expect(d.kind).toBe('unsupported');
    expect(d.headline).toMatch(/^unsupported: macro expansions of more than/);
  });

  test('a macro that invokes itself forever reaches the recursion limit', () => {
    const d = diag('macro_rules! f { () => { f!() }; }\nfn main() { f!(); }\n');
    expect(d.kind).toBe('compile');
    expect(d.headline).toBe('recursion limit reached while expanding `f!`');
  });
});
