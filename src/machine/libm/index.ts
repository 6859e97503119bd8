/**
 * The float functions std calls in libm, computed as the glibc 2.36 libm a rustc-built binary
 * on x86_64 calls computes them (bit for bit where ported: see ARCHITECTURE.md), by the std
 * method's name. f32 functions take and return values exactly representable as f32.
 */
import { acos, asin } from './asin.js';
import { atan } from './atan.js';
import { atan2 } from './atan2.js';
import { cbrt, hypot } from './cbrt-hypot.js';
import { exp, exp2 } from './exp.js';
import { atanf, cosf, coshf, exp2f, expf, expm1f, hypotf, log10f, log2f, logf, powf as powf32, sinf, sinhf, tanhf } from './f32.js';
import { acosf, asinf, atan2f, tanf } from './f32-inverse-trig.js';
import { cosh, expm1, sinh, tanh } from './expm1.js';
import { log1p, log1pf } from './log1p.js';
import { ln, log10, log2 } from './log.js';
import { powf } from './pow.js';
import { cos, sin } from './sin.js';
import { tan } from './tan.js';

type FloatFunction = (x: number, y: number) => number;

const F64: Readonly<Record<string, FloatFunction>> = {
  exp,
  exp2,
  ln,
  log2,
  log10,
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
  cbrt,
  sinh,
  cosh,
  tanh,
  exp_m1: expm1,
  ln_1p: log1p,
  sqrt: Math.sqrt,
  powf,
  atan2,
  hypot,
};

/**
 * The f32 ports; any other f32 function (only `sqrt`, whose f64 result rounds to the correctly
 * rounded f32 one) is the f64 one's result rounded to f32.
 */
const F32: Readonly<Record<string, FloatFunction>> = {
  exp: expf,
  exp2: exp2f,
  ln: logf,
  log2: log2f,
  log10: log10f,
  hypot: hypotf,
  atan: atanf,
  sinh: sinhf,
  cosh: coshf,
  tanh: tanhf,
  exp_m1: expm1f,
  ln_1p: log1pf,
  // Rust's own libm (compiler-builtins) answers cbrtf, correctly rounded.
  cbrt: (x) => Math.fround(cbrt(x)),
  powf: powf32,
  sin: sinf,
  cos: cosf,
  tan: tanf,
  asin: asinf,
  acos: acosf,
  atan2: atan2f,
};

export const LIBM_FUNCTION_NAMES: readonly string[] = Object.keys(F64);

/**
 * The functions whose every result has glibc's exact bits (ports checked by
 * scripts/libm/check.mjs against a rustc-built binary; tests/libm.test.ts replays a table of its
 * answers): every function std takes from libm. A function added later that still uses V8's
 * `Math` stays off this list, for it may differ in the last bit.
 */
export const LIBM_EXACT: Readonly<Record<'f64' | 'f32', readonly string[]>> = {
  f64: ['exp', 'exp2', 'ln', 'log2', 'log10', 'powf', 'sin', 'cos', 'sqrt', 'cbrt', 'hypot', 'atan', 'atan2', 'tan', 'sinh', 'cosh', 'tanh', 'exp_m1', 'ln_1p', 'asin', 'acos'],
  f32: ['exp', 'exp2', 'ln', 'log2', 'log10', 'powf', 'sin', 'cos', 'sqrt', 'cbrt', 'hypot', 'atan', 'sinh', 'cosh', 'tanh', 'tan', 'asin', 'acos', 'atan2', 'exp_m1', 'ln_1p'],
};

/** std's `log(self, base)`: `self.ln() / base.ln()` in the type. */
const logBase64: FloatFunction = (x, base) => F64.ln!(x, 0) / F64.ln!(base, 0);
const logBase32: FloatFunction = (x, base) => {
  const ln = libmFunction('ln', 'f32')!;
  return Math.fround(ln(x, 0) / ln(base, 0));
};

export function libmFunction(name: string, type: 'f32' | 'f64'): FloatFunction | undefined {
  if (name === 'log') return type === 'f64' ? logBase64 : logBase32;
  if (type === 'f64') return F64[name];
  const own = F32[name];
  if (own) return own;
  const wide = F64[name];
  return wide && ((x, y) => Math.fround(wide(x, y)));
}
