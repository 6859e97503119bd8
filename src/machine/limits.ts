/** The default step budget of a run (`--max-steps`). */
export const DEFAULT_MAX_STEPS = 10_000_000;
/** The default memory budget of a run (`--max-memory`), in the model's units (bytes in the real
 *  model, cells in the book's): each unit costs the host far more than a byte. */
export const DEFAULT_MAX_MEMORY = 16 * 1024 * 1024;
/** The deepest call stack allowed, so runaway recursion ends before the host runs out of memory. */
export const DEFAULT_MAX_DEPTH = 10_000;
