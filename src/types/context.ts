import { shownName } from '../diagnostics/names.js';
import type { Span } from '../diagnostics/span.js';
import { compileError, unsupported } from '../diagnostics/diagnostic.js';
import { isStdRoot, stdAdtNamed, stdItemIndex, stdItemName, stdPathName, unresolvedStdPath, type StdImports } from '../resolve/std-modules.js';
import { checkElision } from './elision.js';
import { isProgramCode, type ConstDef, type FnDef, type ImplDef, type ItemTable, type TraitInfo } from '../resolve/items.js';
import type { BinaryOp, Expr, FnItem, Generics, TypeAliasItem, TypeExpr, TypePath } from '../syntax/ast.js';
import { hasBody, implTraitName } from '../syntax/ast-artifact.js';
import { InferenceTable, containsVar, mapTy, someTy } from './infer.js';
import {
  BOOL, CHAR, NEVER, STR, UNIT, boxTy, builtinDeref, containsAssoc, defaultVariant, floatTy, intTy, isIntKind, refTy, substitute, typeKey,
  type AdtDef, type ArrayLen, type AutoTraitName, type Ty,
} from './ty.js';
import { AutoTraitSolver, isAutoTrait, type AutoTraitFailure } from './auto-traits.js';

/** A function's signature with the generic parameters it is checked under. */
export interface FnSig {
  /** All generic parameters in scope, in instance-argument order: `Self` (trait methods),
   *  the impl's or trait's, then the function's own. */
  readonly generics: readonly string[];
  /** Which of them are const parameters (unknown for a trait's methods: see `TypeScope`). */
  readonly constParams?: ReadonlySet<string>;
  /** Trait bounds per parameter (`Self` of a trait method is bounded by the trait). */
  readonly bounds: ReadonlyMap<string, readonly TraitInfo[]>;
  /** Parameter types, `self` first when the function has a receiver. */
  readonly params: readonly Ty[];
  readonly ret: Ty;
  readonly hasSelf: boolean;
  /** The `Self` type of an impl method (with the impl's parameters). */
  readonly selfTy: Ty | null;
  /** `F: Fn(A) -> R` bounds (also `FnMut`, `FnOnce`), by parameter. */
  readonly fnBounds: ReadonlyMap<string, FnBound>;
  /** `-> impl FnMut() -> u32`: the closure the body returns has that signature. */
  readonly retFnBound?: FnBound;
  /** `I: Iterator<Item = u32>`: associated types fixed by a bound, by parameter and name. */
  readonly assocBindings: ReadonlyMap<string, ReadonlyMap<string, Ty>>;
  /** `S: Sum<T>`: the generic arguments of each bound's trait, by parameter. */
  readonly boundArgs: ReadonlyMap<string, ReadonlyMap<TraitInfo, readonly Ty[]>>;
  /** The type parameters a call must give sized types (all but `T: ?Sized` and a trait's
   *  `Self`); for std's functions only those bounded `T: Sized`, since the prelude does not
   *  spell its `?Sized` bounds. */
  readonly sizedParams: readonly string[];
  /** `where` clauses on other types than a parameter (`Vec<T>: Debug`, `T::Item: Display`):
   *  the body takes them as holding, a call checks them once its types are known. */
  readonly predicates?: readonly WherePredicateSig[];
}

export interface WherePredicateSig {
  readonly ty: Ty;
  /** The traits by name, supertraits included. */
  readonly traits: readonly string[];
  readonly span: Span;
}

export interface FnBound {
  readonly kind: 'Fn' | 'FnMut' | 'FnOnce';
  readonly params: readonly Ty[];
  readonly ret: Ty;
}

const FN_TRAITS = new Set(['Fn', 'FnMut', 'FnOnce']);

/** An impl header's parts lowered after its self type. */
type LoweredImplHeader = Pick<ImplHeader, 'bounds' | 'nativeBounds' | 'assocTypes' | 'traitArgs' | 'fnBounds' | 'boundArgs'>;

export interface ImplHeader {
  readonly def: ImplDef;
  readonly generics: readonly string[];
  readonly bounds: ReadonlyMap<string, readonly TraitInfo[]>;
  /** Bounds on the traits the machine models natively (`T: Display`), by parameter. */
  readonly nativeBounds: ReadonlyMap<string, readonly string[]>;
  readonly selfTy: Ty;
  readonly trait: TraitInfo | null;
  readonly assocTypes: ReadonlyMap<string, Ty>;
  /** `impl Sum<&i32> for i32`: the trait's generic arguments. */
  readonly traitArgs: readonly Ty[];
  /** `F: FnMut(I::Item) -> B` bounds of the impl's parameters: they decide parameters such as
   *  `B` that appear nowhere else. */
  readonly fnBounds: ReadonlyMap<string, FnBound>;
  /** `V: FromIterator<A>`: the generic arguments of each bound's trait, by parameter. */
  readonly boundArgs: ReadonlyMap<string, ReadonlyMap<TraitInfo, readonly Ty[]>>;
}

/** What a type expression may refer to besides items: generic parameters and `Self`. */
export interface TypeScope {
  readonly generics: ReadonlySet<string>;
  /** Which of `generics` are const parameters (`const N: usize`), where the scope knows it
   *  (without it, a name any item gives a const parameter counts, which reads every std
   *  function's generics out of std's artifact). */
  readonly constParams?: ReadonlySet<string>;
  /** In a function's parameter types: each `impl Trait` and the anonymous parameter it stands for. */
  readonly implParams?: ReadonlyMap<TypeExpr, string>;
  readonly selfTy: Ty | null;
  /** Where `_` is allowed (inside bodies), a source of fresh inference variables. */
  readonly infer?: () => Ty;
  /** Trait bounds of the generic parameters, to find `T::Item`. */
  readonly bounds?: ReadonlyMap<string, readonly TraitInfo[]>;
  /** The written arguments of those bounds' traits (`U: TryFrom<T>`), so `U::Error` is
   *  `<U as TryFrom<T>>::Error`. */
  readonly boundArgs?: ReadonlyMap<string, ReadonlyMap<TraitInfo, readonly Ty[]>>;
  /** Inside an impl of a trait: its associated types, so `Self::Item` is the impl's type. */
  readonly implAssoc?: ReadonlyMap<string, Ty>;
  /** In the program's own code: the std names its `use` items import. std types outside
   *  Rust's prelude (`HashMap`, `Ordering`, ...) must be imported there to be named. */
  readonly stdImports?: StdImports;
  /** The `layout` command names a program's types wherever they are declared: a type declared
   *  in a block, by its own name when no other type has it. */
  readonly blockTypes?: boolean;
}

/** std types the prelude has that Rust's prelude does not: a program names them after a `use`. */
/** The std types Rust's prelude brings into scope: every other one needs a `use`. */
const RUST_PRELUDE_TYPES = new Set(['Option', 'Result', 'Vec', 'String', 'Box']);

/** std traits outside Rust's prelude: \`impl Display for X\` or \`T: Add\` need a \`use\`. */
const TRAITS_NEEDING_IMPORT = new Set([
  'Display', 'Debug', 'Write', 'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'AddAssign', 'SubAssign', 'MulAssign',
  'DivAssign', 'RemAssign', 'Index', 'IndexMut', 'Deref', 'DerefMut', 'FromStr', 'Hash', 'Hasher',
]);

/** Whether the program may name the std type (or trait) \`name\` bare, given what it imports. */
export function stdNameInScope(name: string, imports: StdImports | undefined, needsImport?: ReadonlySet<string>): boolean {
  const needed = needsImport ? needsImport.has(name) : !RUST_PRELUDE_TYPES.has(name);
  return imports === undefined || !needed || imports.has(name);
}

/** std modules a program reaches by a path (\`fmt::Display\`, \`mem::swap\`) after \`use std::fmt\`. */
const STD_MODULES = new Set(['fmt', 'mem', 'cmp', 'collections', 'ops', 'process', 'iter', 'rc', 'cell', 'hash', 'convert', 'io', 'thread', 'sync', 'env']);

/** rustc's E0433 for \`fmt::Display\` without \`use std::fmt\`. */
export function requireModuleInScope(first: { readonly name: string; readonly span: Span }, imports: StdImports | undefined): void {
  if (imports === undefined || !STD_MODULES.has(first.name) || imports.has(first.name)) return;
  throw compileError('E0433', `cannot find module or crate \`${first.name}\` in this scope`, first.span, `use of unresolved module or unlinked crate \`${first.name}\``);
}

/** rustc's E0405 for a std trait named bare without its \`use\`. */
function requireTraitInScope(path: TypePath, imports: StdImports | undefined): void {
  if (path.segments.length > 1) requireModuleInScope(path.segments[0]!, imports);
  const std = imports === undefined ? null : stdPathOf(path.segments.map((s) => s.name), imports);
  const found = std ? stdPathName(std) : null;
  if (std && found?.kind === 'missing') throw unresolvedStdPath(path.segments, std, found, 'trait');
  const name = path.segments[path.segments.length - 1]!.name;
  if (path.segments.length === 1 && !stdNameInScope(name, imports, TRAITS_NEEDING_IMPORT)) {
    // The prelude's derive macros of the same name are what rustc finds instead.
    if (name === 'Debug' || name === 'Hash') throw compileError('E0404', `expected trait, found derive macro \`${name}\``, path.span, 'not a trait');
    throw compileError('E0405', `cannot find trait \`${name}\` in this scope`, path.span, 'not found in this scope');
  }
}

/** The std path a type path names, from `std` on: as written, or through a std name the
 *  program imported (`mpsc::Sender` after `use std::sync::mpsc;`, `Path` after `use
 *  std::path::Path;`); null for any other path. */
function stdPathOf(names: readonly string[], imports: StdImports | undefined): readonly string[] | null {
  if (isStdRoot(names[0])) return names;
  const imported = imports?.pathOf(names[0]!);
  return imported ? [...imported, ...names.slice(1)] : null;
}

/** Traits every primitive implements, as far as bounds checking needs to know. */
const PRIMITIVE_TRAITS = new Set(['Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Debug', 'Display', 'Default', 'Hash']);
/** std types stackheap does not model yet: naming one is refused, not a compile error. */
export const STD_TYPES = new Set([
  'String', 'Vec', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'BinaryHeap', 'LinkedList', 'Rc', 'Arc', 'Weak',
  'RefCell', 'Cell', 'Mutex', 'RwLock', 'Cow', 'Ordering', 'Duration', 'Instant', 'PhantomData', 'NonZeroU32', 'NonZeroUsize',
  'ParseIntError', 'ParseFloatError', 'Chars', 'Iter', 'IntoIter', 'Range', 'Wrapping', 'Reverse',
]);

/** std traits stackheap does not model yet. */
export const STD_TRAITS = new Set([
  'Iterator', 'IntoIterator', 'Fn', 'FnMut', 'FnOnce', 'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'Index', 'IndexMut',
  'AddAssign', 'SubAssign', 'MulAssign', 'Deref', 'DerefMut', 'From', 'Into', 'TryFrom', 'AsRef', 'FromStr', 'ToString',
  'Error', 'Sum', 'Product', 'Extend', 'FromIterator', 'DoubleEndedIterator', 'ExactSizeIterator', 'Borrow', 'Hasher', 'BuildHasher',
]);

/** std's hashed maps and sets, which the machine formats with `{:?}` itself. */
const STD_MAPS = new Set(['HashMap', 'HashSet']);

/** std traits stackheap models in the machine rather than in the Rust prelude. */
export const NATIVE_TRAITS = new Set([...PRIMITIVE_TRAITS, 'Drop']);

export class TypeContext {
  private readonly sigs = new Map<FnDef, FnSig>();
  /** Every impl's header, in the items' order (std's first): selection takes the first match. */
  readonly implHeaders: ImplHeader[] = [];
  private readonly headerOf = new Map<ImplDef, ImplHeader>();
  private readonly inherent = new Map<string, ImplHeader[]>();
  /** std's inherent impls and impls of natively modelled traits, filed by their self type's key
   *  when first asked (`inherentImpls`, `nativeTraitImpls`): their self types are lowered then. */
  private stdInherent: ImplHeader[] | null = [];
  private stdNative: { readonly name: string; readonly header: ImplHeader }[] | null = [];
  private readonly programNativeImpls = new Map<string, ImplDef>();
  private nativeImpls: Map<string, ImplDef> | null = null;
  private readonly consts = new Map<ConstDef, Ty>();

  constructor(readonly items: ItemTable) {
    for (const adt of items.adts.values()) this.fillVariants(adt);
    for (const impl of items.impls) {
      const header = impl.std ? this.stdImplHeader(impl) : this.addImpl(impl);
      this.implHeaders.push(header);
      this.headerOf.set(impl, header);
    }
  }

  // ---- types ------------------------------------------------------------------------------

  lowerType(t: TypeExpr, scope: TypeScope): Ty {
    switch (t.kind) {
      case 'path':
        return this.lowerPath(t.path, scope);
      case 'ref':
        return refTy(this.lowerType(t.inner, scope), t.mutable);
      case 'rawPointer':
        return { k: 'ptr', mutable: t.mutable, inner: this.lowerType(t.inner, scope) };
      case 'tuple':
        return { k: 'tuple', elems: t.elems.map((e) => this.lowerType(e, scope)) };
      case 'never':
        return NEVER;
      case 'array':
        return { k: 'array', elem: this.lowerType(t.elem, scope), len: this.arrayLength(t.len, scope, t.span) };
      case 'slice':
        return { k: 'slice', elem: this.lowerType(t.elem, scope) };
      case 'infer':
        if (scope.infer) return scope.infer();
        throw compileError('E0121', 'the placeholder `_` is not allowed within types on item signatures', t.span);
      case 'implTrait': {
        const param = scope.implParams?.get(t);
        if (param) return { k: 'param', name: param };
        throw unsupported('`impl Trait` types', t.span);
      }
      case 'dynTrait': {
        const [first, ...rest] = t.bounds;
        const name = first?.segments[first.segments.length - 1]!.name;
        const restNames = rest.map((b) => b.segments[b.segments.length - 1]!.name);
        const autoTraits = restNames.filter((n): n is AutoTraitName => n === 'Send' || n === 'Sync');
        const marked = autoTraits.length > 0 ? { autoTraits } : {};
        if (first && (name === 'Fn' || name === 'FnMut' || name === 'FnOnce') && autoTraits.length === restNames.length) {
          const sig = this.fnBoundSig(first, scope);
          return { k: 'dynFn', kind: name, params: sig.params, ret: sig.ret, ...marked };
        }
        const trait = name ? this.items.traits.get(name) : undefined;
        if (!trait || isAutoTrait(trait) || autoTraits.length !== restNames.length) {
          throw unsupported(`\`dyn\` of ${name ? `the trait \`${name}\`` : 'these bounds'}`, t.span);
        }
        return { k: 'dyn', trait: trait.def, ...marked };
      }
      case 'fnPointer':
        return { k: 'fnPtr', params: t.params.map((p) => this.lowerType(p, scope)), ret: t.ret ? this.lowerType(t.ret, scope) : UNIT };
      case 'constArg': {
        const value = this.constValue(t.value, true);
        if (value === null) this.rejectGenericConstOperation(t.value, scope);
        if (value === null || value < 0n) throw unsupported('a const generic argument that is not a literal or a constant', t.span);
        return { k: 'const', value };
      }
    }
  }

  /** `[T; 3]`, `[T; LEN]` for a `const` item, or `[T; N]` for a const parameter `N`. */
  arrayLength(e: Expr, scope: TypeScope, arraySpan: Span): ArrayLen {
    if (e.kind === 'path' && scope.generics.has(e.name)) {
      if (!(scope.constParams ?? this.constParamNames()).has(e.name)) throw unsupported('an array length naming a type parameter', e.span);
      return { k: 'param', name: e.name };
    }
    const value = this.constValue(e, true);
    if (value === null) this.rejectGenericConstOperation(e, scope);
    if (value === null || value < 0n) throw unsupported('an array length that is not a literal or a constant', e.span);
    const literal = e.kind === 'paren' ? e.inner : e;
    if (literal.kind === 'int' && literal.suffix !== null && literal.suffix !== 'usize') {
      throw compileError(undefined, `the constant \`${value}\` is not of type \`usize\``, arraySpan, `expected \`usize\`, found \`${literal.suffix}\``);
    }
    // Lengths are JavaScript numbers from here on: exact only up to 2^53.
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw unsupported(`an array length above ${Number.MAX_SAFE_INTEGER}`, e.span);
    return Number(value);
  }

  /** rustc's error for a const parameter inside a computed length or argument (`{ N + 1 }`):
   *  without `generic_const_exprs`, a parameter may only stand alone there. */
  private rejectGenericConstOperation(e: Expr, scope: TypeScope): void {
    const constParams = scope.constParams ?? this.constParamNames();
    const find = (x: Expr): (Expr & { kind: 'path' }) | null => {
      switch (x.kind) {
        case 'path':
          return scope.generics.has(x.name) && constParams.has(x.name) ? x : null;
        case 'paren':
          return find(x.inner);
        case 'block':
          return x.block.stmts.length === 0 && x.block.tail ? find(x.block.tail) : null;
        case 'unary':
          return find(x.operand);
        case 'cast':
          return find(x.operand);
        case 'binary':
          return find(x.left) ?? find(x.right);
        default:
          return null;
      }
    };
    const param = find(e);
    if (!param) return;
    throw compileError(undefined, 'generic parameters may not be used in const operations', param.span, `cannot perform const operation using \`${param.name}\``).withNote(
      'help',
      `const parameters may only be used as standalone arguments here, i.e. \`${param.name}\``,
    );
  }

  private constParams: ReadonlySet<string> | undefined;

  /** The names the program gives const parameters anywhere, for a type scope that knows its
   *  generic parameters' names only (a length must name a const one). */
  private constParamNames(): ReadonlySet<string> {
    if (this.constParams) return this.constParams;
    const generics = [
      ...[...this.items.fns.values()].map((f) => f.item.generics),
      ...this.items.impls.flatMap((i) => [i.item.generics, ...[...i.fns.values()].map((f) => f.item.generics)]),
      ...[...this.items.adts.values()].flatMap((a) => (a.item ? [a.item.generics] : [])),
    ];
    this.constParams = new Set(generics.flatMap((g) => g.params.filter((p) => p.constTy !== undefined).map((p) => p.name.name)));
    return this.constParams;
  }

  /** The value of a constant integer expression: a literal, a `const` item holding one, or
   *  arithmetic on them (`{ 2 * SIZE }`, as an array length or a const argument). */
  constValue(e: Expr, usize = false): bigint | null {
    if (e.kind === 'int') return e.value;
    if (e.kind === 'paren') return this.constValue(e.inner, usize);
    if (e.kind === 'block' && e.block.stmts.length === 0 && e.block.tail && e.label === null && !e.unsafe) return this.constValue(e.block.tail, usize);
    if (e.kind === 'unary' && e.op === '-' && !usize) {
      const v = this.constValue(e.operand);
      return v === null ? null : -v;
    }
    if (e.kind === 'path') {
      const c = this.items.consts.get(e.name);
      return c?.item.value ? this.constValue(c.item.value, usize) : null;
    }
    if (e.kind === 'binary') {
      const l = this.constValue(e.left, usize);
      const r = this.constValue(e.right, usize);
      if (l === null || r === null) return null;
      const value = constBinary(e.op, l, r);
      return value === null || (usize && value < 0n) ? null : value;
    }
    // `ARRAY.len()` of a `const` array: its declared length.
    if (e.kind === 'methodCall' && e.method.name === 'len' && e.args.length === 0 && e.receiver.kind === 'path') {
      const ty = this.items.consts.get(e.receiver.name)?.item.ty;
      if (ty?.kind === 'array') return this.constValue(ty.len);
    }
    return null;
  }

  private lowerPath(path: TypePath, scope: TypeScope): Ty {
    if (path.segments.length > 1) requireModuleInScope(path.segments[0]!, scope.stdImports);
    const last = path.segments[path.segments.length - 1]!;
    const name = last.name;
    const std = stdPathOf(path.segments.map((s) => s.name), scope.stdImports);
    if (std) {
      const found = stdPathName(std);
      if (found.kind === 'missing') throw unresolvedStdPath(path.segments, std, found, 'type');
    }
    if (path.segments.length === 2) {
      const head = path.segments[0]!.name;
      const assoc = this.assocPath(head, name, scope);
      if (assoc) return assoc;
    }
    // `fmt::Result` is `Result<(), fmt::Error>`.
    if (name === 'Result' && (std ?? path.segments.map((s) => s.name)).at(-2) === 'fmt') {
      const result = this.items.adts.get('Result');
      const error = this.items.adts.get('Error');
      if (result && error) return { k: 'adt', def: result, args: [UNIT, { k: 'adt', def: error, args: [] }] };
    }
    const args = last.args.map((a) => this.lowerType(a, scope));
    if (path.segments.length === 1 && args.length === 0) {
      if (scope.generics.has(name)) return { k: 'param', name };
      if (name === 'Self') {
        if (!scope.selfTy) throw compileError('E0411', 'cannot find type `Self` in this scope', path.span, '`Self` is only available in impls, traits, and type definitions');
        return scope.selfTy;
      }
      if (isIntKind(name)) return intTy(name);
      if (name === 'f32' || name === 'f64') return floatTy(name);
      if (name === 'bool') return BOOL;
      if (name === 'char') return CHAR;
      if (name === 'str') return STR;
    }
    if (name === 'Box' && args.length === 1) return boxTy(args[0]!);
    // The program's aliases, in the program's code (std's own code never sees them).
    const alias = path.segments.length === 1 && scope.stdImports !== undefined ? this.items.typeAliases.get(name) : undefined;
    if (alias) return this.aliasType(alias, args, path.span);
    const stdAliased = std ? this.stdAliasType(std, args, path.span, scope.infer) : null;
    if (stdAliased) return stdAliased;
    const adt = std ? this.stdType(std, path.span) : (this.items.adts.get(name) ?? (scope.blockTypes && path.segments.length === 1 ? this.blockType(name) : undefined));
    if (adt && adt.std && path.segments.length === 1 && !stdNameInScope(name, scope.stdImports)) {
      throw compileError('E0425', `cannot find type \`${name}\` in this scope`, last.span, 'not found in this scope');
    }
    if (adt) {
      if (args.length !== adt.params.length) {
        if (args.length === 0 && scope.infer) return { k: 'adt', def: adt, args: adt.params.map(() => scope.infer!()) };
        throw compileError('E0107', `struct takes ${adt.params.length} generic argument${adt.params.length === 1 ? '' : 's'} but ${args.length} generic argument${args.length === 1 ? ' was' : 's were'} supplied`, path.span);
      }
      return { k: 'adt', def: adt, args };
    }
    if (STD_TYPES.has(name)) throw unsupported(`the std type \`${name}\``, path.span);
    if (std) throw unsupported(`the std type \`${std.join('::')}\``, path.span);
    throw compileError('E0425', `cannot find type \`${name}\` in this scope`, last.span, 'not found in this scope');
  }

  /** The prelude's type a std path names (`std::rc::Rc`, or `Rc` after `use std::rc::Rc;`),
   *  when it is the one of that module; a std type the prelude lacks, or one whose name the
   *  prelude gives another module's type (`io::Result`, `io::Error`), is refused. */
  stdType(std: readonly string[], span: Span): AdtDef | undefined {
    const name = std[std.length - 1]!;
    const adt = stdItemIndex(std) === std.length - 1 ? stdAdtNamed(this.items.adts, stdItemName(std, std.length - 1)) : undefined;
    if (adt) return adt;
    if (name === 'Box' || stdPathName(std).kind === 'missing') return undefined;
    throw unsupported(`the std type \`${std.join('::')}\``, span);
  }

  /** The one type declared in a block with this name, if only one is. */
  private blockType(name: string): AdtDef | undefined {
    const found = [...this.items.adts.values()].filter((a) => !a.std && a.name !== name && shownName(a.name) === name);
    return found.length === 1 ? found[0] : undefined;
  }

  /** The type std's alias at the std path `std` names (`std::num::NonZeroU32`, or
   *  `NonZeroU32` after its `use`), or null when the path names no std alias. */
  stdAliasType(std: readonly string[], written: readonly Ty[], span: Span, infer?: () => Ty): Ty | null {
    const alias = stdItemIndex(std) === std.length - 1 ? this.items.stdTypeAliases.get(std[std.length - 1]!) : undefined;
    return alias ? this.aliasType(alias, written, span, infer) : null;
  }

  /** A type alias's type, its generic parameters replaced by `args` (inferred when none are
   *  written and `infer` is given, as in an expression's path: `Pairs::new()`). */
  aliasType(alias: TypeAliasItem, written: readonly Ty[], span: Span, infer?: () => Ty): Ty {
    const params = alias.generics.params.map((p) => p.name.name);
    const args = written.length === 0 && infer ? params.map(() => infer()) : written;
    if (args.length !== params.length) {
      throw compileError('E0107', `type alias takes ${params.length} generic argument${params.length === 1 ? '' : 's'} but ${args.length} generic argument${args.length === 1 ? ' was' : 's were'} supplied`, span);
    }
    // std's aliases name std's types as std's own code does (it sees no program imports).
    const stdImports = this.items.stdTypeAliases.get(alias.name.name) === alias ? undefined : this.items.stdImports;
    const ty = this.lowerType(alias.ty, { generics: new Set(params), selfTy: null, stdImports });
    return substitute(ty, new Map(params.map((p, i) => [p, args[i]!])));
  }

  /** `Self::Item` or `T::Item`: the impl's type, or the associated type of a bound's trait. */
  private assocPath(head: string, name: string, scope: TypeScope): Ty | null {
    if (head === 'Self' && scope.implAssoc?.has(name)) return scope.implAssoc.get(name)!;
    if (head !== 'Self' && !scope.generics.has(head)) return null;
    const self: Ty = head === 'Self' ? (scope.selfTy ?? { k: 'param', name: 'Self' }) : { k: 'param', name: head };
    const param = head === 'Self' && scope.selfTy?.k !== 'param' ? null : self.k === 'param' ? self.name : null;
    const candidates = param ? [...(scope.bounds?.get(param) ?? [])] : [...this.items.traits.values()];
    // Supertraits' associated types are reachable too.
    for (let i = 0; i < candidates.length; i++) {
      for (const sup of candidates[i]!.item.supertraits) {
        const t = this.items.traits.get(sup.segments[sup.segments.length - 1]!.name);
        if (t && !candidates.includes(t)) candidates.push(t);
      }
    }
    const trait = candidates.find((t) => t.item.types.some((x) => x.name.name === name));
    if (!trait) return null;
    // In the trait's own methods, `Self::Output` is for the trait's own arguments (`Add<Rhs>`).
    const own = head === 'Self' && param === 'Self';
    const written = param ? scope.boundArgs?.get(param)?.get(trait) : undefined;
    return { k: 'assoc', trait: trait.def, self, args: written ?? trait.def.params.map((p) => (own && scope.generics.has(p) ? { k: 'param', name: p } : UNIT)), name };
  }

  /**
   * Replaces associated types by what they are: the impl's `type Name = ...` once the self type
   * is known, or a bound's `Name = T` for a type parameter. Others stay as they are.
   */
  private depth = 0;

  /** Runs `f` one level deeper, refusing past a bound: impl selection and normalisation recurse
   *  through impls, and a cycle among them must end in a diagnostic, never a hang. */
  private nested<T>(f: () => T): T {
    if (++this.depth > 64) {
      this.depth = 0;
      throw new Error('trait resolution does not terminate (an impl that depends on itself)');
    }
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  normalize(ty: Ty, table: InferenceTable, bindings?: ReadonlyMap<string, ReadonlyMap<string, Ty>>): Ty {
    return this.nested(() => this.normalizeOnce(ty, table, bindings));
  }

  private normalizeOnce(ty: Ty, table: InferenceTable, bindings?: ReadonlyMap<string, ReadonlyMap<string, Ty>>): Ty {
    return mapTy(ty, (t) => {
      if (t.k !== 'assoc') return t;
      const self = table.deep(t.self);
      if (self.k === 'param') return bindings?.get(self.name)?.get(t.name) ?? { ...t, self };
      if (self.k === 'var' || self.k === 'assoc') return { ...t, self };
      const trait = this.items.traits.get(t.trait.name)!;
      // Trait arguments not inferred yet choose an impl only when one is left (`u8::try_from(x)`
      // is `TryFrom<i32>`'s once `x` is known, not the first impl's).
      const args = t.args.map((a) => table.deep(a));
      const found = args.some(containsVar) ? this.selectUniqueImpl(trait, self, table, args) : this.selectImpl(trait, self, table, true, args);
      const value = found?.header.assocTypes.get(t.name);
      if (!found || !value) return { ...t, self };
      return this.normalize(table.deep(substitute(value, found.subst)), table, bindings);
    });
  }

  private fillVariants(adt: AdtDef): void {
    const item = adt.item;
    if (!item) return;
    // std's types may name an associated type of a bounded parameter in a field (`B::Owned`).
    const scope: TypeScope = { generics: new Set(adt.params), constParams: constParamsOf(item.generics.params), selfTy: { k: 'adt', def: adt, args: adt.params.map((name) => ({ k: 'param', name })) }, ...(adt.std ? { bounds: this.boundsOf(item.generics.params) } : { stdImports: this.items.stdImports }) };
    const fields = (defs: readonly { name: { name: string } | null; ty: TypeExpr }[]) =>
      defs.map((f, i) => {
        const ty = this.lowerType(f.ty, scope);
        if (containsAssoc(ty)) adt.normalizeField = (t) => (containsAssoc(t) ? this.normalize(t, new InferenceTable()) : t);
        return { name: f.name?.name ?? String(i), ty };
      });
    if (item.kind === 'struct') {
      adt.variants.push({ name: shownName(item.name.name), shape: item.shape, fields: fields(item.fields), discriminant: 0n });
      return;
    }
    let next = 0n;
    for (const v of item.variants) {
      const explicit = v.discriminant ? this.constValue(v.discriminant) : next;
      if (explicit === null) throw unsupported('a discriminant that is not an integer constant expression', v.discriminant!.span);
      const discriminant = explicit;
      adt.variants.push({ name: v.name.name, shape: v.shape, fields: fields(v.fields), discriminant });
      next = discriminant + 1n;
    }
  }

  // ---- traits and impls ---------------------------------------------------------------------

  trait(name: string): TraitInfo | undefined {
    return this.items.traits.get(name);
  }

  private boundsOf(params: readonly { name: { name: string }; bounds: readonly TypePath[] }[], stdImports?: StdImports): Map<string, TraitInfo[]> {
    const bounds = new Map<string, TraitInfo[]>();
    for (const p of params) {
      const traits: TraitInfo[] = [];
      for (const b of p.bounds) {
        requireTraitInScope(b, stdImports);
        const name = b.segments[b.segments.length - 1]!.name;
        const trait = this.items.traits.get(name);
        // Bounds on std traits the prelude does not define (Copy, Debug, ...) are checked by
        // `implements` at instantiation; they add no methods.
        if (trait) traits.push(trait);
        else if (FN_TRAITS.has(name)) continue;
        else if (STD_TRAITS.has(name)) throw unsupported(`the std trait \`${name}\``, b.span);
        else if (!NATIVE_TRAITS.has(name) && name !== 'Sized') throw compileError('E0405', `cannot find trait \`${name}\` in this scope`, b.span, 'not found in this scope');
      }
      bounds.set(p.name.name, traits);
    }
    return bounds;
  }

  /** The trait an impl implements, if the prelude or the program defines it (null for an
   *  inherent impl and for traits the machine models natively, `Clone`, `Drop`, ...). */
  private implTrait(item: ImplDef['item']): TraitInfo | null {
    const name = implTraitName(item);
    return name === null ? null : (this.items.traits.get(name) ?? null);
  }

  /** A program's impl: its header, checked (E0405, E0046, E0118, E0390) and filed now. */
  private addImpl(def: ImplDef): ImplHeader {
    const item = def.item;
    if (item.negative && !def.std) throw unsupported('negative impls', item.span);
    const generics = item.generics.params.map((p) => p.name.name);
    const selfTy = this.lowerType(item.selfTy, { generics: new Set(generics), constParams: constParamsOf(item.generics.params), selfTy: null });
    const trait = this.implTrait(item);
    if (item.trait) {
      requireTraitInScope(item.trait, this.items.stdImports);
      const name = item.trait.segments[item.trait.segments.length - 1]!.name;
      if (!trait && STD_TRAITS.has(name)) throw unsupported(`implementing the std trait \`${name}\``, item.trait.span);
      if (!trait && !NATIVE_TRAITS.has(name)) throw compileError('E0405', `cannot find trait \`${name}\` in this scope`, item.trait.span, 'not found in this scope');
      // `impl Clone for X` and friends for traits the prelude models natively.
      if (!trait) this.programNativeImpls.set(`${name}:${typeKey(selfTy)}`, def);
    }
    if (trait) {
      // Named in the trait's order: its associated types, consts without a default and methods
      // without a body, whichever the impl leaves out.
      const required = [
        ...trait.item.types.filter((t) => !item.types.some((u) => u.name.name === t.name.name)).map((t) => ({ name: t.name.name, at: t.span.start })),
        ...trait.item.consts.filter((c) => c.value === null && !item.consts.some((d) => d.name.name === c.name.name)).map((c) => ({ name: c.name.name, at: c.span.start })),
        ...[...trait.fns.values()].filter((f) => !hasBody(f.item) && !def.fns.has(f.name)).map((f) => ({ name: f.name, at: f.item.span.start })),
      ];
      const missing = required.sort((a, b) => a.at - b.at).map((r) => `\`${r.name}\``);
      if (missing.length > 0) {
        throw compileError('E0046', `not all trait items implemented, missing: ${missing.join(', ')}`, item.span, `missing ${missing.join(', ')} in implementation`);
      }
    }
    const header: ImplHeader = { def, generics, selfTy, trait, ...this.lowerImplHeader(def, generics, selfTy, trait) };
    if (!item.trait) {
      const key = this.inherentKey(selfTy);
      if (!key) throw compileError('E0118', 'no nominal type found for inherent implementation', item.selfTy.span);
      if (selfTy.k !== 'adt') throw compileError('E0390', `cannot define inherent \`impl\` for primitive types`, item.selfTy.span);
      this.fileInherent(key, header);
    }
    return header;
  }

  /**
   * A std impl's header, its types lowered when first read: a program uses few of std's impls,
   * and lowering them all was a large part of every run's start. std is known to compile, so
   * none of a program's impl checks apply; its inherent impls and impls of native traits are
   * filed by self type when first asked for.
   */
  private stdImplHeader(def: ImplDef): ImplHeader {
    const item = def.item;
    const header = new LazyStdImplHeader(this, def, this.implTrait(item));
    const traitName = implTraitName(item);
    if (traitName === null) this.stdInherent!.push(header);
    else if (!header.trait) this.stdNative!.push({ name: traitName, header });
    return header;
  }

  /** What an impl's header holds besides its self type and trait, lowered. */
  lowerImplHeader(def: ImplDef, generics: readonly string[], selfTy: Ty, trait: TraitInfo | null): LoweredImplHeader {
    const item = def.item;
    const bounds = this.boundsOf(item.generics.params, def.std ? undefined : this.items.stdImports);
    const scope: TypeScope = { generics: new Set(generics), constParams: constParamsOf(item.generics.params), selfTy, bounds };
    const boundArgs = this.boundArgsOf(item.generics.params, scope);
    const withSelf: TypeScope = { ...scope, boundArgs };
    const assocTypes = new Map<string, Ty>();
    for (const t of item.types) assocTypes.set(t.name.name, this.lowerType(t.ty, { ...withSelf, implAssoc: assocTypes }));
    const traitArgs = item.trait ? (item.trait.segments[item.trait.segments.length - 1]!.args.map((a) => this.lowerType(a, withSelf))) : [];
    // std's operator traits default `Rhs` to `Self`.
    if (trait && trait.def.std && trait.def.params[0] === 'Rhs' && traitArgs.length === 0) traitArgs.push(selfTy);
    const nativeBounds = new Map(item.generics.params.map((p) => [p.name.name, p.bounds.map((b) => b.segments[b.segments.length - 1]!.name).filter((name) => NATIVE_TRAITS.has(name) && !this.items.traits.has(name))]));
    return { bounds, nativeBounds, assocTypes, traitArgs, fnBounds: this.fnBoundsOf(item.generics.params, withSelf), boundArgs };
  }

  private fileInherent(key: string, header: ImplHeader): void {
    const list = this.inherent.get(key) ?? [];
    list.push(header);
    this.inherent.set(key, list);
  }

  /** Impls of the traits the machine models natively (`Clone`, `Drop`, ...), by trait name and
   *  self type's key (`Clone:adt#3`); a program's impl wins over std's of the same key. */
  get nativeTraitImpls(): ReadonlyMap<string, ImplDef> {
    if (!this.nativeImpls) {
      const impls = new Map<string, ImplDef>();
      for (const { name, header } of this.stdNative!) impls.set(`${name}:${typeKey(header.selfTy)}`, header.def);
      for (const [key, def] of this.programNativeImpls) impls.set(key, def);
      this.stdNative = null;
      this.nativeImpls = impls;
    }
    return this.nativeImpls;
  }

  /** The first bound on a natively modelled trait of an impl for a generic type that `ty`'s
   *  arguments do not meet (`impl<T: Display> Display for MutexGuard<'_, T>` for a `Vec`: that
   *  `Vec`, innermost first, as rustc blames it); null when they all hold. */
  unmetNativeBound(def: ImplDef, ty: Ty & { k: 'adt' }): { trait: string; ty: Ty } | null {
    const header = this.implHeader(def);
    if (header.selfTy.k !== 'adt') return null;
    const argOf = new Map<string, Ty>();
    header.selfTy.args.forEach((a, i) => a.k === 'param' && ty.args[i] && argOf.set(a.name, ty.args[i]!));
    for (const [param, traits] of header.nativeBounds) {
      const arg = argOf.get(param);
      if (arg === undefined || arg.k === 'var') continue;
      for (const trait of traits) {
        if (this.implements(trait, arg)) continue;
        const inner = arg.k === 'adt' ? this.nativeImpl(trait, arg) : undefined;
        return (inner && arg.k === 'adt' ? this.unmetNativeBound(inner, arg) : null) ?? { trait, ty: arg };
      }
    }
    return null;
  }

  /** A native trait's impl for `ty`, for exactly its type or for its generic type. */
  nativeImpl(traitName: string, ty: Ty & { k: 'adt' }): ImplDef | undefined {
    return this.nativeTraitImpls.get(`${traitName}:${typeKey(ty)}`) ?? this.partlyGenericNativeImpl(traitName, ty) ?? this.nativeTraitImpls.get(`${traitName}:${typeKey(genericSelf(ty.def))}`);
  }

  /** A native trait's std impl for a self type generic in part (`impl<T> Default for Rc<[T]>`)
   *  that `ty` is an instance of: it comes before the impl for the generic type, whose bounds
   *  that instance may not meet. */
  private partlyGenericNativeImpl(traitName: string, ty: Ty & { k: 'adt' }): ImplDef | undefined {
    const generic = this.nativeTraitImpls.get(`${traitName}:${typeKey(genericSelf(ty.def))}`);
    for (const [key, def] of this.nativeTraitImpls) {
      if (def === generic || !def.std || !key.startsWith(`${traitName}:`)) continue;
      const header = this.implHeader(def);
      if (header.selfTy.k !== 'adt' || header.selfTy.def !== ty.def || header.generics.length === 0) continue;
      const probe = new InferenceTable();
      if (probe.unify(substitute(header.selfTy, new Map(header.generics.map((g) => [g, probe.fresh()]))), ty)) return def;
    }
    return undefined;
  }

  /** The header of an impl. */
  implHeader(def: ImplDef): ImplHeader {
    return this.headerOf.get(def)!;
  }

  private readonly inProgress = new Set<string>();

  /** `Send` and `Sync`, structural with std's explicit and negative impls; answers cached per type. */
  readonly autoTraits = new AutoTraitSolver(this);

  /** Why `ty` lacks the auto trait (`Send`, `Sync`), or null when it has it. */
  autoTraitFailure(trait: TraitInfo, ty: Ty): AutoTraitFailure | null {
    return this.autoTraits.failure(trait, ty);
  }

  /** A bound of an explicit auto-trait impl that is not itself an auto trait. */
  boundHolds(trait: TraitInfo, ty: Ty, table: InferenceTable): boolean {
    return ty.k === 'param' || ty.k === 'var' || this.selectImpl(trait, ty, table, false) !== null;
  }

  fieldTypes(ty: Ty & { k: 'adt' }): Ty[] {
    return ty.def.variants.flatMap((_, v) => variantTys(ty, v));
  }

  /** What each `-> impl Trait` function really returns (in terms of its generic parameters). */
  readonly hidden = new Map<FnDef, Ty>();
  /** Checks a function's body on demand, so its hidden `impl Trait` type is known to callers. */
  checkOnDemand: (fn: FnDef) => void = () => {};
  /** The traits bounding a type parameter of the body being checked (supertraits included). */
  paramTraits: ((param: string) => readonly string[]) | null = null;
  /** The traits the body being checked takes as holding for a type that is no parameter (its
   *  `where` clauses), by name. */
  assumedTraits: ((ty: Ty) => readonly string[]) | null = null;

  /** Replaces `impl Trait` return types by the types the functions' bodies return. */
  reveal(ty: Ty): Ty {
    return mapTy(ty, (t) => {
      if (t.k !== 'opaque') return t;
      if (!this.hidden.has(t.fn)) this.checkOnDemand(t.fn);
      const hidden = this.hidden.get(t.fn);
      if (!hidden) throw unsupported('an `impl Trait` return type used before its function is checked', t.fn.item.span);
      const sig = this.sig(t.fn);
      return this.reveal(substitute(hidden, new Map(sig.generics.map((g, i) => [g, t.args[i]!]))));
    });
  }

  /** Impls of traits that stackheap does not define in Rust (e.g. `impl Clone for X`), by trait and type. */

  /** Inherent impls are keyed by the type's head: the ADT, or the primitive's name. */
  inherentKey(ty: Ty): string | null {
    switch (ty.k) {
      case 'adt':
        return `adt#${ty.def.id}`;
      case 'int':
      case 'float':
      case 'bool':
      case 'char':
      case 'str':
        return ty.k === 'int' ? ty.int : ty.k === 'float' ? ty.float : ty.k;
      case 'slice':
        return 'slice';
      case 'array':
        return 'array';
      case 'box':
        return 'box';
      case 'ptr':
        return ty.mutable ? 'ptr_mut' : 'ptr_const';
      default:
        return null;
    }
  }

  inherentImpls(ty: Ty): readonly ImplHeader[] {
    if (this.stdInherent) {
      // std's are filed first: a program's inherent impls are for its own types only (E0116, E0390).
      const program = new Map(this.inherent);
      this.inherent.clear();
      for (const header of this.stdInherent) this.fileInherent(this.inherentKey(header.selfTy)!, header);
      for (const [key, headers] of program) for (const header of headers) this.fileInherent(key, header);
      this.stdInherent = null;
    }
    const key = this.inherentKey(ty);
    return key ? (this.inherent.get(key) ?? []) : [];
  }

  /** What `*x` reaches from a value of type `ty`: a reference's, raw pointer's or Box's pointee,
   *  Vec's slice and String's str (built in, the machine follows them), or the `Target` of the
   *  type's `Deref` impl (`Rc<T>`, `Ref<T>`, a program's smart pointer), which the MIR builder
   *  turns into a call of `Deref::deref`. */
  derefTarget(ty: Ty, table: InferenceTable): Ty | null {
    return builtinDeref(ty) ?? this.overloadedDerefTarget(ty, table);
  }

  overloadedDerefTarget(ty: Ty, table: InferenceTable): Ty | null {
    if (ty.k !== 'adt') return null;
    const trait = this.items.traits.get('Deref');
    if (!trait || !this.selectImpl(trait, ty, table, false)) return null;
    return this.normalize({ k: 'assoc', trait: trait.def, self: ty, args: [], name: 'Target' }, table);
  }

  /** Whether a mutable use may go through the overloaded deref of `ty` (`DerefMut`). */
  implementsDerefMut(ty: Ty, table: InferenceTable): boolean {
    const trait = this.items.traits.get('DerefMut');
    return trait !== undefined && this.selectImpl(trait, ty, table, false) !== null;
  }

  /**
   * The impl of `trait` for `ty` and the impl's type arguments, or null. `ty` may contain
   * inference variables; a match binds nothing unless `commit` is set.
   */
  selectImpl(trait: TraitInfo, ty: Ty, table: InferenceTable, commit: boolean, traitArgs?: readonly Ty[]): { header: ImplHeader; subst: Map<string, Ty> } | null {
    return this.nested(() => this.selectImplOnce(trait, ty, table, commit, traitArgs));
  }

  /** The impl of \`trait\` for \`ty\` when the trait arguments leave only one, its arguments then
   *  taken as rustc's selection does (\`v.extend(1..4)\` on a \`Vec<u8>\`: only \`Extend<u8>\` takes
   *  integers, so the range is of \`u8\`). */
  selectUniqueImpl(trait: TraitInfo, ty: Ty, table: InferenceTable, traitArgs: readonly Ty[]): { header: ImplHeader; subst: Map<string, Ty> } | null {
    const applicable = this.implHeaders.filter((h) => h.trait === trait && this.nested(() => this.selectImplOnce(trait, ty, table, false, traitArgs, [h])) !== null);
    return applicable.length === 1 ? this.selectImpl(trait, ty, table, true, traitArgs) : null;
  }

  /** Whether an impl of \`trait\` has \`ty\` as its self type, whatever its bounds. */
  hasImplIgnoringBounds(trait: TraitInfo, ty: Ty, table: InferenceTable): boolean {
    return this.implHeaders.some((h) => {
      if (h.trait !== trait) return false;
      const probe = new InferenceTable();
      probe.normalizer = table.normalizer;
      const scratch = new Map(h.generics.map((g) => [g, probe.fresh()]));
      return probe.unify(substitute(h.selfTy, scratch), table.deep(ty));
    });
  }

  private selectImplOnce(trait: TraitInfo, ty: Ty, table: InferenceTable, commit: boolean, traitArgs?: readonly Ty[], headers: readonly ImplHeader[] = this.implHeaders): { header: ImplHeader; subst: Map<string, Ty> } | null {
    // A blanket impl's bound of its own trait on the very type asked about holds (see below).
    const selfKey = typeKey(table.deep(ty));
    for (const header of headers) {
      if (header.trait !== trait) continue;
      const subst = new Map(header.generics.map((g) => [g, table.fresh()]));
      const implSelf = substitute(header.selfTy, subst);
      if (!table.probe(implSelf, ty)) continue;
      // The self type and the trait arguments must match together (one scratch table for both),
      // and a blanket impl (`impl<I: Iterator> IntoIterator for I`) applies only where its bounds
      // hold.
      const probe = new InferenceTable();
      probe.normalizer = table.normalizer;
      const scratch = new Map(header.generics.map((g) => [g, probe.fresh()]));
      if (!probe.unify(substitute(header.selfTy, scratch), table.deep(ty))) continue;
      if (traitArgs && !header.traitArgs.every((a, i) => traitArgs[i] === undefined || probe.unify(substitute(a, scratch), table.deep(traitArgs[i]!)))) continue;
      const boundsHold = [...header.bounds].every(([param, traits]) => {
        const arg = probe.deep(scratch.get(param)!);
        // The impl's own trait on a part of the type is selected in turn (`impl<T: Describe>
        // Describe for Vec<T>` needs `T: Describe`); only the same trait on the same type, a
        // blanket impl's own bound, is taken as holding.
        const selfBound = (t: TraitInfo) => t === trait && typeKey(arg) === selfKey;
        // A bound with trait arguments (`V: FromIterator<A>`) is selected with them.
        const boundArgs = (t: TraitInfo) => header.boundArgs.get(param)?.get(t)?.map((a) => probe.deep(substitute(a, scratch)));
        const holds = (t: TraitInfo) => (isAutoTrait(t) ? this.autoTraits.failure(t, arg) === null : this.selectImpl(t, arg, probe, false, boundArgs(t)) !== null || arg.k === 'param' || (this.assumedTraits?.(arg).includes(t.def.name) ?? false));
        // An integer or float literal's type is one of the primitives: selected as one.
        return (arg.k === 'var' && arg.kind === 'general') || traits.every((t) => selfBound(t) || holds(t));
      }) && [...header.nativeBounds].every(([param, names]) => {
        const arg = probe.deep(scratch.get(param)!);
        return isUndecided(arg) || names.every((name) => this.implements(name, arg));
      });
      // A `Fn`-family bound (`impl<F: FnMut(char) -> bool> Pattern for F`) holds only for what
      // can be called.
      if (![...header.fnBounds.keys()].every((param) => mayBeCallable(probe.deep(scratch.get(param)!)))) continue;
      if (!boundsHold) continue;
      if (commit) {
        table.unify(implSelf, ty);
        if (traitArgs) header.traitArgs.forEach((a, i) => traitArgs[i] !== undefined && table.unify(substitute(a, subst), traitArgs[i]!));
        // A bound with trait arguments fixes what it can, as rustc's nested obligations do:
        // `Result<Vec<_>, _>: FromIterator<Result<A, E>>` needs `Vec<_>: FromIterator<A>`,
        // which only `impl<T> FromIterator<T> for Vec<T>` gives, so `_` is `A`.
        for (const [param, byTrait] of header.boundArgs) {
          const arg = table.deep(subst.get(param)!);
          if (arg.k === 'var' || arg.k === 'param') continue;
          for (const [boundTrait, args] of byTrait) this.selectUniqueImpl(boundTrait, arg, table, args.map((a) => substitute(a, subst)));
        }
        // A closure argument fixes the parameters its `Fn` bound mentions (`B` in `FnMut(..) -> B`).
        for (const [param, bound] of header.fnBounds) {
          const f = table.deep(subst.get(param)!);
          const sig = f.k === 'closure' || f.k === 'fnPtr' ? (f.k === 'closure' ? f.sig : f) : f.k === 'fnDef' ? this.fnItemSig(f) : null;
          if (!sig) continue;
          bound.params.forEach((p, i) => sig.params[i] && table.unify(substitute(p, subst), sig.params[i]!));
          table.unify(substitute(bound.ret, subst), sig.ret);
        }
      }
      return { header, subst };
    }
    return null;
  }

  /** The traits bounding a generic parameter of `fn`'s body, by name (std's marker traits too),
   *  supertraits included. */
  boundNames(fn: FnDef, param: string): string[] {
    const item = fn.closure ? fn.closure.parent.item : fn.item;
    const owner = fn.closure ? fn.closure.parent.owner : fn.owner;
    const own = item.generics.params.find((p) => p.name.name === param);
    const fromImpl = owner.kind === 'impl' ? owner.impl.item.generics.params.find((p) => p.name.name === param) : undefined;
    const onParam = (item.generics.predicates ?? []).filter((p) => p.ty.kind === 'path' && p.ty.path.segments.length === 1 && p.ty.name === param && p.ty.args.length === 0);
    const paths = [...(own?.bounds ?? []), ...(fromImpl?.bounds ?? []), ...anonymousParamBounds(item, param), ...onParam.flatMap((p) => p.bounds)];
    const names = paths.map((b) => b.segments[b.segments.length - 1]!.name);
    // `Self` in a trait is bounded by the trait; supertraits (`trait Summary: Display`) count too.
    if (param === 'Self' && owner.kind === 'trait') names.push(owner.trait.name);
    return [...new Set(names.flatMap((name) => this.traitAndSupertraits(name)))];
  }

  /** A trait's name and the names of all its supertraits (`Error: Debug + Display`). */
  traitAndSupertraits(name: string): string[] {
    const names = [name];
    for (let i = 0; i < names.length; i++) {
      for (const sup of this.items.traits.get(names[i]!)?.item.supertraits ?? []) {
        const supName = sup.segments[sup.segments.length - 1]!.name;
        if (!names.includes(supName)) names.push(supName);
      }
    }
    return names;
  }

  /** Whether a concrete type implements a trait known by name (std traits included). */
  implements(traitName: string, ty: Ty): boolean {
    const auto = this.items.traits.get(traitName);
    if (auto && isAutoTrait(auto)) return this.autoTraits.failure(auto, ty) === null;
    if (ty.k === 'never') return true;
    if (ty.k === 'param') return this.paramTraits?.(ty.name).includes(traitName) ?? false;
    if (this.assumedTraits?.(ty).includes(traitName)) return true;
    // Literals whose type is not fixed yet are some integer or float type: the primitive impls.
    if (ty.k === 'var') return ty.kind !== 'general' && PRIMITIVE_TRAITS.has(traitName) && !(ty.kind === 'float' && (traitName === 'Eq' || traitName === 'Ord' || traitName === 'Hash'));
    if (ty.k === 'dyn') return this.traitAndSupertraits(ty.trait.name).includes(traitName);
    const trait = this.items.traits.get(traitName);
    if (trait) return this.selectImpl(trait, ty, new InferenceTable(), false) !== null;
    if (ty.k === 'adt' && ty.def.std && ty.def.name === 'Option' && traitName === 'Default') return true;
    // std's maps and sets are `Debug` when their keys and values are (the machine formats them).
    if (ty.k === 'adt' && ty.def.std && STD_MAPS.has(ty.def.name) && traitName === 'Debug') return ty.args.every((a) => this.implements('Debug', a));
    if (ty.k === 'adt' && ty.def.std && (ty.def.name === 'Vec' || ty.def.name === 'String')) {
      // std's impls: Vec<T> has each of these when T does; String has them all but Copy.
      if (traitName === 'Copy' || (traitName === 'Display' && ty.def.name === 'Vec')) return false;
      if (!PRIMITIVE_TRAITS.has(traitName)) return this.nativeTraitImpls.has(`${traitName}:${typeKey(genericSelf(ty.def))}`);
      return ty.def.name === 'String' || this.implements(traitName, ty.args[0]!);
    }
    if (ty.k === 'adt') {
      const native = this.nativeImpl(traitName, ty);
      if (native) return this.unmetNativeBound(native, ty) === null;
      if (!ty.def.derives.has(traitName)) return false;
      // A derived impl holds when every field's type implements the trait too.
      const key = `${traitName}:${typeKey(ty)}`;
      if (this.inProgress.has(key)) return true;
      this.inProgress.add(key);
      try {
        // A derived `Default` builds one variant (an enum's `#[default]` one, which has no fields).
        const variants = traitName === 'Default' ? [defaultVariant(ty.def)] : ty.def.variants.map((_, v) => v);
        return variants.every((v) => variantTys(ty, v).every((f) => this.implements(traitName, f)));
      } finally {
        this.inProgress.delete(key);
      }
    }
    if (!PRIMITIVE_TRAITS.has(traitName)) return false;
    switch (ty.k) {
      case 'int':
      case 'float':
      case 'bool':
      case 'char':
        return traitName !== 'Eq' && traitName !== 'Ord' && traitName !== 'Hash' ? true : ty.k !== 'float';
      case 'str':
        return traitName !== 'Copy' && traitName !== 'Clone' && traitName !== 'Default';
      case 'ref':
        if (traitName === 'Copy' || traitName === 'Clone') return !ty.mutable;
        // std's `Default` for references: `&str`, `&[T]`, `&mut str`, `&mut [T]` only.
        if (traitName === 'Default') return ty.inner.k === 'str' || ty.inner.k === 'slice';
        return this.implements(traitName, ty.inner);
      case 'tuple':
        // std implements `Default` for tuples of up to 12 elements.
        return (traitName !== 'Default' || ty.elems.length <= 12) && ty.elems.every((e) => this.implements(traitName, e));
      case 'array':
        if (traitName === 'Display') return false;
        // `Default` for `[T; 0]` with any `T`, and for `[T; 1..=32]` when `T: Default`.
        if (traitName === 'Default') return typeof ty.len === 'number' && (ty.len === 0 || (ty.len <= 32 && this.implements(traitName, ty.elem)));
        return this.implements(traitName, ty.elem);
      case 'slice':
        return traitName !== 'Display' && traitName !== 'Copy' && traitName !== 'Clone' && traitName !== 'Default' && this.implements(traitName, ty.elem);
      case 'box':
        return traitName !== 'Copy' && this.implements(traitName, ty.inner);
      case 'closure':
        // A closure is Clone (and Copy) when what it captures is: `&mut` captures never are.
        return (traitName === 'Clone' || traitName === 'Copy') && ty.captures.every((c) => this.implements(traitName, c));
      case 'fnPtr':
      case 'ptr':
        return traitName !== 'Display' && traitName !== 'Default';
      default:
        return false;
    }
  }

  /** Whether values of `ty` are copied rather than moved. A type parameter is, unless
   *  `paramIsCopy` says otherwise: a generic body built with its own parameters (to be checked
   *  once for all its instances) gives `T` the bounds' answer (`T: Copy`). */
  isCopy(ty: Ty, paramIsCopy?: (param: string) => boolean): boolean {
    switch (ty.k) {
      case 'box':
      case 'str':
      case 'slice':
      case 'dyn':
        return false;
      case 'ref':
        return !ty.mutable;
      case 'adt':
        return this.implements('Copy', ty);
      case 'tuple':
        return ty.elems.every((e) => this.isCopy(e, paramIsCopy));
      case 'array':
        return this.isCopy(ty.elem, paramIsCopy);
      case 'closure':
        return ty.captures.every((c) => this.isCopy(c, paramIsCopy));
      case 'param':
        return paramIsCopy?.(ty.name) ?? true;
      default:
        return true;
    }
  }

  hasDropImpl(ty: Ty): boolean {
    return ty.k === 'adt' && this.dropImpl(ty) !== null;
  }

  dropImpl(ty: Ty & { k: 'adt' }): ImplDef | null {
    return this.nativeTraitImpls.get(`Drop:${typeKey(genericSelf(ty.def))}`) ?? this.nativeTraitImpls.get(`Drop:${typeKey(ty)}`) ?? null;
  }

  needsDrop(ty: Ty): boolean {
    switch (ty.k) {
      case 'box':
        return true;
      case 'adt':
        if (this.hasDropImpl(ty)) return true;
        {
          const key = `needsDrop:${typeKey(ty)}`;
          if (this.inProgress.has(key)) return false;
          this.inProgress.add(key);
          try {
            return ty.def.variants.some((_, v) => variantTys(ty, v).some((f) => this.needsDrop(f)));
          } finally {
            this.inProgress.delete(key);
          }
        }
      case 'tuple':
        return ty.elems.some((e) => this.needsDrop(e));
      case 'array':
        return (typeof ty.len !== 'number' || ty.len > 0) && this.needsDrop(ty.elem);
      // Behind a `Box<[T]>`, whose drop drops the elements.
      case 'slice':
        return this.needsDrop(ty.elem);
      case 'closure':
        return ty.captures.some((c) => this.needsDrop(c));
      default:
        return false;
    }
  }

  /** How many lifetime parameters the program's struct or enum of this name declares (std's
   *  are not asked: its paths may leave their lifetimes out). */
  readonly lifetimeParams = (name: string): number => {
    const adt = this.items.adts.get(name);
    return adt && !adt.std && adt.item ? adt.item.lifetimeParams : 0;
  };

  // ---- signatures ---------------------------------------------------------------------------

  sig(fn: FnDef): FnSig {
    const cached = this.sigs.get(fn);
    if (cached) return cached;
    const sig = this.computeSig(fn);
    this.sigs.set(fn, sig);
    return sig;
  }

  private computeSig(fn: FnDef): FnSig {
    const item: FnItem = fn.item;
    const own = item.generics.params.map((p) => p.name.name);
    let outer: string[] = [];
    let selfTy: Ty | null = null;
    const stdImports = isProgramCode(fn) ? this.items.stdImports : undefined;
    const bounds = this.boundsOf(item.generics.params, stdImports);
    if (fn.owner.kind === 'impl') {
      const header = this.implHeader(fn.owner.impl);
      outer = [...header.generics];
      selfTy = header.selfTy;
      for (const [k, v] of header.bounds) bounds.set(k, [...(bounds.get(k) ?? []), ...v]);
    } else if (fn.owner.kind === 'trait') {
      const trait = this.items.traits.get(fn.owner.trait.name)!;
      outer = ['Self', ...trait.def.params];
      selfTy = { k: 'param', name: 'Self' };
      bounds.set('Self', [trait]);
    }
    // `x: impl Trait` (or `x: &impl Trait`, `Vec<impl Trait>`) is an anonymous type parameter
    // with that bound.
    const anonymous: { name: { name: string }; bounds: readonly TypePath[] }[] = [];
    const implParams = new Map<TypeExpr, string>();
    item.params.forEach((p, i) => {
      implTraitsIn(p.ty).forEach((t, k) => {
        const name = anonymousParamName(i, k);
        anonymous.push({ name: { name }, bounds: t.bounds });
        implParams.set(t, name);
      });
    });
    for (const [k, v] of this.boundsOf(anonymous, stdImports)) bounds.set(k, v);
    const generics = [...outer, ...own, ...anonymous.map((a) => a.name.name)];
    const implHeader = fn.owner.kind === 'impl' ? this.implHeader(fn.owner.impl) : undefined;
    const headerParams = fn.owner.kind === 'impl' ? fn.owner.impl.item.generics.params : [];
    // A trait's const parameters are not known here: its methods' scopes leave them out.
    const constParams = fn.owner.kind === 'trait' ? undefined : constParamsOf([...headerParams, ...item.generics.params]);
    const unbound: TypeScope = { generics: new Set(generics), ...(constParams ? { constParams } : {}), selfTy, bounds, implParams, ...(implHeader ? { implAssoc: implHeader.assocTypes } : {}), ...(isProgramCode(fn) ? { stdImports: this.items.stdImports } : {}) };
    const scope: TypeScope = { ...unbound, boundArgs: this.boundArgsOf([...headerParams, ...item.generics.params, ...anonymous], unbound) };
    const params: Ty[] = [];
    if (item.selfParam) {
      if (!selfTy) throw compileError('E0424', '`self` parameter is only allowed in associated functions', item.selfParam.span);
      const p = item.selfParam;
      params.push(p.ty ? this.lowerType(p.ty, scope) : p.kind === 'value' ? selfTy : refTy(selfTy, p.kind === 'refMut'));
    }
    item.params.forEach((p) => params.push(this.lowerType(p.ty, scope)));
    const ret = item.ret?.kind === 'implTrait' ? { k: 'opaque' as const, fn, args: generics.map((name) => ({ k: 'param' as const, name })) } : item.ret ? this.lowerType(item.ret, scope) : UNIT;
    const fnBounds = this.fnBoundsOf([...headerParams, ...item.generics.params, ...anonymous], scope);
    const retFnBound = item.ret?.kind === 'implTrait' ? this.fnBoundsOf([{ name: { name: 'return' }, bounds: item.ret.bounds }], scope).get('return') : undefined;
    if (!fn.std) checkElision(item, this.lifetimeParams);
    const assocBindings = new Map<string, Map<string, Ty>>();
    for (const p of [...headerParams, ...item.generics.params, ...anonymous]) {
      for (const b of p.bounds) {
        if (FN_TRAITS.has(b.segments[b.segments.length - 1]!.name)) continue;
        for (const binding of b.bindings) {
          const map = assocBindings.get(p.name.name) ?? new Map<string, Ty>();
          map.set(binding.name.name, this.lowerType(binding.ty, scope));
          assocBindings.set(p.name.name, map);
        }
      }
    }
    const boundArgs = scope.boundArgs!;
    const predicates = this.predicatesOf(fn, bounds, scope, stdImports);
    // std's parameters are `?Sized` unless a bound says `Sized` (where std's implicit one matters).
    const sized = (p: Generics['params'][number]): boolean => (fn.std ? p.bounds.some((b) => b.segments.length === 1 && b.segments[0]!.name === 'Sized') : !p.maybeUnsized && p.constTy === undefined);
    const sizedParams = [...headerParams, ...item.generics.params].filter(sized).map((p) => p.name.name).concat(fn.std ? [] : anonymous.map((a) => a.name.name));
    return { generics, ...(constParams ? { constParams } : {}), bounds, params, ret, hasSelf: item.selfParam !== null, selfTy, fnBounds, assocBindings, boundArgs, sizedParams, ...(retFnBound ? { retFnBound } : {}), ...(predicates.length > 0 ? { predicates } : {}) };
  }

  /** A function's `where` clauses on other types: one on a parameter of its impl (`where T:
   *  Display` in a method) bounds the parameter; the others are kept as they are written. */
  private predicatesOf(fn: FnDef, bounds: Map<string, TraitInfo[]>, scope: TypeScope, stdImports: StdImports | undefined): WherePredicateSig[] {
    const out: WherePredicateSig[] = [];
    for (const pred of fn.item.generics.predicates ?? []) {
      for (const b of pred.bounds) {
        const last = b.segments[b.segments.length - 1]!;
        if (FN_TRAITS.has(last.name) || last.args.length > 0 || b.bindings.length > 0) throw unsupported('a `where` clause on another type with this bound', b.span);
      }
      const ty = this.lowerType(pred.ty, scope);
      const traits = [...this.boundsOf([{ name: { name: '' }, bounds: pred.bounds }], stdImports).get('')!];
      if (ty.k === 'param') {
        bounds.set(ty.name, [...(bounds.get(ty.name) ?? []), ...traits]);
        continue;
      }
      const names = [...new Set(pred.bounds.flatMap((b) => this.traitAndSupertraits(b.segments[b.segments.length - 1]!.name)))];
      out.push({ ty, traits: names, span: pred.span });
    }
    return out;
  }

  /** `S: Sum<T>`: the generic arguments of each bound's trait, by parameter. */
  private boundArgsOf(params: readonly { name: { name: string }; bounds: readonly TypePath[] }[], scope: TypeScope): Map<string, Map<TraitInfo, Ty[]>> {
    const boundArgs = new Map<string, Map<TraitInfo, Ty[]>>();
    for (const p of params) {
      for (const b of p.bounds) {
        const last = b.segments[b.segments.length - 1]!;
        const trait = this.items.traits.get(last.name);
        if (!trait || last.args.length === 0) continue;
        const map = boundArgs.get(p.name.name) ?? new Map<TraitInfo, Ty[]>();
        map.set(trait, last.args.map((a) => this.lowerType(a, scope)));
        boundArgs.set(p.name.name, map);
      }
    }
    return boundArgs;
  }

  private fnBoundsOf(params: readonly { name: { name: string }; bounds: readonly TypePath[] }[], scope: TypeScope): Map<string, FnBound> {
    const fnBounds = new Map<string, FnBound>();
    for (const p of params) {
      for (const b of p.bounds) {
        const last = b.segments[b.segments.length - 1]!;
        if (!FN_TRAITS.has(last.name)) continue;
        fnBounds.set(p.name.name, { kind: last.name as FnBound['kind'], ...this.fnBoundSig(b, scope) });
      }
    }
    return fnBounds;
  }

  /** The signature a bound such as `Fn(i32) -> i32` names. */
  private fnBoundSig(bound: TypePath, scope: TypeScope): { params: Ty[]; ret: Ty } {
    const args = bound.segments[bound.segments.length - 1]!.args[0];
    const output = bound.bindings.find((x) => x.name.name === 'Output');
    return { params: args?.kind === 'tuple' ? args.elems.map((t) => this.lowerType(t, scope)) : [], ret: output ? this.lowerType(output.ty, scope) : UNIT };
  }

  /** A function item's signature with its generic arguments put in. */
  fnItemSig(ty: Ty & { k: 'fnDef' }): { params: readonly Ty[]; ret: Ty } {
    const sig = this.sig(ty.fn);
    const subst = new Map(sig.generics.map((g, i) => [g, ty.args[i]!]));
    return { params: sig.params.map((p) => substitute(p, subst)), ret: this.reveal(substitute(sig.ret, subst)) };
  }

  constType(def: ConstDef, selfTy: Ty | null = null): Ty {
    const cached = this.consts.get(def);
    if (cached) return cached;
    // A program's constant is typed in the program's scope (its aliases and imports).
    const lowered = this.lowerType(def.item.ty, { generics: new Set(), selfTy, ...(def.std ? {} : { stdImports: this.items.stdImports }) });
    this.consts.set(def, lowered);
    return lowered;
  }
}

/** A type that still holds inference variables or type parameters: bounds on it are decided
 *  later (at instantiation), not by impl selection now. */
export function isUndecided(ty: Ty): boolean {
  return someTy(ty, (t) => t.k === 'var' || t.k === 'param');
}

function genericSelf(def: AdtDef): Ty {
  return { k: 'adt', def, args: def.params.map((name) => ({ k: 'param', name })) };
}

export function variantTys(ty: Ty & { k: 'adt' }, variant: number): Ty[] {
  const subst = new Map(ty.def.params.map((p, i) => [p, ty.args[i]!]));
  const normalize = ty.def.normalizeField;
  return ty.def.variants[variant]!.fields.map((f) => (normalize ? normalize(substitute(f.ty, subst)) : substitute(f.ty, subst)));
}

/** The `impl Trait` types inside a parameter's type, in source order. */
export function implTraitsIn(t: TypeExpr): (TypeExpr & { kind: 'implTrait' })[] {
  switch (t.kind) {
    case 'implTrait':
      return [t];
    case 'ref':
    case 'rawPointer':
      return implTraitsIn(t.inner);
    case 'array':
    case 'slice':
      return implTraitsIn(t.elem);
    case 'tuple':
      return t.elems.flatMap(implTraitsIn);
    case 'path':
      return t.args.flatMap(implTraitsIn);
    default:
      return [];
  }
}

/** The anonymous type parameter of the `k`th `impl Trait` in parameter `i`. */
/** The names of the const parameters among `params`. */
function constParamsOf(params: Generics['params']): ReadonlySet<string> {
  return new Set(params.filter((p) => p.constTy !== undefined).map((p) => p.name.name));
}

export function anonymousParamName(i: number, k: number): string {
  return `impl#${i}.${k}`;
}

/** The bounds of an anonymous type parameter of `item` (see `anonymousParamName`). */
export function anonymousParamBounds(item: FnItem, name: string): readonly TypePath[] {
  const match = /^impl#(\d+)\.(\d+)$/.exec(name);
  const param = match ? item.params[Number(match[1])] : undefined;
  return param ? (implTraitsIn(param.ty)[Number(match![2])]?.bounds ?? []) : [];
}

/** Whether a type may implement the `Fn` traits: closures, function items and pointers, `dyn Fn`,
 *  references and boxes of those, and types not known yet. */
function mayBeCallable(ty: Ty): boolean {
  switch (ty.k) {
    case 'closure':
    case 'fnDef':
    case 'fnPtr':
    case 'dynFn':
    case 'param':
    case 'var':
    case 'assoc':
    case 'opaque':
      return true;
    case 'ref':
    case 'box':
      return mayBeCallable(ty.inner);
    default:
      return false;
  }
}

/**
 * A std impl's header, lowered in parts when first read: a program reaches few of std's impls,
 * and every compile files all of them. A class rather than an object literal with getters: one
 * of those per std impl per compile was a sixth of a small program's compile.
 */
class LazyStdImplHeader implements ImplHeader {
  private params: readonly string[] | null = null;
  private self: Ty | null = null;
  private rest: LoweredImplHeader | null = null;

  constructor(
    private readonly ctx: TypeContext,
    readonly def: ImplDef,
    readonly trait: TraitInfo | null,
  ) {}

  // Reading the impl's generics decodes it from std's artifact (syntax/ast-artifact.ts).
  get generics(): readonly string[] {
    return (this.params ??= this.def.item.generics.params.map((p) => p.name.name));
  }
  get selfTy(): Ty {
    const item = this.def.item;
    return (this.self ??= this.ctx.lowerType(item.selfTy, { generics: new Set(this.generics), constParams: constParamsOf(item.generics.params), selfTy: null }));
  }
  private get lowered(): LoweredImplHeader {
    return (this.rest ??= this.ctx.lowerImplHeader(this.def, this.generics, this.selfTy, this.trait));
  }
  get bounds(): ReadonlyMap<string, readonly TraitInfo[]> { return this.lowered.bounds; }
  get nativeBounds(): ReadonlyMap<string, readonly string[]> { return this.lowered.nativeBounds; }
  get assocTypes(): ReadonlyMap<string, Ty> { return this.lowered.assocTypes; }
  get traitArgs(): readonly Ty[] { return this.lowered.traitArgs; }
  get fnBounds(): ReadonlyMap<string, FnBound> { return this.lowered.fnBounds; }
  get boundArgs(): ReadonlyMap<string, ReadonlyMap<TraitInfo, readonly Ty[]>> { return this.lowered.boundArgs; }
}

/** A binary operator on two constant integers, or null where rustc's evaluation would fail or
 *  the operator gives no integer. */
function constBinary(op: BinaryOp, l: bigint, r: bigint): bigint | null {
  switch (op) {
    case '+': return l + r;
    case '-': return l - r;
    case '*': return l * r;
    case '/': return r === 0n ? null : l / r;
    case '%': return r === 0n ? null : l % r;
    case '&': return l & r;
    case '|': return l | r;
    case '^': return l ^ r;
    case '<<': return r < 0n || r >= 64n ? null : l << r;
    case '>>': return r < 0n || r >= 64n ? null : l >> r;
    default: return null;
  }
}
