import type { Span } from '../diagnostics/span.js';
import type { FormatSpec } from '../syntax/ast.js';
import type { IntrinsicName } from '../resolve/resolve.js';
import type { Ty } from '../types/ty.js';

/**
 * A MIR-like IR, close to rustc's: each function is a control-flow graph of basic blocks whose
 * statements read and write places. Moves, drops and storage are explicit, and every statement
 * and terminator carries the span of the source it came from.
 */

export type LocalId = number;
export type BlockId = number;

export type LocalKind = 'return' | 'arg' | 'var' | 'temp';

export interface LocalDecl {
  /** The source name for `arg` and `var` locals. */
  readonly name: string | null;
  readonly ty: Ty;
  readonly kind: LocalKind;
  readonly mutable: boolean;
  readonly span: Span;
}

export type Projection = { readonly kind: 'deref' };

export interface Place {
  readonly local: LocalId;
  readonly projection: readonly Projection[];
}

export type Constant =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'unit' };

export type Operand =
  | { readonly kind: 'copy'; readonly place: Place }
  /** Reads the place and leaves it uninitialised: moved-from values are not dropped. */
  | { readonly kind: 'move'; readonly place: Place }
  | { readonly kind: 'const'; readonly value: Constant };

export type BinOp = 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'bitand' | 'bitor' | 'bitxor' | 'shl' | 'shr' | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Rvalue =
  | { readonly kind: 'use'; readonly operand: Operand }
  /** `checked` operations panic on overflow, as a debug build does. `ty` is the operands' type. */
  | { readonly kind: 'binary'; readonly op: BinOp; readonly checked: boolean; readonly left: Operand; readonly right: Operand; readonly ty: Ty }
  | { readonly kind: 'neg'; readonly operand: Operand; readonly ty: Ty }
  | { readonly kind: 'not'; readonly operand: Operand; readonly ty: Ty }
  | { readonly kind: 'ref'; readonly mutable: boolean; readonly place: Place }
  | { readonly kind: 'cast'; readonly operand: Operand; readonly from: Ty; readonly to: Ty };

/** A format string with its arguments resolved to places, read when the statement runs. */
export interface LoweredFormat {
  readonly segments: readonly FormatSegment[];
  readonly args: readonly FormatArg[];
}

export type FormatCountRef = { readonly kind: 'literal'; readonly value: number } | { readonly kind: 'arg'; readonly index: number };

export type FormatSegment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'arg';
      readonly index: number;
      readonly spec: Omit<FormatSpec, 'width' | 'precision'> & { readonly width: FormatCountRef | null; readonly precision: FormatCountRef | null };
    };

export interface FormatArg {
  readonly place: Place;
  readonly ty: Ty;
}

export type PanicMessage =
  | { readonly kind: 'format'; readonly format: LoweredFormat }
  /** `assert!(cond)` without a message: "assertion failed: <cond as rustc pretty-prints it>". */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'assertCmp'; readonly op: '==' | '!='; readonly left: FormatArg; readonly right: FormatArg; readonly custom: LoweredFormat | null }
  /** `unreachable!`, `todo!` and `unimplemented!`: a fixed text, then ": message" if one was given. */
  | { readonly kind: 'prefixed'; readonly prefix: string; readonly format: LoweredFormat | null };

/** Points where a trace may stop: after a source statement, and before a function's locals are dropped. */
export type Mark = 'statementEnd' | 'functionExit';

export type Statement = (
  | { readonly kind: 'assign'; readonly place: Place; readonly rvalue: Rvalue }
  | { readonly kind: 'storageLive'; readonly local: LocalId }
  | { readonly kind: 'storageDead'; readonly local: LocalId }
  | { readonly kind: 'print'; readonly stream: 'stdout' | 'stderr'; readonly format: LoweredFormat; readonly newline: boolean }
  | { readonly kind: 'mark'; readonly mark: Mark }
) & { readonly span: Span };

export type Callee = { readonly kind: 'fn'; readonly name: string } | { readonly kind: 'intrinsic'; readonly name: IntrinsicName };

export type Terminator = (
  | { readonly kind: 'goto'; readonly target: BlockId }
  | { readonly kind: 'switchBool'; readonly cond: Operand; readonly ifTrue: BlockId; readonly ifFalse: BlockId }
  | { readonly kind: 'call'; readonly callee: Callee; readonly args: readonly Operand[]; readonly dest: Place; readonly target: BlockId | null }
  /** Drops the place if it is initialised (the machine's init state is the drop flag). */
  | { readonly kind: 'drop'; readonly place: Place; readonly target: BlockId }
  | { readonly kind: 'return' }
  | { readonly kind: 'panic'; readonly message: PanicMessage }
  | { readonly kind: 'unreachable' }
) & { readonly span: Span };

export interface BasicBlock {
  readonly statements: Statement[];
  terminator: Terminator | null;
}

export interface Body {
  readonly name: string;
  /** Local 0 is the return place; locals 1..=argCount are the parameters. */
  readonly argCount: number;
  readonly locals: readonly LocalDecl[];
  readonly blocks: readonly BasicBlock[];
  readonly span: Span;
}

export interface MirProgram {
  readonly bodies: ReadonlyMap<string, Body>;
  readonly entry: string;
}

export const placeOf = (local: LocalId): Place => ({ local, projection: [] });
export const derefPlace = (place: Place): Place => ({ local: place.local, projection: [...place.projection, { kind: 'deref' }] });
