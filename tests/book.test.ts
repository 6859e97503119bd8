import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBookStops } from '../src/render/text.js';
import { tables, traceFile } from './helpers.js';

// The seed's own programs (copied from shared/spec/book-model) and cases of our own whose
// tables follow the seed's rules: holes reused, moves, recursion, uninitialised cells, nested boxes.
const dir = 'tests/book';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

describe('book model, --at calls', () => {
  it('has the seed programs and our own cases', () => {
    expect(programs.length).toBeGreaterThanOrEqual(11);
  });
  for (const program of programs) {
    it(program, async () => {
      const trace = await traceFile(`${dir}/${program}`, { at: 'calls' });
      const expected = tables(readFileSync(`${dir}/${program.replace(/\.rs$/, '.expected')}`, 'utf8'));
      expect(tables(renderBookStops(trace.stops))).toEqual(expected);
      expect(trace.outcome.kind).toBe('returned');
    });
  }
});
