import { compileError, unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { BindingPattern, Block, Expr, FnItem, Program, Stmt } from '../syntax/ast.js';
import { intRange, intBits, isIntKind, type IntKind } from '../types/ty.js';

/** std functions the machine implements natively. */
export type IntrinsicName = 'box_new' | 'process_exit' | 'drop';

export type Resolution =
  | { readonly kind: 'local'; readonly binding: BindingPattern }
  | { readonly kind: 'fn'; readonly item: FnItem }
  | { readonly kind: 'intrinsic'; readonly name: IntrinsicName }
  | { readonly kind: 'intConst'; readonly int: IntKind; readonly value: bigint };

export interface ResolvedProgram {
  readonly program: Program;
  readonly fns: ReadonlyMap<string, FnItem>;
  readonly main: FnItem;
  /** For every `path` and `qualified` expression: what it names. */
  readonly paths: ReadonlyMap<number, Resolution>;
}

const QUALIFIED_INTRINSICS: ReadonlyMap<string, IntrinsicName> = new Map([
  ['Box::new', 'box_new'],
  ['std::boxed::Box::new', 'box_new'],
  ['std::process::exit', 'process_exit'],
  ['std::mem::drop', 'drop'],
]);

/** Names from std's prelude that a program's own items shadow. */
const PRELUDE_FNS: ReadonlyMap<string, IntrinsicName> = new Map([['drop', 'drop']]);

function intConst(segments: readonly string[]): Resolution | null {
  const [ty, name] = segments.length === 2 ? segments : segments.length === 3 && segments[0] === 'std' ? segments.slice(1) : [];
  if (!ty || !name || !isIntKind(ty)) return null;
  const range = intRange(ty);
  if (name === 'MAX') return { kind: 'intConst', int: ty, value: range.max };
  if (name === 'MIN') return { kind: 'intConst', int: ty, value: range.min };
  if (name === 'BITS') return { kind: 'intConst', int: 'u32', value: BigInt(intBits(ty)) };
  return null;
}

export function resolveProgram(program: Program, endOfFile: Span, crateName: string): ResolvedProgram {
  const fns = new Map<string, FnItem>();
  for (const item of program.items) {
    const previous = fns.get(item.name.name);
    if (previous) {
      throw compileError('E0428', `the name \`${item.name.name}\` is defined multiple times`, item.name.span, `\`${item.name.name}\` redefined here`);
    }
    fns.set(item.name.name, item);
  }
  const main = fns.get('main');
  if (!main) throw compileError('E0601', `\`main\` function not found in crate \`${crateName}\``, endOfFile, 'consider adding a `main` function to this file');
  if (main.params.length > 0 || main.ret) throw unsupported('a `main` with parameters or a return type', main.name.span);

  const paths = new Map<number, Resolution>();
  const scopes: Map<string, BindingPattern>[] = [];

  const lookup = (name: string): BindingPattern | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const found = scopes[i]!.get(name);
      if (found) return found;
    }
    return undefined;
  };
  const bind = (pattern: BindingPattern): void => {
    scopes[scopes.length - 1]!.set(pattern.name.name, pattern);
  };

  const expr = (e: Expr): void => {
    switch (e.kind) {
      case 'path': {
        const local = lookup(e.name);
        if (local) paths.set(e.id, { kind: 'local', binding: local });
        else if (fns.has(e.name)) paths.set(e.id, { kind: 'fn', item: fns.get(e.name)! });
        else if (PRELUDE_FNS.has(e.name)) paths.set(e.id, { kind: 'intrinsic', name: PRELUDE_FNS.get(e.name)! });
        else throw compileError('E0425', `cannot find value \`${e.name}\` in this scope`, e.span, 'not found in this scope');
        return;
      }
      case 'qualified': {
        const joined = e.segments.join('::');
        const intrinsic = QUALIFIED_INTRINSICS.get(joined);
        const resolution = intrinsic ? { kind: 'intrinsic' as const, name: intrinsic } : intConst(e.segments);
        if (!resolution) throw unsupported(`the path \`${joined}\``, e.span);
        paths.set(e.id, resolution);
        return;
      }
      case 'int':
      case 'bool':
      case 'unit':
      case 'continue':
        return;
      case 'paren':
        return expr(e.inner);
      case 'binary':
        expr(e.left);
        return expr(e.right);
      case 'unary':
      case 'ref':
        return expr(e.operand);
      case 'cast':
        return expr(e.operand);
      case 'assign':
      case 'compoundAssign':
        expr(e.target);
        return expr(e.value);
      case 'call':
        expr(e.callee);
        return e.args.forEach(expr);
      case 'macro':
        e.args.forEach(expr);
        e.format?.positional.forEach(expr);
        e.format?.named.forEach((n) => expr(n.value));
        return;
      case 'block':
        return block(e.block);
      case 'if':
        expr(e.cond);
        block(e.then);
        if (e.else) expr(e.else);
        return;
      case 'while':
        expr(e.cond);
        return block(e.body);
      case 'loop':
        return block(e.body);
      case 'for':
        expr(e.iter);
        scopes.push(new Map());
        bind(e.pattern);
        block(e.body);
        scopes.pop();
        return;
      case 'range':
        if (e.start) expr(e.start);
        if (e.end) expr(e.end);
        return;
      case 'break':
      case 'return':
        if (e.value) expr(e.value);
        return;
    }
  };

  const stmt = (s: Stmt): void => {
    switch (s.kind) {
      case 'let':
        if (s.init) expr(s.init);
        bind(s.pattern);
        return;
      case 'expr':
        return expr(s.expr);
      case 'item':
        throw unsupported('items inside a block', s.span);
    }
  };

  const block = (b: Block): void => {
    scopes.push(new Map());
    b.stmts.forEach(stmt);
    if (b.tail) expr(b.tail);
    scopes.pop();
  };

  for (const item of program.items) {
    scopes.push(new Map());
    item.params.forEach((p) => bind(p.pattern));
    block(item.body);
    scopes.pop();
  }
  return { program, fns, main, paths };
}
