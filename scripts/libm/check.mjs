#!/usr/bin/env node
// Compares stackheap's float functions (src/machine/libm, built into dist/) bit for bit with
// the glibc libm that a rustc-built binary calls, over many deterministic arguments.
// Needs rustc; not a test (tests never need rustc). Run `npm run build` first.
//
// Usage: node scripts/libm/check.mjs [COUNT] [SEED] [f64:NAME|f32:NAME ...]
//   COUNT arguments per function (default 200000), SEED for the argument generator (default 1);
//   with no names, every function. Prints one line per function: compared, differing, and the
//   first few differing arguments. Exit 1 if any differ.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const { libmFunction, LIBM_FUNCTION_NAMES } = await import(path.join(here, "../../dist/machine/libm/index.js"));

const [countArg, seedArg, ...names] = process.argv.slice(2);
const count = Number(countArg ?? 200000);
const seed = Number(seedArg ?? 1);
const targets = names.length ? names : ["f64", "f32"].flatMap((kind) => LIBM_FUNCTION_NAMES.map((n) => `${kind}:${n}`));

const binary = path.join(os.tmpdir(), `libm-bits-${process.getuid?.() ?? 0}`);
const source = path.join(here, "libm-bits.rs");
if (!fs.existsSync(binary) || fs.statSync(binary).mtimeMs < fs.statSync(source).mtimeMs) {
  const built = spawnSync("rustc", ["-O", "--edition", "2024", source, "-o", binary], { stdio: "inherit" });
  if (built.status !== 0) process.exit(2);
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const fromBits = (kind, hex) => {
  if (kind === "f64") { u64[0] = BigInt("0x" + hex); return f64[0]; }
  u32[0] = parseInt(hex, 16); return f32[0];
};
const toBits = (kind, x) => {
  if (kind === "f64") { f64[0] = x; return u64[0].toString(16); }
  f32[0] = x; return u32[0].toString(16);
};
const isNaNBits = (kind, hex) => Number.isNaN(fromBits(kind, hex));

let failed = false;
for (const target of targets) {
  const [kind, name] = target.split(":");
  const fn = libmFunction(name, kind);
  const child = spawn(binary, [name, kind, String(count), String(seed)], { stdio: ["ignore", "pipe", "inherit"] });
  let compared = 0;
  let differing = 0;
  let skipped = 0;
  const examples = [];
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const parts = line.split(" ");
    const expected = parts.pop();
    // An f32 signaling NaN read into a JS number comes out quiet, so such arguments (which
    // stackheap cannot hold either) are skipped.
    if (kind === "f32" && parts.some((p) => isNaNBits(kind, p) && (parseInt(p, 16) & 0x400000) === 0)) {
      skipped++;
      continue;
    }
    const args = parts.map((p) => fromBits(kind, p));
    const got = toBits(kind, fn(args[0], args[1] ?? 0));
    compared++;
    // NaN payloads and signs are not compared: Rust's {:?} prints any NaN as NaN.
    if (got !== expected && !(isNaNBits(kind, got) && isNaNBits(kind, expected))) {
      differing++;
      if (examples.length < 4) examples.push(`${parts.join(",")} -> ${got} (glibc ${expected})`);
    }
  }
  if (differing) failed = true;
  console.log(`${target}: ${compared} compared${skipped ? ` (${skipped} f32 signaling NaNs skipped)` : ""}, ${differing} differ${examples.length ? "  e.g. " + examples.join("; ") : ""}`);
}
process.exit(failed ? 1 : 0);
