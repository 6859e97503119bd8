import type { Node } from 'web-tree-sitter';
import type { ExpansionSpans, MacroToken } from './macro-rules.js';

/**
 * rustc's hygiene for the locals of a `macro_rules!` expansion: a name the macro's own tokens
 * bind in a pattern (`let x`, a closure's or a match arm's binding) is the macro's, distinct from
 * a caller's `x`, both where the caller passes `x` in and where code after the invocation uses it.
 * The macro's tokens that bind such a name and those that use it as a local are renamed with
 * the expansion's mark (`HYGIENE_MARK`), which every displayed name drops again
 * (`diagnostics/names.ts`); tokens the caller passed in keep their names. Items, fields,
 * methods and path segments are not locals and are never renamed.
 */

/** What the expansion's text writes after a renamed local (a character Rust identifiers may
 *  contain), which the lowering turns into the hidden mark `#macro`. */
export const HYGIENE_TEXT_MARK = '\u00b7macro';

/** Parents whose `identifier` children are bindings (wherever they stand in them). */
const PATTERN_PARENTS = new Set(['tuple_pattern', 'slice_pattern', 'ref_pattern', 'mut_pattern', 'or_pattern', 'reference_pattern', 'captured_pattern', 'match_pattern', 'closure_parameters']);
/** Parents whose `pattern` field is a binding when it is an identifier. */
const PATTERN_FIELDS = new Set(['let_declaration', 'for_expression', 'let_condition', 'parameter', 'field_pattern']);

function isBinding(node: Node): boolean {
  const parent = node.parent;
  if (parent === null) return false;
  if (PATTERN_PARENTS.has(parent.type)) return true;
  if (parent.type === 'tuple_struct_pattern') return parent.childForFieldName('type')?.startIndex !== node.startIndex;
  if (PATTERN_FIELDS.has(parent.type)) return parent.childForFieldName('pattern')?.startIndex === node.startIndex;
  return false;
}

/** A local's name (not a constant's or a variant's, which are matched, not bound). */
function isLocalName(name: string): boolean {
  // A name an enclosing expansion renamed is that expansion's already.
  return /^[a-z_]/.test(name) && name !== '_' && !name.includes(HYGIENE_TEXT_MARK);
}

/**
 * The expansion's tokens with the macros' own locals renamed, or null when they bind none. A
 * token a macro's body wrote is that expansion's (its `mark`), here or passed on to this macro
 * by another macro's body (`inner!(let x = 1)` in `outer!`'s body binds `outer!`'s `x`).
 */
export function hygienicTokens(root: Node, spans: ExpansionSpans): MacroToken[] | null {
  const markOf = (node: Node): number => spans.tokens[spans.tokenAt(node.startIndex)]?.mark ?? 0;
  const bound = new Set<string>();
  const identifiers: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'identifier') {
      identifiers.push(node);
      const mark = markOf(node);
      if (mark !== 0 && isLocalName(node.text) && isBinding(node)) bound.add(`${mark} ${node.text}`);
      continue;
    }
    for (const child of node.children) if (child !== null) stack.push(child);
  }
  if (bound.size === 0) return null;
  const tokens = [...spans.tokens];
  for (const node of identifiers) {
    const mark = markOf(node);
    if (!bound.has(`${mark} ${node.text}`) || !isLocalUse(node, spans)) continue;
    const i = spans.tokenAt(node.startIndex);
    const token = tokens[i]!;
    const renamed = `${token.text}${HYGIENE_TEXT_MARK}${mark}`;
    // `Point { x }` initialises the field `x` with the local.
    const text = node.parent?.type === 'shorthand_field_initializer' ? `${token.text} : ${renamed}` : renamed;
    tokens[i] = { ...token, text };
  }
  return tokens;
}

/** Whether an identifier stands for a local: not a path's segment, a macro's name, or (inside
 *  a nested macro's tokens) a field, a method or a path segment. */
function isLocalUse(node: Node, spans: ExpansionSpans): boolean {
  const parent = node.parent;
  if (parent === null) return false;
  if (parent.type === 'scoped_identifier' || parent.type === 'macro_invocation') return false;
  if (parent.type !== 'token_tree') return true;
  const i = spans.tokenAt(node.startIndex);
  const before = spans.tokens[i - 1]?.text;
  const after = spans.tokens[i + 1]?.text;
  return before !== '.' && before !== '::' && after !== '::' && after !== '!';
}
