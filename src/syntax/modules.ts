import { compileError, unsupported, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Node } from 'web-tree-sitter';
import { withoutDisabled } from './cfg.js';

/**
 * Inline modules (`mod name { ... }`) in one file. stackheap's item tables are flat, so the
 * lowering flattens modules: each path loses its module prefix (`crate::`, `self::`,
 * `super::`, module names) once that prefix is checked to exist and to be visible from where
 * the path is written, as rustc checks it (E0433, E0603). Flattening is only sound when no two
 * items share a name across modules; a program where they do is refused.
 */

interface ItemInfo {
  readonly module: readonly string[];
  readonly pub: boolean;
  readonly what: string;
}

const ITEM_KINDS: Readonly<Record<string, string>> = {
  function_item: 'function',
  struct_item: 'struct',
  enum_item: 'enum',
  trait_item: 'trait',
  const_item: 'constant',
  static_item: 'static',
  type_item: 'type alias',
  mod_item: 'module',
};

export class ModuleTable {
  /** Module name → where it is declared (its full path) and whether it is `pub`. */
  private readonly modules = new Map<string, ItemInfo & { readonly path: readonly string[] }>();
  /** Items (and modules) by name, with the module that declares them. */
  private readonly items = new Map<string, ItemInfo>();
  /** `use path::Item as Alias`: the alias stands for the item's own name. */
  private readonly aliases = new Map<string, string>();
  /** Names declared in two modules, which flattening cannot tell apart. */
  private readonly clashes = new Map<string, Span>();

  constructor(root: Node, private readonly spanOf: (node: Node) => Span) {
    const uses: Node[] = [];
    this.scan(root, [], uses);
    for (const use of uses) this.scanUse(use);
  }

  /** Whether the program has modules at all (without them, `use` paths are left alone). */
  get active(): boolean {
    return this.modules.size > 0;
  }

  private scan(container: Node, module: readonly string[], uses: Node[]): void {
    for (const node of withoutDisabled(container.namedChildren.filter((c) => c !== null), this.spanOf)) {
      const what = ITEM_KINDS[node.type];
      const nameNode = node.childForFieldName('name');
      if (what && nameNode) {
        const name = nameNode.text;
        const pub = node.namedChildren.some((c) => c?.type === 'visibility_modifier');
        const seen = this.items.get(name);
        if (seen && seen.module.join('::') !== module.join('::')) this.clashes.set(name, this.spanOf(nameNode));
        this.items.set(name, { module, pub, what });
        if (node.type === 'mod_item') {
          this.modules.set(name, { module, pub, what, path: [...module, name] });
          const body = node.childForFieldName('body');
          if (body) this.scan(body, [...module, name], uses);
        }
      }
      if (node.type === 'use_declaration') uses.push(node);
    }
  }

  private scanUse(node: Node): void {
    const visit = (n: Node | null): void => {
      if (!n) return;
      if (n.type === 'use_as_clause') {
        const path = n.childForFieldName('path');
        const alias = n.childForFieldName('alias');
        const last = path?.type === 'scoped_identifier' ? path.childForFieldName('name') : path;
        if (last && alias && this.items.has(last.text)) this.aliases.set(alias.text, last.text);
        return;
      }
      for (const c of n.namedChildren) visit(c);
    };
    visit(node.childForFieldName('argument'));
  }

  isModule(name: string): boolean {
    return this.modules.has(name);
  }

  /** Refuses a program whose modules declare two items of one name. */
  checkClashes(): void {
    for (const [name, span] of this.clashes) {
      throw unsupported(`two items named \`${name}\` in different modules (stackheap's modules share one namespace)`, span);
    }
  }

  /** A path's segments without their module prefix, checked from `current`; an alias of a
   *  program item (`use m::Appetizer as App`) becomes the item's name. */
  resolve<S extends { readonly name: string; readonly span: Span }>(segments: readonly S[], current: readonly string[]): S[] {
    let rest = segments.slice();
    const first = rest[0];
    if (first && rest.length === 1) {
      const target = this.aliases.get(first.name);
      return target ? [{ ...first, name: target }] : rest;
    }
    if (!first) return rest;
    let module: readonly string[] | null = null;
    if (first.name === 'crate') module = [];
    else if (first.name === 'self') module = current;
    else if (first.name === 'super') {
      if (current.length === 0) throw compileError('E0433', 'too many leading `super` keywords', first.span, 'there are too many leading `super` keywords');
      module = current.slice(0, -1);
    }
    if (module !== null) {
      rest = rest.slice(1);
      while (rest[0]?.name === 'super' && module.length > 0) {
        module = module.slice(0, -1);
        rest = rest.slice(1);
      }
    }
    // Then module names, each declared inside the one before.
    while (rest.length > 1) {
      const seg = rest[0]!;
      const info = this.modules.get(seg.name);
      if (!info) break;
      if (module !== null && info.module.join('::') !== module.join('::')) {
        throw compileError('E0433', `cannot find module \`${seg.name}\` in \`${module.length ? module.join('::') : 'crate'}\``, seg.span, `could not find \`${seg.name}\` in \`${module.length ? module[module.length - 1] : 'crate'}\``);
      }
      this.checkVisible(seg, info, current);
      module = info.path;
      rest = rest.slice(1);
    }
    const item = rest[0];
    if (module !== null && item) {
      const info = this.items.get(item.name);
      if (info && info.module.join('::') === module.join('::')) this.checkVisible(item, info, current);
    }
    if (item && rest.length >= 1) {
      const target = this.aliases.get(item.name);
      if (target && module === null) rest[0] = { ...item, name: target };
    }
    return rest;
  }

  /** rustc's privacy: a private item is visible in its module and the modules inside it. */
  private checkVisible(seg: { readonly name: string; readonly span: Span }, info: ItemInfo, current: readonly string[]): void {
    if (info.pub) return;
    const inside = info.module.every((m, i) => current[i] === m);
    if (!inside) throw privacyError(seg, info);
  }
}

function privacyError(seg: { readonly name: string; readonly span: Span }, info: ItemInfo): Diagnostic {
  return compileError('E0603', `${info.what} \`${seg.name}\` is private`, seg.span, `private ${info.what}`);
}
