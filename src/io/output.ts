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

  /** Writes bytes (after any queued text); the caller must not change them afterwards. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const ok = this.stream.write(this.buffer);
    this.buffer = '';
    if (!ok) await once(this.stream, 'drain');
  }
}
