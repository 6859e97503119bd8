import type { Node } from 'web-tree-sitter';
import { Diagnostic, unsupported } from '../diagnostics/diagnostic.js';
import type { Spans } from './positions.js';
import { describeTokenText } from './tokens.js';

/**
 * Turns tree-sitter's ERROR and MISSING nodes into one rustc-like syntax diagnostic.
 * rustc's wording depends on its own parser state, so this is best effort: exact for the
 * common cases (a missing `;`, a missing operand), generic otherwise.
 */

/** Nodes that are one token for rustc although tree-sitter gives them children. */
const ATOMIC = new Set(['string_literal', 'raw_string_literal', 'char_literal', 'integer_literal', 'float_literal', 'boolean_literal', 'line_comment', 'block_comment', 'lifetime', 'label']);
const COMMENTS = new Set(['line_comment', 'block_comment']);

/** Tokens after which rustc wants an operand. */
const WANTS_OPERAND = new Set([
  '=', '+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '==', '!=', '<', '<=', '>', '>=', '&&', '||',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '!', 'as', 'return', 'break', 'in', '(', ',', '..', '..=',
]);
const CLOSERS = new Set([';', ')', '}', ']', ',']);

export function describeToken(tok: Node | null): string {
  if (tok === null) return '`<eof>`';
  return describeTokenText(tok.text);
}

/** The tokens of a subtree in source order, comments left out. */
export function tokensOf(node: Node, out: Node[] = []): Node[] {
  if (COMMENTS.has(node.type)) return out;
  if (node.childCount === 0 || ATOMIC.has(node.type)) {
    if (!node.isMissing) out.push(node);
    return out;
  }
  for (const c of node.children) if (c !== null) tokensOf(c, out);
  return out;
}

function firstErrorNode(node: Node): Node | null {
  if (node.isError || node.isMissing) return node;
  for (const c of node.children) {
    if (c !== null && (c.hasError || c.isMissing || c.isError)) {
      const r = firstErrorNode(c);
      if (r !== null) return r;
    }
  }
  return null;
}

export interface SyntaxErrorContext {
  readonly lines: Spans;
  /**
   * When the tree is a macro argument parsed inside a wrapper: the argument's range, and the
   * original token that follows it, which the wrapper's closing tokens stand for.
   */
  readonly fragment?: { readonly start: number; readonly end: number; readonly tokenAfter: Node | null };
}

/** The first syntax error of the tree as a Diagnostic, or null when there is none. */
export function firstSyntaxError(root: Node, ctx: SyntaxErrorContext): Diagnostic | null {
  if (!root.hasError && !root.isError && !root.isMissing) return null;
  const bad = firstErrorNode(root);
  if (bad === null) return null;
  const tokens = tokensOf(root);
  const frag = ctx.fragment;
  const real = (t: Node | null | undefined): Node | null => {
    if (t === undefined || t === null) return null;
    if (frag !== undefined && t.startIndex >= frag.end) return frag.tokenAfter;
    return t;
  };
  const at = (t: Node | null, fallback: number): { start: number; end: number } =>
    t === null ? { start: fallback, end: fallback } : { start: t.startIndex, end: t.endIndex };
  const diag = (headline: string, r: { start: number; end: number }, label?: string): Diagnostic =>
    new Diagnostic('syntax', headline, ctx.lines.span(r.start, r.end), undefined, label);
  const eof = frag?.end ?? root.endIndex;

  if (bad.isMissing) {
    const next = real(tokens.find((t) => t.startIndex >= bad.startIndex && !t.equals(bad)));
    const nextDesc = describeToken(next);
    if (!bad.isNamed) {
      if (bad.type === ';') {
        return diag(`expected \`;\`, found ${nextDesc}`, { start: bad.startIndex, end: bad.startIndex }, 'expected `;`');
      }
      return diag(`expected \`${bad.type}\`, found ${nextDesc}`, at(next, eof), `expected \`${bad.type}\``);
    }
    return diag(`expected ${expectedWhat(bad)}, found ${nextDesc}`, at(next, eof), `expected ${expectedWhat(bad)}`);
  }

  // tree-sitter-rust does not know edition 2024's `unsafe extern "C" { .. }`: the block is
  // refused as `extern "C" { .. }` is.
  const item = bad.parent;
  if (item?.type === 'function_signature_item' && /^unsafe\s+extern\s*("[^"]*"\s*)?$/.test(item.text.slice(0, bad.startIndex - item.startIndex).trim()) && bad.text.startsWith('{')) {
    return unsupported('`extern` blocks', ctx.lines.span(item.startIndex, bad.startIndex + 1));
  }

  const before = tokens.filter((t) => t.endIndex <= bad.startIndex).pop();
  if (before !== undefined && before.type === 'identifier' && before.text === 'box' && (frag === undefined || before.startIndex >= frag.start)) {
    return diag('`box_syntax` has been removed', { start: before.startIndex, end: bad.endIndex });
  }

  const inside = tokensOf(bad).filter((t) => frag === undefined || t.startIndex >= frag.start);
  const first = inside[0] ?? null;
  const last = inside[inside.length - 1];
  const after = real(tokens.find((t) => t.startIndex >= bad.endIndex));
  if (frag === undefined && bad.parent?.type === 'source_file' && first !== null) {
    return diag(`expected item, found ${describeToken(real(first))}`, at(real(first), eof), 'expected item');
  }
  if (last !== undefined && WANTS_OPERAND.has(last.type) && (after === null || CLOSERS.has(after.type))) {
    return diag(`expected expression, found ${describeToken(after)}`, at(after, eof), 'expected expression');
  }
  const unexpected = real(first) ?? after;
  if (frag !== undefined) {
    if (unexpected?.type === 'let') return diag('expected expression, found `let` statement', at(unexpected, eof));
    // Inside a macro's argument list the parser wants the separator after a complete argument.
    return diag(`expected \`,\`, found ${describeToken(unexpected)}`, at(unexpected, eof), 'expected `,`');
  }
  return diag(`syntax error: unexpected ${describeToken(unexpected)}`, at(unexpected, eof), 'unexpected token');
}

function expectedWhat(missing: Node): string {
  const t = missing.type;
  if (t === 'type_identifier' || t === 'primitive_type' || t.endsWith('_type')) return 'type';
  const parent = missing.parent;
  if (parent !== null && t === 'identifier') {
    for (let i = 0; i < parent.childCount; i++) {
      const c = parent.child(i);
      if (c !== null && c.equals(missing)) {
        const field = parent.fieldNameForChild(i);
        if (field === 'name' || field === 'pattern' || field === 'field') return 'identifier';
        if (field === 'type') return 'type';
      }
    }
  }
  return 'expression';
}
