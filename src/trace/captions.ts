/** The caption of the stop where a panic ends the program, and of the page's step for it. */
export function panicCaption(location: string, message: string): string {
  return `thread 'main' panicked at ${location}: ${message}`;
}
