import { compileError, unsupported, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile, Span } from '../diagnostics/span.js';
import { hasBody, implTraitName } from '../syntax/ast-artifact.js';
import { NO_GENERICS, type UseItem, type Block, type ConstItem, type EnumItem, type Expr, type FnItem, type ImplItem, type Item, type Program, type StructItem, type TraitItem, type TypeAliasItem } from '../syntax/ast.js';
import type { AdtDef, TraitDef } from '../types/ty.js';
import { firstUnresolvedValue } from './late-resolution.js';
import { ModuleScopes } from './module-scopes.js';
import { isStdRoot, stdAdtNamed, stdItemIndex, stdItemName, stdPathName, StdImports, unresolvedStdImport } from './std-modules.js';

/**
 * Item collection: every struct, enum, trait, impl, function, const and static of the program
 * and of stackheap's std prelude, in tables the type checker resolves names against.
 * The lowering hoists the items of blocks to the program's items (`syntax/block-items.ts`).
 */

export type FnOwner =
  | { readonly kind: 'free' }
  | { readonly kind: 'impl'; readonly impl: ImplDef }
  | { readonly kind: 'trait'; readonly trait: TraitDef };

export interface FnDef {
  readonly id: number;
  readonly name: string;
  readonly item: FnItem;
  readonly owner: FnOwner;
  readonly std: boolean;
  /** For a closure's body: the closure expression and the function it is written in. */
  readonly closure?: { readonly expr: Expr & { kind: 'closure' }; readonly parent: FnDef };
  /** For a `const` or `static` initializer: the item whose value it computes. */
  readonly constant?: ConstDef;
}

/** Whether a body is the program's own code, named in the program's scope (its aliases and
 *  imports): a program's `const` initializer is, although its frame is hidden like std's. */
export function isProgramCode(fn: FnDef): boolean {
  return !(fn.constant?.std ?? fn.std);
}

export interface ImplDef {
  readonly id: number;
  readonly item: ImplItem;
  readonly fns: Map<string, FnDef>;
  readonly consts: Map<string, ConstDef>;
  readonly std: boolean;
}

export interface ConstDef {
  readonly id: number;
  readonly name: string;
  readonly item: ConstItem;
  readonly std: boolean;
}

export interface TraitInfo {
  readonly def: TraitDef;
  readonly item: TraitItem;
  /** Methods declared in the trait, with or without a default body. */
  readonly fns: Map<string, FnDef>;
  readonly consts: Map<string, ConstDef>;
}

export interface ItemTable {
  readonly adts: Map<string, AdtDef>;
  readonly traits: Map<string, TraitInfo>;
  readonly fns: Map<string, FnDef>;
  readonly impls: ImplDef[];
  readonly consts: Map<string, ConstDef>;
  readonly statics: Map<string, ConstDef>;
  /** `type Km = i32;`: the program's type aliases by name. */
  readonly typeAliases: Map<string, TypeAliasItem>;
  /** std's aliases (`NonZeroU32` for `NonZero<u32>`), named through std's modules. */
  readonly stdTypeAliases: Map<string, TypeAliasItem>;
  /** Each `const` and `static` as a function returning its value: uses call it. Their frames
   *  are hidden like std's (`std: true`), since a real program has none. An associated const's
   *  is owned by its impl or trait (a trait's without a default value has no body). */
  readonly constFns: Map<ConstDef, FnDef>;
  /** Enum variants brought into scope by `use Enum::*` or `use Enum::{A, B}`: name → variant. */
  readonly importedVariants: Map<string, { readonly adt: string; readonly variant: string }>;
  /** The names the program's `use std::...` items import (`*` for a glob import from std). */
  readonly stdImports: StdImports;
  /** The traits each of the program's modules has in scope. */
  readonly moduleScopes: ModuleScopes;
  /** The entry point: null when the crate has none at its root (`missingMain` says so). */
  readonly main: FnDef | null;
  /** E0601, reported once name resolution finds nothing wrong, as rustc looks for the entry
   *  point after resolving the crate's names. */
  readonly missingMain: Diagnostic | null;
  /** The first name a body uses as a value that is in scope nowhere (E0425 and its kin), from
   *  late resolution (`late-resolution.ts`): reported with the items' resolution errors. */
  readonly unresolvedValue: Diagnostic | null;
  /** The program's path as given: rustc names a closure's type by it (`{closure@a.rs:3:9: 3:11}`). */
  readonly programPath: string;
  /** The crate's name, its file's stem (`type_name` spells the program's types from it). */
  readonly crateName: string;
}

/** The tables as collection fills them, before the entry point and late resolution. */
export type ItemDeclarations = Omit<ItemTable, 'main' | 'missingMain' | 'unresolvedValue' | 'programPath' | 'crateName'>;

export interface SourceProgram {
  readonly program: Program;
  readonly file: SourceFile;
  readonly std: boolean;
}

export function collectItems(sources: readonly SourceProgram[], endOfCrate: () => Span, crateName: string): ItemTable {
  let nextId = 1;
  const table: ItemDeclarations = { adts: new Map(), traits: new Map(), fns: new Map(), impls: [], consts: new Map(), statics: new Map(), typeAliases: new Map(), stdTypeAliases: new Map(), constFns: new Map(), importedVariants: new Map(), stdImports: new StdImports(), moduleScopes: new ModuleScopes() };
  const uses: { item: UseItem; std: boolean }[] = [];
  const names = new Map<string, Span>();

  const claim = (name: string, span: Span): void => {
    if (names.has(name)) throw compileError('E0428', `the name \`${name}\` is defined multiple times`, span, `\`${name}\` redefined here`);
    names.set(name, span);
  };

  const fnDef = (item: FnItem, owner: FnOwner, std: boolean): FnDef => ({ id: nextId++, name: item.name.name, item, owner, std });
  // An associated const is a function of its impl's (or trait's) parameters, like a method
  // without `self`: a trait's without a value has no body, as a required method has none.
  const constDef = (item: ConstItem, std: boolean, owner: FnOwner = { kind: 'free' }): ConstDef => {
    const def: ConstDef = { id: nextId++, name: item.name.name, item, std };
    if (item.value || owner.kind === 'trait') {
      const body: Block | null = item.value ? { stmts: [], tail: item.value, span: item.value.span } : null;
      const fn: FnItem = { kind: 'fn', name: item.name, generics: NO_GENERICS, selfParam: null, params: [], ret: item.ty, body, span: item.span, ...(item.outerLocals ? { outerLocals: item.outerLocals } : {}) };
      table.constFns.set(def, { id: nextId++, name: item.name.name, item: fn, owner, std: true, constant: def });
    }
    return def;
  };

  const adt = (item: StructItem | EnumItem, std: boolean): void => {
    // rustc keeps the attribute to std (E0658, a feature that will never be stable).
    if (!std && item.kind === 'struct' && item.validRangeStart !== undefined) throw unsupported('the attribute `#[rustc_layout_scalar_valid_range_start]`', item.span);
    claim(item.name.name, item.name.span);
    const def: AdtDef = {
      id: nextId++,
      name: item.name.name,
      kind: item.kind,
      params: item.generics.params.map((p) => p.name.name),
      variants: [],
      derives: new Set(item.derives.map((d) => d.name)),
      repr: item.repr,
      item,
      span: item.span,
      std,
    };
    table.adts.set(def.name, def);
  };

  const add = (item: Item, std: boolean): void => {
    switch (item.kind) {
      case 'fn':
        claim(item.name.name, item.name.span);
        if (!hasBody(item)) throw compileError(undefined, 'free function without a body', item.span);
        table.fns.set(item.name.name, fnDef(item, { kind: 'free' }, std));
        return;
      case 'struct':
      case 'enum':
        return adt(item, std);
      case 'trait': {
        // std's one flat namespace holds both `fmt::Error` (a struct) and `error::Error` (a
        // trait), as std's modules do; types and traits are looked up in their own tables.
        if (!(std && table.adts.get(item.name.name)?.std)) claim(item.name.name, item.name.span);
        const def: TraitDef = { id: nextId++, name: item.name.name, params: item.generics.params.map((p) => p.name.name), item, std };
        const info: TraitInfo = { def, item, fns: new Map(), consts: new Map() };
        for (const f of item.fns) info.fns.set(f.name.name, fnDef(f, { kind: 'trait', trait: def }, std));
        for (const c of item.consts) info.consts.set(c.name.name, constDef(c, std, { kind: 'trait', trait: def }));
        table.traits.set(def.name, info);
        return;
      }
      case 'impl': {
        const impl: ImplDef = { id: nextId++, item, fns: new Map(), consts: new Map(), std };
        for (const f of item.fns) {
          // A trait impl's duplicate is E0201 here; an inherent impl's is E0592, which spans
          // impl blocks (types/item-checks.ts).
          if (impl.fns.has(f.name.name) && implTraitName(item) !== null) throw compileError('E0201', `duplicate definitions with name \`${f.name.name}\``, f.name.span);
          if (!hasBody(f)) throw compileError(undefined, 'associated function in `impl` without body', f.span);
          impl.fns.set(f.name.name, fnDef(f, { kind: 'impl', impl }, std));
        }
        for (const c of item.consts) impl.consts.set(c.name.name, constDef(c, std, { kind: 'impl', impl }));
        table.impls.push(impl);
        return;
      }
      case 'use':
        uses.push({ item, std });
        return;
      case 'typeAlias':
        // A program's alias may take a std type's name (`type Result<T> = ...`): it is the
        // program's own name, looked up before std's in the program's code only.
        if (table.typeAliases.has(item.name.name)) throw compileError('E0428', `the name \`${item.name.name}\` is defined multiple times`, item.name.span, `\`${item.name.name}\` redefined here`);
        (std ? table.stdTypeAliases : table.typeAliases).set(item.name.name, item);
        return;
      case 'const':
      case 'static':
        claim(item.name.name, item.name.span);
        (item.kind === 'const' ? table.consts : table.statics).set(item.name.name, constDef(item, std));
        return;
    }
  };

  for (const source of sources) for (const item of source.program.items) add(item, source.std);
  rejectDuplicateImports(uses.filter((u) => !u.std && u.item.inBlock !== true).map((u) => u.item));
  for (const { item, std } of uses) for (const path of item.paths) importPath(path, table, std, item.inBlock === true);
  for (const { item } of uses.filter((u) => !u.std)) table.moduleScopes.add(item);

  const unresolvedValue = firstUnresolvedValue(table, namesImported(uses.filter((u) => !u.std).map((u) => u.item)));

  // Only a `main` at the crate root is the program's entry point: one nested in a function or
  // an inline module (flattened, so known by its `module`) is not.
  const found = table.fns.get('main');
  const atRoot = (fn: FnDef) => !fn.std && fn.item.module === undefined && sources.some((s) => !s.std && s.program.items.includes(fn.item));
  const main = found && atRoot(found) ? found : null;
  const missingMain = main ? null : compileError('E0601', `\`main\` function not found in crate \`${crateName}\``, endOfCrate(), `consider adding a \`main\` function to \`${sources.find((s) => !s.std)?.file.path ?? ''}\``);
  if (main && main.item.params.length > 0) throw unsupported('a `main` with parameters', main.item.name.span);
  return { ...table, main, missingMain, unresolvedValue, programPath: sources.find((s) => !s.std)?.file.path ?? '', crateName };
}

/** The names `use` items bind (their aliases, or their paths' last segments). */
function namesImported(uses: readonly UseItem[]): Set<string> {
  const names = new Set<string>();
  for (const item of uses) {
    for (const path of item.paths) {
      const last = path.segments[path.segments.length - 1]!;
      const name = path.alias ?? (last === 'self' ? path.segments[path.segments.length - 2] : last);
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}

/** Two `use` paths of one module binding one name (`use std::fmt::Result; use std::io::Result;`,
 *  or one path twice) are rustc's E0252, at the second. */
function rejectDuplicateImports(uses: readonly UseItem[]): void {
  const bound = new Set<string>();
  for (const item of uses) {
    for (const path of item.paths) {
      const last = path.segments[path.segments.length - 1]!;
      const name = path.alias ?? (last === 'self' ? path.segments[path.segments.length - 2] : last);
      if (name === undefined || name === '*' || name === '_') continue;
      const key = `${(item.module ?? []).join('::')}::${name}`;
      if (bound.has(key)) throw compileError('E0252', `the name \`${name}\` is defined multiple times`, path.span, `\`${name}\` reimported here`);
      bound.add(key);
    }
  }
}

/** Records what a `use` path brings into scope that name resolution needs to know about: enum
 *  variants. Items of this file and of std are found by name anyway. A block's `use` is only
 *  checked: the lowering made its names stand for what it imports (`inBlock`). */
function importPath(path: UseItem['paths'][number], table: ItemDeclarations, std: boolean, inBlock: boolean): void {
  const segments = path.segments.filter((s, i) => !(i === 0 && (s === 'crate' || s === 'self' || s === 'super')));
  const [first, second] = segments;
  if (isStdRoot(first)) {
    const last = path.segments[path.segments.length - 1]!;
    const target = last === 'self' || last === '*' ? path.segments.slice(0, -1) : path.segments;
    const found = stdPathName(target);
    if (found.kind === 'missing') throw unresolvedStdImport(target, found, path.span);
    if (std) return;
    // A block's imports are the block's own (see block scopes), but a variant that is not there
    // is E0432 wherever the `use` stands.
    importStdVariants(path, target, last === '*', table, !inBlock);
    if (inBlock) return;
    if (last === '*') table.stdImports.addGlob(target);
    else table.stdImports.add(path.alias ?? target[target.length - 1]!, target);
    return;
  }
  if (first === undefined) return;
  const adt = table.adts.get(first);
  if (adt?.kind === 'enum' && adt.item?.kind === 'enum' && second !== undefined && segments.length === 2) {
    const variants = adt.item.variants.map((v) => v.name.name);
    if (second === '*') {
      if (!inBlock) for (const v of variants) table.importedVariants.set(v, { adt: first, variant: v });
      return;
    }
    if (!variants.includes(second)) throw compileError('E0432', `unresolved import \`${path.segments.join('::')}\``, path.span, `no \`${second}\` in \`${first}\``);
    if (!inBlock) table.importedVariants.set(path.alias ?? second, { adt: first, variant: second });
    return;
  }
  if (segments.length === 1 && (table.adts.has(first) || table.fns.has(first) || table.traits.has(first) || table.consts.has(first))) return;
  // rustc points at the segment it could not resolve: the first, as `path.segments[0]` spells it.
  const head = path.segments[0]!;
  const headSpan = path.segments.length > 1 && head === first ? { ...path.span, end: path.span.start + head.length, endLine: path.span.line, endCol: path.span.col + head.length } : path.span;
  throw compileError('E0432', `unresolved import \`${first}\``, headSpan, `use of unresolved module or unlinked crate \`${first}\``);
}

/** `use std::cmp::Ordering::*` or `use std::cmp::Ordering::{Less, Greater}`: the prelude
 *  enum's variants, named bare. */
function importStdVariants(path: UseItem['paths'][number], target: readonly string[], glob: boolean, table: ItemDeclarations, register: boolean): void {
  const owner = stdItemIndex(target);
  if (owner < 0 || owner !== target.length - (glob ? 1 : 2)) return;
  const adt = stdAdtNamed(table.adts, stdItemName(target, owner));
  if (adt?.item?.kind !== 'enum') return;
  const variants = adt.item.variants.map((v) => v.name.name);
  const named = glob ? variants : [target[owner + 1]!];
  for (const variant of named) {
    if (!variants.includes(variant)) throw compileError('E0432', `unresolved import \`${target.join('::')}\``, path.span, `no \`${variant}\` in \`${target.slice(1, -1).join('::')}\``);
    if (register) table.importedVariants.set(glob ? variant : (path.alias ?? variant), { adt: adt.name, variant });
  }
}

/** The structs and enums a program declares (the lowering hoists those of bodies): name → its span. */
export function declaredTypeNames(program: Program): Map<string, Span> {
  const names = new Map<string, Span>();
  for (const item of program.items) if (item.kind === 'struct' || item.kind === 'enum') names.set(item.name.name, item.name.span);
  return names;
}

