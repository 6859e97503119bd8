import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Stop } from '../src/trace/types.js';
import { traceSource } from './helpers.js';

// A match arm that binds variables is a step of its own once its value is computed, so that its
// bindings are seen with their values: in an expression-bodied function no statement follows the
// arm, and the bindings are out of scope (their cells empty) by the function's return.

const PROGRAM = 'tests/programs/match_arm_bindings_shown.rs';

const local = (stop: Stop, name: string) => stop.snapshot.frames.at(-1)!.locals.find((l) => l.name === name);

describe('match bindings', () => {
  it('shows each arm’s bindings with their values, in the book and the real model', async () => {
    for (const model of ['book', 'real'] as const) {
      const trace = await traceSource(readFileSync(PROGRAM, 'utf8'), { at: 'statements', model });
      const arm = (text: string): Stop => trace.stops.find((s) => s.caption.includes(text))!;
      const circle = arm('Shape::Circle { radius } =>');
      expect(circle.snapshot.frames.at(-1)!.fn).toBe('area');
      const radius = local(circle, 'radius')!;
      // `radius` is a `&f64` into the shape: a pointer, not an empty cell.
      expect(radius.cells[0]!.value.kind).toBe('ptr');
      expect(local(arm('Shape::Square(side) =>'), 'side')!.cells[0]!.value.kind).toBe('ptr');
      // A guard's binding too; an arm without bindings adds no step.
      expect(local(arm('Some(k) if k > 9 =>'), 'k')!.cells[0]!.value).toEqual({ kind: 'int', text: '12' });
      expect(trace.stops.some((s) => s.caption.includes('Shape::Empty =>') || s.caption.includes('None =>'))).toBe(false);
    }
  });
});
