import type { Instance } from '../mir/ir.js';

/** What a function pointer points to: the instance to call, and whether it is a closure's body
 *  (which takes its empty environment first). */
export interface PointedFunction {
  readonly instance: Instance;
  readonly closure: boolean;
  /** As views show it: `double`, `{closure@12:17}`. */
  readonly name: string;
}

/**
 * Function pointers. A function (or a closure that captures nothing) gets an address the
 * first time the program makes a pointer to it, 16 bytes apart in the page below static
 * memory (where a binary's `.text` would be); a call through the pointer finds it there.
 */
export class FunctionPointers {
  private readonly byKey = new Map<string, number>();
  private readonly byAddr = new Map<number, PointedFunction>();

  constructor(private readonly base: number) {}

  address(target: PointedFunction): number {
    const known = this.byKey.get(target.instance.key);
    if (known !== undefined) return known;
    const addr = this.base + 16 * this.byKey.size;
    this.byKey.set(target.instance.key, addr);
    this.byAddr.set(addr, target);
    return addr;
  }

  at(addr: number): PointedFunction | undefined {
    return this.byAddr.get(addr);
  }

  /** The functions given addresses so far (machine/checkpoint.ts), in order. */
  checkpoint(): readonly PointedFunction[] {
    return [...this.byAddr.values()];
  }

  /** Back to a checkpoint: the same functions at the same addresses. */
  restore(functions: readonly PointedFunction[]): void {
    this.byKey.clear();
    this.byAddr.clear();
    for (const f of functions) this.address(f);
  }
}
