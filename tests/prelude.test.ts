import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceFile } from './helpers.js';

// The Rust prelude's iterators, slices, strs and Option/Result combinators: each program's
// stdout is what the rustc-built binary printed (rustc 1.95.0, edition 2024).
const dir = 'tests/prelude';

describe('std prelude written in Rust', () => {
  for (const program of readdirSync(dir).filter((f) => f.endsWith('.rs')).sort()) {
    it(program, async () => {
      const base = `${dir}/${program.replace(/\.rs$/, '')}`;
      const trace = await traceFile(`${base}.rs`, { at: 'none', events: false });
      expect(trace.stderr).toBe('');
      expect(trace.stdout).toBe(readFileSync(`${base}.stdout`, 'utf8'));
      expect(trace.outcome.exitCode).toBe(0);
    });
  }
});
