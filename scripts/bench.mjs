#!/usr/bin/env node
// Speed of the interpreter on compute-heavy programs (bench/*.rs), against the native debug
// binary (`rustc -C opt-level=0`) where rustc is installed, and the memory of long traces.
// Run after `npm run build`: `npm run bench` (or `node scripts/bench.mjs [--no-startup | --startup-only | --rebuild-only] [--against DIR] bench/fib.rs ...`;
// `--against DIR` also times whole processes of the build in DIR, another checkout, in the same run).
// First, whole processes: `stackheap run hello.rs` against `node -e 0`, and `stackheap trace
// examples/complex.rs` against rustc compiling it (CPU time, median of 5).
//
// Each measurement runs in a process of its own, so that its peak RSS is its own:
// - run: the program without stops, as `stackheap run` does;
// - traced: recorded with a stop after every statement (`Stackheap.record`, as the web page
//   records), its stops kept and checkpoints taken for replay;
// - trace memory: recorded with every stop (statements, calls, returns) for at most 10^6 steps
//   (peak RSS then), then snapshots rebuilt by replay as the web page asks for them
//   (`VIEW_WINDOW`): the stop just before each checkpoint (the longest replay from it) and 50
//   more at random, after 3 rebuilds that warm V8 up (wall time, and the worst rebuild's CPU
//   time: on a loaded machine the wall time is mostly other processes'); "heap cells" is the largest heap; for
//   reference, 5 of the stops rebuilt whole (an object per cell: a big heap takes long).
// - rebuild (bench/rebuild/*.rs, book and real): a 10^6-cell Vec and a 9,990-frame recursion,
//   recorded with every stop; then stops rebuilt as the web page asks for them (`VIEW_WINDOW`:
//   the frames at both ends of the stack, 256 units of each large block) at every checkpoint's
//   farthest stop and 40 at random, and, as the reference in the same process, a few stops
//   rebuilt whole (every frame, every cell).
// The interpreter's stdout must equal the native binary's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const TRACE_STEPS = 1_000_000;
const MAX_STEPS = 2_000_000_000;

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3], process.argv[4])));
  process.exit(0);
}

async function child(mode, path) {
  const { Stackheap } = await import('../dist/api.js');
  const stackheap = await Stackheap.load();
  const file = { path, text: readFileSync(path, 'utf8') };
  stackheap.compile(file); // compiled once before timing: the prelude's bodies are built lazily
  const peak = () => process.resourceUsage().maxRSS / 1024;
  if (mode === 'run') {
    const start = performance.now();
    const trace = stackheap.trace(file, { at: 'none', events: false, maxSteps: MAX_STEPS });
    return { ms: performance.now() - start, steps: trace.steps, stdout: trace.stdout, outcome: trace.outcome.kind, rss: peak() };
  }
  if (mode === 'rebuild') return rebuild(stackheap, file, process.argv[5]);
  if (mode === 'traced') {
    const start = performance.now();
    const recording = stackheap.record(file, { at: 'statements', maxSteps: MAX_STEPS });
    return { ms: performance.now() - start, stops: recording.stopCount, rss: peak() };
  }
  const { VIEW_WINDOW } = await import('../dist/api.js');
  const start = performance.now();
  const recording = stackheap.record(file, { at: 'all', maxSteps: TRACE_STEPS });
  const recordMs = performance.now() - start;
  const rssRecorded = peak();
  const n = recording.stopCount;
  const { count, stopsBefore } = recording.checkpointStats;
  // The stop before each checkpoint is the farthest from the one before; then random stops.
  const probes = new Set([n - 1, ...stopsBefore.filter((s) => s > 0).map((s) => s - 1)]);
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let k = 0; k < 50; k++) probes.add(random());
  // A few rebuilds first, so that the times are the warm machine's, not V8's first compile.
  for (let k = 0; k < 3; k++) recording.snapshot(random(), VIEW_WINDOW);
  let cells = 0;
  const cpu = [];
  const time = (i, window) => {
    const t = performance.now();
    const c = process.cpuUsage();
    const snapshot = recording.snapshot(i, window);
    const ms = performance.now() - t;
    if (window) cpu.push(cpuMs(c));
    cells = Math.max(cells, snapshot.heap.reduce((sum, b) => sum + (b.window ? b.size : b.cells.length), 0));
    return ms;
  };
  const times = [...probes].map((i) => time(i, VIEW_WINDOW)).sort((a, b) => a - b);
  // For reference, whole snapshots (every frame, every cell) of the last stop and 4 others.
  const whole = [n - 1, ...[...probes].slice(-4)].map((i) => time(i)).sort((a, b) => a - b);
  return { steps: recording.steps, stops: n, checkpoints: count, recordMs, rssRecorded, rss: peak(), worst: times.at(-1), median: times[times.length >> 1], cpuWorst: Math.max(...cpu), probes: times.length, cells, wholeWorst: whole.at(-1), wholeMedian: whole[2] };
}

/** Rebuilding stops of a recording: windowed as the page shows them, and whole for reference. */
async function rebuild(stackheap, file, model) {
  const { VIEW_WINDOW } = await import('../dist/api.js');
  const start = performance.now();
  const recording = stackheap.record(file, { at: 'all', model });
  const recordMs = performance.now() - start;
  const rss = process.resourceUsage().maxRSS / 1024;
  const n = recording.stopCount;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const probes = new Set([n - 1, ...recording.checkpointStats.stopsBefore.filter((s) => s > 0).map((s) => s - 1)]);
  for (let k = 0; k < 40; k++) probes.add(random());
  for (let k = 0; k < 3; k++) recording.snapshot(random(), VIEW_WINDOW);
  let frames = 0;
  let cells = 0;
  const cpu = [];
  const time = (i, window) => {
    const t = performance.now();
    const c = process.cpuUsage();
    const snapshot = recording.snapshot(i, window);
    const ms = performance.now() - t;
    if (window) cpu.push(cpuMs(c));
    frames = Math.max(frames, snapshot.frames.length + (snapshot.elided?.runs.reduce((sum, r) => sum + r.count, 0) ?? 0));
    cells = Math.max(cells, snapshot.heap.reduce((sum, b) => sum + (b.window ? b.size : b.cells.length), 0));
    return ms;
  };
  const windowed = [...probes].map((i) => time(i, VIEW_WINDOW)).sort((a, b) => a - b);
  // Whole snapshots of the deepest or largest stops cost seconds each: a few of them.
  const whole = [n >> 1, (3 * n) >> 2, n - 2].map((i) => time(i)).sort((a, b) => a - b);
  return { stops: n, recordMs, rss, frames, cells, probes: windowed.length, worst: windowed.at(-1), median: windowed[windowed.length >> 1], cpuWorst: Math.max(...cpu), wholeMedian: whole[1], wholeWorst: whole[2] };
}

/** The process's CPU time since `start` (`process.cpuUsage()`), in ms: on a loaded machine a
 *  rebuild's wall time is mostly the time other processes ran; this is its own (the garbage
 *  collector's and the compiler's threads included). */
function cpuMs(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

function measure(mode, path, ...rest) {
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', mode, path, ...rest], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${mode} ${path} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const hasRustc = spawnSync('rustc', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'stackheap-bench-'));

/** The native debug binary's best time of 5, and its stdout. */
function native(path) {
  const bin = join(work, path.replace(/\W/g, '_'));
  const c = spawnSync('rustc', ['--edition', '2024', '-C', 'opt-level=0', '-o', bin, path]);
  if (c.status !== 0) throw new Error(`rustc failed on ${path}:\n${c.stderr}`);
  let best = Infinity;
  let stdout = '';
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    stdout = spawnSync(bin, { encoding: 'utf8' }).stdout;
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pad = (s, n) => String(s).padStart(n);
const mib = (x) => `${x.toFixed(0)} MiB`;
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** A command's CPU seconds (user + system, from bash's `times` after it ran) and wall seconds:
 *  the median of 5 of each. */
function processTimes(command) {
  const cpu = [];
  const wall = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const r = spawnSync('bash', ['-c', `${command} >/dev/null 2>&1; times`], { encoding: 'utf8' });
    wall.push((performance.now() - start) / 1000);
    const [user, sys] = r.stdout.trim().split('\n').at(-1).split(/\s+/).map((t) => {
      const [, m, sec] = t.match(/(\d+)m([\d.]+)s/);
      return Number(m) * 60 + Number(sec);
    });
    cpu.push(user + sys);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/** Whole processes, as a user meets them: starting up is most of a small program's time. */
function startup() {
  const hello = join(work, 'hello.rs');
  writeFileSync(hello, 'fn main() {\n    println!("Hello, world!");\n}\n');
  const row = (what, t, ref, refName) =>
    console.log(`${what.padEnd(36)} CPU ${secs(t.cpu * 1000)} (${(t.cpu / ref.cpu).toFixed(1)}x ${refName}), wall ${secs(t.wall * 1000)} (${(t.wall / ref.wall).toFixed(1)}x)`);
  console.log('whole processes, median of 5');
  const node = processTimes(`${JSON.stringify(process.execPath)} -e 0`);
  // `--against DIR`: another built checkout (an older commit's), measured in the same run.
  const against = process.argv[process.argv.indexOf('--against') + 1];
  const builds = process.argv.includes('--against') ? [['', '.'], [`${against}: `, against]] : [['', '.']];
  const rustc = hasRustc ? processTimes(`rustc --edition 2024 -o ${join(work, 'complex')} examples/complex.rs`) : null;
  for (const [label, dir] of builds) {
    const bin = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(dir, 'bin', 'stackheap.js'))}`;
    row(`${label}stackheap run hello.rs`, processTimes(`${bin} run ${hello}`), node, 'node -e 0');
    const trace = processTimes(`cd ${JSON.stringify(dir)} && ${bin} trace examples/complex.rs`);
    if (rustc) row(`${label}stackheap trace examples/complex.rs`, trace, rustc, 'rustc compiling it');
    else console.log(`${label}stackheap trace examples/complex.rs CPU ${secs(trace.cpu * 1000)}, wall ${secs(trace.wall * 1000)} (no rustc: no ratio)`);
  }
  console.log('');
}


/** Rebuilding one stop of a deep stack or a large heap, book and real. */
function rebuildSection() {
  console.log('\nrebuilding one stop: recorded with every stop; stops rebuilt as the page asks (VIEW_WINDOW), and whole for reference');
  console.log('program            model   stops  frames  units   record  peak RSS  windowed worst  worst CPU  windowed median  probes  whole median  whole worst');
  for (const file of readdirSync('bench/rebuild').filter((f) => f.endsWith('.rs')).sort()) {
    for (const model of ['book', 'real']) {
      const r = measure('rebuild', `bench/rebuild/${file}`, model);
      console.log(
        `${file.padEnd(18)} ${model.padEnd(5)} ${pad(r.stops.toLocaleString('en'), 7)} ${pad(r.frames.toLocaleString('en'), 7)} ${pad(r.cells.toLocaleString('en'), 10)} ${pad(secs(r.recordMs), 7)} ${pad(mib(r.rss), 9)} ${pad(`${r.worst.toFixed(1)} ms`, 15)} ${pad(`${r.cpuWorst.toFixed(1)} ms`, 10)} ${pad(`${r.median.toFixed(1)} ms`, 16)} ${pad(r.probes, 7)} ${pad(`${r.wholeMedian.toFixed(0)} ms`, 13)} ${pad(`${r.wholeWorst.toFixed(0)} ms`, 12)}`,
      );
    }
  }
}

if (process.argv.includes('--rebuild-only')) {
  rebuildSection();
  process.exit(0);
}
if (!process.argv.includes('--no-startup')) startup();
if (process.argv.includes('--startup-only')) process.exit(0);

const named = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--against');
const programs = named.length > 0 ? named : readdirSync('bench').filter((f) => f.endsWith('.rs')).sort().map((f) => `bench/${f}`);
let mismatch = false;
const rows = [];
for (const path of programs) {
  const run = measure('run', path);
  const traced = measure('traced', path);
  const nat = hasRustc ? native(path) : null;
  if (nat && nat.stdout !== run.stdout) {
    mismatch = true;
    console.error(`${path}: stdout differs from the native binary's\n--- native\n${nat.stdout}--- stackheap\n${run.stdout}`);
  }
  rows.push({ path, run, traced, nat });
  process.stderr.write(`${path} done\n`);
}

console.log('program          IR steps      run   traced  native -O0  run/native  traced/native  IR steps/s (run)  peak RSS (traced)');
for (const { path, run, traced, nat } of rows) {
  const name = path.split('/').pop();
  console.log(
    `${name.padEnd(14)} ${pad(`${(run.steps / 1e6).toFixed(1)} M`, 10)} ${pad(secs(run.ms), 8)} ${pad(secs(traced.ms), 8)} ${pad(nat ? `${nat.ms.toFixed(1)} ms` : 'n/a', 11)} ${pad(nat ? `${(run.ms / nat.ms).toFixed(0)}x` : 'n/a', 11)} ${pad(nat ? `${(traced.ms / nat.ms).toFixed(0)}x` : 'n/a', 14)} ${pad(`${(run.steps / run.ms / 1e3).toFixed(1)} M`, 17)} ${pad(mib(traced.rss), 18)}`,
  );
}
if (hasRustc) {
  const runRatio = median(rows.map((r) => r.run.ms / r.nat.ms));
  const tracedRatio = median(rows.map((r) => r.traced.ms / r.nat.ms));
  console.log(`median ratio: run ${runRatio.toFixed(0)}x, traced at statements ${tracedRatio.toFixed(0)}x the native debug binary`);
} else {
  console.log('rustc is not installed: no native times, ratios or output check');
}

console.log(`\ntrace memory: recorded with every stop, at most ${TRACE_STEPS.toLocaleString('en')} steps; then snapshots rebuilt by replay as the page asks (VIEW_WINDOW), and 5 whole`);
console.log('program          steps     stops  checkpoints  record  peak RSS recorded  rebuild worst  worst CPU  rebuild median  probes  heap cells  whole: median  worst  peak RSS after');
for (const path of programs) {
  const t = measure('memory', path);
  console.log(
    `${path.split('/').pop().padEnd(14)} ${pad(t.steps.toLocaleString('en'), 9)} ${pad(t.stops.toLocaleString('en'), 9)} ${pad(t.checkpoints, 12)} ${pad(secs(t.recordMs), 7)} ${pad(mib(t.rssRecorded), 18)} ${pad(`${t.worst.toFixed(1)} ms`, 14)} ${pad(`${t.cpuWorst.toFixed(1)} ms`, 10)} ${pad(`${t.median.toFixed(1)} ms`, 15)} ${pad(t.probes, 7)} ${pad(t.cells.toLocaleString('en'), 11)} ${pad(`${t.wholeMedian.toFixed(1)} ms`, 14)} ${pad(`${t.wholeWorst.toFixed(0)} ms`, 6)} ${pad(mib(t.rss), 15)}`,
  );
}

rebuildSection();
if (mismatch) process.exit(1);
