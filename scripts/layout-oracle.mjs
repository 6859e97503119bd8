#!/usr/bin/env node
// Layout oracle: rustc's answers for `stackheap layout` (tests/layout.test.ts checks them).
//
// Usage (after `npx tsc -p tsconfig.json`): node scripts/layout-oracle.mjs
//
// For each type in tests/layout/types.txt (named as tests/layout/types.rs names them), asks
// stackheap's layout which fields and variants the type has, then builds one program with
// rustc that prints, for every type:
//   - size_of and align_of;
//   - offset_of!(TYPE, path) of every field a program can name (struct and tuple fields,
//     nested ones as `a.b`, enum variants' fields as `Variant.field`: the unstable
//     `offset_of_enum`, enabled with RUSTC_BOOTSTRAP=1 on the same rustc);
//   - for each variant without fields that has a tag, the tag's bytes at the offset stackheap
//     says the tag is (little-endian, as an unsigned integer): a wrong offset reads other bytes.
// The answers go to tests/layout/types.golden.json; the test needs no rustc.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIR = path.join(ROOT, "tests/layout");
const SOURCE = path.join(DIR, "types.rs");
const GOLDEN = path.join(DIR, "types.golden.json");

const fail = (msg) => {
  process.stderr.write(`layout-oracle: ${msg}\n`);
  process.exit(2);
};

const version = spawnSync("rustc", ["--version"], { encoding: "utf8" });
if (version.error || version.status !== 0) fail("rustc is not installed or not on PATH");
if (!fs.existsSync(path.join(ROOT, "dist/api.js"))) fail("build stackheap first: npx tsc -p tsconfig.json");

const { Stackheap } = await import(path.join(ROOT, "dist/api.js"));
const stackheap = await Stackheap.load();
const text = fs.readFileSync(SOURCE, "utf8");
const types = fs.readFileSync(path.join(DIR, "types.txt"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));

// The questions: which offsets and tags to ask rustc about, per type.
const questions = types.map((ty) => {
  const report = stackheap.layout({ path: "tests/layout/types.rs", text }, ty);
  const entries = report.variants ? report.variants.flatMap((v) => v.entries) : report.entries;
  const paths = [...new Set(entries.filter((e) => e.path !== undefined).map((e) => e.path))];
  const tags = (report.variants ?? [])
    .filter((v) => (v.encoding.kind === "tag" || v.encoding.kind === "niche") && !v.entries.some((e) => e.kind === "field"))
    .map((v) => v.name);
  return { ty, paths, tags, tag: report.tag ?? null };
});

const rust = (s) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
let body = "";
for (const q of questions) {
  body += `    println!("type\\t{}\\t{}\\t{}", "${rust(q.ty)}", std::mem::size_of::<${q.ty}>(), std::mem::align_of::<${q.ty}>());\n`;
  for (const p of q.paths) body += `    println!("offset\\t{}\\t{}", "${rust(p)}", std::mem::offset_of!(${q.ty}, ${p}));\n`;
  for (const v of q.tags) {
    body += `    {\n        let v: ${q.ty} = <${q.ty}>::${v};\n        let p = &v as *const ${q.ty} as *const u8;\n        let mut x: u128 = 0;\n`;
    body += `        for i in 0..${q.tag.size} { x |= (unsafe { *p.add(${q.tag.offset} + i) } as u128) << (8 * i); }\n`;
    body += `        println!("tag\\t{}\\t{}", "${rust(v)}", x);\n    }\n`;
  }
}
const program = `#![feature(offset_of_enum)]\n${text.replace(/^fn main\(\) \{\}$/m, "")}\nfn main() {\n${body}}\n`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackheap-layout-"));
try {
  const src = path.join(tmp, "layout.rs");
  const bin = path.join(tmp, "layout");
  fs.writeFileSync(src, program);
  const built = spawnSync("rustc", ["--edition", "2024", "-A", "warnings", src, "-o", bin], { encoding: "utf8", env: { ...process.env, RUSTC_BOOTSTRAP: "1" } });
  if (built.status !== 0) fail(`rustc failed:\n${built.stderr}`);
  const ran = spawnSync(bin, [], { encoding: "utf8" });
  if (ran.status !== 0) fail(`the program failed:\n${ran.stderr}`);
  const golden = {};
  let current = null;
  for (const line of ran.stdout.trim().split("\n")) {
    const [kind, name, a, b] = line.split("\t");
    if (kind === "type") golden[name] = current = { size: Number(a), align: Number(b), offsets: {}, tags: {} };
    else if (kind === "offset") current.offsets[name] = Number(a);
    else current.tags[name] = a;
  }
  fs.writeFileSync(GOLDEN, `${JSON.stringify({ rustc: version.stdout.trim(), types: golden }, null, 2)}\n`);
  console.log(`layout-oracle: ${version.stdout.trim()}, ${types.length} types → ${path.relative(ROOT, GOLDEN)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
