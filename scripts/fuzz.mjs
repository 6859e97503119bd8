#!/usr/bin/env node
// A mutation fuzzer over the corpus (tests/programs/*.rs, tests/compile-fail/*.rs), differential
// against rustc. Each mutant (a corpus program with one to three seeded mutations, see
// scripts/fuzz/mutate.mjs) runs through stackheap in-process (dist/api.js in worker threads,
// with a step budget, a time guard and a heap limit) and, where the class depends on it, through
// rustc and its binary; scripts/fuzz/classify.mjs says what the pair means. Mutants are grouped by
// cause; one per group of a bug class is minimised by lines, keeping its class and cause.
//
// Usage: npm run build first (dist/), then
//   node scripts/fuzz.mjs [--seed N] [--count N] [--from I] [--jobs N] [--out DIR]
//                         [--max-steps N] [--timeout MS] [--minimize-seconds S] [--no-rustc]
//                         [--corpus-at REV] [--rustc-cache DIR | --no-rustc-cache]
// `--seed S --from I --count 1` replays mutant I of seed S alone. A campaign's mutants depend on
// the seed and the corpus; `--corpus-at REV` takes the corpus as git revision REV had it, so a
// campaign can be repeated on later code after corpus programs were added. rustc's verdicts are
// kept in the cache directory (default ~/.cache/stackheap-fuzz), so a repeated campaign compiles
// nothing it compiled before.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLASSES, classify, needsRustc, signature } from './fuzz/classify.mjs';
import { minimizeLines } from './fuzz/minimize.mjs';
import { mutantOf } from './fuzz/mutate.mjs';
import { StackheapPool } from './fuzz/pool.mjs';
import { Rustc, rustcVersion } from './fuzz/rustc.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIRS = ['tests/programs', 'tests/compile-fail'];
/** The name every mutant is compiled and run as, so that panics and type names agree. */
const MUTANT_FILE = 'mutant.rs';
const BUG_CLASSES = ['crash', 'false-accept', 'wrong-output', 'false-reject', 'wrong-error'];
const WORKER_HEAP_MB = 1536;
const MINIMIZE_TESTS = 300;
/** How often the binary runs before a wrong output is believed: two equal runs of a program that
 *  iterates a small HashMap agree by chance often enough to matter over 10,000 mutants. */
const CONFIRM_RUNS = 6;

const USAGE = `usage: node scripts/fuzz.mjs [--seed N] [--count N] [--from I] [--jobs N] [--out DIR]
                          [--max-steps N] [--timeout MS] [--minimize-seconds S] [--no-rustc]
                          [--corpus-at REV] [--rustc-cache DIR | --no-rustc-cache]
`;
const DEFAULT_RUSTC_CACHE = path.join(os.homedir(), '.cache', 'stackheap-fuzz');

function parseOptions(argv) {
  const options = { seed: 1, count: 200, from: 0, jobs: 2, out: 'fuzz-out', maxSteps: 1_000_000, timeout: 20_000, minimizeSeconds: 600, rustc: true, corpusAt: null, rustcCache: DEFAULT_RUSTC_CACHE };
  const numeric = { '--seed': 'seed', '--count': 'count', '--from': 'from', '--jobs': 'jobs', '--max-steps': 'maxSteps', '--timeout': 'timeout', '--minimize-seconds': 'minimizeSeconds' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--no-rustc') options.rustc = false;
    else if (arg === '--no-rustc-cache') options.rustcCache = null;
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--rustc-cache') options.rustcCache = argv[++i];
    else if (arg === '--corpus-at') options.corpusAt = argv[++i];
    else if (numeric[arg]) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) usageError(`${arg} takes a whole number`);
      options[numeric[arg]] = value;
    } else usageError(`unknown option ${arg}`);
  }
  if (options.jobs < 1) usageError('--jobs must be at least 1');
  if (!options.out) usageError('--out takes a directory');
  if (options.corpusAt === undefined) usageError('--corpus-at takes a git revision');
  if (options.rustcCache === undefined) usageError('--rustc-cache takes a directory');
  return options;
}

function usageError(message) {
  process.stderr.write(`fuzz: ${message}\n${USAGE}`);
  process.exit(2);
}

/** The corpus as the working tree has it, or as git revision `rev` had it. */
function loadCorpus(rev) {
  let root = ROOT;
  if (rev) {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'stackheap-fuzz-corpus-'));
    execFileSync('sh', ['-c', `git archive "$0" ${CORPUS_DIRS.join(' ')} | tar -x -C "$1"`, rev, root], { cwd: ROOT });
  }
  try {
    return readCorpus(root);
  } finally {
    if (rev) fs.rmSync(root, { recursive: true, force: true });
  }
}

function readCorpus(root) {
  return CORPUS_DIRS.flatMap((dir) =>
    fs.readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.rs'))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(root, dir, f), 'utf8') })),
  );
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function forEachLimited(items, limit, task) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  }));
}

function excerpt(text, lines = 15) {
  const all = text.replace(/\n$/, '').split('\n');
  const shown = all.slice(0, lines).join('\n');
  return all.length > lines ? `${shown}\n… (${all.length - lines} more lines)` : shown;
}

function describeStackheap(sh) {
  switch (sh.status) {
    case 'diagnostic':
      return `${sh.code ? `error[${sh.code}]` : 'error'}: ${sh.headline}\n --> ${MUTANT_FILE}:${sh.line}:${sh.col} (${sh.kind})`;
    case 'ran': {
      const stopped = sh.headline ? `\n${sh.outcome === 'limit' ? 'stopped' : 'error'}: ${sh.headline}${sh.line ? ` (line ${sh.line})` : ''}` : '';
      return `ran: ${sh.outcome}, exit ${sh.exitCode}${stopped}\n--- stdout\n${excerpt(sh.stdout)}\n--- stderr\n${excerpt(sh.stderr)}`;
    }
    case 'exception':
      return `internal error: ${sh.message}${sh.at ? `\n    ${sh.at}` : ''}`;
    default:
      return `${sh.status}: ${sh.message}`;
  }
}

function describeRustc(rc) {
  if (!rc) return '(not asked)';
  if (!rc.compiled) return rc.timedOut ? 'rustc timed out' : rc.errors.slice(0, 3).map((e) => `${e.code ? `error[${e.code}]` : 'error'}: ${e.headline}${e.line ? ` (line ${e.line})` : ''}`).join('\n');
  const notes = [rc.timedOut && 'timed out or too much output', rc.memoryCapped && 'an allocation failed under the memory cap', rc.nondeterministic && `runs differ; first of ${rc.runs} shown`].filter(Boolean);
  return `exit ${rc.exitCode}${notes.length ? ` (${notes.join('; ')})` : ''}\n--- stdout\n${excerpt(rc.stdout)}\n--- stderr\n${excerpt(rc.stderr)}`;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const api = path.join(ROOT, 'dist/api.js');
  if (!fs.existsSync(api)) usageError('dist/api.js is missing: build first (npx tsc -p tsconfig.json)');
  const version = options.rustc ? rustcVersion() : null;
  if (options.rustc && !version) process.stderr.write('fuzz: rustc is not installed: results are not compared (class "unverified")\n');
  const rustc = version ? new Rustc({ version, cacheDir: options.rustcCache }) : null;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      rustc?.close();
      process.exit(130);
    });
  }
  const pool = new StackheapPool({ size: options.jobs, api: pathToFileURL(api).href, timeoutMs: options.timeout, heapMb: WORKER_HEAP_MB });
  if (options.corpusAt) options.corpusAt = execFileSync('git', ['rev-parse', '--verify', `${options.corpusAt}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const corpus = loadCorpus(options.corpusAt);
  const corpusNote = options.corpusAt ? `corpus at ${options.corpusAt.slice(0, 12)}` : 'corpus of the working tree';

  /** One program through stackheap and, when its class depends on it, rustc. */
  const evaluate = async (text) => {
    const sh = await pool.run(MUTANT_FILE, text, options.maxSteps);
    let rc = rustc && needsRustc(sh) ? await rustc.judge(MUTANT_FILE, text) : null;
    let cls = classify(sh, rc);
    if (cls === 'wrong-output') {
      rc = await rustc.judge(MUTANT_FILE, text, CONFIRM_RUNS);
      cls = classify(sh, rc);
    }
    return { sh, rc, cls, sig: signature(cls, sh, rc) };
  };

  const out = path.resolve(options.out);
  fs.rmSync(path.join(out, 'reproducers'), { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'reproducers'), { recursive: true });
  const log = fs.createWriteStream(path.join(out, 'mutants.jsonl'));
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0]));
  const groups = new Map();
  const started = Date.now();
  let done = 0;
  process.stderr.write(`fuzz: seed ${options.seed}, mutants ${options.from}..${options.from + options.count - 1}, ${options.jobs} job(s), ${corpusNote} (${corpus.length} programs), ${version ?? 'no rustc'}\n`);

  const indices = Array.from({ length: options.count }, (_, k) => options.from + k);
  await forEachLimited(indices, options.jobs, async (index) => {
    const mutant = mutantOf(corpus, options.seed, index);
    const result = await evaluate(mutant.text);
    counts[result.cls]++;
    log.write(`${JSON.stringify({ index, program: mutant.program, steps: mutant.steps, class: result.cls, signature: result.sig })}\n`);
    const key = `${result.cls}\t${result.sig}`;
    const group = groups.get(key) ?? { cls: result.cls, sig: result.sig, indices: [], example: null };
    group.indices.push(index);
    // The shortest mutant, the first of equals, whatever order parallel jobs finish in.
    const shorter = (a, b) => a.text.length < b.mutant.text.length || (a.text.length === b.mutant.text.length && index < b.index);
    if (!group.example || shorter(mutant, group.example)) group.example = { index, mutant, result };
    groups.set(key, group);
    if (++done % 25 === 0 || done === options.count) {
      const summary = CLASSES.filter((c) => counts[c]).map((c) => `${c} ${counts[c]}`).join(', ');
      process.stderr.write(`fuzz: ${done}/${options.count} (${Math.round((Date.now() - started) / 1000)} s): ${summary}\n`);
    }
  });
  log.end();
  for (const group of groups.values()) group.indices.sort((a, b) => a - b);

  // One reproducer per group of a bug class, the worst classes first, minimised while time lasts.
  const findings = [...groups.values()]
    .filter((g) => BUG_CLASSES.includes(g.cls))
    .sort((a, b) => CLASSES.indexOf(a.cls) - CLASSES.indexOf(b.cls) || b.indices.length - a.indices.length);
  const minimizeUntil = Date.now() + options.minimizeSeconds * 1000;
  await forEachLimited(findings, options.jobs, async (finding) => {
    const { mutant } = finding.example;
    finding.minimal = { text: mutant.text, result: finding.example.result, tests: 0 };
    if (Date.now() >= minimizeUntil) return;
    const keeps = async (text) => {
      if (Date.now() >= minimizeUntil) return false;
      const r = await evaluate(text);
      return r.cls === finding.cls && r.sig === finding.sig;
    };
    const { text, tests } = await minimizeLines(mutant.text, keeps, MINIMIZE_TESTS);
    finding.minimal = { text, result: await evaluate(text), tests };
    process.stderr.write(`fuzz: minimised ${finding.cls} (${finding.sig}) to ${text.split('\n').length} line(s) in ${tests} test(s)\n`);
  });

  // What rustc says of a crash's reproducer is not part of its class, but tells its cause.
  for (const finding of findings) {
    const { text, result } = finding.minimal;
    if (rustc && !result.rc) finding.minimal.result = { ...result, rc: await rustc.judge(MUTANT_FILE, text) };
  }
  findings.forEach((finding, k) => {
    const name = `${String(k + 1).padStart(3, '0')}-${finding.cls}`;
    finding.file = `reproducers/${name}.rs`;
    const { index, mutant } = finding.example;
    const { text, result, tests } = finding.minimal;
    fs.writeFileSync(path.join(out, finding.file), text.endsWith('\n') ? text : `${text}\n`);
    fs.writeFileSync(path.join(out, `reproducers/${name}.md`), [
      `# ${finding.cls}: ${finding.sig}`,
      `${finding.indices.length} mutant(s): ${finding.indices.slice(0, 10).join(', ')}${finding.indices.length > 10 ? ', …' : ''}`,
      `example: mutant ${index} of ${mutant.program} (${mutant.steps.join('; ') || 'unchanged'}); replay: node scripts/fuzz.mjs --seed ${options.seed}${options.corpusAt ? ` --corpus-at ${options.corpusAt.slice(0, 12)}` : ''} --from ${index} --count 1 --jobs 1 --out fuzz-out/replay`,
      `minimised in ${tests} test(s) to ${text.split('\n').length} line(s):`,
      '```rust', text.replace(/\n$/, ''), '```',
      '## stackheap', '```', describeStackheap(result.sh), '```',
      '## rustc', '```', describeRustc(result.rc), '```', '',
    ].join('\n'));
  });

  const tally = (cls) => [...groups.values()].filter((g) => g.cls === cls).sort((a, b) => b.indices.length - a.indices.length).map((g) => `  ×${g.indices.length}  ${g.sig}`);
  const seconds = Math.round((Date.now() - started) / 1000);
  const summary = [
    `fuzz: seed ${options.seed}, mutants ${options.from}..${options.from + options.count - 1}, ${seconds} s, ${corpusNote}, ${version ?? 'no rustc'}`,
    '',
    ...CLASSES.map((c) => `${c.padEnd(13)} ${counts[c]}`),
    '',
    `findings (${findings.length} distinct causes):`,
    ...findings.map((f) => `  ${f.file}  ${f.cls}  ×${f.indices.length}  ${f.sig}`),
    '',
    'refusals:',
    ...tally('refused'),
    '',
    'syntax errors worded or placed unlike rustc\'s:',
    ...tally('syntax-differs'),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(out, 'summary.txt'), summary);
  fs.writeFileSync(path.join(out, 'summary.json'), `${JSON.stringify({ seed: options.seed, from: options.from, count: options.count, corpusAt: options.corpusAt, rustc: version, counts, findings: findings.map((f) => ({ class: f.cls, signature: f.sig, mutants: f.indices, reproducer: f.file })) }, null, 2)}\n`);
  process.stdout.write(summary);
  await pool.close();
  rustc?.close();
}

await main();
