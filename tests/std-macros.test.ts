import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandStdMacros, StdMacroError, stdFileOfLine } from '../src/resolve/std-macros.js';
import { readStdFiles, STD_FILES } from '../src/resolve/std-source.js';

const STD_DIRECTORY = fileURLToPath(new URL('../std/', import.meta.url));

/** The expansion of one file, without the line naming the file. */
const expand = (text: string): string => {
  const expanded = expandStdMacros([{ name: 'test.rs', text }]);
  expect(expanded.startsWith('// std/test.rs\n')).toBe(true);
  return expanded.slice('// std/test.rs\n'.length);
};

describe("std's own macros (std/*.rs)", () => {
  it('expands an item-level invocation into its body, fragments substituted and indentation taken off', () => {
    const text = [
      'fn before() {}',
      'macro_rules! int_impl {',
      '    ($t:ident, $bits:literal) => {',
      '        impl $t {',
      '            pub fn bits() -> u32 { $bits }',
      '        }',
      '    };',
      '}',
      'int_impl!(i8, 8);',
      'int_impl!(u16, 16);',
      'fn after() {}',
    ].join('\n');
    expect(expand(text)).toBe(['fn before() {}', '', 'impl i8 {', '    pub fn bits() -> u32 { 8 }', '}', 'impl u16 {', '    pub fn bits() -> u32 { 16 }', '}', 'fn after() {}'].join('\n'));
  });

  it('substitutes types, token trees, negative literals and a `tt` repetition as written', () => {
    const text = [
      'macro_rules! m {',
      '    ($name:ident, $slice:ty, [$($bound:tt)+], $zero:literal, $op:tt) => {',
      '        impl<T: $($bound)+> $name<T> { fn f(x: $slice) {} fn g(a: T) { a $op a; $zero } }',
      '    };',
      '}',
      'm!(Chunks, &mut [T], [Eq + Hash], -0.0, +=);',
    ].join('\n');
    expect(expand(text).trim()).toBe('impl<T: Eq + Hash> Chunks<T> { fn f(x: &mut [T]) {} fn g(a: T) { a += a; -0.0 } }');
  });

  it("writes an identifier's name as a string for `stringify!`", () => {
    const text = ['macro_rules! op {', '    ($name:ident) => {', '        fn $name() -> &str { stringify!($name) }', '    };', '}', 'op!(sqrt);'].join('\n');
    expect(expand(text).trim()).toBe('fn sqrt() -> &str { "sqrt" }');
    expect(() => expand(text.replace('$name:ident', '$name:tt'))).toThrow(/not an identifier/);
  });

  it('expands an invocation its expansion contains, and one inside an impl', () => {
    const text = [
      'macro_rules! method {',
      '    ($name:ident) => {',
      '        fn $name(&self) {}',
      '    };',
      '}',
      'macro_rules! with {',
      '    ($t:ident, $inner:ident) => {',
      '        impl $t {',
      '            $inner!(a);',
      '            method!(b);',
      '        }',
      '    };',
      '}',
      'with!(S, method);',
    ].join('\n');
    expect(expand(text).replace(/\s+/g, ' ').trim()).toBe('impl S { fn a(&self) {} fn b(&self) {} }');
  });

  it('leaves strings, chars, lifetimes and comments that look like macros alone', () => {
    const text = [
      'macro_rules! m {',
      '    () => {',
      '        fn f() {}',
      '    };',
      '}',
      "fn g<'a>(s: &'a str) -> char { let _ = \"m!();\"; /* m!(); /* nested */ */ '}' }",
      '// m!();',
      'm!();',
    ].join('\n');
    expect(expand(text)).toBe(["\nfn g<'a>(s: &'a str) -> char { let _ = \"m!();\"; /* m!(); /* nested */ */ '}' }", '// m!();', 'fn f() {}'].join('\n'));
  });

  const refusals: [string, string, RegExp][] = [
    ['a second arm', 'macro_rules! m { () => {}; ($x:ident) => {}; }', /exactly one arm/],
    ['a fragment std does not use', 'macro_rules! m { ($x:expr) => { $x }; }\nm!(a);', /fragment of `\$x`/],
    ['a repetition of any number', 'macro_rules! m { ($($t:tt)*) => {}; }\nm!(a);', /neither/],
    ['an invocation in braces', 'macro_rules! m { () => { fn f() {} }; }\nm! {}', /is written `m!\(\.\.\.\);`/],
    ['a use before the definition', 'm!();\nmacro_rules! m { () => { fn f() {} }; }', /used before its definition/],
    ['a definition inside an item', 'fn f() { macro_rules! m { () => {}; } }', /top level/],
    ['an invocation where no item starts', 'macro_rules! m { () => { 1 }; }\nconst X: i32 = m!();', /where no item starts/],
    ['arguments that do not match', 'macro_rules! m { ($t:ident) => { fn $t() {} }; }\nm!(1);', /must be an identifier/],
    ['arguments left over', 'macro_rules! m { ($t:ident) => { fn $t() {} }; }\nm!(a b);', /left over/],
    ['a body naming an unbound fragment', 'macro_rules! m { ($t:ident) => { fn $u() {} }; }\nm!(a);', /does not bind/],
    ['a repetition with a separator', 'macro_rules! m { ($($t:ident),*) => {}; }\nm!(a);', /neither/],
    ['a macro that never stops', 'macro_rules! m { () => { m!(); }; }\nm!();', /nest more than/],
    ['a definition given twice', 'macro_rules! m { () => {}; }\nmacro_rules! m { () => {}; }', /defined twice/],
    ['a missing `;`', 'macro_rules! m { () => { fn f() {} }; }\nm!()\nfn g() {}', /is written `m!\(\.\.\.\);`/],
    ['unbalanced delimiters', 'macro_rules! m { () => { fn f() {} }; }\nm!(;', /unclosed|unbalanced/],
  ];
  it.each(refusals)('fails loudly on %s', (_what, text, message) => {
    expect(() => expand(text)).toThrow(StdMacroError);
    expect(() => expand(text)).toThrow(message);
  });

  it('names the file each line of the expansion comes from', () => {
    const text = expandStdMacros([
      { name: 'a.rs', text: 'macro_rules! m {\n    () => {\n        fn f() {}\n    };\n}\nm!();\nfn g() {}' },
      { name: 'b.rs', text: 'fn h() {}\nm!();' },
    ]);
    const lineOf = (needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(stdFileOfLine(text, lineOf('fn f'))).toBe('a.rs');
    expect(stdFileOfLine(text, lineOf('fn g'))).toBe('a.rs');
    expect(stdFileOfLine(text, lineOf('fn h'))).toBe('b.rs');
    expect(text.split('\n').filter((line) => line.includes('fn f')).length).toBe(2);
    expect(stdFileOfLine(text, text.split('\n').length)).toBe('b.rs');
  });

  it('reads exactly the files std/ holds, in a fixed order', () => {
    const onDisk = readdirSync(STD_DIRECTORY).filter((name) => name.endsWith('.rs'));
    expect([...onDisk].sort()).toEqual([...STD_FILES].sort());
  });

  it("expands std's files into a text with no macro left in it", async () => {
    const text = expandStdMacros((await readStdFiles())!);
    expect(text).not.toMatch(/macro_rules!|\$[a-z(]/);
    expect(text).toMatch(/^impl i8 \{$/m);
    expect(text).toMatch(/^impl Sum<&f64> for f64 \{$/m);
  });

  // std/*.rs are real Rust files: rustfmt parses them, and finds them already formatted.
  const rustfmt = spawnSync('rustfmt', ['--version']).status === 0;
  it.skipIf(!rustfmt)('are valid Rust, formatted as `rustfmt --edition 2024` formats them', () => {
    const result = spawnSync('rustfmt', ['--check', '--edition', '2024', ...STD_FILES], { cwd: STD_DIRECTORY, encoding: 'utf8' });
    expect(result.stderr + result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
