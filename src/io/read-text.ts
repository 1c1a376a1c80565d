/**
 * A whole text read from a stream, within bounds: each line at most 1 MB (as x values are read,
 * see csv-records.ts), the whole at most `maxBytes`, and a NUL byte refused at once as binary
 * data. Each chunk is scanned once, so /dev/zero or a line with no end stops in flat memory.
 */
import { RuntimeError } from '../core/errors.js';
import { MAX_RECORD } from './csv-records.js';

export interface TextLimits {
  /** The most bytes in all. */
  readonly maxBytes: number;
  /** The most bytes in one line; 1 MB by default. */
  readonly maxLine?: number;
  /** What the text is, for the messages: "the script". */
  readonly what: string;
}

export async function readBoundedText(chunks: AsyncIterable<Buffer>, limits: TextLimits): Promise<string> {
  const maxLine = limits.maxLine ?? MAX_RECORD;
  const parts: Buffer[] = [];
  let total = 0;
  let line = 1; // the line the next byte is on
  let lineBytes = 0; // bytes of that line so far
  for await (const chunk of chunks) {
    const nul = chunk.indexOf(0);
    const end = nul < 0 ? chunk.length : nul;
    for (let at = 0; at < end; ) {
      const nl = chunk.indexOf(10, at);
      const stop = nl < 0 || nl >= end ? end : nl;
      lineBytes += stop - at;
      if (lineBytes > maxLine) throw new RuntimeError(`${limits.what}: line ${line}: longer than ${maxLine === MAX_RECORD ? '1 MB' : `${maxLine} bytes`}`);
      if (stop === end) break;
      line++;
      lineBytes = 0;
      at = stop + 1;
    }
    if (nul >= 0) throw new RuntimeError(`${limits.what}: line ${line}: binary data (a NUL byte), not text`);
    total += chunk.length;
    if (total > limits.maxBytes) throw new RuntimeError(`${limits.what} is longer than ${Math.round(limits.maxBytes / (1 << 20))} MB`);
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}
