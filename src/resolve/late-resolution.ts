import { compileError, Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { HYGIENE_MARK } from '../diagnostics/names.js';
import type { Block, Expr, FnItem, MacroHygiene, Pattern } from '../syntax/ast.js';
import { collectBindings } from '../syntax/expr.js';
import { calledWhat } from './std-modules.js';
import type { FnDef, ItemDeclarations } from './items.js';

/** Rust's prelude has `drop`, and since 1.80 `size_of`, `align_of`, `size_of_val`, `align_of_val`. */
export type PreludeFnName = 'drop' | 'size_of' | 'align_of' | 'size_of_val' | 'align_of_val';
const PRELUDE_FN_NAMES: readonly PreludeFnName[] = ['drop', 'size_of', 'align_of', 'size_of_val', 'align_of_val'];

/** The prelude's function of that name, if it has one. */
export function preludeFn(name: string): PreludeFnName | undefined {
  return PRELUDE_FN_NAMES.find((fn) => fn === name);
}

const PRELUDE_VARIANTS: ReadonlySet<string> = new Set(['Some', 'None', 'Ok', 'Err']);

/**
 * rustc's late resolution, for the names a body uses as values: it runs on the whole crate
 * before any item or body is type-checked, so a name in scope nowhere (E0425; E0434 for a local
 * of the function around a nested one, E0435 in a constant, E0424 for `self` outside a method)
 * comes before any type error, even one earlier in the file. The first such name, or null. The functions are
 * visited in source order, each body in the order rustc's resolver walks it. A name counts as
 * resolved when any item of the program or std, any `use`, or any local in scope could give it:
 * the type checker still decides which it is, and reports what this pass lets through.
 */
export function firstUnresolvedValue(table: ItemDeclarations, imported: ReadonlySet<string>): Diagnostic | null {
  const items = new Set<string>([...PRELUDE_FN_NAMES, ...PRELUDE_VARIANTS, ...imported, ...table.importedVariants.keys()]);
  for (const names of [table.fns.keys(), table.consts.keys(), table.statics.keys(), table.adts.keys()]) {
    for (const name of names) items.add(baseName(name));
  }
  // A variant a `use` in a block brings in, and a const parameter an associated constant's value
  // names, are found by the type checker: they count as resolved here.
  for (const adt of table.adts.values()) {
    if (adt.std || !adt.item) continue;
    if (adt.item.kind === 'enum') for (const variant of adt.item.variants) items.add(variant.name.name);
    for (const param of adt.item.generics.params) if (param.constTy) items.add(param.name.name);
  }
  // std's impls are left out before their generics are read: reading them decodes std's AST.
  for (const impl of table.impls) if (!impl.std) for (const param of impl.item.generics.params) if (param.constTy) items.add(param.name.name);
  const fns: FnDef[] = [...table.fns.values(), ...table.impls.flatMap((impl) => [...impl.fns.values()]), ...[...table.traits.values()].flatMap((t) => [...t.fns.values()]), ...table.constFns.values()];
  const program = fns.filter((fn) => !(fn.constant?.std ?? fn.std) && fn.item.body !== null).sort((a, b) => a.item.span.start - b.item.span.start);
  const isItem = (name: string) => items.has(name) || table.stdImports.pathOf(name) !== undefined;
  try {
    for (const fn of program) new BodyNames(fn, isItem).walkFn(fn.item);
  } catch (error) {
    if (error instanceof Diagnostic) return error;
    throw error;
  }
  return null;
}

/** A program's item keeps its name before `#` (`f#mod:a`, `f#block2`). */
function baseName(key: string): string {
  const hash = key.indexOf('#');
  return hash < 0 ? key : key.slice(0, hash);
}

class BodyNames {
  private readonly scopes: Set<string>[] = [];
  private readonly constParams: ReadonlySet<string>;

  constructor(
    private readonly fn: FnDef,
    private readonly isItem: (name: string) => boolean,
  ) {
    const params = [...fn.item.generics.params, ...(fn.owner.kind === 'impl' ? fn.owner.impl.item.generics.params : [])];
    this.constParams = new Set(params.filter((p) => p.constTy !== undefined).map((p) => p.name.name));
  }

  walkFn(item: FnItem): void {
    this.scopes.push(new Set());
    for (const param of item.params) this.bind(param.pattern);
    if (item.body) this.block(item.body);
    this.scopes.pop();
  }

  /** In a valid program every alternative of an or-pattern binds the same names: the first's
   *  are the pattern's (`collectBindings`). */
  private bind(pattern: Pattern): void {
    const scope = this.scopes[this.scopes.length - 1]!;
    collectBindings(pattern, (binding) => scope.add(binding.name.name));
  }

  private scoped(walk: () => void): void {
    this.scopes.push(new Set());
    walk();
    this.scopes.pop();
  }

  private block(block: Block): void {
    this.scoped(() => {
      for (const stmt of block.stmts) {
        if (stmt.kind === 'expr') {
          this.expr(stmt.expr);
          continue;
        }
        if (stmt.init) this.expr(stmt.init);
        if (stmt.elseBlock) this.block(stmt.elseBlock);
        this.bind(stmt.pattern);
      }
      if (block.tail) this.expr(block.tail);
    });
  }

  /** `hygiene`: the expansion a macro's own code (`w` in its `let w`) was written in. */
  private value(name: string, span: Span, called: boolean, hygiene?: MacroHygiene): void {
    // A hidden name (`Point#block3`, `x#macro2`) is one the lowering resolved already.
    if (name.includes('#') || this.scopes.some((scope) => scope.has(name))) return;
    if (hygiene && this.scopes.some((scope) => scope.has(`${name}${HYGIENE_MARK}${hygiene.mark}`))) return;
    if (name === 'self') {
      if (this.fn.item.selfParam) return;
      throw compileError('E0424', 'expected value, found module `self`', span, '`self` value is a keyword only available in methods with a `self` parameter');
    }
    if (name === 'Self' || this.constParams.has(name) || this.isItem(name)) return;
    if (this.fn.item.outerLocals?.has(name)) {
      if (this.fn.constant) throw compileError('E0435', 'attempt to use a non-constant value in a constant', span, 'non-constant value');
      throw compileError('E0434', "can't capture dynamic environment in a fn item", span);
    }
    throw compileError('E0425', `cannot find ${called ? calledWhat(name) : 'value'} \`${name}\` in this scope`, span, 'not found in this scope');
  }

  private exprs(list: readonly Expr[]): void {
    for (const e of list) this.expr(e);
  }

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'path':
        if (!e.blockPath && !e.viaModule) this.value(e.name, e.span, false, e.hygiene);
        return;
      case 'call':
        if (e.callee.kind === 'path' && !e.callee.blockPath && !e.callee.viaModule) this.value(e.callee.name, e.callee.span, true, e.callee.hygiene);
        else this.expr(e.callee);
        this.exprs(e.args);
        return;
      case 'tuple':
      case 'array':
        this.exprs(e.elems);
        return;
      case 'arrayRepeat':
        this.expr(e.value);
        return;
      case 'index':
        this.expr(e.base);
        this.expr(e.index);
        return;
      case 'field':
        this.expr(e.base);
        return;
      case 'methodCall':
        this.expr(e.receiver);
        this.exprs(e.args);
        return;
      case 'structLit':
        for (const field of e.fields) this.expr(field.value);
        if (e.base) this.expr(e.base);
        return;
      case 'match':
        this.expr(e.scrutinee);
        for (const arm of e.arms) {
          this.scoped(() => {
            this.bind(arm.pattern);
            if (arm.guard) this.expr(arm.guard);
            this.expr(arm.body);
          });
        }
        return;
      case 'let':
        // A condition's `let` binds for the rest of the condition and the block it guards: the
        // caller opened that scope.
        this.expr(e.value);
        this.bind(e.pattern);
        return;
      case 'if':
        this.scoped(() => {
          this.expr(e.cond);
          this.block(e.then);
        });
        if (e.else) this.expr(e.else);
        return;
      case 'while':
        this.scoped(() => {
          this.expr(e.cond);
          this.block(e.body);
        });
        return;
      case 'for':
        this.expr(e.iter);
        this.scoped(() => {
          this.bind(e.pattern);
          this.block(e.body);
        });
        return;
      case 'loop':
        this.block(e.body);
        return;
      case 'block':
        this.block(e.block);
        return;
      case 'closure':
        this.scoped(() => {
          for (const param of e.params) this.bind(param.pattern);
          this.expr(e.body);
        });
        return;
      case 'try':
      case 'unary':
      case 'ref':
      case 'cast':
        this.expr(e.operand);
        return;
      case 'paren':
        this.expr(e.inner);
        return;
      case 'binary':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'assign':
      case 'compoundAssign':
        this.expr(e.target);
        this.expr(e.value);
        return;
      case 'range':
        if (e.start) this.expr(e.start);
        if (e.end) this.expr(e.end);
        return;
      case 'break':
      case 'return':
        if (e.value) this.expr(e.value);
        return;
      case 'macro':
        this.exprs(e.args);
        if (e.format) {
          this.exprs(e.format.positional);
          for (const named of e.format.named) this.expr(named.value);
        }
        if (e.pattern) {
          const { pattern, guard } = e;
          this.scoped(() => {
            this.bind(pattern);
            if (guard) this.expr(guard);
          });
        }
        return;
      case 'int':
      case 'float':
      case 'char':
      case 'str':
      case 'byte':
      case 'bool':
      case 'qualified':
      case 'qualifiedType':
      case 'unit':
      case 'continue':
        return;
    }
  }
}
