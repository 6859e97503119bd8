import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnosticOf, rejectionOf } from './helpers.js';
import { RefusalList } from './refusals.js';

// Programs rustc rejects, with rustc's first error recorded by `npm run oracle`: stackheap must
// report the same error code, headline and primary line, or refuse the program as unsupported
// if tests/refused.json lists it with that refusal (see tests/refusals.ts). Running it would be
// a wrong answer.
const dir = 'tests/compile-fail';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();
const listed = new RefusalList(dir);
let refused = 0;

/** What stackheap does not reject yet, and why: these run instead of failing to compile. A gap
 *  that closes fails its test until it leaves this table. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {};

describe('programs rustc rejects', () => {
  it('lists only refusals of programs in the directory', () => {
    expect(listed.stale()).toEqual([]);
  });
  for (const program of programs) {
    if (KNOWN_GAPS[program]) {
      it(`${program} (known gap: ${KNOWN_GAPS[program]})`, async () => {
        const path = `${dir}/${program}`;
        const rejected = await rejectionOf(readFileSync(path, 'utf8'), path);
        expect(rejected?.headline, 'stackheap now rejects it: remove it from KNOWN_GAPS').toBeUndefined();
      });
      continue;
    }
    it(program, async () => {
      const path = `${dir}/${program}`;
      const [header, location] = readFileSync(path.replace(/\.rs$/, '.error'), 'utf8').split('\n');
      const [, code, headline] = header!.match(/^error(?:\[(E\d+)\])?: (.*)$/)!;
      const line = Number(location!.match(/:(\d+):\d+$/)![1]);
      const d = await diagnosticOf(readFileSync(path, 'utf8'), path);
      if (d.kind === 'unsupported') {
        listed.expectRefusalListed(program, d.headline);
        refused++;
        return;
      }
      listed.expectNotListed(program);
      expect({ code: d.code, headline: d.headline, line: d.span.line }).toEqual({ code, headline, line });
    });
  }
  afterAll(() => {
    console.log(`compile-fail: ${programs.length - refused} of ${programs.length} rejected as rustc does; ${refused} refused as unsupported`);
  });
});
