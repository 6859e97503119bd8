import type { Span } from '../diagnostics/span.js';
import type { IntrinsicName } from '../resolve/intrinsics.js';
import type { ConstDef, FnDef } from '../resolve/items.js';
import type { FormatSpec } from '../syntax/ast.js';
import type { TraitDef, Ty } from '../types/ty.js';

/**
 * A MIR-like IR, close to rustc's: each function instance is a control-flow graph of basic
 * blocks whose statements read and write places. Moves, drops and storage are explicit, and
 * every statement and terminator carries the span of the source it came from.
 *
 * Bodies are monomorphic: every type in them is concrete (no generic parameters, no inference
 * variables). Generic functions get one body per instance, built on first use.
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
  /** A temporary holding what `Deref::deref` of this smart pointer type returned: moving out of
   *  it is moving out of the smart pointer (E0507). */
  readonly derefOf?: Ty;
  /** A temporary holding what `Index::index` of this type returned: moving out of it is
   *  moving out of an index (E0507). */
  readonly indexOf?: Ty;
  /** A temporary holding a reference to the place its span's expression names (the result of
   *  `index_mut` for `v[i]`): `*temp` is that expression. */
  readonly refersToSpan?: true;
  /** A `for` loop's iterator (its span is the iterated expression's): traces name it so
   *  (`the iterator over v`). */
  readonly forIterator?: true;
}

export type Projection =
  | { readonly kind: 'deref' }
  /** Field `index` of a struct, tuple, closure, or (after a downcast) an enum variant. */
  | { readonly kind: 'field'; readonly index: number }
  /** Views an enum place as one of its variants, so `field` projections address its fields. */
  | { readonly kind: 'downcast'; readonly variant: number }
  /** `place[local]` on an array or slice; the bounds were checked by an `assert` before. */
  | { readonly kind: 'index'; readonly local: LocalId }
  /** `[a, b, ..]` patterns: element `offset` from the start, or from the end. */
  | { readonly kind: 'constantIndex'; readonly offset: number; readonly fromEnd: boolean }
  /** `[a, rest @ ..]`: the elements from `from` to `len - to` (a slice), or `from..to` of an array. */
  | { readonly kind: 'subslice'; readonly from: number; readonly to: number; readonly fromEnd: boolean };

export interface Place {
  readonly local: LocalId;
  readonly projection: readonly Projection[];
}

/** A function with its type arguments: what a call runs. `key` identifies it. */
export interface Instance {
  readonly def: FnDef;
  readonly args: readonly Ty[];
  readonly key: string;
}

export type Constant =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'char'; readonly value: number }
  /** A zero-sized value: `()`, a unit struct, a function item. */
  | { readonly kind: 'zst' }
  /** A `&'static str` (or `&'static [u8; N]` for byte strings): the machine places the bytes in
   *  static memory once per distinct literal and yields a (fat) pointer to them. */
  | { readonly kind: 'str'; readonly value: string; readonly bytes: boolean }
  /** The address of a `static` item (a `&'static T`, or a `*mut T` for a `static mut`): its place
   *  is the dereference of a temporary holding this, as in rustc's MIR. */
  | { readonly kind: 'static'; readonly def: ConstDef };

export type Operand =
  | { readonly kind: 'copy'; readonly place: Place }
  /** Reads the place and leaves it uninitialised: moved-from values are not dropped. */
  | { readonly kind: 'move'; readonly place: Place }
  /** `ty` is the constant's type. */
  | { readonly kind: 'const'; readonly value: Constant; readonly ty: Ty };

export type BinOp = 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'bitand' | 'bitor' | 'bitxor' | 'shl' | 'shr' | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type AggregateKind =
  | { readonly kind: 'tuple' }
  | { readonly kind: 'array' }
  /** A struct (variant 0) or an enum variant; the machine writes the enum's tag too. */
  | { readonly kind: 'adt'; readonly variant: number }
  /** A closure's captured values, in capture order. */
  | { readonly kind: 'closure' };

export type Rvalue =
  | { readonly kind: 'use'; readonly operand: Operand }
  /** On integers, floats, bools and chars. `checked` operations panic on overflow, as a debug
   *  build does. `ty` is the operands' type (for shifts, the left operand's). */
  | { readonly kind: 'binary'; readonly op: BinOp; readonly checked: boolean; readonly left: Operand; readonly right: Operand; readonly ty: Ty }
  | { readonly kind: 'neg'; readonly operand: Operand; readonly ty: Ty }
  | { readonly kind: 'not'; readonly operand: Operand; readonly ty: Ty }
  | { readonly kind: 'ref'; readonly mutable: boolean; readonly place: Place }
  /** Numeric, bool and char casts (`as`), and unsizing `&[T; N]` → `&[T]` (`to` is a reference
   *  to a slice: the machine makes the fat pointer). */
  | { readonly kind: 'cast'; readonly operand: Operand; readonly from: Ty; readonly to: Ty }
  /** `ty` is the aggregate's type; `operands` are the fields in declaration order. */
  /** `operandSpans`, where the program wrote each operand (a tuple's, an array's, a struct
   *  literal's fields): the borrow checker points at the one it reports. */
  | { readonly kind: 'aggregate'; readonly aggregate: AggregateKind; readonly ty: Ty; readonly operands: readonly Operand[]; readonly operandSpans?: readonly Span[] }
  /** `[value; count]` */
  | { readonly kind: 'repeat'; readonly operand: Operand; readonly count: number; readonly ty: Ty }
  /** The variant index of an enum place, as a `usize`. */
  | { readonly kind: 'discriminant'; readonly place: Place }
  /** The length of an array or slice place, as a `usize`. */
  | { readonly kind: 'len'; readonly place: Place };

/** A format string with its arguments resolved to places, read when the statement runs. */
export interface LoweredFormat {
  readonly segments: readonly FormatSegment[];
  readonly args: readonly FormatArg[];
}

export type FormatCountRef = { readonly kind: 'literal'; readonly value: number } | { readonly kind: 'arg'; readonly index: number };

export type FormatSegment =
  | { readonly kind: 'text'; readonly text: string }
  /** `file:line:col` of a source location, with the file's path as given (what `file!()`,
   *  `line!()`, `column!()` give; `dbg!` prints it). */
  | { readonly kind: 'location'; readonly line: number; readonly col: number }
  | {
      readonly kind: 'arg';
      readonly index: number;
      readonly spec: Omit<FormatSpec, 'width' | 'precision'> & { readonly width: FormatCountRef | null; readonly precision: FormatCountRef | null };
    };

/** A value to format: the place holds a value of type `ty` (never a reference to it). */
export interface FormatArg {
  readonly place: Place;
  readonly ty: Ty;
  /** The argument's expression. */
  readonly span: Span;
}

export type PanicMessage =
  | { readonly kind: 'format'; readonly format: LoweredFormat }
  /** A fixed text, e.g. `assert!(cond)`'s "assertion failed: <cond>". */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'assertCmp'; readonly op: '==' | '!='; readonly left: FormatArg; readonly right: FormatArg; readonly custom: LoweredFormat | null }
  /** `unreachable!`, `todo!` and `unimplemented!`: a fixed text, then ": message" if one was given. */
  | { readonly kind: 'prefixed'; readonly prefix: string; readonly format: LoweredFormat | null };

/** Runtime checks rustc inserts; they panic with rustc's message at the statement's span. */
export type AssertKind =
  /** "index out of bounds: the len is {len} but the index is {index}" */
  | { readonly kind: 'bounds'; readonly len: Operand; readonly index: Operand };

/** Points where a trace may stop: after a source statement, and before a function's locals are dropped. */
export type Mark = 'statementEnd' | 'functionExit';

/** Where formatted text goes: the program's stdout or stderr, or a `Formatter` (inside `fmt`)
 *  or a `String` (`format!`, `write!` to a String) reached through the place. */
export type FormatSink =
  | { readonly kind: 'stdout' }
  | { readonly kind: 'stderr' }
  | { readonly kind: 'formatter'; readonly place: Place; readonly result: Place }
  /** `result`: `write!`'s `fmt::Result`, which the builder sets to `Ok` before the statement
   *  and the machine to `Err` when a `fmt` impl fails; null for `format!`, which panics then. */
  | { readonly kind: 'string'; readonly place: Place; readonly result: Place | null };

export type Statement = (
  | { readonly kind: 'assign'; readonly place: Place; readonly rvalue: Rvalue }
  | { readonly kind: 'storageLive'; readonly local: LocalId }
  | { readonly kind: 'storageDead'; readonly local: LocalId }
  /** Formats into `sink`; `newline` for the `ln` macros. */
  | { readonly kind: 'print'; readonly sink: FormatSink; readonly format: LoweredFormat; readonly newline: boolean }
  | { readonly kind: 'mark'; readonly mark: Mark }
) & { readonly span: Span };

export type Callee =
  | { readonly kind: 'fn'; readonly instance: Instance }
  /** A trait method called through `dyn Trait`: the first argument is a fat pointer whose vtable
   *  names the concrete type; the machine calls that type's impl (`MirProgram.resolve` with
   *  `Self` = the concrete type and `args` after it), passing the data pointer as `self`. */
  | { readonly kind: 'virtual'; readonly method: FnDef; readonly args: readonly Ty[] }
  /** A call through a function pointer: the first argument is the pointer, the rest are the
   *  function's; the machine calls what the pointer points to. */
  | { readonly kind: 'pointer' }
  /** A call of a `dyn Fn(..)`: the first argument is the fat pointer to it; its vtable names the
   *  closure, function or function pointer to call. */
  | { readonly kind: 'dynFn' }
  | { readonly kind: 'intrinsic'; readonly name: IntrinsicName; readonly typeArgs: readonly Ty[] };

export type Terminator = (
  | { readonly kind: 'goto'; readonly target: BlockId }
  | { readonly kind: 'switchBool'; readonly cond: Operand; readonly ifTrue: BlockId; readonly ifFalse: BlockId }
  /** Jumps to `targets[i]` when the integer operand equals `values[i]`, else to `otherwise`. */
  | { readonly kind: 'switchInt'; readonly discr: Operand; readonly values: readonly bigint[]; readonly targets: readonly BlockId[]; readonly otherwise: BlockId }
  /** `argSpans`, when the call is written `f(a, b)`: each argument's expression, where rustc
   *  reports what happens to it (a move into the call).
   *  `calleeSpan`: the function's path or the method's name as written, where rustc says that a
   *  borrow passed to the call is used by it. */
  | { readonly kind: 'call'; readonly callee: Callee; readonly args: readonly Operand[]; readonly argSpans?: readonly Span[]; readonly calleeSpan?: Span; readonly dest: Place; readonly target: BlockId | null }
  /** Drops the place if it is initialised (the machine's init state is the drop flag). */
  | { readonly kind: 'drop'; readonly place: Place; readonly target: BlockId }
  /** Continues to `target` if `cond` is true, else panics with the assert's message. */
  | { readonly kind: 'assert'; readonly cond: Operand; readonly assert: AssertKind; readonly target: BlockId }
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
  readonly instance: Instance;
  /** Local 0 is the return place; locals 1..=argCount are the parameters (`self` first). */
  readonly argCount: number;
  readonly locals: readonly LocalDecl[];
  /** The locals (all but the return place) in the order a panic in the body drops them:
   *  innermost scope first, each scope's last scheduled drop first. */
  readonly unwindOrder: readonly LocalId[];
  readonly blocks: readonly BasicBlock[];
  readonly span: Span;
  /** Defined in the std prelude: its frames are hidden from the book view. */
  readonly std: boolean;
  /** `#[track_caller]`: a panic inside reports the caller's location. Every std function is, and
   *  so are the program's impls of `Index::index` and `IndexMut::index_mut` (std's trait
   *  methods carry the attribute, which their impls inherit). */
  readonly trackCaller: boolean;
  /** For a std function that is not \`#[track_caller]\` in real std: where std reports a panic in
   *  it (a path under rustc's \`library/\`, \`resolve/prelude-locations.ts\`). */
  readonly stdLocation: string | null;
}

/** What the end bound of a `subslice` is: `a..b`/`..b`, `a..=b`/`..=b`, or none (`a..`, `..`,
 *  whose end argument is ignored). core's `SliceIndex` impls check each differently. */
export const SliceEnd = { exclusive: 0n, inclusive: 1n, open: 2n } as const;

/** std traits the machine dispatches to at run time (formatting, dropping, cloning). */
export type RuntimeTrait = 'Display' | 'Debug' | 'Drop' | 'Clone';

/** A `static` item of the program: the machine places each in static memory before `main` runs. */
export interface StaticItem {
  readonly def: ConstDef;
  readonly ty: Ty;
  readonly mutable: boolean;
  /** The initializer, run once to fill the static's bytes. */
  readonly init: Instance;
}

/** A slot of a `dyn Trait` vtable after its `drop_in_place`, size and align: a method, or
 *  (multiple supertraits) a pointer to a supertrait's own vtable. */
export type VtableSlot = { readonly kind: 'method'; readonly fn: FnDef } | { readonly kind: 'vptr'; readonly trait: TraitDef };

export interface MirProgram {
  readonly entry: Instance;
  /** The crate's name (`type_name` spells the program's types from it). */
  readonly crateName: string;
  /** The program's `static` items, in declaration order. */
  readonly statics: readonly StaticItem[];
  /** The body of an instance, built on first use. */
  body(instance: Instance): Body;
  /** The implementation of a std trait's method for a concrete type, written in the program
   *  (or the prelude); null when the type has none (derived and primitive impls are the machine's). */
  traitMethod(trait: RuntimeTrait, ty: Ty): Instance | null;
  /** The program's (or prelude's) impl method of a std trait modelled natively (`PartialEq::eq`,
   *  `Ord::cmp`, `PartialOrd::partial_cmp`, ...) for a concrete type, or null (derived/built in). */
  nativeImplMethod(traitName: string, ty: Ty, method: string, rhs?: Ty): Instance | null;
  /** The instance that calls `method` (a trait method) with the given instance arguments. */
  resolve(method: FnDef, args: readonly Ty[], span?: Span): Instance;
  /** The slots of `dyn trait`'s vtables after the first three, in rustc's order; null when a
   *  supertrait is std's (its methods are not modelled). */
  vtableSlots(trait: TraitDef): readonly VtableSlot[] | null;
  /** Whether values of the type are `Copy`. */
  /** Whether the type has a `Clone` impl (its own, derived, or std's). */
  isClone(ty: Ty): boolean;
  isCopy(ty: Ty): boolean;
  /** Whether dropping a value of the type runs code or frees memory. */
  needsDrop(ty: Ty): boolean;
}

export const placeOf = (local: LocalId): Place => ({ local, projection: [] });
export const project = (place: Place, projection: Projection): Place => ({ local: place.local, projection: [...place.projection, projection] });
export const derefPlace = (place: Place): Place => project(place, { kind: 'deref' });
export const fieldPlace = (place: Place, index: number): Place => project(place, { kind: 'field', index });

/** A trait method's impl that the instance's types do not have, met while building a std body
 *  (the type checker let the call through, where std has an impl the prelude does not): the
 *  machine refuses it at the program's call. */
export class MissingImpl extends Error {}
