#!/usr/bin/env node
// Writes tests/libm/glibc-bits.txt, the golden table tests/libm.test.ts replays: for each
// function src/machine/libm lists as exact (LIBM_EXACT), 400 arguments and the bits of glibc's
// answer, printed by the rustc-built scripts/libm/libm-bits.rs. Needs rustc and `npm run build`.
// Usage: node scripts/libm/table.mjs   (also run by `npm run oracle:libm`)

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../..");
const { LIBM_EXACT } = await import(path.join(root, "dist/machine/libm/index.js"));
const PER_FUNCTION = 400;
const SEED = 20261207;

const binary = path.join(os.tmpdir(), `libm-bits-table-${process.getuid?.() ?? 0}`);
const built = spawnSync("rustc", ["-O", "--edition", "2024", path.join(here, "libm-bits.rs"), "-o", binary], { stdio: "inherit" });
if (built.status !== 0) process.exit(2);

const lines = ["# KIND:FUNCTION ARGUMENT_BITS... RESULT_BITS (hex), from glibc 2.36 via a rustc-built binary: scripts/libm/table.mjs"];
for (const kind of ["f64", "f32"]) {
  for (const name of LIBM_EXACT[kind]) {
    const run = spawnSync(binary, [name, kind, String(PER_FUNCTION), String(SEED)], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`libm-bits ${name} ${kind} failed: ${run.stderr}`);
    for (const line of run.stdout.trim().split("\n")) lines.push(`${kind}:${name} ${line}`);
  }
}
fs.mkdirSync(path.join(root, "tests/libm"), { recursive: true });
fs.writeFileSync(path.join(root, "tests/libm/glibc-bits.txt"), lines.join("\n") + "\n");
console.log(`tests/libm/glibc-bits.txt: ${lines.length - 1} results`);
