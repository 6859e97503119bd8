import { describe, expect, it } from 'vitest';
import { PRELUDE_PATH } from '../src/resolve/prelude.js';
import { expandStdMacros } from '../src/resolve/std-macros.js';
import { readStdFiles, stdFilesKey } from '../src/resolve/std-source.js';
import { readAstArtifact, sourceHash, writeAstArtifact } from '../src/syntax/ast-artifact.js';
import { loadRustParser } from '../src/syntax/parser.js';

describe("std's AST built once (dist/std-ast.json)", () => {
  it('reads back exactly the AST the parser makes and the text it was parsed from, bigints and spans included', async () => {
    const parser = await loadRustParser();
    const files = (await readStdFiles())!;
    const stdText = expandStdMacros(files);
    const prelude = parser.parse({ path: PRELUDE_PATH, text: stdText });
    expect(readAstArtifact(writeAstArtifact(prelude, stdText, stdFilesKey(files)), stdFilesKey(files))).toEqual({ program: prelude, text: stdText });
    const text = 'fn main() {\n    let x: u128 = 340282366920938463463374607431768211455;\n    println!("{x}");\n}\n';
    const program = parser.parse({ path: 'a.rs', text });
    const back = readAstArtifact(writeAstArtifact(program, text, text), text);
    expect(back).toEqual({ program, text });
    expect(JSON.stringify(back, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).toContain('340282366920938463463374607431768211455n');
  });

  it('is ignored when std has changed since it was written, or it is not an artifact', async () => {
    const parser = await loadRustParser();
    const text = 'fn main() {}\n';
    const artifact = writeAstArtifact(parser.parse({ path: 'a.rs', text }), text, text);
    expect(readAstArtifact(artifact, 'fn main() { }\n')).toBeNull();
    expect(readAstArtifact(artifact.slice(0, 20), text)).toBeNull();
    expect(readAstArtifact('{"format":0}', text)).toBeNull();
    // With no source to compare (a browser), the artifact is taken as it is.
    expect(readAstArtifact(artifact, null)?.text).toBe(text);
  });

  it('hashes sources apart that differ in one character or in length', () => {
    expect(sourceHash('fn main() {}')).not.toBe(sourceHash('fn main() {]'));
    expect(sourceHash('ab')).not.toBe(sourceHash('ba'));
    expect(sourceHash('')).not.toBe(sourceHash('\0'));
  });
});
