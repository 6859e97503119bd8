/**
 * glibc 2.36's `__branred` (sysdeps/ieee754/dbl-64/branred.c): x mod pi/2 for huge |x|, as
 * a double-double and the quadrant, from 2/pi in base 2^24. Built without FMA (the split
 * products must stay exact), so nothing here fuses.
 */
import { addToHighWord, fromWords, highWord } from './bits.js';

/** 2/pi in base 2^24. */
const TOVERP = [
  10680707.0, 7228996.0, 1387004.0, 2578385.0, 16069853.0, 12639074.0, 9804092.0, 4427841.0, 16666979.0, 11263675.0,
  12935607.0, 2387514.0, 4345298.0, 14681673.0, 3074569.0, 13734428.0, 16653803.0, 1880361.0, 10960616.0, 8533493.0,
  3062596.0, 8710556.0, 7349940.0, 6258241.0, 3772886.0, 3769171.0, 3798172.0, 8675211.0, 12450088.0, 3874808.0,
  9961438.0, 366607.0, 15675153.0, 9132554.0, 7151469.0, 3571407.0, 2607881.0, 12013382.0, 4155038.0, 6285869.0,
  7677882.0, 13102053.0, 15825725.0, 473591.0, 9065106.0, 15363067.0, 6271263.0, 9264392.0, 5636912.0, 4652155.0,
  7056368.0, 13614112.0, 10155062.0, 1944035.0, 9527646.0, 15080200.0, 6658437.0, 6231200.0, 6832269.0, 16767104.0,
  5075751.0, 3212806.0, 1398474.0, 7579849.0, 6349435.0, 12618859.0, 4703257.0, 12806093.0, 14477321.0, 2786137.0,
  12875403.0, 9837734.0, 14528324.0, 13719321.0, 343717.0,
];

const SPLIT = 134217729.0;
const BIG = 6755399441055744; // 1.5 * 2^52
const BIG1 = 27021597764222976; // 1.5 * 2^54
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const MP1 = fromWords(0x3ff921fb, 0x58000000);
const MP2 = fromWords(0xbe4dde97, 0x40000000);

/** One half of the split argument times 2/pi: its integer part mod 4 (`sum`), the rest as `b + bb`. */
interface Part {
  sum: number;
  b: number;
  bb: number;
}

function multiplyByTwoOverPi(x: number): Part {
  const r = new Array<number>(6);
  let k = Math.trunc((((highWord(x) >>> 20) & 2047) - 450) / 24);
  if (k < 0) k = 0;
  let gor = addToHighWord(2 ** 576, -((k * 24) << 20));
  for (let i = 0; i < 6; i++) {
    r[i] = x * TOVERP[k + i]! * gor;
    gor *= 2 ** -24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = r[i]! + BIG - BIG;
    sum += s;
    r[i] = r[i]! - s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i]!;
  let bb = r[0]! - t + r[1]! + r[2]! + r[3]! + r[4]! + r[5]!;
  const s = t + BIG - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  sum -= sum + BIG1 - BIG1;
  return { sum, b, bb };
}

/** x mod pi/2 as `a + aa`, and the quadrant (0..3). */
export function branred(x: number): { quadrant: number; a: number; aa: number } {
  x *= 2 ** -600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const first = multiplyByTwoOverPi(x1);
  const second = multiplyByTwoOverPi(x2);
  let sum = first.sum + second.sum;
  let b = first.b + second.b;
  let bb = Math.abs(first.b) > Math.abs(second.b) ? first.b - b + second.b : second.b - b + first.b;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + first.bb + second.bb);
  t = b - s + bb + (first.bb + second.bb);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * MP2 + t2 * MP1 + (t2 * MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = b - s + bb;
  return { quadrant: (sum | 0) & 3, a: s, aa: t };
}
