import { writeSync } from 'node:fs';

/**
 * Buffered, synchronous writes to a file descriptor: a streamed trace can be far larger than
 * memory, and a closed pipe (`| head`) must end the output quietly rather than crash.
 */
export class Output {
  private chunks: string[] = [];
  private size = 0;
  private closed = false;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    if (this.closed) return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.closed || this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    try {
      writeSync(this.fd, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      this.closed = true;
    }
  }
}
