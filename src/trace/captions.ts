/** The caption of the stop where a panic ends the program, and of the page's step for it. */
export function panicCaption(location: string, message: string): string {
  return `thread 'main' panicked at ${location}: ${message}`;
}

/** The caption of the call that starts a spawned thread (`id` counts from 1), std's thread start
 *  calling the program's closure (std's frames below it mean nothing to the program); `thread`
 *  left out where the thread is named beside it. */
export function threadStartCaption(fn: string, thread?: { readonly name: string; readonly id: number }): string {
  return `${thread ? `thread '${thread.name}' (${thread.id + 1})` : 'the thread'} starts: ${fn}() is called`;
}
