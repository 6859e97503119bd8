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
const args = process.argv.slice(2).filter((a) => {
  if (a === "--raw") {
    raw = true;
    return false;
  }
  if (a === "-h" || a === "--help") {
    console.log("usage: node scripts/oracle.mjs [--raw] [tests/programs/<name>.rs | <name> ...]");
    process.exit(0);
  }
  if (a.startsWith("-")) fail(`unknown option ${a}`);
  return true;
});
if (args.length > 0) {
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
if (names.length === 0) fail(`no programs found in ${PROGRAMS_REL}`);

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

const width = Math.max(...names.map((n) => n.length));
let ok = 0;
const failures = [];

for (const name of names) {
  const srcRel = `${PROGRAMS_REL}/${name}.rs`;
  const bin = path.join(tmpDir, name);
  const label = name.padEnd(width);

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

// --- compile-fail programs: rustc's first error (code, headline, location) --
// tests/compile-fail/<name>.rs must be rejected by rustc; <name>.error records the first
// error's header line and its ` --> file:line:col` line.
const FAIL_REL = "tests/compile-fail";
const failDir = path.join(REPO_ROOT, FAIL_REL);
const failNames = !fs.existsSync(failDir)
  ? []
  : fs.readdirSync(failDir).filter((f) => f.endsWith(".rs")).map((f) => f.slice(0, -3)).sort();
for (const name of failNames) {
  const srcRel = `${FAIL_REL}/${name}.rs`;
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
  ok++;
  console.log(`${name.padEnd(width)}  ${match[1]}`);
}

console.log(`\noracle: ${ok} golden(s) written, ${failures.length} failure(s)`);
if (failures.length > 0) {
  for (const f of failures) console.log(`  FAILED ${f}`);
  process.exit(1);
}
