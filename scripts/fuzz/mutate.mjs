// Mutations of a Rust program's text, driven by a seeded generator so that a mutant is
// reproducible from (seed, index) alone: `mutantOf(corpus, seed, index)` always builds the same one.

/** A small, fast 32-bit generator (mulberry32); `next()` is uniform in [0, 1). */
export class Random {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  pick(items) {
    return items[this.int(items.length)];
  }
}

/** The generator for mutant `index` of a run seeded `seed`: independent of every other mutant. */
export function mutantRandom(seed, index) {
  const mixed = new Random((seed * 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77));
  mixed.next();
  return mixed;
}

const INTS = ['0', '1', '-1', '2', '7', '127', '128', '255', '256', '-128', '65535', '2147483647', '-2147483648', '4294967295', '4294967296', '9223372036854775807', '18446744073709551615', '340282366920938463463374607431768211455', 'i32::MAX', 'i32::MIN', 'u8::MAX', 'u64::MAX', 'usize::MAX', 'i64::MIN', '1_000_000', '0xff', '0b1010', '1u8', '300u8', '-1i64', '5usize'];
const FLOATS = ['0.0', '-0.0', '1.0', '0.1', '1.5', '-2.5', '1e308', '1e-7', '123456789.125', 'f64::NAN', 'f64::INFINITY', 'f64::NEG_INFINITY', 'f64::MAX', 'f64::MIN_POSITIVE', '2.0f32', '1e10'];
const STRINGS = ['', ' ', 'a', 'héllo', '日本語', '\\n', '\\t\\"q\\"', '\\u{1F600}', '\\\\', 'a\\0b', 'ß', '{}', '{{}}', '{:?}', '{:>8}', 'x'.repeat(40), 'e\\u{301}'];
const CHARS = ["'a'", "'\\n'", "'é'", "'\\u{10FFFF}'", "'\\''", "'ß'", "'0'", "' '", "'\\0'", "'😀'"];
const NUMERIC_TYPES = ['i32', 'u8', 'i64', 'f64', 'usize', 'u32', 'i8', 'u64', 'isize', 'f32', 'i128', 'u16'];
const OPERATOR_GROUPS = [
  ['+', '-', '*', '/', '%'],
  ['<', '<=', '>', '>=', '==', '!='],
  ['&&', '||'],
  ['&', '|', '^', '<<', '>>'],
  ['+=', '-=', '*=', '/=', '%='],
];
const WORD_SWAPS = [
  ['&mut ', '&'],
  ['String', '&str'],
  ['.iter()', '.into_iter()', '.iter_mut()'],
  ['.len()', '.capacity()'],
  ['.unwrap()', '.expect("boom")', '?'],
  ['Some(', 'Ok(', 'Box::new('],
  ['Vec<', 'Box<', 'Option<'],
  ['Rc', 'Arc', 'Box'],
  ['let ', 'let mut '],
  ['break', 'continue', 'return'],
  ['.clone()', ''],
  ['.to_string()', '.to_owned()', ''],
  ['*', ''],
  ['self.', 'Self::'],
  ['pub ', ''],
  ['println!', 'print!', 'eprintln!'],
  ['{:?}', '{}', '{:#?}'],
  ['while ', 'if '],
  ['i += 1', 'i -= 1'],
];

const TOKEN_KINDS = {
  int: /(?<![\w.'"])-?(?:0x[0-9a-fA-F_]+|0b[01_]+|\d[\d_]*)(?:[iu](?:8|16|32|64|128|size))?(?![\w.])/g,
  float: /(?<![\w.])-?\d[\d_]*\.\d[\d_]*(?:e-?\d+)?(?:f32|f64)?(?![\w.])/g,
  string: /"(?:[^"\\\n]|\\.)*"/g,
  char: /'(?:[^'\\\n]|\\[^\n]+?)'(?!\w)/g,
  numericType: new RegExp(`\\b(?:${NUMERIC_TYPES.join('|')})\\b`, 'g'),
  operator: / (?:<<=|>>=|\+=|-=|\*=|\/=|%=|<<|>>|<=|>=|==|!=|&&|\|\||[+\-*/%<>&|^]) /g,
};

/** Every match of `re` in `text`, as [start, end, matched]. */
function matchesOf(re, text) {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length, m[0]]);
}

function splice(text, start, end, replacement) {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** Replaces one random occurrence (chosen among `re`'s matches) by `replace(matched)`; null if none. */
function replaceOne(text, re, rng, replace) {
  const found = matchesOf(re, text);
  if (found.length === 0) return null;
  const [start, end, matched] = rng.pick(found);
  const replacement = replace(matched);
  if (replacement === matched) return null;
  return { text: splice(text, start, end, replacement), what: `${matched.trim()} → ${replacement.trim()} at offset ${start}` };
}

function lineMutation(text, rng, name, change) {
  const lines = text.split('\n');
  if (lines.length < 2) return null;
  const what = change(lines);
  return what === null ? null : { text: lines.join('\n'), what: `${name} ${what}` };
}

/** The mutation operators: each takes (text, rng, donor) and returns {text, what} or null when it
 *  does not apply. `donor` is another corpus program, for splicing. */
export const MUTATORS = {
  deleteLine: (text, rng) => lineMutation(text, rng, 'delete line', (lines) => {
    const i = rng.int(lines.length);
    lines.splice(i, 1);
    return `${i + 1}`;
  }),
  duplicateLine: (text, rng) => lineMutation(text, rng, 'duplicate line', (lines) => {
    const i = rng.int(lines.length);
    lines.splice(i, 0, lines[i]);
    return `${i + 1}`;
  }),
  swapLines: (text, rng) => lineMutation(text, rng, 'swap lines', (lines) => {
    const i = rng.int(lines.length);
    const j = rng.next() < 0.6 ? Math.min(lines.length - 1, i + 1) : rng.int(lines.length);
    if (i === j) return null;
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return `${i + 1} and ${j + 1}`;
  }),
  moveLine: (text, rng) => lineMutation(text, rng, 'move line', (lines) => {
    const i = rng.int(lines.length);
    const [line] = lines.splice(i, 1);
    const j = rng.int(lines.length + 1);
    lines.splice(j, 0, line);
    return `${i + 1} to ${j + 1}`;
  }),
  spliceLine: (text, rng, donor) => lineMutation(text, rng, 'insert a line of another program at', (lines) => {
    const donorLines = donor.split('\n').filter((l) => l.trim() !== '');
    if (donorLines.length === 0) return null;
    const i = rng.int(lines.length);
    lines.splice(i, 0, rng.pick(donorLines));
    return `${i + 1}`;
  }),
  truncateLines: (text, rng) => lineMutation(text, rng, 'keep lines up to', (lines) => {
    const keep = 1 + rng.int(lines.length - 1);
    lines.splice(keep);
    return `${keep}`;
  }),
  truncateChars: (text, rng) => {
    if (text.length < 2) return null;
    const at = rng.int(text.length);
    return { text: text.slice(0, at), what: `cut at offset ${at}` };
  },
  intLiteral: (text, rng) => replaceOne(text, TOKEN_KINDS.int, rng, () => rng.pick(INTS)),
  floatLiteral: (text, rng) => replaceOne(text, TOKEN_KINDS.float, rng, () => rng.pick(FLOATS)),
  stringLiteral: (text, rng) => replaceOne(text, TOKEN_KINDS.string, rng, (s) => (rng.next() < 0.5 ? `"${rng.pick(STRINGS)}"` : `"${s.slice(1, -1)}${rng.pick(STRINGS)}"`)),
  charLiteral: (text, rng) => replaceOne(text, TOKEN_KINDS.char, rng, () => rng.pick(CHARS)),
  numericType: (text, rng) => replaceOne(text, TOKEN_KINDS.numericType, rng, () => rng.pick(NUMERIC_TYPES)),
  operator: (text, rng) =>
    replaceOne(text, TOKEN_KINDS.operator, rng, (op) => {
      const bare = op.trim();
      const group = OPERATOR_GROUPS.find((g) => g.includes(bare)) ?? OPERATOR_GROUPS[0];
      return ` ${rng.pick(group.filter((other) => other !== bare))} `;
    }),
  wordSwap: (text, rng) => {
    const applicable = WORD_SWAPS.filter((group) => group.some((w) => w !== '' && text.includes(w)));
    if (applicable.length === 0) return null;
    const group = rng.pick(applicable);
    const from = rng.pick(group.filter((w) => w !== '' && text.includes(w)));
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(/^\w/.test(from) ? `\\b${escaped}` : escaped, 'g');
    return replaceOne(text, re, rng, () => rng.pick(group.filter((w) => w !== from)));
  },
};

const MUTATOR_NAMES = Object.keys(MUTATORS);

/**
 * Mutant `index` of a run seeded `seed` over `corpus` (a sorted list of {name, text}): a program
 * picked by the generator with one to three mutations applied. Returns {program, text, steps},
 * `steps` saying what each mutation did.
 */
export function mutantOf(corpus, seed, index) {
  const rng = mutantRandom(seed, index);
  const program = rng.pick(corpus);
  let text = program.text;
  const steps = [];
  const wanted = rng.next() < 0.6 ? 1 : rng.next() < 0.7 ? 2 : 3;
  for (let attempt = 0; steps.length < wanted && attempt < 20; attempt++) {
    const name = rng.pick(MUTATOR_NAMES);
    const result = MUTATORS[name](text, rng, rng.pick(corpus).text);
    if (result === null || result.text === text) continue;
    text = result.text;
    steps.push(`${name}: ${result.what}`);
  }
  return { program: program.name, text, steps };
}
