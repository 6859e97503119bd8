import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticOf } from './helpers.js';

// Programs rustc rejects, with rustc's first error recorded by `npm run oracle`:
// the same error code, headline and primary line must come out of stackheap.
const dir = 'tests/compile-fail';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

describe('programs rustc rejects', () => {
  for (const program of programs) {
    it(program, async () => {
      const path = `${dir}/${program}`;
      const [header, location] = readFileSync(path.replace(/\.rs$/, '.error'), 'utf8').split('\n');
      const [, code, headline] = header!.match(/^error(?:\[(E\d+)\])?: (.*)$/)!;
      const line = Number(location!.match(/:(\d+):\d+$/)![1]);
      const d = await diagnosticOf(readFileSync(path, 'utf8'), path);
      expect({ code: d.code, headline: d.headline, line: d.span.line }).toEqual({ code, headline, line });
    });
  }
});
