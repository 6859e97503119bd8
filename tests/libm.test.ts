import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fma, fusedMulAdd, F64_FORMAT } from '../src/machine/fma.js';
import { LIBM_EXACT, libmFunction } from '../src/machine/libm/index.js';

// The ports of glibc's float functions against a golden table of glibc 2.36's own answers
// (tests/libm/glibc-bits.txt, written by scripts/libm/table.mjs from a rustc-built binary):
// every listed function, every argument, bit for bit.

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

function fromBits(kind: string, hex: string): number {
  if (kind === 'f64') {
    u64[0] = BigInt(`0x${hex}`);
    return f64[0]!;
  }
  u32[0] = parseInt(hex, 16);
  return f32[0]!;
}

function toBits(kind: string, x: number): string {
  if (kind === 'f64') {
    f64[0] = x;
    return u64[0]!.toString(16);
  }
  f32[0] = x;
  return u32[0]!.toString(16);
}

interface Case {
  args: string[];
  expected: string;
}

function readTable(): Map<string, Case[]> {
  const table = new Map<string, Case[]>();
  for (const line of readFileSync('tests/libm/glibc-bits.txt', 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [target, ...rest] = line.split(' ');
    const expected = rest.pop()!;
    if (!table.has(target!)) table.set(target!, []);
    table.get(target!)!.push({ args: rest, expected });
  }
  return table;
}

const table = readTable();

describe('libm ports give glibc 2.36 bits', () => {
  it('covers every function listed as exact', () => {
    for (const kind of ['f64', 'f32'] as const) {
      for (const name of LIBM_EXACT[kind]) expect(table.get(`${kind}:${name}`)?.length ?? 0).toBeGreaterThanOrEqual(300);
    }
  });

  for (const [target, cases] of table) {
    it(target, () => {
      const [kind, name] = target.split(':') as ['f64' | 'f32', string];
      const fn = libmFunction(name, kind)!;
      const wrong: string[] = [];
      for (const { args, expected } of cases) {
        const values = args.map((a) => fromBits(kind, a));
        const got = toBits(kind, fn(values[0]!, values[1] ?? 0));
        // Any NaN prints as NaN; an f32 signaling NaN cannot be held in a JS number at all.
        if (Number.isNaN(fromBits(kind, expected)) && Number.isNaN(fromBits(kind, got))) continue;
        if (got !== expected) wrong.push(`${args.join(',')} -> ${got}, glibc ${expected}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('the double fma without bigint', () => {
  it('agrees with the exact bigint fma, cancellations and tiny rests included', () => {
    let state = 0x2545f4914f6cdd1dn;
    const next = (): bigint => {
      state = (state * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
      return state;
    };
    const arg = (): number => {
      const exponent = Number(next() % 160n) - 80;
      const sign = next() & 1n ? -1 : 1;
      return sign * (1 + Number(next() >> 11n) / 2 ** 53) * 2 ** exponent;
    };
    for (let i = 0; i < 20000; i++) {
      const a = arg();
      const b = arg();
      // A third of the sums nearly cancel the product.
      const c = i % 3 === 0 ? -(a * b) * (1 + (Number(next() % 64n) - 32) * 2 ** -52) : arg();
      expect(fma(a, b, c)).toBe(fusedMulAdd(a, b, c, F64_FORMAT));
    }
  });
});
