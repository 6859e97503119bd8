import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBookStops } from '../src/render/text.js';
import { tables, traceFile } from './helpers.js';

// The tables of the seed's own programs (copied from shared/spec/book-model) and of cases of our
// own that follow the seed's rules: holes reused, moves, recursion, uninitialised cells, nested
// boxes. Each `NN-name.expected` is the tables of the one copy of its program: ours here, the
// seed's in examples/ (what the README runs), or the web page's example of that name.
const dir = 'tests/book';
const cases = readdirSync(dir).filter((f) => f.endsWith('.expected')).sort();

function sourceOf(expected: string): string {
  const base = expected.replace(/\.expected$/, '');
  const name = base.replace(/^\d+-/, '');
  const source = [`${dir}/${base}.rs`, `examples/${name}.rs`, `web/src/examples/${name}.rs`].find((path) => existsSync(path));
  if (!source) throw new Error(`no program for ${expected}`);
  return source;
}

describe('book model, --at calls', () => {
  it('has the seed programs and our own cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(11);
  });
  for (const expectedFile of cases) {
    it(expectedFile, async () => {
      const trace = await traceFile(sourceOf(expectedFile), { at: 'calls' });
      const expected = tables(readFileSync(`${dir}/${expectedFile}`, 'utf8'));
      expect(tables(renderBookStops(trace.stops))).toEqual(expected);
      expect(trace.outcome.kind).toBe('returned');
    });
  }
});
