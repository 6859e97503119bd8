import { compileError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { FnItem } from '../syntax/ast.js';
import { adtName, isUnit, showTy, typeKey, type AdtDef, type Ty } from './ty.js';

/** A method signature as compared: the receiver (if any) first, then the parameters. */
export interface ComparedSignature {
  readonly params: readonly Ty[];
  readonly ret: Ty;
}

/** Where the trait declares what differs (`note: type in trait`), for a program's trait. */
export interface TraitSide {
  readonly spans: readonly Span[];
  readonly ret: Span | null;
}

/**
 * E0053 as rustc words it: the label is the type error where relating the two types first fails
 * (`types differ in mutability` between `&` and `&mut`, else `expected X, found Y` at the
 * innermost pair that differs), a program's trait gets `note: type in trait`, then both
 * signatures with what they share elided, and the change that makes the impl match.
 * `at` is the index of the differing parameter, or `ret` for the return type.
 */
export function signatureMismatch(f: FnItem, expected: ComparedSignature, actual: ComparedSignature, at: number | 'ret', trait: TraitSide | null): Diagnostic {
  const own = [...(f.selfParam ? [f.selfParam.span] : []), ...f.params.map((p) => p.ty.span)];
  const span = at === 'ret' ? f.ret!.span : own[at]!;
  const want = at === 'ret' ? expected.ret : expected.params[at]!;
  const got = at === 'ret' ? actual.ret : actual.params[at]!;
  const error = compileError('E0053', `method \`${f.name.name}\` has an incompatible type for trait`, span, mismatchLabel(want, got));
  const traitSpan = trait ? (at === 'ret' ? trait.ret : trait.spans[at]) : null;
  if (traitSpan) error.withNote('note', 'type in trait', traitSpan);
  const [expectedSig, foundSig] = compareSignatures(expected, actual);
  error.withNote('note', `expected signature \`${expectedSig}\`\n   found signature \`${foundSig}\``);
  const receiver = at === 0 && f.selfParam !== null;
  const what = at === 'ret' ? 'output' : receiver ? 'self-receiver' : 'parameter';
  return error.withSuggestion(`change the ${what} type to match the trait`, [{ span, text: receiver ? receiverText(want) : showTy(want) }]);
}

/** `self`, `&self` or `&mut self` for a receiver of this type. */
function receiverText(ty: Ty): string {
  return ty.k === 'ref' ? `&${ty.mutable ? 'mut ' : ''}self` : 'self';
}

/** The type error relating `expected` with `found` gives, as rustc's label shows it. */
function mismatchLabel(expected: Ty, found: Ty): string {
  if (expected.k === 'ref' && found.k === 'ref') {
    if (expected.mutable !== found.mutable) return 'types differ in mutability';
    return mismatchLabel(expected.inner, found.inner);
  }
  if (expected.k === 'adt' && found.k === 'adt' && expected.def === found.def) {
    const i = expected.args.findIndex((a, k) => typeKey(a) !== typeKey(found.args[k]!));
    if (i >= 0) return mismatchLabel(expected.args[i]!, found.args[i]!);
  }
  return `expected \`${showTy(expected)}\`, found \`${showTy(found)}\``;
}

/** Both signatures as rustc's type differ prints them (`fn(&P, _) -> _`). */
function compareSignatures(expected: ComparedSignature, actual: ComparedSignature): [string, string] {
  const params = expected.params.map((p, i) => compareTypes(p, actual.params[i]!));
  const ret = isUnit(expected.ret) && isUnit(actual.ret) ? null : compareTypes(expected.ret, actual.ret);
  const sig = (side: 0 | 1) => `fn(${params.map((p) => p[side]).join(', ')})${ret ? ` -> ${ret[side]}` : ''}`;
  return [sig(0), sig(1)];
}

/**
 * rustc's `cmp`: references and ADTs of one definition are written out with their parts
 * compared (an ADT's equal type arguments as `_`), tuples element by element, and anything
 * else as `_` when equal, or whole.
 */
function compareTypes(a: Ty, b: Ty): [string, string] {
  if (a.k === 'ref' && b.k === 'ref') {
    const [x, y] = compareTypes(a.inner, b.inner);
    return [`${refSigil(a.mutable)}${x}`, `${refSigil(b.mutable)}${y}`];
  }
  if (a.k === 'ref') {
    const [x, y] = compareTypes(a.inner, b);
    return [`${refSigil(a.mutable)}${x}`, y];
  }
  if (b.k === 'ref') {
    const [x, y] = compareTypes(a, b.inner);
    return [x, `${refSigil(b.mutable)}${y}`];
  }
  if (a.k === 'adt' && b.k === 'adt' && a.def === b.def) {
    const lifetimes: string[] = Array.from({ length: lifetimeParams(a.def) }, () => "'_");
    const args = a.args.map((arg, i) => (typeKey(arg) === typeKey(b.args[i]!) ? ['_', '_'] : compareTypes(arg, b.args[i]!)));
    const name = adtName(a.def);
    if (lifetimes.length + args.length === 0) return [name, name];
    const side = (s: 0 | 1) => `${name}<${[...lifetimes, ...args.map((p) => p[s])].join(', ')}>`;
    return [side(0), side(1)];
  }
  if (a.k === 'tuple' && b.k === 'tuple' && a.elems.length === b.elems.length && a.elems.length > 0) {
    const elems = a.elems.map((e, i) => compareTypes(e, b.elems[i]!));
    const side = (s: 0 | 1) => `(${elems.map((p) => p[s]).join(', ')}${elems.length === 1 ? ',' : ''})`;
    return [side(0), side(1)];
  }
  return typeKey(a) === typeKey(b) ? ['_', '_'] : [showTy(a), showTy(b)];
}

const refSigil = (mutable: boolean): string => (mutable ? '&mut ' : '&');

/** The lifetime parameters rustc writes as `'_`: lifetimes are erased from stackheap's items,
 *  so only std's types that have one in real std are known (`Formatter<'a>`). */
function lifetimeParams(def: AdtDef): number {
  return def.std && STD_LIFETIME_PARAMS.has(def.name) ? 1 : 0;
}

const STD_LIFETIME_PARAMS: ReadonlySet<string> = new Set(['Formatter', 'Ref', 'RefMut', 'Cow', 'Chars', 'MutexGuard']);
