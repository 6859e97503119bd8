import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordFile, recordSource, traceFile } from '../helpers.js';
import { narrate, narrationText } from '../../src/views/narration.js';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeShared, encodeShared, SHARED_MAX_STEPS } from '../../web/src/share.js';
import { buildSteps, lineOf, runToLine, stepOut, stepOver } from '../../src/views/steps.js';

// The page's pure logic, in Node: which steps exist, how into/over/out move, what the narration says.

describe('steps', () => {
  it('keeps the seed’s nine call/return stops (and the end) in the calls view', async () => {
    const trace = (await recordFile('examples/complex.rs', { at: 'all' })).summary();
    const steps = buildSteps(trace, 'calls');
    expect(steps.map((s) => s.caption)).toEqual([
      'main() calls foo()', 'foo() calls baz()', 'baz() returns', 'foo() calls bar()', 'bar() calls baz()',
      'baz() returns', 'bar() returns', 'foo() returns', 'main() returns', expect.any(String),
    ]);
    expect(steps.at(-1)!.kind).toBe('end');
  });

  it('steps over a call and out of a function', async () => {
    const trace = (await recordFile('examples/complex.rs', { at: 'all' })).summary();
    const steps = buildSteps(trace, 'calls');
    // At "foo() calls baz()" (depth 2), over skips baz's own stops.
    expect(steps[stepOver(steps, 1)]!.caption).toBe('foo() calls bar()');
    // At "bar() calls baz()" (depth 3), out goes to the first stop back in foo.
    expect(steps[stepOut(steps, 4)]!.caption).toBe('foo() returns');
    expect(stepOver(steps, steps.length - 1)).toBe(steps.length - 1);
  });

  it('runs to a line, wrapping around, and reports lines without stops', async () => {
    const trace = (await recordFile('examples/complex.rs', { at: 'all' })).summary();
    const steps = buildSteps(trace, 'all');
    const j = runToLine(steps, 0, 18);
    expect(steps[j]!.line).toBe(18);
    expect(steps[runToLine(steps, j, 18)]!.line).toBe(18);
    expect(runToLine(steps, 0, 8)).toBe(-1);
  });

  it('adds a final step for a panic, with rustc’s message', async () => {
    const trace = (await recordSource('fn main() {\n    let v = 1;\n    panic!("boom {}", v);\n}\n', { at: 'all' }, 'src/main.rs')).summary();
    const last = buildSteps(trace, 'all').at(-1)!;
    expect(last.kind).toBe('panic');
    expect(last.line).toBe(3);
    expect(last.caption).toBe("thread 'main' panicked at src/main.rs:3:5: boom 1");
  });

  it('shows the frame that panicked on the panic’s step, before unwinding drops anything', async () => {
    const source = 'fn check(x: i32) -> i32 {\n    let limit = 3;\n    if x > limit {\n        panic!("too large: {}", x);\n    }\n    x * 2\n}\n\nfn main() {\n    let v = vec![1, 2];\n    for i in 0..10 {\n        println!("{}", check(i) + v[0]);\n    }\n}\n';
    const recording = await recordSource(source, { at: 'all' }, 'src/main.rs');
    const trace = recording.summary();
    for (const filter of ['all', 'calls'] as const) {
      const steps = buildSteps(trace, filter);
      const last = steps.at(-1)!;
      expect(last.kind).toBe('panic');
      expect(last.caption).toBe("thread 'main' panicked at src/main.rs:4:9: too large: 4");
      expect(steps.filter((s) => s.kind === 'panic' || s.kind === 'end')).toHaveLength(1);
      const snapshot = recording.snapshot(last.stop);
      expect(snapshot.frames.filter((f) => !f.std).map((f) => f.fn)).toEqual(['main', 'check']);
      expect(snapshot.frames[1]!.locals.find((l) => l.name === 'limit')!.cells[0]!.value).toEqual({ kind: 'int', text: '3' });
      // v's buffer is still allocated: unwinding frees it after this picture.
      expect(snapshot.heap).toHaveLength(1);
    }
  });

  it('ends a stack overflow on its overflow stop, in the calls view too, with the whole stack', async () => {
    const text = 'fn down(n: u32) -> u32 {\n    let twice = n * 2;\n    twice + down(n + 1)\n}\n\nfn main() {\n    println!("{}", down(1));\n}\n';
    const recording = await recordSource(text, { at: 'all', stackSize: 40 });
    for (const filter of ['calls', 'all'] as const) {
      const last = buildSteps(recording.summary(), filter).at(-1)!;
      expect(last.kind).toBe('overflow');
      expect(last.line).toBe(3);
      // main costs 1 cell, each `down` 3: 13 of them fit in 40 cells, the 14th does not.
      expect(last.caption).toBe("stack overflow: the frame of down() needs 3 cells; 0 of the stack's 40 are left");
      expect(last.depth).toBe(14);
      expect(recording.snapshot(last.stop).frames).toHaveLength(14);
    }
  });

  it('says when the step budget ended the run', async () => {
    const trace = (await recordSource('fn main() {\n    let mut x = 0;\n    loop {\n        x += 1;\n    }\n}\n', { at: 'all', maxSteps: 500 })).summary();
    const last = buildSteps(trace, 'all', 500).at(-1)!;
    expect(last.kind).toBe('limit');
    expect(last.caption).toMatch(/^stopped after 500 steps/);
  });

  it('writes the numbers of a limit’s caption one way', async () => {
    const trace = (await recordSource('fn main() {\n    let mut x = 0u64;\n    loop {\n        x += 1;\n    }\n}\n', { at: 'all', maxSteps: 12_345 })).summary();
    expect(buildSteps(trace, 'all', 12_345).at(-1)!.caption).toBe('stopped after 12,345 steps: the step budget of 12,345 steps ran out');
  });

  it('reads lines from locations whose path has colons', () => {
    expect(lineOf('C:/x/main.rs:12:5')).toBe(12);
  });
});

describe('narration', () => {
  it('tells what happened since the previous step in plain words', async () => {
    const trace = (await recordFile('examples/complex.rs', { at: 'all' })).summary();
    const steps = buildSteps(trace, 'calls');
    const i = steps.findIndex((s) => s.caption === 'foo() returns');
    expect(narrationText(narrate(trace.events, steps, i))).toBe('foo() returns — since the last step: d is dropped and frees (2^30) - 2; bar() returns');
    expect(narrate(trace.events, steps, 0).since).toEqual(['allocates an i32 at (2^30) - 1']);
  });

  it('says the first step counts from the start, and whether a step just ran or is about to run', async () => {
    const trace = (await recordFile('examples/complex.rs', { at: 'all' })).summary();
    const steps = buildSteps(trace, 'all');
    const first = narrate(trace.events, steps, 1);
    expect(first.from).toBe('previous');
    expect(narrationText(first)).toContain(' — since the last step: ');
    const calls = buildSteps(trace, 'calls');
    expect(narrationText(narrate(trace.events, calls, 0))).toBe('main() calls foo() — since the start: allocates an i32 at (2^30) - 1');
    const tenses = new Map(steps.map((s, i) => [s.kind, narrate(trace.events, steps, i).tense]));
    expect(Object.fromEntries(tenses)).toEqual({ statement: 'ran', call: 'next', return: 'next', drop: 'ran', end: 'ended' });
  });
});

describe('the Examples menu', () => {
  // Every example program runs to its end (the panic and the endless loop as they should).
  const dir = 'web/src/examples/';
  const expected: Record<string, string> = { 'panic.rs': 'panicked', 'endless.rs': 'limit' };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.rs'))) {
    it(`runs ${file}`, async () => {
      const trace = await traceFile(dir + file, { at: 'all', maxSteps: 100_000 });
      expect(trace.outcome.kind).toBe(expected[file] ?? 'returned');
    });
  }

  it('narrates a Vec’s growth without the calls into std', async () => {
    const trace = (await recordFile('web/src/examples/vec-growth.rs', { at: 'all' })).summary();
    const steps = buildSteps(trace, 'all');
    expect(narrationText(narrate(trace.events, steps, 1))).toBe('line 8: v.push(i * 10); — since the last step: allocates a [i32; 4] at (2^30) - 4');
    expect(narrate(trace.events, steps, 9).since).toEqual(['moves the 4-cell buffer at (2^30) - 4 to a bigger [i32; 8] at (2^30) - 12 and frees the old one']);
    // The loop's own step is after all of it ran: its first and last lines, never `{` alone.
    expect(steps.map((s) => s.caption)).toContain('lines 7–10: for i in 1..=5 { … }');
    // The end: v's drop is a step of its own, which says what it frees.
    const drop = steps.findIndex((s) => s.kind === 'drop');
    expect(narrate(trace.events, steps, drop)).toEqual({ now: 'drop v: Vec<i32> frees 32 bytes at (2^30) - 12', tense: 'ran', from: 'previous', since: [] });
  });
});

describe('a reallocation is narrated at the statement that made it', () => {
  // Vec and String, push and extend, a push without its `;` at a block's or a loop body's end
  // or as a function's last expression, and the first statement after a call returns.
  const PROGRAM = `fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x)
}

fn num(x: i32) -> i32 {
    x * 2
}

fn main() {
    let mut v = Vec::new();
    for i in 0..5 {
        v.push(i)
    }
    add(&mut v, 5);
    add(&mut v, 6);
    add(&mut v, 7);
    add(&mut v, 8);
    v.push(num(4));
    let mut s = String::from("ab");
    {
        let tail = "cdefghijklmnopqrstuvwxyz";
        s.push_str(tail)
    }
    s.push('!');
    v.extend(vec![1, 2, 3, 4, 5, 6, 7]);
    println!("{} {}", v.len(), s.len());
}
`;

  /** Each step's source line and narration, for the steps whose narration reallocates. */
  async function reallocations(model: 'book' | 'real'): Promise<{ line: number; caption: string; since: string[] }[]> {
    const trace = (await recordSource(PROGRAM, { at: 'all', model })).summary();
    const steps = buildSteps(trace, 'all');
    return steps
      .map((step, i) => ({ line: step.line, caption: step.caption, since: narrate(trace.events, steps, i, model).since.filter((p) => /buffer/.test(p)) }))
      .filter((n) => n.since.length > 0);
  }

  it('in the book model, where a buffer moves', async () => {
    expect(await reallocations('book')).toEqual([
      { line: 12, caption: 'line 12: v.push(i)', since: ['moves the 4-cell buffer at (2^30) - 4 to a bigger [i32; 8] at (2^30) - 12 and frees the old one'] },
      { line: 2, caption: 'line 2: v.push(x)', since: ['moves the 8-cell buffer at (2^30) - 12 to a bigger [i32; 16] at (2^30) - 28 and frees the old one'] },
      { line: 22, caption: 'line 22: s.push_str(tail)', since: ['moves the 2-cell buffer at (2^30) - 2 to a bigger [u8; 26] at (2^30) - 54 and frees the old one'] },
      { line: 24, caption: "line 24: s.push('!');", since: ['moves the 26-cell buffer at (2^30) - 54 to a bigger [u8; 52] at (2^30) - 106 and frees the old one'] },
      { line: 25, caption: 'line 25: v.extend(vec![1, 2, 3, 4, 5, 6, 7]);', since: ['moves the 16-cell buffer at (2^30) - 28 to a bigger [i32; 32] at (2^30) - 138 and frees the old one'] },
    ]);
  });

  it('in the real model, where glibc grows a buffer in place', async () => {
    const lines = (await reallocations('real')).map((n) => [n.line, n.caption]);
    expect(lines).toEqual([
      [12, 'line 12: v.push(i)'],
      [2, 'line 2: v.push(x)'],
      [22, 'line 22: s.push_str(tail)'],
      [24, "line 24: s.push('!');"],
      [25, 'line 25: v.extend(vec![1, 2, 3, 4, 5, 6, 7]);'],
    ]);
  });

  it('names what std drops by its type, not by std’s own locals', async () => {
    const trace = (await recordSource(PROGRAM, { at: 'all' })).summary();
    const steps = buildSteps(trace, 'all');
    const extend = steps.findIndex((s) => s.line === 25);
    const since = narrate(trace.events, steps, extend).since;
    expect(since.filter((p) => p.includes('dropped'))).toEqual(['a Vec<i32> is dropped', 'an IntoIter<i32> is dropped and frees (2^30) - 7']);
  });
});

describe('share links', () => {
  it('round-trips the program and options', () => {
    const shared = { source: 'fn main() {\n    let s = "ü → ✓ #&?";\n}\n', maxSteps: 1234, stops: 'calls' as const, step: 7, model: 'real' as const, unchecked: true };
    const hash = encodeShared(shared);
    expect(hash).toMatch(/^v1=[A-Za-z0-9+\-$]+$/);
    expect(decodeShared(`#${hash}`)).toEqual(shared);
  });

  it('reads links made before the model switch as the book model, and before the unchecked box as checked', () => {
    const old = `#v1=${compressToEncodedURIComponent(JSON.stringify(['fn main() {}', 500, 'all', 2]))}`;
    expect(decodeShared(old)).toEqual({ source: 'fn main() {}', maxSteps: 500, stops: 'all', step: 2, model: 'book', unchecked: false });
    const real = `#v1=${compressToEncodedURIComponent(JSON.stringify(['fn main() {}', 500, 'all', 2, 'real']))}`;
    expect(decodeShared(real)?.unchecked).toBe(false);
  });

  it('caps the step budget a link sets, so that opening a link cannot start an hour-long run', () => {
    const huge = encodeShared({ source: 'fn main() { loop {} }', maxSteps: 10 ** 12, stops: 'all', step: 0, model: 'book', unchecked: false });
    expect(decodeShared(`#${huge}`)?.maxSteps).toBe(SHARED_MAX_STEPS);
    const modest = encodeShared({ source: 'fn main() {}', maxSteps: SHARED_MAX_STEPS - 1, stops: 'all', step: 0, model: 'book', unchecked: false });
    expect(decodeShared(`#${modest}`)?.maxSteps).toBe(SHARED_MAX_STEPS - 1);
  });

  it('ignores fragments it did not make', () => {
    expect(decodeShared('#top')).toBeNull();
    expect(decodeShared('#v1=%%%')).toBeNull();
  });
});
