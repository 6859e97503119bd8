import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ConstDef, FnDef } from '../resolve/items.js';
import type { BindingPattern, Pattern } from '../syntax/ast.js';
import type { IntrinsicName } from '../resolve/intrinsics.js';
import type { FnSig } from './context.js';
import type { ClosureDef, IntKind, Ty } from './ty.js';

/** What the type checker found out about one function body; the MIR builder's input. Types
 *  may mention the function's generic parameters; the builder substitutes them per instance. */

export type PathRes =
  | { readonly kind: 'local'; readonly binding: BindingPattern }
  /** A function item; `args` are its instance arguments in `FnSig.generics` order. */
  | { readonly kind: 'fn'; readonly fn: FnDef; readonly args: readonly Ty[] }
  /** A struct or variant constructor: a unit value, or a function for tuple shapes. */
  | { readonly kind: 'ctor'; readonly ty: Ty & { k: 'adt' }; readonly variant: number }
  /** `args`: an associated const's, as its function's (the impl's parameters, or `Self` and the
   *  trait's arguments for a trait's const, whose impl the instance picks). */
  | { readonly kind: 'const'; readonly def: ConstDef; readonly ty: Ty; readonly args?: readonly Ty[] }
  | { readonly kind: 'static'; readonly def: ConstDef; readonly ty: Ty }
  | { readonly kind: 'intConst'; readonly int: IntKind; readonly value: bigint }
  /** A const generic parameter used as a value, `N` in `fn f<const N: usize>`: its instance's argument. */
  | { readonly kind: 'constParam'; readonly name: string }
  | { readonly kind: 'floatConst'; readonly float: 'f32' | 'f64'; readonly value: number }
  | { readonly kind: 'intrinsic'; readonly name: IntrinsicName; readonly typeArgs: readonly Ty[] };

/** How a method call's receiver is adjusted: dereferenced `derefs` times, then borrowed. */
export interface ReceiverAdjust {
  readonly derefs: number;
  readonly autoref: null | 'ref' | 'refMut';
  /** The array receiver is borrowed as a slice (`[T; N]` → `&[T]`) after the derefs. */
  readonly unsize?: boolean;
}

export type MethodRes =
  | { readonly kind: 'fn'; readonly fn: FnDef; readonly args: readonly Ty[]; readonly receiver: ReceiverAdjust }
  /** Methods the machine implements: `clone` of types without a Clone impl of their own, `len`
   *  of arrays and slices. */
  | { readonly kind: 'builtin'; readonly name: BuiltinMethod; readonly receiver: ReceiverAdjust; readonly selfTy: Ty };

/** Methods of std traits that every primitive (and derived impls) have, implemented by the
 *  machine's glue or by calling the type's own impl when it has one. */
export type BuiltinMethod = 'clone' | 'len' | 'is_empty' | 'to_string' | 'cmp' | 'partial_cmp' | 'eq' | 'ne' | 'max' | 'min';

/** A coercion at a coercion site: `&Box<T>`→`&T` and `&&T`→`&T` (deref), `&[T; N]`→`&[T]`
 *  (unsize), `&mut T`→`&T`. */
export interface Coercion {
  readonly derefs: number;
  readonly mutable: boolean;
  readonly unsize: boolean;
  /** Unsizing to a trait object: `&T`/`Box<T>` to `&dyn Trait`/`Box<dyn Trait>` (the result type). */
  readonly toDyn?: Ty;
  /** Unsizing a struct's tail behind a pointer, or a smart pointer's pointee (`CoerceUnsized`):
   *  `&Wrapper<[T; N]>` to `&Wrapper<[T]>`, `Rc<T>` to `Rc<dyn Trait>`, `Arc<[T; N]>` to
   *  `Arc<[T]>` (the result type). */
  readonly unsizeTo?: Ty;
  /** A function item or a capture-free closure to a function pointer (the result type). */
  readonly toFnPtr?: Ty;
  /** A reference to a raw pointer (`&T` to `*const T`, `&mut T` to `*mut T` or `*const T`), or
   *  `*mut T` to `*const T` (the result type). */
  readonly toRawPtr?: Ty;
}

export interface FieldAccess {
  readonly derefs: number;
  readonly index: number;
}

/** How a pattern matches: how many references the scrutinee is seen through first (match
 *  ergonomics), and the binding mode that results for bindings inside. */
export interface PatternInfo {
  readonly derefs: number;
  /** The type the pattern matches after those dereferences. */
  readonly ty: Ty;
}

export interface FnTypeck {
  readonly fn: FnDef;
  readonly sig: FnSig;
  readonly exprTypes: ReadonlyMap<number, Ty>;
  readonly bindingTypes: ReadonlyMap<number, Ty>;
  readonly bindingModes: ReadonlyMap<number, 'move' | 'ref' | 'refMut'>;
  readonly patterns: ReadonlyMap<Pattern, PatternInfo>;
  /** Paths in patterns that name constructors or constants (also lone identifiers such as `None`). */
  readonly patternPaths: ReadonlyMap<Pattern, PathRes>;
  readonly paths: ReadonlyMap<number, PathRes>;
  readonly methods: ReadonlyMap<number, MethodRes>;
  readonly fields: ReadonlyMap<number, FieldAccess>;
  /** Index expressions: derefs applied to the base before indexing. */
  readonly indexes: ReadonlyMap<number, number>;
  readonly coercions: ReadonlyMap<number, Coercion>;
  /** Struct literals: the variant built. */
  readonly structLits: ReadonlyMap<number, { readonly ty: Ty & { k: 'adt' }; readonly variant: number }>;
  /** Operators on non-primitive types: the trait method they call and its instance arguments
   *  (`Self` then the trait's `Rhs`/`Idx`). Binary, unary, compound-assignment and index
   *  expressions. */
  readonly opCalls: ReadonlyMap<number, { readonly fn: FnDef; readonly args: readonly Ty[] }>;
  /** Errors of rustc's borrow checker found while type checking (a write through `&`, a
   *  `&mut` of an immutable binding): reported with the body's borrow-check errors, after every
   *  body type-checks. */
  readonly borrowErrors: readonly Diagnostic[];
  /** E0133, an unsafe operation outside `unsafe`: rustc's unsafety check runs on a body after
   *  every body type-checks, just before the body's borrow check. */
  readonly unsafetyErrors: readonly Diagnostic[];
  /** Errors of rustc's late lints (`overflowing_literals`, `static_mut_refs`), which run only
   *  once the whole program has no other error. */
  readonly lints: readonly Diagnostic[];
  /** `==`/`!=` between two different types: `String` with `&str`, or a `PartialEq<R>` impl. */
  readonly crossEq: ReadonlySet<number>;
  /** `?` whose error converts with `From::from`: the method and its instance arguments. */
  readonly errorConversions: ReadonlyMap<number, { readonly fn: FnDef; readonly args: readonly Ty[] }>;
  /** Index expressions whose type also has an `IndexMut` impl (used when the place is mutated). */
  readonly indexMut: ReadonlySet<number>;
  /** Closure expressions in the body (their bodies are checked with it). */
  readonly closures: ReadonlyMap<number, ClosureDef>;
}
