// The oracle: rustc 1.95 compiles a program (edition 2024, a debug build as scripts/oracle.mjs
// makes) and its binary runs with a time and memory limit, at least twice: a binary whose runs
// differ (a HashMap's random iteration order, an address) is no oracle for that program. Results
// are cached by source text, so minimising a reproducer does not compile the same text twice, and,
// given a cache directory, on disk: a second campaign over the same mutants (the same seed over the
// same corpus, see --corpus-at) then asks rustc only about texts it has not seen.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const COMPILE_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = 10_000;
const OUTPUT_LIMIT = 4 * 1024 * 1024;
/** The binary's address space (KiB): a mutant that allocates without end fails instead of
 *  taking the machine's memory. */
const BINARY_MEMORY_KB = 2_000_000;
/** How the binary says an allocation failed: under the cap above, that is the fuzzer's own limit,
 *  not the program's behaviour (without it, the kernel would have granted the memory). */
const ALLOCATION_FAILED_RE = /^memory allocation of \d+ bytes failed$/m;
/** Since Rust 1.91 a panic names the thread's id (the OS's in the binary, stackheap's own in the
 *  interpreter: main is 1, spawned threads 2, 3, ...); both are compared as (1), as
 *  scripts/oracle.mjs writes goldens and tests/helpers.ts reads them. */
const TID_RE = /^(thread '[^'\n]*' )\(\d+\)/gm;

export function canonicalThreadIds(stderr) {
  return stderr.replace(TID_RE, '$1(1)');
}
/** An error's header and, on the next line, its location (absent for a few: a missing `main`). */
const ERROR_RE = /^error(?:\[(E\d+)\])?: (.*)\n(?:\s*--> [^\n]*?:(\d+):\d+$)?/gm;
/** The binary is named after the file, as cargo names it after the package: the program's name
 *  (`env::args()`'s first) is then the one stackheap gives it. */
function binaryName(fileName) {
  return fileName.replace(/^.*\//, '').replace(/\.rs$/, '');
}

/** rustc's closing lines, which are not errors of the program. */
const SUMMARY_RE = /^(?:aborting due to|could not compile)/;

export function rustcVersion() {
  const version = spawnSync('rustc', ['--version'], { encoding: 'utf8' });
  return version.error || version.status !== 0 ? null : version.stdout.trim();
}

/** Runs a command, collecting at most OUTPUT_LIMIT bytes of each stream; kills it on timeout. */
function exec(command, args, { cwd, timeoutMs, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: [], stderr: [], size: 0, timedOut: false };
    const collect = (stream) => (chunk) => {
      out.size += chunk.length;
      if (out.size <= OUTPUT_LIMIT) out[stream].push(chunk);
      else child.kill('SIGKILL');
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    const timer = setTimeout(() => {
      out.timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, timedOut: out.timedOut, overflow: out.size > OUTPUT_LIMIT, stdout: Buffer.concat(out.stdout).toString('utf8'), stderr: Buffer.concat(out.stderr).toString('utf8') });
    });
  });
}

export class Rustc {
  /** `cacheDir`: where verdicts persist between campaigns (null: this process only). */
  constructor({ version, cacheDir = null }) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'stackheap-fuzz-'));
    this.version = version;
    this.cacheDir = cacheDir;
    if (cacheDir) fs.mkdirSync(cacheDir, { recursive: true });
    this.cache = new Map();
    this.runs = 0;
    this.env = { ...process.env };
    delete this.env.RUST_BACKTRACE;
    delete this.env.RUST_LIB_BACKTRACE;
  }

  /** {compiled: false, errors: [{code, headline, line}]} or {compiled: true, exitCode, stdout,
   *  stderr, timedOut, memoryCapped, nondeterministic, runs}; `fileName` is the path the program
   *  is compiled as (panics show it). The binary runs `runs` times (at least 2) unless a run
   *  already differs from the first; asking again with more runs than a cached verdict had
   *  compiles and runs it again. */
  async judge(fileName, text, runs = 2) {
    const key = createHash('sha1').update(this.version).update('\0').update(fileName).update('\0').update(text).digest('hex');
    const cached = this.cache.get(key) ?? this.stored(key);
    if (cached) {
      const verdict = await cached;
      if (!verdict.compiled || verdict.nondeterministic || verdict.timedOut || verdict.runs >= runs) return verdict;
    }
    const verdict = this.compileAndRun(fileName, text, Math.max(2, runs));
    this.cache.set(key, verdict);
    this.store(key, await verdict);
    return verdict;
  }

  /** A verdict an earlier campaign stored, or undefined. */
  stored(key) {
    if (!this.cacheDir) return undefined;
    try {
      const verdict = Promise.resolve(JSON.parse(fs.readFileSync(path.join(this.cacheDir, `${key}.json`), 'utf8')));
      this.cache.set(key, verdict);
      return verdict;
    } catch {
      return undefined;
    }
  }

  /** Keeps a verdict for later campaigns, unless a time limit decided it: under another load the
   *  binary may finish. Written under a temporary name first, so a killed campaign leaves no half
   *  file. */
  store(key, verdict) {
    if (!this.cacheDir || verdict.timedOut) return;
    const file = path.join(this.cacheDir, `${key}.json`);
    fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(verdict));
    fs.renameSync(`${file}.${process.pid}`, file);
  }

  async compileAndRun(fileName, text, runs) {
    const dir = path.join(this.root, `e${this.runs++}`);
    fs.mkdirSync(dir);
    try {
      fs.writeFileSync(path.join(dir, fileName), text);
      const cc = await exec('rustc', ['--edition', '2024', '-C', 'debuginfo=0', '--error-format', 'human', '-o', binaryName(fileName), fileName], { cwd: dir, timeoutMs: COMPILE_TIMEOUT_MS, env: this.env });
      if (cc.timedOut) return { compiled: false, errors: [], timedOut: true };
      if (cc.status !== 0) {
        const errors = [...cc.stderr.matchAll(ERROR_RE)]
          .filter((m) => !SUMMARY_RE.test(m[2]))
          .map((m) => ({ code: m[1] ?? null, headline: m[2], line: m[3] === undefined ? null : Number(m[3]) }));
        return { compiled: false, errors };
      }
      const first = await this.runBinary(dir, binaryName(fileName));
      let done = 1;
      for (; done < runs && !first.timedOut && !first.memoryCapped; done++) {
        const again = await this.runBinary(dir, binaryName(fileName));
        if (again.timedOut || again.memoryCapped) return { ...first, timedOut: again.timedOut, memoryCapped: again.memoryCapped, runs: done + 1 };
        if (again.exitCode !== first.exitCode || again.stdout !== first.stdout || again.stderr !== first.stderr) return { ...first, nondeterministic: true, runs: done + 1 };
      }
      return { ...first, runs: done };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  async runBinary(dir, binary) {
    const run = await exec('sh', ['-c', `ulimit -v ${BINARY_MEMORY_KB}; exec ./${binary}`], { cwd: dir, timeoutMs: RUN_TIMEOUT_MS, env: this.env });
    const exitCode = run.status ?? 128 + (os.constants.signals[run.signal] ?? 0);
    const stderr = canonicalThreadIds(run.stderr);
    return { compiled: true, exitCode, stdout: run.stdout, stderr, timedOut: run.timedOut || run.overflow, memoryCapped: ALLOCATION_FAILED_RE.test(stderr), nondeterministic: false };
  }

  close() {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
