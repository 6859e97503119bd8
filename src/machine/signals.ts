import type { Span } from '../diagnostics/span.js';

/** A Rust panic: unwinds the stack (running drops) and ends the run with exit code 101. */
export class Panic {
  constructor(
    readonly message: string,
    readonly span: Span,
    /** A location inside std's own sources (`/rustc/<commit>/library/...`), for the panics std
     *  reports where they happen rather than at the caller (`capacity overflow`). */
    readonly location: string | null = null,
  ) {}
}

/** A panic that cannot unwind: the checks a debug build puts on a raw pointer's dereference
 *  (null, misaligned) report it as a panic, then abort the process (exit 134, no drops). */
export class AbortingPanic {
  constructor(
    readonly message: string,
    readonly span: Span,
  ) {}
}

/** A `fmt` impl returned `Err(fmt::Error)`: std's `fmt::write` stops at once and hands the error
 *  to whoever is formatting (`write!` returns it; `print!`, `format!` and `to_string` panic). */
export class FormatError {}

/** Where rustc 1.95.0's std sources are, as its panic messages print them. */
export const RUSTC_LIBRARY = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library';

/** `std::process::exit`: ends the run at once, without unwinding. */
export class Exit {
  constructor(readonly code: number) {}
}

/** A stackheap limit (steps, call depth) ended the run. */
export class StepLimit {
  constructor(readonly message: string) {}
}

/** A frame that does not fit in what is left of its thread's stack: the process aborts, as
 *  rustc's binary does when a frame reaches its stack's guard page. */
export class StackOverflow {
  constructor(
    /** The function whose frame did not fit. */
    readonly fn: string,
    /** What the frame needed and what its stack had left, in the model's units. */
    readonly needed: number,
    readonly free: number,
    /** The call that pushed it. */
    readonly span: Span,
  ) {}
}
