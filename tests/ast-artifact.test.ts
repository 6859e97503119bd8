import { describe, expect, it } from 'vitest';
import { Stackheap } from '../src/api.js';
import { PRELUDE_PATH } from '../src/resolve/prelude.js';
import { expandStdMacros } from '../src/resolve/std-macros.js';
import { readStdFiles, stdFilesStamp } from '../src/resolve/std-source.js';
import { plainItem, readAstArtifact, splitArtifact, writeAstArtifact, type ParsedText } from '../src/syntax/ast-artifact.js';
import type { Program } from '../src/syntax/ast.js';
import { loadRustParser } from '../src/syntax/parser.js';

/** What was read back, every field of its items decoded (an artifact's items decode theirs when
 *  first read, through getters `toEqual` does not call). */
function decoded(parsed: ParsedText | null): ParsedText | null {
  return parsed && { ...parsed, program: plain(parsed.program) };
}

function plain(program: Program): Program {
  return { ...program, items: program.items.map(plainItem) };
}

describe("std's AST built once (dist/std-ast.json)", () => {
  it('reads back exactly the AST the parser makes and the text it was parsed from, bigints and spans included', async () => {
    const parser = await loadRustParser();
    const files = (await readStdFiles())!;
    const stamp = await stdFilesStamp(files);
    const stdText = expandStdMacros(files);
    const prelude = parser.parse({ path: PRELUDE_PATH, text: stdText });
    const artifact = writeAstArtifact(prelude, stdText, stamp);
    expect(decoded(readAstArtifact(artifact, stamp))).toEqual({ program: prelude, text: stdText });
    // As a file's bytes: ASCII, so that offsets into them are offsets into the text.
    const bytes = new TextEncoder().encode(artifact);
    expect(bytes.length).toBe(artifact.length);
    expect(decoded(readAstArtifact(bytes, stamp))).toEqual({ program: prelude, text: stdText });
    // Through a reader of the file, part by part: loading reads the head only.
    let read = 0;
    const reader = { size: bytes.length, read: (start: number, end: number) => ((read += end - start), bytes.slice(start, end)) };
    const lazily = readAstArtifact(reader, stamp)!;
    expect(read).toBeLessThan(bytes.length / 3);
    // An impl's self type is read from its chunk when first asked for.
    const implIndex = lazily.program.items.findIndex((item) => item.kind === 'impl');
    const [lazyImpl, parsedImpl] = [lazily.program.items[implIndex]!, prelude.items[implIndex]!];
    const loaded = read;
    if (lazyImpl.kind !== 'impl' || parsedImpl.kind !== 'impl') throw new Error('the parser and the artifact disagree on which item is the first impl');
    expect(lazyImpl.selfTy).toEqual(parsedImpl.selfTy);
    expect(read).toBeGreaterThan(loaded);
    expect(decoded(lazily)).toEqual({ program: prelude, text: stdText });
    expect(read).toBeGreaterThan(bytes.length / 2);
    // In the page's two parts: the chunks are asked for once, when one is first read.
    const parts = splitArtifact(bytes)!;
    expect(parts.eager.length + parts.chunks.length).toBe(bytes.length);
    let asked = 0;
    const split = readAstArtifact({ eager: parts.eager, chunks: () => (asked++, parts.chunks) }, stamp)!;
    expect(asked).toBe(0);
    expect(decoded(split)).toEqual({ program: prelude, text: stdText });
    expect(asked).toBe(1);
    expect(splitArtifact(bytes.subarray(0, 100))).toBeNull();
    // What the parser shares is shared again: a path type's arguments are its last segment's.
    const std = readAstArtifact(artifact, stamp)!.program;
    const impl = std.items.find((item) => item.kind === 'impl' && item.selfTy.kind === 'path' && item.selfTy.args.length > 0);
    const selfTy = impl?.kind === 'impl' ? impl.selfTy : null;
    expect(selfTy?.kind === 'path' && selfTy.args === selfTy.path.segments.at(-1)!.args).toBe(true);
    const text = 'fn main() {\n    let x: u128 = 340282366920938463463374607431768211455;\n    println!("{x}");\n}\n';
    const program = parser.parse({ path: 'a.rs', text });
    const back = decoded(readAstArtifact(writeAstArtifact(program, text, text), text));
    expect(back).toEqual({ program, text });
    expect(JSON.stringify(back, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).toContain('340282366920938463463374607431768211455n');
    // It parses all of std and compares the whole AST four times: long on a loaded machine.
  }, 120_000);

  it('is ignored when std has changed since it was written, or it is not an artifact', async () => {
    const parser = await loadRustParser();
    const text = 'fn main() {}\n';
    const artifact = writeAstArtifact(parser.parse({ path: 'a.rs', text }), text, text);
    expect(readAstArtifact(artifact, 'fn main() { }\n')).toBeNull();
    expect(readAstArtifact(artifact.slice(0, 20), text)).toBeNull();
    expect(readAstArtifact(artifact.slice(0, -1), text)).toBeNull();
    expect(readAstArtifact(`x${artifact}`, text)).toBeNull();
    expect(readAstArtifact('{"format":0}', text)).toBeNull();
    // With no source to compare (a browser), the artifact is taken as it is.
    expect(readAstArtifact(artifact, null)?.text).toBe(text);
  });

  it("decodes a function's body when it is first read, once", async () => {
    const parser = await loadRustParser();
    const text = 'fn f() -> i32 { 1 + 2 }\nfn main() { f(); }\n';
    const program = parser.parse({ path: 'a.rs', text });
    const bytes = new TextEncoder().encode(writeAstArtifact(program, text, text));
    let read = 0;
    const reader = { size: bytes.length, read: (start: number, end: number) => ((read += end - start), bytes.slice(start, end)) };
    const f = readAstArtifact(reader, text)!.program.items[0]!;
    const loaded = read;
    const body = f.kind === 'fn' ? f.body : null;
    expect(read).toBeGreaterThan(loaded);
    expect(body).toEqual(program.items[0]!.kind === 'fn' ? program.items[0]!.body : undefined);
    const once = read;
    expect(f.kind === 'fn' && f.body).toBe(body);
    expect(read).toBe(once);
  });

  it('a short program reads the head and little else of it', async () => {
    const bytes = new TextEncoder().encode(await Stackheap.buildStdArtifact());
    let read = 0;
    const reader = { size: bytes.length, read: (start: number, end: number) => ((read += end - start), bytes.slice(start, end)) };
    const stackheap = await Stackheap.load(undefined, reader);
    const loaded = read;
    // An array of a const parameter's length in a std type (`ArrayIntoIter<T, N>`) and in a
    // generic function of the program's: neither reads every std function's generics.
    const text = 'fn first<const N: usize>(a: [u8; N]) -> u8 {\n    a[0]\n}\n\nfn main() {\n    let v = vec![first([7, 8])];\n    println!("{v:?}");\n}\n';
    const recording = stackheap.record({ path: 'main.rs', text }, { at: 'all' });
    expect(recording.summary().stdout).toBe('[7]\n');
    expect(read - loaded).toBeLessThan(bytes.length / 10);
    // It parses all of std to build the artifact: long on a loaded machine.
  }, 120_000);
});
