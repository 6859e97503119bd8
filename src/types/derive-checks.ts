import { compileError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { EnumItem, FieldDef, StructItem } from '../syntax/ast.js';
import type { TypeContext } from './context.js';
import { containsParams, showTy, typeKey, variantFields, type AdtDef, type Ty } from './ty.js';

/**
 * What `#[derive(...)]` needs, as rustc checks it before any body: `Copy` of a type whose
 * fields are all `Copy`, which is `Clone` and has no destructor; `Eq` and `PartialOrd` of a type
 * that is `PartialEq`; and each derived trait implemented by every field's type. Fields are
 * checked where their type is one of the program's own (std's impls are not all modelled).
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
      for (const field of programFields(adt)) {
        if (!ctx.implements(trait, field.ty)) {
          const error = unmetFieldBound(trait, field.ty, field.span);
          if (error) throw error;
        }
      }
    }
  }
}

/** The ADT's fields whose type is a struct or enum of the program without type arguments. */
function programFields(adt: AdtDef): { ty: Ty; span: Span }[] {
  const item = adt.item as StructItem | EnumItem;
  const defs: readonly FieldDef[] = item.kind === 'struct' ? item.fields : item.variants.flatMap((v) => v.fields);
  const tys = adt.variants.flatMap((v) => v.fields.map((f) => f.ty));
  return defs.flatMap((def, i) => {
    const ty = tys[i]!;
    return ty.k === 'adt' && !ty.def.std && ty.args.length === 0 ? [{ ty, span: def.span }] : [];
  });
}

/** rustc's error for a field whose type lacks the derived trait; null for the traits whose
 *  derive is not checked here. */
function unmetFieldBound(trait: string, ty: Ty, span: Span): Diagnostic | null {
  const shown = showTy(ty);
  switch (trait) {
    case 'Debug':
      return compileError('E0277', `\`${shown}\` doesn't implement \`Debug\``, span, `the trait \`Debug\` is not implemented for \`${shown}\``);
    case 'Clone':
    case 'Default':
    case 'Hash':
    case 'Eq':
      return compileError('E0277', `the trait bound \`${shown}: ${trait}\` is not satisfied`, span, `the trait \`${trait}\` is not implemented for \`${shown}\``);
    case 'PartialEq':
      return compileError('E0369', `binary operation \`==\` cannot be applied to type \`${shown}\``, span);
    case 'PartialOrd':
      return compileError('E0277', `can't compare \`${shown}\` with \`_\``, span, `no implementation for \`${shown} < _\` and \`${shown} > _\``);
    default:
      return null;
  }
}
