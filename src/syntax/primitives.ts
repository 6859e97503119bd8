/** The primitive number types, as literal suffixes and type names spell them. */

export const INT_KINDS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'] as const;
export type IntKind = (typeof INT_KINDS)[number];
export type FloatKind = 'f32' | 'f64';

export function isIntKind(name: string): name is IntKind {
  return (INT_KINDS as readonly string[]).includes(name);
}

/** Bit width on x86_64, which is also what the book model computes with. */
interface IntInfo {
  readonly bits: number;
  readonly signed: boolean;
  readonly min: bigint;
  readonly max: bigint;
}

/** Each integer type's width and range, computed once: the machine asks on every operation. */
const INT_INFO = Object.fromEntries(
  INT_KINDS.map((int) => {
    const bits = int === 'isize' || int === 'usize' ? 64 : Number(int.slice(1));
    const signed = int.startsWith('i');
    const b = BigInt(bits);
    const info: IntInfo = signed ? { bits, signed, min: -(1n << (b - 1n)), max: (1n << (b - 1n)) - 1n } : { bits, signed, min: 0n, max: (1n << b) - 1n };
    return [int, info];
  }),
) as Record<IntKind, IntInfo>;

export function intBits(int: IntKind): number {
  return INT_INFO[int].bits;
}

export function intSigned(int: IntKind): boolean {
  return INT_INFO[int].signed;
}

export function intRange(int: IntKind): { readonly min: bigint; readonly max: bigint } {
  return INT_INFO[int];
}
