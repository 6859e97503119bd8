import type { Node } from 'web-tree-sitter';
import { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LineIndex } from './positions.js';

/**
 * rustc's parser takes an outer doc comment (`///` or a `/**` block) as an attribute of what follows
 * it: one with nothing after it in a block, an impl, a struct's fields or an enum's variants
 * is E0585, and one at the end of the file has no item. tree-sitter keeps doc comments as
 * comments, so they are checked here, on the tree, before the lowering.
 */

const COMMENTS = new Set(['line_comment', 'block_comment']);
/** Lists whose doc comments belong to the next element of the list. */
const LISTS = new Set(['block', 'declaration_list', 'field_declaration_list', 'enum_variant_list']);

function isOuterDoc(text: string): boolean {
  if (text.startsWith('///')) return !text.startsWith('////');
  return text.startsWith('/**') && !text.startsWith('/***') && text !== '/**/';
}

/** The first outer doc comment that documents nothing, as rustc reports it; null when none. */
export function danglingDocComment(root: Node, lines: LineIndex): Diagnostic | null {
  // rustc stops at the first in the text: the tree is walked in any order, the earliest kept.
  const errors: { at: number; error: Diagnostic }[] = [];
  const found = (at: number, error: Diagnostic): void => {
    errors.push({ at, error });
  };
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const children = node.children.filter((c): c is Node => c !== null);
    const isList = LISTS.has(node.type) || node.type === 'source_file';
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (isList && COMMENTS.has(child.type) && isOuterDoc(child.text)) {
        const next = children.slice(i + 1).find((c) => !COMMENTS.has(c.type));
        const text = child.text.trimEnd();
        const span = lines.span(child.startIndex, child.startIndex + text.length);
        if (next === undefined && node.type === 'source_file') {
          found(child.startIndex, new Diagnostic('syntax', 'expected item after doc comment', span, undefined, "this doc comment doesn't document anything"));
        }
        if (next?.type === '}') {
          found(child.startIndex, new Diagnostic('syntax', "found a documentation comment that doesn't document anything", span, 'E0585').withNote('help', 'doc comments must come before what they document, if a comment was intended use `//`'));
        }
      }
      if (!COMMENTS.has(child.type)) pending.push(child);
    }
  }
  return errors.reduce<(typeof errors)[number] | null>((a, b) => (a === null || b.at < a.at ? b : a), null)?.error ?? null;
}
