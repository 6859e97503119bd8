import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { normalizeThreadIds, traceFile } from './helpers.js';
import { RefusalList } from './refusals.js';

// Goldens made by the real rustc (npm run oracle): stdout, stderr and exit code must match.
// A program that uses something stackheap does not support yet may instead be refused with a
// located `unsupported` diagnostic, if tests/refused.json lists it with that refusal (see
// tests/refusals.ts): a listed refusal is acceptable, a wrong answer never is. Compile errors
// (rustc accepted these programs), crashes, wrong output and unlisted refusals all fail.
const dir = 'tests/programs';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();
const listed = new RefusalList(dir);
const refused: string[] = [];

describe('stackheap run matches the rustc-built binary, or refuses', () => {
  it('has a corpus', () => {
    expect(programs.length).toBeGreaterThanOrEqual(30);
  });
  it('lists only refusals of programs in the corpus', () => {
    expect(listed.stale()).toEqual([]);
  });
  for (const program of programs) {
    const base = `${dir}/${program.replace(/\.rs$/, '')}`;
    it(program, async () => {
      expect(existsSync(`${base}.exit`), 'golden missing: run npm run oracle').toBe(true);
      let trace;
      try {
        trace = await traceFile(`${base}.rs`, { at: 'none', events: false });
      } catch (error) {
        if (error instanceof Diagnostic && error.kind === 'unsupported') {
          listed.expectRefusalListed(program, error.headline);
          refused.push(`${program}: ${error.headline}`);
          return;
        }
        throw error;
      }
      if (trace.outcome.kind === 'unsupported') {
        // Refused while running: what it printed so far must still be what rustc's binary printed.
        expect(readFileSync(`${base}.stdout`, 'utf8').startsWith(trace.stdout)).toBe(true);
        listed.expectRefusalListed(program, trace.outcome.message);
        refused.push(`${program}: ${trace.outcome.message}`);
        return;
      }
      listed.expectNotListed(program);
      expect(trace.stdout).toBe(readFileSync(`${base}.stdout`, 'utf8'));
      expect(normalizeThreadIds(trace.stderr)).toBe(readFileSync(`${base}.stderr`, 'utf8'));
      expect(trace.outcome.exitCode).toBe(Number(readFileSync(`${base}.exit`, 'utf8').trim()));
    });
  }
  afterAll(() => {
    console.log(`corpus: ${programs.length - refused.length} of ${programs.length} programs run identically to rustc; ${refused.length} refused as unsupported`);
  });
});
