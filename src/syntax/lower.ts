import type { Node, Tree } from 'web-tree-sitter';
import { Diagnostic, compileError, unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type {
  ArithOp,
  BinaryOp,
  BindingPattern,
  Block,
  Expr,
  ExprKind,
  FnItem,
  FormatArgs,
  Ident,
  MacroName,
  Param,
  Program,
  Stmt,
  TypeExpr,
  UnaryOp,
} from './ast.js';
import { FormatProblem, checkFormatArgs, parseFormatString, type ExplicitArg } from './format.js';
import { LiteralError, intLiteralValue, strLiteralValue, type StrValue } from './literals.js';
import type { LineIndex } from './positions.js';
import { describeToken, firstSyntaxError, tokensOf } from './syntaxerrors.js';

/** Parses Rust text with the same grammar; used for macro arguments. The caller deletes the tree. */
export interface FragmentParser {
  /**
   * Parses the text that `read(index)` returns from `index` on (any chunk length), looking only
   * at the given `[start, end)` ranges of it.
   */
  parse(read: (index: number) => string, ranges: readonly { readonly start: number; readonly end: number }[]): Tree;
}

/** Lowers a tree that has no syntax errors. Throws Diagnostic. */
export function lowerProgram(root: Node, text: string, lines: LineIndex, fragments: FragmentParser): Program {
  return new Lowerer(text, lines, fragments).program(root);
}

const COMMENTS = new Set(['line_comment', 'block_comment']);
/** Expressions that end a statement without `;` (rustc's "block-like" expressions). */
const BLOCK_LIKE = new Set(['block', 'if_expression', 'match_expression', 'while_expression', 'loop_expression', 'for_expression', 'unsafe_block', 'async_block', 'const_block', 'try_block', 'gen_block']);

const ITEM_WHAT: Record<string, string> = {
  struct_item: 'struct items',
  enum_item: 'enum items',
  union_item: 'union items',
  impl_item: '`impl` blocks',
  trait_item: 'trait items',
  use_declaration: '`use` declarations',
  const_item: '`const` items',
  static_item: '`static` items',
  mod_item: 'modules',
  type_item: 'type aliases',
  macro_definition: '`macro_rules!` definitions',
  extern_crate_declaration: '`extern crate`',
  foreign_mod_item: '`extern` blocks',
  attribute_item: 'attributes',
  inner_attribute_item: 'attributes',
  associated_type: 'associated types',
};

const EXPR_WHAT: Record<string, string> = {
  float_literal: 'floating-point literals',
  char_literal: 'char literals',
  string_literal: 'string literals outside macros',
  raw_string_literal: 'string literals outside macros',
  field_expression: 'field access',
  index_expression: 'indexing',
  tuple_expression: 'tuples',
  array_expression: 'arrays',
  struct_expression: 'struct literals',
  closure_expression: 'closures',
  match_expression: '`match` expressions',
  try_expression: 'the `?` operator',
  await_expression: '`.await`',
  async_block: '`async` blocks',
  unsafe_block: '`unsafe` blocks',
  const_block: '`const` blocks',
  try_block: '`try` blocks',
  gen_block: '`gen` blocks',
  yield_expression: '`yield`',
  generic_function: 'generic arguments (turbofish)',
  self: '`self`',
  metavariable: 'macro metavariables',
  let_condition: '`let` in conditions (`if let` / `while let`)',
  let_chain: 'let chains',
};

const TYPE_WHAT: Record<string, string> = {
  array_type: 'array types',
  pointer_type: 'raw pointer types',
  function_type: 'function pointer types',
  dynamic_type: 'trait objects (`dyn`)',
  abstract_type: '`impl Trait` types',
  bounded_type: 'trait bounds',
  macro_invocation: 'macros in type position',
  removed_trait_bound: '`?Sized` bounds',
  metavariable: 'macro metavariables',
};

const MACROS = new Set<string>(['println', 'print', 'eprintln', 'eprint', 'panic', 'assert', 'assert_eq', 'assert_ne', 'unreachable', 'todo', 'unimplemented']);

const BINARY_OPS = new Set<string>(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '==', '!=', '<', '<=', '>', '>=', '&&', '||']);
const COMPARISONS = new Set<string>(['==', '!=', '<', '<=', '>', '>=']);
const ARITH_OPS = new Set<string>(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>']);

/** One macro argument: its non-comment tokens, split at a top-level comma. */
interface MacroArg {
  readonly tokens: readonly Node[];
  readonly start: number;
  readonly end: number;
  /** The `,` or closing delimiter after the argument. */
  readonly after: Node | null;
}

/** The wrapper that turns a macro argument into a complete program: `fn f(){(` ARG `);}`. */
const FRAGMENT_PREFIX = 'fn f(){(';
const FRAGMENT_SUFFIX = ');}';

class Lowerer {
  private nextId = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly fragments: FragmentParser,
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

  private children(node: Node): Node[] {
    return node.children.filter((c): c is Node => c !== null && !COMMENTS.has(c.type));
  }

  private field(node: Node, name: string): Node {
    const c = node.childForFieldName(name);
    // Only reachable if the grammar changes: trees with errors never get here.
    if (c === null) throw new Diagnostic('syntax', `syntax error: missing ${name}`, this.span(node));
    return c;
  }

  private unsupported(what: string, node: Node): Diagnostic {
    return unsupported(what, this.span(node));
  }

  private syntax(headline: string, start: number, end: number, code?: string): Diagnostic {
    return new Diagnostic('syntax', headline, this.spanOf(start, end), code);
  }

  private expr(kind: ExprKind, span: Span): Expr {
    return { ...kind, id: this.nextId++, span };
  }

  private ident(node: Node): Ident {
    return { name: identName(node.text), span: this.span(node) };
  }

  private label(node: Node): string | null {
    const l = this.children(node).find((c) => c.type === 'label');
    if (l === undefined) return null;
    return l.text.replace(/^'/, '');
  }

  // ---- items ----

  program(root: Node): Program {
    const items: FnItem[] = [];
    for (const node of this.named(root)) {
      if (node.type === 'shebang' || node.type === 'empty_statement') continue;
      if (node.type === 'function_item') {
        items.push(this.fnItem(node));
        continue;
      }
      if (node.type === 'expression_statement' || node.type === 'let_declaration') {
        const first = this.children(node)[0] ?? node;
        throw new Diagnostic('syntax', `expected item, found ${describeToken(first)}`, this.span(first), undefined, 'expected item');
      }
      throw this.itemUnsupported(node, false);
    }
    return { items };
  }

  private itemUnsupported(node: Node, nested: boolean): Diagnostic {
    if (node.type === 'function_item') return this.unsupported('nested functions', node);
    if (node.type === 'function_signature_item') return compileError(undefined, 'free function without a body', this.span(node));
    if (node.type === 'macro_invocation') return this.unsupported('macro invocations at item level', node);
    const what = ITEM_WHAT[node.type] ?? `\`${node.type}\` items`;
    return this.unsupported(nested && !what.startsWith('attr') ? `${what} inside functions` : what, node);
  }

  private fnItem(node: Node): FnItem {
    for (const c of this.named(node)) {
      if (c.type === 'function_modifiers') {
        const mod = this.children(c)[0];
        const kw = mod?.type === 'extern_modifier' ? 'extern' : (mod?.text ?? '');
        const what: Record<string, string> = { async: '`async` functions', const: '`const fn`', unsafe: '`unsafe` functions', extern: '`extern` functions', default: '`default` functions' };
        throw this.unsupported(what[kw] ?? 'function modifiers', c);
      }
      if (c.type === 'type_parameters') throw this.unsupported('generic functions', c);
      if (c.type === 'where_clause') throw this.unsupported('`where` clauses', c);
    }
    const nameNode = this.field(node, 'name');
    if (nameNode.type !== 'identifier') throw this.unsupported('macro metavariables', nameNode);
    const params: Param[] = [];
    for (const p of this.named(this.field(node, 'parameters'))) {
      if (p.type === 'parameter') params.push(this.param(p));
      else if (p.type === 'self_parameter') throw this.unsupported('methods (`self` parameters)', p);
      else if (p.type === 'attribute_item') throw this.unsupported('attributes', p);
      else if (p.type === 'variadic_parameter') throw this.unsupported('variadic parameters', p);
      else throw this.unsupported('parameters without a name', p);
    }
    const retNode = node.childForFieldName('return_type');
    return {
      kind: 'fn',
      name: this.ident(nameNode),
      params,
      ret: retNode === null ? null : this.type(retNode),
      body: this.block(this.field(node, 'body')),
      span: this.span(node),
    };
  }

  private param(node: Node): Param {
    const pat = this.field(node, 'pattern');
    if (pat.type === 'self') throw this.unsupported('methods (`self` parameters)', pat);
    const mut = this.children(node).find((c) => c.type === 'mutable_specifier');
    const pattern = this.binding(pat, mut);
    return { pattern, ty: this.type(this.field(node, 'type')), span: this.span(node) };
  }

  /** `x` or `mut x`; `mut` may be a separate node before the pattern (let, parameters). */
  private binding(pat: Node, mut: Node | undefined): BindingPattern {
    if (pat.type === 'mut_pattern') {
      const inner = this.named(pat).find((c) => c.type !== 'mutable_specifier');
      if (inner === undefined || inner.type !== 'identifier') throw this.unsupported('patterns other than a binding', pat);
      return { kind: 'binding', id: this.nextId++, name: this.ident(inner), mutable: true, span: this.span(pat) };
    }
    if (pat.type !== 'identifier') throw this.unsupported(patternWhat(pat), pat);
    const start = mut?.startIndex ?? pat.startIndex;
    return { kind: 'binding', id: this.nextId++, name: this.ident(pat), mutable: mut !== undefined, span: this.spanOf(start, pat.endIndex) };
  }

  // ---- types ----

  private type(node: Node): TypeExpr {
    const span = this.span(node);
    switch (node.type) {
      case 'primitive_type':
      case 'type_identifier':
        return { kind: 'path', name: node.text, args: [], span };
      case 'scoped_type_identifier':
        return { kind: 'path', name: this.field(node, 'name').text, args: [], span };
      case 'generic_type': {
        const base = this.field(node, 'type');
        const name = base.type === 'scoped_type_identifier' || base.type === 'scoped_identifier' ? this.field(base, 'name').text : base.text;
        const args = this.named(this.field(node, 'type_arguments')).map((a) => {
          if (a.type === 'lifetime') throw this.unsupported('lifetimes', a);
          if (a.type === 'type_binding') throw this.unsupported('associated type bindings', a);
          if (a.type === 'trait_bounds') throw this.unsupported('trait bounds', a);
          if (a.type === 'block' || a.type.endsWith('_literal')) throw this.unsupported('const generic arguments', a);
          return this.type(a);
        });
        return { kind: 'path', name, args, span };
      }
      case 'reference_type': {
        const kids = this.named(node);
        const lt = kids.find((c) => c.type === 'lifetime');
        if (lt !== undefined) throw this.unsupported('lifetimes', lt);
        return { kind: 'ref', mutable: kids.some((c) => c.type === 'mutable_specifier'), inner: this.type(this.field(node, 'type')), span };
      }
      case 'unit_type':
        return { kind: 'tuple', elems: [], span };
      case 'tuple_type': {
        const elems = this.named(node);
        // `(T)` is a parenthesized type, `(T,)` a one-element tuple.
        if (elems.length === 1 && !this.children(node).some((c) => c.type === ',')) return this.type(elems[0] as Node);
        return { kind: 'tuple', elems: elems.map((e) => this.type(e)), span };
      }
      case 'never_type':
        return { kind: 'never', span };
      default:
        throw this.unsupported(TYPE_WHAT[node.type] ?? 'this kind of type', node);
    }
  }

  // ---- blocks and statements ----

  private block(node: Node): Block {
    const stmts: Stmt[] = [];
    let tail: Expr | null = null;
    const kids = this.named(node).filter((c) => c.type !== 'label');
    for (const [i, c] of kids.entries()) {
      const span = this.span(c);
      switch (c.type) {
        case 'empty_statement':
          break;
        case 'let_declaration':
          stmts.push(this.letStmt(c));
          break;
        case 'expression_statement': {
          const inner = this.named(c)[0];
          if (inner === undefined) throw this.syntax('expected expression', c.startIndex, c.endIndex);
          const semi = this.children(c).some((t) => t.type === ';' && !t.isMissing);
          stmts.push({ kind: 'expr', expr: this.exprNode(inner), semi, span });
          break;
        }
        case 'macro_invocation':
          // A statement macro with braces, `println! { .. }`, needs no `;`; with `()` or `[]` it does.
          if (i < kids.length - 1 && !this.bracedMacro(c)) throw this.missingSemicolon(c, kids[i + 1]!);
          stmts.push({ kind: 'expr', expr: this.macro(c), semi: false, span });
          break;
        default:
          if (isItem(c.type)) throw this.itemUnsupported(c, true);
          if (i === kids.length - 1) tail = this.exprNode(c);
          else if (!BLOCK_LIKE.has(c.type)) throw this.missingSemicolon(c, kids[i + 1]!);
          else stmts.push({ kind: 'expr', expr: this.exprNode(c), semi: false, span });
      }
    }
    // A block-like expression without `;` at the end is the block's value, as in rustc.
    const last = stmts[stmts.length - 1];
    if (tail === null && last !== undefined && last.kind === 'expr' && !last.semi) {
      stmts.pop();
      tail = last.expr;
    }
    return { stmts, tail, span: this.span(node) };
  }

  private bracedMacro(node: Node): boolean {
    const tree = this.named(node).find((c) => c.type === 'token_tree');
    return tree?.child(0)?.type === '{';
  }

  /** rustc's error for `f() g()`: the caret sits right after the first expression. */
  private missingSemicolon(expr: Node, next: Node): Diagnostic {
    const found = tokensOf(next)[0] ?? null;
    return new Diagnostic('syntax', `expected \`;\`, found ${describeToken(found)}`, this.spanOf(expr.endIndex, expr.endIndex), undefined, 'help: add `;` here');
  }

  private letStmt(node: Node): Stmt {
    const alt = node.childForFieldName('alternative');
    if (alt !== null) throw this.unsupported('let-else', node);
    const mut = this.children(node).find((c) => c.type === 'mutable_specifier');
    const pattern = this.binding(this.field(node, 'pattern'), mut);
    const tyNode = node.childForFieldName('type');
    const valNode = node.childForFieldName('value');
    return {
      kind: 'let',
      pattern,
      ty: tyNode === null ? null : this.type(tyNode),
      init: valNode === null ? null : this.exprNode(valNode),
      span: this.span(node),
    };
  }

  // ---- expressions ----

  private exprNode(node: Node): Expr {
    const span = this.span(node);
    switch (node.type) {
      case 'integer_literal': {
        let lit;
        try {
          lit = intLiteralValue(node.text);
        } catch (e) {
          if (e instanceof LiteralError) throw this.syntax(e.message, node.startIndex + e.start, node.startIndex + e.end);
          throw e;
        }
        if (lit.kind === 'float') throw this.unsupported('floating-point literals', node);
        return this.expr({ kind: 'int', value: lit.value, suffix: lit.suffix }, span);
      }
      case 'boolean_literal':
        return this.expr({ kind: 'bool', value: node.text === 'true' }, span);
      case 'identifier':
        return this.expr({ kind: 'path', name: identName(node.text) }, span);
      case 'scoped_identifier':
        return this.expr({ kind: 'qualified', segments: this.pathSegments(node) }, span);
      case 'unit_expression':
        return this.expr({ kind: 'unit' }, span);
      case 'parenthesized_expression':
        return this.expr({ kind: 'paren', inner: this.exprNode(this.only(node)) }, span);
      case 'binary_expression':
        return this.binary(node);
      case 'unary_expression': {
        const op = this.children(node)[0]?.type ?? '';
        if (op !== '-' && op !== '!' && op !== '*') throw this.unsupported(`the unary \`${op}\` operator`, node);
        return this.expr({ kind: 'unary', op: op as UnaryOp, operand: this.exprNode(this.only(node)) }, span);
      }
      case 'reference_expression': {
        const kids = this.children(node);
        if (kids.some((c) => c.type === 'raw')) throw this.unsupported('raw borrows (`&raw`)', node);
        const mutable = kids.some((c) => c.type === 'mutable_specifier');
        return this.expr({ kind: 'ref', mutable, operand: this.exprNode(this.field(node, 'value')) }, span);
      }
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
      case 'call_expression': {
        const fn = this.field(node, 'function');
        if (fn.type === 'field_expression') throw this.unsupported('method calls', node);
        const callee = this.exprNode(fn);
        const args = this.named(this.field(node, 'arguments')).map((a) => {
          if (a.type === 'attribute_item') throw this.unsupported('attributes', a);
          return this.exprNode(a);
        });
        return this.expr({ kind: 'call', callee, args }, span);
      }
      case 'type_cast_expression':
        return this.expr({ kind: 'cast', operand: this.exprNode(this.field(node, 'value')), ty: this.type(this.field(node, 'type')) }, span);
      case 'block':
        return this.expr({ kind: 'block', block: this.block(node), label: this.label(node) }, span);
      case 'if_expression':
        return this.ifExpr(node);
      case 'while_expression': {
        const cond = this.field(node, 'condition');
        if (cond.type === 'let_condition') throw this.unsupported('`while let`', node);
        if (cond.type === 'let_chain') throw this.unsupported('let chains', cond);
        return this.expr({ kind: 'while', cond: this.exprNode(cond), body: this.block(this.field(node, 'body')), label: this.label(node) }, span);
      }
      case 'loop_expression':
        return this.expr({ kind: 'loop', body: this.block(this.field(node, 'body')), label: this.label(node) }, span);
      case 'for_expression': {
        const pattern = this.binding(this.field(node, 'pattern'), undefined);
        const iter = this.exprNode(this.field(node, 'value'));
        return this.expr({ kind: 'for', pattern, iter, body: this.block(this.field(node, 'body')), label: this.label(node) }, span);
      }
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
      case 'string_literal':
        if (!node.text.startsWith('"')) throw this.unsupported('byte and C string literals', node);
        throw this.unsupported('string literals outside macros', node);
      case 'char_literal':
        throw this.unsupported(node.text.startsWith('b') ? 'byte literals' : 'char literals', node);
      default:
        throw this.unsupported(EXPR_WHAT[node.type] ?? `\`${node.type}\` expressions`, node);
    }
  }

  /** The single operand of a wrapper node such as `( e )` or `-e`. */
  private only(node: Node): Node {
    const inner = this.named(node)[0];
    if (inner === undefined) throw this.syntax('expected expression', node.startIndex, node.endIndex);
    return inner;
  }

  private pathSegments(node: Node): string[] {
    switch (node.type) {
      case 'scoped_identifier': {
        const path = node.childForFieldName('path');
        const head = path === null ? [] : this.pathSegments(path);
        return [...head, this.field(node, 'name').text];
      }
      case 'identifier':
      case 'crate':
      case 'super':
      case 'self':
      case 'primitive_type':
        return [identName(node.text)];
      case 'bracketed_type':
        throw this.unsupported('qualified paths (`<T>::`)', node);
      case 'generic_type':
        throw this.unsupported('generic arguments (turbofish)', node);
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
    return this.expr({ kind: 'binary', op: op as BinaryOp, left: this.exprNode(left), right: this.exprNode(right) }, this.span(node));
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
        return this.expr({ kind: 'assign', target: this.exprNode(this.field(left, 'left')), value: range }, this.span(node));
      }
    }
    return this.expr({ kind: 'assign', target: this.exprNode(left), value: this.exprNode(right) }, span);
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
    const cond = this.field(node, 'condition');
    if (cond.type === 'let_condition') throw this.unsupported('`if let`', node);
    if (cond.type === 'let_chain') throw this.unsupported('let chains', cond);
    const condExpr = this.exprNode(cond);
    const then = this.block(this.field(node, 'consequence'));
    const alt = node.childForFieldName('alternative');
    let els: Expr | null = null;
    if (alt !== null) {
      const inner = this.only(alt);
      els = inner.type === 'block' ? this.expr({ kind: 'block', block: this.block(inner), label: null }, this.span(inner)) : this.exprNode(inner);
    }
    return this.expr({ kind: 'if', cond: condExpr, then, else: els }, this.span(node));
  }

  // ---- macros ----

  private macro(node: Node): Expr {
    const span = this.span(node);
    const path = this.field(node, 'macro');
    let name: string;
    if (path.type === 'identifier') name = path.text;
    else {
      const segs = path.type === 'scoped_identifier' ? this.pathSegments(path) : [path.text];
      if (segs.length !== 2 || (segs[0] !== 'std' && segs[0] !== 'core')) throw this.unsupported(`the \`${path.text}!\` macro`, node);
      name = segs[1] as string;
    }
    if (!MACROS.has(name)) throw this.unsupported(`the \`${name}!\` macro`, node);
    const tt = this.named(node).find((c) => c.type === 'token_tree');
    if (tt === undefined) throw this.syntax('expected one of `(`, `[`, or `{`', node.endIndex, node.endIndex);
    const args = this.splitArgs(tt);
    const macroName = name as MacroName;
    switch (macroName) {
      case 'assert': {
        const first = args[0];
        if (first === undefined) throw compileError(undefined, 'macro requires a boolean expression as an argument', span, 'boolean expression required');
        const cond = this.argExpr(first);
        const format = args.length > 1 ? this.formatArgs(args.slice(1)) : null;
        return this.expr({ kind: 'macro', name: macroName, args: [cond], format }, span);
      }
      case 'assert_eq':
      case 'assert_ne': {
        const [l, r] = args;
        if (l === undefined || r === undefined) {
          const close = this.children(tt).pop() ?? tt;
          throw compileError(undefined, 'unexpected end of macro invocation', this.span(close), 'missing tokens in macro arguments');
        }
        const left = this.argExpr(l);
        const right = this.argExpr(r);
        const format = args.length > 2 ? this.formatArgs(args.slice(2)) : null;
        return this.expr({ kind: 'macro', name: macroName, args: [left, right], format }, span);
      }
      default: {
        let format: FormatArgs | null = null;
        if (args.length > 0) format = this.formatArgs(args);
        else if (macroName === 'print' || macroName === 'eprint') throw compileError(undefined, 'requires at least a format string argument', span);
        else if (macroName === 'println' || macroName === 'eprintln') format = { pieces: [], positional: [], named: [], span };
        return this.expr({ kind: 'macro', name: macroName, args: [], format }, span);
      }
    }
  }

  /** Splits a token tree's contents at top-level commas (nested groups are single children). */
  private splitArgs(tt: Node): MacroArg[] {
    const kids = this.children(tt);
    const inner = kids.slice(1, -1);
    const close = kids[kids.length - 1] ?? null;
    const args: MacroArg[] = [];
    let cur: Node[] = [];
    for (const tok of inner) {
      // A closure's parameter list has top-level commas, so splitting would garble it.
      if (cur.length === 0 && (tok.type === '|' || tok.type === '||' || tok.type === 'move')) throw this.unsupported('closures', tok);
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
    return { tokens, start: (tokens[0] as Node).startIndex, end: (tokens[tokens.length - 1] as Node).endIndex, after };
  }

  /**
   * Parses a macro argument as an expression. The fragment has the original file's characters
   * at the argument's offsets (everything else blanked, newlines kept) inside a small wrapper at
   * the very start, so every node's position already is its position in the original file.
   */
  private withArgExpr<T>(start: number, end: number, after: Node | null, use: (node: Node) => T): T {
    if (start < FRAGMENT_PREFIX.length) throw this.syntax('expected expression', start, end);
    if (/^let(?![\p{XID_Continue}])/u.test(this.text.slice(start, end))) {
      throw this.syntax('expected expression, found `let` statement', start, start + 3);
    }
    const pre = FRAGMENT_PREFIX.length;
    const read = (i: number): string => {
      if (i < pre) return FRAGMENT_PREFIX.slice(i);
      // Only the included ranges are read in practice; the gap is there to keep offsets.
      if (i < start) return this.text.slice(i, Math.min(start, i + 4096)).replace(/[^\n]/g, ' ');
      if (i < end) return this.text.slice(i, end);
      return FRAGMENT_SUFFIX.slice(i - end);
    };
    // Parsing only the wrapper and the argument keeps this linear in the argument's size.
    const tree = this.fragments.parse(read, [
      { start: 0, end: pre },
      { start, end: end + FRAGMENT_SUFFIX.length },
    ]);
    try {
      const root = tree.rootNode;
      const err = firstSyntaxError(root, { lines: this.lines, fragment: { start, end, tokenAfter: after } });
      if (err !== null) throw err;
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
    } finally {
      tree.delete();
    }
  }

  private argExpr(arg: MacroArg): Expr {
    return this.withArgExpr(arg.start, arg.end, arg.after, (n) => this.exprNode(n));
  }

  /** The arguments of a formatting macro, from the format string on (rustc's `format_args!`). */
  private formatArgs(args: readonly MacroArg[]): FormatArgs {
    const fmtArg = args[0] as MacroArg;
    const fmtTok = fmtArg.tokens[0] as Node;
    const isStrTok = fmtTok.type === 'string_literal' || fmtTok.type === 'raw_string_literal';
    let literal: Node | null = null;
    if (isStrTok) {
      const extra = fmtArg.tokens[1];
      if (extra !== undefined) throw this.syntax(`expected \`,\`, found ${describeToken(extra)}`, extra.startIndex, extra.endIndex);
      literal = fmtTok;
    } else {
      // Not a literal: rustc parses it as an expression first, so syntax errors come first, and
      // a macro (e.g. `concat!`) could expand to a literal, so it is lowered to report it.
      this.withArgExpr(fmtArg.start, fmtArg.end, fmtArg.after, (n) => (n.type === 'macro_invocation' ? this.exprNode(n) : null));
    }

    const positional: Expr[] = [];
    const named: { name: string; value: Expr }[] = [];
    const explicit: ExplicitArg[] = [];
    const explicitSpans: Span[] = [];
    for (const arg of args.slice(1)) {
      const [t0, t1] = arg.tokens;
      if (t0 !== undefined && t0.type === 'identifier' && t1 !== undefined && t1.type === '=') {
        const valueTok = arg.tokens[2];
        if (valueTok === undefined) throw this.syntax(`expected expression, found ${describeToken(arg.after)}`, arg.after?.startIndex ?? arg.end, arg.after?.endIndex ?? arg.end);
        const value = this.withArgExpr(valueTok.startIndex, arg.end, arg.after, (n) => this.exprNode(n));
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
    let str: StrValue | null;
    try {
      str = strLiteralValue(literal.text);
    } catch (e) {
      if (e instanceof LiteralError) throw this.syntax(e.message, literal.startIndex + e.start, literal.startIndex + e.end);
      throw e;
    }
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
      const s = literal.startIndex + (value.map[at.range.start] ?? 0);
      const e = literal.startIndex + (value.map[at.range.end] ?? 0);
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
    for (const name of captures) named.push({ name, value: this.expr({ kind: 'path', name }, litSpan) });
    return { pieces: parsed.pieces, positional, named, span: litSpan };
  }
}

/** `r#match` names the same thing as `match` would. */
function identName(text: string): string {
  return text.startsWith('r#') ? text.slice(2) : text;
}

function isItem(type: string): boolean {
  return type in ITEM_WHAT || type === 'function_item' || type === 'function_signature_item';
}

function patternWhat(pat: Node): string {
  switch (pat.type) {
    case '_':
      return 'the `_` pattern';
    case 'tuple_pattern':
      return 'tuple patterns';
    case 'ref_pattern':
      return '`ref` bindings';
    case 'reference_pattern':
      return 'reference patterns';
    case 'captured_pattern':
      return '`@` patterns';
    case 'tuple_struct_pattern':
    case 'struct_pattern':
      return 'destructuring patterns';
    default:
      return 'patterns other than a binding';
  }
}
