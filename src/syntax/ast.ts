import type { Span } from '../diagnostics/span.js';

/**
 * The typed AST: what the rest of the pipeline sees of the source.
 * Every node carries its span; every expression and binding has a numeric id that is unique
 * within one program, so later stages can keep side tables (types, resolutions) keyed by id.
 */

export interface Program {
  readonly items: readonly Item[];
}

export type Item = FnItem | StructItem | EnumItem | ImplItem | TraitItem | ConstItem | UseItem | TypeAliasItem;

/** `use a::b::{c, d as e, f::*};`, flattened: one path per name brought in; a glob ends in `*`. */
export interface UseItem {
  readonly kind: 'use';
  readonly paths: readonly { readonly segments: readonly string[]; readonly alias: string | null; readonly span: Span }[];
  readonly span: Span;
  /** A `use` inside a block: the lowering already made its names stand for the paths it
   *  imports there, so it is only checked to name what exists. */
  readonly inBlock?: boolean;
  /** The inline module holding it (none at the crate root). */
  readonly module?: readonly string[];
  /** Whether it glob-imports the program's items (`use super::*`), a path the lowering drops. */
  readonly programGlob?: boolean;
}

/** `<T: Display + Clone, U>` plus any `where` clauses, merged into the parameters' bounds. */
export interface Generics {
  /** `outlives`: the first lifetime bound written (`F: FnOnce() + 'static`, `F: 'scope`), its
   *  name without the quote and where it is; lifetimes are otherwise erased. `constTy` is set for
   *  a const parameter, `const N: usize`; `maybeUnsized` for `T: ?Sized`. */
  readonly params: readonly { readonly name: Ident; readonly bounds: readonly TypePath[]; readonly outlives?: LifetimeBound; readonly constTy?: TypeExpr; readonly maybeUnsized?: boolean }[];
  /** A function's `where` clauses on other types than its own parameters (`Vec<T>: Debug`,
   *  `T::Item: Display`, an impl's parameter, `for<'a> &'a T: IntoIterator`). */
  readonly predicates?: readonly WherePredicate[];
}

export interface WherePredicate {
  readonly ty: TypeExpr;
  readonly bounds: readonly TypePath[];
  readonly span: Span;
}

export interface LifetimeBound {
  readonly name: string;
  readonly span: Span;
}

export const NO_GENERICS: Generics = { params: [] };

/** `self`, `&self`, `&mut self`, `mut self` (or `self: Type`, with `ty`). */
export interface SelfParam {
  readonly kind: 'value' | 'ref' | 'refMut';
  readonly mutable: boolean;
  readonly ty: TypeExpr | null;
  readonly span: Span;
  /** The expansion whose macro's body wrote this `self` (`MacroHygiene`: that macro's own
   *  `self` names it); absent where the program wrote it. */
  readonly mark?: number;
}

export interface FnItem {
  readonly kind: 'fn';
  readonly name: Ident;
  readonly generics: Generics;
  readonly selfParam: SelfParam | null;
  readonly params: readonly Param[];
  readonly ret: TypeExpr | null;
  /** Null for a trait method without a default body. */
  readonly body: Block | null;
  readonly span: Span;
  /** The inline module the function is declared in (its impl's, for a method); absent at the
   *  crate root. Privacy is checked against it. */
  readonly module?: readonly string[];
  /** Whether an inherent method is `pub` (another module may not call a private one, E0624). */
  readonly isPub?: boolean;
  /** `unsafe fn`: a call needs an `unsafe` block; its body may do unsafe operations. */
  readonly unsafe?: true;
  /** For a function declared in a block: the enclosing functions' local variables at its place,
   *  which it cannot use (E0434). */
  readonly outerLocals?: ReadonlySet<string>;
}

/** The derives named in `#[derive(...)]` on a struct or enum, e.g. `Debug`, `Clone`. */
export type Derives = readonly Ident[];

export interface FieldDef {
  /** Null for tuple-struct fields, which are named by position. */
  readonly name: Ident | null;
  readonly ty: TypeExpr;
  readonly span: Span;
  /** Declared `pub` (any `pub(...)` counts): visible outside the struct's module. */
  readonly isPub: boolean;
}

export type VariantShape = 'named' | 'tuple' | 'unit';

export interface StructItem {
  readonly kind: 'struct';
  readonly name: Ident;
  readonly generics: Generics;
  /** How many lifetime parameters it declares (`struct Holder<'a>`): a use must give them. */
  readonly lifetimeParams: number;
  readonly shape: VariantShape;
  readonly fields: readonly FieldDef[];
  readonly derives: Derives;
  /** `#[repr(C)]` and friends: the names inside `repr(...)`. */
  readonly repr: readonly string[];
  /** `#[rustc_layout_scalar_valid_range_start(N)]` (std's `NonZero`): its one field's values
   *  below N are invalid, a niche for the layouts of enums holding it. */
  readonly validRangeStart?: number;
  readonly span: Span;
  /** The inline module the struct is declared in; absent at the crate root. */
  readonly module?: readonly string[];
}

export interface VariantDef {
  readonly name: Ident;
  readonly shape: VariantShape;
  readonly fields: readonly FieldDef[];
  /** `A = 5`. */
  readonly discriminant: Expr | null;
  readonly span: Span;
  /** `#[default]`: the value `#[derive(Default)]` gives. */
  readonly isDefault?: boolean;
}

export interface EnumItem {
  readonly kind: 'enum';
  readonly name: Ident;
  readonly generics: Generics;
  /** How many lifetime parameters it declares (`struct Holder<'a>`): a use must give them. */
  readonly lifetimeParams: number;
  readonly variants: readonly VariantDef[];
  readonly derives: Derives;
  readonly repr: readonly string[];
  readonly span: Span;
  /** The inline module the enum is declared in; absent at the crate root. */
  readonly module?: readonly string[];
}

export interface ImplItem {
  readonly kind: 'impl';
  /** `unsafe impl`: required for an unsafe trait (`Send`, `Sync`), refused for any other. */
  readonly unsafe: boolean;
  /** `impl !Send for Rc<T> {}`: std's negative impls of its auto traits. */
  readonly negative: boolean;
  readonly generics: Generics;
  /** `impl Trait for Type`: the trait; null for an inherent impl. */
  readonly trait: TypePath | null;
  readonly selfTy: TypeExpr;
  readonly fns: readonly FnItem[];
  readonly consts: readonly ConstItem[];
  /** `type Item = u32;` in a trait impl. */
  readonly types: readonly { readonly name: Ident; readonly ty: TypeExpr; readonly span: Span }[];
  readonly span: Span;
}

export interface TraitItem {
  readonly kind: 'trait';
  /** `unsafe trait`: its impls must be `unsafe impl`. */
  readonly unsafe: boolean;
  readonly name: Ident;
  readonly generics: Generics;
  /** `trait Shape: Debug + Clone`. */
  readonly supertraits: readonly TypePath[];
  readonly fns: readonly FnItem[];
  readonly consts: readonly ConstItem[];
  /** `type Item;` (with optional bounds). */
  readonly types: readonly { readonly name: Ident; readonly bounds: readonly TypePath[]; readonly span: Span }[];
  readonly span: Span;
  /** The inline module declaring it (none at the crate root): its methods are in scope there. */
  readonly module?: readonly string[];
}

/** `type Km = i32;` or `type Pair<T> = (T, T);`: another name for a type. */
export interface TypeAliasItem {
  readonly kind: 'typeAlias';
  readonly name: Ident;
  readonly generics: Generics;
  readonly ty: TypeExpr;
  readonly span: Span;
}

/** `const N: usize = 3;` or `static GREETING: &str = "hi";` (`static mut` has `mutable`). */
export interface ConstItem {
  readonly kind: 'const' | 'static';
  readonly name: Ident;
  readonly ty: TypeExpr;
  /** Null only for a trait's associated const without a default. */
  readonly value: Expr | null;
  readonly mutable: boolean;
  readonly span: Span;
  /** For a constant declared in a block: the enclosing functions' local variables at its place,
   *  which its value cannot use (E0435). */
  readonly outerLocals?: ReadonlySet<string>;
}

export interface Ident {
  readonly name: string;
  readonly span: Span;
}

export interface Param {
  readonly pattern: Pattern;
  readonly ty: TypeExpr;
  readonly span: Span;
}

/** `x`, `mut x`, `ref x`, `ref mut x`, `x @ subpattern`. */
export interface BindingPattern {
  readonly kind: 'binding';
  readonly id: number;
  readonly name: Ident;
  readonly mutable: boolean;
  readonly byRef: 'ref' | 'refMut' | null;
  readonly subpattern: Pattern | null;
  readonly span: Span;
}

/** A path in expression or pattern position: `Some`, `Shape::Circle`, `Vec::<i32>::new`, `Self`. */
/**
 * A lone name a macro's own tokens write (`tmp` in `macro_rules! m { () => { tmp } }`), which
 * rustc resolves as a local where the macro is defined, not where it is called: it sees a
 * binding of the same expansion's tokens (`tmp#macroN`, made by a macro it calls) or one in scope
 * before `defSite`, the offset of the `macro_rules!` in the program's text (none for a macro
 * defined outside functions).
 */
export interface MacroHygiene {
  readonly mark: number;
  readonly defSite: number;
}

export interface ExprPath {
  readonly segments: readonly PathSegment[];
  readonly span: Span;
}

export interface PathSegment {
  readonly name: string;
  /** Turbofish arguments, `::<T>`, or a type's generic arguments in a qualified path. */
  readonly args: readonly TypeExpr[];
  /** How many lifetime arguments are written (`Holder<'a>`): lifetimes are otherwise erased,
   *  but lifetime elision needs to know where one is left out. */
  readonly lifetimes?: number;
  readonly span: Span;
}

export type Pattern =
  | BindingPattern
  | { readonly kind: 'wildcard'; readonly span: Span }
  /** `..` inside tuple, tuple-struct and slice patterns. */
  | { readonly kind: 'rest'; readonly span: Span }
  /** A literal: integer (possibly negative), bool, char, string, float. */
  | { readonly kind: 'literal'; readonly value: Expr; readonly span: Span }
  /** `a..=b`, `a..b`, `a..`, `..=b`; bounds are literals or paths to constants. */
  | { readonly kind: 'range'; readonly start: Expr | null; readonly end: Expr | null; readonly inclusive: boolean; readonly span: Span }
  | { readonly kind: 'tuple'; readonly elems: readonly Pattern[]; readonly span: Span }
  /** `Point { x, y: 0, .. }`; a shorthand field `x` has a binding pattern named `x`. */
  | { readonly kind: 'struct'; readonly path: ExprPath; readonly fields: readonly { readonly name: Ident; readonly pattern: Pattern }[]; readonly rest: boolean; readonly span: Span }
  | { readonly kind: 'tupleStruct'; readonly path: ExprPath; readonly elems: readonly Pattern[]; readonly span: Span }
  /** A path alone: a unit variant or struct, or a constant (`None`, `Color::Red`, `MAX`). Single
   *  identifiers that could be bindings are `binding`; resolution decides. */
  | { readonly kind: 'path'; readonly path: ExprPath; readonly span: Span }
  | { readonly kind: 'ref'; readonly mutable: boolean; readonly inner: Pattern; readonly span: Span }
  | { readonly kind: 'or'; readonly alts: readonly Pattern[]; readonly span: Span }
  | { readonly kind: 'slice'; readonly elems: readonly Pattern[]; readonly span: Span };

/** A type path such as `Vec<i32>`, `std::collections::HashMap<K, V>`, `Iterator<Item = u32>`. */
export interface TypePath {
  readonly segments: readonly PathSegment[];
  /** Associated-type bindings in the last segment: `Iterator<Item = u32>`. */
  readonly bindings: readonly { readonly name: Ident; readonly ty: TypeExpr }[];
  readonly span: Span;
}

export type TypeExpr =
  /** A path such as `i32`, `bool` or `Box<i32>`: the last segment's name and generic arguments,
   *  and the whole path in `path`. */
  | { readonly kind: 'path'; readonly name: string; readonly args: readonly TypeExpr[]; readonly path: TypePath; readonly span: Span }
  /** `&'a T`: `lifetime` is `a` (null when elided); lifetimes are otherwise erased. */
  | { readonly kind: 'ref'; readonly mutable: boolean; readonly inner: TypeExpr; readonly span: Span; readonly lifetime?: string | null }
  | { readonly kind: 'tuple'; readonly elems: readonly TypeExpr[]; readonly span: Span }
  | { readonly kind: 'never'; readonly span: Span }
  | { readonly kind: 'array'; readonly elem: TypeExpr; readonly len: Expr; readonly span: Span }
  | { readonly kind: 'slice'; readonly elem: TypeExpr; readonly span: Span }
  /** `_` */
  | { readonly kind: 'infer'; readonly span: Span }
  | { readonly kind: 'implTrait'; readonly bounds: readonly TypePath[]; readonly span: Span }
  | { readonly kind: 'dynTrait'; readonly bounds: readonly TypePath[]; readonly span: Span }
  /** `fn(i32) -> i32` */
  | { readonly kind: 'fnPointer'; readonly params: readonly TypeExpr[]; readonly ret: TypeExpr | null; readonly span: Span }
  | { readonly kind: 'rawPointer'; readonly mutable: boolean; readonly inner: TypeExpr; readonly span: Span }
  /** A const generic argument, `Grid<4>` or `f::<{ 2 }>`. */
  | { readonly kind: 'constArg'; readonly value: Expr; readonly span: Span };

export interface Block {
  readonly stmts: readonly Stmt[];
  /** The final expression without a semicolon, the block's value. */
  readonly tail: Expr | null;
  readonly span: Span;
}

export type Stmt =
  /** `let PAT: T = init else { diverge };` */
  | { readonly kind: 'let'; readonly pattern: Pattern; readonly ty: TypeExpr | null; readonly init: Expr | null; readonly elseBlock: Block | null; readonly span: Span }
  /** An expression statement; `semi` is false for block-like expressions written without `;`. */
  | { readonly kind: 'expr'; readonly expr: Expr; readonly semi: boolean; readonly span: Span };

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '&' | '|' | '^' | '<<' | '>>'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '&&' | '||';

export type ArithOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';

export type UnaryOp = '-' | '!' | '*';

/** A format string's piece: literal text, or a `{...}` placeholder already parsed. */
export type FormatPiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'arg'; readonly arg: FormatArgRef; readonly spec: FormatSpec };

export type FormatArgRef =
  | { readonly kind: 'next' }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'name'; readonly name: string };

export type FormatCount =
  | { readonly kind: 'literal'; readonly value: number }
  | { readonly kind: 'arg'; readonly arg: FormatArgRef };

export interface FormatSpec {
  readonly fill: string;
  readonly align: '<' | '>' | '^' | null;
  readonly sign: '+' | '-' | null;
  readonly alternate: boolean;
  readonly zeroPad: boolean;
  readonly width: FormatCount | null;
  readonly precision: FormatCount | null;
  /** '' for Display, '?' for Debug, 'x' 'X' 'o' 'b' 'e' 'E' for the others. */
  readonly trait: '' | '?' | 'x' | 'X' | 'o' | 'b' | 'e' | 'E' | 'p';
  /** `{:x?}` and `{:X?}`: Debug with hex integers. */
  readonly debugHex: 'x' | 'X' | null;
}

export interface FormatArgs {
  readonly pieces: readonly FormatPiece[];
  /** Positional arguments after the format string, in order. */
  readonly positional: readonly Expr[];
  /** `name = expr` arguments. */
  readonly named: readonly { readonly name: string; readonly value: Expr }[];
  /** The span of the string literal, for errors about placeholders. */
  readonly span: Span;
}

export type MacroName =
  | 'println' | 'print' | 'eprintln' | 'eprint' | 'panic' | 'assert' | 'assert_eq' | 'assert_ne' | 'unreachable' | 'todo' | 'unimplemented'
  /** `format!` has `format`; `write!`/`writeln!` have the destination in `args[0]` and `format`. */
  | 'format' | 'write' | 'writeln'
  /** `vec![a, b]` has `args`; `vec![x; n]` has `args = [x, n]` and `repeat`. */
  | 'vec'
  /** `matches!(e, PAT)` or `matches!(e, PAT if guard)`: `args = [e]`, with `pattern` and `guard`. */
  | 'matches'
  /** \`dbg!(a, b)\`: \`args\`, with \`texts\` (each argument as \`stringify!\` gives it). */
  | 'dbg'
  | 'debug_assert' | 'debug_assert_eq' | 'debug_assert_ne';

export interface MatchArm {
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: Expr;
  readonly span: Span;
}

export interface ClosureParam {
  readonly pattern: Pattern;
  readonly ty: TypeExpr | null;
  readonly span: Span;
}

export type ExprKind =
  | { readonly kind: 'int'; readonly value: bigint; readonly suffix: string | null }
  /** The literal's text without `_` and suffix (`1.5e3`), so no precision is lost before typing. */
  | { readonly kind: 'float'; readonly text: string; readonly suffix: 'f32' | 'f64' | null }
  | { readonly kind: 'char'; readonly value: number }
  /** A string literal's value (escapes processed); `byte` for `b"..."` literals. */
  | { readonly kind: 'str'; readonly value: string; readonly byte: boolean }
  | { readonly kind: 'byte'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** A single-segment path naming a local or a function. */
  /** `blockPath`: what a block's item or `use` makes the name stand for (`f#block2`,
   *  `std::cmp::max`) where no local variable has the name; `viaModule`: written with a module
   *  prefix the lowering dropped (`super::f`), not as a lone name. */
  | { readonly kind: 'path'; readonly name: string; readonly blockPath?: readonly string[]; readonly viaModule?: boolean; readonly hygiene?: MacroHygiene }
  /** A multi-segment path such as `Box::new` or `i32::MAX`; `path` has generic arguments too. */
  | { readonly kind: 'qualified'; readonly segments: readonly string[]; readonly path: ExprPath }
  /** `<T as Trait>::f` or `<Vec<i32>>::new`: a type, an optional trait, then the rest of the path. */
  | { readonly kind: 'qualifiedType'; readonly selfTy: TypeExpr; readonly trait: TypePath | null; readonly rest: readonly PathSegment[] }
  | { readonly kind: 'tuple'; readonly elems: readonly Expr[] }
  | { readonly kind: 'array'; readonly elems: readonly Expr[] }
  /** `[value; count]` */
  | { readonly kind: 'arrayRepeat'; readonly value: Expr; readonly count: Expr }
  /** `bracket` is `[index]`: rustc locates an overloaded index's call there. */
  | { readonly kind: 'index'; readonly base: Expr; readonly index: Expr; readonly bracket: Span }
  /** `e.name` or `e.0` (`name` is then "0"). */
  | { readonly kind: 'field'; readonly base: Expr; readonly name: string; readonly nameSpan: Span }
  | { readonly kind: 'methodCall'; readonly receiver: Expr; readonly method: Ident; readonly turbofish: readonly TypeExpr[]; readonly args: readonly Expr[] }
  /** `Point { x, y: 1, ..base }`; a shorthand field `x` has a `path` expression as its value. */
  | { readonly kind: 'structLit'; readonly path: ExprPath; readonly fields: readonly { readonly name: Ident; readonly value: Expr }[]; readonly base: Expr | null }
  | { readonly kind: 'match'; readonly scrutinee: Expr; readonly arms: readonly MatchArm[] }
  /** `if let` / `while let` conditions and `let` chains: `let PAT = e` as a boolean condition. */
  | { readonly kind: 'let'; readonly pattern: Pattern; readonly value: Expr }
  | { readonly kind: 'closure'; readonly params: readonly ClosureParam[]; readonly ret: TypeExpr | null; readonly body: Expr; readonly isMove: boolean }
  /** `e?` */
  | { readonly kind: 'try'; readonly operand: Expr }
  | { readonly kind: 'unit' }
  | { readonly kind: 'paren'; readonly inner: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly operand: Expr }
  /** `&x`, `&mut x`; with `raw`, `&raw const x` and `&raw mut x` (a raw pointer, no borrow). */
  | { readonly kind: 'ref'; readonly mutable: boolean; readonly operand: Expr; readonly raw?: true }
  | { readonly kind: 'assign'; readonly target: Expr; readonly value: Expr }
  | { readonly kind: 'compoundAssign'; readonly op: ArithOp; readonly target: Expr; readonly value: Expr }
  | { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[] }
  | { readonly kind: 'cast'; readonly operand: Expr; readonly ty: TypeExpr }
  | {
      readonly kind: 'macro';
      readonly name: MacroName;
      readonly args: readonly Expr[];
      readonly format: FormatArgs | null;
      /** `vec![x; n]` */
      readonly repeat?: boolean;
      /** `dbg!`: the arguments' source text, as `stringify!` prints it. */
      readonly texts?: readonly string[];
      /** `matches!` */
      readonly pattern?: Pattern;
      readonly guard?: Expr | null;
    }
  /** `unsafe { .. }` is a block with `unsafe` set: inside it a `static mut` may be used. */
  | { readonly kind: 'block'; readonly block: Block; readonly label: string | null; readonly unsafe?: true }
  | { readonly kind: 'if'; readonly cond: Expr; readonly then: Block; readonly else: Expr | null }
  | { readonly kind: 'while'; readonly cond: Expr; readonly body: Block; readonly label: string | null }
  | { readonly kind: 'loop'; readonly body: Block; readonly label: string | null }
  | { readonly kind: 'for'; readonly pattern: BindingPattern; readonly iter: Expr; readonly body: Block; readonly label: string | null }
  | { readonly kind: 'range'; readonly start: Expr | null; readonly end: Expr | null; readonly inclusive: boolean }
  | { readonly kind: 'break'; readonly label: string | null; readonly value: Expr | null }
  | { readonly kind: 'continue'; readonly label: string | null }
  | { readonly kind: 'return'; readonly value: Expr | null };

export type Expr = ExprKind & { readonly id: number; readonly span: Span };
