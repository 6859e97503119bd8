#!/usr/bin/env node
// For each compile-fail program (tests/compile-fail/*.rs with rustc's whole stderr beside it),
// whether what stackheap prints equals rustc's stderr, and where not, the first line that
// differs (rustc's, then stackheap's). Run after `npm run build`:
// `node scripts/stderr-diff.mjs [--only-different] [NAME.rs ...]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Stackheap } from '../dist/api.js';
import { Diagnostic } from '../dist/diagnostics/diagnostic.js';
import { renderReport } from '../dist/diagnostics/emitter.js';

const dir = 'tests/compile-fail';
const args = process.argv.slice(2);
const onlyDifferent = args.includes('--only-different');
const named = args.filter((a) => !a.startsWith('--'));
const programs = (named.length > 0 ? named : readdirSync(dir).filter((f) => f.endsWith('.rs')))
  .filter((f) => existsSync(`${dir}/${f.replace(/\.rs$/, '.stderr')}`))
  .sort();
const stackheap = await Stackheap.load();
let identical = 0;
for (const program of programs) {
  const path = `${dir}/${program}`;
  const text = readFileSync(path, 'utf8');
  const golden = readFileSync(path.replace(/\.rs$/, '.stderr'), 'utf8');
  let ours;
  try {
    stackheap.compile({ path, text });
    ours = '(compiles)\n';
  } catch (error) {
    if (!(error instanceof Diagnostic)) throw error;
    ours = renderReport(error, { path, text });
  }
  if (ours === golden) {
    identical++;
    if (!onlyDifferent) console.log(`same  ${program}`);
    continue;
  }
  const want = golden.split('\n');
  const got = ours.split('\n');
  const at = want.findIndex((line, i) => line !== got[i]);
  const line = at < 0 ? want.length : at;
  console.log(`diff  ${program}:${line + 1}\n  rustc: ${JSON.stringify(want[line] ?? '(end)')}\n  ours:  ${JSON.stringify(got[line] ?? '(end)')}`);
}
console.log(`${identical} of ${programs.length} identical`);
