import type { Span } from '../diagnostics/span.js';

/**
 * The typed AST: what the rest of the pipeline sees of the source.
 * Every node carries its span; every expression and binding has a numeric id that is unique
 * within one program, so later stages can keep side tables (types, resolutions) keyed by id.
 */

export interface Program {
  readonly items: readonly Item[];
}

export type Item = FnItem;

export interface FnItem {
  readonly kind: 'fn';
  readonly name: Ident;
  readonly params: readonly Param[];
  readonly ret: TypeExpr | null;
  readonly body: Block;
  readonly span: Span;
}

export interface Ident {
  readonly name: string;
  readonly span: Span;
}

export interface Param {
  readonly pattern: BindingPattern;
  readonly ty: TypeExpr;
  readonly span: Span;
}

/** `x` or `mut x`; the only pattern form the current subset has. */
export interface BindingPattern {
  readonly kind: 'binding';
  readonly id: number;
  readonly name: Ident;
  readonly mutable: boolean;
  readonly span: Span;
}

export type TypeExpr =
  /** A path such as `i32`, `bool` or `Box<i32>`: the last segment and its generic arguments. */
  | { readonly kind: 'path'; readonly name: string; readonly args: readonly TypeExpr[]; readonly span: Span }
  | { readonly kind: 'ref'; readonly mutable: boolean; readonly inner: TypeExpr; readonly span: Span }
  | { readonly kind: 'tuple'; readonly elems: readonly TypeExpr[]; readonly span: Span }
  | { readonly kind: 'never'; readonly span: Span };

export interface Block {
  readonly stmts: readonly Stmt[];
  /** The final expression without a semicolon, the block's value. */
  readonly tail: Expr | null;
  readonly span: Span;
}

export type Stmt =
  | { readonly kind: 'let'; readonly pattern: BindingPattern; readonly ty: TypeExpr | null; readonly init: Expr | null; readonly span: Span }
  /** An expression statement; `semi` is false for block-like expressions written without `;`. */
  | { readonly kind: 'expr'; readonly expr: Expr; readonly semi: boolean; readonly span: Span }
  | { readonly kind: 'item'; readonly item: Item; readonly span: Span };

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
  readonly trait: '' | '?' | 'x' | 'X' | 'o' | 'b' | 'e' | 'E';
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

export type MacroName = 'println' | 'print' | 'eprintln' | 'eprint' | 'panic' | 'assert' | 'assert_eq' | 'assert_ne' | 'unreachable' | 'todo' | 'unimplemented';

export type ExprKind =
  | { readonly kind: 'int'; readonly value: bigint; readonly suffix: string | null }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** A single-segment path naming a local or a function. */
  | { readonly kind: 'path'; readonly name: string }
  /** A multi-segment path such as `Box::new` or `i32::MAX`. */
  | { readonly kind: 'qualified'; readonly segments: readonly string[] }
  | { readonly kind: 'unit' }
  | { readonly kind: 'paren'; readonly inner: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly operand: Expr }
  | { readonly kind: 'ref'; readonly mutable: boolean; readonly operand: Expr }
  | { readonly kind: 'assign'; readonly target: Expr; readonly value: Expr }
  | { readonly kind: 'compoundAssign'; readonly op: ArithOp; readonly target: Expr; readonly value: Expr }
  | { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[] }
  | { readonly kind: 'cast'; readonly operand: Expr; readonly ty: TypeExpr }
  | { readonly kind: 'macro'; readonly name: MacroName; readonly args: readonly Expr[]; readonly format: FormatArgs | null }
  | { readonly kind: 'block'; readonly block: Block; readonly label: string | null }
  | { readonly kind: 'if'; readonly cond: Expr; readonly then: Block; readonly else: Expr | null }
  | { readonly kind: 'while'; readonly cond: Expr; readonly body: Block; readonly label: string | null }
  | { readonly kind: 'loop'; readonly body: Block; readonly label: string | null }
  | { readonly kind: 'for'; readonly pattern: BindingPattern; readonly iter: Expr; readonly body: Block; readonly label: string | null }
  | { readonly kind: 'range'; readonly start: Expr | null; readonly end: Expr | null; readonly inclusive: boolean }
  | { readonly kind: 'break'; readonly label: string | null; readonly value: Expr | null }
  | { readonly kind: 'continue'; readonly label: string | null }
  | { readonly kind: 'return'; readonly value: Expr | null };

export type Expr = ExprKind & { readonly id: number; readonly span: Span };
