import type { Node } from 'web-tree-sitter';
import { hiddenName } from '../diagnostics/names.js';

/**
 * Items and `use` declarations inside blocks. rustc scopes them to their block (an item is
 * visible in the whole block, also before its statement); stackheap's item tables are flat, so
 * the lowering hoists block items to the program's items and rewrites the paths of the block
 * that name them. An item whose name another item of the program shares is hoisted under a
 * hidden name (`names.ts`); a block's `use` makes its names stand for the full paths it imports.
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

/** The names the program's items declare (at module level and in blocks), and how often each
 *  is declared: a block item whose name is declared more than once is hoisted under a hidden name. */
export function declaredItemNames(root: Node): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: Node): void => {
    const parent = node.parent;
    const declares = parent !== null && (parent.type === 'source_file' || parent.type === 'block' || (parent.type === 'declaration_list' && parent.parent?.type === 'mod_item'));
    if (declares && NAMED_ITEMS.has(node.type)) {
      const name = node.childForFieldName('name')?.text;
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return counts;
}

/** The variants of each enum the program declares, for `use Enum::*` in a block. */
export function enumVariants(root: Node): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  const visit = (node: Node): void => {
    if (node.type === 'enum_item') {
      const name = node.childForFieldName('name')?.text;
      const body = node.childForFieldName('body');
      const variants = body?.namedChildren.filter((v) => v?.type === 'enum_variant').map((v) => v!.childForFieldName('name')?.text ?? '') ?? [];
      if (name !== undefined) enums.set(name, variants);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return enums;
}

/** The names the blocks being lowered declare, innermost block last. */
export class BlockScopes {
  private readonly scopes: Map<string, BlockName>[] = [];
  private blocks = 0;

  constructor(private readonly counts: ReadonlyMap<string, number>) {}

  /** Opens a block's scope with the items it declares; returns the block's number. */
  open(items: readonly { readonly name: string; readonly inPatterns: boolean }[]): Map<string, BlockName> {
    const block = ++this.blocks;
    const scope = new Map<string, BlockName>();
    for (const { name, inPatterns } of items) {
      const hoisted = (this.counts.get(name) ?? 0) > 1 ? hiddenName(name, block) : name;
      scope.set(name, { segments: [hoisted], inPatterns });
    }
    this.scopes.push(scope);
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
