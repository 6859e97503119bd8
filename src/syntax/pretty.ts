import type { Block, Expr, TypeExpr } from './ast.js';

/**
 * Prints an expression the way rustc's pretty-printer does, which is what `assert!(cond)`
 * puts in its "assertion failed: ..." message.
 */
export function prettyExpr(e: Expr): string {
  switch (e.kind) {
    case 'int':
      return `${e.value}${e.suffix ?? ''}`;
    case 'bool':
      return String(e.value);
    case 'path':
      return e.name;
    case 'qualified':
      return e.segments.join('::');
    case 'unit':
      return '()';
    case 'paren':
      return `(${prettyExpr(e.inner)})`;
    case 'binary':
      return `${prettyExpr(e.left)} ${e.op} ${prettyExpr(e.right)}`;
    case 'unary':
      return `${e.op}${prettyExpr(e.operand)}`;
    case 'ref':
      return `&${e.mutable ? 'mut ' : ''}${prettyExpr(e.operand)}`;
    case 'assign':
      return `${prettyExpr(e.target)} = ${prettyExpr(e.value)}`;
    case 'compoundAssign':
      return `${prettyExpr(e.target)} ${e.op}= ${prettyExpr(e.value)}`;
    case 'call':
      return `${prettyExpr(e.callee)}(${e.args.map(prettyExpr).join(', ')})`;
    case 'cast':
      return `${prettyExpr(e.operand)} as ${prettyType(e.ty)}`;
    case 'macro':
      return `${e.name}!(..)`;
    case 'block':
      return prettyBlock(e.block);
    case 'if':
      return `if ${prettyExpr(e.cond)} ${prettyBlock(e.then)}${e.else ? ` else ${prettyExpr(e.else)}` : ''}`;
    case 'range':
      return `${e.start ? prettyExpr(e.start) : ''}${e.inclusive ? '..=' : '..'}${e.end ? prettyExpr(e.end) : ''}`;
    case 'float':
      return e.text + (e.suffix ?? '');
    case 'char':
      return `'${String.fromCodePoint(e.value)}'`;
    case 'str':
      return JSON.stringify(e.value);
    case 'tuple':
      return e.elems.length === 1 ? `(${prettyExpr(e.elems[0]!)},)` : `(${e.elems.map(prettyExpr).join(', ')})`;
    case 'array':
      return `[${e.elems.map(prettyExpr).join(', ')}]`;
    case 'index':
      return `${prettyExpr(e.base)}[${prettyExpr(e.index)}]`;
    case 'field':
      return `${prettyExpr(e.base)}.${e.name}`;
    case 'methodCall':
      return `${prettyExpr(e.receiver)}.${e.method.name}(${e.args.map(prettyExpr).join(', ')})`;
    case 'try':
      return `${prettyExpr(e.operand)}?`;
    default:
      return `{${e.kind}}`;
  }
}

function prettyBlock(b: Block): string {
  return b.stmts.length === 0 && b.tail ? `{ ${prettyExpr(b.tail)} }` : '{ .. }';
}

export function prettyType(t: TypeExpr): string {
  switch (t.kind) {
    case 'path':
      return t.args.length ? `${t.name}<${t.args.map(prettyType).join(', ')}>` : t.name;
    case 'ref':
      return `&${t.mutable ? 'mut ' : ''}${prettyType(t.inner)}`;
    case 'tuple':
      return `(${t.elems.map(prettyType).join(', ')})`;
    case 'never':
      return '!';
    case 'array':
      return `[${prettyType(t.elem)}; ${prettyExpr(t.len)}]`;
    case 'slice':
      return `[${prettyType(t.elem)}]`;
    case 'infer':
      return '_';
    case 'implTrait':
    case 'dynTrait':
      return `${t.kind === 'implTrait' ? 'impl' : 'dyn'} ${t.bounds.map((b) => b.segments.map((x) => x.name).join('::')).join(' + ')}`;
    case 'fnPointer':
      return `fn(${t.params.map(prettyType).join(', ')})${t.ret ? ` -> ${prettyType(t.ret)}` : ''}`;
    case 'rawPointer':
      return `*${t.mutable ? 'mut' : 'const'} ${prettyType(t.inner)}`;
    case 'constArg':
      return prettyExpr(t.value);
  }
}
