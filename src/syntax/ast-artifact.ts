import type { Span } from '../diagnostics/span.js';
import type { Program } from './ast.js';

/**
 * A parsed file's AST as text, so that std's prelude is parsed and lowered once, at build time
 * (`npm run build` writes `dist/std-ast.json`), instead of in every process: tree-sitter and
 * lowering are most of a short run's time. The artifact names the source it was made from by a
 * hash; a mismatch (std edited since the build) means it is ignored and std is parsed again, so a
 * stale artifact can cost time but never change an answer. It also holds the text it was parsed
 * from, for a reader that has no std files to read (a browser).
 */

const FORMAT = 2;

interface Artifact {
  readonly format: number;
  readonly source: string;
  readonly text: string;
  readonly ast: unknown;
}

/** A parsed text, as read back from an artifact. */
export interface ParsedText {
  readonly program: Program;
  readonly text: string;
}

/** Spans are most of the AST's objects: each is written as a 6-number array. */
interface PackedSpan {
  readonly $span: readonly [number, number, number, number, number, number];
}

/** Integer literals hold bigints, which JSON has no form for. */
interface PackedInt {
  readonly $int: string;
}

function isSpan(value: object): value is Span {
  const keys = Object.keys(value);
  return keys.length === 6 && 'start' in value && 'endCol' in value && 'endLine' in value;
}

/** Two 32-bit FNV-1a hashes and the length: cheap, dependency-free, and the same in a browser. */
export function sourceHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}-${text.length}`;
}

/** `program`, parsed from `text`; `source` is what the text was made from (std's files), which
 *  a reader compares with its own. */
export function writeAstArtifact(program: Program, text: string, source: string): string {
  const artifact: Artifact = { format: FORMAT, source: sourceHash(source), text, ast: program };
  return JSON.stringify(artifact, (_key, value: unknown): unknown => {
    if (typeof value === 'bigint') return { $int: value.toString() } satisfies PackedInt;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && isSpan(value)) {
      return { $span: [value.start, value.end, value.line, value.col, value.endLine, value.endCol] } satisfies PackedSpan;
    }
    return value;
  });
}

/** The AST and text in `artifactText` if it was made from exactly `source` (and in this format),
 *  else null. A reader with no source to compare (`null`: a browser, which gets the artifact
 *  built with its page) takes it as it is. */
export function readAstArtifact(artifactText: string, source: string | null): ParsedText | null {
  let artifact: Artifact;
  try {
    artifact = JSON.parse(artifactText) as Artifact;
  } catch {
    return null;
  }
  if (artifact.format !== FORMAT || (source !== null && artifact.source !== sourceHash(source))) return null;
  unpack(artifact.ast as Record<string, unknown>);
  return { program: artifact.ast as Program, text: artifact.text };
}

/** Restores packed spans and integers in place (an explicit stack: the AST nests deeply). */
function unpack(root: Record<string, unknown>): void {
  const pending: Record<string, unknown>[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const key in node) {
      const child = node[key];
      if (child === null || typeof child !== 'object') continue;
      const packed = child as Partial<PackedSpan & PackedInt>;
      if (packed.$span) {
        const [start, end, line, col, endLine, endCol] = packed.$span;
        node[key] = { start, end, line, col, endLine, endCol } satisfies Span;
      } else if (packed.$int !== undefined) {
        node[key] = BigInt(packed.$int);
      } else {
        pending.push(child as Record<string, unknown>);
      }
    }
  }
}
