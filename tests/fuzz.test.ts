import { describe, expect, it } from 'vitest';
// The fuzzer's pure parts (scripts/fuzz/): plain ES modules, shared with `npm run fuzz`.
import { classify, signature } from '../scripts/fuzz/classify.mjs';
import { braceBlocks, minimizeLines } from '../scripts/fuzz/minimize.mjs';
import { MUTATORS, mutantOf, Random } from '../scripts/fuzz/mutate.mjs';
import { canonicalThreadIds } from '../scripts/fuzz/rustc.mjs';

const corpus = [
  { name: 'a.rs', text: 'fn main() {\n    let x: i32 = 1 + 2;\n    println!("{}", x);\n}\n' },
  { name: 'b.rs', text: 'fn main() {\n    let s = String::from("hi");\n    if s.len() < 3 && true {\n        println!("{}", s);\n    }\n}\n' },
];

const ran = (stdout: string, exitCode = 0, stderr = '') => ({ status: 'ran', outcome: exitCode === 0 ? 'returned' : 'panicked', exitCode, stdout, stderr });
const rejected = (code: string | null, line: number, kind = 'compile') => ({ status: 'diagnostic', kind, code, headline: 'h', line, col: 1 });
const binary = (stdout: string, exitCode = 0, stderr = '') => ({ compiled: true, exitCode, stdout, stderr, timedOut: false });
const rustcRejects = (...errors: [string | null, number, string?][]) => ({ compiled: false, errors: errors.map(([code, line, headline]) => ({ code, headline: headline ?? 'h', line })) });

describe('fuzz mutations', () => {
  it('are reproducible from the seed and the index alone', () => {
    const mutants = Array.from({ length: 40 }, (_, i) => mutantOf(corpus, 7, i));
    expect(Array.from({ length: 40 }, (_, i) => mutantOf(corpus, 7, i))).toEqual(mutants);
    expect(mutantOf(corpus, 7, 39)).toEqual(mutants[39]);
    expect(new Set(mutants.map((m) => m.text)).size).toBeGreaterThan(20);
    expect(mutants.map((m) => m.text)).not.toEqual(Array.from({ length: 40 }, (_, i) => mutantOf(corpus, 8, i).text));
    expect(mutants.every((m) => m.steps.length >= 1 && m.steps.length <= 3 && m.text !== corpus.find((p) => p.name === m.program)!.text)).toBe(true);
  });

  it('swap an operator for one of its own kind, and a numeric type for another', () => {
    for (let seed = 0; seed < 30; seed++) {
      const op = MUTATORS.operator!(corpus[1]!.text, new Random(seed))!;
      expect(op.text.split('\n')[2]).toMatch(/^ {4}if s\.len\(\) (?:<|<=|>|>=|==|!=) 3 (?:&&|\|\|) true \{$/);
      expect(op.text).not.toBe(corpus[1]!.text);
      const ty = MUTATORS.numericType!(corpus[0]!.text, new Random(seed));
      if (ty) expect(ty.text).toMatch(/let x: (?:i8|u8|u16|u32|i64|u64|i128|usize|isize|f32|f64) = 1 \+ 2;/);
    }
  });

  it('replace an integer literal, not a part of a name or a float', () => {
    const text = 'fn f2() -> f64 { 1.5 }\nfn main() { let a = [0u8; 4]; }\n';
    for (let seed = 0; seed < 30; seed++) {
      const r = MUTATORS.intLiteral!(text, new Random(seed));
      if (r === null) continue;
      expect(r.text).toContain('fn f2() -> f64 { 1.5 }');
      expect(r.what).toMatch(/^(?:0u8|4) → /);
    }
  });
});

describe('fuzz classes', () => {
  it('compare a panic\'s thread ids as the goldens do: the binary\'s OS ids and stackheap\'s own alike', () => {
    const interpreter = "\nthread '<unnamed>' (2) panicked at mutant.rs:11:13:\noops\n\nthread 'main' (1) panicked at mutant.rs:26:25:\n";
    const binaryStderr = "\nthread '<unnamed>' (23339) panicked at mutant.rs:11:13:\noops\n\nthread 'main' (23338) panicked at mutant.rs:26:25:\n";
    expect(canonicalThreadIds(interpreter)).toBe(canonicalThreadIds(binaryStderr));
    expect(canonicalThreadIds("\nthread 'small' (3) has overflowed its stack\n")).toBe("\nthread 'small' (1) has overflowed its stack\n");
  });

  it('compare runs by stdout, stderr and exit code', () => {
    expect(classify(ran('1\n'), binary('1\n'))).toBe('identical');
    expect(classify(ran('1\n'), binary('2\n'))).toBe('wrong-output');
    expect(classify(ran('', 101, 'p'), binary('', 101, 'q'))).toBe('wrong-output');
    expect(classify(ran('1\n', 101), binary('1\n', 0))).toBe('wrong-output');
    expect(signature('wrong-output', ran('1\n', 101), binary('1\n', 0))).toBe('exit 101 (panicked) / rustc exit 0');
  });

  it('compare nothing when the binary\'s runs differ or an allocation failed under the fuzzer\'s memory cap', () => {
    expect(classify(ran('a b\n'), { ...binary('b a\n'), nondeterministic: true, runs: 2 })).toBe('nondeterministic');
    expect(classify(ran('', 3), { ...binary('', 134, 'memory allocation of 4000000000 bytes failed\n'), memoryCapped: true })).toBe('unverified');
    // Neither excuses a program rustc rejects, nor a step limit of stackheap's.
    expect(classify(ran(''), rustcRejects(['E0308', 3]))).toBe('false-accept');
    expect(classify({ ...ran('a\n'), outcome: 'limit', exitCode: 3 }, { ...binary('a\nb\n'), nondeterministic: true })).toBe('limit');
  });

  it('compare rejections by the first error code and line', () => {
    expect(classify(rejected('E0308', 3), rustcRejects(['E0308', 3], ['E0599', 4]))).toBe('identical');
    expect(classify(rejected('E0599', 4), rustcRejects(['E0308', 3], ['E0599', 4]))).toBe('wrong-error');
    expect(classify(rejected('E0308', 4), rustcRejects(['E0308', 3]))).toBe('wrong-error');
    expect(classify(rejected('E0382', 3), rustcRejects(['E0308', 3]))).toBe('false-reject');
    expect(classify(rejected('E0382', 3), binary(''))).toBe('false-reject');
    expect(classify(rejected(null, 2, 'syntax'), rustcRejects([null, 2]))).toBe('identical');
    expect(classify(rejected(null, 2, 'syntax'), rustcRejects([null, 3]))).toBe('syntax-differs');
    expect(classify(rejected(null, 2, 'syntax'), rustcRejects([null, 2, 'expected `;`']))).toBe('syntax-differs');
    expect(signature('syntax-differs', rejected(null, 2, 'syntax'), rustcRejects([null, 2, 'expected `;`']))).toBe('h / rustc expected `…`');
    expect(classify(rejected(null, 2, 'syntax'), rustcRejects(['E0432', 1]))).toBe('false-reject');
    expect(classify(rejected(null, 2, 'syntax'), binary(''))).toBe('false-reject');
    expect(classify(rejected(null, 2), rustcRejects([null, 2, 'expected `;`'], ['E0308', 3]))).toBe('false-reject');
    expect(classify(rejected('E0308', 3), rustcRejects([null, 2, 'expected `;`'], ['E0308', 3]))).toBe('wrong-error');
    // rustc gives no location for a missing `main`.
    expect(classify(rejected('E0601', 1), { compiled: false, errors: [{ code: 'E0601', headline: 'h', line: null }] })).toBe('identical');
    expect(signature('wrong-error', rejected('E0308', 4), rustcRejects(['E0308', 3]))).toBe('E0308 on another line than rustc\'s');
    expect(classify({ ...rejected('E0765', 2, 'syntax') }, rustcRejects(['E0765', 2]))).toBe('identical');
    expect(classify(rejected(null, 2), rustcRejects([null, 2, 'another lint']))).toBe('false-reject');
    expect(classify(ran(''), rustcRejects(['E0308', 3]))).toBe('false-accept');
  });

  it('count a refusal as one only while what was printed is a prefix of the binary\'s output', () => {
    expect(classify(rejected(null, 1, 'unsupported'), null)).toBe('refused');
    const refusedRunning = { ...ran('a\n'), outcome: 'unsupported', exitCode: 2, headline: 'unsupported: x', line: 2 };
    expect(classify(refusedRunning, binary('a\nb\n'))).toBe('refused');
    expect(classify(refusedRunning, binary('b\n'))).toBe('wrong-output');
    expect(classify(refusedRunning, rustcRejects(['E0308', 1]))).toBe('false-accept');
  });

  it('count exceptions, timeouts and heap exhaustion as crashes, and group them by cause', () => {
    const thrown = { status: 'exception', message: 'TypeError: x is undefined at 12', at: 'at Machine.step (file:///r/dist/machine/machine.js:10:5)' };
    expect(classify(thrown, null)).toBe('crash');
    expect(classify({ status: 'timeout', message: '' }, null)).toBe('crash');
    expect(classify({ status: 'oom', message: '' }, null)).toBe('crash');
    expect(signature('crash', thrown, null)).toBe('TypeError: x is undefined at N Machine.step dist/machine/machine.js');
  });
});

describe('fuzz minimisation', () => {
  it('keeps only the lines the property needs', async () => {
    const text = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    const keeps = async (t: string) => t.includes('line 7') && t.includes('line 31');
    const { text: minimal } = await minimizeLines(text, keeps, 500);
    expect(minimal).toBe('line 7\nline 31');
  });

  it('removes whole blocks, which removing line by line cannot, since every part alone breaks the program', async () => {
    const text = 'fn a() {\n    if x {\n        y();\n    }\n}\nfn main() {\n    bad();\n}';
    expect(braceBlocks(text.split('\n'))).toEqual([[0, 4], [1, 3], [5, 7]]);
    const balanced = (t: string) => braceBlocks(t.split('\n')).length === t.split('\n').filter((l) => l.includes('{')).length && (t.match(/\{/g) ?? []).length === (t.match(/\}/g) ?? []).length;
    const keeps = async (t: string) => balanced(t) && t.includes('bad();');
    expect((await minimizeLines(text, keeps, 100)).text).toBe('fn main() {\n    bad();\n}');
  });

  it('stops after its budget of tests', async () => {
    let tests = 0;
    const text = Array.from({ length: 64 }, (_, i) => `${i}`).join('\n');
    const { tests: counted } = await minimizeLines(text, async () => (tests++, false), 10);
    expect([tests, counted]).toEqual([10, 10]);
  });
});
