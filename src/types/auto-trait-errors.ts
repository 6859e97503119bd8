import { compileError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { TraitInfo } from '../resolve/items.js';
import type { Expr } from '../syntax/ast.js';
import type { AutoTraitFailure } from './auto-traits.js';
import { adtName, sameTy, showTy, type ClosureDef, type Ty } from './ty.js';

/** Where an unmet auto-trait bound of a call is reported. */
export interface AutoTraitSite {
  /** The argument whose type is bounded (the call, when no argument has the bounded type). */
  readonly argSpan: Span;
  /** The called function's path or method name: "required by a bound introduced by this call". */
  readonly calleeSpan: Span | null;
  /** The bound in the callee's signature and the callee's name. */
  readonly bound: { readonly span: Span | null; readonly fnName: string } | null;
  /** The type parameter of the function being checked that lacks the trait, where rustc
   *  suggests adding it (`fn forward<T>` → `fn forward<T: std::marker::Send>`). */
  readonly paramToRestrict: ((name: string) => { readonly at: Span; readonly bounded: boolean } | null) | null;
  readonly show: (ty: Ty) => string;
  /** The type with what inference has decided put in. */
  readonly resolve: (ty: Ty) => Ty;
  /** How many `*` before the argument would meet the bound (rustc suggests them), or 0. */
  readonly derefs: number;
  /** A coercion to a trait object that adds the auto trait (`Box<dyn Fn() + Send>`). */
  readonly cast?: { readonly from: Ty; readonly to: Ty };
}

/** std's `#[diagnostic::on_unimplemented]` messages of `Send` and `Sync`. */
function unimplementedMessage(trait: string, shown: string): string {
  return trait === 'Sync' ? `\`${shown}\` cannot be shared between threads safely` : `\`${shown}\` cannot be sent between threads safely`;
}

const ATOMIC_FOR: Readonly<Record<string, string>> = {
  u8: 'AtomicU8', u16: 'AtomicU16', u32: 'AtomicU32', u64: 'AtomicU64', usize: 'AtomicUsize',
  i8: 'AtomicI8', i16: 'AtomicI16', i32: 'AtomicI32', i64: 'AtomicI64', isize: 'AtomicIsize', bool: 'AtomicBool',
};

/** The notes std's `Sync` adds for its cells (`rustc_on_unimplemented(on(Self = ..))`). */
function syncNote(ty: Ty): string | null {
  if (ty.k !== 'adt' || !ty.def.std) return null;
  const prefix = 'if you want to do aliasing and mutation between multiple threads, use `std::sync::RwLock`';
  if (ty.def.name === 'RefCell') return `${prefix} instead`;
  if (ty.def.name !== 'Cell') return null;
  const arg = ty.args[0]!;
  const atomic = ATOMIC_FOR[arg.k === 'int' ? arg.int : arg.k];
  return atomic ? `${prefix} or \`std::sync::atomic::${atomic}\` instead` : prefix;
}

/** std types whose name is not unique in std (`rc::Weak` and `sync::Weak`): rustc spells them
 *  by their path. */
const STD_PATHS: Readonly<Record<string, string>> = {
  Weak: 'std::rc::Weak',
  MutexGuard: 'std::sync::MutexGuard',
  RwLockReadGuard: 'std::sync::RwLockReadGuard',
  RwLockWriteGuard: 'std::sync::RwLockWriteGuard',
};

/** A type as rustc's trait errors show it: erased lifetimes as `'_`, ambiguous std names by
 *  their path, closures by their file and head (`{closure@a.rs:4:44: 4:51}`). */
export function showAsRustc(ty: Ty, programPath: string): string {
  const show = (t: Ty): string => {
    switch (t.k) {
      case 'adt': {
        const name = t.def.std ? (STD_PATHS[adtName(t.def)] ?? adtName(t.def)) : adtName(t.def);
        const args = [...Array.from({ length: t.def.item?.lifetimeParams ?? 0 }, () => "'_"), ...t.args.map(show)];
        return args.length > 0 ? `${name}<${args.join(', ')}>` : name;
      }
      case 'ref':
        return `&${t.mutable ? 'mut ' : ''}${show(t.inner)}`;
      case 'box':
        return `Box<${show(t.inner)}>`;
      case 'tuple':
        return t.elems.length === 1 ? `(${show(t.elems[0]!)},)` : `(${t.elems.map(show).join(', ')})`;
      case 'array':
        return `[${show(t.elem)}; ${t.len}]`;
      case 'slice':
        return `[${show(t.elem)}]`;
      case 'closure': {
        const head = closureHead(t.def);
        return `{closure@${programPath}:${head.line}:${head.col}: ${head.endLine}:${head.endCol}}`;
      }
      default:
        return showTy(t);
    }
  };
  return show(ty);
}

/** `||` or `move |x|`: where rustc points at a closure. */
export function closureHead(def: ClosureDef): Span {
  const e = def.fn.closure?.expr as (Expr & { kind: 'closure' }) | undefined;
  const start = def.span;
  if (!e) return start;
  const last = e.params[e.params.length - 1];
  const end = last ? last.span.end + 1 : start.start + (e.isMove ? 'move '.length : 0) + 2;
  const endCol = last ? last.span.endCol + 1 : start.col + (end - start.start);
  return { start: start.start, end, line: start.line, col: start.col, endLine: last ? last.span.endLine : start.line, endCol };
}

/**
 * rustc's E0277 for an auto trait a call's bound asks of `root`: the headline names the
 * innermost type lacking the trait (or the bounded type itself when that is only a reference
 * to it, as rustc's "main predicate" does), then the chain of notes out to the bound.
 */
export function autoTraitError(root: Ty, rootTrait: TraitInfo, failure: AutoTraitFailure, site: AutoTraitSite): Diagnostic {
  const { show } = site;
  const peeled = (t: Ty): Ty => (t.k === 'ref' ? peeled(t.inner) : t);
  const useRoot = failure.trait !== rootTrait && (sameTy(failure.ty, peeled(root)) || sameTy(failure.ty, root));
  const main = useRoot ? { ty: root, trait: rootTrait.def.name } : { ty: failure.ty, trait: failure.trait.def.name };
  const headline = unimplementedMessage(main.trait, show(main.ty));
  const error = compileError('E0277', headline, site.argSpan, headline);
  // rustc's "parent" of the failure: the outermost type the failing one is structurally inside.
  let parent: Ty | null = null;
  for (const cause of failure.causes) {
    if (cause.kind === 'impl') break;
    parent = cause.ty;
  }
  if (parent?.k === 'closure') error.withLabel(closureHead(parent.def), `within this \`${show(parent)}\``);
  if (site.calleeSpan) error.withLabel(site.calleeSpan, 'required by a bound introduced by this call');
  if (failure.ty.k !== 'param') {
    error.withNote('help', `${parent ? `within \`${show(parent)}\`, ` : ''}the trait \`${failure.trait.def.name}\` is not implemented for \`${show(failure.ty)}\``);
  }
  const note = main.trait === 'Sync' ? syncNote(site.resolve(main.ty)) : null;
  if (note) error.withNote('note', note);
  for (const cause of failure.causes) {
    if (cause.kind === 'impl') {
      const shown = cause.unique ? `std::ptr::Unique<${show(cause.ty)}>` : show(cause.ty);
      error.withNote('note', `required for \`${shown}\` to implement \`${cause.trait}\``);
    } else if (cause.kind === 'closure') {
      error.withNote('note', "required because it's used within this closure", closureHead(cause.ty.def));
    } else {
      const message = `required because it appears within the type \`${show(cause.ty)}\``;
      const adt = cause.ty.k === 'adt' && !cause.ty.def.std ? cause.ty.def.item : null;
      if (adt) error.withNote('note', message, adt.name.span);
      else error.withNote('note', message);
    }
  }
  if (site.cast) error.withNote('note', `required for the cast from \`${show(site.cast.from)}\` to \`${show(site.cast.to)}\``);
  if (site.bound?.span) error.withNote('note', `required by a bound in \`${site.bound.fnName}\``, site.bound.span, `required by this bound in \`${site.bound.fnName}\``);
  else if (site.bound) error.withNote('note', `required by a bound in \`${site.bound.fnName}\``);
  if (failure.ty.k === 'param' && site.paramToRestrict) {
    const param = site.paramToRestrict(failure.ty.name);
    if (param) {
      const at = param.at;
      const further = param.bounded ? 'further restricting' : 'restricting';
      error.withSuggestion(`consider ${further} type parameter \`${failure.ty.name}\` with trait \`${failure.trait.def.name}\``, [{ span: at, text: param.bounded ? ` + std::marker::${failure.trait.def.name}` : `: std::marker::${failure.trait.def.name}` }]);
    }
  }
  if (site.derefs > 0) {
    error.withSuggestion('consider dereferencing here', [{ span: { ...site.argSpan, end: site.argSpan.start, endLine: site.argSpan.line, endCol: site.argSpan.col }, text: '*'.repeat(site.derefs) }]);
  }
  return error;
}
