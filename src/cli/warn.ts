/** A warning: one line `act: warning: ...` on stderr; the command goes on and its exit code stays 0. */
import { writeSync } from 'node:fs';

/**
 * The batch line being run, if any: its warnings name it, as its errors do (`act: line 3: warning:
 * ...`). Kept on globalThis under a registered symbol because each CLI bundle (main.cjs,
 * plot-image.cjs) has its own copy of this module, and a line's warnings may come from either.
 */
const BATCH_LINE = Symbol.for('act.batchLine');
type WithBatchLine = { [BATCH_LINE]?: number };

export function warn(message: string): void {
  const line = (globalThis as WithBatchLine)[BATCH_LINE];
  // straight to file descriptor 2: process.stderr would load stream modules for one line
  writeSync(2, `act: ${line === undefined ? '' : `line ${line}: `}warning: ${message}\n`);
}

/** Runs `body` with warnings naming batch line `line`; the line before (a batch inside a batch) is named again after. */
export async function withBatchLine<T>(line: number, body: () => Promise<T>): Promise<T> {
  const holder = globalThis as WithBatchLine;
  const before = holder[BATCH_LINE];
  holder[BATCH_LINE] = line;
  try {
    return await body();
  } finally {
    holder[BATCH_LINE] = before;
  }
}
