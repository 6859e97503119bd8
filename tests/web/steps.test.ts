import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordFile, recordSource, traceFile } from '../helpers.js';
import { narrate, narrationText } from '../../src/views/narration.js';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeShared, encodeShared } from '../../web/src/share.js';
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
    expect(narrationText(narrate(trace.events, steps, 1))).toBe('line 6: v.push(i * 10); — since the last step: allocates a [i32; 4] at (2^30) - 4');
    expect(narrate(trace.events, steps, 9).since).toEqual(['moves the 4-cell buffer at (2^30) - 4 to a bigger [i32; 8] at (2^30) - 12 and frees the old one']);
    // The end: v's drop is a step of its own, which says what it frees.
    const drop = steps.findIndex((s) => s.kind === 'drop');
    expect(narrate(trace.events, steps, drop)).toEqual({ now: 'drop v: Vec<i32> frees 32 bytes at (2^30) - 12', since: [] });
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

  it('ignores fragments it did not make', () => {
    expect(decodeShared('#top')).toBeNull();
    expect(decodeShared('#v1=%%%')).toBeNull();
  });
});
