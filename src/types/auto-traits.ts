import type { TraitInfo } from '../resolve/items.js';
import { InferenceTable } from './infer.js';
import type { ImplHeader } from './context.js';
import { containsParams, substitute, typeKey, type Ty } from './ty.js';

/**
 * rustc's auto traits, `Send` and `Sync`: declared in std/marker.rs with std's explicit and
 * negative impls (`impl<T> !Send for Rc<T> {}`, `unsafe impl<T: Sync + Send> Send for Arc<T> {}`);
 * every other type has them structurally, as rustc's builtin impls give them. The grammar has
 * no `auto` keyword, so these two std traits are known by name.
 */
const AUTO_TRAITS = new Set(['Send', 'Sync']);

export function isAutoTrait(trait: TraitInfo): boolean {
  return trait.def.std && AUTO_TRAITS.has(trait.def.name);
}

/** One step from an unmet auto-trait obligation out to the type asked about, as rustc's notes
 *  name it: `within` a type holding it (a builtin, structural impl), an explicit impl whose
 *  bound needs it (`required for \`Arc<..>\` to implement \`Send\``), or a closure capturing it. */
export type AutoTraitCause =
  | { readonly kind: 'within'; readonly ty: Ty }
  /** `unique`: the `Unique<ty>` inside a `Box<ty>`, whose impl std writes. */
  | { readonly kind: 'impl'; readonly ty: Ty; readonly trait: string; readonly unique?: true }
  | { readonly kind: 'closure'; readonly ty: Ty & { k: 'closure' } };

/** The innermost type that lacks the trait, and the causes from it outwards. */
export interface AutoTraitFailure {
  readonly ty: Ty;
  readonly trait: TraitInfo;
  readonly causes: readonly AutoTraitCause[];
}

/** What the solver asks of the type context. */
export interface AutoTraitHost {
  readonly implHeaders: readonly ImplHeader[];
  /** Traits bounding a type parameter of the body being checked (supertraits included). */
  readonly paramTraits: ((param: string) => readonly string[]) | null;
  /** A non-auto bound of an explicit impl (`impl<T: Clone> Send for X<T>`, rare). */
  boundHolds(trait: TraitInfo, ty: Ty, table: InferenceTable): boolean;
  /** The type a `-> impl Trait` stands for: auto traits leak through it, as in rustc. */
  reveal(ty: Ty): Ty;
  fieldTypes(ty: Ty & { k: 'adt' }): Ty[];
}

export class AutoTraitSolver {
  /** Answers for types without parameters or inference variables, per trait and type. */
  private readonly cache = new Map<string, AutoTraitFailure | null>();
  private readonly visiting = new Set<string>();
  private readonly impls = new Map<TraitInfo, readonly ImplHeader[]>();

  constructor(private readonly host: AutoTraitHost) {}

  /** Why `ty` does not implement the auto trait, or null when it does. */
  failure(trait: TraitInfo, ty: Ty): AutoTraitFailure | null {
    const key = `${trait.def.name}:${typeKey(ty)}`;
    const cacheable = !containsParams(ty) && !key.includes('?');
    if (cacheable && this.cache.has(key)) return this.cache.get(key)!;
    // A type that needs itself (a recursive struct) has the trait if nothing else denies it:
    // auto traits are coinductive in rustc.
    if (this.visiting.has(key)) return null;
    this.visiting.add(key);
    try {
      const result = this.compute(trait, ty);
      if (cacheable) this.cache.set(key, result);
      return result;
    } finally {
      this.visiting.delete(key);
    }
  }

  private compute(trait: TraitInfo, ty: Ty): AutoTraitFailure | null {
    const denied: AutoTraitFailure = { ty, trait, causes: [] };
    const within = (inner: Ty, cause: AutoTraitCause = { kind: 'within', ty }): AutoTraitFailure | null => {
      const f = this.failure(trait, inner);
      return f && { ...f, causes: [...f.causes, cause] };
    };
    switch (ty.k) {
      case 'param':
        return this.host.paramTraits?.(ty.name).includes(trait.def.name) ? null : denied;
      case 'dyn':
      case 'dynFn':
        return (ty.autoTraits as readonly string[] | undefined)?.includes(trait.def.name) ? null : denied;
      case 'opaque':
        return this.failure(trait, this.host.reveal(ty));
      case 'closure':
        for (const c of ty.captures) {
          const f = within(c, { kind: 'closure', ty });
          if (f) return f;
        }
        return null;
      case 'box': {
        // `Box<T>` holds a `Unique<T>`, which std makes `Send`/`Sync` when `T` is.
        const f = this.failure(trait, ty.inner);
        return f && { ...f, causes: [...f.causes, { kind: 'impl', ty: ty.inner, trait: trait.def.name, unique: true }, { kind: 'within', ty }] };
      }
      case 'tuple':
        for (const e of ty.elems) {
          const f = within(e);
          if (f) return f;
        }
        return null;
      case 'array':
      case 'slice':
        return within(ty.elem);
      case 'ref':
      case 'ptr':
      case 'adt': {
        const explicit = this.explicitImpl(trait, ty);
        if (explicit === 'negative') return denied;
        if (explicit) return explicit.failure;
        if (ty.k === 'adt') {
          for (const field of this.host.fieldTypes(ty)) {
            const f = within(field);
            if (f) return f;
          }
          return null;
        }
        return ty.k === 'ref' ? within(ty.inner) : null;
      }
      default:
        // Numbers, `bool`, `char`, `str`, `!`, function items and pointers; inference
        // variables and projections not known yet are decided when they are.
        return null;
    }
  }

  /** std's (or the program's `unsafe impl`) impl of the trait for the type: negative, or
   *  positive with what its bounds leave unmet (null when they hold). */
  private explicitImpl(trait: TraitInfo, ty: Ty): 'negative' | { failure: AutoTraitFailure | null } | null {
    let headers = this.impls.get(trait);
    if (!headers) {
      headers = this.host.implHeaders.filter((h) => h.trait === trait);
      this.impls.set(trait, headers);
    }
    for (const header of headers) {
      const probe = new InferenceTable();
      const scratch = new Map(header.generics.map((g) => [g, probe.fresh()]));
      if (!probe.unify(substitute(header.selfTy, scratch), ty)) continue;
      if (header.def.item.negative) return 'negative';
      for (const [param, traits] of header.bounds) {
        const arg = probe.deep(scratch.get(param)!);
        for (const bound of traits) {
          if (isAutoTrait(bound)) {
            const f = this.failure(bound, arg);
            if (f) return { failure: { ...f, causes: [...f.causes, { kind: 'impl', ty, trait: trait.def.name }] } };
          } else if (!this.host.boundHolds(bound, arg, probe)) {
            return { failure: { ty: arg, trait: bound, causes: [{ kind: 'impl', ty, trait: trait.def.name }] } };
          }
        }
      }
      return { failure: null };
    }
    return null;
  }
}
