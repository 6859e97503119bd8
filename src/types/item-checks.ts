import { compileError, Diagnostic, unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { FnDef } from '../resolve/items.js';
import type { EnumItem, Expr, FieldDef, FnItem, Ident, StructItem, TraitItem } from '../syntax/ast.js';
import { NATIVE_TRAITS, type ImplHeader, type TypeContext } from './context.js';
import { checkElision, firstElidedLifetime, missingLifetime } from './elision.js';
import { checkDerives } from './derive-checks.js';
import { checkMainReturn } from './main-return.js';
import { signatureMismatch, type ComparedSignature, type TraitSide } from './signature-mismatch.js';
import { InferenceTable } from './infer.js';
import { BOOL, UNIT, containsAssoc, containsParams, discriminantKind, intRange, refTy, showTy, substitute, typeKey, variantFields, type AdtDef, type Ty } from './ty.js';

/**
 * rustc's checks on the program's item declarations, before any body is checked: the shape of
 * traits (duplicate members), structs and enums (duplicate fields and variants, elided lifetimes in fields and type aliases, infinite size,
 * discriminant overflow), function signatures' lifetime elision, and trait impls against their
 * traits (members, method signatures, supertraits, overlapping impls), inherent impls (duplicate
 * functions).
 */
export function checkItems(ctx: TypeContext): void {
  for (const trait of ctx.items.traits.values()) if (!trait.def.std) checkTraitMembers(trait.item);
  const adts = [...ctx.items.adts.values()].filter((a) => !a.std);
  for (const adt of adts) checkAdtDeclaration(adt, ctx);
  for (const alias of ctx.items.typeAliases.values()) {
    const elided = firstElidedLifetime(alias.ty, ctx.lifetimeParams);
    if (elided) throw missingLifetime(elided);
  }
  for (const fn of programFns(ctx)) checkElision(fn.item, ctx.lifetimeParams);
  for (const adt of adts) checkFiniteSize(adt);
  for (const adt of adts) checkDiscriminants(adt);
  const headers = ctx.implHeaders.filter((h) => !h.def.std);
  for (const header of headers) checkUnsafety(header);
  // Coherence (overlapping impls) before an impl is compared with its trait: rustc reports
  // nothing of an impl's members when its trait's impls overlap.
  checkOverlap(ctx, headers);
  for (const header of headers) checkImplMembers(ctx, header);
  checkInherentDuplicates(headers);
  for (const header of headers) checkOrphan(header);
  for (const header of headers) checkSupertraits(ctx, header);
  checkDerives(ctx);
  checkMainReturn(ctx);
}

/** The error codes of rustc's name resolution (and of its AST validation before it), which it
 *  reports before any check of items or bodies. */
export const RESOLUTION_CODES: ReadonlySet<string> = new Set(['E0106', 'E0197', 'E0404', 'E0405', 'E0407', 'E0412', 'E0422', 'E0424', 'E0425', 'E0432', 'E0433', 'E0434', 'E0435', 'E0438']);

/**
 * The errors of the program's item declarations that rustc's name resolution reports, before
 * the entry point is looked for and any item is checked (the first of each kind; the caller
 * takes the first by location): lifetimes elided where nothing gives them (E0106), an `unsafe`
 * inherent impl (E0197), a trait impl's member the trait lacks (E0407, E0438), and a name in a
 * function's signature that is in scope nowhere.
 */
export function itemResolutionErrors(ctx: TypeContext): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const attempt = (check: () => void, keep: (error: Diagnostic) => boolean = () => true): void => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof Diagnostic)) throw error;
      if (keep(error)) errors.push(error);
    }
  };
  const elided = (at: Span | null): void => {
    if (at) throw missingLifetime(at);
  };
  for (const alias of ctx.items.typeAliases.values()) attempt(() => elided(firstElidedLifetime(alias.ty, ctx.lifetimeParams)));
  for (const adt of ctx.items.adts.values()) {
    const item = adt.item;
    if (adt.std || !item) continue;
    const fields = item.kind === 'struct' ? item.fields : item.variants.flatMap((v) => v.fields);
    attempt(() => {
      for (const field of fields) elided(firstElidedLifetime(field.ty, ctx.lifetimeParams));
    });
  }
  const resolution = (error: Diagnostic) => error.kind === 'compile' && RESOLUTION_CODES.has(error.code ?? '');
  for (const fn of programFns(ctx)) {
    attempt(() => checkElision(fn.item, ctx.lifetimeParams));
    attempt(() => ctx.sig(fn), resolution);
  }
  const headers = ctx.implHeaders.filter((h) => !h.def.std);
  for (const header of headers) attempt(() => checkUnsafety(header), (error) => error.code === 'E0197');
  for (const header of headers) attempt(() => checkMembersDeclared(header), resolution);
  return errors;
}

/** Every function of the program, trait methods without a body included. */
function programFns(ctx: TypeContext): FnDef[] {
  const fns: FnDef[] = [...ctx.items.fns.values()].filter((f) => !f.std);
  for (const trait of ctx.items.traits.values()) if (!trait.def.std) fns.push(...trait.fns.values());
  for (const impl of ctx.items.impls) if (!impl.std) fns.push(...impl.fns.values());
  return fns;
}

// ---- structs and enums ----------------------------------------------------------------------

function checkAdtDeclaration(adt: AdtDef, ctx: TypeContext): void {
  const item = adt.item;
  if (!item) return;
  const fieldLists: (readonly FieldDef[])[] = item.kind === 'struct' ? [item.fields] : item.variants.map((v) => v.fields);
  if (item.kind === 'enum') rejectDuplicates(item.variants.map((v) => v.name), (name) => compileError('E0428', `the name \`${name.name}\` is defined multiple times`, name.span, `\`${name.name}\` redefined here`));
  for (const fields of fieldLists) {
    rejectDuplicates(fields.flatMap((f) => (f.name ? [f.name] : [])), (name) => compileError('E0124', `field \`${name.name}\` is already declared`, name.span, 'field already declared'));
    for (const field of fields) {
      const elided = firstElidedLifetime(field.ty, ctx.lifetimeParams);
      if (elided) throw missingLifetime(elided);
    }
  }
}

/** A trait declares each member name once, whatever its kind (rustc's E0428 at the second). */
function checkTraitMembers(trait: TraitItem): void {
  const names = [...trait.fns.map((f) => f.name), ...trait.consts.map((c) => c.name), ...trait.types.map((t) => t.name)];
  names.sort((a, b) => a.span.start - b.span.start);
  rejectDuplicates(names, (name) => compileError('E0428', `the name \`${name.name}\` is defined multiple times`, name.span, `\`${name.name}\` redefined here`));
}

/** A type's inherent impls define each function name once (E0592). rustc points at the second
 *  of two in one impl block, and at the first of two in different blocks. */
function checkInherentDuplicates(headers: readonly ImplHeader[]): void {
  const seen = new Map<string, { fn: FnItem; header: ImplHeader }>();
  for (const header of headers) {
    if (header.trait || header.def.item.trait) continue;
    for (const fn of header.def.item.fns) {
      const key = `${typeKey(header.selfTy)}::${fn.name.name}`;
      const earlier = seen.get(key);
      if (earlier) {
        const at = earlier.header === header ? fn : earlier.fn;
        throw compileError('E0592', `duplicate definitions with name \`${fn.name.name}\``, at.name.span, `duplicate definitions for \`${fn.name.name}\``);
      }
      seen.set(key, { fn, header });
    }
  }
}

function rejectDuplicates(names: readonly Ident[], error: (name: Ident) => Diagnostic): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.name)) throw error(name);
    seen.add(name.name);
  }
}

/**
 * E0072: a struct or enum that holds itself by value (directly, or through tuples, arrays and
 * other types' fields) has no finite size; a pointer (`Box`, `&`, `Vec`'s buffer) breaks the cycle.
 */
function checkFiniteSize(adt: AdtDef): void {
  const self: Ty = { k: 'adt', def: adt, args: adt.params.map((name) => ({ k: 'param', name })) };
  const cycle = inlineCycle(self, adt);
  if (!cycle) return;
  const others = cycle.filter((d) => d !== adt && !d.std && inlineCycle({ k: 'adt', def: d, args: d.params.map((name) => ({ k: 'param', name })) }, d));
  const start: Span = { ...adt.span, end: adt.span.start + 1, endLine: adt.span.line, endCol: adt.span.col + 1 };
  const names = [adt, ...others].map((d) => `\`${d.name}\``);
  const headline = others.length === 0 ? `recursive type ${names[0]} has infinite size` : `recursive types ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} have infinite size`;
  throw compileError('E0072', headline, start, 'recursive without indirection');
}

/** The types by whose values `ty` holds `target` inline, when it does; null otherwise. */
function inlineCycle(ty: Ty, target: AdtDef): AdtDef[] | null {
  const expanded = new Set<AdtDef>();
  const walk = (t: Ty, path: AdtDef[]): AdtDef[] | null => {
    switch (t.k) {
      case 'tuple':
        for (const e of t.elems) {
          const found = walk(e, path);
          if (found) return found;
        }
        return null;
      case 'array':
        return walk(t.elem, path);
      case 'adt': {
        if (t.def === target && path.length > 0) return path;
        if (expanded.has(t.def)) return null;
        expanded.add(t.def);
        for (let v = 0; v < t.def.variants.length; v++) {
          for (const field of variantFields(t, v)) {
            const found = walk(field, [...path, t.def]);
            if (found) return found;
          }
        }
        return null;
      }
      default:
        return null;
    }
  };
  return walk(ty, []);
}

/** E0370: an implicit discriminant one past the largest value of the enum's integer type. An
 *  explicit value out of range is another error, which stackheap does not model. */
function checkDiscriminants(adt: AdtDef): void {
  const item = adt.item;
  if (item?.kind !== 'enum') return;
  const repr = discriminantKind(adt);
  const { min, max } = intRange(repr);
  item.variants.forEach((v, i) => {
    const suffixed = v.discriminant && suffixedLiteral(v.discriminant);
    if (suffixed && suffixed.suffix !== repr) throw compileError('E0308', 'mismatched types', suffixed.span, `expected \`${repr}\`, found \`${suffixed.suffix}\``);
    const value = adt.variants[i]!.discriminant;
    if (value >= min && value <= max) return;
    if (v.discriminant) throw unsupported(`a discriminant out of the range of \`${repr}\``, v.discriminant.span);
    throw compileError('E0370', 'enum discriminant overflowed', v.name.span, `overflowed on value after ${max}`);
  });
}

/** A discriminant written as a literal with a type suffix (`1u8`, `-(2i64)`): its suffix's span. */
function suffixedLiteral(e: Expr): { suffix: string; span: Span } | null {
  if (e.kind === 'paren') return suffixedLiteral(e.inner);
  if (e.kind === 'unary' && e.op === '-') return suffixedLiteral(e.operand);
  if ((e.kind === 'int' || e.kind === 'float') && e.suffix !== null) return { suffix: e.suffix, span: e.span };
  return null;
}

// ---- trait impls ----------------------------------------------------------------------------

/** The receiver each method of the traits stackheap models natively takes (null: none), so
 *  that an impl's methods can be checked against them. */
const NATIVE_TRAIT_METHODS: Readonly<Record<string, Readonly<Record<string, 'value' | 'ref' | 'refMut' | null>>>> = {
  Drop: { drop: 'refMut' },
  Clone: { clone: 'ref', clone_from: 'refMut' },
  Copy: {},
  PartialEq: { eq: 'ref', ne: 'ref' },
  Eq: { assert_receiver_is_total_eq: 'ref' },
  PartialOrd: { partial_cmp: 'ref', lt: 'ref', le: 'ref', gt: 'ref', ge: 'ref' },
  Ord: { cmp: 'ref', max: 'value', min: 'value', clamp: 'value' },
  Debug: { fmt: 'ref' },
  Display: { fmt: 'ref' },
  Default: { default: null },
  Hash: { hash: 'ref', hash_slice: null },
};

/** Methods of std's traits that the prelude's versions of them leave out (stable or not):
 *  an impl may override one, which stackheap does not model. */
const STD_METHODS_NOT_MODELLED: Readonly<Record<string, readonly string[]>> = {
  Iterator: [
    'next_chunk', 'advance_by', 'intersperse', 'intersperse_with', 'map_while', 'fuse', 'by_ref', 'try_fold', 'try_for_each',
    'collect_into', 'try_collect', 'partition_in_place', 'is_partitioned', 'try_reduce', 'try_find', 'rposition', 'array_chunks',
    'map_windows', 'cmp', 'cmp_by', 'partial_cmp', 'partial_cmp_by', 'eq', 'eq_by', 'ne', 'lt', 'le', 'gt', 'ge', 'is_sorted',
    'is_sorted_by', 'is_sorted_by_key',
  ],
  DoubleEndedIterator: ['advance_back_by', 'nth_back', 'try_rfold', 'rfold', 'rfind'],
  ExactSizeIterator: ['len', 'is_empty'],
  Extend: ['extend_one', 'extend_reserve'],
  ToOwned: ['clone_into'],
};

/** The methods of the natively modelled traits that have no default body. */
const NATIVE_REQUIRED_METHODS: Readonly<Record<string, readonly string[]>> = {
  Drop: ['drop'],
  Clone: ['clone'],
  PartialEq: ['eq'],
  PartialOrd: ['partial_cmp'],
  Ord: ['cmp'],
  Debug: ['fmt'],
  Display: ['fmt'],
  Default: ['default'],
  Hash: ['hash'],
};

/**
 * Coherence: an impl of a std trait needs one of the program's types among its self type and
 * trait arguments (E0117; `&T` and `Box<T>` of a program's type count), and an inherent impl
 * a type of the program (E0116).
 */
function checkOrphan(header: ImplHeader): void {
  const item = header.def.item;
  const local = (t: Ty): boolean => (t.k === 'adt' ? !t.def.std : t.k === 'ref' || t.k === 'box' ? local(t.inner) : t.k === 'dyn' ? !t.trait.std : false);
  if (!item.trait) {
    if (header.selfTy.k === 'adt' && header.selfTy.def.std) throw compileError('E0116', 'cannot define inherent `impl` for a type outside of the crate where the type is defined', item.span, 'impl for type defined outside of crate');
    return;
  }
  const stdTrait = header.trait ? header.trait.def.std : true;
  if (!stdTrait || local(header.selfTy) || header.traitArgs.some(local)) return;
  if (containsParams(header.selfTy)) throw unsupported('an impl of a std trait for a type parameter', item.span);
  throw compileError('E0117', 'only traits defined in the current crate can be implemented for types defined outside of the crate', item.span, 'impl doesn\'t use only types from inside the current crate');
}

/** `unsafe impl` exactly for the unsafe traits (`Send`, `Sync`, a program's `unsafe trait`):
 *  E0200 without it, E0199 with it on any other trait, E0197 on an inherent impl. */
function checkUnsafety(header: ImplHeader): void {
  const item = header.def.item;
  const headerSpan = { ...item.span, end: item.selfTy.span.end, endLine: item.selfTy.span.endLine, endCol: item.selfTy.span.endCol };
  /** The header's first `length` characters (`unsafe`, or `unsafe ` to remove). */
  const leading = (length: number): Span => ({ ...headerSpan, end: headerSpan.start + length, endLine: headerSpan.line, endCol: headerSpan.col + length });
  if (!item.trait) {
    if (item.unsafe) throw compileError('E0197', 'inherent impls cannot be unsafe', item.selfTy.span, 'inherent impl for this type')
      .withLabel(leading('unsafe'.length), 'unsafe because of this')
      .withNote('note', 'only trait implementations may be annotated with `unsafe`');
    return;
  }
  const name = traitName(header);
  const unsafeTrait = header.trait?.item.unsafe ?? false;
  if (unsafeTrait && !item.unsafe && !item.negative) {
    throw compileError('E0200', `the trait \`${name}\` requires an \`unsafe impl\` declaration`, headerSpan)
      .withNote('note', `the trait \`${name}\` enforces invariants that the compiler can't check. Review the trait documentation and make sure this implementation upholds those invariants before adding the \`unsafe\` keyword`)
      .withSuggestion('add `unsafe` to this trait implementation', [{ span: leading(0), text: 'unsafe ' }]);
  }
  if (!unsafeTrait && item.unsafe) {
    throw compileError('E0199', `implementing the trait \`${name}\` is not unsafe`, headerSpan).withSuggestion('remove `unsafe` from this trait implementation', [{ span: leading('unsafe '.length), text: '' }]);
  }
}

function traitName(header: ImplHeader): string {
  const path = header.def.item.trait!;
  return path.segments[path.segments.length - 1]!.name;
}

/** The trait a trait impl is checked against: the program's, or a std trait the checker models
 *  natively (its methods' shapes); null for an inherent impl or another std trait. */
function checkedTrait(header: ImplHeader): { readonly name: string; readonly native: (typeof NATIVE_TRAIT_METHODS)[string] | null } | null {
  if (!header.def.item.trait) return null;
  const name = traitName(header);
  const native = header.trait ? null : (NATIVE_TRAIT_METHODS[name] ?? null);
  return header.trait || native ? { name, native } : null;
}

/** E0407/E0438: a trait impl's members the trait lacks (rustc's resolver finds them). */
function checkMembersDeclared(header: ImplHeader): void {
  const item = header.def.item;
  const checked = checkedTrait(header);
  if (!checked) return;
  const { name, native } = checked;
  for (const f of item.fns) {
    const declared = native ? f.name.name in native : header.trait!.fns.has(f.name.name);
    if (declared) continue;
    // std's traits are modelled by the prelude, which leaves out some of std's methods.
    if (STD_METHODS_NOT_MODELLED[name]?.includes(f.name.name)) throw unsupported(`the method \`${f.name.name}\` of std's \`${name}\``, f.name.span);
    throw compileError('E0407', `method \`${f.name.name}\` is not a member of trait \`${name}\``, f.span, `not a member of trait \`${name}\``);
  }
  if (header.trait) {
    for (const c of item.consts) {
      if (!header.trait.consts.has(c.name.name)) throw compileError('E0438', `const \`${c.name.name}\` is not a member of trait \`${name}\``, c.span, `not a member of trait \`${name}\``);
    }
  }
}

/** The members the trait lacks, then each method's signature against the trait's. */
function checkImplMembers(ctx: TypeContext, header: ImplHeader): void {
  checkMembersDeclared(header);
  const item = header.def.item;
  const checked = checkedTrait(header);
  if (!checked) return;
  const { name, native } = checked;
  for (const f of item.fns) {
    if (native) checkNativeMethod(ctx, header, f, native[f.name.name]!, name);
    else checkMethodSignature(ctx, header, header.def.fns.get(f.name.name)!, header.trait!.fns.get(f.name.name)!);
  }
  if (native) {
    const missing = (NATIVE_REQUIRED_METHODS[name] ?? []).filter((m) => !item.fns.some((f) => f.name.name === m)).map((m) => `\`${m}\``);
    if (missing.length > 0) throw compileError('E0046', `not all trait items implemented, missing: ${missing.join(', ')}`, item.span, `missing ${missing.join(', ')} in implementation`);
  }
}

function selfText(kind: 'value' | 'ref' | 'refMut'): string {
  return kind === 'value' ? 'self' : kind === 'ref' ? '&self' : '&mut self';
}

/** E0185/E0186: a receiver on one side only. */
function receiverPresence(f: FnItem, traitReceiver: 'value' | 'ref' | 'refMut' | null): void {
  const own = f.selfParam;
  if (own && !traitReceiver) throw compileError('E0185', `method \`${f.name.name}\` has a \`${selfText(own.kind)}\` declaration in the impl, but not in the trait`, f.span, `\`${selfText(own.kind)}\` used in impl`);
  if (!own && traitReceiver) throw compileError('E0186', `method \`${f.name.name}\` has a \`${selfText(traitReceiver)}\` declaration in the trait, but not in the impl`, f.span, `expected \`${selfText(traitReceiver)}\` in impl`);
}

/** E0053 for a receiver whose trait's signature is not known here: `&self` against `&mut self`. */
function receiverMutability(f: FnItem, span: Span): Diagnostic {
  return compileError('E0053', `method \`${f.name.name}\` has an incompatible type for trait`, span, 'types differ in mutability');
}

function checkNativeMethod(ctx: TypeContext, header: ImplHeader, f: FnItem, receiver: 'value' | 'ref' | 'refMut' | null, trait: string): void {
  // A receiver with its type written out (`self: &Self`) is not compared.
  if (f.selfParam?.ty) return;
  receiverPresence(f, receiver);
  const expected = nativeSignature(ctx, header, trait, f.name.name);
  if (!expected || f.generics.params.length > 0) {
    if (f.selfParam && f.selfParam.kind !== receiver) throw receiverMutability(f, f.selfParam.span);
    return;
  }
  if (f.params.length + (f.selfParam ? 1 : 0) !== expected.params.length) throw unsupported(`\`${f.name.name}\` with another number of parameters than its trait's`, f.span);
  compareSignatures(ctx, f, expected, ctx.sig(header.def.fns.get(f.name.name)!), null);
}

/** The signatures of the natively modelled traits' methods, for an impl's `Self` and its trait
 *  argument (`PartialEq<i32>` compares with `&i32`); null for those not compared. */
function nativeSignature(ctx: TypeContext, header: ImplHeader, trait: string, method: string): { params: Ty[]; ret: Ty } | null {
  const self = header.selfTy;
  const rhs = header.traitArgs[0] ?? self;
  const std = (name: string, args: Ty[]): Ty | null => {
    const def = ctx.items.adts.get(name);
    return def?.std ? { k: 'adt', def, args } : null;
  };
  const optional = (params: Ty[], ret: Ty | null) => (ret ? { params, ret } : null);
  switch (`${trait}::${method}`) {
    case 'Clone::clone':
      return { params: [refTy(self)], ret: self };
    case 'PartialEq::eq':
    case 'PartialEq::ne':
      return { params: [refTy(self), refTy(rhs)], ret: BOOL };
    case 'PartialOrd::partial_cmp': {
      const ordering = std('Ordering', []);
      return optional([refTy(self), refTy(rhs)], ordering && std('Option', [ordering]));
    }
    case 'Ord::cmp':
      return optional([refTy(self), refTy(self)], std('Ordering', []));
    case 'Debug::fmt':
    case 'Display::fmt': {
      const formatter = std('Formatter', []);
      const error = std('Error', []);
      return formatter && error ? optional([refTy(self), refTy(formatter, true)], std('Result', [UNIT, error])) : null;
    }
    case 'Default::default':
      return { params: [], ret: self };
    case 'Drop::drop':
      return { params: [refTy(self, true)], ret: UNIT };
    default:
      return null;
  }
}

/**
 * E0053: an impl's method must have the trait's signature, with `Self` the impl's type, the
 * trait's parameters its arguments, and associated types the impl's. Parameters that stay
 * generic or opaque on either side are not compared.
 */
function checkMethodSignature(ctx: TypeContext, header: ImplHeader, implFn: FnDef, traitFn: FnDef): void {
  const f = implFn.item;
  const traitReceiver = traitFn.item.selfParam;
  // A receiver's type (written out, `self: &Self`, or not) is compared with the parameters'.
  receiverPresence(f, traitReceiver?.kind ?? null);
  if (f.params.length !== traitFn.item.params.length) throw unsupported(`\`${f.name.name}\` with another number of parameters than its trait's`, f.span);
  const implSig = ctx.sig(implFn);
  const traitSig = ctx.sig(traitFn);
  const traitParams = header.trait!.def.params;
  const ownTrait = traitFn.item.generics.params.map((p) => p.name.name);
  const ownImpl = f.generics.params.map((p) => p.name.name);
  if (implSig.generics.some((g) => g.startsWith('impl#')) || traitSig.generics.some((g) => g.startsWith('impl#'))) return;
  if (ownTrait.length !== ownImpl.length) {
    const count = (n: number) => `${n} type parameter${n === 1 ? '' : 's'}`;
    throw compileError('E0049', `method \`${f.name.name}\` has ${count(ownImpl.length)} but its trait declaration has ${count(ownTrait.length)}`, f.name.span, `found ${count(ownImpl.length)}`);
  }
  const subst = new Map<string, Ty>([['Self', header.selfTy]]);
  traitParams.forEach((p, i) => {
    const arg = header.traitArgs[i];
    if (arg) subst.set(p, arg);
  });
  ownTrait.forEach((p, i) => subst.set(p, { k: 'param', name: ownImpl[i]! }));
  const declared = traitFn.item;
  const receiverSpan = declared.selfParam ? [declared.selfParam.ty?.span ?? declared.selfParam.span] : [];
  const traitSide: TraitSide = { spans: [...receiverSpan, ...declared.params.map((p) => p.ty.span)], ret: declared.ret?.span ?? null };
  compareSignatures(ctx, f, { params: traitSig.params.map((p) => substitute(p, subst)), ret: substitute(traitSig.ret, subst) }, implSig, traitSide);
}

/** E0053 at the first parameter (or the return type) whose type is not the expected one;
 *  `trait` locates the trait's declaration when it is the program's. */
function compareSignatures(ctx: TypeContext, f: FnItem, expected: ComparedSignature, actual: ComparedSignature, trait: TraitSide | null): void {
  const table = new InferenceTable();
  const resolved = (t: Ty): Ty | null => {
    const n = ctx.normalize(t, table);
    return containsAssoc(n) || hasOpaque(n) ? null : n;
  };
  const differs = (a: Ty, b: Ty): boolean => {
    const x = resolved(a);
    const y = resolved(b);
    return x !== null && y !== null && typeKey(x) !== typeKey(y);
  };
  const at = expected.params.findIndex((p, i) => differs(p, actual.params[i]!));
  const retDiffers = at < 0 && differs(expected.ret, actual.ret);
  if (at < 0 && !retDiffers) return;
  if (retDiffers && !f.ret) throw unsupported(`\`${f.name.name}\` returning \`()\` where its trait's returns a value`, f.span);
  // Both signatures are shown whole: what the comparison left generic or opaque is left as it is.
  const shown = (t: Ty): Ty => resolved(t) ?? t;
  const both = (sig: ComparedSignature): ComparedSignature => ({ params: sig.params.map(shown), ret: shown(sig.ret) });
  throw signatureMismatch(f, both(expected), both(actual), retDiffers ? 'ret' : at, trait);
}

function hasOpaque(ty: Ty): boolean {
  return typeKey(ty).includes('opaque#');
}

/**
 * E0119: two impls of one trait whose self types can be the same type (a derive is an impl too,
 * after the program's written ones). Impls whose bounds decide whether they overlap are
 * compared only where the bounds can be checked on a known type.
 */
function checkOverlap(ctx: TypeContext, headers: readonly ImplHeader[]): void {
  const candidates: OverlapCandidate[] = [];
  for (const h of headers) {
    const path = h.def.item.trait;
    if (!path || path.segments[path.segments.length - 1]!.args.length > 0) continue;
    candidates.push({ trait: traitName(h), selfTy: h.selfTy, generics: h.generics, header: h, span: h.def.item.span });
  }
  for (const adt of ctx.items.adts.values()) {
    if (adt.std || !adt.item) continue;
    for (const d of (adt.item as StructItem | EnumItem).derives) {
      candidates.push({ trait: d.name, selfTy: { k: 'adt', def: adt, args: adt.params.map((name) => ({ k: 'param', name })) }, generics: adt.params, header: null, span: d.span });
    }
  }
  for (let j = 1; j < candidates.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      if (a.trait !== b.trait) continue;
      const table = new InferenceTable();
      const fresh = (c: OverlapCandidate) => substitute(c.selfTy, new Map(c.generics.map((g) => [g, table.fresh()])));
      const x = fresh(a);
      if (!table.unify(x, fresh(b))) continue;
      const overlap = table.deep(x);
      if (typeKey(overlap).includes('?')) throw unsupported(`conflicting impls of \`${a.trait}\` for a generic type`, b.span);
      if (!boundsHold(ctx, a, overlap) || !boundsHold(ctx, b, overlap)) continue;
      throw compileError('E0119', `conflicting implementations of trait \`${a.trait}\` for type \`${showTy(overlap)}\``, b.span, `conflicting implementation for \`${showTy(overlap)}\``);
    }
  }
}

interface OverlapCandidate {
  readonly trait: string;
  readonly selfTy: Ty;
  readonly generics: readonly string[];
  /** Null for a derive. */
  readonly header: ImplHeader | null;
  readonly span: Span;
}

/** Whether the impl's bounds hold where its self type is `ty`: only an impl whose self type is
 *  a bounded parameter (`impl<T: Display> Show for T`) is decided here; others are refused. */
function boundsHold(ctx: TypeContext, c: OverlapCandidate, ty: Ty): boolean {
  const params = c.header?.def.item.generics.params ?? [];
  if (params.every((p) => p.bounds.length === 0)) return true;
  if (c.selfTy.k !== 'param' || params.length !== 1) throw unsupported('overlapping impls whose bounds decide whether they conflict', c.span);
  return params[0]!.bounds.every((b) => ctx.implements(b.segments[b.segments.length - 1]!.name, ty));
}


/** E0277: an impl of a trait for a type that lacks one of the trait's supertraits. */
function checkSupertraits(ctx: TypeContext, header: ImplHeader): void {
  if (!header.trait?.item || containsParams(header.selfTy)) return;
  for (const sup of header.trait.item.supertraits) {
    const last = sup.segments[sup.segments.length - 1]!;
    if (last.args.length > 0 || sup.bindings.length > 0) continue;
    const name = last.name;
    if (!ctx.trait(name) && !NATIVE_TRAITS.has(name)) continue;
    if (ctx.implements(name, header.selfTy)) continue;
    throw unmetSupertrait(name, header.selfTy, header.def.item.selfTy.span);
  }
}

function unmetSupertrait(name: string, ty: Ty, span: Span): Diagnostic {
  const shown = showTy(ty);
  if (name === 'Display') return compileError('E0277', `\`${shown}\` doesn't implement \`std::fmt::Display\``, span, `the trait \`std::fmt::Display\` is not implemented for \`${shown}\``);
  if (name === 'Debug') return compileError('E0277', `\`${shown}\` doesn't implement \`Debug\``, span, `the trait \`Debug\` is not implemented for \`${shown}\``);
  return compileError('E0277', `the trait bound \`${shown}: ${name}\` is not satisfied`, span, `the trait \`${name}\` is not implemented for \`${shown}\``);
}
