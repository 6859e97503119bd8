import type { Node, Tree } from 'web-tree-sitter';
import { Diagnostic, compileError, unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type {
  ArithOp,
  BinaryOp,
  BindingPattern,
  Block,
  ClosureParam,
  ConstItem,
  EnumItem,
  Expr,
  ExprKind,
  ExprPath,
  FieldDef,
  FnItem,
  FormatArgs,
  Generics,
  Ident,
  ImplItem,
  Item,
  LifetimeBound,
  MacroHygiene,
  MacroName,
  MatchArm,
  Param,
  PathSegment,
  Pattern,
  Program,
  SelfParam,
  Stmt,
  StructItem,
  TraitItem,
  TypeExpr,
  TypePath,
  WherePredicate,
  UnaryOp,
  UseItem,
  VariantDef,
} from './ast.js';
import { FormatProblem, checkFormatArgs, parseFormatString, type ExplicitArg } from './format.js';
import { LiteralError, byteStrLiteralValue, charLiteralValue, floatLiteralValue, intLiteralValue, strLiteralValue, type StrValue } from './literals.js';
import type { LineIndex, Spans } from './positions.js';
import { ModuleTable } from './modules.js';
import { constructorFnName } from '../diagnostics/names.js';
import { attributesOf, evalCfgTokenTree, isEnabled, withoutDisabled } from './cfg.js';
import { BlockScopes, declaresInBlock, enumVariants, outerLocalNames, type BlockName } from './block-items.js';
import { describeToken, firstSyntaxError, tokensOf } from './syntaxerrors.js';
import { ExpansionSpans, INVISIBLE, MacroScopes, expand, macroTrees, parseDefinition, type MacroDef, type MacroTree, type ParsedFragment } from './macro-rules.js';
import { HYGIENE_TEXT_MARK, hygienicTokens } from './hygiene.js';
import { tokenize } from './tokens.js';
import { HYGIENE_MARK } from '../diagnostics/names.js';

/** Parses Rust text with the same grammar; used for macro arguments. The caller deletes the tree. */
export interface FragmentParser {
  /**
   * Parses the text that `read(index)` returns from `index` on (any chunk length), looking only
   * at the given `[start, end)` ranges of it.
   */
  parse(read: (index: number) => string, ranges: readonly { readonly start: number; readonly end: number }[]): Tree;
}

/** Lowers a tree that has no syntax errors. Throws Diagnostic. */
/** `crate`: the crate rustc makes of the file (its messages name it). */
export function lowerProgram(root: Node, text: string, lines: LineIndex, fragments: FragmentParser, crate: string): Program {
  return new Lowerer(text, lines, fragments, new LoweringState(crate)).program(root);
}

/**
 * The name of the hidden binding a destructuring `for` pattern is bound through. The AST's
 * `for` takes a single binding, so `for (i, x) in it { .. }` is lowered as
 * `for <for pattern> in it { let (i, x) = <for pattern>; .. }`. The name is not an identifier,
 * so no user code can refer to it.
 */
export const FOR_PATTERN_NAME = '<for pattern>';

const COMMENTS = new Set(['line_comment', 'block_comment']);
/** Expressions that end a statement without `;` (rustc's "block-like" expressions). */
/** Expressions whose first operand comes first in the source: a statement that starts with it
 *  starts with that operand. */
const STATEMENT_CONTINUATIONS = new Set(['binary_expression', 'assignment_expression', 'compound_assignment_expr', 'range_expression', 'type_cast_expression']);
/** Operators that can also start an expression, so rustc reads a new statement instead. */
const PREFIX_OPERATORS = new Set(['-', '*', '&', '&&', '|', '||', '..', '..=', '!']);
const BLOCK_LIKE = new Set(['block', 'if_expression', 'match_expression', 'while_expression', 'loop_expression', 'for_expression', 'unsafe_block', 'async_block', 'const_block', 'try_block', 'gen_block']);

/** Items that are lowered. */
const LOWERED_ITEMS = new Set(['function_item', 'function_signature_item', 'struct_item', 'enum_item', 'impl_item', 'trait_item', 'const_item', 'static_item']);

/** Items that are refused, with what to call them. */
const ITEM_WHAT: Record<string, string> = {
  union_item: 'union items',
  mod_item: 'modules',
  macro_definition: '`macro_rules!` definitions',
  extern_crate_declaration: '`extern crate`',
  foreign_mod_item: '`extern` blocks',
  associated_type: 'associated types outside traits',
};

const EXPR_WHAT: Record<string, string> = {
  await_expression: '`async`/`.await`',
  async_block: '`async` blocks',
  const_block: '`const` blocks',
  try_block: '`try` blocks',
  gen_block: '`gen` blocks (generators)',
  yield_expression: '`yield` (generators)',
  metavariable: 'macro metavariables',
};

const TYPE_WHAT: Record<string, string> = {
  macro_invocation: 'macros in type position',
  removed_trait_bound: '`?Sized` bounds',
  metavariable: 'macro metavariables',
  higher_ranked_trait_bound: 'higher-ranked trait bounds (`for<\'a>`)',
  use_bounds: '`use<..>` bounds',
};

const MACROS = new Set<string>([
  'println', 'print', 'eprintln', 'eprint', 'panic', 'assert', 'assert_eq', 'assert_ne', 'unreachable', 'todo', 'unimplemented',
  'format', 'write', 'writeln', 'vec', 'matches', 'dbg', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne',
]);

/** Attributes that are accepted and have no effect here. */
const IGNORED_ATTRIBUTES = new Set(['allow', 'warn', 'deny', 'forbid', 'expect', 'inline', 'must_use', 'rustfmt::skip', 'doc']);

const BINARY_OPS = new Set<string>(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '==', '!=', '<', '<=', '>', '>=', '&&', '||']);
const COMPARISONS = new Set<string>(['==', '!=', '<', '<=', '>', '>=']);
const ARITH_OPS = new Set<string>(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>']);
const LITERALS = new Set(['integer_literal', 'float_literal', 'string_literal', 'raw_string_literal', 'char_literal', 'boolean_literal']);

/** One macro argument: its non-comment tokens, split at a top-level comma. */
interface MacroArg {
  readonly tokens: readonly Node[];
  readonly start: number;
  readonly end: number;
  /** The `,` or closing delimiter after the argument. */
  readonly after: Node | null;
  /** The argument already parsed (when the whole argument list parsed as call arguments). */
  readonly node: Node | null;
}

/** The wrapper that turns a macro argument into a complete program: `fn f(){(` ARG `);}`. */
const FRAGMENT_PREFIX = 'fn f(){(';
const FRAGMENT_SUFFIX = ');}';
/** The wrapper for a whole argument list (the token tree supplies the parentheses): `fn f(){f(..);}`. */
const CALL_PREFIX = 'fn f(){f';
const CALL_SUFFIX = ';}';
/** The wrapper for a pattern (and guard): `fn f(){match 0{` PAT `=>{}}}`. */
const MATCH_PREFIX = 'fn f(){match 0{';
const MATCH_SUFFIX = '=>{}}}';

/** Rust's keywords, which `stringify!` spaces from a following `(` (`let (a, b)`). */
const RESERVED = new Set(['as', 'break', 'const', 'continue', 'crate', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if', 'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self', 'static', 'struct', 'super', 'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while', 'async', 'await', 'dyn', 'abstract', 'become', 'box', 'do', 'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield', 'try', 'gen']);

/** rustc's default `recursion_limit`: how deeply macro expansions may nest. */
const MACRO_RECURSION_LIMIT = 128;

/** How many tokens a program's macro expansions may make in all: a macro that doubles its
 *  input at each of 128 levels would otherwise exhaust memory before the recursion limit. */
const MAX_EXPANDED_TOKENS = 250_000;

/** Where a macro's expansion is parsed, and the text around its tokens that puts it there. */
interface TraitMembers {
  readonly fns: FnItem[];
  readonly consts: ConstItem[];
  readonly types: { name: Ident; bounds: TypePath[]; span: Span }[];
}

type ExpansionPosition = 'expr' | 'statements' | 'items' | 'impl' | 'trait' | 'type' | 'pattern';
const EXPANSION_WRAPPERS: Readonly<Record<ExpansionPosition, readonly [string, string]>> = {
  expr: [FRAGMENT_PREFIX, ');}'],
  statements: ['fn f(){', '}'],
  items: ['', ''],
  impl: ['impl T {', '}'],
  trait: ['trait T {', '}'],
  type: ['type T =', ';'],
  pattern: [MATCH_PREFIX, MATCH_SUFFIX],
};
/** How a macro's fragment is parsed to find where it ends (`$x:ty`, ...). */
const FRAGMENT_WRAPPERS: Readonly<Record<ParsedFragment, readonly [string, string]>> = {
  expr: [FRAGMENT_PREFIX, FRAGMENT_SUFFIX],
  ty: ['type T=', ';'],
  path: ['type T=', ';'],
  pat: [MATCH_PREFIX, MATCH_SUFFIX],
  stmt: ['fn f(){', ';}'],
  item: ['', ''],
};
/** The types a `$x:path` fragment may be. */
const PATH_TYPES = new Set(['type_identifier', 'scoped_type_identifier', 'generic_type', 'scoped_identifier', 'identifier']);

/** Where an item stands: at the top level or in a block, in an `impl`, or in a trait. */
type ItemContext = 'free' | 'impl' | 'trait';

interface Attributes {
  readonly derives: Ident[];
  readonly repr: string[];
  /** `#[default]`, on an enum's variant (where `#[derive(Default)]` looks for it). */
  isDefault?: boolean;
  /** `#[rustc_layout_scalar_valid_range_start(N)]`: see `StructItem.validRangeStart`. */
  validRangeStart?: number;
}

interface ImplMembers {
  readonly fns: FnItem[];
  readonly consts: ConstItem[];
  readonly types: { name: Ident; ty: TypeExpr; span: Span }[];
}

type MutableGenerics = { name: Ident; bounds: TypePath[]; outlives?: LifetimeBound; constTy?: TypeExpr; maybeUnsized?: boolean }[];

/**
 * What every lowerer of one program shares: the program's own and those made for its macros'
 * expansions (each lowers its expansion's text, `syntax/expansion.ts`).
 */
class LoweringState {
  constructor(readonly crate: string) {}

  nextId = 0;
  /** The program's inline modules (flattened: paths lose their module prefix), and the module
   *  whose items are being lowered. */
  modules: ModuleTable | null = null;
  readonly currentModule: string[] = [];
  /** The names the blocks being lowered declare or import, and the items declared in blocks,
   *  hoisted to the program's items. */
  readonly blockScopes = new BlockScopes();
  readonly hoisted: Item[] = [];
  /** Each enum's variants, for `use Enum::*` in a block. */
  enums = new Map<string, string[] | null>();
  /** The `macro_rules!` macros in scope where the lowering is (textual scoping). */
  readonly macros = new MacroScopes();
  /** The names every `macro_rules!` of the file defines, wherever it stands. */
  macroNames = new Set<string>();
  /** How many expansions have been made (each one's hygienic names are its own). */
  expansions = 0;
  /** The macro each expansion (by its mark) expanded. */
  readonly expanded = new Map<number, MacroDef>();
  /** How many tokens the expansions made so far hold (see `MAX_EXPANDED_TOKENS`). */
  expandedTokens = 0;
  /** How deep the expansion being lowered is nested in others. */
  depth = 0;
  /** How many texts have been read as macro tokens (see `MacroToken.source`). */
  tokenSources = 0;
  /** The next run of tokens substituted for a fragment (see `MacroToken.run`). */
  readonly runs = { next: 1 };
}

class Lowerer {
  /** Inside the left-hand side of `=`, where `_` is an expression (destructuring assignment). */
  private inAssignTarget = false;

  constructor(
    private readonly text: string,
    private readonly lines: Spans,
    private readonly fragments: FragmentParser,
    private readonly state: LoweringState,
  ) {}

  // ---- helpers ----

  private span(node: Node): Span {
    return this.lines.span(node.startIndex, node.endIndex);
  }

  private spanOf(start: number, end: number): Span {
    return this.lines.span(start, end);
  }

  private named(node: Node): Node[] {
    return node.namedChildren.filter((c): c is Node => c !== null && !COMMENTS.has(c.type));
  }

  /** Named children plus `_`, which is an anonymous token but a whole pattern. */
  private patKids(node: Node): Node[] {
    return node.children.filter((c): c is Node => c !== null && (c.isNamed || c.type === '_') && !COMMENTS.has(c.type));
  }

  private children(node: Node): Node[] {
    return node.children.filter((c): c is Node => c !== null && !COMMENTS.has(c.type));
  }

  private field(node: Node, name: string): Node {
    const c = node.childForFieldName(name);
    // Only reachable if the grammar changes: trees with errors never get here.
    if (c === null) throw new Diagnostic('syntax', `syntax error: missing ${name}`, this.span(node));
    return c;
  }

  private has(node: Node, tokenType: string): boolean {
    return this.children(node).some((c) => c.type === tokenType);
  }

  private unsupported(what: string, node: Node): Diagnostic {
    return unsupported(what, this.span(node));
  }

  private syntax(headline: string, start: number, end: number, code?: string, label?: string): Diagnostic {
    return new Diagnostic('syntax', headline, this.spanOf(start, end), code, label);
  }

  private expr(kind: ExprKind, span: Span): Expr {
    return { ...kind, id: this.state.nextId++, span };
  }

  private ident(node: Node): Ident {
    return { name: identName(node.text), span: this.span(node) };
  }

  private label(node: Node): string | null {
    const l = this.children(node).find((c) => c.type === 'label');
    if (l === undefined) return null;
    return l.text.replace(/^'/, '');
  }

  /**
   * Pairs each element of a list with the outer attributes (`#[..]`) written before it. Inner
   * attributes (`#![..]`) are checked and dropped. Attributes with nothing after them are
   * rustc's error `trailing`. Elements configured out (`#[cfg]`, `#[test]`) are left out.
   */
  private attached(kids: readonly Node[], trailing: string): { node: Node; attrs: Node[] }[] {
    const out: { node: Node; attrs: Node[] }[] = [];
    let pending: Node[] = [];
    // rustc parses a configured-out module before removing it: its body's syntax errors stand.
    const parseDisabled = (n: Node) => {
      const body = n.type === 'mod_item' ? n.childForFieldName('body') : null;
      const last = body ? this.named(body).filter((c) => !COMMENTS.has(c.type)).at(-1) : undefined;
      if (last?.type === 'attribute_item') throw this.syntax('expected item after attributes', last.startIndex, last.endIndex);
    };
    for (const k of withoutDisabled(kids, (n) => this.span(n), parseDisabled)) {
      if (k.type === 'attribute_item') {
        pending.push(k);
        continue;
      }
      if (k.type === 'inner_attribute_item') {
        if (out.length > 0 || pending.length > 0) throw this.syntax('an inner attribute is not permitted in this context', k.startIndex, k.endIndex);
        this.attributes([k], 'other');
        continue;
      }
      out.push({ node: k, attrs: pending });
      pending = [];
    }
    const last = pending[pending.length - 1];
    if (last !== undefined) throw this.syntax(trailing, last.startIndex, last.endIndex);
    return out;
  }

  /**
   * Checks attributes: `derive` and `repr` are recorded (only on structs and enums, as rustc
   * requires), lint levels and a few harmless ones are ignored, anything else is refused.
   */
  private attributes(attrs: readonly Node[], target: 'adt' | 'variant' | 'other'): Attributes {
    const out: Attributes = { derives: [], repr: [] };
    for (const { name, args, item } of attrs.flatMap((a) => attributesOf(a, (n) => this.span(n)))) {
      if (IGNORED_ATTRIBUTES.has(name)) continue;
      if (name === 'cfg' || name === 'test') {
        if (!isEnabled([item], (n) => this.span(n))) throw this.unsupported('`#[cfg]` removing an element in this position', item);
        continue;
      }
      if (name === 'derive' && item.type === 'attribute_item') {
        if (target !== 'adt') throw compileError('E0774', '`derive` may only be applied to `struct`s, `enum`s and `union`s', this.span(item), 'not applicable here');
        if (args === null) throw compileError(undefined, 'malformed `derive` attribute input', this.span(item));
        for (const group of this.tokenGroups(args)) {
          const last = [...group].reverse().find((t) => t.type === 'identifier');
          if (last !== undefined) out.derives.push(this.ident(last));
        }
        continue;
      }
      if (name === 'default' && target === 'variant' && args === null) {
        out.isDefault = true;
        continue;
      }
      if (name === 'rustc_layout_scalar_valid_range_start' && target === 'adt' && args !== null) {
        const [literal] = this.tokenGroups(args);
        const value = literal?.length === 1 && literal[0]!.type === 'integer_literal' ? Number(literal[0]!.text) : NaN;
        if (!Number.isSafeInteger(value)) throw this.unsupported(`the attribute \`#[${name}]\` with another argument than an integer`, item);
        out.validRangeStart = value;
        continue;
      }
      if (name === 'repr' && item.type === 'attribute_item') {
        if (args === null) throw compileError(undefined, 'malformed `repr` attribute input', this.span(item));
        const groups = this.tokenGroups(args);
        if (target !== 'adt') {
          const first = groups[0]?.[0] ?? args;
          throw compileError('E0517', 'attribute should be applied to a struct, enum, or union', this.span(first));
        }
        for (const group of groups) {
          const first = group[0] as Node;
          const last = group[group.length - 1] as Node;
          out.repr.push(this.text.slice(first.startIndex, last.endIndex));
        }
        continue;
      }
      throw this.unsupported(`the attribute \`#[${name}]\``, item);
    }
    return out;
  }

  /** The contents of a token tree, split at top-level commas (empty groups dropped). */
  private tokenGroups(tt: Node): Node[][] {
    const inner = this.children(tt).slice(1, -1);
    const groups: Node[][] = [];
    let cur: Node[] = [];
    for (const t of inner) {
      if (t.type === ',') {
        if (cur.length > 0) groups.push(cur);
        cur = [];
      } else cur.push(t);
    }
    if (cur.length > 0) groups.push(cur);
    return groups;
  }

  // ---- items ----

  program(root: Node): Program {
    this.state.modules = new ModuleTable(root, (n) => this.span(n));
    this.state.modules.checkClashes();
    this.state.enums = enumVariants(root, (n) => this.span(n));
    this.state.macroNames = new Set(root.descendantsOfType('macro_definition').flatMap((d) => (d?.childForFieldName('name')?.text ? [d.childForFieldName('name')!.text] : [])));
    const items: Item[] = [];
    this.moduleItems(root, items);
    items.push(...this.state.hoisted);
    items.push(...items.flatMap((item) => this.constructorFns(item)));
    return { items };
  }

  /**
   * The functions rustc makes of a tuple struct's or tuple variant's constructor, for its uses
   * as a value (`.map(Some)`, `let f = Wrapper;`): `fn Wrapper(_0: T) -> Wrapper { Wrapper(_0) }`
   * under the hidden name `constructorFnName` gives, with the type's generics. Types with
   * lifetime parameters get none (such a use stays refused).
   */
  private constructorFns(item: Item): FnItem[] {
    if (item.kind === 'struct') {
      if (item.shape !== 'tuple' || item.lifetimeParams > 0) return [];
      const callee = this.expr({ kind: 'path', name: item.name.name }, item.span);
      return [this.constructorFn(constructorFnName(item.name.name, null), item.name, item.generics, item.fields, callee, item.span, item.module)];
    }
    if (item.kind !== 'enum' || item.lifetimeParams > 0) return [];
    return item.variants.flatMap((v) => {
      if (v.shape !== 'tuple') return [];
      const segments = [item.name.name, v.name.name];
      const path: ExprPath = { segments: segments.map((name) => ({ name, args: [], span: v.span })), span: v.span };
      const callee = this.expr({ kind: 'qualified', segments, path }, v.span);
      return [this.constructorFn(constructorFnName(item.name.name, v.name.name), item.name, item.generics, v.fields, callee, v.span, undefined)];
    });
  }

  private constructorFn(name: string, adt: Ident, generics: Generics, fields: readonly FieldDef[], callee: Expr, span: Span, module: readonly string[] | undefined): FnItem {
    const params: Param[] = fields.map((f, i) => ({
      pattern: { kind: 'binding', id: this.state.nextId++, name: { name: `_${i}`, span: f.span }, mutable: false, byRef: null, subpattern: null, span: f.span },
      ty: f.ty,
      span: f.span,
    }));
    const args = fields.map((f, i) => this.expr({ kind: 'path', name: `_${i}` }, f.span));
    const typeArgs: TypeExpr[] = generics.params.map((g) => {
      const segment = { name: g.name.name, args: [], span: g.name.span };
      return { kind: 'path', name: g.name.name, args: [], path: { segments: [segment], bindings: [], span: g.name.span }, span: g.name.span };
    });
    const ret: TypeExpr = { kind: 'path', name: adt.name, args: typeArgs, path: { segments: [{ name: adt.name, args: typeArgs, span }], bindings: [], span }, span };
    const body: Block = { stmts: [], tail: this.expr({ kind: 'call', callee, args }, span), span };
    return { kind: 'fn', name: { name, span }, generics, selfParam: null, params, ret, body, span, ...(module ? { module } : {}) };
  }

  /** The items of the file or of a `mod { ... }` body, modules flattened into `items`. */
  private moduleItems(container: Node, items: Item[]): void {
    const named = this.named(container);
    // `name!(..);` as an item: tree-sitter leaves the `;` on its own; any other `;` (after
    // `name! {..}` too) is no item.
    const kids = named.filter((n, i) => {
      if (n.type !== 'empty_statement') return n.type !== 'shebang';
      const before = named[i - 1];
      if (before?.type !== 'macro_invocation' || before.text.endsWith('}')) throw this.syntax('expected item, found `;`', n.startIndex, n.endIndex);
      return false;
    });
    for (const { node, attrs } of this.attached(kids, 'expected item after attributes')) {
      if (node.type === 'mod_item') {
        const body = node.childForFieldName('body');
        if (body === null) throw this.unsupported('modules in other files (`mod name;`)', node);
        this.attributes(attrs, 'other');
        this.state.currentModule.push(this.field(node, 'name').text);
        this.state.macros.open();
        try {
          this.moduleItems(body, items);
        } finally {
          this.state.macros.close();
          this.state.currentModule.pop();
        }
        continue;
      }
      if (node.type === 'macro_definition') {
        this.attributes(attrs, 'other');
        this.defineMacro(node);
        continue;
      }
      const macro = node.type === 'expression_statement' ? this.named(node)[0] : node.type === 'macro_invocation' ? node : undefined;
      if (macro?.type === 'macro_invocation') {
        const semicolon = node === macro ? undefined : this.children(node).at(-1);
        if (semicolon?.type === ';' && macro.text.endsWith('}')) throw this.syntax('expected item, found `;`', semicolon.startIndex, semicolon.endIndex);
        const def = this.userMacro(macro);
        if (def === undefined) throw this.itemUnsupported(macro);
        this.attributes(attrs, 'other');
        this.expandedItems(macro, def, items);
        continue;
      }
      if (node.type === 'expression_statement' || node.type === 'let_declaration') {
        const first = this.children(node)[0] ?? node;
        throw new Diagnostic('syntax', `expected item, found ${describeToken(first)}`, this.span(first), undefined, 'expected item');
      }
      items.push(this.inModule(this.moduleNamed(this.item(node, attrs, 'free'))));
    }
  }

  /** An item under the name its module gives it (hidden when other modules' items have it). */
  private moduleNamed(item: Item): Item {
    if (item.kind === 'impl' || item.kind === 'use' || this.state.modules === null) return item;
    const name = this.state.modules.itemName(item.name.name, this.state.currentModule);
    return name === item.name.name ? item : { ...item, name: { ...item.name, name } };
  }

  /** An item of the current module, marked with it (functions and structs check privacy by it,
   *  `type_name` spells a type's path with it). */
  private inModule(item: Item): Item {
    if (this.state.currentModule.length === 0) return item;
    const module = [...this.state.currentModule];
    switch (item.kind) {
      case 'fn':
      case 'struct':
      case 'enum':
      case 'use':
        return { ...item, module };
      case 'impl':
        return { ...item, fns: item.fns.map((f) => ({ ...f, module })) };
      case 'trait':
        return { ...item, module, fns: item.fns.map((f) => ({ ...f, module })) };
      default:
        return item;
    }
  }

  /** An item at the top level or in a block. */
  private item(node: Node, attrs: readonly Node[], ctx: ItemContext): Item {
    const isAdt = node.type === 'struct_item' || node.type === 'enum_item';
    const info = this.attributes(attrs, isAdt ? 'adt' : 'other');
    switch (node.type) {
      case 'function_item':
      case 'function_signature_item':
        return this.fnItem(node, ctx);
      case 'struct_item':
        return this.structItem(node, info);
      case 'enum_item':
        return this.enumItem(node, info);
      case 'impl_item':
        return this.implItem(node);
      case 'trait_item':
        return this.traitItem(node);
      case 'const_item':
      case 'static_item':
        return this.constItem(node, ctx);
      case 'type_item': {
        const where = this.named(node).find((c) => c.type === 'where_clause');
        if (where !== undefined) throw this.unsupported('`where` clauses on type aliases', where);
        return { kind: 'typeAlias', name: this.ident(this.field(node, 'name')), generics: this.generics(node), ty: this.type(this.field(node, 'type')), span: this.span(node) };
      }
      case 'use_declaration':
        return this.useItem(this.usePaths(this.field(node, 'argument'), []), this.span(node), false);
      default:
        throw this.itemUnsupported(node);
    }
  }

  /** The paths a `use` tree brings in, each as its full list of segments. */
  private usePaths(node: Node, prefix: readonly string[]): UseItem['paths'][number][] {
    const segmentsOf = (n: Node): string[] => {
      if (n.type === 'scoped_identifier') {
        const path = n.childForFieldName('path');
        return [...(path ? segmentsOf(path) : []), this.field(n, 'name').text];
      }
      return [n.text];
    };
    switch (node.type) {
      case 'identifier':
      case 'scoped_identifier':
      case 'self':
      case 'crate':
      case 'super':
        return [{ segments: [...prefix, ...segmentsOf(node)], alias: null, span: this.span(node) }];
      case 'use_as_clause':
        return [{ segments: [...prefix, ...segmentsOf(this.field(node, 'path'))], alias: this.field(node, 'alias').text, span: this.span(node) }];
      case 'use_wildcard': {
        const path = this.named(node)[0];
        return [{ segments: [...prefix, ...(path ? segmentsOf(path) : []), '*'], alias: null, span: this.span(node) }];
      }
      case 'scoped_use_list': {
        const path = node.childForFieldName('path');
        return this.usePaths(this.field(node, 'list'), [...prefix, ...(path ? segmentsOf(path) : [])]);
      }
      case 'use_list':
        return this.named(node).filter((c) => !COMMENTS.has(c.type)).flatMap((c) => this.usePaths(c, prefix));
      default:
        throw this.unsupported('this form of `use`', node);
    }
  }

  private useItem(paths: readonly UseItem['paths'][number][], span: Span, inBlock: boolean): UseItem {
    const kept = paths.map((p) => this.useWithoutModules(p));
    const programGlob = paths.some((p, i) => p.segments[p.segments.length - 1] === '*' && kept[i]!.length === 0);
    return { kind: 'use', paths: kept.flat(), span, ...(inBlock ? { inBlock } : {}), ...(programGlob ? { programGlob } : {}) };
  }

  /** A `use` path without its module prefix; nothing when it imports a module (whose items
   *  are found by name anyway) or all of one (`use super::*`). */
  private useWithoutModules(path: UseItem['paths'][number]): UseItem['paths'][number][] {
    if (!this.state.modules?.active) return [path];
    const segments = this.state.modules.resolve(path.segments.map((name) => ({ name, span: path.span })), this.state.currentModule);
    const last = segments[segments.length - 1];
    if (last === undefined || last.name === '*' && segments.length === 1 || this.state.modules.isModule(last.name)) return [];
    return [{ ...path, segments: segments.map((s) => s.name) }];
  }

  private itemUnsupported(node: Node): Diagnostic {
    if (node.type === 'macro_invocation') return this.unsupported('macro invocations at item level', node);
    return this.unsupported(ITEM_WHAT[node.type] ?? `\`${node.type}\` items`, node);
  }

  private fnItem(node: Node, ctx: ItemContext): FnItem {
    let isUnsafe = false;
    for (const c of this.named(node)) {
      if (c.type === 'function_modifiers') {
        // A `const fn` runs like any function; calling one in a `const` initialiser evaluates it
        // when the constant is first used, with the same result. An `unsafe fn` only asks its
        // callers for an `unsafe` block.
        isUnsafe = this.children(c).some((m) => m.type === 'unsafe');
        if (this.children(c).every((m) => m.type === 'const' || m.type === 'unsafe')) continue;
        const mod = this.children(c).find((m) => m.type !== 'const' && m.type !== 'unsafe');
        const kw = mod?.type === 'extern_modifier' ? 'extern' : (mod?.text ?? '');
        const what: Record<string, string> = { async: '`async` functions', extern: '`extern` functions', default: '`default` functions' };
        throw this.unsupported(what[kw] ?? 'function modifiers', c);
      }
    }
    const nameNode = this.field(node, 'name');
    if (nameNode.type !== 'identifier') throw this.unsupported('macro metavariables', nameNode);
    const generics = this.generics(node, true);
    let selfParam: SelfParam | null = null;
    const params: Param[] = [];
    const list = this.attached(this.patKids(this.field(node, 'parameters')), 'expected parameter after attributes');
    for (const [i, { node: p, attrs }] of list.entries()) {
      this.attributes(attrs, 'other');
      const isSelf = p.type === 'self_parameter' || (p.type === 'parameter' && this.field(p, 'pattern').type === 'self');
      if (isSelf) {
        if (ctx === 'free') {
          throw new Diagnostic('syntax', '`self` parameter is only allowed in associated functions', this.span(p), undefined, 'not semantically valid as function parameter');
        }
        if (i !== 0) throw new Diagnostic('syntax', 'unexpected `self` parameter in function', this.span(p), undefined, 'must be the first parameter of an associated function');
        selfParam = this.selfParam(p);
      } else if (p.type === 'parameter') params.push(this.param(p));
      else if (p.type === 'variadic_parameter') throw this.unsupported('variadic parameters', p);
      else {
        // `fn f(i32)`: anonymous parameters are gone since the 2018 edition.
        let next = p.nextSibling;
        while (next !== null && COMMENTS.has(next.type)) next = next.nextSibling;
        const found = next === null ? null : (tokensOf(next)[0] ?? null);
        const at = found ?? p;
        const expected = p.type === '_' ? '`:` or `|`' : '`:`, `@`, or `|`';
        throw new Diagnostic('syntax', `expected one of ${expected}, found ${describeToken(found)}`, this.spanOf(at.startIndex, at.endIndex), undefined, `expected one of ${expected}`);
      }
    }
    const retNode = node.childForFieldName('return_type');
    const outerLocals = outerLocalNames(node);
    let body: Block | null = null;
    if (node.type === 'function_item') body = this.block(this.field(node, 'body'));
    else if (ctx === 'free') throw compileError(undefined, 'free function without a body', this.span(node));
    else if (ctx === 'impl') throw compileError(undefined, 'associated function in `impl` without body', this.span(node));
    return {
      kind: 'fn',
      name: this.ident(nameNode),
      generics,
      selfParam,
      params,
      ret: retNode === null ? null : this.type(retNode),
      body,
      span: this.span(node),
      ...(outerLocals.size > 0 ? { outerLocals } : {}),
      ...(isUnsafe ? { unsafe: true as const } : {}),
      ...(ctx === 'impl' ? { isPub: this.named(node).some((c) => c.type === 'visibility_modifier') } : {}),
    };
  }

  private selfParam(p: Node): SelfParam {
    const keyword = p.type === 'parameter' ? this.field(p, 'pattern') : this.children(p).find((c) => c.type === 'self');
    const mark = keyword === undefined ? 0 : this.lines.macroOrigin(keyword.startIndex).mark;
    const param = this.selfParamKind(p);
    return mark === 0 ? param : { ...param, mark };
  }

  private selfParamKind(p: Node): SelfParam {
    const mutable = this.has(p, 'mutable_specifier');
    if (p.type === 'parameter') {
      const ty = this.type(this.field(p, 'type'));
      // `self: &Self` and `self: &mut Self` are `&self` and `&mut self` written out.
      if (ty.kind === 'ref' && ty.inner.kind === 'path' && ty.inner.name === 'Self' && ty.inner.args.length === 0 && ty.inner.path.segments.length === 1) {
        return { kind: ty.mutable ? 'refMut' : 'ref', mutable, ty: null, span: this.span(p) };
      }
      return { kind: 'value', mutable, ty, span: this.span(p) };
    }
    if (this.has(p, '&')) return { kind: mutable ? 'refMut' : 'ref', mutable: false, ty: null, span: this.span(p) };
    return { kind: 'value', mutable, ty: null, span: this.span(p) };
  }

  private param(node: Node): Param {
    const mut = this.children(node).find((c) => c.type === 'mutable_specifier');
    const pattern = this.patternWithMut(this.field(node, 'pattern'), mut);
    return { pattern, ty: this.type(this.field(node, 'type')), span: this.span(node) };
  }

  /**
   * `<T: Display, U>` and the `where` clause, merged. Lifetime parameters and bounds are
   * erased; a `where` clause may only bound the item's own type parameters.
   */
  private generics(node: Node, allowPredicates = false): Generics {
    const params: MutableGenerics = [];
    const predicates: WherePredicate[] = [];
    const tp = node.childForFieldName('type_parameters');
    if (tp !== null) {
      for (const { node: p, attrs } of this.attached(this.named(tp), 'expected generic parameter after attributes')) {
        this.attributes(attrs, 'other');
        switch (p.type) {
          case 'lifetime_parameter':
            break;
          case 'type_parameter': {
            const dflt = p.childForFieldName('default_type');
            if (dflt !== null) throw this.unsupported('default type parameters', dflt);
            const b = p.childForFieldName('bounds');
            const param: MutableGenerics[number] = { name: this.ident(this.field(p, 'name')), bounds: [] };
            if (b !== null) param.bounds.push(...this.paramBounds(b, param));
            if (b !== null) this.noteOutlives(param, b);
            params.push(param);
            break;
          }
          case 'const_parameter': {
            const dflt = p.childForFieldName('value');
            if (dflt !== null) throw this.unsupported('default values of const parameters', dflt);
            const ty = this.field(p, 'type');
            if (ty.text !== 'usize') throw this.unsupported('const parameters of another type than `usize`', ty);
            params.push({ name: this.ident(this.field(p, 'name')), bounds: [], constTy: this.type(ty) });
            break;
          }
          default:
            throw this.unsupported(TYPE_WHAT[p.type] ?? 'this kind of generic parameter', p);
        }
      }
    }
    const where = this.named(node).find((c) => c.type === 'where_clause');
    if (where !== undefined) {
      for (const pred of this.named(where)) {
        if (pred.type !== 'where_predicate') continue;
        const left = this.field(pred, 'left');
        if (left.type === 'lifetime') continue;
        const target = left.type === 'type_identifier' ? params.find((p) => p.name.name === left.text) : undefined;
        const b = this.field(pred, 'bounds');
        if (target === undefined) {
          if (!allowPredicates) throw this.unsupported('`where` clauses on anything but the item\'s own type parameters', pred);
          if (this.named(b).some((c) => c.type === 'removed_trait_bound')) throw this.unsupported('a `?` bound in a `where` clause on another type', pred);
          // `for<'a> &'a T: Trait`: lifetimes are erased, so the type stands for every one.
          const ty = left.type === 'higher_ranked_trait_bound' ? this.field(left, 'type') : left;
          predicates.push({ ty: this.type(ty), bounds: this.bounds(b), span: this.span(pred) });
          continue;
        }
        target.bounds.push(...this.paramBounds(b, target));
        this.noteOutlives(target, b);
      }
    }
    return predicates.length > 0 ? { params, predicates } : { params };
  }

  /** Keeps a lifetime bound (`'static`, `'scope`): the borrow checker holds it against the argument. */
  private noteOutlives(param: MutableGenerics[number], tb: Node): void {
    const bound = this.named(tb).find((c) => c.type === 'lifetime');
    if (bound !== undefined && param.outlives === undefined) param.outlives = { name: bound.text.replace(/^'/, ''), span: this.span(bound) };
  }

  /** A type parameter's bounds: `?Sized` marks it as maybe unsized (rustc accepts no other `?`
   *  bound on it). */
  private paramBounds(tb: Node, param: MutableGenerics[number]): TypePath[] {
    const out: TypePath[] = [];
    for (const b of this.named(tb)) {
      if (b.type === 'removed_trait_bound' && b.text.replace(/\s+/g, '') === '?Sized') {
        param.maybeUnsized = true;
        continue;
      }
      const p = this.bound(b);
      if (p !== null) out.push(p);
    }
    return out;
  }

  /** `: A + B<C> + 'a` as trait paths; lifetimes are erased. */
  private bounds(tb: Node): TypePath[] {
    const out: TypePath[] = [];
    for (const b of this.named(tb)) {
      const p = this.bound(b);
      if (p !== null) out.push(p);
    }
    return out;
  }

  /** One trait bound; null for a lifetime. */
  private bound(b: Node): TypePath | null {
    switch (b.type) {
      case 'lifetime':
        return null;
      case 'type_identifier':
      case 'scoped_type_identifier':
      case 'generic_type':
        return this.typePath(b);
      case 'function_type':
        if (b.childForFieldName('trait') !== null) return this.fnSugar(b);
        throw compileError('E0404', 'expected trait, found function pointer type', this.span(b));
      default:
        throw this.unsupported(TYPE_WHAT[b.type] ?? 'this kind of trait bound', b);
    }
  }

  private structItem(node: Node, attrs: Attributes): StructItem {
    const body = node.childForFieldName('body');
    let shape: StructItem['shape'] = 'unit';
    let fields: FieldDef[] = [];
    if (body !== null) {
      shape = body.type === 'ordered_field_declaration_list' ? 'tuple' : 'named';
      fields = this.fields(body);
    }
    return {
      kind: 'struct',
      name: this.ident(this.field(node, 'name')),
      generics: this.generics(node),
      lifetimeParams: this.lifetimeParamCount(node),
      shape,
      fields,
      derives: attrs.derives,
      repr: attrs.repr,
      ...(attrs.validRangeStart !== undefined ? { validRangeStart: attrs.validRangeStart } : {}),
      span: this.span(node),
    };
  }

  /** `{ a: T, pub b: U }` or `(T, pub U)`. */
  private fields(list: Node): FieldDef[] {
    if (list.type === 'field_declaration_list') {
      return this.attached(this.named(list), 'expected identifier, found `}`').map(({ node, attrs }) => {
        this.attributes(attrs, 'other');
        return { name: this.ident(this.field(node, 'name')), ty: this.type(this.field(node, 'type')), span: this.span(node), isPub: this.has(node, 'visibility_modifier') };
      });
    }
    // Tuple fields are not wrapped in a node: attributes, visibility and the type are siblings.
    const out: FieldDef[] = [];
    let attrs: Node[] = [];
    let start: number | null = null;
    let isPub = false;
    const kids = this.children(list);
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i] as Node;
      if (c.type === '(' || c.type === ')' || c.type === ',') continue;
      if (c.type === 'attribute_item') {
        attrs.push(c);
        continue;
      }
      start ??= c.startIndex;
      if (c.type === 'visibility_modifier') {
        isPub = true;
        continue;
      }
      if (isEnabled(attrs, (n) => this.span(n))) {
        this.attributes(attrs, 'other');
        out.push({ name: null, ty: this.type(c), span: this.spanOf(start, c.endIndex), isPub });
      }
      attrs = [];
      start = null;
      isPub = false;
    }
    return out;
  }

  private enumItem(node: Node, attrs: Attributes): EnumItem {
    const body = this.field(node, 'body');
    const variants: VariantDef[] = [];
    const derivesDefault = attrs.derives.find((d) => d.name === 'Default');
    let defaults = 0;
    for (const { node: v, attrs: vattrs } of this.attached(this.named(body), 'expected identifier, found `}`')) {
      const isDefault = this.attributes(vattrs, 'variant').isDefault === true;
      const vb = v.childForFieldName('body');
      const value = v.childForFieldName('value');
      // rustc's other `#[default]` errors (no derive, a variant with fields, two defaults).
      if (isDefault && (derivesDefault === undefined || vb !== null || defaults > 0)) throw this.unsupported('this use of `#[default]`', v);
      if (isDefault) defaults++;
      variants.push({
        name: this.ident(this.field(v, 'name')),
        shape: vb === null ? 'unit' : vb.type === 'ordered_field_declaration_list' ? 'tuple' : 'named',
        fields: vb === null ? [] : this.fields(vb),
        discriminant: value === null ? null : this.exprNode(value),
        span: this.span(v),
        ...(isDefault ? { isDefault } : {}),
      });
    }
    if (derivesDefault !== undefined && defaults === 0) throw compileError('E0665', '`#[derive(Default)]` on enum with no `#[default]`', derivesDefault.span);
    return {
      kind: 'enum',
      name: this.ident(this.field(node, 'name')),
      generics: this.generics(node),
      lifetimeParams: this.lifetimeParamCount(node),
      variants,
      derives: attrs.derives,
      repr: attrs.repr,
      span: this.span(node),
    };
  }

  private implItem(node: Node): ImplItem {
    const kids = this.children(node);
    const unsafe = kids.some((c) => c.type === 'unsafe');
    const negative = kids.some((c) => c.type === '!');
    const generics = this.generics(node);
    const traitNode = node.childForFieldName('trait');
    const trait = traitNode === null ? null : this.typePath(traitNode);
    const selfTy = this.type(this.field(node, 'type'));
    const body = node.childForFieldName('body');
    if (body === null) throw this.syntax('expected `{`, found `;`', node.endIndex - 1, node.endIndex);
    const members: ImplMembers = { fns: [], consts: [], types: [] };
    this.implMembers(this.attached(this.named(body), 'expected item after attributes'), members);
    const { fns, consts, types } = members;
    return { kind: 'impl', unsafe, negative, generics, trait, selfTy, fns, consts, types, span: this.span(node) };
  }

  /** The functions, constants and types of an `impl` block (or of a macro's expansion in one). */
  private implMembers(entries: readonly { node: Node; attrs: readonly Node[] }[], out: ImplMembers): void {
    for (const [i, { node: m, attrs }] of entries.entries()) {
      this.attributes(attrs, 'other');
      // `name!(..);` in an `impl`: tree-sitter leaves the `;` on its own.
      if (m.type === 'empty_statement') {
        if (entries[i - 1]?.node.type === 'macro_invocation' && attrs.length === 0) continue;
        throw this.syntax('non-item in item list', m.startIndex, m.endIndex);
      }
      switch (m.type) {
        case 'function_item':
        case 'function_signature_item':
          out.fns.push(this.fnItem(m, 'impl'));
          break;
        case 'const_item':
        case 'static_item':
          out.consts.push(this.constItem(m, 'impl'));
          break;
        case 'type_item': {
          const tp = m.childForFieldName('type_parameters');
          if (tp !== null) throw this.unsupported('generic associated types', tp);
          const where = this.named(m).find((c) => c.type === 'where_clause');
          if (where !== undefined) throw this.unsupported('`where` clauses on associated types', where);
          out.types.push({ name: this.ident(this.field(m, 'name')), ty: this.type(this.field(m, 'type')), span: this.span(m) });
          break;
        }
        case 'associated_type':
          throw compileError(undefined, 'associated type in `impl` without body', this.span(m));
        case 'macro_invocation':
          this.expandedMembers(m, 'impl', (lowerer, members) => lowerer.implMembers(members, out));
          break;
        default:
          throw this.unsupported(`${ITEM_WHAT[m.type] ?? `\`${m.type}\` items`} in \`impl\` blocks`, m);
      }
    }
  }

  private traitItem(node: Node): TraitItem {
    const unsafe = this.children(node).some((c) => c.type === 'unsafe');
    const generics = this.generics(node);
    const sup = node.childForFieldName('bounds');
    const members: TraitMembers = { fns: [], consts: [], types: [] };
    this.traitMembers(this.attached(this.named(this.field(node, 'body')), 'expected item after attributes'), members);
    return {
      kind: 'trait',
      unsafe,
      name: this.ident(this.field(node, 'name')),
      generics,
      supertraits: sup === null ? [] : this.bounds(sup),
      ...members,
      span: this.span(node),
    };
  }

  /** A trait's members, those a program's macro expands to among them. */
  private traitMembers(entries: readonly { node: Node; attrs: Node[] }[], out: TraitMembers): void {
    const { fns, consts, types } = out;
    for (const [i, { node: m, attrs }] of entries.entries()) {
      this.attributes(attrs, 'other');
      // `name!(..);` in a trait: tree-sitter leaves the `;` on its own.
      if (m.type === 'empty_statement' && entries[i - 1]?.node.type === 'macro_invocation' && attrs.length === 0) continue;
      switch (m.type) {
        case 'function_item':
        case 'function_signature_item':
          fns.push(this.fnItem(m, 'trait'));
          break;
        case 'const_item':
        case 'static_item':
          consts.push(this.constItem(m, 'trait'));
          break;
        case 'associated_type': {
          const tp = m.childForFieldName('type_parameters');
          if (tp !== null) throw this.unsupported('generic associated types', tp);
          const where = this.named(m).find((c) => c.type === 'where_clause');
          if (where !== undefined) throw this.unsupported('`where` clauses on associated types', where);
          const b = m.childForFieldName('bounds');
          types.push({ name: this.ident(this.field(m, 'name')), bounds: b === null ? [] : this.bounds(b), span: this.span(m) });
          break;
        }
        case 'type_item':
          throw compileError('E0658', 'associated type defaults are unstable', this.span(m));
        case 'macro_invocation':
          this.expandedMembers(m, 'trait', (lowerer, members) => lowerer.traitMembers(members, out));
          break;
        case 'empty_statement':
          throw this.syntax('non-item in item list', m.startIndex, m.endIndex);
        default:
          throw this.unsupported(`${ITEM_WHAT[m.type] ?? `\`${m.type}\` items`} in traits`, m);
      }
    }
  }

  private constItem(node: Node, ctx: ItemContext): ConstItem {
    const isStatic = node.type === 'static_item';
    const kids = this.children(node);
    const refKw = kids.find((c) => c.type === 'ref');
    if (refKw !== undefined) throw this.syntax('expected identifier, found keyword `ref`', refKw.startIndex, refKw.endIndex, undefined, 'expected identifier, found keyword');
    if (isStatic && ctx !== 'free') throw compileError(undefined, 'associated `static` items are not allowed', this.span(node));
    const value = node.childForFieldName('value');
    if (value === null && ctx !== 'trait') {
      const what = ctx === 'impl' ? 'associated constant in `impl`' : isStatic ? 'free static item' : 'free constant item';
      throw compileError(undefined, `${what} without body`, this.span(node));
    }
    const outerLocals = outerLocalNames(node);
    return {
      kind: isStatic ? 'static' : 'const',
      name: this.ident(this.field(node, 'name')),
      ty: this.type(this.field(node, 'type')),
      value: value === null ? null : this.exprNode(value),
      mutable: isStatic && kids.some((c) => c.type === 'mutable_specifier'),
      span: this.span(node),
      ...(outerLocals.size > 0 ? { outerLocals } : {}),
    };
  }

  // ---- types ----

  private type(node: Node): TypeExpr {
    const span = this.span(node);
    switch (node.type) {
      case 'type_identifier':
        if (node.text === '_') return { kind: 'infer', span };
        return this.pathType(node);
      case 'primitive_type':
      case 'scoped_type_identifier':
      case 'generic_type':
        return this.pathType(node);
      case 'reference_type': {
        // A lifetime (`&'a T`) is kept by name only: the checker uses it for elision rules.
        const lifetime = this.named(node).find((c) => c.type === 'lifetime');
        return { kind: 'ref', mutable: this.has(node, 'mutable_specifier'), inner: this.type(this.field(node, 'type')), span, lifetime: lifetime ? lifetime.text.slice(1) : null };
      }
      case 'unit_type':
        return { kind: 'tuple', elems: [], span };
      case 'tuple_type': {
        const elems = this.named(node);
        // `(T)` is a parenthesized type, `(T,)` a one-element tuple.
        if (elems.length === 1 && !this.has(node, ',')) return this.type(elems[0] as Node);
        return { kind: 'tuple', elems: elems.map((e) => this.type(e)), span };
      }
      case 'never_type':
        return { kind: 'never', span };
      case 'array_type': {
        const elem = this.type(this.field(node, 'element'));
        const len = node.childForFieldName('length');
        return len === null ? { kind: 'slice', elem, span } : { kind: 'array', elem, len: this.exprNode(len), span };
      }
      case 'pointer_type':
        return { kind: 'rawPointer', mutable: this.has(node, 'mutable_specifier'), inner: this.type(this.field(node, 'type')), span };
      case 'function_type': {
        if (node.childForFieldName('trait') !== null) throw compileError('E0782', 'expected a type, found a trait', span);
        for (const c of this.named(node)) {
          if (c.type === 'for_lifetimes') throw this.unsupported('higher-ranked function pointer types (`for<\'a>`)', c);
          if (c.type === 'function_modifiers') throw this.unsupported(c.text.includes('unsafe') ? '`unsafe fn` pointers' : '`extern` function pointers', c);
        }
        const ret = node.childForFieldName('return_type');
        return { kind: 'fnPointer', params: this.paramTypes(this.field(node, 'parameters')), ret: ret === null ? null : this.type(ret), span };
      }
      case 'abstract_type': {
        const forKw = this.children(node).find((c) => c.type === 'for');
        if (forKw !== undefined) throw this.unsupported('higher-ranked trait bounds (`for<\'a>`)', node);
        return { kind: 'implTrait', bounds: this.plusBounds(this.field(node, 'trait')), span };
      }
      case 'dynamic_type':
        return { kind: 'dynTrait', bounds: this.plusBounds(this.field(node, 'trait')), span };
      case 'bounded_type': {
        // `dyn A + B` and `impl A + 'a` parse as `(dyn A) + B`.
        const parts = this.plusParts(node);
        const first = parts[0] as Node;
        const rest = parts.slice(1).flatMap((p) => {
          const b = this.bound(p);
          return b === null ? [] : [b];
        });
        if (first.type === 'dynamic_type' || first.type === 'abstract_type') {
          const head = this.type(first);
          if (head.kind === 'dynTrait' || head.kind === 'implTrait') return { kind: head.kind, bounds: [...head.bounds, ...rest], span };
        }
        if (first.type === 'type_identifier' || first.type === 'scoped_type_identifier' || first.type === 'generic_type' || first.type === 'lifetime') {
          throw compileError('E0782', 'expected a type, found a trait', span);
        }
        throw compileError('E0178', 'expected a path on the left-hand side of `+`', this.span(first));
      }
      default:
        if (node.type === 'macro_invocation') {
          const def = this.userMacro(node);
          if (def !== undefined) return this.expandedType(node, def);
        }
        throw this.unsupported(TYPE_WHAT[node.type] ?? 'this kind of type', node);
    }
  }

  /** The operands of a chain of `+` in a type, left to right. */
  private plusParts(node: Node): Node[] {
    if (node.type !== 'bounded_type') return [node];
    const [l, r] = this.named(node);
    return [...(l === undefined ? [] : this.plusParts(l)), ...(r === undefined ? [] : this.plusParts(r))];
  }

  /** The bounds after `impl` or `dyn`. */
  private plusBounds(node: Node): TypePath[] {
    if (node.type === 'higher_ranked_trait_bound') throw this.unsupported('higher-ranked trait bounds (`for<\'a>`)', node);
    return this.plusParts(node).flatMap((p) => {
      const b = this.bound(p);
      return b === null ? [] : [b];
    });
  }

  /** The parameter types of `fn(A, b: B)` or `Fn(A, B)` (names, which fn pointers allow, are dropped). */
  private paramTypes(params: Node): TypeExpr[] {
    return this.attached(this.patKids(params), 'expected type after attributes').map(({ node: p, attrs }) => {
      this.attributes(attrs, 'other');
      if (p.type === 'parameter') return this.type(this.field(p, 'type'));
      if (p.type === '_') return { kind: 'infer', span: this.span(p) };
      if (p.type === 'variadic_parameter' || p.type === 'self_parameter') throw this.unsupported('this kind of parameter', p);
      return this.type(p);
    });
  }

  /**
   * `Fn(A, B) -> R` (also `FnMut`, `FnOnce`) in a bound is sugar for `Fn<(A, B), Output = R>`,
   * and is lowered to exactly that: a path whose last segment has the one argument `(A, B)` (a
   * tuple type spanning the parentheses, `(A,)` for one parameter) and an `Output` binding. Without
   * `-> R` the binding is `Output = ()`, with zero-width spans at the closing parenthesis.
   */
  private fnSugar(node: Node): TypePath {
    const params = this.field(node, 'parameters');
    const segments = this.pathParts(this.field(node, 'trait')).segments.slice();
    const last = segments.pop() as PathSegment;
    const tuple: TypeExpr = { kind: 'tuple', elems: this.paramTypes(params), span: this.span(params) };
    segments.push({ name: last.name, args: [tuple], span: this.lines.join(last.span, this.span(params)) });
    const retNode = node.childForFieldName('return_type');
    const arrow = this.children(node).find((c) => c.type === '->');
    const none = this.spanOf(params.endIndex, params.endIndex);
    const output: TypeExpr = retNode === null ? { kind: 'tuple', elems: [], span: none } : this.type(retNode);
    const name: Ident = { name: 'Output', span: arrow === undefined ? none : this.span(arrow) };
    return { segments, bindings: [{ name, ty: output }], span: this.span(node) };
  }

  private pathType(node: Node): TypeExpr {
    const path = this.typePath(node);
    const last = path.segments[path.segments.length - 1] as PathSegment;
    return { kind: 'path', name: last.name, args: last.args, path, span: this.span(node) };
  }

  private typePath(node: Node): TypePath {
    const { segments, bindings } = this.pathParts(node);
    return { segments, bindings, span: this.span(node) };
  }

  private exprPath(node: Node): ExprPath {
    const { segments, bindings } = this.pathParts(node);
    if (bindings.length > 0) throw this.unsupported('associated type bindings in expression paths', node);
    return { segments, span: this.span(node) };
  }

  /** The segments of a type or expression path, with generic arguments and bindings; a module
   *  prefix is checked and dropped (modules are flattened). */
  private pathParts(node: Node): { segments: PathSegment[]; bindings: TypePath['bindings'] } {
    const parts = this.pathPartsAsWritten(node);
    const segments = this.state.blockScopes.resolve(parts.segments);
    if (!this.state.modules) return { segments, bindings: parts.bindings };
    return { segments: this.state.modules.resolve(segments, this.state.currentModule), bindings: parts.bindings };
  }

  private pathPartsAsWritten(node: Node): { segments: PathSegment[]; bindings: TypePath['bindings'] } {
    switch (node.type) {
      case 'identifier':
      case 'type_identifier':
      case 'primitive_type':
      case 'self':
      case 'super':
      case 'crate':
        return { segments: [{ name: identName(node.text), args: [], span: this.span(node) }], bindings: [] };
      case 'scoped_identifier':
      case 'scoped_type_identifier': {
        const path = node.childForFieldName('path');
        const head = path === null ? { segments: [], bindings: [] } : this.pathPartsAsWritten(path);
        if (head.bindings.length > 0) throw this.unsupported('associated type bindings inside a path', node);
        const name = this.field(node, 'name');
        return { segments: [...head.segments, { name: identName(name.text), args: [], span: this.span(name) }], bindings: [] };
      }
      case 'generic_type':
      case 'generic_type_with_turbofish':
      case 'generic_function': {
        const base = this.pathPartsAsWritten(this.field(node, node.type === 'generic_function' ? 'function' : 'type'));
        if (base.bindings.length > 0) throw this.unsupported('associated type bindings inside a path', node);
        const { args, bindings, lifetimes } = this.typeArgs(this.field(node, 'type_arguments'));
        const segments = base.segments.slice();
        const last = segments.pop() as PathSegment;
        segments.push({ name: last.name, args, ...(lifetimes > 0 ? { lifetimes } : {}), span: this.lines.join(last.span, this.span(node)) });
        return { segments, bindings };
      }
      case 'bracketed_type':
        throw this.unsupported('qualified paths (`<T as Trait>::`) here', node);
      default:
        throw this.unsupported(TYPE_WHAT[node.type] ?? 'this kind of path', node);
    }
  }

  /** `<T, U, Item = V>`; lifetimes are erased, only counted. */
  private typeArgs(node: Node): { args: TypeExpr[]; bindings: { name: Ident; ty: TypeExpr }[]; lifetimes: number } {
    const args: TypeExpr[] = [];
    const bindings: { name: Ident; ty: TypeExpr }[] = [];
    let lifetimes = 0;
    for (const a of this.named(node)) {
      if (a.type === 'lifetime') {
        lifetimes++;
        continue;
      }
      if (a.type === 'type_binding') {
        const ta = a.childForFieldName('type_arguments');
        if (ta !== null) throw this.unsupported('generic associated types', ta);
        bindings.push({ name: this.ident(this.field(a, 'name')), ty: this.type(this.field(a, 'type')) });
        continue;
      }
      if (a.type === 'trait_bounds') throw this.unsupported('associated type bounds', a);
      if (a.type === 'block' || LITERALS.has(a.type) || a.type === 'negative_literal') {
        args.push({ kind: 'constArg', value: this.exprNode(a), span: this.span(a) });
        continue;
      }
      args.push(this.type(a));
    }
    return { args, bindings, lifetimes };
  }

  /** The lifetime parameters a struct or enum declares. */
  private lifetimeParamCount(node: Node): number {
    const tp = node.childForFieldName('type_parameters');
    return tp === null ? 0 : this.named(tp).filter((p) => p.type === 'lifetime_parameter').length;
  }

  // ---- patterns ----

  private binding(name: Node, mutable: boolean, byRef: BindingPattern['byRef'], subpattern: Pattern | null, start: number, end: number): BindingPattern {
    return { kind: 'binding', id: this.state.nextId++, name: this.ident(name), mutable, byRef, subpattern, span: this.spanOf(start, end) };
  }

  /** `x` or `x @ pat` as a binding with the given mode, spanning from `start`. */
  private bindingLike(node: Node, mutable: boolean, byRef: BindingPattern['byRef'], start: number): BindingPattern | null {
    if (node.type === 'identifier') return this.binding(node, mutable, byRef, null, start, node.endIndex);
    if (node.type === 'captured_pattern') {
      const [name, sub] = this.patKids(node);
      if (name === undefined || sub === undefined) return null;
      return this.binding(name, mutable, byRef, this.pattern(sub), start, node.endIndex);
    }
    return null;
  }

  /** A pattern with a `mut` written as a separate node before it (let, parameters). */
  private patternWithMut(pat: Node, mut: Node | undefined): Pattern {
    if (mut === undefined) return this.pattern(pat);
    const b = this.bindingLike(pat, true, null, mut.startIndex);
    if (b === null) throw this.syntax('`mut` must be attached to each individual binding', mut.startIndex, pat.endIndex);
    return b;
  }

  private pattern(node: Node): Pattern {
    const span = this.span(node);
    switch (node.type) {
      case 'identifier':
        // A block's constant, unit struct or imported variant is matched, not bound.
        if (this.state.blockScopes.renames(identName(node.text), 'pattern')) return { kind: 'path', path: this.exprPath(node), span };
        if (/^[A-Z]/.test(node.text) && this.state.modules?.sharedName(identName(node.text), this.state.currentModule, span) != null) return { kind: 'path', path: this.exprPath(node), span };
        return this.binding(node, false, null, null, node.startIndex, node.endIndex);
      case '_':
        return { kind: 'wildcard', span };
      case 'remaining_field_pattern':
        return { kind: 'rest', span };
      case 'integer_literal':
      case 'float_literal':
      case 'string_literal':
      case 'raw_string_literal':
      case 'char_literal':
      case 'boolean_literal':
      case 'negative_literal':
        return { kind: 'literal', value: this.patternBound(node), span };
      case 'scoped_identifier':
      case 'generic_pattern':
        return { kind: 'path', path: this.patternPath(node), span };
      case 'tuple_pattern': {
        const kids = this.patKids(node);
        // `(p)` without a trailing comma is a parenthesized pattern, not a 1-tuple.
        const trailingComma = this.children(node).some((c, i, all) => c.type === ',' && all.slice(i + 1).every((x) => x.type === ')'));
        if (kids.length === 1 && !trailingComma && kids[0]!.type !== 'remaining_field_pattern') return this.pattern(kids[0]!);
        return { kind: 'tuple', elems: kids.map((p) => this.pattern(p)), span };
      }
      case 'slice_pattern':
        return { kind: 'slice', elems: this.patKids(node).map((p) => this.pattern(p)), span };
      case 'tuple_struct_pattern': {
        const ty = this.field(node, 'type');
        const elems = this.patKids(node).filter((c) => !c.equals(ty));
        return { kind: 'tupleStruct', path: this.patternPath(ty), elems: elems.map((p) => this.pattern(p)), span };
      }
      case 'struct_pattern': {
        const ty = this.field(node, 'type');
        const fields: { name: Ident; pattern: Pattern }[] = [];
        let rest = false;
        for (const f of this.named(node)) {
          if (f.equals(ty)) continue;
          if (f.type === 'remaining_field_pattern') {
            rest = true;
            continue;
          }
          if (f.type !== 'field_pattern') throw this.unsupported('this kind of field pattern', f);
          const name = this.field(f, 'name');
          const sub = f.childForFieldName('pattern');
          const isRef = this.has(f, 'ref');
          const isMut = this.has(f, 'mutable_specifier');
          if (sub === null) {
            const byRef = isRef ? (isMut ? 'refMut' : 'ref') : null;
            fields.push({ name: this.ident(name), pattern: this.binding(name, isMut && !isRef, byRef, null, f.startIndex, f.endIndex) });
          } else {
            if (isRef || isMut) throw this.syntax(`expected identifier, found ${describeToken(sub)}`, f.startIndex, f.endIndex);
            fields.push({ name: this.ident(name), pattern: this.pattern(sub) });
          }
        }
        return { kind: 'struct', path: this.patternPath(ty), fields, rest, span };
      }
      case 'captured_pattern':
        return this.bindingLike(node, false, null, node.startIndex) ?? this.notPattern(node);
      case 'mut_pattern': {
        const inner = this.patKids(node).find((c) => c.type !== 'mutable_specifier');
        const b = inner === undefined ? null : this.bindingLike(inner, true, null, node.startIndex);
        if (b === null) throw this.syntax('`mut` must be attached to each individual binding', node.startIndex, node.endIndex);
        return b;
      }
      case 'ref_pattern': {
        let inner: Node | undefined = this.patKids(node)[0];
        let byRef: 'ref' | 'refMut' = 'ref';
        if (inner?.type === 'mut_pattern') {
          byRef = 'refMut';
          inner = this.patKids(inner).find((c) => c.type !== 'mutable_specifier');
        }
        const b = inner === undefined ? null : this.bindingLike(inner, false, byRef, node.startIndex);
        if (b === null) {
          const tok = inner === undefined ? null : (tokensOf(inner)[0] ?? null);
          throw this.syntax(`expected identifier, found ${describeToken(tok)}`, tok?.startIndex ?? node.endIndex, tok?.endIndex ?? node.endIndex, undefined, 'expected identifier');
        }
        return b;
      }
      case 'reference_pattern': {
        const inner = this.patKids(node).find((c) => c.type !== 'mutable_specifier');
        if (inner === undefined) return this.notPattern(node);
        return { kind: 'ref', mutable: this.has(node, 'mutable_specifier'), inner: this.pattern(inner), span };
      }
      case 'or_pattern':
        return { kind: 'or', alts: this.orAlts(node).map((p) => this.pattern(p)), span };
      case 'range_pattern': {
        const op = this.children(node).find((c) => c.type === '..' || c.type === '..=' || c.type === '...');
        if (op?.type === '...') throw compileError('E0783', '`...` range patterns are deprecated', span, 'help: use `..=` for an inclusive range');
        const l = node.childForFieldName('left');
        const r = node.childForFieldName('right');
        return { kind: 'range', start: l === null ? null : this.patternBound(l), end: r === null ? null : this.patternBound(r), inclusive: op?.type === '..=', span };
      }
      case 'const_block':
        throw this.unsupported('`const` blocks', node);
      case 'macro_invocation': {
        const def = this.userMacro(node);
        if (def === undefined) throw this.unsupported('macros in pattern position', node);
        return this.expandedPattern(node, def);
      }
      case 'closure_expression':
        throw this.syntax(`expected pattern, found ${describeToken(tokensOf(node)[0] ?? null)}`, node.startIndex, node.startIndex + 1, undefined, 'expected pattern');
      default:
        return this.notPattern(node);
    }
  }

  private notPattern(node: Node): never {
    throw this.unsupported('this kind of pattern', node);
  }

  /** The alternatives of `A | B | C` (and of `| A`), flattened. */
  private orAlts(node: Node): Node[] {
    if (node.type !== 'or_pattern') return [node];
    return this.patKids(node).flatMap((c) => this.orAlts(c));
  }

  private patternPath(node: Node): ExprPath {
    if (node.type === 'generic_pattern') {
      // `Foo::<T>` in a pattern: the path, then `::` and the arguments.
      const base = this.exprPath(this.named(node)[0] as Node);
      const { args, bindings } = this.typeArgs(this.field(node, 'type_arguments'));
      if (bindings.length > 0) throw this.unsupported('associated type bindings in expression paths', node);
      const segments = base.segments.slice();
      const last = segments.pop() as PathSegment;
      segments.push({ name: last.name, args, span: this.lines.join(last.span, this.span(node)) });
      return { segments, span: this.span(node) };
    }
    return this.exprPath(node);
  }

  /** A literal pattern or a range bound: a literal, `-literal`, or a path to a constant. */
  private patternBound(node: Node): Expr {
    if (node.type === 'negative_literal') {
      const lit = this.named(node)[0];
      if (lit === undefined) return this.notPattern(node);
      return this.expr({ kind: 'unary', op: '-', operand: this.exprNode(lit) }, this.span(node));
    }
    return this.exprNode(node);
  }

  // ---- blocks and statements ----

  private block(node: Node): Block {
    const stmts: Stmt[] = [];
    let tail: Expr | null = null;
    const entries = this.attached(
      this.named(node).filter((c) => c.type !== 'label'),
      'expected statement after outer attribute',
    );
    const scope = this.openBlockScope(entries.map((e) => e.node));
    this.state.macros.open();
    try {
      for (const [i, { node: c, attrs }] of entries.entries()) {
        if (LOWERED_ITEMS.has(c.type) || c.type === 'type_item') this.state.hoisted.push(this.inModule(this.blockItem(c, attrs, scope)));
        else if (c.type === 'use_declaration') this.attributes(attrs, 'other');
        else if (c.type === 'macro_definition') {
          this.attributes(attrs, 'other');
          this.defineMacro(c);
        } else tail = this.statement(entries, i, stmts) ?? tail;
      }
    } finally {
      this.state.macros.close();
      this.state.blockScopes.close();
    }
    // A block-like expression without `;` at the end is the block's value, as in rustc.
    const last = stmts[stmts.length - 1];
    if (tail === null && last !== undefined && last.kind === 'expr' && !last.semi) {
      stmts.pop();
      tail = last.expr;
    }
    return { stmts, tail, span: this.span(node) };
  }

  /** The names a block's items declare there. */
  private blockDeclarations(kids: readonly Node[]): { name: string; inPatterns: boolean }[] {
    return kids.filter(declaresInBlock).flatMap((c) => {
      const name = c.childForFieldName('name');
      if (c.type === 'mod_item') throw this.unsupported('modules inside a block', c);
      const inPatterns = c.type === 'const_item' || c.type === 'static_item' || c.type === 'struct_item';
      return name === null ? [] : [{ name: identName(name.text), inPatterns }];
    });
  }

  /** Opens the scope of a block's items and `use` declarations (visible in the whole block). */
  private openBlockScope(kids: readonly Node[]): Map<string, BlockName> {
    const scope = this.state.blockScopes.open(this.blockDeclarations(kids));
    // Two `use` paths of one block binding one name: rustc's E0252, at the second.
    const imported = new Set<string>();
    for (const use of kids.filter((c) => c.type === 'use_declaration')) {
      const paths = this.usePaths(this.field(use, 'argument'), []);
      const checked: UseItem['paths'][number][] = [];
      for (const path of paths) {
        const asWritten = path.segments.map((name) => ({ name, args: [], span: path.span }));
        const segments = this.state.blockScopes.resolve(asWritten).map((s) => s.name);
        const last = segments[segments.length - 1]!;
        if (last === '*') {
          const relative = path.segments[0] === 'crate' || path.segments[0] === 'self' ? path.segments.slice(1) : path.segments;
          const variants = relative.length === 2 ? this.state.enums.get(relative[0]!) : undefined;
          if (!variants) throw this.unsupported('glob imports (`*`) inside a block, except of an enum\'s variants', use);
          for (const v of variants) scope.set(v, { segments: [...segments.slice(0, -1), v], inPatterns: true });
          continue;
        }
        const target = last === 'self' ? segments.slice(0, -1) : segments;
        const name = path.alias ?? target[target.length - 1]!;
        if (name !== '_' && imported.has(name)) throw compileError('E0252', `the name \`${name}\` is defined multiple times`, path.span, `\`${name}\` reimported here`);
        imported.add(name);
        const owner = target[target.length - 2];
        // A lone identifier pattern naming an imported variant or constant is a path pattern.
        const inPatterns = (owner !== undefined && /^[A-Z]/.test(owner)) || /^[A-Z0-9_]+$/.test(name);
        scope.set(name, { segments: target, inPatterns });
        checked.push({ ...path, segments: target });
      }
      this.state.hoisted.push(this.inModule(this.useItem(checked, this.span(use), true)));
    }
    return scope;
  }

  /** An item declared in a block, under the name its block's scope gives it. */
  private blockItem(node: Node, attrs: readonly Node[], scope: ReadonlyMap<string, BlockName>): Item {
    const item = this.item(node, attrs, 'free');
    if (item.kind === 'impl' || item.kind === 'use') return item;
    const hoisted = scope.get(item.name.name)?.segments[0];
    return hoisted === undefined ? item : { ...item, name: { ...item.name, name: hoisted } };
  }

  /** Lowers the block statement `entries[i]` into `stmts`; returns the block's tail expression if
   *  it is one. */
  private statement(entries: readonly { node: Node; attrs: readonly Node[] }[], i: number, stmts: Stmt[]): Expr | null {
    const { node: c, attrs } = entries[i]!;
    const span = this.span(c);
    const isLast = i === entries.length - 1;
    this.attributes(attrs, 'other');
    switch (c.type) {
      case 'empty_statement': {
        // `if c { 1 } else { 2 };`: tree-sitter leaves the `;` on its own, rustc makes it part of
        // the statement (which is then not the block's value, nor needs to be `()`).
        const prev = stmts[stmts.length - 1];
        const prevNode = i > 0 ? entries[i - 1]?.node : undefined;
        if (prev?.kind === 'expr' && !prev.semi && prevNode !== undefined && prev.span.end === this.span(prevNode).end && entries[i]?.attrs.length === 0) {
          stmts[stmts.length - 1] = { ...prev, semi: true, span: this.lines.join(prev.span, this.span(c)) };
        }
        return null;
      }
      case 'let_declaration':
        stmts.push(this.letStmt(c));
        return null;
      case 'expression_statement': {
        const inner = this.named(c)[0];
        if (inner === undefined) throw this.syntax('expected expression', c.startIndex, c.endIndex);
        this.checkStatementStart(inner);
        const semi = this.children(c).some((t) => t.type === ';' && !t.isMissing);
        const def = inner.type === 'macro_invocation' && inner.endIndex === (semi ? c.endIndex - 1 : c.endIndex) ? this.userMacro(inner) : undefined;
        if (def !== undefined) {
          this.expandedStatements(inner, def, semi, stmts);
          return null;
        }
        stmts.push({ kind: 'expr', expr: this.exprNode(inner), semi, span });
        return null;
      }
      case 'macro_invocation':
        // A statement macro with braces, `println! { .. }`, needs no `;`; with `()` or `[]` it does.
        if (!isLast && !this.bracedMacro(c)) throw this.missingSemicolon(c, (entries[i + 1] as { node: Node }).node);
        {
          const def = this.userMacro(c);
          if (def !== undefined) this.expandedStatements(c, def, false, stmts);
          else stmts.push({ kind: 'expr', expr: this.macro(c), semi: false, span });
        }
        return null;
      default:
        if (isItem(c.type)) throw this.itemUnsupported(c);
        this.checkStatementStart(c);
        if (isLast) return this.exprNode(c);
        if (!BLOCK_LIKE.has(c.type)) throw this.missingSemicolon(c, (entries[i + 1] as { node: Node }).node);
        stmts.push({ kind: 'expr', expr: this.exprNode(c), semi: false, span });
        return null;
    }
  }

  /**
   * rustc ends a statement that starts with a block-like expression at its closing brace, so
   * `if c { .. } == x` is the statement `if c { .. }` and then `== x`, which is no expression.
   * tree-sitter reads one binary expression. (`.` and `?` do continue the expression.)
   */
  private checkStatementStart(node: Node): void {
    let current = node;
    while (STATEMENT_CONTINUATIONS.has(current.type)) {
      const left = this.named(current)[0];
      if (left === undefined) return;
      if (BLOCK_LIKE.has(left.type)) {
        const op = this.children(current).find((t) => !t.isNamed && t.startIndex >= left.endIndex);
        if (op === undefined) return;
        if (PREFIX_OPERATORS.has(op.type)) throw this.unsupported(`a statement starting with a block-like expression followed by \`${op.type}\``, current);
        if (op.type === '+') throw this.syntax('leading `+` is not supported', op.startIndex, op.endIndex, undefined, 'unexpected `+`');
        throw this.syntax(`expected expression, found \`${op.type}\``, op.startIndex, op.endIndex, undefined, 'expected expression');
      }
      current = left;
    }
  }

  private bracedMacro(node: Node): boolean {
    const tree = this.named(node).find((c) => c.type === 'token_tree');
    return tree?.child(0)?.type === '{';
  }

  /** rustc's error for `f() g()`: the caret sits right after the first expression. */
  private missingSemicolon(expr: Node, next: Node): Diagnostic {
    const found = tokensOf(next)[0] ?? null;
    const error = new Diagnostic('syntax', `expected \`;\`, found ${describeToken(found)}`, this.spanOf(expr.endIndex, expr.endIndex), undefined, 'help: add `;` here');
    return found ? error.withLabel(this.span(found), 'unexpected token') : error;
  }

  private letStmt(node: Node): Stmt {
    const mut = this.children(node).find((c) => c.type === 'mutable_specifier');
    const pattern = this.patternWithMut(this.field(node, 'pattern'), mut);
    const tyNode = node.childForFieldName('type');
    const valNode = node.childForFieldName('value');
    const alt = node.childForFieldName('alternative');
    if (alt !== null && valNode === null) {
      const elseKw = this.children(node).find((c) => c.type === 'else') ?? alt;
      throw this.syntax('expected `=`, found keyword `else`', elseKw.startIndex, elseKw.endIndex);
    }
    return {
      kind: 'let',
      pattern,
      ty: tyNode === null ? null : this.type(tyNode),
      init: valNode === null ? null : this.exprNode(valNode),
      elseBlock: alt === null ? null : this.block(alt),
      span: this.span(node),
    };
  }

  // ---- expressions ----

  /** Runs a literal parser, turning its errors into syntax errors inside the token. */
  /** Parses a literal token from its source text (which may hold a NUL the parser did not see). */
  private literal<T>(node: Node, parse: (source: string) => T): T {
    try {
      return parse(this.text.slice(node.startIndex, node.endIndex));
    } catch (e) {
      if (e instanceof LiteralError) throw this.syntax(e.message, node.startIndex + e.start, node.startIndex + e.end);
      throw e;
    }
  }

  private exprNode(node: Node): Expr {
    const span = this.span(node);
    switch (node.type) {
      case 'integer_literal': {
        const lit = this.literal(node, intLiteralValue);
        if (lit.kind === 'float') {
          const f = this.literal(node, floatLiteralValue);
          return this.expr({ kind: 'float', text: f.text, suffix: f.suffix }, span);
        }
        return this.expr({ kind: 'int', value: lit.value, suffix: lit.suffix }, span);
      }
      case 'float_literal': {
        const f = this.literal(node, floatLiteralValue);
        return this.expr({ kind: 'float', text: f.text, suffix: f.suffix }, span);
      }
      case 'boolean_literal':
        return this.expr({ kind: 'bool', value: node.text === 'true' }, span);
      case 'char_literal': {
        const c = this.literal(node, charLiteralValue);
        return this.expr(c.kind === 'byte' ? { kind: 'byte', value: c.value } : { kind: 'char', value: c.value }, span);
      }
      case 'string_literal':
      case 'raw_string_literal':
        return this.stringLiteral(node);
      case 'identifier':
        // `_ = f();` assigns to nothing; the AST has no `_` expression, so it is a path named `_`
        // (which no binding can have).
        if (node.text === '_' && !this.inAssignTarget) {
          throw compileError(undefined, 'in expressions, `_` can only be used on the left-hand side of an assignment', span, '`_` not allowed here');
        }
        return this.namePath(node);
      case 'self':
        return this.expr({ kind: 'path', name: 'self', ...this.hygieneAt(node.startIndex, 'self') }, span);
      case 'super':
      case 'crate':
        throw this.unsupported('modules', node);
      case 'scoped_identifier':
        return this.pathExpr(node);
      case 'generic_function': {
        const fn = this.field(node, 'function');
        if (fn.type === 'field_expression') throw this.unsupported('generic arguments on a field access', node);
        return this.pathExpr(node);
      }
      case 'unit_expression':
        return this.expr({ kind: 'unit' }, span);
      case 'parenthesized_expression': {
        // As rustc's HIR does, the parenthesised expression takes the parentheses' span: an
        // overflow in `(a * b)` is located at the `(`.
        const inner = this.exprNode(this.only(node));
        // The parentheses a macro keeps around an `expr` fragment are no expression of their
        // own in rustc: the fragment keeps its span.
        if (this.lines.isInvisibleDelimiter(node.startIndex)) return this.expr({ kind: 'paren', inner }, inner.span);
        return this.expr({ kind: 'paren', inner: { ...inner, span } }, span);
      }
      case 'tuple_expression':
        return this.expr({ kind: 'tuple', elems: this.exprList(node) }, span);
      case 'array_expression': {
        const count = node.childForFieldName('length');
        if (count !== null) {
          const value = this.named(node).find((c) => c.type !== 'attribute_item' && !c.equals(count));
          if (value === undefined) throw this.syntax('expected expression', node.startIndex, node.endIndex);
          return this.expr({ kind: 'arrayRepeat', value: this.exprNode(value), count: this.exprNode(count) }, span);
        }
        return this.expr({ kind: 'array', elems: this.exprList(node) }, span);
      }
      case 'index_expression': {
        const [base, index] = this.named(node);
        if (base === undefined || index === undefined) throw this.syntax('expected expression', node.startIndex, node.endIndex);
        return this.expr({ kind: 'index', base: this.exprNode(base), index: this.exprNode(index), bracket: this.spanOf(base.endIndex, node.endIndex) }, span);
      }
      case 'field_expression': {
        const f = this.field(node, 'field');
        if (f.type === 'integer_literal' && !/^(0|[1-9][0-9]*)$/.test(f.text)) {
          const suffix = /^[0-9]+(.*)$/.exec(f.text)?.[1] ?? '';
          if (suffix !== '') throw this.syntax('suffixes on a tuple index are invalid', f.startIndex, f.endIndex, undefined, `invalid suffix \`${suffix}\``);
          throw this.syntax(`invalid tuple index \`${f.text}\``, f.startIndex, f.endIndex);
        }
        return this.expr({ kind: 'field', base: this.exprNode(this.field(node, 'value')), name: identName(f.text), nameSpan: this.span(f) }, span);
      }
      case 'struct_expression':
        return this.structLit(node);
      case 'binary_expression':
        return this.binary(node);
      case 'unary_expression': {
        const op = this.children(node)[0]?.type ?? '';
        if (op !== '-' && op !== '!' && op !== '*') throw this.unsupported(`the unary \`${op}\` operator`, node);
        return this.expr({ kind: 'unary', op: op as UnaryOp, operand: this.exprNode(this.only(node)) }, span);
      }
      case 'reference_expression': {
        const kids = this.children(node);
        const mutable = kids.some((c) => c.type === 'mutable_specifier');
        const raw = kids.some((c) => c.type === 'raw');
        return this.expr({ kind: 'ref', mutable, operand: this.exprNode(this.field(node, 'value')), ...(raw ? { raw: true as const } : {}) }, span);
      }
      case 'try_expression':
        return this.expr({ kind: 'try', operand: this.exprNode(this.only(node)) }, span);
      case 'assignment_expression':
      case 'compound_assignment_expr': {
        // tree-sitter reads `return x += 1` as `(return x) += 1`; rustc as `return (x += 1)`.
        const left = this.field(node, 'left');
        const jumpValue = left.type === 'return_expression' ? this.named(left)[0] : undefined;
        if (jumpValue !== undefined) {
          const assignment = this.assignmentLike(node, jumpValue, this.spanOf(jumpValue.startIndex, node.endIndex));
          return this.expr({ kind: 'return', value: assignment }, span);
        }
        return this.assignmentLike(node, left, span);
      }
      case 'call_expression':
        return this.call(node);
      case 'type_cast_expression':
        return this.rangeEndingAfter(this.expr({ kind: 'cast', operand: this.exprNode(this.field(node, 'value')), ty: this.type(this.field(node, 'type')) }, span), node.startIndex);
      case 'block':
        return this.expr({ kind: 'block', block: this.block(node), label: this.label(node) }, span);
      case 'if_expression':
        return this.ifExpr(node);
      case 'let_condition':
        return this.expr({ kind: 'let', pattern: this.pattern(this.field(node, 'pattern')), value: this.exprNode(this.field(node, 'value')) }, span);
      case 'let_chain': {
        // `let A = a && b && let C = c`: flat in the tree, left-associative in rustc.
        const parts = this.named(node);
        let acc = this.exprNode(parts[0] as Node);
        for (const p of parts.slice(1)) {
          const right = this.exprNode(p);
          acc = this.expr({ kind: 'binary', op: '&&', left: acc, right }, this.spanOf(node.startIndex, p.endIndex));
        }
        return acc;
      }
      case 'match_expression':
        return this.matchExpr(node);
      case 'while_expression':
        return this.expr({ kind: 'while', cond: this.exprNode(this.field(node, 'condition')), body: this.block(this.field(node, 'body')), label: this.label(node) }, span);
      case 'loop_expression':
        return this.expr({ kind: 'loop', body: this.block(this.field(node, 'body')), label: this.label(node) }, span);
      case 'for_expression':
        return this.forExpr(node);
      case 'closure_expression':
        return this.closure(node);
      case 'range_expression':
        return this.range(node);
      case 'break_expression': {
        const value = this.named(node).find((c) => c.type !== 'label');
        return this.expr({ kind: 'break', label: this.label(node), value: value === undefined ? null : this.exprNode(value) }, span);
      }
      case 'continue_expression':
        return this.expr({ kind: 'continue', label: this.label(node) }, span);
      case 'return_expression': {
        const value = this.named(node)[0];
        return this.expr({ kind: 'return', value: value === undefined ? null : this.exprNode(value) }, span);
      }
      case 'macro_invocation':
        return this.macro(node);
      case 'unsafe_block':
        return this.expr({ kind: 'block', block: this.block(this.named(node).find((c) => c.type === 'block')!), label: null, unsafe: true }, span);
      default:
        throw this.unsupported(EXPR_WHAT[node.type] ?? `\`${node.type}\` expressions`, node);
    }
  }

  /** The elements of a tuple, array or argument list (outer attributes checked and dropped,
   *  elements configured out left out, as rustc leaves them). */
  private exprList(node: Node): Expr[] {
    return this.attached(this.named(node), 'expected expression, found `)`').map(({ node: e, attrs }) => {
      this.attributes(attrs, 'other');
      return this.exprNode(e);
    });
  }

  private stringLiteral(node: Node): Expr {
    const text = node.text;
    if (text.startsWith('c')) throw this.unsupported('C string literals', node);
    const isByte = text.startsWith('b');
    const value = this.literal(node, isByte ? byteStrLiteralValue : strLiteralValue);
    if (value === null) throw this.unsupported('this kind of string literal', node);
    return this.expr({ kind: 'str', value: value.value, byte: isByte }, this.span(node));
  }

  /** A path in expression position: `x`, `Vec::<i32>::new`, `<T as Trait>::f`. */
  private pathExpr(node: Node): Expr {
    const span = this.span(node);
    const q = this.qualifiedParts(node);
    if (q !== null) {
      const bracket = q.bracket;
      const inner = this.named(bracket)[0];
      if (inner === undefined) throw this.syntax('expected type', bracket.startIndex, bracket.endIndex);
      let selfTy: TypeExpr;
      let trait: TypePath | null = null;
      if (inner.type === 'qualified_type') {
        selfTy = this.type(this.field(inner, 'type'));
        const alias = this.field(inner, 'alias');
        if (alias.type !== 'type_identifier' && alias.type !== 'scoped_type_identifier' && alias.type !== 'generic_type') {
          throw compileError('E0404', 'expected trait, found type', this.span(alias));
        }
        trait = this.typePath(alias);
      } else selfTy = this.type(inner);
      return this.expr({ kind: 'qualifiedType', selfTy, trait, rest: q.rest }, span);
    }
    const path = this.exprPath(node);
    const first = path.segments[0] as PathSegment;
    if (path.segments.length === 1 && first.args.length === 0) return this.expr({ kind: 'path', name: first.name, ...(node.type === 'identifier' ? {} : { viaModule: true }) }, span);
    return this.expr({ kind: 'qualified', segments: path.segments.map((s) => s.name), path }, span);
  }

  /** An identifier in an expression: a local, or an item, which a block may make stand for
   *  another path (a local of the name still comes first, so the checker decides). */
  private namePath(node: Node): Expr {
    const name = identName(node.text);
    const span = this.span(node);
    const hygiene = this.hygieneAt(node.startIndex, name);
    if (!this.state.blockScopes.renames(name, 'expression')) {
      // A name items of several modules declare: the one this module sees (a local still wins).
      const shared = this.state.modules?.sharedName(name, this.state.currentModule, span) ?? null;
      return this.expr(shared === null ? { kind: 'path', name, ...hygiene } : { kind: 'path', name, blockPath: [shared], ...hygiene }, span);
    }
    return this.expr({ kind: 'path', name, blockPath: this.exprPath(node).segments.map((s) => s.name), ...hygiene }, span);
  }

  /** A lone name a macro's own tokens write at `at` is resolved where the macro is defined. */
  private hygieneAt(at: number, name: string): { hygiene?: MacroHygiene } {
    if (name.includes(HYGIENE_MARK)) return {};
    const { mark } = this.lines.macroOrigin(at);
    const def = this.state.expanded.get(mark);
    return def === undefined ? {} : { hygiene: { mark, defSite: def.defSite } };
  }

  /** For a path rooted at `<T>` or `<T as Trait>`: that root and the segments after it. */
  private qualifiedParts(node: Node): { bracket: Node; rest: PathSegment[] } | null {
    switch (node.type) {
      case 'scoped_identifier': {
        const path = node.childForFieldName('path');
        if (path === null) return null;
        const name = this.field(node, 'name');
        const seg: PathSegment = { name: identName(name.text), args: [], span: this.span(name) };
        if (path.type === 'bracketed_type') return { bracket: path, rest: [seg] };
        const head = this.qualifiedParts(path);
        return head === null ? null : { bracket: head.bracket, rest: [...head.rest, seg] };
      }
      case 'generic_type':
      case 'generic_function': {
        const head = this.qualifiedParts(this.field(node, node.type === 'generic_function' ? 'function' : 'type'));
        if (head === null) return null;
        const { args, bindings } = this.typeArgs(this.field(node, 'type_arguments'));
        if (bindings.length > 0) throw this.unsupported('associated type bindings in expression paths', node);
        const rest = head.rest.slice();
        const last = rest.pop() as PathSegment;
        rest.push({ name: last.name, args, span: this.lines.join(last.span, this.span(node)) });
        return { bracket: head.bracket, rest };
      }
      default:
        return null;
    }
  }

  private call(node: Node): Expr {
    const span = this.span(node);
    const fn = this.field(node, 'function');
    const args = this.exprList(this.field(node, 'arguments'));
    // `recv.method(..)` and `recv.method::<T>(..)` are method calls; `(recv.field)(..)` is not.
    let fieldExpr: Node | null = null;
    let turbofish: TypeExpr[] = [];
    if (fn.type === 'field_expression') fieldExpr = fn;
    else if (fn.type === 'generic_function' && this.field(fn, 'function').type === 'field_expression') {
      fieldExpr = this.field(fn, 'function');
      const ta = this.typeArgs(this.field(fn, 'type_arguments'));
      if (ta.bindings.length > 0) throw this.unsupported('associated type bindings in expression paths', fn);
      turbofish = ta.args;
    }
    if (fieldExpr !== null) {
      const method = this.field(fieldExpr, 'field');
      if (method.type === 'field_identifier') {
        const receiver = this.exprNode(this.field(fieldExpr, 'value'));
        return this.expr({ kind: 'methodCall', receiver, method: this.ident(method), turbofish, args }, span);
      }
    }
    return this.expr({ kind: 'call', callee: this.exprNode(fn), args }, span);
  }

  private structLit(node: Node): Expr {
    const path = this.exprPath(this.field(node, 'name'));
    const fields: { name: Ident; value: Expr }[] = [];
    let base: Expr | null = null;
    for (const f of this.named(this.field(node, 'body'))) {
      const attrs = this.named(f).filter((c) => c.type === 'attribute_item');
      if (!isEnabled(attrs, (n) => this.span(n))) continue;
      this.attributes(attrs, 'other');
      switch (f.type) {
        case 'shorthand_field_initializer': {
          const id = this.named(f).find((c) => c.type === 'identifier') as Node;
          fields.push({ name: this.ident(id), value: this.expr({ kind: 'path', name: identName(id.text) }, this.span(id)) });
          break;
        }
        case 'field_initializer':
          fields.push({ name: this.ident(this.field(f, 'field')), value: this.exprNode(this.field(f, 'value')) });
          break;
        case 'base_field_initializer':
          base = this.exprNode(this.only(f));
          break;
        default:
          throw this.unsupported('this kind of field initializer', f);
      }
    }
    return this.expr({ kind: 'structLit', path, fields, base }, this.span(node));
  }

  private matchExpr(node: Node): Expr {
    const scrutinee = this.exprNode(this.field(node, 'value'));
    const arms: MatchArm[] = [];
    for (const arm of this.named(this.field(node, 'body'))) {
      if (arm.type !== 'match_arm') continue;
      const attrs = this.named(arm).filter((c) => c.type === 'attribute_item' || c.type === 'inner_attribute_item');
      if (!isEnabled(attrs, (n) => this.span(n))) continue;
      this.attributes(attrs, 'other');
      const { pattern, guard } = this.matchPattern(this.field(arm, 'pattern'));
      arms.push({ pattern, guard, body: this.exprNode(this.field(arm, 'value')), span: this.span(arm) });
    }
    return this.expr({ kind: 'match', scrutinee, arms }, this.span(node));
  }

  /** A `match_pattern`: the pattern and the `if` guard. */
  private matchPattern(mp: Node): { pattern: Pattern; guard: Expr | null } {
    const cond = mp.childForFieldName('condition');
    const pat = this.patKids(mp).find((c) => cond === null || !c.equals(cond));
    if (pat === undefined) throw this.syntax('expected pattern', mp.startIndex, mp.endIndex);
    const pattern = this.pattern(pat);
    if (cond !== null && (cond.type === 'let_condition' || cond.type === 'let_chain')) {
      throw compileError('E0658', '`if let` guards are experimental', this.span(cond));
    }
    return { pattern, guard: cond === null ? null : this.exprNode(cond) };
  }

  private forExpr(node: Node): Expr {
    const span = this.span(node);
    const pat = this.pattern(this.field(node, 'pattern'));
    const iter = this.exprNode(this.field(node, 'value'));
    let body = this.block(this.field(node, 'body'));
    let pattern: BindingPattern;
    if (pat.kind === 'binding' && pat.byRef === null && pat.subpattern === null) pattern = pat;
    else {
      // The AST's `for` binds one name: destructure it in the body (see FOR_PATTERN_NAME).
      pattern = { kind: 'binding', id: this.state.nextId++, name: { name: FOR_PATTERN_NAME, span: pat.span }, mutable: false, byRef: null, subpattern: null, span: pat.span };
      const init = this.expr({ kind: 'path', name: FOR_PATTERN_NAME }, pat.span);
      const destructure: Stmt = { kind: 'let', pattern: pat, ty: null, init, elseBlock: null, span: pat.span };
      body = { ...body, stmts: [destructure, ...body.stmts] };
    }
    return this.expr({ kind: 'for', pattern, iter, body, label: this.label(node) }, span);
  }

  private closure(node: Node): Expr {
    for (const c of this.children(node)) {
      if (c.type === 'async') throw this.unsupported('`async` closures', node);
      if (c.type === 'static') throw this.unsupported('`static` closures (generators)', node);
    }
    const isMove = this.has(node, 'move');
    const params: ClosureParam[] = this.patKids(this.field(node, 'parameters')).map((p) => {
      if (p.type === 'parameter') {
        const mut = this.children(p).find((c) => c.type === 'mutable_specifier');
        return { pattern: this.patternWithMut(this.field(p, 'pattern'), mut), ty: this.type(this.field(p, 'type')), span: this.span(p) };
      }
      return { pattern: this.pattern(p), ty: null, span: this.span(p) };
    });
    const retNode = node.childForFieldName('return_type');
    const bodyNode = this.field(node, 'body');
    if (!bodyNode.isNamed) throw this.syntax(`expected expression, found \`${bodyNode.text}\``, bodyNode.startIndex, bodyNode.endIndex);
    return this.expr({ kind: 'closure', params, ret: retNode === null ? null : this.type(retNode), body: this.exprNode(bodyNode), isMove }, this.span(node));
  }

  /** The single operand of a wrapper node such as `( e )` or `-e`. */
  private only(node: Node): Node {
    const inner = this.named(node)[0];
    if (inner === undefined) throw this.syntax('expected expression', node.startIndex, node.endIndex);
    return inner;
  }

  private pathNames(node: Node): string[] {
    switch (node.type) {
      case 'scoped_identifier': {
        const path = node.childForFieldName('path');
        const head = path === null ? [] : this.pathNames(path);
        return [...head, this.field(node, 'name').text];
      }
      case 'identifier':
      case 'crate':
      case 'super':
      case 'self':
      case 'primitive_type':
        return [identName(node.text)];
      default:
        throw this.unsupported(EXPR_WHAT[node.type] ?? 'this kind of path', node);
    }
  }

  private binary(node: Node): Expr {
    const op = this.field(node, 'operator').type;
    if (!BINARY_OPS.has(op)) throw this.unsupported(`the \`${op}\` operator`, node);
    const left = this.field(node, 'left');
    const right = this.field(node, 'right');
    if (COMPARISONS.has(op)) {
      const chained = [left, right].find((s) => s.type === 'binary_expression' && COMPARISONS.has(this.field(s, 'operator').type));
      if (chained !== undefined) {
        const ops = [this.field(node, 'operator'), this.field(chained, 'operator')].sort((a, b) => a.startIndex - b.startIndex);
        const first = ops[0] as Node;
        throw this.syntax('comparison operators cannot be chained', first.startIndex, first.endIndex);
      }
    }
    const operatorNode = this.field(node, 'operator');
    const lowered = this.expr({ kind: 'binary', op: op as BinaryOp, left: this.exprNode(left), right: this.exprNode(right) }, this.span(node));
    return this.rangeEndingAfter(lowered, operatorNode.startIndex);
  }

  /**
   * rustc ends a range at the whole expression after `..` when the next token can start one
   * (`0..-1` is `0..(-1)`, `0..-1 + n` is `0..((-1) + n)`), and the range operator binds less
   * tightly than every binary operator and `as`. tree-sitter instead closes an open range
   * before a `-`, `*` or `&` (`(0..) - 1`) and lets the operators that follow take it as their
   * left operand. An unparenthesised range is never an operand in rustc's reading, so the
   * operator is moved into the range's end: `(0..) op x` becomes `0..(op x)` for a prefix
   * operator (applied to the leftmost operand of `x`, as a prefix operator binds tightest),
   * and `(a..b) op x` becomes `a..(b op x)`. `operatorStart` is where `op` is written.
   */
  private rangeEndingAfter(e: Expr, operatorStart: number): Expr {
    const left = e.kind === 'binary' ? e.left : e.kind === 'cast' ? e.operand : null;
    if (left === null || left.kind !== 'range') return e;
    const rangeSpan = this.lines.join(left.span, e.span);
    if (left.end !== null) {
      const end = e.kind === 'binary' ? { ...e, left: left.end } : { ...e, operand: left.end };
      return this.expr({ kind: 'range', start: left.start, end: this.expr(end, this.lines.join(left.end.span, e.span)), inclusive: left.inclusive }, rangeSpan);
    }
    if (e.kind !== 'binary' || left.inclusive) return e;
    const prefixed = (operand: Expr): Expr => {
      const span = this.lines.join(this.spanOf(operatorStart, operatorStart), operand.span);
      switch (e.op) {
        case '-':
        case '*':
          return this.expr({ kind: 'unary', op: e.op, operand }, span);
        case '&':
          return this.expr({ kind: 'ref', mutable: false, operand }, span);
        case '&&':
          return this.expr({ kind: 'ref', mutable: false, operand: this.expr({ kind: 'ref', mutable: false, operand }, this.lines.join(this.spanOf(operatorStart + 1, operatorStart + 1), operand.span)) }, span);
        default:
          return operand;
      }
    };
    if (!['-', '*', '&', '&&'].includes(e.op)) return e;
    const withLeftmostPrefixed = (x: Expr): Expr => {
      if (x.kind === 'binary') return this.expr({ ...x, left: withLeftmostPrefixed(x.left) }, this.lines.join(this.spanOf(operatorStart, operatorStart), x.span));
      if (x.kind === 'cast') return this.expr({ ...x, operand: withLeftmostPrefixed(x.operand) }, this.lines.join(this.spanOf(operatorStart, operatorStart), x.span));
      return prefixed(x);
    };
    return this.expr({ kind: 'range', start: left.start, end: withLeftmostPrefixed(e.right), inclusive: false }, rangeSpan);
  }

  private assignmentLike(node: Node, left: Node, span: Span): Expr {
    if (node.type === 'assignment_expression') return this.assignment(node, left, span);
    const op = this.field(node, 'operator').type.slice(0, -1);
    if (!ARITH_OPS.has(op)) throw this.unsupported(`the \`${op}=\` operator`, node);
    return this.expr({ kind: 'compoundAssign', op: op as ArithOp, target: this.exprNode(left), value: this.exprNode(this.field(node, 'right')) }, span);
  }

  private assignment(node: Node, left: Node, span: Span): Expr {
    const right = this.field(node, 'right');
    const eq = this.children(node).find((c) => c.type === '=');
    // tree-sitter reads `..=b` without a start as `.. = b`; rustc reads one `..=` token.
    if (left.type === 'range_expression' && this.named(left).length === 0 && eq !== undefined && left.endIndex === eq.startIndex) {
      return this.expr({ kind: 'range', start: null, end: this.exprNode(right), inclusive: true }, this.span(node));
    }
    if (left.type === 'assignment_expression' && eq !== undefined) {
      const inner = this.field(left, 'right');
      if (inner.type === 'range_expression' && this.named(inner).length === 0 && inner.endIndex === eq.startIndex) {
        const range = this.expr({ kind: 'range', start: null, end: this.exprNode(right), inclusive: true }, this.spanOf(inner.startIndex, node.endIndex));
        return this.expr({ kind: 'assign', target: this.assignTarget(this.field(left, 'left')), value: range }, this.span(node));
      }
    }
    return this.expr({ kind: 'assign', target: this.assignTarget(left), value: this.exprNode(right) }, span);
  }

  private assignTarget(left: Node): Expr {
    const outer = this.inAssignTarget;
    this.inAssignTarget = true;
    try {
      return this.exprNode(left);
    } finally {
      this.inAssignTarget = outer;
    }
  }

  private range(node: Node): Expr {
    const kids = this.children(node);
    const opIndex = kids.findIndex((c) => c.type === '..' || c.type === '..=' || c.type === '...');
    const op = kids[opIndex] as Node;
    if (op.type === '...') throw this.syntax('unexpected token: `...`', op.startIndex, op.endIndex);
    const before = kids.slice(0, opIndex).filter((c) => c.isNamed);
    const after = kids.slice(opIndex + 1).filter((c) => c.isNamed);
    const inclusive = op.type === '..=';
    if (inclusive && after.length === 0) throw this.syntax('inclusive range with no end', op.startIndex, op.endIndex, 'E0586');
    const start = before[0] === undefined ? null : this.exprNode(before[0]);
    const end = after[0] === undefined ? null : this.exprNode(after[0]);
    return this.expr({ kind: 'range', start, end, inclusive }, this.span(node));
  }

  private ifExpr(node: Node): Expr {
    const condExpr = this.exprNode(this.field(node, 'condition'));
    const then = this.block(this.field(node, 'consequence'));
    const alt = node.childForFieldName('alternative');
    let els: Expr | null = null;
    if (alt !== null) {
      const inner = this.only(alt);
      els = inner.type === 'block' ? this.expr({ kind: 'block', block: this.block(inner), label: null }, this.span(inner)) : this.exprNode(inner);
    }
    return this.expr({ kind: 'if', cond: condExpr, then, else: els }, this.span(node));
  }

  // ---- macro_rules! ----

  /** The program's `macro_rules!` macro an invocation names, if one is in scope. */
  private userMacro(node: Node): MacroDef | undefined {
    const path = node.childForFieldName('macro');
    return path?.type === 'identifier' ? this.state.macros.lookup(path.text) : undefined;
  }

  /** The tokens of `[start, end)` of this lowerer's text, located where the program wrote them. */
  private macroTokens(start: number, end: number): MacroTree[] {
    const fail = (at: number, what: string): never => {
      throw unsupported(`${what} in a macro`, this.spanOf(at, at));
    };
    const source = ++this.state.tokenSources;
    const tokens = tokenize(this.text, fail, start, end);
    // A token of an expansion's text keeps the expansion it comes from (hygiene).
    // So does an `expr` fragment's invisible group.
    const macroTokens = tokens.map((t, index) => ({ kind: t.kind, text: t.text, origin: this.lines.exactSpan(t.start, t.end), ...this.lines.macroOrigin(t.start), via: null, run: 0, source: this.lines.isInvisibleDelimiter(t.start) ? INVISIBLE : source, index, joint: tokens[index + 1]?.start === t.end }));
    return macroTrees(macroTokens);
  }

  /** `macro_rules! name { ... }`: defined from here to the end of its block or module. */
  private defineMacro(node: Node): void {
    const name = node.childForFieldName('name');
    if (name === null) throw this.unsupported('this form of `macro_rules!`', node);
    const trees = this.macroTokens(name.startIndex, node.endIndex);
    this.state.macros.define(parseDefinition(trees, this.spanOf(node.startIndex, name.endIndex), this.span(node)));
  }

  /**
   * Expands an invocation of a program's macro, parses the expansion in its position (the text
   * `prefix` TOKENS `suffix`), and hands its tree to `use` with a lowerer of the expansion's text.
   * A local the macro's own tokens bind (in a pattern) is renamed with the expansion's mark, so
   * it is the macro's and not the caller's (rustc's hygiene for locals).
   */
  private expansion<T>(node: Node, def: MacroDef, position: ExpansionPosition, use: (lowerer: Lowerer, root: Node) => T): T {
    const tt = this.named(node).find((c) => c.type === 'token_tree');
    if (tt === undefined) throw this.syntax('expected one of `(`, `[`, or `{`', node.endIndex, node.endIndex);
    const span = this.span(node);
    if (this.state.depth >= MACRO_RECURSION_LIMIT) {
      throw compileError(undefined, `recursion limit reached while expanding \`${def.name}!\``, span).withNote('help', `consider increasing the recursion limit by adding a \`#![recursion_limit = "${MACRO_RECURSION_LIMIT * 2}"]\` attribute to your crate (\`${this.state.crate}\`)`);
    }
    const group = this.macroTokens(tt.startIndex, tt.endIndex)[0];
    const input = group !== undefined && 'open' in group ? group.trees : [];
    const close = this.children(tt).pop() ?? tt;
    const mark = ++this.state.expansions;
    this.state.expanded.set(mark, def);
    const expanded = expand(def, input, { span, close: this.span(close) }, mark, this.state.runs, (kind, text) => this.parsesAsFragment(kind, text));
    let tokens = expanded.tokens;
    this.state.expandedTokens += tokens.length;
    if (this.state.expandedTokens > MAX_EXPANDED_TOKENS) throw this.unsupported(`macro expansions of more than ${MAX_EXPANDED_TOKENS} tokens in all`, node);
    // In expression position rustc ignores a trailing `;` of the expansion.
    if (position === 'expr' && tokens.at(-1)?.text === ';') tokens = tokens.slice(0, -1);
    const [prefix, suffix] = EXPANSION_WRAPPERS[position];
    let spans = new ExpansionSpans(tokens, prefix, suffix, span, mark, def.name);
    let tree = this.parseText(spans.text);
    const renamed = hygienicTokens(tree.rootNode, spans);
    if (renamed !== null) {
      tree.delete();
      spans = new ExpansionSpans(renamed, prefix, suffix, span, mark, def.name);
      tree = this.parseText(spans.text);
    }
    try {
      const err = firstSyntaxError(tree.rootNode, { lines: spans });
      if (err !== null) throw err;
      this.state.depth++;
      try {
        return use(new Lowerer(spans.text, spans, this.fragments, this.state), tree.rootNode);
      } finally {
        this.state.depth--;
      }
    } finally {
      tree.delete();
    }
  }

  private parseText(text: string): Tree {
    return this.fragments.parse((i) => text.slice(i), [{ start: 0, end: text.length }]);
  }

  /** Whether `text` is exactly one fragment of `kind` (a macro matcher's `$x:expr` and the like). */
  private parsesAsFragment(kind: ParsedFragment, text: string): boolean {
    const [prefix, suffix] = FRAGMENT_WRAPPERS[kind];
    const tree = this.parseText(prefix + text + suffix);
    try {
      const root = tree.rootNode;
      if (root.hasError) return false;
      const start = prefix.length;
      const end = start + text.length;
      const spans = (n: Node | null | undefined): boolean => n !== null && n !== undefined && n.startIndex === start && n.endIndex === end;
      const top = this.named(root);
      if (kind === 'item') return top.length === 1 && spans(top[0]);
      const first = top[0];
      if (kind === 'ty' || kind === 'path') {
        const ty = first?.childForFieldName('type');
        return top.length === 1 && spans(ty) && (kind === 'ty' || PATH_TYPES.has(ty!.type));
      }
      const stmts = this.named(first?.childForFieldName('body') ?? root);
      if (kind === 'stmt') return stmts.length === 1 && stmts[0]!.startIndex === start && (stmts[0]!.endIndex === end || stmts[0]!.endIndex === end + 1);
      const inner = stmts.length === 1 && stmts[0]!.type === 'expression_statement' ? this.named(stmts[0]!)[0] : undefined;
      if (kind === 'expr') return inner?.type === 'parenthesized_expression' && spans(this.named(inner)[0]);
      const arms = inner?.type === 'match_expression' ? this.named(inner.childForFieldName('body')!) : [];
      return arms.length === 1 && spans(arms[0]!.childForFieldName('pattern'));
    } finally {
      tree.delete();
    }
  }

  /** A program's macro in expression position. */
  private expandedExpr(node: Node, def: MacroDef): Expr {
    return this.expansion(node, def, 'expr', (lowerer, root) => {
      const body = this.named(root)[0]?.childForFieldName('body');
      const stmts = body === null || body === undefined ? [] : this.named(body);
      const paren = stmts.length === 1 && stmts[0]!.type === 'expression_statement' ? this.named(stmts[0]!)[0] : undefined;
      const inner = paren?.type === 'parenthesized_expression' ? this.named(paren) : [];
      if (inner.length !== 1) throw this.syntax('macro expansion is not one expression', node.startIndex, node.endIndex);
      return lowerer.exprNode(inner[0]!);
    });
  }

  /** A program's macro in statement position: its statements join the block's (`semi`: the
   *  invocation ends with `;`), and its items the block's items from here on. */
  private expandedStatements(node: Node, def: MacroDef, semi: boolean, stmts: Stmt[]): void {
    this.expansion(node, def, 'statements', (lowerer, root) => {
      const body = this.named(root)[0]?.childForFieldName('body');
      const entries = lowerer.attached(body === null || body === undefined ? [] : lowerer.named(body), 'expected statement after outer attribute');
      const scope = this.state.blockScopes.declare(lowerer.blockDeclarations(entries.map((e) => e.node)));
      for (const [i, entry] of entries.entries()) {
        if (LOWERED_ITEMS.has(entry.node.type) || entry.node.type === 'type_item') {
          this.state.hoisted.push(this.inModule(lowerer.blockItem(entry.node, entry.attrs, scope)));
          continue;
        }
        if (isItem(entry.node.type)) throw this.unsupported(`${ITEM_WHAT[entry.node.type] ?? 'these items'} made by a macro inside a block`, node);
        const tail = lowerer.statement(entries, i, stmts);
        if (tail !== null) stmts.push({ kind: 'expr', expr: tail, semi: false, span: tail.span });
      }
    });
    const last = stmts.at(-1);
    if (semi && last?.kind === 'expr' && !last.semi) stmts[stmts.length - 1] = { ...last, semi: true };
  }

  /** A program's macro in item position: the items it expands to. */
  private expandedItems(node: Node, def: MacroDef, items: Item[]): void {
    this.expansion(node, def, 'items', (lowerer, root) => lowerer.moduleItems(root, items));
  }

  /** A program's macro among an `impl`'s or a trait's members: `add` takes the members it
   *  expands to. */
  private expandedMembers(node: Node, position: 'impl' | 'trait', add: (lowerer: Lowerer, members: { node: Node; attrs: Node[] }[]) => void): void {
    const def = this.userMacro(node);
    if (def === undefined) throw this.unsupported(position === 'impl' ? 'macro invocations in `impl` blocks' : 'macro invocations in traits', node);
    this.expansion(node, def, position, (lowerer, root) => {
      const body = this.named(root)[0]?.childForFieldName('body');
      add(lowerer, lowerer.attached(body === null || body === undefined ? [] : lowerer.named(body), 'expected item after attributes'));
    });
  }

  /** A program's macro in type position. */
  private expandedType(node: Node, def: MacroDef): TypeExpr {
    return this.expansion(node, def, 'type', (lowerer, root) => {
      const ty = this.named(root)[0]?.childForFieldName('type');
      if (ty === null || ty === undefined) throw this.syntax('macro expansion is not a type', node.startIndex, node.endIndex);
      return lowerer.type(ty);
    });
  }

  /** A program's macro in pattern position. */
  private expandedPattern(node: Node, def: MacroDef): Pattern {
    return this.expansion(node, def, 'pattern', (lowerer, root) => {
      const body = this.named(root)[0]?.childForFieldName('body');
      const m = body === null || body === undefined ? undefined : this.named(body)[0];
      const match = m?.type === 'expression_statement' ? this.named(m)[0] : m;
      const arms = match?.type === 'match_expression' ? this.named(match.childForFieldName('body')!) : [];
      const pattern = arms.length === 1 ? arms[0]!.childForFieldName('pattern') : null;
      if (pattern === null) throw this.syntax('macro expansion is not a pattern', node.startIndex, node.endIndex);
      return lowerer.matchPattern(pattern).pattern;
    });
  }

  // ---- macros ----

  private macro(node: Node): Expr {
    const def = this.userMacro(node);
    if (def !== undefined) return this.expandedExpr(node, def);
    const span = this.span(node);
    const path = this.field(node, 'macro');
    let name: string;
    const tt = this.named(node).find((c) => c.type === 'token_tree');
    if (path.type === 'identifier') name = path.text;
    else {
      const segs = path.type === 'scoped_identifier' ? this.pathNames(path) : [path.text];
      // `std::ptr::addr_of!(place)` is `&raw const place` (`addr_of_mut!`: `&raw mut`).
      const [root, module, last] = segs;
      if (segs.length === 3 && (root === 'std' || root === 'core') && module === 'ptr' && (last === 'addr_of' || last === 'addr_of_mut') && tt !== undefined) {
        return this.withMacroArgs(tt, (args) => {
          if (args.length !== 1) throw this.unsupported(`\`${last}!\` with other than one argument`, node);
          return this.expr({ kind: 'ref', mutable: last === 'addr_of_mut', operand: this.argExpr(args[0]!), raw: true }, span);
        });
      }
      if (segs.length !== 2 || (root !== 'std' && root !== 'core')) throw this.unsupported(`the \`${path.text}!\` macro`, node);
      name = segs[1] as string;
    }
    if (name === 'cfg' && tt !== undefined) return this.expr({ kind: 'bool', value: evalCfgTokenTree(tt, (n) => this.span(n)) }, span);
    if (name === 'stringify' && tt !== undefined) return this.expr({ kind: 'str', value: this.stringified(tt), byte: false }, span);
    if (!MACROS.has(name)) {
      if (path.type === 'identifier' && this.state.macroNames.has(name)) {
        // Defined, but further down: a `macro_rules!` is only in scope after its definition.
        throw compileError(undefined, `cannot find macro \`${name}\` in this scope`, this.span(path)).withNote('help', 'have you added the `#[macro_use]` on the module/import?');
      }
      throw this.unsupported(`the \`${name}!\` macro`, node);
    }
    if (tt === undefined) throw this.syntax('expected one of `(`, `[`, or `{`', node.endIndex, node.endIndex);
    const macroName = name as MacroName;
    if (macroName === 'vec') return this.vecMacro(node, tt);
    if (macroName === 'matches') return this.matchesMacro(node, tt);
    const endOfInvocation = (): Diagnostic => {
      const close = this.children(tt).pop() ?? tt;
      return compileError(undefined, 'unexpected end of macro invocation', this.span(close), 'missing tokens in macro arguments');
    };
    return this.withMacroArgs(tt, (args) => {
      switch (macroName) {
        case 'assert':
        case 'debug_assert': {
          const first = args[0];
          if (first === undefined) throw compileError(undefined, 'macro requires a boolean expression as an argument', span, 'boolean expression required');
          const cond = this.argExpr(first);
          const format = args.length > 1 ? this.formatArgs(args.slice(1)) : null;
          return this.expr({ kind: 'macro', name: macroName, args: [cond], format }, span);
        }
        case 'assert_eq':
        case 'assert_ne':
        case 'debug_assert_eq':
        case 'debug_assert_ne': {
          const [l, r] = args;
          if (l === undefined || r === undefined) throw endOfInvocation();
          const left = this.argExpr(l);
          const right = this.argExpr(r);
          const format = args.length > 2 ? this.formatArgs(args.slice(2)) : null;
          return this.expr({ kind: 'macro', name: macroName, args: [left, right], format }, span);
        }
        case 'dbg':
          return this.expr({ kind: 'macro', name: 'dbg', args: args.map((a) => this.argExpr(a)), format: null, texts: args.map((a) => stringified(this.text.slice(a.start, a.end))) }, span);
        case 'write':
        case 'writeln': {
          const dest = args[0];
          if (dest === undefined || (args.length === 1 && macroName === 'write')) {
            throw compileError(undefined, `requires a destination and format arguments, like \`${macroName}!(dest, "format string", args...)\``, span);
          }
          const destExpr = this.argExpr(dest);
          // `writeln!(f)` writes just the newline.
          const format = args.length > 1 ? this.formatArgs(args.slice(1)) : { pieces: [], positional: [], named: [], span };
          return this.expr({ kind: 'macro', name: macroName, args: [destExpr], format }, span);
        }
        default: {
          let format: FormatArgs | null = null;
          if (args.length > 0) format = this.formatArgs(args);
          else if (macroName === 'print' || macroName === 'eprint' || macroName === 'format') throw compileError(undefined, 'requires at least a format string argument', span);
          else if (macroName === 'println' || macroName === 'eprintln') format = { pieces: [], positional: [], named: [], span };
          return this.expr({ kind: 'macro', name: macroName, args: [], format }, span);
        }
      }
    });
  }

  /**
   * `stringify!(..)`: its tokens as rustc prints them. Tokens written with no space between
   * them are printed so; between others rustc's printer puts one space, except after `(` and
   * `[` and before `)` and `]`, before `,` `;` `.` after an operand, after `.` before an operand,
   * between a name and its call's `(`, and in `#[`.
   */
  private stringified(tt: Node): string {
    const tokens = tokenize(this.text, (at, what) => {
      throw unsupported(`${what} in \`stringify!\``, this.spanOf(at, at));
    }, tt.startIndex + 1, tt.endIndex - 1).filter((t) => !this.lines.isInvisibleDelimiter(t.start));
    const isPunct = (t: { kind: string }): boolean => t.kind === 'punct';
    let out = '';
    for (const [i, token] of tokens.entries()) {
      const prev = tokens[i - 1];
      if (prev !== undefined && prev.end !== token.start) {
        const tight =
          (prev.kind === 'open' && prev.text !== '{') ||
          (token.kind === 'close' && token.text !== '}') ||
          (prev.text === '.' && !isPunct(token)) ||
          (!isPunct(prev) && (token.text === ',' || token.text === ';' || token.text === '.')) ||
          (prev.kind === 'ident' && token.text === '(' && (!RESERVED.has(prev.text) || prev.text === 'fn' || prev.text === 'Self' || prev.text === 'pub')) ||
          (prev.text === '#' && token.text === '[');
        if (!tight) out += ' ';
      }
      out += token.text;
    }
    return out;
  }

  /** `vec![a, b]`, `vec![x; n]`, `vec![]`: the token tree parsed as an array expression. */
  private vecMacro(node: Node, tt: Node): Expr {
    const span = this.span(node);
    const subst = new Map([
      [tt.startIndex, '['],
      [tt.endIndex - 1, ']'],
    ]);
    return this.withArgExpr(tt.startIndex, tt.endIndex, null, subst, (arr) => {
      if (arr.type !== 'array_expression') throw this.syntax('expected expression', tt.startIndex, tt.endIndex);
      const e = this.exprNode(arr);
      if (e.kind === 'arrayRepeat') return this.expr({ kind: 'macro', name: 'vec', args: [e.value, e.count], format: null, repeat: true }, span);
      if (e.kind === 'array') return this.expr({ kind: 'macro', name: 'vec', args: e.elems, format: null, repeat: false }, span);
      throw this.syntax('expected expression', tt.startIndex, tt.endIndex);
    });
  }

  /** `matches!(e, PAT)` and `matches!(e, PAT if guard)`. */
  private matchesMacro(node: Node, tt: Node): Expr {
    const span = this.span(node);
    const kids = this.children(tt);
    const close = kids[kids.length - 1] as Node;
    const inner = kids.slice(1, -1);
    // The first top-level comma that ends a whole expression (`f::<A, B>()` has one inside).
    const commas = inner.flatMap((t, i) => (t.type === ',' && i > 0 ? [i] : []));
    const comma = commas.find((i) => this.parsesAsExpr(inner[0]!.startIndex, inner[i - 1]!.endIndex)) ?? inner.findIndex((t) => t.type === ',');
    const endOfInvocation = compileError(undefined, 'unexpected end of macro invocation', this.span(close), 'missing tokens in macro arguments');
    if (comma < 0) {
      if (inner.length > 0) this.withArgExpr(inner[0]!.startIndex, inner[inner.length - 1]!.endIndex, close, null, () => null);
      throw endOfInvocation;
    }
    const commaTok = inner[comma] as Node;
    if (comma === 0) throw this.syntax('expected expression, found `,`', commaTok.startIndex, commaTok.endIndex);
    const value = this.withArgExpr(inner[0]!.startIndex, inner[comma - 1]!.endIndex, commaTok, null, (n) => this.exprNode(n));
    let patTokens = inner.slice(comma + 1);
    let after: Node = close;
    const trailing = patTokens[patTokens.length - 1];
    if (trailing?.type === ',') {
      patTokens = patTokens.slice(0, -1);
      after = trailing;
    }
    if (patTokens.length === 0) throw endOfInvocation;
    const pStart = patTokens[0]!.startIndex;
    const pEnd = patTokens[patTokens.length - 1]!.endIndex;
    const { pattern, guard } = this.withFragment(MATCH_PREFIX, pStart, pEnd, MATCH_SUFFIX, null, after, (root) => {
      const fn = this.named(root)[0];
      const body = fn?.childForFieldName('body');
      const stmt = body === null || body === undefined ? undefined : this.named(body)[0];
      const m = stmt?.type === 'expression_statement' ? this.named(stmt)[0] : stmt;
      const block = m?.type === 'match_expression' ? m.childForFieldName('body') : null;
      const arms = block === null || block === undefined ? [] : this.named(block);
      const mp = arms.length === 1 ? arms[0]?.childForFieldName('pattern') : null;
      if (mp === null || mp === undefined || mp.startIndex !== pStart || mp.endIndex !== pEnd) {
        const first = patTokens[0] ?? null;
        throw this.syntax(`expected pattern, found ${describeToken(first)}`, pStart, pEnd, undefined, 'expected pattern');
      }
      return this.matchPattern(mp);
    });
    return this.expr({ kind: 'macro', name: 'matches', args: [value], format: null, pattern, guard }, span);
  }

  /**
   * The arguments of a macro. The whole token tree is parsed once as a call's argument list,
   * which splits it correctly even with closures or generic arguments at the top level. If that
   * does not parse, the arguments are split at top-level commas and parsed one by one, which
   * gives rustc's errors for the argument that is wrong.
   */
  private withMacroArgs<T>(tt: Node, use: (args: MacroArg[]) => T): T {
    const kids = this.children(tt);
    const inner = kids.slice(1, -1);
    const close = kids[kids.length - 1] ?? null;
    if (inner.length === 0) return use([]);
    let callError: Diagnostic | null = null;
    if (tt.startIndex >= CALL_PREFIX.length) {
      const subst = new Map([
        [tt.startIndex, '('],
        [tt.endIndex - 1, ')'],
      ]);
      const tree = this.parseFragment(CALL_PREFIX, tt.startIndex, tt.endIndex, CALL_SUFFIX, subst);
      try {
        const root = tree.rootNode;
        callError = firstSyntaxError(root, { lines: this.lines, fragment: { start: tt.startIndex, end: tt.endIndex, tokenAfter: null } });
        if (callError === null) {
          const fn = this.named(root)[0];
          const body = fn?.childForFieldName('body');
          const stmts = body === null || body === undefined ? [] : this.named(body);
          const stmt = stmts[0];
          const call = stmt?.type === 'expression_statement' ? this.named(stmt)[0] : undefined;
          const argList = call?.type === 'call_expression' ? call.childForFieldName('arguments') : null;
          if (stmts.length === 1 && argList !== null && argList !== undefined && argList.startIndex === tt.startIndex && argList.endIndex === tt.endIndex) {
            const argNodes = this.named(argList);
            if (!argNodes.some((a) => a.type === 'attribute_item')) {
              const args = argNodes.map((a) => ({
                tokens: inner.filter((t) => t.startIndex >= a.startIndex && t.endIndex <= a.endIndex),
                start: a.startIndex,
                end: a.endIndex,
                after: inner.find((t) => t.startIndex >= a.endIndex) ?? close,
                node: a,
              }));
              return use(args);
            }
          }
        }
      } finally {
        tree.delete();
      }
    }
    return use(this.splitArgs(tt, callError));
  }

  /** Splits a token tree's contents at top-level commas (nested groups are single children). */
  private splitArgs(tt: Node, callError: Diagnostic | null): MacroArg[] {
    const kids = this.children(tt);
    const inner = kids.slice(1, -1);
    const close = kids[kids.length - 1] ?? null;
    const args: MacroArg[] = [];
    let cur: Node[] = [];
    for (const tok of inner) {
      // A closure's parameter list has top-level commas, so splitting would garble it.
      if (cur.length === 0 && (tok.type === '|' || tok.type === '||' || tok.type === 'move')) {
        throw callError ?? this.syntax(`expected expression, found ${describeToken(tok)}`, tok.startIndex, tok.endIndex);
      }
      if (tok.type !== ',') {
        cur.push(tok);
        continue;
      }
      if (cur.length === 0) throw this.syntax(`expected expression, found \`,\``, tok.startIndex, tok.endIndex);
      args.push(this.macroArg(cur, tok));
      cur = [];
    }
    if (cur.length > 0) args.push(this.macroArg(cur, close));
    return args;
  }

  private macroArg(tokens: Node[], after: Node | null): MacroArg {
    return { tokens, start: (tokens[0] as Node).startIndex, end: (tokens[tokens.length - 1] as Node).endIndex, after, node: null };
  }

  /**
   * Parses `prefix` + the original text of `[start, end)` + `suffix`. The fragment has the
   * original file's characters at the same offsets (everything else is outside the parsed
   * ranges), with the wrapper at the very start, so every node's position already is its
   * position in the original file. `subst` replaces single characters (same length).
   */
  private parseFragment(prefix: string, start: number, end: number, suffix: string, subst: ReadonlyMap<number, string> | null): Tree {
    const pre = prefix.length;
    let body = this.text.slice(start, end);
    if (subst !== null) {
      for (const [at, ch] of subst) body = body.slice(0, at - start) + ch + body.slice(at - start + 1);
    }
    const read = (i: number): string => {
      if (i < pre) return prefix.slice(i);
      // Only the included ranges are read in practice; the gap is there to keep offsets.
      if (i < start) return this.text.slice(i, Math.min(start, i + 4096)).replace(/[^\n]/g, ' ');
      if (i < end) return body.slice(i - start);
      return suffix.slice(i - end);
    };
    // Parsing only the wrapper and the argument keeps this linear in the argument's size.
    return this.fragments.parse(read, [
      { start: 0, end: pre },
      { start, end: end + suffix.length },
    ]);
  }

  /** Parses a fragment, reports its first syntax error, and hands the root to `use`. */
  private withFragment<T>(prefix: string, start: number, end: number, suffix: string, subst: ReadonlyMap<number, string> | null, after: Node | null, use: (root: Node) => T): T {
    if (start < prefix.length) throw this.syntax('expected expression', start, end);
    const tree = this.parseFragment(prefix, start, end, suffix, subst);
    try {
      const root = tree.rootNode;
      const err = firstSyntaxError(root, { lines: this.lines, fragment: { start, end, tokenAfter: after } });
      if (err !== null) throw err;
      return use(root);
    } finally {
      tree.delete();
    }
  }

  /** Parses the text of `[start, end)` as one expression and hands its node to `use`. */
  private withArgExpr<T>(start: number, end: number, after: Node | null, subst: ReadonlyMap<number, string> | null, use: (node: Node) => T): T {
    if (/^let(?![\p{XID_Continue}])/u.test(this.text.slice(start, end))) {
      throw this.syntax('expected expression, found `let` statement', start, start + 3);
    }
    return this.withFragment(FRAGMENT_PREFIX, start, end, FRAGMENT_SUFFIX, subst, after, (root) => {
      const fn = this.named(root)[0];
      const body = fn?.childForFieldName('body');
      const stmts = body === null || body === undefined ? [] : this.named(body);
      const stmt = stmts[0];
      const paren = stmt?.type === 'expression_statement' ? this.named(stmt)[0] : undefined;
      const inner = paren?.type === 'parenthesized_expression' ? this.named(paren)[0] : undefined;
      if (stmts.length !== 1 || inner === undefined || inner.startIndex !== start || inner.endIndex !== end) {
        const tokens = this.children(fn ?? root);
        const first = tokens.find((t) => t.startIndex >= start) ?? null;
        throw this.syntax(`expected expression, found ${describeToken(first)}`, first?.startIndex ?? start, first?.endIndex ?? end);
      }
      return use(inner);
    });
  }

  /** Whether the text of `[start, end)` is one expression, without a syntax error. */
  private parsesAsExpr(start: number, end: number): boolean {
    if (start < FRAGMENT_PREFIX.length) return false;
    const tree = this.parseFragment(FRAGMENT_PREFIX, start, end, FRAGMENT_SUFFIX, null);
    try {
      const root = tree.rootNode;
      if (root.hasError) return false;
      const body = this.named(root)[0]?.childForFieldName('body');
      const stmts = body === null || body === undefined ? [] : this.named(body);
      const paren = stmts.length === 1 && stmts[0]?.type === 'expression_statement' ? this.named(stmts[0])[0] : undefined;
      const e = paren?.type === 'parenthesized_expression' ? this.named(paren)[0] : undefined;
      return e !== undefined && e.startIndex === start && e.endIndex === end;
    } finally {
      tree.delete();
    }
  }

  private argExpr(arg: MacroArg): Expr {
    if (arg.node !== null) return this.exprNode(arg.node);
    return this.withArgExpr(arg.start, arg.end, arg.after, null, (n) => this.exprNode(n));
  }

  /** The arguments of a formatting macro, from the format string on (rustc's `format_args!`). */
  private formatArgs(args: readonly MacroArg[]): FormatArgs {
    const fmtArg = args[0] as MacroArg;
    const fmtTok = fmtArg.tokens[0] as Node;
    const isStrTok = fmtTok.type === 'string_literal' || fmtTok.type === 'raw_string_literal';
    let literal: Node | null = null;
    if (isStrTok) {
      const extra = fmtArg.tokens[1];
      if (extra !== undefined) throw this.syntax(`expected \`,\`, found ${describeToken(extra)}`, extra.startIndex, extra.endIndex, undefined, 'expected `,`');
      literal = fmtTok;
    } else if (fmtArg.node !== null) {
      // Not a literal: a macro (e.g. `concat!`) could expand to one, so it is lowered to report it.
      if (fmtArg.node.type === 'macro_invocation') this.exprNode(fmtArg.node);
    } else {
      // rustc parses it as an expression first, so syntax errors come first.
      this.withArgExpr(fmtArg.start, fmtArg.end, fmtArg.after, null, (n) => (n.type === 'macro_invocation' ? this.exprNode(n) : null));
    }

    const positional: Expr[] = [];
    const named: { name: string; value: Expr }[] = [];
    const explicit: ExplicitArg[] = [];
    const explicitSpans: Span[] = [];
    for (const arg of args.slice(1)) {
      const [t0, t1] = arg.tokens;
      if (t0 !== undefined && t0.type === 'identifier' && t1 !== undefined && t1.type === '=') {
        let value: Expr;
        if (arg.node !== null && arg.node.type === 'assignment_expression') value = this.exprNode(this.field(arg.node, 'right'));
        else {
          const valueTok = arg.tokens[2];
          if (valueTok === undefined) throw this.syntax(`expected expression, found ${describeToken(arg.after)}`, arg.after?.startIndex ?? arg.end, arg.after?.endIndex ?? arg.end);
          value = this.withArgExpr(valueTok.startIndex, arg.end, arg.after, null, (n) => this.exprNode(n));
        }
        const name = identName(t0.text);
        if (named.some((n) => n.name === name)) throw compileError(undefined, `duplicate argument named \`${name}\``, this.span(t0), 'duplicate argument');
        named.push({ name, value });
        continue;
      }
      const value = this.argExpr(arg);
      if (named.length > 0) {
        throw compileError(undefined, 'positional arguments cannot follow named arguments', value.span, 'positional arguments must be before named arguments');
      }
      positional.push(value);
    }
    for (const p of positional) {
      explicit.push({ name: null, pathName: p.kind === 'path' ? p.name : null });
      explicitSpans.push(p.span);
    }
    for (const n of named) {
      explicit.push({ name: n.name, pathName: null });
      explicitSpans.push(n.value.span);
    }

    if (literal === null) throw compileError(undefined, 'format argument must be a string literal', this.spanOf(fmtArg.start, fmtArg.end));
    const lit = literal;
    const str: StrValue | null = this.literal(lit, strLiteralValue);
    if (str === null) throw compileError(undefined, 'format argument must be a string literal', this.span(literal));
    const litSpan = this.span(literal);
    const value = str;
    const where = (p: FormatProblem): Span => {
      const at = p.at;
      if (at.kind === 'literal') return litSpan;
      if (at.kind === 'args') {
        const spans = at.indices.map((i) => explicitSpans[i] as Span).sort((a, b) => a.start - b.start);
        return spans[0] ?? litSpan;
      }
      const s = lit.startIndex + (value.map[at.range.start] ?? 0);
      const e = lit.startIndex + (value.map[at.range.end] ?? 0);
      return this.spanOf(s, Math.max(s, e));
    };
    const fail = (p: FormatProblem): Diagnostic => (p.unsupported ? unsupported(p.message, where(p)) : compileError(undefined, p.message, where(p), p.label));

    let parsed;
    let captures: string[];
    try {
      parsed = parseFormatString(value.value);
      captures = checkFormatArgs(parsed, explicit).captures;
    } catch (e) {
      if (e instanceof FormatProblem) throw fail(e);
      throw e;
    }
    // A name captured from the scope is spanned, as rustc spans it, by its text in the literal.
    const captureSpan = (name: string): Span => {
      const at = parsed.placeholders.find((p) => p.position.kind === 'named' && p.position.name === name);
      if (!at) return litSpan;
      return this.spanOf(lit.startIndex + (value.map[at.positionRange.start] ?? 0), lit.startIndex + (value.map[at.positionRange.end] ?? 0));
    };
    for (const name of captures) named.push({ name, value: this.expr({ kind: 'path', name, ...this.hygieneAt(lit.startIndex, name) }, captureSpan(name)) });
    return { pieces: parsed.pieces, positional, named, span: litSpan };
  }
}

/** `r#match` names the same thing as `match` would. */
function identName(text: string): string {
  const name = text.startsWith('r#') ? text.slice(2) : text;
  // A local a macro's expansion made its own (syntax/hygiene.ts).
  return name.includes(HYGIENE_TEXT_MARK) ? name.replaceAll(HYGIENE_TEXT_MARK, HYGIENE_MARK) : name;
}

function isItem(type: string): boolean {
  return type in ITEM_WHAT || LOWERED_ITEMS.has(type);
}

/** An expression's tokens as \`stringify!\` prints them since Rust 1.76: the source's own
 *  spacing, each run of whitespace outside literals shown as one space. */
function stringified(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '"') {
      // A string literal, copied as written (escapes included).
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
    } else if (/\s/.test(ch)) {
      while (i + 1 < source.length && /\s/.test(source[i + 1]!)) i++;
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out.trim();
}
