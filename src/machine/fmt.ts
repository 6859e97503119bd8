import type { FormatSpec } from '../syntax/ast.js';

export { formatFloat, parseFloatLiteral, parseFloatStr, type FloatKind } from './fmt-float.js';
export { debugChar, debugStr, formatChar, formatStr, isGraphemeExtended, isPrintable } from './fmt-str.js';

/** A format spec with its width and precision already read from the arguments. */
export interface ResolvedSpec extends Omit<FormatSpec, 'width' | 'precision'> {
  readonly width: number | null;
  readonly precision: number | null;
}

const RADIX: Readonly<Record<string, { base: number; prefix: string; upper: boolean }>> = {
  x: { base: 16, prefix: '0x', upper: false },
  X: { base: 16, prefix: '0x', upper: true },
  o: { base: 8, prefix: '0o', upper: false },
  b: { base: 2, prefix: '0b', upper: false },
};

function padding(spec: ResolvedSpec, len: number, defaultAlign: '<' | '>'): [string, string] {
  const width = spec.width ?? 0;
  if (len >= width) return ['', ''];
  const total = width - len;
  const fill = spec.fill;
  switch (spec.align ?? defaultAlign) {
    case '<':
      return ['', fill.repeat(total)];
    case '>':
      return [fill.repeat(total), ''];
    case '^':
      return [fill.repeat(Math.floor(total / 2)), fill.repeat(Math.ceil(total / 2))];
  }
}

/** std's `Formatter::pad_integral`: sign, `#` prefix, then sign-aware zero padding or fill. */
function padIntegral(spec: ResolvedSpec, nonNegative: boolean, prefix: string, digits: string): string {
  const sign = !nonNegative ? '-' : spec.sign === '+' ? '+' : '';
  const head = sign + (spec.alternate ? prefix : '');
  const len = [...head].length + [...digits].length;
  if (spec.zeroPad) {
    const width = spec.width ?? 0;
    return head + '0'.repeat(Math.max(0, width - len)) + digits;
  }
  const [before, after] = padding(spec, len, '>');
  return before + head + digits + after;
}

/** std's `Formatter::pad`: precision truncates, then fill and alignment (left by default). */
export function padStr(spec: ResolvedSpec, text: string): string {
  const chars = [...text];
  const shown = spec.precision !== null && chars.length > spec.precision ? chars.slice(0, spec.precision).join('') : text;
  const [before, after] = padding(spec, Math.min(chars.length, spec.precision ?? Infinity), '<');
  return before + shown + after;
}

/** Formats an integer of `bits` width for Display, Debug, LowerHex, UpperHex, Octal, Binary or LowerExp. */
export function formatInt(value: bigint, bits: number, spec: ResolvedSpec): string {
  const trait = spec.trait === '?' && spec.debugHex ? spec.debugHex : spec.trait;
  const radix = RADIX[trait];
  if (radix) {
    // Radix formats show the two's complement bits of negative values.
    const unsigned = value < 0n ? BigInt.asUintN(bits, value) : value;
    const digits = unsigned.toString(radix.base);
    return padIntegral(spec, true, radix.prefix, radix.upper ? digits.toUpperCase() : digits);
  }
  const magnitude = value < 0n ? -value : value;
  if (trait === 'e' || trait === 'E') return padIntegral(spec, value >= 0n, '', intExp(magnitude, trait === 'E' ? 'E' : 'e', spec.precision));
  return padIntegral(spec, value >= 0n, '', magnitude.toString());
}

/**
 * `{:e}` of an integer (core::fmt::num's `exp_u64`/`exp_u128`): one digit, a point and the rest;
 * without precision trailing zeros go, with precision the digits round half to even or gain zeros.
 */
function intExp(magnitude: bigint, letter: 'e' | 'E', precision: number | null): string {
  let exp = magnitude === 0n ? 0 : magnitude.toString().length - 1;
  let coefPrec = exp;
  let coef = magnitude;
  let morePrec = 0;
  if (precision === null) {
    while (coefPrec !== 0 && coef % 10n === 0n) {
      coef /= 10n;
      coefPrec -= 1;
    }
  } else if (precision >= coefPrec) {
    morePrec = precision - coefPrec;
  } else {
    const scale = 10n ** BigInt(coefPrec - precision);
    const floor = coef / scale;
    const over = coef % scale;
    const half = scale / 2n;
    const roundUp = over < half ? 0n : over > half ? 1n : floor & 1n;
    coef = floor + roundUp;
    coefPrec = precision;
    // [9.95, 10) at one decimal becomes 10.0: one power of ten higher instead.
    if (roundUp !== 0n && coef.toString().length - 1 > coefPrec) {
      coef /= 10n;
      exp += 1;
    }
  }
  const digits = coef.toString().padStart(coefPrec + 1, '0');
  const mantissa = coefPrec === 0 && morePrec === 0 ? digits : `${digits[0]}.${digits.slice(1)}${'0'.repeat(morePrec)}`;
  return `${mantissa}${letter}${exp}`;
}
