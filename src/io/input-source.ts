/** Where x values are read from: stdin or a file, as a stream of bytes. */
import { createReadStream, fstatSync } from 'node:fs';
import { RuntimeError } from '../core/errors.js';

/** Set once stdin has been read to its end (act batch's lines came from it): it has no more to give. */
let stdinConsumed = false;

/** Records that stdin was read to its end (a fact about the process, not a run). */
export function markStdinConsumed(): void {
  stdinConsumed = true;
}

/** Whether stdin carries data (a pipe or a file) rather than a terminal or nothing. */
export function stdinHasData(): boolean {
  if (stdinConsumed) return false;
  try {
    const s = fstatSync(0);
    return s.isFIFO() || s.isFile() || s.isSocket();
  } catch {
    return false;
  }
}

function stdinIsFolder(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}

/** The bytes of a file, or of stdin for '-'; a file that cannot be read is a RuntimeError naming it. */
export function openInput(path: string): AsyncIterable<Buffer> {
  if (path === '-') {
    // a folder on stdin (act eval relu -i - < /tmp) reads as nothing at all: refuse it as -i /tmp is
    if (stdinIsFolder()) throw new RuntimeError('cannot read stdin: it is a folder');
    return process.stdin;
  }
  const stream = createReadStream(path);
  stream.on('error', () => {}); // reported where it is read, below
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      throw new RuntimeError(`cannot read ${path}: ${why}`);
    }
  })();
}

/**
 * All chunks as one: a vector function (softmax) needs the whole vector at once. More than `max`
 * values is a RuntimeError as soon as they come, not memory filled by an endless pipe (yes 1 | ...).
 */
export async function* wholeInput(chunks: AsyncIterable<Float64Array> | Iterable<Float64Array>, max = Infinity): AsyncGenerator<Float64Array> {
  const parts: Float64Array[] = [];
  let n = 0;
  for await (const c of chunks) {
    parts.push(c);
    n += c.length;
    if (n > max) throw new RuntimeError(`more than ${max.toExponential().replace('e+', 'e')} x values: a vector function (softmax...) holds the whole input at once, at most as many as -n takes`);
  }
  const all = new Float64Array(n);
  let at = 0;
  for (const c of parts) {
    all.set(c, at);
    at += c.length;
  }
  yield all;
}
