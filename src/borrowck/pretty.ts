import type { Body, Operand, Place, Rvalue, Statement, Terminator } from '../mir/ir.js';
import { showTy } from '../types/ty.js';

/** A MIR body as text, rustc-style (`_3 = &mut (*_1).0`), for debugging the checkers. */
export function showBody(body: Body): string {
  const out: string[] = [`fn ${body.name}`];
  body.locals.forEach((l, i) => out.push(`  let _${i}: ${showTy(l.ty)}; // ${l.kind}${l.name ? ` ${l.name}` : ''}${l.mutable ? ' mut' : ''}`));
  body.blocks.forEach((b, id) => {
    out.push(`  bb${id}:`);
    for (const s of b.statements) out.push(`    ${showStatement(s)} @${s.span.line}:${s.span.col}`);
    if (b.terminator) out.push(`    ${showTerminator(b.terminator)} @${b.terminator.span.line}:${b.terminator.span.col}`);
  });
  return out.join('\n');
}

export function showPlace(p: Place): string {
  let s = `_${p.local}`;
  for (const pr of p.projection) {
    switch (pr.kind) {
      case 'deref':
        s = `(*${s})`;
        break;
      case 'field':
        s = `${s}.${pr.index}`;
        break;
      case 'downcast':
        s = `(${s} as #${pr.variant})`;
        break;
      case 'index':
        s = `${s}[_${pr.local}]`;
        break;
      case 'constantIndex':
        s = `${s}[${pr.fromEnd ? '-' : ''}${pr.offset}]`;
        break;
      case 'subslice':
        s = `${s}[${pr.from}..${pr.fromEnd ? '-' : ''}${pr.to}]`;
        break;
    }
  }
  return s;
}

function showOperand(o: Operand): string {
  if (o.kind === 'const') return `const ${o.value.kind === 'int' ? String(o.value.value) : o.value.kind === 'str' ? JSON.stringify(o.value.value) : o.value.kind}`;
  return `${o.kind} ${showPlace(o.place)}`;
}

function showRvalue(r: Rvalue): string {
  switch (r.kind) {
    case 'use':
      return showOperand(r.operand);
    case 'binary':
      return `${r.op}(${showOperand(r.left)}, ${showOperand(r.right)})`;
    case 'neg':
    case 'not':
      return `${r.kind}(${showOperand(r.operand)})`;
    case 'ref':
      return `&${r.mutable ? 'mut ' : ''}${showPlace(r.place)}`;
    case 'cast':
      return `cast(${showOperand(r.operand)} -> ${showTy(r.to)})`;
    case 'aggregate':
      return `${r.aggregate.kind}(${r.operands.map(showOperand).join(', ')})`;
    case 'repeat':
      return `[${showOperand(r.operand)}; ${r.count}]`;
    case 'discriminant':
      return `discriminant(${showPlace(r.place)})`;
    case 'len':
      return `len(${showPlace(r.place)})`;
  }
}

function showStatement(s: Statement): string {
  switch (s.kind) {
    case 'assign':
      return `${showPlace(s.place)} = ${showRvalue(s.rvalue)}`;
    case 'storageLive':
    case 'storageDead':
      return `${s.kind}(_${s.local})`;
    case 'print':
      return `print(${s.sink.kind}${'place' in s.sink ? ` ${showPlace(s.sink.place)}` : ''}; ${s.format.args.map((a) => showPlace(a.place)).join(', ')})`;
    case 'mark':
      return `mark(${s.mark})`;
  }
}

function showTerminator(t: Terminator): string {
  switch (t.kind) {
    case 'goto':
      return `goto bb${t.target}`;
    case 'switchBool':
      return `switchBool(${showOperand(t.cond)}) -> [bb${t.ifTrue}, bb${t.ifFalse}]`;
    case 'switchInt':
      return `switchInt(${showOperand(t.discr)}) -> [${t.values.map((v, i) => `${v}: bb${t.targets[i]}`).join(', ')}, otherwise: bb${t.otherwise}]`;
    case 'call': {
      const callee = t.callee.kind === 'fn' ? t.callee.instance.key : t.callee.kind === 'virtual' ? `dyn ${t.callee.method.name}` : t.callee.kind === 'pointer' ? 'fn pointer' : t.callee.kind === 'dynFn' ? 'dyn Fn' : `intrinsic ${t.callee.name}`;
      return `${showPlace(t.dest)} = ${callee}(${t.args.map(showOperand).join(', ')}) -> ${t.target === null ? 'diverge' : `bb${t.target}`}`;
    }
    case 'drop':
      return `drop(${showPlace(t.place)}) -> bb${t.target}`;
    case 'assert':
      return `assert(${showOperand(t.cond)}) -> bb${t.target}`;
    default:
      return t.kind;
  }
}
