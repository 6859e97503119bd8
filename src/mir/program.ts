import type { ConstDef, FnDef } from '../resolve/items.js';
import type { TypeContext } from '../types/context.js';
import { InferenceTable } from '../types/infer.js';
import type { FnTypeck } from '../types/results.js';
import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { containsParams, showTy, substitute, typeKey, type TraitDef, type Ty } from '../types/ty.js';
import { FnBuilder } from './build.js';
import { MissingImpl, type Body, type Instance, type MirProgram, type RuntimeTrait, type StaticItem, type VtableSlot } from './ir.js';

/** std traits without methods: as supertraits they add nothing to a vtable. */
const MARKER_TRAITS = new Set(['Sized', 'Send', 'Sync', 'Copy', 'Unpin']);

/** The program as the machine sees it: instances built on demand, trait methods resolved for
 *  concrete types. */
/** The value a const parameter takes in the body its generic function is checked as. */
const CHECKING_CONST_VALUE = 1n;

export class LazyMirProgram implements MirProgram {
  private readonly bodies = new Map<string, Body>();
  /** Instances made only to check a generic function (`polymorphicBody`). */
  private readonly checkingInstances = new Set<string>();
  readonly entry: Instance;
  readonly statics: readonly StaticItem[];
  readonly crateName: string;

  constructor(readonly ctx: TypeContext, private readonly typeck: ReadonlyMap<FnDef, FnTypeck>) {
    // The compile reports E0601 before it builds a program.
    if (!ctx.items.main) throw new Error('a MIR program without an entry point');
    this.entry = this.instance(ctx.items.main, []);
    this.crateName = ctx.items.crateName;
    this.statics = [...ctx.items.statics.values()]
      .filter((def) => !def.std)
      .map((def) => ({ def, ty: ctx.constType(def), mutable: def.item.mutable, init: this.instance(ctx.items.constFns.get(def)!, []) }));
  }

  instance(def: FnDef, args: readonly Ty[]): Instance {
    return { def, args, key: `${def.name}#${def.id}<${args.map(typeKey).join(',')}>` };
  }

  body(instance: Instance): Body {
    let body = this.bodies.get(instance.key);
    if (!body) {
      const closure = instance.def.closure;
      const owner = closure ? closure.parent : instance.def;
      if (!this.typeck.has(owner)) this.ctx.checkOnDemand(owner);
      const typeck = this.typeck.get(owner);
      if (!typeck) throw new Error(`no type information for ${instance.def.name}`);
      const builder = new FnBuilder(this, typeck, instance);
      body = closure ? builder.buildClosure() : builder.build();
      this.bodies.set(instance.key, body);
    }
    return body;
  }

  /**
   * The instance a call of `fn` with `args` runs. A trait method with a concrete `Self` becomes
   * the impl's method (or the trait's default body); anything else is itself. An impl that is
   * missing (one std has and the prelude does not, which the type checker let through) is
   * refused at `span`, the program's call; in a std body, which has none, the machine refuses it
   * at the program's code running (`MissingImpl`).
   */
  resolve(fn: FnDef, args: readonly Ty[], span?: Span): Instance {
    if (fn.owner.kind !== 'trait') return this.instance(fn, args);
    const trait = this.ctx.items.traits.get(fn.owner.trait.name)!;
    const selfTy = args[0]!;
    const table = new InferenceTable();
    const traitArgs = args.slice(1, 1 + trait.def.params.length);
    const found = this.ctx.selectImpl(trait, selfTy, table, true, traitArgs);
    // A generic body built to be checked (`checkedBodies`) calls a bound's method, whose impl
    // only its instances know: the call stays the trait's.
    if (!found && args.some(containsParams)) return this.instance(fn, args);
    if (!found) {
      const what = `\`${showTy(selfTy)}: ${trait.def.name}${traitArgs.length > 0 ? `<${traitArgs.map(showTy).join(', ')}>` : ''}\` (std's impl is not modelled)`;
      throw span ? unsupported(what, span) : new MissingImpl(what);
    }
    const own = args.slice(1 + trait.def.params.length);
    // An associated const's impl value, like a method's impl body.
    const implConst = fn.constant ? found.header.def.consts.get(fn.name) : undefined;
    const implFn = fn.constant ? implConst && this.ctx.items.constFns.get(implConst) : found.header.def.fns.get(fn.name);
    if (implFn) {
      const implArgs = found.header.generics.map((g) => table.deep(found.subst.get(g)!));
      return this.instance(implFn, [...implArgs, ...own]);
    }
    return this.instance(fn, args);
  }

  /**
   * rustc's vtable layout (`prepare_vtable_segments`): the first supertrait's whole vtable as a
   * prefix (recursively), then each further supertrait's own methods, each followed by a pointer
   * to its vtable when an earlier trait had methods, then the trait's own methods. A trait's
   * own methods are those callable through `dyn`: with a `self` receiver and no type parameters.
   */
  vtableSlots(trait: TraitDef): readonly VtableSlot[] | null {
    const info = (def: TraitDef) => this.ctx.items.traits.get(def.name);
    const own = (def: TraitDef): VtableSlot[] =>
      [...(info(def)?.fns.values() ?? [])].filter((fn) => fn.item.selfParam !== null && fn.item.generics.params.length === 0).map((fn) => ({ kind: 'method', fn }));
    const supers = (def: TraitDef): TraitDef[] | null => {
      const out: TraitDef[] = [];
      for (const path of info(def)?.item.supertraits ?? []) {
        const name = path.segments[path.segments.length - 1]!.name;
        const sup = this.ctx.items.traits.get(name);
        if (sup && !sup.def.std) out.push(sup.def);
        else if (!MARKER_TRAITS.has(name)) return null;
      }
      return out;
    };
    const hasEntries = (def: TraitDef, seen = new Set<TraitDef>()): boolean => {
      if (seen.has(def)) return false;
      seen.add(def);
      return own(def).length > 0 || (supers(def) ?? []).some((s) => hasEntries(s, seen));
    };
    if (trait.std) return null;
    const slots: VtableSlot[] = [];
    const visited = new Set<TraitDef>([trait]);
    let vptrFromNowOn = false;
    // A depth-first walk that emits each trait after its unvisited supertraits.
    const stack: { def: TraitDef; vptr: boolean; siblings: TraitDef[] }[] = [{ def: trait, vptr: false, siblings: [] }];
    for (;;) {
      for (;;) {
        const top = stack[stack.length - 1]!;
        const direct = supers(top.def);
        if (direct === null) return null;
        const next = direct.findIndex((s) => !visited.has(s));
        if (next < 0) break;
        visited.add(direct[next]!);
        stack.push({ def: direct[next]!, vptr: vptrFromNowOn, siblings: direct.slice(next + 1) });
      }
      let descended = false;
      while (stack.length > 0) {
        const { def, vptr, siblings } = stack.pop()!;
        const entries = hasEntries(def);
        slots.push(...own(def));
        if (vptr && entries) slots.push({ kind: 'vptr', trait: def });
        vptrFromNowOn ||= entries;
        const sibling = siblings.findIndex((s) => !visited.has(s));
        if (sibling >= 0) {
          visited.add(siblings[sibling]!);
          stack.push({ def: siblings[sibling]!, vptr: vptrFromNowOn, siblings: siblings.slice(sibling + 1) });
          descended = true;
          break;
        }
      }
      if (!descended) return slots;
    }
  }

  traitMethod(trait: RuntimeTrait, ty: Ty): Instance | null {
    if (ty.k !== 'adt') return null;
    const method = trait === 'Display' || trait === 'Debug' ? 'fmt' : trait === 'Drop' ? 'drop' : 'clone';
    const info = this.ctx.items.traits.get(trait);
    if (info) {
      const table = new InferenceTable();
      const found = this.ctx.selectImpl(info, ty, table, true);
      const fn = found?.header.def.fns.get(method);
      if (!found || !fn) return null;
      return this.instance(fn, found.header.generics.map((g) => table.deep(found.subst.get(g)!)));
    }
    // Traits the prelude models natively: find the impl by its self type.
    for (const header of this.ctx.implHeaders) {
      const name = header.def.item.trait?.segments.at(-1)?.name;
      if (name !== trait) continue;
      const table = new InferenceTable();
      const subst = new Map(header.generics.map((g) => [g, table.fresh()]));
      if (!table.unify(substitute(header.selfTy, subst), ty)) continue;
      const fn = header.def.fns.get(method);
      if (!fn) return null;
      return this.instance(fn, header.generics.map((g) => table.deep(subst.get(g)!)));
    }
    return null;
  }

  constFn(def: ConstDef): FnDef {
    return this.ctx.items.constFns.get(def)!;
  }

  /**
   * The program's bodies as the checks before the run see them: each function's, with every
   * closure it makes (as monomorphic as the body that makes them: checked with it, called or
   * not, as rustc checks a closure's body with the function's), a body after the closures it
   * makes, the innermost first, the order rustc reports their errors in; and each generic
   * function's once, with its own parameters as its type arguments (`T` is `Copy` only by a
   * bound: `FnBuilder`), called or not, as rustc checks it. The MIR builder needs what only
   * instances know for some generic bodies (`T::default()`, a const parameter's length): such
   * a body, and the closures of every generic
   * body, are left to their instances, which are not checked.
   */
  *checkedBodies(): Generator<Body> {
    const seen = new Set<string>();
    const withClosures = function* (this: LazyMirProgram, instance: Instance): Generator<Body> {
      if (seen.has(instance.key)) return;
      seen.add(instance.key);
      const body = this.body(instance);
      for (const local of body.locals) {
        if (local.ty.k === 'closure' && !local.ty.def.fn.std) yield* withClosures.call(this, this.resolve(local.ty.def.fn, local.ty.args));
      }
      yield body;
    };
    for (const [fn, typeck] of [...this.typeck]) {
      if (fn.std || fn.closure) continue;
      if (typeck.sig.generics.length > 0) {
        const body = this.polymorphicBody(fn, typeck.sig.generics, typeck.sig.constParams);
        if (body) yield body;
        continue;
      }
      yield* withClosures.call(this, this.instance(fn, []));
    }
  }

  /** Whether `instance` stands for a generic function's every instance in the checks. */
  isCheckingInstance(instance: Instance): boolean {
    return this.checkingInstances.has(instance.key) || instance.args.some(containsParams);
  }

  /** The body a generic function is checked as: its type parameters left as parameters, its
   *  const parameters given a value (their value does not matter to the checkers, and a body
   *  needs one for `[x; N]` or `i % N`; `isCheckingInstance` keeps rustc's lints on known values
   *  off it). */
  private polymorphicBody(fn: FnDef, generics: readonly string[], constParams: ReadonlySet<string> = new Set()): Body | null {
    const args = generics.map((name): Ty => (constParams.has(name) ? { k: 'const', value: CHECKING_CONST_VALUE } : { k: 'param', name }));
    const instance = this.instance(fn, args);
    if (constParams.size > 0) this.checkingInstances.add(instance.key);
    try {
      return this.body(instance);
    } catch {
      // What the builder cannot make without an instance's types (see above).
      return null;
    }
  }

  /** A method of the program's (or the prelude's) impl of a std trait stackheap models natively
   *  (`PartialEq::eq`, `Ord::cmp`, `Default::default`, ...) for a concrete type, if there is one. */
  nativeImplMethod(traitName: string, ty: Ty, method: string, rhs?: Ty): Instance | null {
    let found: Instance | null | undefined;
    for (const header of this.ctx.implHeaders) {
      if (header.def.item.trait?.segments.at(-1)?.name !== traitName || header.trait !== null) continue;
      const table = new InferenceTable();
      const subst = new Map(header.generics.map((g) => [g, table.fresh()]));
      if (!table.unify(substitute(header.selfTy, subst), ty)) continue;
      // `impl PartialEq<R> for T`: the right-hand type must match too (it is `Self` by default).
      const other = header.traitArgs[0] ? substitute(header.traitArgs[0], subst) : substitute(header.selfTy, subst);
      if (!table.unify(other, rhs ?? ty)) continue;
      const fn = header.def.fns.get(method);
      const instance = fn ? this.instance(fn, header.generics.map((g) => table.deep(subst.get(g)!))) : null;
      // An impl for the generic type (`impl<T: Default> Default for Rc<T>`) gives way to one for
      // a more particular self type (`impl Default for Rc<str>`), as specialization would.
      const generic = header.selfTy.k === 'adt' && header.selfTy.args.every((a) => a.k === 'param');
      if (!generic) return instance;
      if (found === undefined) found = instance;
    }
    return found ?? null;
  }

  isCopy(ty: Ty): boolean {
    return this.ctx.isCopy(ty);
  }

  isClone(ty: Ty): boolean {
    return this.ctx.implements('Clone', ty);
  }

  needsDrop(ty: Ty): boolean {
    return this.ctx.needsDrop(ty);
  }
}
