import { compileError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { EnumItem, FieldDef, StructItem } from '../syntax/ast.js';
import type { TypeContext } from './context.js';
import { adtName, containsParams, showTy, typeKey, variantFields, type AdtDef, type Ty } from './ty.js';

/**
 * What `#[derive(...)]` needs, as rustc checks it before any body: `Copy` of a type whose
 * fields are all `Copy`, which is `Clone` and has no destructor; `Eq` and `PartialOrd` of a type
 * that is `PartialEq`; and each derived trait implemented by every field's type. A field's type
 * is checked down to the program's own types inside it, through std's structural impls
 * (`Vec<T>: Debug` needs `T: Debug`); std's impls are not all modelled, so a std type's own
 * impl is not asked.
 */
export function checkDerives(ctx: TypeContext): void {
  for (const adt of ctx.items.adts.values()) {
    if (adt.std || !adt.item) continue;
    const item = adt.item;
    const derives = item.derives.map((d) => d.name);
    const self: Ty = { k: 'adt', def: adt, args: adt.params.map((name) => ({ k: 'param', name })) };
    // A generic type's impls are keyed by their own parameter names: only a plain type is asked.
    const has = (trait: string) => derives.includes(trait) || adt.params.length > 0 || ctx.nativeTraitImpls.has(`${trait}:${typeKey(self)}`);
    const shown = showTy(self);
    if (derives.includes('Copy')) {
      const fields = adt.variants.flatMap((_, v) => variantFields(self as Ty & { k: 'adt' }, v)).filter((t) => !containsParams(t));
      if (fields.some((t) => !ctx.isCopy(t))) throw compileError('E0204', 'the trait `Copy` cannot be implemented for this type', item.name.span, 'this field does not implement `Copy`');
      if (!has('Clone')) throw compileError('E0277', `the trait bound \`${shown}: Clone\` is not satisfied`, item.name.span, `the trait \`Clone\` is not implemented for \`${shown}\``);
      if (ctx.hasDropImpl(self)) throw compileError('E0184', 'the trait `Copy` cannot be implemented for this type; the type has a destructor', item.name.span, '`Copy` not allowed on types with destructors');
    }
    for (const trait of ['Eq', 'PartialOrd']) {
      if (derives.includes(trait) && !has('PartialEq')) throw compileError('E0277', `can't compare \`${shown}\` with \`${shown}\``, item.name.span, `no implementation for \`${shown} == ${shown}\``);
    }
    for (const trait of derives) {
      // An enum's derived Default builds its `#[default]` variant, which has no fields.
      if (trait === 'Default' && item.kind === 'enum') continue;
      for (const field of fieldsOf(adt)) {
        const lacking = lackingPart(ctx, trait, field.ty);
        if (lacking) {
          const error = unmetFieldBound(trait, field.ty, lacking, field.span);
          if (error) throw error;
        }
      }
    }
  }
}

function fieldsOf(adt: AdtDef): { ty: Ty; span: Span }[] {
  const item = adt.item as StructItem | EnumItem;
  const defs: readonly FieldDef[] = item.kind === 'struct' ? item.fields : item.variants.flatMap((v) => v.fields);
  const tys = adt.variants.flatMap((v) => v.fields.map((f) => f.ty));
  return defs.map((def, i) => ({ ty: tys[i]!, span: def.span }));
}

/** The std types whose impl of a derivable trait needs only their parts' (`Vec<T>: Debug`
 *  where `T: Debug`): std's impls as rustc 1.95 has them. References and `Rc` are `Clone` (and
 *  `Vec` and `Option` `Default`) whatever they hold. */
const STRUCTURAL: Readonly<Record<string, ReadonlySet<string>>> = (() => {
  const containers = ['Vec', 'VecDeque', 'Option', 'Box', 'Result'];
  const all = new Set([...containers, 'ref', 'Rc', 'Arc', 'tuple', 'array', 'slice']);
  return {
    Debug: all, PartialEq: all, Eq: all, PartialOrd: all, Ord: all, Hash: all,
    Clone: new Set([...containers, 'tuple', 'array']),
    Default: new Set(['Box', 'Rc', 'Arc', 'tuple', 'array']),
  };
})();

/**
 * The part of a field's type that lacks the derived trait, found through std's structural
 * impls down to one of the program's own types without type arguments (whose impls are all
 * known); null when none does, or where the answer would rest on an impl of std's that is not
 * modelled.
 */
function lackingPart(ctx: TypeContext, trait: string, ty: Ty): Ty | null {
  const structural = STRUCTURAL[trait];
  const walk = (t: Ty): Ty | null => {
    if (t.k === 'adt' && !t.def.std) return t.args.length === 0 && !ctx.implements(trait, t) ? t : null;
    if (!structural) return null;
    const parts: readonly Ty[] =
      t.k === 'tuple' ? (structural.has('tuple') ? t.elems : [])
      : t.k === 'array' ? (structural.has('array') ? [t.elem] : [])
      : t.k === 'slice' ? (structural.has('slice') ? [t.elem] : [])
      : t.k === 'ref' ? (structural.has('ref') ? [t.inner] : [])
      : t.k === 'box' ? (structural.has('Box') ? [t.inner] : [])
      : t.k === 'adt' && structural.has(adtName(t.def)) ? t.args
      : [];
    for (const part of parts) {
      const found = walk(part);
      if (found) return found;
    }
    return null;
  };
  return walk(ty);
}

/** rustc's error for a field whose type lacks the derived trait; null for the traits whose
 *  derive is not checked here. */
function unmetFieldBound(trait: string, fieldTy: Ty, lacking: Ty, span: Span): Diagnostic | null {
  const shown = showTy(lacking);
  const field = showTy(fieldTy);
  switch (trait) {
    case 'Debug':
      return compileError('E0277', `\`${shown}\` doesn't implement \`Debug\``, span, `the trait \`Debug\` is not implemented for \`${shown}\``);
    case 'Clone':
    case 'Default':
    case 'Hash':
    case 'Eq': {
      // rustc names the tuple a `Clone` bound fails in.
      const within = trait === 'Clone' && fieldTy.k === 'tuple' ? ` in \`${field}\`` : '';
      return compileError('E0277', `the trait bound \`${shown}: ${trait}\` is not satisfied${within}`, span, `the trait \`${trait}\` is not implemented for \`${shown}\``);
    }
    case 'PartialEq':
      return compileError('E0369', `binary operation \`==\` cannot be applied to type \`${field}\``, span);
    case 'PartialOrd':
      return compileError('E0277', `can't compare \`${field}\` with \`_\``, span, `no implementation for \`${field} < _\` and \`${field} > _\``);
    default:
      return null;
  }
}
