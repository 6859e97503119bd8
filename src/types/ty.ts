import { qualifiedShownName, shownName } from '../diagnostics/names.js';
import type { Span } from '../diagnostics/span.js';
import type { FnDef } from '../resolve/items.js';
import { YIELDED_NAME_SUFFIX } from '../resolve/prelude.js';
import type { BindingPattern, EnumItem, StructItem, TraitItem } from '../syntax/ast.js';
import { intRange, intSigned, intBits, isIntKind, type FloatKind, type IntKind } from '../syntax/primitives.js';

// The primitive number kinds are the language's (literal suffixes name them); types speak of them often.
export { INT_KINDS, intBits, intRange, intSigned, isIntKind, type FloatKind, type IntKind } from '../syntax/primitives.js';

/** Semantic types, shared by type checking, MIR and the machine. */


/** A struct or an enum (a struct is an ADT with one variant). */
export interface AdtDef {
  readonly id: number;
  readonly name: string;
  readonly kind: 'struct' | 'enum';
  readonly params: readonly string[];
  readonly variants: VariantInfo[];
  readonly derives: ReadonlySet<string>;
  readonly repr: readonly string[];
  readonly item: StructItem | EnumItem | null;
  readonly span: Span;
  /** Defined by stackheap's prelude (std), not by the program. */
  readonly std: boolean;
  /** Set when a field's type is an associated type (std's \`Cow::Owned(<B as ToOwned>::Owned)\`):
   *  resolves it once the ADT's arguments are put in. */
  normalizeField?: (ty: Ty) => Ty;
}

export interface VariantInfo {
  readonly name: string;
  readonly shape: 'named' | 'tuple' | 'unit';
  /** Field types may mention the ADT's type parameters. */
  readonly fields: { readonly name: string; ty: Ty }[];
  readonly discriminant: bigint;
}

export interface TraitDef {
  readonly id: number;
  readonly name: string;
  readonly params: readonly string[];
  readonly item: TraitItem | null;
  readonly std: boolean;
}

/** A closure expression. Its body is checked with the enclosing function, and built as a
 *  function of its own (`fn`) whose first argument is `&mut` the closure's captured values. */
export interface ClosureDef {
  readonly id: number;
  readonly span: Span;
  readonly fn: FnDef;
  /** How each captured variable is held: by value, or by shared or mutable reference.
   *  `declared`: the variable's binding; `span`: the capture's first use in the closure's body
   *  ("`x` is borrowed here"). */
  readonly captures: { readonly name: string; readonly binding: number; readonly declared: BindingPattern; readonly fields: readonly number[]; readonly mode: 'value' | 'ref' | 'refMut'; readonly span: Span }[];
  /** What calling it needs: `Fn` (reads captures), `FnMut` (mutates them), `FnOnce` (moves out). */
  kind: 'Fn' | 'FnMut' | 'FnOnce';
  /** The first place its body mutates (`count`, `*r`), as rustc names it: why it is `FnMut`. */
  mutation: { readonly name: string; readonly span: Span } | null;
}

/** The auto traits a trait object may add to its trait (`dyn Fn() + Send + Sync`). */
export type AutoTraitName = 'Send' | 'Sync';

/** `dyn Trait + Send`: the auto traits after the trait, as rustc writes them. */
function autoTraitSuffix(ty: { readonly autoTraits?: readonly AutoTraitName[] }): string {
  return ty.autoTraits?.map((t) => ` + ${t}`).join('') ?? '';
}

export type Ty =
  | { readonly k: 'int'; readonly int: IntKind }
  | { readonly k: 'float'; readonly float: FloatKind }
  | { readonly k: 'bool' }
  | { readonly k: 'char' }
  | { readonly k: 'str' }
  | { readonly k: 'never' }
  /** `()` is the tuple of no elements. */
  | { readonly k: 'tuple'; readonly elems: readonly Ty[] }
  | { readonly k: 'array'; readonly elem: Ty; readonly len: ArrayLen }
  | { readonly k: 'slice'; readonly elem: Ty }
  | { readonly k: 'ref'; readonly mutable: boolean; readonly inner: Ty }
  | { readonly k: 'ptr'; readonly mutable: boolean; readonly inner: Ty }
  | { readonly k: 'box'; readonly inner: Ty }
  | { readonly k: 'adt'; readonly def: AdtDef; readonly args: readonly Ty[] }
  /** A generic parameter of the item being checked, by name (`T`). */
  | { readonly k: 'param'; readonly name: string }
  /** A function item (zero-sized): `def` is the function, `args` its type arguments. */
  | { readonly k: 'fnDef'; readonly fn: FnDef; readonly args: readonly Ty[] }
  /** A function pointer, `fn(i32) -> i32`: a function item or a closure without captures,
   *  coerced. */
  | { readonly k: 'fnPtr'; readonly params: readonly Ty[]; readonly ret: Ty }
  /** `dyn Fn(i32) -> i32` (or `FnMut`, `FnOnce`): a closure or function behind a fat pointer,
   *  called through its vtable (a `Box<dyn FnOnce>` is consumed by the call). */
  | { readonly k: 'dynFn'; readonly kind: 'Fn' | 'FnMut' | 'FnOnce'; readonly params: readonly Ty[]; readonly ret: Ty; readonly autoTraits?: readonly AutoTraitName[] }
  /** `args` are the enclosing function's generic arguments; `captures` the captured values' types. */
  | { readonly k: 'closure'; readonly def: ClosureDef; readonly args: readonly Ty[]; readonly captures: readonly Ty[]; readonly sig: { readonly params: readonly Ty[]; readonly ret: Ty } }
  /** `autoTraits`: the auto traits the object type adds (`dyn Draw + Send`), in source order. */
  | { readonly k: 'dyn'; readonly trait: TraitDef; readonly autoTraits?: readonly AutoTraitName[] }
  /** `<self as trait<args>>::name`: an associated type not yet known (its `self` is a type
   *  parameter or not inferred yet). Normalisation replaces it by the impl's type. */
  | { readonly k: 'assoc'; readonly trait: TraitDef; readonly self: Ty; readonly args: readonly Ty[]; readonly name: string }
  /** `impl Trait` returned by `fn`: stands for the type its body returns (with `args` for the
   *  function's generic parameters); the checker reveals it once that body is checked. */
  | { readonly k: 'opaque'; readonly fn: FnDef; readonly args: readonly Ty[] }
  /** The value of a const generic argument, `4` in `Grid<4>`. */
  | { readonly k: 'const'; readonly value: bigint }
  /** An inference variable; `int` and `float` variables come from unsuffixed literals. */
  | { readonly k: 'var'; readonly id: number; readonly kind: 'general' | 'int' | 'float' };

/** An array's length: a number, or in a generic item its const parameter (or, while
 *  inferring, a variable); substituting a `const` value makes it a number again. */
export type ArrayLen = number | Ty;

/** An array length with `ty` put through `f`, a number again once it is a known value. */
export function mapArrayLen(len: ArrayLen, f: (ty: Ty) => Ty): ArrayLen {
  if (typeof len === 'number') return len;
  const mapped = f(len);
  return mapped.k === 'const' ? Number(mapped.value) : mapped;
}

/** The length of an array type in a monomorphic body, where every length is known. */
export function knownLen(ty: Ty & { k: 'array' }): number {
  if (typeof ty.len !== 'number') throw new Error(`array length ${showTy(ty.len)} is not known after monomorphisation`);
  return ty.len;
}

export const UNIT: Ty = { k: 'tuple', elems: [] };
export const BOOL: Ty = { k: 'bool' };
export const CHAR: Ty = { k: 'char' };
export const STR: Ty = { k: 'str' };
export const NEVER: Ty = { k: 'never' };
export const USIZE: Ty = { k: 'int', int: 'usize' };
export const intTy = (int: IntKind): Ty => ({ k: 'int', int });
export const floatTy = (float: FloatKind): Ty => ({ k: 'float', float });
export const refTy = (inner: Ty, mutable = false): Ty => ({ k: 'ref', mutable, inner });
export const boxTy = (inner: Ty): Ty => ({ k: 'box', inner });
export const isUnit = (ty: Ty): boolean => ty.k === 'tuple' && ty.elems.length === 0;

/** Wraps a mathematical integer into the type's range (two's complement), as `as` casts do. */
export function wrapInt(value: bigint, int: IntKind): bigint {
  const { min, max } = intRange(int);
  if (value >= min && value <= max) return value;
  return intSigned(int) ? BigInt.asIntN(intBits(int), value) : BigInt.asUintN(intBits(int), value);
}

/** Replaces generic parameters by name. */
export function substitute(ty: Ty, subst: ReadonlyMap<string, Ty>): Ty {
  if (subst.size === 0) return ty;
  switch (ty.k) {
    case 'param':
      return subst.get(ty.name) ?? ty;
    case 'tuple':
      return { k: 'tuple', elems: ty.elems.map((e) => substitute(e, subst)) };
    case 'array':
      return { k: 'array', elem: substitute(ty.elem, subst), len: mapArrayLen(ty.len, (l) => substitute(l, subst)) };
    case 'slice':
      return { k: 'slice', elem: substitute(ty.elem, subst) };
    case 'ref':
    case 'ptr':
      return { ...ty, inner: substitute(ty.inner, subst) };
    case 'box':
      return { k: 'box', inner: substitute(ty.inner, subst) };
    case 'adt':
      return { k: 'adt', def: ty.def, args: ty.args.map((a) => substitute(a, subst)) };
    case 'fnDef':
      return { k: 'fnDef', fn: ty.fn, args: ty.args.map((a) => substitute(a, subst)) };
    case 'fnPtr':
    case 'dynFn':
      return { ...ty, params: ty.params.map((p) => substitute(p, subst)), ret: substitute(ty.ret, subst) };
    case 'assoc':
      return { ...ty, self: substitute(ty.self, subst), args: ty.args.map((a) => substitute(a, subst)) };
    case 'opaque':
      return { ...ty, args: ty.args.map((a) => substitute(a, subst)) };
    case 'closure':
      return {
        k: 'closure',
        def: ty.def,
        args: ty.args.map((a) => substitute(a, subst)),
        captures: ty.captures.map((c) => substitute(c, subst)),
        sig: { params: ty.sig.params.map((p) => substitute(p, subst)), ret: substitute(ty.sig.ret, subst) },
      };
    default:
      return ty;
  }
}

export function adtSubst(def: AdtDef, args: readonly Ty[]): Map<string, Ty> {
  return new Map(def.params.map((p, i) => [p, args[i] ?? UNIT]));
}

/** A variant's field types with the ADT's arguments put in. */
export function variantFields(ty: Ty & { k: 'adt' }, variant: number): Ty[] {
  const subst = adtSubst(ty.def, ty.args);
  const normalize = ty.def.normalizeField;
  return ty.def.variants[variant]!.fields.map((f) => (normalize ? normalize(substitute(f.ty, subst)) : substitute(f.ty, subst)));
}

/** The last field of a struct declared so that it may be unsized (`value: T` with `T: ?Sized`,
 *  or an unsized type): rustc keeps it last in every instance's layout (`StructKind::MaybeUnsized`),
 *  since a pointer to the struct reaches the other fields without knowing the tail's type. */
export function tailKeptLast(def: AdtDef): boolean {
  if (def.kind !== 'struct' || def.item?.kind !== 'struct') return false;
  const last = def.variants[0]?.fields.at(-1);
  if (!last) return false;
  if (last.ty.k === 'param') {
    const name = last.ty.name;
    return def.item.generics.params.some((p) => p.name.name === name && p.maybeUnsized === true);
  }
  return last.ty.k === 'str' || last.ty.k === 'slice' || last.ty.k === 'dyn' || last.ty.k === 'dynFn' || (last.ty.k === 'adt' && last.ty.def !== def && tailKeptLast(last.ty.def));
}

/** The variant a derived `Default` makes: a struct's only one, an enum's `#[default]` one. */
/** The integer type of an enum's discriminants: its `#[repr(int)]`, else `isize`. */
export function discriminantKind(def: AdtDef): IntKind {
  return def.repr.find(isIntKind) ?? 'isize';
}

export function defaultVariant(def: AdtDef): number {
  return def.item?.kind === 'enum' ? Math.max(0, def.item.variants.findIndex((v) => v.isDefault === true)) : 0;
}

/** A type's name as the program or std spells it (a yielded prelude type keeps its own name on
 *  screen, and so does a block's type hoisted under a hidden name). */
export function adtName(def: AdtDef): string {
  if (!def.std) return qualifiedShownName(def.name);
  // std has many types named `Error`: rustc writes `fmt::Error`, the prelude's one, in full.
  if (def.name === 'Error') return 'std::fmt::Error';
  return def.name.endsWith(YIELDED_NAME_SUFFIX) ? def.name.slice(0, -YIELDED_NAME_SUFFIX.length) : def.name;
}

/** How rustc's borrow errors name the data behind an overloaded deref: "an `Rc`", or
 *  "dereference of `Wrapper`". */
export function smartPointerData(pointer: Ty): string {
  const name = pointer.k === 'adt' ? adtName(pointer.def) : '';
  return name === 'Rc' || name === 'Arc' ? `an \`${name}\`` : `dereference of \`${showTy(pointer)}\``;
}

export function showTy(ty: Ty): string {
  switch (ty.k) {
    case 'int':
      return ty.int;
    case 'float':
      return ty.float;
    case 'bool':
    case 'char':
    case 'str':
      return ty.k;
    case 'never':
      return '!';
    case 'tuple':
      return ty.elems.length === 1 ? `(${showTy(ty.elems[0]!)},)` : `(${ty.elems.map(showTy).join(', ')})`;
    case 'array':
      return `[${showTy(ty.elem)}; ${typeof ty.len === 'number' ? ty.len : showTy(ty.len)}]`;
    case 'slice':
      return `[${showTy(ty.elem)}]`;
    case 'ref':
      return `&${ty.mutable ? 'mut ' : ''}${showTy(ty.inner)}`;
    case 'ptr':
      return `*${ty.mutable ? 'mut' : 'const'} ${showTy(ty.inner)}`;
    case 'box':
      return `Box<${showTy(ty.inner)}>`;
    case 'adt':
      return ty.args.length ? `${adtName(ty.def)}<${ty.args.map(showTy).join(', ')}>` : adtName(ty.def);
    case 'param':
      return ty.name;
    case 'fnDef':
      return `fn item \`${ty.fn.name}\``;
    case 'fnPtr':
      return `fn(${ty.params.map(showTy).join(', ')})${isUnit(ty.ret) ? '' : ` -> ${showTy(ty.ret)}`}`;
    case 'dynFn':
      return `dyn ${ty.kind}(${ty.params.map(showTy).join(', ')})${isUnit(ty.ret) ? '' : ` -> ${showTy(ty.ret)}`}${autoTraitSuffix(ty)}`;
    case 'closure':
      return closureName(ty.def);
    case 'dyn':
      return `dyn ${ty.trait.name}${autoTraitSuffix(ty)}`;
    case 'assoc':
      return `<${showTy(ty.self)} as ${ty.trait.name}${ty.args.length ? `<${ty.args.map(showTy).join(', ')}>` : ''}>::${ty.name}`;
    case 'opaque':
      return `impl ?`;
    case 'const':
      return `${ty.value}`;
    case 'var':
      return ty.kind === 'int' ? '{integer}' : ty.kind === 'float' ? '{float}' : '_';
  }
}

/**
 * A closure's type: the program's by where it is written (`{closure@4:27}`, rustc's without the
 * file); std's by the function it is written in (`{closure in std's Builder::spawn_in}`), since
 * a line of stackheap's std text means nothing to a reader and rustc's would name std's sources.
 */
function closureName(def: ClosureDef): string {
  if (!def.fn.std) return `{closure@${def.span.line}:${def.span.col}}`;
  return `{closure in std's ${stdFnPath(def.fn.closure?.parent ?? def.fn)}}`;
}

/** A std function as its frame is named: `Builder::spawn_in`, `spawn`; a closure's, by the
 *  function it is in. */
function stdFnPath(fn: FnDef): string {
  if (fn.closure) return `{closure in ${stdFnPath(fn.closure.parent)}}`;
  const owner = fn.owner;
  const self = owner.kind === 'impl' ? (owner.impl.item.selfTy.kind === 'path' ? owner.impl.item.selfTy.name : null) : owner.kind === 'trait' ? owner.trait.name : null;
  return shownName(self === null ? fn.name : `${self}::${fn.name}`);
}

/** Structural equality of fully resolved types. */
export function sameTy(a: Ty, b: Ty): boolean {
  return typeKey(a) === typeKey(b);
}

/** A string that identifies a resolved type; used to key monomorphised instances. */
export function typeKey(ty: Ty): string {
  switch (ty.k) {
    case 'adt':
      return ty.args.length ? `${ty.def.name}#${ty.def.id}<${ty.args.map(typeKey).join(',')}>` : `${ty.def.name}#${ty.def.id}`;
    case 'fnDef':
      return `fn#${ty.fn.name}#${ty.fn.id}<${ty.args.map(typeKey).join(',')}>`;
    case 'fnPtr':
    case 'dynFn':
      return `${ty.k === 'fnPtr' ? 'fnptr' : `dyn${ty.kind}`}(${ty.params.map(typeKey).join(',')})->${typeKey(ty.ret)}${ty.k === 'dynFn' ? autoTraitSuffix(ty) : ''}`;
    case 'closure':
      return `closure#${ty.def.id}<${ty.args.map(typeKey).join(',')}>`;
    case 'dyn':
      return `dyn#${ty.trait.id}${autoTraitSuffix(ty)}`;
    case 'assoc':
      return `<${typeKey(ty.self)} as ${ty.trait.name}#${ty.trait.id}<${ty.args.map(typeKey).join(',')}>>::${ty.name}`;
    case 'opaque':
      return `opaque#${ty.fn.id}<${ty.args.map(typeKey).join(',')}>`;
    case 'var':
      return `?${ty.id}`;
    case 'tuple':
      return `(${ty.elems.map(typeKey).join(',')})`;
    case 'array':
      return `[${typeKey(ty.elem)};${typeof ty.len === 'number' ? ty.len : typeKey(ty.len)}]`;
    case 'slice':
      return `[${typeKey(ty.elem)}]`;
    case 'ref':
      return `&${ty.mutable ? 'mut ' : ''}${typeKey(ty.inner)}`;
    case 'ptr':
      return `*${ty.mutable ? 'mut ' : ''}${typeKey(ty.inner)}`;
    case 'box':
      return `Box<${typeKey(ty.inner)}>`;
    default:
      return showTy(ty);
  }
}

export function containsParams(ty: Ty): boolean {
  switch (ty.k) {
    case 'param':
      return true;
    case 'tuple':
      return ty.elems.some(containsParams);
    case 'array':
      return containsParams(ty.elem) || (typeof ty.len !== 'number' && containsParams(ty.len));
    case 'slice':
      return containsParams(ty.elem);
    case 'ref':
    case 'ptr':
    case 'box':
      return containsParams(ty.inner);
    case 'adt':
    case 'fnDef':
      return ty.args.some(containsParams);
    case 'fnPtr':
    case 'dynFn':
      return ty.params.some(containsParams) || containsParams(ty.ret);
    case 'closure':
      return ty.args.some(containsParams);
    case 'assoc':
      return containsParams(ty.self) || ty.args.some(containsParams);
    default:
      return false;
  }
}

/**
 * What `*x` gives for a type with built-in dereferencing: references, raw pointers and boxes
 * give their pointee; std's `Vec<T>` gives the `[T]` in its buffer and `String` its `str`
 * (their `Deref` impls). Null for anything else.
 */
export function builtinDeref(ty: Ty): Ty | null {
  switch (ty.k) {
    case 'ref':
    case 'ptr':
    case 'box':
      return ty.inner;
    case 'adt':
      if (!ty.def.std) return null;
      if (ty.def.name === 'Vec') return { k: 'slice', elem: ty.args[0]! };
      if (ty.def.name === 'String') return STR;
      return null;
    default:
      return null;
  }
}

export function containsAssoc(ty: Ty): boolean {
  switch (ty.k) {
    case 'assoc':
      return true;
    case 'tuple':
      return ty.elems.some(containsAssoc);
    case 'array':
    case 'slice':
      return containsAssoc(ty.elem);
    case 'ref':
    case 'ptr':
    case 'box':
      return containsAssoc(ty.inner);
    case 'fnPtr':
    case 'dynFn':
      return ty.params.some(containsAssoc) || containsAssoc(ty.ret);
    case 'adt':
    case 'fnDef':
    case 'closure':
      return ty.args.some(containsAssoc) || (ty.k === 'closure' && (ty.captures.some(containsAssoc) || ty.sig.params.some(containsAssoc) || containsAssoc(ty.sig.ret)));
    default:
      return false;
  }
}
