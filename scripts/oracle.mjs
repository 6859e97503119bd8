#!/usr/bin/env node
// Golden-output oracle: compiles each tests/programs/*.rs with the real rustc,
// runs the binary and records its stdout, stderr and exit code next to the
// source as <name>.stdout, <name>.stderr and <name>.exit.
//
// Usage (from anywhere; paths are resolved against the repo root):
//   node scripts/oracle.mjs                      # every tests/programs/*.rs
//   node scripts/oracle.mjs tests/programs/a.rs b.rs c   # only these programs
//
// rustc is invoked from the repo root with the relative path
// tests/programs/<name>.rs, because panic messages embed the path exactly as
// given to rustc (the interpreter is run the same way).
//
// Thread ids: since Rust 1.91 the default panic hook prints the OS thread id,
//   "\nthread 'main' (12345) panicked at tests/programs/x.rs:3:5:\n..."
// That number (the main thread's TID, i.e. the process id on Linux) changes on
// every run, so by default it is canonicalised to (1) in the written .stderr
// goldens, keeping them stable across oracle runs. Test harnesses should
// normalise /^thread '([^']*)' \(\d+\)/m the same way on the interpreter's
// output. Pass --raw to keep the real thread id.
//
// The binary runs with `./NAME` as its argv[0], as if started as `./NAME` (what `env::args()`
// gives and stackheap gives too), wherever the oracle builds it.
//
// Allocation logs: each program is also built with a logging #[global_allocator] and its
// heap events are written to <name>.alloc, one per line: `alloc SIZE ALIGN`,
// `dealloc SIZE ALIGN`, `realloc OLD_SIZE NEW_SIZE ALIGN` (alloc_zeroed logs as alloc). The
// program's `main` is renamed; a new `main` prints an empty string (so std's stdout buffer
// exists before logging starts), turns logging on, calls the program's main and turns logging
// off. The log ends at a panic (std formats the panic message while `thread::panicking()`);
// only blocks allocated while logging are logged when freed or reallocated (process::exit frees
// the stdout buffer). The wrapper writes each line straight to file descriptor 3 with libc's
// write(2), so logging allocates nothing. `--alloc-only` skips the stdout/stderr/exit and compile-fail goldens.
//
// Programs rustc rejects (tests/compile-fail/<name>.rs, tests/unchecked/<name>.rs): <name>.error
// keeps the first error's header and location; tests/compile-fail/<name>.stderr keeps rustc's
// whole stderr, byte for byte (the path is the relative one stackheap is given too).
// `--compile-fail` writes only these; naming tests/compile-fail/<name>.rs writes only those.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PROGRAMS_REL = "tests/programs";
const PROGRAMS_DIR = path.join(REPO_ROOT, PROGRAMS_REL);
const RUN_TIMEOUT_MS = 10_000;
const COMPILE_TIMEOUT_MS = 120_000;

function fail(msg) {
  process.stderr.write(`oracle: ${msg}\n`);
  process.exit(2);
}

// --- rustc must be present -------------------------------------------------
const ver = spawnSync("rustc", ["--version"], { encoding: "utf8" });
if (ver.error || ver.status !== 0) {
  fail(
    "rustc is not installed or not on PATH (" +
      (ver.error ? ver.error.message : `exit ${ver.status}`) +
      ").\nThe oracle needs the real Rust compiler to produce golden outputs; install it (e.g. via rustup) and retry.",
  );
}
const rustcVersion = ver.stdout.trim();

// --- select programs ------------------------------------------------------
function programName(arg) {
  // Accept "tests/programs/x.rs", "x.rs", "x", or an absolute path.
  const base = path.basename(arg);
  return base.endsWith(".rs") ? base.slice(0, -3) : base;
}

const CANONICAL_TID = "1";
const TID_RE = /^(thread '[^'\n]*' )\(\d+\)/gm;

let names;
let raw = false;
let allocOnly = false;
let compileFailOnly = false;
/** Programs named under tests/compile-fail: only their goldens are written. */
const compileFailNames = [];
const args = process.argv.slice(2).filter((a) => {
  if (a === "--compile-fail") {
    compileFailOnly = true;
    return false;
  }
  if (a.replace(/\\/g, "/").includes("compile-fail/")) {
    compileFailOnly = true;
    compileFailNames.push(programName(a));
    return false;
  }
  if (a === "--raw") {
    raw = true;
    return false;
  }
  if (a === "--alloc-only") {
    allocOnly = true;
    return false;
  }
  if (a === "-h" || a === "--help") {
    console.log("usage: node scripts/oracle.mjs [--raw] [tests/programs/<name>.rs | <name> ...]");
    process.exit(0);
  }
  if (a.startsWith("-")) fail(`unknown option ${a}`);
  return true;
});
if (compileFailOnly) {
  names = args.map(programName);
} else if (args.length > 0) {
  names = args.map(programName);
  for (const n of names) {
    if (!fs.existsSync(path.join(PROGRAMS_DIR, `${n}.rs`))) {
      fail(`no such program: ${PROGRAMS_REL}/${n}.rs`);
    }
  }
} else {
  if (!fs.existsSync(PROGRAMS_DIR)) fail(`directory ${PROGRAMS_REL} does not exist`);
  names = fs
    .readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith(".rs"))
    .map((f) => f.slice(0, -3))
    .sort();
}
if (names.length === 0 && !compileFailOnly) fail(`no programs found in ${PROGRAMS_REL}`);

// --- environment for the binary: RUST_BACKTRACE unset ----------------------
const runEnv = { ...process.env };
delete runEnv.RUST_BACKTRACE;
delete runEnv.RUST_LIB_BACKTRACE;

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackheap-oracle-"));
process.on("exit", () => {
  try {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  } catch {
    /* ignore */
  }
});

console.log(`oracle: ${rustcVersion}, ${names.length} program(s)`);

const width = Math.max(12, ...names.map((n) => n.length), ...compileFailNames.map((n) => n.length));
let ok = 0;
const failures = [];

// --- allocation logs --------------------------------------------------------
const ALLOC_LOGGER = `
#[allow(dead_code)]
mod __stackheap_alloc_log {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicBool, Ordering};
    pub static ON: AtomicBool = AtomicBool::new(false);
    unsafe extern "C" {
        fn write(fd: i32, buf: *const u8, count: usize) -> isize;
    }
    fn put(buf: &mut [u8; 96], at: &mut usize, mut n: usize) {
        let mut digits = [0u8; 24];
        let mut k = 0;
        loop {
            digits[k] = b'0' + (n % 10) as u8;
            k += 1;
            n /= 10;
            if n == 0 { break; }
        }
        while k > 0 { k -= 1; buf[*at] = digits[k]; *at += 1; }
    }
    // Blocks allocated while logging, so that freeing what std allocated before (the stdout
    // buffer that process::exit releases) stays out of the log: open addressing, 0 empty, 1 deleted.
    const SLOTS: usize = 1 << 20;
    static mut LIVE: [usize; SLOTS] = [0; SLOTS];
    fn slot(p: usize) -> usize { (p >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 44 }
    fn track(p: usize) {
        let table = unsafe { &mut *core::ptr::addr_of_mut!(LIVE) };
        let mut i = slot(p) % SLOTS;
        while table[i] > 1 { i = (i + 1) % SLOTS; }
        table[i] = p;
    }
    fn untrack(p: usize) -> bool {
        let table = unsafe { &mut *core::ptr::addr_of_mut!(LIVE) };
        let mut i = slot(p) % SLOTS;
        while table[i] != 0 {
            if table[i] == p { table[i] = 1; return true; }
            i = (i + 1) % SLOTS;
        }
        false
    }
    /** Logging is on between the new main's switches, and off once a panic starts (std formats
     *  the panic message before any hook runs; the log ends at the panic). */
    fn on() -> bool { ON.load(Ordering::SeqCst) && !std::thread::panicking() }
    fn log(kind: &[u8], a: usize, b: usize, c: Option<usize>) {
        let mut buf = [0u8; 96];
        let mut at = 0;
        for &x in kind { buf[at] = x; at += 1; }
        buf[at] = b' '; at += 1;
        put(&mut buf, &mut at, a);
        buf[at] = b' '; at += 1;
        put(&mut buf, &mut at, b);
        if let Some(c) = c { buf[at] = b' '; at += 1; put(&mut buf, &mut at, c); }
        buf[at] = b'\\n'; at += 1;
        unsafe { write(3, buf.as_ptr(), at); }
    }
    pub struct Log;
    unsafe impl GlobalAlloc for Log {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            let p = unsafe { System.alloc(l) };
            if on() { track(p as usize); log(b"alloc", l.size(), l.align(), None); }
            p
        }
        unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
            let p = unsafe { System.alloc_zeroed(l) };
            if on() { track(p as usize); log(b"alloc", l.size(), l.align(), None); }
            p
        }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            if on() && untrack(p as usize) { log(b"dealloc", l.size(), l.align(), None); }
            unsafe { System.dealloc(p, l) }
        }
        unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
            let logged = on() && untrack(p as usize);
            let q = unsafe { System.realloc(p, l, n) };
            if logged { track(q as usize); log(b"realloc", l.size(), n, Some(l.align())); }
            q
        }
    }
    #[global_allocator]
    static GLOBAL: Log = Log;
}
`;

/** The program with its main renamed and the logging main appended; null if there is no main. */
function allocHarness(source) {
  const m = source.match(/^fn main\(\)\s*(?:->\s*([^{]+?))?\s*\{/m);
  if (!m) return null;
  const ret = m[1] ? ` -> ${m[1]}` : "";
  const renamed = source.slice(0, m.index) + source.slice(m.index).replace(/^fn main\(\)/m, "fn __stackheap_main()");
  return `${renamed}
${ALLOC_LOGGER}
fn main()${ret} {
    print!("");
    __stackheap_alloc_log::ON.store(true, std::sync::atomic::Ordering::SeqCst);
    let r = __stackheap_main();
    __stackheap_alloc_log::ON.store(false, std::sync::atomic::Ordering::SeqCst);
    r
}
`;
}

function allocLog(name) {
  const source = fs.readFileSync(path.join(PROGRAMS_DIR, `${name}.rs`), "utf8");
  const harness = allocHarness(source);
  if (harness === null) return "no main";
  const src = path.join(tmpDir, `${name}_alloc.rs`);
  const bin = path.join(tmpDir, `${name}_alloc`);
  fs.writeFileSync(src, harness);
  const cc = spawnSync("rustc", ["--edition", "2024", "-C", "debuginfo=0", "--cap-lints", "allow", "-o", bin, src], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: COMPILE_TIMEOUT_MS,
  });
  if (cc.error || cc.status !== 0) return `rustc failed on the harness: ${(cc.stderr || "").split("\n")[0]}`;
  const run = spawnSync(bin, [], {
    cwd: REPO_ROOT,
    env: runEnv,
    argv0: `./${name}`,
    stdio: ["ignore", "ignore", "ignore", "pipe"],
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) return run.error.message;
  const log = run.output[3];
  fs.writeFileSync(path.join(PROGRAMS_DIR, `${name}.alloc`), log);
  return null;
}

for (const name of names) {
  const srcRel = `${PROGRAMS_REL}/${name}.rs`;
  const bin = path.join(tmpDir, name);
  const label = name.padEnd(width);

  const allocFailure = allocLog(name);
  if (allocFailure) {
    console.log(`${label}  ALLOC LOG FAILED (${allocFailure})`);
    failures.push(`${name}: alloc log: ${allocFailure}`);
  }
  if (allocOnly) {
    if (!allocFailure) {
      ok++;
      console.log(`${label}  alloc log written`);
    }
    continue;
  }

  // Compile.
  const cc = spawnSync(
    "rustc",
    ["--edition", "2024", "-C", "debuginfo=0", "-o", bin, srcRel],
    { cwd: REPO_ROOT, encoding: "utf8", timeout: COMPILE_TIMEOUT_MS },
  );
  if (cc.error || cc.status !== 0) {
    console.log(`${label}  COMPILE ERROR`);
    process.stderr.write(cc.error ? `${cc.error.message}\n` : cc.stderr);
    failures.push(`${name}: rustc failed`);
    continue;
  }
  const warnings = (cc.stderr.match(/^warning(?!: \d+ warnings? emitted)/gm) || []).length;

  // Run: no stdin, 10 s timeout, RUST_BACKTRACE unset.
  const run = spawnSync(bin, [], {
    cwd: REPO_ROOT,
    env: runEnv,
    argv0: `./${name}`,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    const why = run.error.code === "ETIMEDOUT" ? `timed out after ${RUN_TIMEOUT_MS / 1000} s` : run.error.message;
    console.log(`${label}  RUN ERROR (${why})`);
    failures.push(`${name}: ${why}`);
    continue;
  }
  let exit;
  if (run.status !== null) {
    exit = run.status;
  } else {
    const signo = os.constants.signals[run.signal];
    exit = 128 + (signo ?? 0);
  }

  const base = path.join(PROGRAMS_DIR, name);
  fs.writeFileSync(`${base}.stdout`, run.stdout);
  const stderr = raw
    ? run.stderr
    : Buffer.from(run.stderr.toString("utf8").replace(TID_RE, `$1(${CANONICAL_TID})`), "utf8");
  fs.writeFileSync(`${base}.stderr`, stderr);
  fs.writeFileSync(`${base}.exit`, `${exit}\n`);
  ok++;
  const sig = run.signal ? ` (${run.signal})` : "";
  const warn = warnings ? `, ${warnings} rustc warning(s)` : "";
  console.log(
    `${label}  exit ${String(exit).padStart(3)}${sig}  stdout ${run.stdout.length} B  stderr ${stderr.length} B${warn}`,
  );
}

// --- programs rustc rejects: its first error (code, headline, location) -------
// tests/compile-fail/<name>.rs and tests/unchecked/<name>.rs (programs `--unchecked` runs) must
// be rejected by rustc; <name>.error records the first error's header line and its
// ` --> file:line:col` line.
for (const failRel of ["tests/compile-fail", "tests/unchecked"]) {
  const failDir = path.join(REPO_ROOT, failRel);
  const wholeStderr = failRel === "tests/compile-fail";
  const failNames = allocOnly || !fs.existsSync(failDir)
    ? []
    : compileFailNames.length > 0
      ? (wholeStderr ? compileFailNames : [])
      : fs.readdirSync(failDir).filter((f) => f.endsWith(".rs")).map((f) => f.slice(0, -3)).sort();
  for (const name of failNames) {
    const srcRel = `${failRel}/${name}.rs`;
    const cc = spawnSync("rustc", ["--edition", "2024", "--error-format", "human", "-o", path.join(tmpDir, name), srcRel], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: COMPILE_TIMEOUT_MS,
    });
    const match = cc.stderr.match(/^(error(?:\[E\d+\])?: .*)\n\s*--> (.*)$/m);
    if (cc.status === 0 || !match) {
      console.log(`${name.padEnd(width)}  EXPECTED A COMPILE ERROR`);
      failures.push(`${name}: rustc accepted it`);
      continue;
    }
    fs.writeFileSync(path.join(failDir, `${name}.error`), `${match[1]}\n --> ${match[2]}\n`);
    if (wholeStderr) fs.writeFileSync(path.join(failDir, `${name}.stderr`), cc.stderr);
    ok++;
    console.log(`${name.padEnd(width)}  ${match[1]}`);
  }
}

console.log(`\noracle: ${ok} golden(s) written, ${failures.length} failure(s)`);
if (failures.length > 0) {
  for (const f of failures) console.log(`  FAILED ${f}`);
  process.exit(1);
}
