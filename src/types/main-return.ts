import { compileError, unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { TypeContext } from './context.js';
import { isUnit, showTy, type Ty } from './ty.js';

/**
 * `main`'s return type implements std's `Termination`, as rustc requires (E0277): `()`, `!`, or
 * `Result<T, E>` with `T: Termination` and `E: Debug` (the machine prints `Error: {e:?}` for an
 * `Err`). `Termination` types the machine does not report yet (`ExitCode`, a `Result` inside
 * the `Ok`) are refused.
 */
export function checkMainReturn(ctx: TypeContext): void {
  const main = ctx.items.main;
  const span = main?.item.ret?.span;
  if (!main || span === undefined) return;
  const ret = ctx.sig(main).ret;
  if (isUnit(ret) || ret.k === 'never') return;
  if (!isStdResult(ret)) {
    if (ret.k === 'adt' && ret.def.std && ret.def.name === 'ExitCode') throw unsupported('`main` returning `ExitCode`', span);
    throw compileError('E0277', `\`main\` has invalid return type \`${showTy(ret)}\``, span, '`main` can only return types that implement `Termination`');
  }
  const [ok, err] = ret.args as [Ty, Ty];
  if (!isUnit(ok) && ok.k !== 'never') {
    if (isStdResult(ok)) throw unsupported('`main` returning a `Result` inside its `Ok`', span);
    const shown = showTy(ok);
    throw compileError('E0277', `the trait bound \`${shown}: Termination\` is not satisfied`, span, `the trait \`Termination\` is not implemented for \`${shown}\``);
  }
  const missing = innermostWithoutDebug(ctx, err);
  if (missing !== null) throw withoutDebug(missing, span);
}

function isStdResult(ty: Ty): ty is Ty & { k: 'adt' } {
  return ty.k === 'adt' && ty.def.std && ty.def.name === 'Result';
}

/** The type rustc names when `ty: Debug` fails: the innermost argument that lacks it. */
function innermostWithoutDebug(ctx: TypeContext, ty: Ty): Ty | null {
  if (ctx.implements('Debug', ty)) return null;
  const parts: readonly Ty[] = ty.k === 'adt' ? ty.args : ty.k === 'ref' || ty.k === 'box' ? [ty.inner] : ty.k === 'array' || ty.k === 'slice' ? [ty.elem] : ty.k === 'tuple' ? ty.elems : [];
  for (const part of parts) {
    const inner = innermostWithoutDebug(ctx, part);
    if (inner !== null) return inner;
  }
  return ty;
}

function withoutDebug(ty: Ty, span: Span) {
  const shown = showTy(ty);
  return compileError('E0277', `\`${shown}\` doesn't implement \`Debug\``, span, `the trait \`Debug\` is not implemented for \`${shown}\``);
}
