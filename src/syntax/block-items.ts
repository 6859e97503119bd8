import type { Node } from 'web-tree-sitter';
import { hiddenName } from '../diagnostics/names.js';
import type { Span } from '../diagnostics/span.js';
import { withoutDisabled } from './cfg.js';

/**
 * Items and `use` declarations inside blocks. rustc scopes them to their block (an item is
 * visible in the whole block, also before its statement); stackheap's item tables are flat, so
 * the lowering hoists block items to the program's items under a name hidden from the rest of
 * the program (`diagnostics/names.ts`), and rewrites the paths of the block that name them; a
 * block's `use` makes its names stand for the full paths it imports.
 */

/** Item kinds that declare a name in their block. */
const NAMED_ITEMS = new Set(['function_item', 'struct_item', 'enum_item', 'union_item', 'trait_item', 'const_item', 'static_item', 'type_item', 'mod_item']);

/** What a name declared or imported in a block stands for. */
export interface BlockName {
  /** The path that replaces the name where a path starts with it. */
  readonly segments: readonly string[];
  /** Whether a lone identifier pattern naming it is a path pattern (a constant, a unit struct
   *  or an imported variant), not a new binding. Functions and types are not. */
  readonly inPatterns: boolean;
}

/** The variants of each enum the program declares, for `use Enum::*` in a block; null for a
 *  name two enums have, which such a `use` cannot be told apart by. */
export function enumVariants(root: Node, spanOf: (node: Node) => Span): Map<string, string[] | null> {
  const enums = new Map<string, string[] | null>();
  const visit = (node: Node): void => {
    if (node.type === 'enum_item') {
      const name = node.childForFieldName('name')?.text;
      const body = node.childForFieldName('body');
      const kids = withoutDisabled(body?.namedChildren.filter((c) => c !== null) ?? [], spanOf);
      const variants = kids.filter((v) => v.type === 'enum_variant').map((v) => v.childForFieldName('name')?.text ?? '');
      if (name !== undefined) enums.set(name, enums.has(name) ? null : variants);
    }
    for (const child of withoutDisabled(node.namedChildren.filter((c) => c !== null), spanOf)) visit(child);
  };
  visit(root);
  return enums;
}

/** The names the blocks being lowered declare, innermost block last. */
export class BlockScopes {
  private readonly scopes: Map<string, BlockName>[] = [];
  private blocks = 0;

  /** Opens a block's scope with the items it declares; returns the block's number. */
  open(items: readonly { readonly name: string; readonly inPatterns: boolean }[]): Map<string, BlockName> {
    const block = ++this.blocks;
    const scope = new Map<string, BlockName>();
    for (const { name, inPatterns } of items) {
      scope.set(name, { segments: [hiddenName(name, block)], inPatterns });
    }
    this.scopes.push(scope);
    return scope;
  }

  /** Adds items to the innermost block's scope (those a macro's expansion makes there). */
  declare(items: readonly { readonly name: string; readonly inPatterns: boolean }[]): Map<string, BlockName> {
    const scope = this.scopes.at(-1) ?? new Map<string, BlockName>();
    const block = ++this.blocks;
    for (const { name, inPatterns } of items) scope.set(name, { segments: [hiddenName(name, block)], inPatterns });
    return scope;
  }

  close(): void {
    this.scopes.pop();
  }

  /** What `name` stands for in the innermost block that declares or imports it. */
  lookup(name: string): BlockName | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const found = this.scopes[i]!.get(name);
      if (found) return found;
    }
    return undefined;
  }

  /** Whether a block makes the lone identifier `name` stand for another path (in a pattern:
   *  for a path pattern, see `BlockName.inPatterns`). */
  renames(name: string, where: 'expression' | 'pattern'): boolean {
    const found = this.lookup(name);
    if (found === undefined || (found.segments.length === 1 && found.segments[0] === name)) return false;
    return where === 'expression' || found.inPatterns;
  }

  /** A path with its first segment replaced by what a block makes it stand for. */
  resolve<S extends { readonly name: string; readonly args: readonly unknown[]; readonly span: unknown }>(segments: readonly S[]): S[] {
    const first = segments[0];
    const found = first ? this.lookup(first.name) : undefined;
    if (!first || !found) return segments.slice();
    const replaced = found.segments.map((name, i) => ({ ...first, name, args: i === found.segments.length - 1 ? first.args : [] }));
    return [...replaced, ...segments.slice(1)];
  }
}

/** Whether a block's child declares a name there. */
export function declaresInBlock(node: Node): boolean {
  return NAMED_ITEMS.has(node.type);
}

/** Node kinds that bind the names of their `pattern` field for the code inside them. */
const BINDS_PATTERN = new Set(['for_expression', 'match_arm']);

/**
 * The local variables of the functions around an item declared in a block, at the item's place:
 * a function item cannot use them (rustc's E0434), nor a constant's value (E0435). These are the
 * parameters of every enclosing function and closure, the `let`s before the item in each
 * enclosing block, and the bindings of enclosing `for`, `match` arms and `if let`/`while let`.
 */
export function outerLocalNames(item: Node): Set<string> {
  const names = new Set<string>();
  let inner = item;
  for (let node = item.parent; node !== null; inner = node, node = node.parent) {
    if (node.type === 'source_file' || (node.type === 'declaration_list' && node.parent?.type === 'mod_item')) break;
    if (node.type === 'block') {
      for (const stmt of node.namedChildren) {
        if (!stmt || stmt.startIndex >= inner.startIndex) break;
        if (stmt.type === 'let_declaration') bindingNames(stmt.childForFieldName('pattern'), names);
      }
    } else if (node.type === 'function_item' || node.type === 'closure_expression') {
      const params = node.childForFieldName('parameters');
      for (const p of params?.namedChildren ?? []) bindingNames(p?.type === 'parameter' ? p.childForFieldName('pattern') : p, names);
    } else if (BINDS_PATTERN.has(node.type)) {
      bindingNames(node.childForFieldName('pattern'), names);
    } else if ((node.type === 'if_expression' || node.type === 'while_expression') && inner.id !== node.childForFieldName('condition')?.id) {
      letConditionNames(node.childForFieldName('condition'), names);
    }
  }
  return names;
}

/** The names the `let`s of an `if`/`while` condition (or of a chain of them) bind. */
function letConditionNames(condition: Node | null, into: Set<string>): void {
  if (condition === null) return;
  if (condition.type === 'let_condition') return bindingNames(condition.childForFieldName('pattern'), into);
  for (const child of condition.namedChildren) if (child?.type === 'let_condition' || child?.type === 'let_chain') letConditionNames(child, into);
}

/** The names a pattern binds (constructor paths and field names are not bindings). */
function bindingNames(pattern: Node | null, into: Set<string>): void {
  if (pattern === null) return;
  if (pattern.type === 'identifier' || pattern.type === 'shorthand_field_identifier') {
    into.add(pattern.text.startsWith('r#') ? pattern.text.slice(2) : pattern.text);
    return;
  }
  if (pattern.type === 'scoped_identifier' || pattern.type === 'generic_pattern') return;
  const typeField = pattern.childForFieldName('type');
  for (const child of pattern.namedChildren) {
    if (child && child.id !== typeField?.id) bindingNames(child, into);
  }
}
