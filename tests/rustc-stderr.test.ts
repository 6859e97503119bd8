import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from '../src/diagnostics/emitter.js';
import { diagnosticOf } from './helpers.js';

// rustc's whole stderr for each program it rejects (tests/compile-fail/<name>.stderr, written by
// `node scripts/oracle.mjs --compile-fail`), against what `stackheap run` prints for it. The ones
// that match byte for byte are listed in tests/identical-stderr.json, a ratchet: a listed program
// that stops matching fails, and so does one that matches without being listed (list it, so that
// it cannot regress unseen). The count is printed at the end.
const dir = 'tests/compile-fail';
const LIST_FILE = 'tests/identical-stderr.json';
const programs = readdirSync(dir).filter((f) => f.endsWith('.rs') && existsSync(`${dir}/${f.replace(/\.rs$/, '.stderr')}`)).sort();
const listed = new Set(JSON.parse(readFileSync(LIST_FILE, 'utf8')) as string[]);
let identical = 0;

describe("rustc's whole stderr", () => {
  it('lists only programs in the directory', () => {
    expect([...listed].filter((p) => !programs.includes(p))).toEqual([]);
  });
  for (const program of programs) {
    it(program, async () => {
      const path = `${dir}/${program}`;
      const text = readFileSync(path, 'utf8');
      const golden = readFileSync(path.replace(/\.rs$/, '.stderr'), 'utf8');
      const ours = renderReport(await diagnosticOf(text, path), { path, text });
      if (ours === golden) identical++;
      if (listed.has(program)) expect(ours, `${path} is listed in ${LIST_FILE}`).toBe(golden);
      else expect(ours === golden, `${path} now prints rustc's stderr byte for byte: add it to ${LIST_FILE}`).toBe(false);
    });
  }
  afterAll(() => {
    console.log(`rustc stderr: ${identical} of ${programs.length} rejected programs byte for byte`);
  });
});
