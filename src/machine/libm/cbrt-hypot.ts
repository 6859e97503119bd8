/**
 * `cbrt` as Rust's own libm gives it (correctly rounded), and glibc 2.36's `hypot`
 * (sysdeps/ieee754/dbl-64/e_hypot.c), built for baseline x86_64: nothing fuses, so each
 * operation rounds as written.
 */
import { decompose } from '../fma.js';
import { nextMagnitude } from './bits.js';

/** Whether the exact cube of the midpoint of positive doubles `y` and `z` exceeds positive `a`. */
function midpointCubeExceeds(y: number, z: number, a: number): boolean {
  const p = decompose(y);
  const q = decompose(z);
  const e = Math.min(p.exponent, q.exponent);
  // (y + z) / 2 = sum * 2^(e - 1), exactly.
  const sum = (p.mantissa << BigInt(p.exponent - e)) + (q.mantissa << BigInt(q.exponent - e));
  const cube = sum * sum * sum;
  const cubeExponent = 3 * (e - 1);
  const t = decompose(a);
  const low = Math.min(cubeExponent, t.exponent);
  return cube << BigInt(cubeExponent - low) > t.mantissa << BigInt(t.exponent - low);
}

/**
 * The correctly rounded cube root: Rust 1.95 takes `cbrt` not from glibc but from its
 * compiler-builtins' port of CORE-MATH's correctly rounded one. V8's answer (within an ulp)
 * is moved to the neighbour whose rounding interval holds the exact root, decided by cubing
 * the interval's ends exactly (the root of a double is never such an end).
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const a = Math.abs(x);
  let y = Math.cbrt(a);
  for (;;) {
    const up = nextMagnitude(y, true);
    if (!midpointCubeExceeds(y, up, a)) {
      y = up;
      continue;
    }
    const down = nextMagnitude(y, false);
    if (midpointCubeExceeds(down, y, a)) {
      y = down;
      continue;
    }
    break;
  }
  return x < 0 ? -y : y;
}

const SCALE = 2 ** -600;
const LARGE_VAL = 2 ** 511;
const TINY_VAL = 2 ** -459;
const EPS = 2 ** -54;

/** sqrt(ax^2 + ay^2) corrected by its rounding error, for ax >= ay >= 0 in range (the non-FMA kernel). */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    return kernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}
