import { compileError, unsupported, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Node } from 'web-tree-sitter';
import { withoutDisabled } from './cfg.js';
import { moduleItemName } from '../diagnostics/names.js';

/**
 * Inline modules (`mod name { ... }`) in one file. stackheap's item tables are flat, so the
 * lowering flattens modules: each path loses its module prefix (`crate::`, `self::`,
 * `super::`, module names) once that prefix is checked to exist and to be visible from where
 * the path is written, as rustc checks it (E0433, E0603). A name that items of several modules
 * declare is given to each under a hidden name of its module (`f#mod2`, `moduleItemName`),
 * and a path naming it (from its module, through a module prefix, or through a `use`) is
 * rewritten to the one it names; a use of such a name that none of these decides is refused.
 * Two modules of one name are refused.
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
  /** Items (and modules) by name, with the module that declares them (the last one declared,
   *  for a name several modules declare). */
  private readonly items = new Map<string, ItemInfo>();
  /** Items by their module and name (`a::b::f`; `f` at the top level). */
  private readonly declared = new Map<string, ItemInfo>();
  /** Every module's path (`a::b`; the top level is ``). */
  private readonly modulePaths = new Set<string>(['']);
  /** Per module, the names its `use` declarations import that several modules declare: the
   *  hidden name each stands for. */
  private readonly imports = new Map<string, Map<string, string>>();
  /** `use path::Item as Alias`: the alias stands for the item's own name. */
  private readonly aliases = new Map<string, string>();
  /** Modules of one name in two modules, which flattening cannot tell apart. */
  private readonly clashes = new Map<string, Span>();
  /** Names items of several modules declare (each under its module's hidden name). */
  private readonly shared = new Set<string>();

  constructor(root: Node, private readonly spanOf: (node: Node) => Span) {
    const uses: Node[] = [];
    this.scan(root, [], uses);
    for (const use of uses) this.scanUse(use);
    for (const use of uses) this.scanSharedImports(use);
  }

  /** The module a node stands in (its `mod` ancestors' names). */
  private moduleOf(node: Node): string[] {
    const names: string[] = [];
    for (let n = node.parent; n !== null; n = n.parent) {
      if (n.type === 'mod_item') names.unshift(n.childForFieldName('name')?.text ?? '');
    }
    return names;
  }

  /** Records what a `use` makes a shared name stand for in its module. */
  private scanSharedImports(node: Node): void {
    if (this.shared.size === 0) return;
    const module = this.moduleOf(node);
    const segmentsOf = (n: Node): string[] => {
      if (n.type === 'scoped_identifier') {
        const path = n.childForFieldName('path');
        return [...(path ? segmentsOf(path) : []), n.childForFieldName('name')?.text ?? ''];
      }
      return [n.text];
    };
    const visit = (n: Node | null, prefix: readonly string[]): void => {
      if (!n) return;
      switch (n.type) {
        case 'identifier':
        case 'scoped_identifier':
          this.importShared(module, [...prefix, ...segmentsOf(n)], null, n);
          return;
        case 'use_as_clause': {
          const path = n.childForFieldName('path');
          if (path) this.importShared(module, [...prefix, ...segmentsOf(path)], n.childForFieldName('alias')?.text ?? null, n);
          return;
        }
        case 'scoped_use_list': {
          const path = n.childForFieldName('path');
          visit(n.childForFieldName('list'), [...prefix, ...(path ? segmentsOf(path) : [])]);
          return;
        }
        case 'use_list':
          for (const c of n.namedChildren) visit(c, prefix);
          return;
        default:
          return;
      }
    };
    visit(node.childForFieldName('argument'), []);
  }

  private importShared(module: readonly string[], segments: readonly string[], alias: string | null, node: Node): void {
    const name = segments[segments.length - 1]!;
    if (!this.shared.has(name) || segments.length < 2) return;
    const target = this.modulePrefix(segments.slice(0, -1), module);
    if (target === null || !this.declared.has([...target, name].join('::'))) {
      throw unsupported(`this import of \`${name}\`, a name items of several modules declare`, this.spanOf(node));
    }
    const key = module.join('::');
    const map = this.imports.get(key) ?? new Map<string, string>();
    map.set(alias ?? name, this.hiddenName(target, name));
    this.imports.set(key, map);
  }

  /** The module a path's module prefix (`crate::a`, `super::b`, `a::b`) names from `current`. */
  private modulePrefix(prefix: readonly string[], current: readonly string[]): string[] | null {
    let module: string[] = [];
    let rest = prefix.slice();
    if (rest[0] === 'crate') rest = rest.slice(1);
    else if (rest[0] === 'self') (module = [...current]), (rest = rest.slice(1));
    else if (rest[0] === 'super') {
      module = [...current];
      while (rest[0] === 'super') {
        if (module.length === 0) return null;
        module = module.slice(0, -1);
        rest = rest.slice(1);
      }
    } else if (current.length > 0 && this.modulePaths.has([...current, rest[0]].join('::'))) module = [...current];
    for (const seg of rest) {
      if (!this.modulePaths.has([...module, seg].join('::'))) return null;
      module = [...module, seg];
    }
    return module;
  }

  /** The hidden name of `module`'s item `name`. */
  private hiddenName(module: readonly string[], name: string): string {
    return moduleItemName(name, module);
  }

  /**
   * The name the item `name` that `module` declares is lowered under: its hidden name when
   * items of several modules have its name.
   */
  itemName(name: string, module: readonly string[]): string {
    return this.shared.has(name) ? this.hiddenName(module, name) : name;
  }

  /**
   * What a lone name written in module `current` stands for when items of several modules
   * have it: the hidden name of the module's own item or of the one a `use` there imports; null
   * for other names. A lone shared name neither decides is refused.
   */
  sharedName(name: string, current: readonly string[], span: Span): string | null {
    const imported = this.imports.get(current.join('::'))?.get(name);
    if (imported !== undefined && !this.declared.has([...current, name].join('::'))) return imported;
    if (!this.shared.has(name)) return null;
    if (this.declared.has([...current, name].join('::'))) return this.hiddenName(current, name);
    throw unsupported(`the name \`${name}\` here, which items of several modules declare`, span);
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
        if (seen && seen.module.join('::') !== module.join('::')) {
          this.shared.add(name);
          if (node.type === 'mod_item' || seen.what === 'module') this.clashes.set(name, this.spanOf(nameNode));
        }
        this.items.set(name, { module, pub, what });
        this.declared.set([...module, name].join('::'), { module, pub, what });
        if (node.type === 'mod_item') {
          this.modulePaths.add([...module, name].join('::'));
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
        // An alias of a name several modules declare is its module's (`scanSharedImports`).
        if (last && alias && this.items.has(last.text) && !this.shared.has(last.text)) this.aliases.set(alias.text, last.text);
        return;
      }
      for (const c of n.namedChildren) visit(c);
    };
    visit(node.childForFieldName('argument'));
  }

  isModule(name: string): boolean {
    return this.modules.has(name);
  }

  /** Refuses a program with two modules of one name. */
  checkClashes(): void {
    for (const [name, span] of this.clashes) {
      throw unsupported(`two modules or items named \`${name}\` where one is a module`, span);
    }
  }

  /** A path's segments without their module prefix, checked from `current`; an alias of a
   *  program item (`use m::Appetizer as App`) becomes the item's name. */
  resolve<S extends { readonly name: string; readonly span: Span }>(segments: readonly S[], current: readonly string[]): S[] {
    let rest = segments.slice();
    const first = rest[0];
    if (first && rest.length === 1) {
      const shared = this.sharedName(first.name, current, first.span);
      if (shared !== null) return [{ ...first, name: shared }];
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
      const info = this.declared.get([...module, item.name].join('::'));
      if (info) this.checkVisible(item, info, current);
    }
    if (item && this.shared.has(item.name)) {
      if (module === null) rest[0] = { ...item, name: this.sharedName(item.name, current, item.span)! };
      else if (this.declared.has([...module, item.name].join('::'))) rest[0] = { ...item, name: this.hiddenName(module, item.name) };
      else throw unsupported(`the path to \`${item.name}\`, a name items of several modules declare`, item.span);
      return rest;
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
