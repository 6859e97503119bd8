import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceFile } from './helpers.js';

// Goldens made by the real rustc (npm run oracle): stdout, stderr and exit code must match.
const dir = 'tests/programs';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

describe('stackheap run matches the rustc-built binary', () => {
  it('has a corpus', () => {
    expect(programs.length).toBeGreaterThanOrEqual(30);
  });
  for (const program of programs) {
    const base = `${dir}/${program.replace(/\.rs$/, '')}`;
    it(program, async () => {
      expect(existsSync(`${base}.exit`), 'golden missing: run npm run oracle').toBe(true);
      const trace = await traceFile(`${base}.rs`, { at: 'none', events: false });
      expect(trace.stdout).toBe(readFileSync(`${base}.stdout`, 'utf8'));
      expect(trace.stderr).toBe(readFileSync(`${base}.stderr`, 'utf8'));
      expect(trace.outcome.exitCode).toBe(Number(readFileSync(`${base}.exit`, 'utf8').trim()));
    });
  }
});
