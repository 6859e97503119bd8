// Formatting and float parsing against what rustc-built code prints. The golden data in
// tests/fmt-golden/ is made by tests/fmt-golden/gen.rs (see its header to regenerate); these tests
// only read it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  debugChar,
  debugStr,
  formatChar,
  formatFloat,
  formatInt,
  formatStr,
  isGraphemeExtended,
  isPrintable,
  padStr,
  parseFloatLiteral,
  parseFloatStr,
  type ResolvedSpec,
} from '../src/machine/fmt.js';

const GOLDEN = new URL('./fmt-golden/', import.meta.url);

function golden(name: string): string[][] {
  return readFileSync(new URL(name, GOLDEN), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => JSON.parse(l) as string[]);
}

const SPEC = /^\{(?::(?:(.)?([<^>]))?([+-])?(#)?(0)?([0-9]+)?(?:\.([0-9]+))?(\?|x\?|X\?|e|E|x|X|o|b)?)?\}$/u;

/** Parses a format placeholder with literal width and precision, like `{:*^+#010.3e}`. */
function spec(text: string): ResolvedSpec {
  const m = SPEC.exec(text);
  if (!m) throw new Error(`bad spec ${text}`);
  const ty = m[8] ?? '';
  return {
    fill: m[1] ?? ' ',
    align: (m[2] ?? null) as ResolvedSpec['align'],
    sign: (m[3] ?? null) as ResolvedSpec['sign'],
    alternate: m[4] !== undefined,
    zeroPad: m[5] !== undefined,
    width: m[6] !== undefined ? Number(m[6]) : null,
    precision: m[7] !== undefined ? Number(m[7]) : null,
    trait: (ty.endsWith('?') ? '?' : ty) as ResolvedSpec['trait'],
    debugHex: ty.length === 2 ? (ty[0] as 'x' | 'X') : null,
  };
}

const view = new DataView(new ArrayBuffer(8));
function f64FromBits(hex: string): number {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}
function f32FromBits(hex: string): number {
  view.setUint32(0, Number(`0x${hex}`));
  return view.getFloat32(0);
}
function f64Bits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}
function f32Bits(x: number): string {
  view.setFloat32(0, x);
  return view.getUint32(0).toString(16).padStart(8, '0');
}

/** Checks every row, reporting the first few mismatches together. */
function expectAll(rows: string[][], run: (row: string[]) => [actual: string, expected: string]): void {
  const failures: string[] = [];
  for (const row of rows) {
    let actual: string;
    let expected: string;
    try {
      [actual, expected] = run(row);
    } catch (e) {
      actual = `threw ${String(e)}`;
      expected = row[row.length - 1]!;
    }
    if (actual !== expected && failures.length < 20) failures.push(`${JSON.stringify(row)} gave ${JSON.stringify(actual)}`);
  }
  expect(failures).toEqual([]);
}

describe('floats', () => {
  const rows = golden('floats.txt');
  it('has a lot of golden data', () => expect(rows.length).toBeGreaterThan(10_000));
  for (const kind of ['f64', 'f32'] as const) {
    it(`formats ${kind} like rustc`, () => {
      const mine = rows.filter((r) => r[1] === kind);
      expect(mine.length).toBeGreaterThan(1000);
      expectAll(mine, ([s, , bits, out]) => {
        const x = kind === 'f64' ? f64FromBits(bits!) : f32FromBits(bits!);
        return [formatFloat(x, kind, spec(s!)), out!];
      });
    });
  }
  it('prints the documented examples', () => {
    const f = (x: number, s: string, kind: 'f32' | 'f64' = 'f64') => formatFloat(x, kind, spec(s));
    expect(f(1e21, '{}')).toBe('1000000000000000000000');
    expect(f(1e-7, '{}')).toBe('0.0000001');
    expect(f(1, '{}')).toBe('1');
    expect(f(1, '{:?}')).toBe('1.0');
    expect(f(1e16, '{:?}')).toBe('1e16');
    expect(f(-0, '{}')).toBe('-0');
    expect(f(-0, '{:?}')).toBe('-0.0');
    expect(f(NaN, '{:+}')).toBe('NaN');
    expect(f(1, '{:+}')).toBe('+1');
    expect(f(0.25, '{:.1}')).toBe('0.2');
    expect(f(0.35, '{:.1}')).toBe('0.3');
    expect(f(0.5, '{:.0}')).toBe('0');
    expect(f(1.5, '{:.0}')).toBe('2');
    expect(f(2.5, '{:.0}')).toBe('2');
    expect(f(Math.fround(0.1), '{}', 'f32')).toBe('0.1');
    expect(f(Math.fround(1e-7), '{:?}', 'f32')).toBe('1e-7');
    expect(f(1500, '{:e}')).toBe('1.5e3');
    expect(f(1, '{:e}')).toBe('1e0');
    expect(f(1500, '{:.2e}')).toBe('1.50e3');
    expect(f(1e-7, '{:e}')).toBe('1e-7');
    expect(f(NaN, '{:05}')).toBe('00NaN');
    expect(f(-Infinity, '{:<8}')).toBe('-inf    ');
  });
});

describe('float parsing', () => {
  it('parses strings like str::parse', () => {
    expectAll(golden('parse.txt'), ([input, b64, b32]) => {
      const x = parseFloatStr(input!, 'f64');
      const y = parseFloatStr(input!, 'f32');
      const actual = `${x === null ? 'err' : f64Bits(x)} ${y === null ? 'err' : f32Bits(y)}`;
      // NaN's bits aren't observable through printing; compare NaN as NaN.
      const norm = (s: string) => s.replace(/\b7ff8000000000000\b|\bfff8000000000000\b/, 'nan64').replace(/\b7fc00000\b|\bffc00000\b/, 'nan32');
      return [norm(actual), norm(`${b64} ${b32}`)];
    });
  });
  it('reads float literals as rustc does', () => {
    expectAll(golden('literals.txt'), ([text, b64, b32]) => [
      `${f64Bits(parseFloatLiteral(text!, 'f64'))} ${f32Bits(parseFloatLiteral(text!, 'f32'))}`,
      `${b64} ${b32}`,
    ]);
    expect(parseFloatLiteral('1.00000005960464477539062500001f32', 'f32')).toBe(1 + 2 ** -23);
    expect(parseFloatLiteral('1_000.5e-3_f64', 'f64')).toBe(1.0005);
  });
  it('rejects what str::parse rejects', () => {
    for (const bad of ['', ' 1', '1 ', '+', '.', 'e5', '1e', '1_0', 'infinit', '0x1']) expect(parseFloatStr(bad, 'f64')).toBeNull();
    expect(parseFloatStr('.5', 'f64')).toBe(0.5);
    expect(parseFloatStr('5.', 'f64')).toBe(5);
    expect(parseFloatStr('+1.5', 'f64')).toBe(1.5);
    expect(parseFloatStr('-inf', 'f32')).toBe(-Infinity);
    expect(parseFloatStr('NaN', 'f64')).toBeNaN();
  });
});

const INT_BITS: Readonly<Record<string, number>> = {
  i8: 8, u8: 8, i16: 16, u16: 16, i32: 32, u32: 32, i64: 64, u64: 64, i128: 128, u128: 128, isize: 64, usize: 64,
};

describe('integers', () => {
  it('formats every integer type like rustc', () => {
    expectAll(golden('ints.txt'), ([s, ty, value, out]) => [formatInt(BigInt(value!), INT_BITS[ty!]!, spec(s!)), out!]);
  });
});

describe('char and str', () => {
  const rows = golden('strs.txt');
  it('formats chars like rustc', () => {
    expectAll(
      rows.filter((r) => r[1] === 'char'),
      ([s, , input, out]) => [formatChar(input!.codePointAt(0)!, spec(s!)), out!],
    );
  });
  it('formats strs like rustc', () => {
    expectAll(
      rows.filter((r) => r[1] === 'str'),
      ([s, , input, out]) => [formatStr(input!, spec(s!)), out!],
    );
  });
  it('pads bool and () through padStr', () => {
    expect(padStr(spec('{:^9}'), 'true')).toBe('  true   ');
    expect(padStr(spec('{:.2}'), '()')).toBe('()');
    expect(padStr(spec('{:.1}'), 'false')).toBe('f');
  });
  it('escapes the documented cases', () => {
    expect(debugChar(0x61)).toBe("'a'");
    expect(debugChar(0x0a)).toBe("'\\n'");
    expect(debugChar(0x27)).toBe("'\\''");
    expect(debugChar(0x22)).toBe(`'"'`);
    expect(debugStr(`a"b'c`)).toBe(`"a\\"b'c"`);
    expect(debugChar(0x301)).toBe("'\\u{301}'");
    expect(debugStr('\u{301}e\u{301}')).toBe('"\\u{301}e\\u{301}"');
    expect(debugStr('😀\u{e000}\u{378}')).toBe('"😀\\u{e000}\\u{378}"');
  });
  it('agrees with std on every code point', () => {
    const lines = readFileSync(new URL('unicode.txt', GOLDEN), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(' ').map((x, i) => (i === 0 ? parseInt(x, 16) : Number(x))) as [number, number]);
    const failures: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const [start, cls] = lines[i]!;
      const end = i + 1 < lines.length ? lines[i + 1]![0] : 0x110000;
      for (let cp = start; cp < end; cp++) {
        if (cp >= 0xd800 && cp < 0xe000) continue;
        // `str::escape_debug` escapes mid-string chars only when not printable; `char::escape_debug`
        // (like `{:?}` of a char or str) also escapes grapheme extenders. Backslash escapes are not `\u{..}`.
        const special = [0, 9, 10, 13, 0x22, 0x27, 0x5c].includes(cp);
        const printable = isPrintable(cp);
        const extend = isGraphemeExtended(cp);
        const aloneEscaped = debugChar(cp).startsWith("'\\u{");
        const expectPrintable = special ? cp >= 0x20 : (cls & 1) === 0;
        const ok = printable === expectPrintable && (special || (aloneEscaped === ((cls & 2) !== 0) && (printable ? extend === aloneEscaped : true)));
        if (!ok && failures.length < 20) failures.push(`U+${cp.toString(16)}: std class ${cls}, printable ${printable}, extend ${extend}, char escaped ${aloneEscaped}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
