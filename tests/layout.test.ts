import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Diagnostic } from '../src/api.js';
import type { TypeLayoutReport } from '../src/views/layout.js';
import { layoutText } from '../src/views/layout.js';
import { stackheap } from './helpers.js';

// `stackheap layout`: every number against rustc's, from tests/layout/types.golden.json
// (made by `node scripts/layout-oracle.mjs`).

const SOURCE = { path: 'tests/layout/types.rs', text: readFileSync('tests/layout/types.rs', 'utf8') };
const TYPES = readFileSync('tests/layout/types.txt', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const GOLDEN = JSON.parse(readFileSync('tests/layout/types.golden.json', 'utf8')) as {
  types: Record<string, { size: number; align: number; offsets: Record<string, number>; tags: Record<string, string> }>;
};

const layoutOf = async (ty: string): Promise<TypeLayoutReport> => (await stackheap()).layout(SOURCE, ty);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/stackheap.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('stackheap layout against rustc', () => {
  it('has a golden for every type', () => {
    expect(Object.keys(GOLDEN.types).sort()).toEqual([...TYPES].sort());
  });

  it.each(TYPES)('%s', async (ty) => {
    const golden = GOLDEN.types[ty]!;
    const report = await layoutOf(ty);
    expect({ size: report.size, align: report.align }).toEqual({ size: golden.size, align: golden.align });
    const entries = report.variants ? report.variants.flatMap((v) => v.entries) : report.entries;
    const offsets: Record<string, number> = {};
    for (const e of entries) if (e.path !== undefined) offsets[e.path] = e.offset;
    expect(offsets).toEqual(golden.offsets);
    const tags: Record<string, string> = {};
    for (const v of report.variants ?? []) if ((v.encoding.kind === 'tag' || v.encoding.kind === 'niche') && !v.entries.some((e) => e.kind === 'field')) tags[v.name] = v.encoding.value;
    expect(tags).toEqual(golden.tags);
  });

  it('covers every byte of each struct level and each variant exactly once', async () => {
    for (const ty of TYPES) {
      const report = await layoutOf(ty);
      const levels = report.variants ? report.variants.filter((v) => v.encoding.kind !== 'uninhabited').map((v) => v.entries) : [report.entries];
      for (const entries of levels) {
        // Zero-sized fields take no bytes (rustc leaves them at the variant's start).
        const top = entries.filter((e) => e.depth === 0 && e.size > 0);
        if (top.length === 0) continue;
        let at = 0;
        for (const e of top) {
          expect(e.offset, `${ty}: ${e.name}`).toBe(at);
          at += e.size;
        }
        expect(at, ty).toBe(report.size);
      }
    }
  });
});

describe('stackheap layout output', () => {
  it('shows fields, padding and niches', async () => {
    expect(layoutText(await layoutOf('Point'))).toBe(
      ['Point: struct, size 12, align 4, niche: 254 invalid values', '+0  4  x: i32', '+4  4  y: i32', '+8  1  flag: bool  (niche: 254 invalid values)', '+9  3  (padding)', ''].join('\n'),
    );
  });

  it('indents nested fields under theirs, at offsets from the start of the whole value', async () => {
    const text = layoutText(await layoutOf('Line'));
    expect(text).toContain('\n+12    12  end: Point  (niche: 254 invalid values)\n  +12   4  x: i32\n');
  });

  it('says how an enum tells its variants apart: a tag, or a niche', async () => {
    const shape = layoutText(await layoutOf('Shape'));
    expect(shape).toContain('tag: 4 bytes at +0, holding the discriminant\nvariant Circle (tag = 0)\n  +0    4  (tag)\n  +4    4  (unused)\n  +8    8  r: f64\n');
    const option = layoutText(await layoutOf('Option<Box<i32>>'));
    expect(option).toBe(
      [
        'Option<Box<i32>>: enum, size 8, align 8, no niche',
        'tag: in the niche of Some.0 (8 bytes at +0): values it cannot hold stand for the other variants',
        'variant None (niche value 0)',
        '  +0  8  (niche value)',
        'variant Some (untagged: any valid value in the niche)',
        '  +0  8  0: Box<i32>  (niche: 1 invalid value)',
        '',
      ].join('\n'),
    );
    expect(layoutText(await layoutOf('Result<u32, String>'))).toContain('tag: in the niche of Err.0 (its cap) (8 bytes at +0)');
    expect(layoutText(await layoutOf('Sparse'))).toContain('variant High (tag = 20)');
  });

  it('shows the two halves of a fat pointer', async () => {
    expect(layoutText(await layoutOf('&dyn Area'))).toContain('+0  8  (data pointer): *const ()\n+8  8  (vtable pointer): *const usize\n');
  });

  it('refuses a type FILE does not name, located in the type', async () => {
    const sh = await stackheap();
    let error: unknown;
    try {
      sh.layout(SOURCE, 'Option<Circle>');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Diagnostic);
    const d = error as Diagnostic;
    expect(d.source?.text).toBe('Option<Circle>');
    expect([d.span.line, d.span.col, d.span.endCol]).toEqual([1, 8, 14]);
    expect(d.exitCode).toBe(1);
  });

  it('runs from the CLI, in text and JSON, and fails with a located error', () => {
    const text = cli('layout', 'tests/layout/types.rs', 'Option<Box<i32>>');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Option<Box<i32>>: enum, size 8, align 8, no niche\n/);
    const json = cli('layout', 'tests/layout/types.rs', '(u8, u32)', '--format', 'json');
    expect(json.status).toBe(0);
    // A tuple's last field stays last, as in rustc: (u8, u32) is not reordered.
    expect((JSON.parse(json.stdout) as TypeLayoutReport).entries.map((e) => [e.name, e.offset])).toEqual([
      ['0', 0],
      ['(padding)', 1],
      ['1', 4],
    ]);
    const unknown = cli('layout', 'tests/layout/types.rs', 'Vec<Foo>');
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe("error[E0425]: cannot find type `Foo` in this scope\n --> <TYPE>:1:5\n  |\n1 | Vec<Foo>\n  |     ^^^ not found in this scope\n");
    const unsized = cli('layout', 'tests/layout/types.rs', 'str');
    expect(unsized.status).toBe(1);
    expect(unsized.stderr).toMatch(/^error\[E0277\]: the size for values of type `str` cannot be known at compilation time\n --> <TYPE>:1:1\n/);
    const usage = cli('layout', 'tests/layout/types.rs');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^error: no type: `stackheap layout FILE TYPE`/);
  });
});
