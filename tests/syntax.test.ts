import { beforeAll, describe, expect, test } from 'vitest';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { Block, Expr, FnItem, FormatArgs, Program, Stmt } from '../src/syntax/ast.js';
import { FormatProblem, parseFormatString, resolveImplicitPositions } from '../src/syntax/format.js';
import { strLiteralValue } from '../src/syntax/literals.js';
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

function fnItem(text: string, index = 0): FnItem {
  const item = parse(text).items[index];
  if (item === undefined) throw new Error('no such item');
  return item;
}

/** The body of `fn main() { <body> }`. */
function body(src: string): Block {
  return fnItem(`fn main() {\n${src}\n}\n`).body;
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
    for (const [k, x] of Object.entries(v)) if (k !== 'id' && k !== 'span') out[k] = shape(x);
    return out;
  }
  return v;
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
    expect(p.parse({ path: 'a.rs', text: 'fn f() {}' }).items[0]?.name.name).toBe('f');
  });
});

describe('items and types', () => {
  test('function with parameters and return type', () => {
    const f = fnItem('pub fn add(a: i32, mut b: &mut Box<i32>) -> (i32, bool) { }');
    expect(f.name).toEqual({ name: 'add', span: { start: 7, end: 10, line: 1, col: 8, endLine: 1, endCol: 11 } });
    expect(shape(f.params)).toEqual([
      { pattern: { kind: 'binding', name: { name: 'a' }, mutable: false }, ty: { kind: 'path', name: 'i32', args: [] } },
      {
        pattern: { kind: 'binding', name: { name: 'b' }, mutable: true },
        ty: { kind: 'ref', mutable: true, inner: { kind: 'path', name: 'Box', args: [{ kind: 'path', name: 'i32', args: [] }] } },
      },
    ]);
    expect(f.params[1]?.pattern.span.col).toBe(20);
    expect(shape(f.ret)).toEqual({ kind: 'tuple', elems: [{ kind: 'path', name: 'i32', args: [] }, { kind: 'path', name: 'bool', args: [] }] });
  });

  test('more types', () => {
    const types = fnItem('fn f(a: &str, b: (), c: (u8), d: (u8,), e: std::boxed::Box<u64>, g: &&char) -> ! { loop {} }');
    expect(shape(types.params.map((p) => p.ty))).toEqual([
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
    expect(p.items.map((i) => i.name.name)).toEqual(['a', 'b']);
    expect(shape(p.items[1]?.body.tail)).toEqual({ kind: 'int', value: 1n, suffix: null });
  });

  test('empty file is an empty program', () => {
    expect(parse('')).toEqual({ items: [] });
    expect(parse('\n// nothing\n')).toEqual({ items: [] });
  });
});

describe('statements', () => {
  test('let forms', () => {
    const b = body('let x;\nlet mut y: u8 = 5u8;\nlet z = y;');
    expect(shape(b.stmts)).toEqual([
      { kind: 'let', pattern: { kind: 'binding', name: { name: 'x' }, mutable: false }, ty: null, init: null },
      { kind: 'let', pattern: { kind: 'binding', name: { name: 'y' }, mutable: true }, ty: { kind: 'path', name: 'u8', args: [] }, init: { kind: 'int', value: 5n, suffix: 'u8' } },
      { kind: 'let', pattern: { kind: 'binding', name: { name: 'z' }, mutable: false }, ty: null, init: { kind: 'path', name: 'y' } },
    ]);
    const mutY = b.stmts[1];
    if (mutY?.kind !== 'let') throw new Error('let expected');
    // `mut y` spans from `mut`.
    expect(mutY.pattern.span).toMatchObject({ line: 3, col: 5, endCol: 10 });
    expect(mutY.pattern.name.span).toMatchObject({ line: 3, col: 9 });
  });

  test('semicolons, block-like statements and the tail', () => {
    const b = body('if a { 1 } else { 2 };\nloop {}\nx + 1;\n{ 7 }');
    expect(b.stmts.map((s) => (s.kind === 'expr' ? [s.expr.kind, s.semi] : s.kind))).toEqual([
      ['if', false],
      ['loop', false],
      ['binary', true],
    ]);
    expect(shape(b.tail)).toEqual({ kind: 'block', block: { stmts: [], tail: { kind: 'int', value: 7n, suffix: null } }, label: null });
  });

  test('a trailing block-like expression is the tail', () => {
    const f = fnItem('fn f(c: bool) -> i32 { let a = 1; if c { a } else { 2 } }');
    expect(f.body.stmts).toHaveLength(1);
    expect(f.body.tail?.kind).toBe('if');
    const g = fnItem('fn g() { 1; }');
    expect(g.body.tail).toBeNull();
    expect(g.body.stmts[0]).toMatchObject({ kind: 'expr', semi: true });
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
    expect(shape(firstExpr('let c = -x as i64 as u8;'))).toEqual({
      kind: 'cast',
      operand: { kind: 'cast', operand: { kind: 'unary', op: '-', operand: { kind: 'path', name: 'x' } }, ty: { kind: 'path', name: 'i64', args: [] } },
      ty: { kind: 'path', name: 'u8', args: [] },
    });
  });

  test('paths, calls, unit and parentheses', () => {
    expect(shape(firstExpr('std::process::exit(1);'))).toEqual({
      kind: 'call',
      callee: { kind: 'qualified', segments: ['std', 'process', 'exit'] },
      args: [{ kind: 'int', value: 1n, suffix: null }],
    });
    expect(shape(firstExpr('let m = i32::MAX;'))).toEqual({ kind: 'qualified', segments: ['i32', 'MAX'] });
    expect(shape(firstExpr('Box::new(());'))).toEqual({ kind: 'call', callee: { kind: 'qualified', segments: ['Box', 'new'] }, args: [{ kind: 'unit' }] });
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
    expect(shape(firstExpr('for mut i in 0..=n { break; }'))).toEqual({
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
    const e = fnItem(src).body.stmts[0];
    if (e?.kind !== 'let' || e.init === null) throw new Error('let expected');
    expect(e.init.span).toEqual({ start: 24, end: 30, line: 2, col: 13, endLine: 2, endCol: 19 });
    expect(src.slice(e.init.span.start, e.init.span.end)).toBe('1 + 22');
    expect(e.span).toMatchObject({ line: 2, col: 5, endCol: 20 });
  });
});

describe('macros', () => {
  test('println with positional, captured and named arguments', () => {
    const src = 'fn main() {\n    println!("a {} {x:>5} {n}", y + 1, n = 2);\n}\n';
    const m = fnItem(src).body.stmts[0];
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
    // The explicit named argument first, then the capture, which points at the literal.
    expect(f.named.map((n) => [n.name, shape(n.value)])).toEqual([
      ['n', { kind: 'int', value: 2n, suffix: null }],
      ['x', { kind: 'path', name: 'x' }],
    ]);
    expect(f.span).toMatchObject({ line: 2, col: 14, endCol: 31 });
    expect(f.named[1]?.value.span).toEqual(f.span);
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
    const f = formatOf(stmtExpr(fnItem(src).body.stmts[0]));
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
    expect(where('fn main() { let v = vec![1, 2]; }')).toEqual({ kind: 'unsupported', headline: 'unsupported: the `vec!` macro', line: 1, col: 21 });
    expect(where('fn main() { format!("x"); }').headline).toBe('unsupported: the `format!` macro');
    expect(where('fn main() { println!(concat!("a", "{}"), 1); }').headline).toBe('unsupported: the `concat!` macro');
    expect(where('fn main() { println!("{}", |a, b| a); }')).toMatchObject({ headline: 'unsupported: closures', col: 28 });
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
    expect(where(line('println!("{:p}", x);'))).toMatchObject({ kind: 'unsupported', col: 17 });
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
    expect(where('fn main() { println!("é😀"); 1.5; }')).toMatchObject({ kind: 'unsupported', col: 29 });
    const d = diag('fn main() { println!("é😀"); 1.5; }');
    const text = 'fn main() { println!("é😀"); 1.5; }';
    expect(text.slice(d.span.start, d.span.end)).toBe('1.5');
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

describe('unsupported constructs', () => {
  const cases: [string, string][] = [
    ['struct A;', 'struct items'],
    ['enum E { A }', 'enum items'],
    ['impl A {}', '`impl` blocks'],
    ['trait T {}', 'trait items'],
    ['use std::io;', '`use` declarations'],
    ['const X: i32 = 1;', '`const` items'],
    ['static X: i32 = 1;', '`static` items'],
    ['mod m {}', 'modules'],
    ['#[derive(Debug)]\nfn f() {}', 'attributes'],
    ['#![allow(unused)]\nfn f() {}', 'attributes'],
    ['fn f<T>() {}', 'generic functions'],
    ['fn f() where i32: Copy {}', '`where` clauses'],
    ['async fn f() {}', '`async` functions'],
    ['unsafe fn f() {}', '`unsafe` functions'],
    ['const fn f() {}', '`const fn`'],
    ['extern "C" fn f() {}', '`extern` functions'],
    ['fn f(x: &\'a i32) {}', 'lifetimes'],
    ['fn f(x: [i32; 3]) {}', 'array types'],
    ['fn f(x: *const i32) {}', 'raw pointer types'],
    ['fn f(x: fn()) {}', 'function pointer types'],
    ['fn f(x: &dyn T) {}', 'trait objects (`dyn`)'],
    ['fn f(x: impl T) {}', '`impl Trait` types'],
    ['fn f(&self) {}', 'methods (`self` parameters)'],
    ['fn f((a, b): (i32, i32)) {}', 'tuple patterns'],
    ['fn main() { fn g() {} }', 'nested functions'],
    ['fn main() { let _ = 1; }', 'the `_` pattern'],
    ['fn main() { let (a, b) = (1, 2); }', 'tuple patterns'],
    ['fn main() { let Some(x) = y else { return; }; }', 'let-else'],
    ['fn main() { 1.5; }', 'floating-point literals'],
    ['fn main() { 2f64; }', 'floating-point literals'],
    ["fn main() { 'c'; }", 'char literals'],
    ['fn main() { "s"; }', 'string literals outside macros'],
    ['fn main() { x.f(); }', 'method calls'],
    ['fn main() { x.f; }', 'field access'],
    ['fn main() { x[0]; }', 'indexing'],
    ['fn main() { (1, 2); }', 'tuples'],
    ['fn main() { [1]; }', 'arrays'],
    ['fn main() { S { a: 1 }; }', 'struct literals'],
    ['fn main() { |x| x; }', 'closures'],
    ['fn main() { match x { _ => {} } }', '`match` expressions'],
    ['fn main() { if let Some(x) = y {} }', '`if let`'],
    ['fn main() { while let Some(x) = y {} }', '`while let`'],
    ['fn main() { f()?; }', 'the `?` operator'],
    ['fn main() { unsafe { } }', '`unsafe` blocks'],
    ['fn main() { f::<i32>(); }', 'generic arguments (turbofish)'],
    ['fn main() { <i32>::MAX; }', 'qualified paths (`<T>::`)'],
    ['fn main() { &raw const x; }', 'raw borrows (`&raw`)'],
  ];
  test.each(cases)('%s', (src, what) => {
    const d = diag(src);
    expect(d.kind).toBe('unsupported');
    expect(d.headline).toBe(`unsupported: ${what}`);
    expect(d.span.line).toBeGreaterThanOrEqual(1);
  });

  test('located at the offending node', () => {
    const src = 'fn main() {\n    let x = 1;\n    let y = x.abs();\n}\n';
    const d = diag(src);
    expect(d.span).toMatchObject({ line: 3, col: 13 });
    expect(src.slice(d.span.start, d.span.end)).toBe('x.abs()');
  });
});

describe('performance', () => {
  test('many macro arguments stay fast', () => {
    const lines = ['fn main() {', '    let mut x = 1;'];
    for (let i = 0; i < 1500; i++) lines.push(`    println!("{} {}", x + ${i}, x * 2); x += 1;`);
    lines.push('}');
    const t0 = performance.now();
    const p = parse(lines.join('\n'));
    expect(p.items[0]?.body.stmts.length).toBe(1 + 1500 * 2);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
