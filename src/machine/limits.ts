/** The default step budget of a run (`--max-steps`). */
export const DEFAULT_MAX_STEPS = 10_000_000;
/** The deepest call stack allowed, so runaway recursion ends before the host runs out of memory. */
export const DEFAULT_MAX_DEPTH = 10_000;
