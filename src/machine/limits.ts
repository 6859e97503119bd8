/** The default step budget of a trace (`--max-steps`): a trace is for exploring, and 10^7 steps
 *  already make more stops than anyone steps through. */
export const DEFAULT_MAX_STEPS = 10_000_000;
/** `stackheap run`'s default step budget: `run` imitates the binary, so it lets a program run as
 *  long as a native debug build's second or so of work takes here (bench/fib.rs is 5.8 * 10^7
 *  steps for 5 ms natively), minutes at 20 to 35 million steps a second, and still ends an
 *  endless loop rather than hang. */
export const RUN_MAX_STEPS = 10_000_000_000;
/** The default memory budget of a run (`--max-memory`), in the model's units (bytes in the real
 *  model, cells in the book's): each unit costs the host far more than a byte. */
export const DEFAULT_MAX_MEMORY = 16 * 1024 * 1024;
/** `stackheap run`'s default memory budget: room for real programs' data (a 10^7-element Vec),
 *  while the host's own memory (about 13 bytes per unit) stays far below V8's limits. */
export const RUN_MAX_MEMORY = 128 * 1024 * 1024;
