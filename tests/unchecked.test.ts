import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomeDiagnostic } from '../src/api.js';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { renderDiagnostic } from '../src/diagnostics/emitter.js';
import { bookRows } from '../src/views/book.js';
import { realLines } from '../src/views/real.js';
import { diagnosticOf, normalizeThreadIds, rejectionOf, traceFile, traceSource, yieldToEventLoop } from './helpers.js';
import { RefusalList } from './refusals.js';

// `--unchecked` ("what if the borrow checker were off", docs/unchecked.md). Every program in
// tests/unchecked is one rustc rejects (<name>.error is rustc's first error, recorded by `npm run
// oracle`). Run unchecked, it prints <name>.stdout, then, when a line is marked `// UB: <kind>`,
// stops there with that undefined behaviour and the diagnostic in <name>.stderr (exit 4); an
// unmarked program has none and runs to completion.
const dir = 'tests/unchecked';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

/** Programs stackheap's borrow checker accepts although rustc rejects them (NLL problem case #3:
 *  returning a borrow from one branch and mutating in the other); they run unchecked all the same.
 *  A gap that closes fails its test until it leaves this set. */
const CHECKER_GAPS = new Set(['ok_conditional_return.rs', 'ok_nll_problem_case_3.rs']);

function marker(text: string): { line: number; kind: string } | null {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes('// UB: '));
  return i < 0 ? null : { line: i + 1, kind: lines[i]!.split('// UB: ')[1]!.trim() };
}

describe('--unchecked', () => {
  it('has at least 15 programs with undefined behaviour and some without', () => {
    const marked = programs.filter((p) => marker(readFileSync(`${dir}/${p}`, 'utf8')));
    expect(marked.length).toBeGreaterThanOrEqual(15);
    expect(programs.length - marked.length).toBeGreaterThanOrEqual(3);
  });

  for (const program of programs) {
    const path = `${dir}/${program}`;
    const base = path.replace(/\.rs$/, '');
    describe(program, () => {
      it('is rejected as rustc rejects it, without --unchecked', async () => {
        const [header, location] = readFileSync(`${base}.error`, 'utf8').split('\n');
        const [, code] = header!.match(/^error\[(E\d+)\]: /)!;
        const line = Number(location!.match(/:(\d+):\d+$/)![1]);
        if (CHECKER_GAPS.has(program)) {
          const rejected = await rejectionOf(readFileSync(path, 'utf8'), path);
          expect(rejected?.headline, 'stackheap now rejects it: remove it from CHECKER_GAPS').toBeUndefined();
          return;
        }
        const d = await diagnosticOf(readFileSync(path, 'utf8'), path);
        expect({ code: d.code, line: d.span.line }).toEqual({ code, line });
      });

      it('runs, and stops at the marked undefined behaviour', async () => {
        const text = readFileSync(path, 'utf8');
        const trace = await traceFile(path, { at: 'none', events: false, unchecked: true });
        expect(trace.stdout).toBe(readFileSync(`${base}.stdout`, 'utf8'));
        const expected = marker(text);
        if (!expected) {
          expect(trace.outcome).toEqual({ kind: 'returned', exitCode: 0 });
          expect(trace.stderr).toBe('');
          return;
        }
        if (trace.outcome.kind !== 'undefined') throw new Error(`expected undefined behaviour, got ${trace.outcome.kind}`);
        expect({ ub: trace.outcome.ub, line: trace.outcome.span.line }).toEqual({ ub: expected.kind, line: expected.line });
        expect(trace.outcome.exitCode).toBe(4);
        expect(trace.stderr + renderDiagnostic(outcomeDiagnostic(trace.outcome)!, { path, text })).toBe(readFileSync(`${base}.stderr`, 'utf8'));
      });
    });
  }
});

describe('--unchecked views', () => {
  it('mark the dangling pointer and the freed block it points into, at the stop on the undefined behaviour', async () => {
    const trace = await traceFile(`${dir}/vec_push_first.rs`, { at: 'calls', unchecked: true });
    expect(trace.unchecked).toBe(true);
    const stop = trace.stops.at(-1)!;
    expect(stop.kind).toBe('undefined');
    expect(stop.caption).toBe('undefined behavior: use after free: this reference points into a heap block that was freed');
    // `first` → the freed [i32; 3]; the Vec's new buffer of 6 lies below it.
    expect(stop.snapshot.dead).toEqual([{ addr: 2 ** 30 - 3, size: 3, ty: '[i32; 3]', name: '', reason: 'freed' }]);
    const rows = bookRows(stop.snapshot).map((r) => `${r.address} ${r.name} ${r.value}`.replace(/\s+/g, ' ').trim());
    expect(rows).toContain('3 first → (2^30) - 3 (dangling: freed)');
    expect(rows.slice(0, 4)).toEqual(['(2^30) - 1 (freed [i32; 3])', '(2^30) - 2 (freed [i32; 3])', '(2^30) - 3 (freed [i32; 3])', '(2^30) - 4 [5] ??????']);
    const real = await traceFile(`${dir}/vec_push_first.rs`, { at: 'calls', unchecked: true, model: 'real' });
    const lines = realLines(real.stops.at(-1)!.snapshot).join('\n');
    expect(lines).toMatch(/first: &i32 +0x[0-9a-f]+ \(dangling: freed\)/);
    expect(lines).toMatch(/\n0x[0-9a-f]+ +12 +\(freed\) \[i32; 3\] +\(freed\)/);
  });

  it('show a popped frame\'s local under its function, and a local whose scope ended', async () => {
    const popped = (await traceFile(`${dir}/return_local.rs`, { at: 'calls', unchecked: true, model: 'real' })).stops.at(-1)!;
    expect(realLines(popped.snapshot).join('\n')).toMatch(/longest\(\) \(popped\)\n0x[0-9a-f]+ +4 +local: i32 +\(popped\)\n +main\(\)[^]*r: &i32 +0x[0-9a-f]+ \(dangling: popped\)/);
    const scoped = (await traceFile(`${dir}/block_local.rs`, { at: 'statements', unchecked: true })).stops.at(-1)!;
    expect(bookRows(scoped.snapshot).map((r) => `${r.name} ${r.value}`)).toEqual(['x ?????? (out of scope)', 'r → 1 (dangling: out of scope)']);
  });

  it('mark a reference a write invalidated, at every stop after the write', async () => {
    const trace = await traceSource('fn main() {\n    let mut x = 1;\n    let r = &x;\n    x = 2;\n    println!("{}", x);\n    println!("{}", r);\n}\n', { at: 'statements', unchecked: true });
    const captions = trace.stops.map((s) => `${s.caption}: ${bookRows(s.snapshot).find((r) => r.name === 'r')!.value}`);
    expect(captions).toEqual([
      'line 2: let mut x = 1;: ??????',
      'line 3: let r = &x;: → 0',
      'line 4: x = 2;: → 0 (invalidated)',
      'line 5: println!("{}", x);: → 0 (invalidated)',
      'undefined behavior: use of a reference that a write through another path invalidated: → 0 (invalidated)',
    ]);
    expect(trace.stdout).toBe('2\n');
  });

  it('change nothing in a run without --unchecked', async () => {
    const trace = await traceFile(`${dir}/ok_unused_mut_borrow.rs`, { at: 'statements' }).catch((e: unknown) => e);
    expect(trace).toMatchObject({ kind: 'compile', code: 'E0502' });
    const sound = await traceSource('fn main() {\n    let v = vec![1];\n    let r = &v;\n    println!("{:?}", r);\n}\n', { at: 'statements' });
    expect(sound.unchecked).toBeUndefined();
    expect(sound.stops.every((s) => s.snapshot.dead === undefined && bookRows(s.snapshot).every((r) => !r.value.includes('dangling')))).toBe(true);
  });
});

// No false alarms: every program of the corpus (all accepted by rustc) runs unchecked exactly as
// checked: same stdout, stderr and exit code as the rustc-built binary, in both address models.
// Only the refusals tests/refused.json lists for the corpus are accepted, with their headlines.
/** Programs whose unchecked run reports undefined behaviour that rustc's binary does not have:
 *  false alarms of the checker, each with what is known of it. A listed program that runs cleanly
 *  fails the test until it leaves the list. */
const KNOWN_FALSE_ALARMS: Readonly<Record<string, string>> = {
  'btree_split_off.rs': "collecting 150 entries into a BTreeMap<u32, String> (std's bulk build, a tree two levels high): a reference reported invalidated inside std; to be found",
};

describe('--unchecked on the corpus', () => {
  const corpus = readdirSync('tests/programs').filter((f) => f.endsWith('.rs')).sort();
  const listed = new RefusalList('tests/programs', '--unchecked');
  for (const model of ['book', 'real'] as const) {
    it(`finds no undefined behaviour in programs rustc accepts (${model} model)`, async () => {
      const wrong: string[] = [];
      for (const program of corpus) {
        await yieldToEventLoop();
        const base = `tests/programs/${program.replace(/\.rs$/, '')}`;
        const trace = await traceFile(`${base}.rs`, { at: 'none', events: false, unchecked: true, model }).catch((e: unknown) => {
          if (e instanceof Diagnostic && e.kind === 'unsupported') return e;
          throw e;
        });
        if (trace instanceof Diagnostic || trace.outcome.kind === 'unsupported') {
          listed.expectRefusalListed(program, trace instanceof Diagnostic ? trace.headline : trace.outcome.message);
          continue;
        }
        if (KNOWN_FALSE_ALARMS[program] !== undefined) {
          if (trace.outcome.kind !== 'undefined') wrong.push(`${program}: no longer a false alarm (${trace.outcome.kind}): take it off KNOWN_FALSE_ALARMS`);
          continue;
        }
        const same = trace.stdout === readFileSync(`${base}.stdout`, 'utf8') && normalizeThreadIds(trace.stderr) === readFileSync(`${base}.stderr`, 'utf8') && String(trace.outcome.exitCode) === readFileSync(`${base}.exit`, 'utf8').trim();
        if (!same) wrong.push(`${program}: ${trace.outcome.kind}`);
      }
      expect(wrong).toEqual([]);
      // The corpus holds recursions 100,000 deep and stack overflows, a few hundred thousand
      // frames that the checker follows for tens of seconds in the real model.
    }, 600_000);
  }
});
