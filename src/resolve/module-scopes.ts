import type { UseItem } from '../syntax/ast.js';
import { isStdRoot, RUST_PRELUDE_TRAITS } from './std-modules.js';

/**
 * What each of the program's modules has in scope by its `use` items, for the two lookups that
 * depend on the module a name is written in: a trait's methods are found on a value only where
 * the trait is in scope (rustc's E0599 otherwise, "items from traits can only be used if the
 * trait is in scope": the prelude's, the module's own and those its `use` items import, by name
 * or by a glob), and a lone name finds a function of another module only through a `use`
 * (E0425). A block's `use` counts for its whole module, and a glob of the program's modules for
 * any name: a name is let in rather than a valid program refused.
 */

/** The std module that declares each std trait stackheap's prelude has and Rust's prelude does
 *  not: calling one of their methods needs the trait imported. */
const STD_TRAIT_MODULES: ReadonlyMap<string, string> = new Map([
  ...['Add', 'Sub', 'Mul', 'Div', 'Rem', 'BitAnd', 'BitOr', 'BitXor', 'Shl', 'Shr'].flatMap((op) => [op, `${op}Assign`]),
  'Neg', 'Not', 'Index', 'IndexMut', 'Deref', 'DerefMut', 'RangeBounds',
].map((name) => [name, 'ops']).concat([['Error', 'error'], ['Write', 'fmt']]) as [string, string][]);

/** The std module declaring a std trait that is not in Rust's prelude (`fmt` for `Write`). */
export function stdTraitModule(name: string): string | undefined {
  return RUST_PRELUDE_TRAITS.has(name) ? undefined : STD_TRAIT_MODULES.get(name);
}

interface ModuleImports {
  /** The last segment of each path into the program's items (`use shapes::Area as _`: `Area`). */
  readonly names: Set<string>;
  /** Each path into std without its root (`fmt::Write`), and each std module glob-imported. */
  readonly stdPaths: Set<string>;
  readonly stdGlobs: Set<string>;
  /** A glob import of the program's items (`use super::*`; the lowering drops its path). */
  programGlob: boolean;
}

export class ModuleScopes {
  private readonly modules = new Map<string, ModuleImports>();

  /** Records a program's `use` item (std's own are not recorded: std's bodies are not checked). */
  add(use: UseItem): void {
    const imports = this.importsOf(use.module);
    if (use.programGlob) imports.programGlob = true;
    for (const path of use.paths) {
      const last = path.segments[path.segments.length - 1]!;
      if (isStdRoot(path.segments[0])) {
        const inStd = path.segments.slice(1, last === '*' || last === 'self' ? -1 : undefined).join('::');
        (last === '*' ? imports.stdGlobs : imports.stdPaths).add(inStd);
      } else if (last === '*') imports.programGlob = true;
      else imports.names.add(last);
    }
  }

  /** Whether the trait named `name` (std's when `std`) declared in `declaredIn` is in scope in
   *  `module`. */
  inScope(name: string, std: boolean, declaredIn: readonly string[] | undefined, module: readonly string[] | undefined): boolean {
    if (std) {
      const stdModule = stdTraitModule(name);
      return stdModule === undefined || this.stdTraitInScope(`${stdModule}::${name}`, module);
    }
    // A name items of several modules share is lowered to a hidden name: let it in.
    return !/^\w+$/.test(name) || key(declaredIn) === key(module) || this.imports(name, module);
  }

  /** Whether `module` imports the program's item `name` (by a path ending in it, or a glob). */
  imports(name: string, module: readonly string[] | undefined): boolean {
    const imports = this.modules.get(key(module));
    return imports !== undefined && (imports.programGlob || imports.names.has(name));
  }

  /** Whether the std trait at `path` (`fmt::Write`) is imported into `module`. */
  stdTraitInScope(path: string, module: readonly string[] | undefined): boolean {
    const imports = this.modules.get(key(module));
    if (!imports) return false;
    return imports.stdPaths.has(path) || imports.stdGlobs.has(path.slice(0, path.lastIndexOf('::')));
  }

  private importsOf(module: readonly string[] | undefined): ModuleImports {
    const found = this.modules.get(key(module));
    if (found) return found;
    const created: ModuleImports = { names: new Set(), stdPaths: new Set(), stdGlobs: new Set(), programGlob: false };
    this.modules.set(key(module), created);
    return created;
  }
}

function key(module: readonly string[] | undefined): string {
  return (module ?? []).join('::');
}
