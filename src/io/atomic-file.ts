/**
 * Writing a file all at once or not at all: the bytes go to a temporary file in the same folder,
 * which is flushed to disk and then renamed over the target. A failed write, or a process stopped
 * half-way, leaves the target as it was (absent, or the old file), never empty or cut short.
 * A target that is not a regular file (/dev/null, a FIFO) is written to directly.
 */
import { promises as fs, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RuntimeError } from '../core/errors.js';

export interface AtomicWriteOptions {
  /** false: refuse to replace an existing file (checked again, atomically, at the moment of writing). */
  readonly clobber?: boolean;
}

/**
 * The temporary file's name: hidden, beside the target, and matched by .gitignore's *.tmp-*. The
 * process id keeps processes apart, and the file is created exclusively; the random part only
 * keeps two writes of one process apart, so Math.random does (node:crypto costs 2-3 ms to load).
 */
export function temporaryPath(path: string): string {
  const random = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0');
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${random}`);
}

function reason(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EEXIST':
      return 'the file exists (and --no-clobber was given)';
    default:
      return (e as Error).message;
  }
}

const errno = (code: string) => Object.assign(new Error(code), { code });

/** While the temporary file exists, an interrupt removes it before the process ends as it would. */
function removeOnSignal(tmp: string): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const stop = () => signals.forEach((s) => process.removeListener(s, handler));
  function handler(signal: NodeJS.Signals) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or removed
    }
    stop();
    process.kill(process.pid, signal);
  }
  signals.forEach((s) => process.on(s, handler));
  return stop;
}

/** Writes data to path atomically; errors are RuntimeErrors (exit 1) that name the path. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const clobber = options.clobber ?? true;
  const fail = (e: unknown) => new RuntimeError(`cannot write ${path}: ${reason(e)}`);

  let keepMode: number | undefined; // a replaced file keeps its permissions
  let special = false;
  try {
    const existing = await fs.stat(path);
    if (existing.isDirectory()) throw errno('EISDIR');
    // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to, never renamed over.
    special = !existing.isFile();
    if (!clobber && !special) throw errno('EEXIST');
    keepMode = existing.mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fail(e);
  }
  if (special) {
    try {
      await fs.writeFile(path, data);
      return;
    } catch (e) {
      throw fail(e);
    }
  }

  const tmp = temporaryPath(path);
  const stopWatching = removeOnSignal(tmp); // before the file exists, so no moment goes unwatched
  try {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(tmp, 'wx', 0o666);
    } catch (e) {
      throw fail(e);
    }
    try {
      await handle.writeFile(data);
      if (keepMode !== undefined) await handle.chmod(keepMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (clobber) {
      await fs.rename(tmp, path);
    } else {
      // link() refuses an existing target: a file that appeared meanwhile is not replaced
      await fs.link(tmp, path);
      await fs.unlink(tmp);
    }
  } catch (e) {
    if (e instanceof RuntimeError) throw e;
    await fs.rm(tmp, { force: true });
    throw fail(e);
  } finally {
    stopWatching();
  }
}
