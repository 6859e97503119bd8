import { describe, expect, it } from 'vitest';
import { intFromNumber, intScalar } from '../src/memory/memory.js';
import { IntOperator, ordering } from '../src/machine/compile-scalar.js';
import { binaryInt, intKey } from '../src/machine/values.js';
import { Panic } from '../src/machine/signals.js';
import { INT_KINDS, intRange, type IntKind } from '../src/types/ty.js';
import type { BinOp } from '../src/mir/ir.js';

// Integer scalars hold safe integers as numbers (machine arithmetic on numbers) and wider ones as
// bigints. The number paths must give exactly what the bigint path (`binaryInt`, a debug
// build's arithmetic) gives, or decline (NaN) so that the bigint path runs.

const SPAN = { file: 0, start: 0, end: 0 } as never;
const OPS: readonly BinOp[] = ['add', 'sub', 'mul', 'div', 'rem', 'bitand', 'bitor', 'bitxor', 'shl', 'shr'];

/** Values of `int` worth trying: its edges, small numbers, around 2^31, 2^32 and 2^53, random. */
function samples(int: IntKind, random: () => number): bigint[] {
  const { min, max } = intRange(int);
  const picks = [min, min + 1n, max, max - 1n, 0n, 1n, 2n, 3n, 7n, 8n, 31n, 32n, 63n, 64n, 127n, 128n, 255n, 256n, -1n, -2n, -3n, -7n, -8n, -128n, -129n];
  for (const edge of [2n ** 31n, 2n ** 32n, 2n ** 53n, 2n ** 63n]) picks.push(edge - 1n, edge, edge + 1n, -edge, -edge + 1n);
  for (let i = 0; i < 10; i++) {
    const span = max - min;
    const r = BigInt(Math.floor(random() * 2 ** 52)) * BigInt(Math.floor(random() * 2 ** 52));
    picks.push(min + (r % (span + 1n)), BigInt(Math.floor((random() - 0.5) * 2000)));
  }
  return picks.filter((v) => v >= min && v <= max);
}

function bigintResult(op: BinOp, a: bigint, b: bigint, int: IntKind, checked: boolean): bigint | 'panic' {
  try {
    return binaryInt(op, a, b, { k: 'int', int }, checked, SPAN);
  } catch (e) {
    if (e instanceof Panic) return 'panic';
    throw e;
  }
}

describe('integer operators on numbers', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  for (const int of INT_KINDS) {
    it(`give the bigint path's result or decline, on ${int}`, () => {
      const values = samples(int, random);
      let taken = 0;
      const wrong: string[] = [];
      for (const op of OPS) {
        const operator = IntOperator.of(op, int)!;
        for (const a of values) {
          for (const b of values) {
            const v = operator.apply(intScalar(a).num, intScalar(b).num);
            if (Number.isNaN(v)) continue;
            taken++;
            // Where numbers answer, neither a checked nor a wrapping operation overflows.
            const checked = bigintResult(op, a, b, int, true);
            const wrapping = bigintResult(op, a, b, int, false);
            if (checked !== BigInt(v) || wrapping !== BigInt(v)) wrong.push(`${a} ${op} ${b}: ${v}, not ${checked} (checked), ${wrapping} (wrapping)`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(taken).toBeGreaterThan(1000);
    });
  }

  it('decline what only the bigint path knows: overflow, division by zero, shifts out of range', () => {
    const i32 = (op: BinOp, a: number, b: number): number => IntOperator.of(op, 'i32')!.apply(a, b);
    expect(i32('add', 2 ** 31 - 1, 1)).toBeNaN();
    expect(i32('div', 5, 0)).toBeNaN();
    expect(i32('rem', 5, 0)).toBeNaN();
    expect(i32('div', -(2 ** 31), -1)).toBeNaN();
    expect(i32('shl', 1, 32)).toBeNaN();
    expect(i32('shr', 1, -1)).toBeNaN();
    expect(IntOperator.of('bitand', 'u64')!.apply(3, 5)).toBeNaN();
    expect(IntOperator.of('add', 'u64')!.apply(2 ** 53 - 1, 1)).toBeNaN();
    expect(IntOperator.of('add', 'u64')!.apply(intScalar(2n ** 60n).num, 1)).toBeNaN();
    expect(IntOperator.of('eq', 'i32')).toBeNull();
  });
});

describe('integer scalars', () => {
  it('keep their exact value whether made from a bigint or a number', () => {
    for (const v of [0n, 1n, -1n, 1023n, 1024n, -128n, -129n, 2n ** 53n - 1n, -(2n ** 53n) + 1n, 2n ** 53n, 2n ** 64n - 1n, -(2n ** 127n)]) {
      const s = intScalar(v);
      expect(s.value).toBe(v);
      const safe = v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER);
      expect(s.num).toBe(safe ? Number(v) : NaN);
      if (safe) expect(intFromNumber(Number(v)).value).toBe(v);
    }
    expect(intFromNumber(-0).num).toBe(0);
    expect(Object.is(intFromNumber(-0).num, 0)).toBe(true);
  });

  it('compare and key as their values do', () => {
    const values = [0n, 5n, -5n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 64n - 1n, -(2n ** 63n)];
    for (const a of values) {
      for (const b of values) {
        const expected = a < b ? -1 : a > b ? 1 : 0;
        const got = ordering(intScalar(a), intScalar(b));
        expect([a, b, got]).toEqual([a, b, expected < 0 ? 1 : expected > 0 ? 4 : 2]);
        expect(intKey(intScalar(a)) === intKey(b)).toBe(a === b);
      }
    }
  });
});
