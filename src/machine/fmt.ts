import type { FormatSpec } from '../syntax/ast.js';
import { padFormatted, zeros } from './fmt-float.js';

export { formatFloat, formatFloatChunks, parseFloatLiteral, parseFloatStr, type FloatKind } from './fmt-float.js';
export { debugChar, debugCharChunks, debugStr, debugStrChunks, formatChar, formatStr, isGraphemeExtended, isPrintable } from './fmt-str.js';

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

/** Each fill char is its own `write_char` in std's `Formatter::padding`. */
const fills = (fill: string): string[] => [...fill];

/**
 * std's `Formatter::pad_integral`: sign, `#` prefix, then sign-aware zero padding or fill; as
 * the writes std makes (each fill char, the sign, the prefix, the digits), so a `String` being
 * written to grows as it does in the real program.
 */
export function padIntegralChunks(spec: ResolvedSpec, nonNegative: boolean, prefix: string, digits: string): string[] {
  const sign = !nonNegative ? '-' : spec.sign === '+' ? '+' : '';
  const pre = spec.alternate ? prefix : '';
  const head = [sign, pre].filter((p) => p !== '');
  const len = sign.length + [...pre].length + digits.length;
  const width = spec.width ?? 0;
  if (len >= width) return [...head, digits];
  if (spec.zeroPad) return [...head, ...fills('0'.repeat(width - len)), digits];
  const [before, after] = padding(spec, len, '>');
  return [...fills(before), ...head, digits, ...fills(after)];
}

/** std's `Formatter::pad` as its writes: precision truncates, then fill and alignment (left by default). */
export function padChunks(spec: ResolvedSpec, text: string): string[] {
  if (spec.width === null && spec.precision === null) return [text];
  const chars = [...text];
  const shown = spec.precision !== null && chars.length > spec.precision ? chars.slice(0, spec.precision).join('') : text;
  const [before, after] = padding(spec, Math.min(chars.length, spec.precision ?? Infinity), '<');
  return [...fills(before), shown, ...fills(after)];
}

/** std's `Formatter::pad`: precision truncates, then fill and alignment (left by default). */
export function padStr(spec: ResolvedSpec, text: string): string {
  return padChunks(spec, text).join('');
}

/** Formats an integer of `bits` width for Display, Debug, LowerHex, UpperHex, Octal, Binary or LowerExp. */
export function formatInt(value: bigint, bits: number, spec: ResolvedSpec): string {
  return formatIntChunks(value, bits, spec).join('');
}

/** `formatInt` as the writes std's formatter makes. */
export function formatIntChunks(value: bigint, bits: number, spec: ResolvedSpec): string[] {
  const trait = spec.trait === '?' && spec.debugHex ? spec.debugHex : spec.trait;
  const radix = RADIX[trait];
  if (radix) {
    // Radix formats show the two's complement bits of negative values.
    const unsigned = value < 0n ? BigInt.asUintN(bits, value) : value;
    const digits = unsigned.toString(radix.base);
    return padIntegralChunks(spec, true, radix.prefix, radix.upper ? digits.toUpperCase() : digits);
  }
  const magnitude = value < 0n ? -value : value;
  if (trait === 'e' || trait === 'E') {
    // core::fmt::num's `exp_u64`: with no zeros to add, `pad_integral` of the whole text; else
    // `pad_formatted_parts` of the coefficient, the zeros and the exponent.
    const { coef, more, exp } = intExp(magnitude, trait === 'E' ? 'E' : 'e', spec.precision);
    if (more === 0) return padIntegralChunks(spec, value >= 0n, '', coef + exp);
    const sign = value < 0n ? '-' : spec.sign === '+' ? '+' : '';
    return padFormatted(spec, { sign, body: [coef, ...zeros(more), exp] });
  }
  return padIntegralChunks(spec, value >= 0n, '', magnitude.toString());
}

/**
 * `{:e}` of an integer (core::fmt::num's `exp_u64`/`exp_u128`): one digit, a point and the rest;
 * without precision trailing zeros go, with precision the digits round half to even or gain zeros.
 */
function intExp(magnitude: bigint, letter: 'e' | 'E', precision: number | null): { coef: string; more: number; exp: string } {
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
  const mantissa = coefPrec === 0 && morePrec === 0 ? digits : `${digits[0]}.${digits.slice(1)}`;
  return { coef: mantissa, more: morePrec, exp: `${letter}${exp}` };
}
