#!/usr/bin/env node
// Speed of the interpreter on compute-heavy programs (bench/*.rs), against the native debug
// binary where rustc is installed. Run after `npm run build`: `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Stackheap } from '../dist/api.js';
import { renderBookStop } from '../dist/render/text.js';

const stackheap = await Stackheap.load();
const hasRustc = spawnSync('rustc', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'stackheap-bench-'));

function native(path) {
  const bin = join(work, path.replace(/\W/g, '_'));
  const c = spawnSync('rustc', ['--edition', '2024', '-C', 'opt-level=0', '-o', bin, path]);
  if (c.status !== 0) return null;
  const best = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    spawnSync(bin);
    best.push(performance.now() - t);
  }
  return Math.min(...best);
}

const rows = [];
for (const name of readdirSync('bench').filter((f) => f.endsWith('.rs')).sort()) {
  const path = `bench/${name}`;
  const file = { path, text: readFileSync(path, 'utf8') };
  for (const at of ['none', 'statements']) {
    const start = performance.now();
    // Traced runs stream every table to a sink, as `stackheap trace --at statements` does.
    let rendered = 0;
    const onStop = (stop) => {
      rendered += renderBookStop(stop).length;
    };
    const trace = stackheap.trace(file, { at, events: false, maxSteps: 1e9, onStop });
    const ms = performance.now() - start;
    const rss = process.memoryUsage().rss / 2 ** 20;
    rows.push({ program: name, at, ms, steps: trace.steps, stepsPerSec: trace.steps / (ms / 1000), stops: rendered, rss, outcome: trace.outcome.kind });
  }
  const nativeMs = hasRustc ? native(path) : null;
  for (const row of rows.filter((r) => r.program === name)) row.ratio = nativeMs ? row.ms / nativeMs : null;
}

console.log('program        tracing      time ms   steps      steps/s  text out   RSS MiB  vs native -O0');
for (const r of rows) {
  console.log(
    `${r.program.padEnd(14)} ${r.at.padEnd(11)} ${r.ms.toFixed(0).padStart(8)} ${String(r.steps).padStart(9)} ${(r.stepsPerSec / 1e6).toFixed(2).padStart(7)} M ${String(r.stops).padStart(8)} ${r.rss.toFixed(0).padStart(8)}   ${r.ratio ? `${r.ratio.toFixed(0)}x` : 'n/a (no rustc)'}`,
  );
}
