import type { Span } from '../diagnostics/span.js';

/** A Rust panic: unwinds the stack (running drops) and ends the run with exit code 101. */
export class Panic {
  constructor(
    readonly message: string,
    readonly span: Span,
  ) {}
}

/** `std::process::exit`: ends the run at once, without unwinding. */
export class Exit {
  constructor(readonly code: number) {}
}

/** A stackheap limit (steps, call depth) ended the run. */
export class StepLimit {
  constructor(readonly message: string) {}
}
