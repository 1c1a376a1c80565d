/** Writing large text output in big chunks, with back-pressure (so memory stays flat). */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class ChunkedWriter {
  private buffer = '';

  constructor(
    private readonly stream: Writable,
    private readonly chunkChars = 1 << 16,
  ) {}

  /** Queues text; writes once a chunk is full, and waits while the stream is saturated. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.chunkChars) await this.flush();
  }

  /**
   * Writes bytes (after any queued text), waiting while the stream is saturated. Returns when the
   * stream has taken them; `written` resolves once they are out, and the buffer may be reused.
   */
  async writeBytes(bytes: Uint8Array): Promise<{ written: Promise<void> }> {
    await this.flush();
    let done!: () => void;
    const written = new Promise<void>((resolve) => (done = resolve));
    // an error also ends the wait: it is reported by the stream's 'error' handler (see cli/main.ts)
    const ok = this.stream.write(bytes, () => done());
    if (!ok) await once(this.stream, 'drain');
    return { written };
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const ok = this.stream.write(this.buffer);
    this.buffer = '';
    if (!ok) await once(this.stream, 'drain');
  }
}
