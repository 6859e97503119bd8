/** Semantic types of the supported subset, shared by type checking, MIR and the machine. */

export const INT_KINDS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'] as const;
export type IntKind = (typeof INT_KINDS)[number];

export type Ty =
  | { readonly k: 'int'; readonly int: IntKind }
  | { readonly k: 'bool' }
  | { readonly k: 'char' }
  | { readonly k: 'unit' }
  | { readonly k: 'never' }
  | { readonly k: 'ref'; readonly mutable: boolean; readonly inner: Ty }
  | { readonly k: 'box'; readonly inner: Ty }
  /** An inference variable; `int` variables come from unsuffixed integer literals. */
  | { readonly k: 'var'; readonly id: number; readonly int: boolean };

export const UNIT: Ty = { k: 'unit' };
export const BOOL: Ty = { k: 'bool' };
export const CHAR: Ty = { k: 'char' };
export const NEVER: Ty = { k: 'never' };
export const intTy = (int: IntKind): Ty => ({ k: 'int', int });
export const refTy = (inner: Ty, mutable = false): Ty => ({ k: 'ref', mutable, inner });
export const boxTy = (inner: Ty): Ty => ({ k: 'box', inner });

export function isIntKind(name: string): name is IntKind {
  return (INT_KINDS as readonly string[]).includes(name);
}

/** Bit width on x86_64, which is also what the book model computes with. */
export function intBits(int: IntKind): number {
  if (int === 'isize' || int === 'usize') return 64;
  return Number(int.slice(1));
}

export function intSigned(int: IntKind): boolean {
  return int.startsWith('i');
}

export function intRange(int: IntKind): { min: bigint; max: bigint } {
  const bits = BigInt(intBits(int));
  if (intSigned(int)) return { min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n };
  return { min: 0n, max: (1n << bits) - 1n };
}

/** Wraps a mathematical integer into the type's range (two's complement), as `as` casts do. */
export function wrapInt(value: bigint, int: IntKind): bigint {
  const bits = intBits(int);
  return intSigned(int) ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
}

export function isCopy(ty: Ty): boolean {
  switch (ty.k) {
    case 'box':
      return false;
    case 'ref':
      return !ty.mutable;
    default:
      return true;
  }
}

/** Whether dropping a value of this type runs code (frees memory, calls Drop). */
export function needsDrop(ty: Ty): boolean {
  return ty.k === 'box';
}

/** The type as rustc prints it in messages. */
export function showTy(ty: Ty): string {
  switch (ty.k) {
    case 'int':
      return ty.int;
    case 'bool':
    case 'char':
      return ty.k;
    case 'unit':
      return '()';
    case 'never':
      return '!';
    case 'ref':
      return `&${ty.mutable ? 'mut ' : ''}${showTy(ty.inner)}`;
    case 'box':
      return `Box<${showTy(ty.inner)}>`;
    case 'var':
      return ty.int ? '{integer}' : '_';
  }
}

export function sameTy(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'int':
      return a.int === (b as typeof a).int;
    case 'ref':
      return a.mutable === (b as typeof a).mutable && sameTy(a.inner, (b as typeof a).inner);
    case 'box':
      return sameTy(a.inner, (b as typeof a).inner);
    case 'var':
      return a.id === (b as typeof a).id;
    default:
      return true;
  }
}
