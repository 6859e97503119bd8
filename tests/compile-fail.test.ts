import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnosticOf } from './helpers.js';

// Programs rustc rejects, with rustc's first error recorded by `npm run oracle`: stackheap must
// report the same error code, headline and primary line, or refuse the program as unsupported.
// Running it would be a wrong answer.
const dir = 'tests/compile-fail';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();
let refused = 0;

/** What stackheap does not reject yet, and why: these run instead of failing to compile. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {};

describe('programs rustc rejects', () => {
  for (const program of programs) {
    if (KNOWN_GAPS[program]) {
      it.skip(`${program} (${KNOWN_GAPS[program]})`, () => {});
      continue;
    }
    it(program, async () => {
      const path = `${dir}/${program}`;
      const [header, location] = readFileSync(path.replace(/\.rs$/, '.error'), 'utf8').split('\n');
      const [, code, headline] = header!.match(/^error(?:\[(E\d+)\])?: (.*)$/)!;
      const line = Number(location!.match(/:(\d+):\d+$/)![1]);
      const d = await diagnosticOf(readFileSync(path, 'utf8'), path);
      if (d.kind === 'unsupported') {
        refused++;
        return;
      }
      expect({ code: d.code, headline: d.headline, line: d.span.line }).toEqual({ code, headline, line });
    });
  }
  afterAll(() => {
    console.log(`compile-fail: ${programs.length - refused} of ${programs.length} rejected as rustc does; ${refused} refused as unsupported`);
  });
});
