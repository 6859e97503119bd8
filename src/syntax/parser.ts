import { crateName } from '../diagnostics/names.js';
import { Language, Parser, type Point, type Range, type Tree } from 'web-tree-sitter';
import { Diagnostic } from '../diagnostics/diagnostic.js';
import { DUMMY_SPAN, type SourceFile } from '../diagnostics/span.js';
import type { Program } from './ast.js';
import { checkTokens } from './lexcheck.js';
import { lowerProgram } from './lower.js';
import { LineIndex } from './positions.js';
import { firstSyntaxError } from './syntaxerrors.js';
import { danglingDocComment } from './doc-comments.js';

/**
 * Where the WebAssembly files come from. In a browser pass URLs (or the bytes); in Node the
 * defaults are found in node_modules.
 */
export interface GrammarSource {
  /** web-tree-sitter's own `tree-sitter.wasm`; by default the one in node_modules. */
  runtimeWasm?: string | Uint8Array;
  /** `tree-sitter-rust.wasm`. */
  grammarWasm: string | Uint8Array;
}

// web-tree-sitter's runtime can only be initialized once per process; the first call's options win.
let runtimeReady: Promise<void> | null = null;
const languages = new Map<string | Uint8Array, Promise<Language>>();

function initRuntime(runtimeWasm: string | Uint8Array | undefined): Promise<void> {
  runtimeReady ??= (async () => {
    // In Node, found in node_modules rather than next to web-tree-sitter's module, which the
    // CLI's bundle (dist/cli/stackheap.cjs) holds.
    const wasm = runtimeWasm ?? (await inNodeModules('web-tree-sitter/tree-sitter.wasm'));
    await Parser.init(typeof wasm === 'string' ? { locateFile: () => wasm } : { wasmBinary: wasm });
  })().catch((e: unknown) => {
    runtimeReady = null;
    throw e;
  });
  return runtimeReady;
}

async function inNodeModules(file: string): Promise<string> {
  // Imported lazily so that a browser bundle, which always passes a GrammarSource, never needs it.
  const { createRequire } = await import(/* @vite-ignore */ 'node:module');
  return createRequire(import.meta.url).resolve(file);
}

/** Loads tree-sitter and the Rust grammar (cached) and returns a parser. */
export async function loadRustParser(source?: GrammarSource): Promise<RustParser> {
  await initRuntime(source?.runtimeWasm);
  const grammar = source?.grammarWasm ?? (await inNodeModules('tree-sitter-rust/tree-sitter-rust.wasm'));
  let lang = languages.get(grammar);
  if (lang === undefined) {
    lang = Language.load(grammar).catch((e: unknown) => {
      languages.delete(grammar);
      throw e;
    });
    languages.set(grammar, lang);
  }
  return new RustParser(await lang);
}

/**
 * How deep the syntax tree may nest. The front end's passes (lowering, checking, building MIR)
 * recurse at least once per level, and JavaScript's stack holds a few thousand of their frames;
 * rustc accepts deeper code, so deeper code is refused with the place it gets too deep.
 */
export const MAX_NESTING = 500;

/**
 * The longest source text read, in UTF-16 code units (bytes for ASCII). Checking and lowering
 * cost about a quarter of a millisecond per statement, so half a megabyte of dense code takes
 * seconds; teaching programs are a hundredth of that. rustc has no such limit, so a longer file
 * is refused, located where it crosses the limit, rather than left to run for minutes.
 */
export const MAX_SOURCE_LENGTH = 512 * 1024;

/** Refuses a program's source longer than `MAX_SOURCE_LENGTH` (std's own, built once, may be). */
export function checkSourceLength(file: SourceFile): void {
  const text = file.text;
  if (text.length <= MAX_SOURCE_LENGTH) return;
  const lines = new LineIndex(text);
  const lineStart = text.lastIndexOf('\n', MAX_SOURCE_LENGTH - 1) + 1;
  const count = (n: number): string => n.toLocaleString('en-US');
  throw new Diagnostic('unsupported', `unsupported: a source file of ${count(text.length)} characters (stackheap reads at most ${count(MAX_SOURCE_LENGTH)})`, lines.span(lineStart, lineStart));
}

/** Refuses a tree nested deeper than `MAX_NESTING`, walking it without recursion. */
function checkNesting(tree: Tree, lines: LineIndex): void {
  const cursor = tree.walk();
  try {
    let depth = 0;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        if (++depth > MAX_NESTING) {
          throw new Diagnostic('unsupported', `unsupported: code nested more than ${MAX_NESTING} levels deep`, lines.span(cursor.startIndex, cursor.endIndex));
        }
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

export class RustParser {
  private readonly parser: Parser;

  constructor(language: Language) {
    this.parser = new Parser();
    this.parser.setLanguage(language);
  }

  /** Parses and lowers one file. Throws Diagnostic (and nothing else) for any input. */
  parse(file: SourceFile): Program {
    try {
      return this.parseOrThrow(file);
    } catch (e) {
      if (e instanceof Diagnostic) throw e;
      // A bug here must still surface as a diagnostic, never as a crash of the caller.
      const message = e instanceof Error ? e.message : String(e);
      throw new Diagnostic('unsupported', `unsupported: internal error in the parser (${message})`, new LineIndex(file.text).span(0, 0));
    }
  }

  private parseOrThrow(file: SourceFile): Program {
    const text = file.text;
    const lines = new LineIndex(text);
    checkTokens(text, lines);
    // Same length, so offsets stay valid; rustc ignores a leading BOM.
    const tree = this.parseText(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
    try {
      checkNesting(tree, lines);
      const err = firstSyntaxError(tree.rootNode, { lines }) ?? danglingDocComment(tree.rootNode, lines);
      if (err !== null) throw err;
      return lowerProgram(tree.rootNode, text, lines, { parse: (read, ranges) => this.parseRanges(read, ranges) }, crateName(file.path));
    } finally {
      tree.delete();
    }
  }

  private parseRanges(read: (index: number) => string, ranges: readonly { start: number; end: number }[]): Tree {
    // Rows are never read (spans come from offsets), so the points only need to be ordered.
    const point = (i: number): Point => ({ row: 0, column: i });
    const includedRanges: Range[] = ranges.map((r) => ({ startIndex: r.start, endIndex: r.end, startPosition: point(r.start), endPosition: point(r.end) }));
    const tree = this.parser.parse((index) => withoutNul(read(index)), null, { includedRanges });
    if (tree === null) throw new Diagnostic('syntax', 'the parser gave up on this file', DUMMY_SPAN);
    return tree;
  }

  private parseText(text: string): Tree {
    const tree = this.parser.parse(withoutNul(text));
    if (tree === null) throw new Diagnostic('syntax', 'the parser gave up on this file', new LineIndex(text).span(0, 0));
    return tree;
  }
}

/**
 * tree-sitter's lexer reads a NUL as the end of its input, while rustc accepts one inside a
 * comment or a literal (anywhere else `checkTokens` has already reported it). The parser is
 * given a space in its place, of the same length so offsets stay valid; literal values are
 * read from the original text by the lowering.
 */
function withoutNul(text: string): string {
  return text.replaceAll('\0', ' ');
}
