import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Stackheap } from '../src/api.js';
import { preludeYielding } from '../src/resolve/prelude.js';
import { plainItem, readAstArtifact, writeAstArtifact } from '../src/syntax/ast-artifact.js';
import type { Item } from '../src/syntax/ast.js';
import { loadRustParser, type RustParser } from '../src/syntax/parser.js';

describe('a program that declares a type with the name of a std type', () => {
  it('runs without std being parsed again', async () => {
    const stackheap = await Stackheap.load();
    // The parser is private to Stackheap: the test watches what it is asked to parse.
    const parse = vi.spyOn((stackheap as unknown as { parser: RustParser }).parser, 'parse');
    const path = 'tests/programs/shadow_std_type_names.rs';
    for (let run = 0; run < 2; run++) {
      const trace = stackheap.trace({ path, text: readFileSync(path, 'utf8') }, { at: 'none', events: false });
      expect(trace.stdout).toBe(readFileSync(path.replace(/\.rs$/, '.stdout'), 'utf8'));
    }
    expect(parse.mock.calls.map(([file]) => file.path)).toEqual([path, path]);
  });

  it("renames std's type and every use of it, keeps literals, and leaves the shared AST as it was", async () => {
    const parser = await loadRustParser();
    const text = [
      'pub struct Cell<T> { value: T }',
      'impl<T> Cell<T> { pub fn new(value: T) -> Cell<T> { Cell { value } } pub fn name(&self) -> &str { "Cell" } }',
      'pub struct Other { cell: Cell<u8> }',
      'fn unrelated() -> u8 { 1 }',
    ].join('\n');
    const std = parser.parse({ path: '<std>', text });
    const before = JSON.stringify(std, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v));
    const renamed = preludeYielding(std, new Set(['Cell']));
    const shown = JSON.stringify(renamed, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v));
    expect(shown).not.toMatch(/"Cell"(?!,"byte")/);
    // Each name `Cell` in the AST (the struct, its impl, the constructor, the types), all but the literal.
    expect(shown.match(/"Cell__std"/g)?.length).toBe(before.match(/"Cell"/g)!.length - 1);
    expect(shown).toContain('"value":"Cell","byte":false');
    expect(JSON.stringify(std, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))).toBe(before);
    const itemNamed = (items: readonly Item[], kind: string): Item => items.find((item) => item.kind === kind && 'name' in item && item.name.name === 'unrelated')!;
    expect(itemNamed(renamed.items, 'fn')).toBe(itemNamed(std.items, 'fn'));
    expect(preludeYielding(std, new Set(['Missing']))).toBe(std);
    // Read back from std's artifact, its functions and impls are renamed as they are decoded.
    const back = readAstArtifact(writeAstArtifact(std, text, 'stamp'), 'stamp')!.program;
    const lazilyRenamed = preludeYielding(back, new Set(['Cell']));
    expect(lazilyRenamed.items.map(plainItem)).toEqual(renamed.items);
  });
});
