/**
 * Writing a file all at once or not at all: the bytes go to a temporary file in the same folder,
 * which is flushed to disk and then renamed over the target. A failed write, or a process stopped
 * half-way, leaves the target as it was (absent, or the old file), never empty or cut short.
 * A target that is not a regular file (/dev/null, a FIFO) is written to directly; a symbolic link
 * is followed, so that the file it names is replaced (in that file's folder) and the link stays.
 * Temporary files that a killed writer left (SIGKILL cannot be caught) are removed by the next
 * write of the same target.
 */
import { close, fchmod, fsync, link, open, readdir, readlink, rename, rm, stat, unlink, unlinkSync, writeFile, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { RuntimeError } from '../core/errors.js';

export interface AtomicWriteOptions {
  /** false: refuse to replace an existing file (checked again, atomically, at the moment of writing). */
  readonly clobber?: boolean;
}

/**
 * The calls this module makes, as promises of node:fs's callback forms: node:fs/promises would load
 * Node's streams and readline with it, about 2 ms of an image's start.
 */
const fs = {
  close: promisify(close),
  fchmod: promisify(fchmod),
  fsync: promisify(fsync),
  link: promisify(link),
  open: promisify(open),
  readdir: promisify(readdir) as (path: string) => Promise<string[]>,
  readlink: promisify(readlink) as (path: string) => Promise<string>,
  rename: promisify(rename),
  rm: promisify(rm),
  stat: promisify(stat) as (path: string) => Promise<Stats>,
  unlink: promisify(unlink),
  writeFile: promisify(writeFile),
};

/** The most bytes of the target's name that the temporary name repeats: it stays short whatever the target's length. */
const NAME_BYTES = 64;

/** The start of a name, at most `bytes` bytes of UTF-8, cut between characters. */
function namePrefix(name: string, bytes: number): string {
  if (Buffer.byteLength(name) <= bytes) return name;
  let out = '';
  let used = 0;
  for (const c of name) {
    used += Buffer.byteLength(c);
    if (used > bytes) break;
    out += c;
  }
  return out;
}

/**
 * The temporary file's name: hidden, beside the target, and matched by .gitignore's *.tmp-*. The
 * target's name is cut to 64 bytes in it, so that a legal name of 255 bytes still has a legal
 * temporary name. The process id keeps processes apart (and tells a dead writer's leftovers, see
 * removeStale), and the file is created exclusively; the random part only keeps two writes of one
 * process apart, so Math.random does (node:crypto costs 2-3 ms to load).
 */
export function temporaryPath(path: string): string {
  const random = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0');
  return join(dirname(path), `.${namePrefix(basename(path), NAME_BYTES)}.tmp-${process.pid}-${random}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a process id belongs to no running process (another user's process counts as running). */
function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes the temporary files that writers of this target left when they were killed (SIGKILL
 * cannot be caught): the target's own pattern, a process id that is no longer running. Best
 * effort: a folder that cannot be listed is left alone.
 */
export async function removeStale(path: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(namePrefix(basename(path), NAME_BYTES))}\\.tmp-(\\d+)-[0-9a-f]{8}$`);
  let names: string[];
  try {
    names = await fs.readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (pid > 0 && pid !== process.pid && isDead(pid)) await fs.rm(join(dirname(path), name), { force: true }).catch(() => {});
  }
}

/**
 * The file a path names, following symbolic links (up to 40, as the kernel does), whether or not
 * it exists yet: a write through a link replaces the link's target, as `>` and `cp` do, and the
 * link stays.
 */
async function followLinks(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let target: string;
    try {
      target = await fs.readlink(current);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT' || code === 'ENOTDIR') return current; // not a link, or not there yet
      throw e;
    }
    current = resolve(dirname(current), target);
  }
  throw errno('ELOOP');
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
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return (e as Error).message;
  }
}

const errno = (code: string) => Object.assign(new Error(code), { code });

/** How a write hears signals and lets one end the process: the process's own, or a test's stand-in. */
export interface SignalPort {
  on(signal: NodeJS.Signals, handler: (signal: NodeJS.Signals) => void): void;
  off(signal: NodeJS.Signals, handler: (signal: NodeJS.Signals) => void): void;
  /** Raises the signal again, with no handler left: the process ends as the signal would end it. */
  raise(signal: NodeJS.Signals): void;
}

const PROCESS_SIGNALS: SignalPort = {
  on: (signal, handler) => process.on(signal, handler),
  off: (signal, handler) => process.removeListener(signal, handler),
  raise: (signal) => process.kill(process.pid, signal),
};

/** The watch over a temporary file: `opened` once its open has settled (made the file or failed), `stop` once it is renamed or removed. */
export interface TemporaryGuard {
  opened(): void;
  stop(): void;
}

/**
 * While a temporary file may exist, SIGINT, SIGTERM or SIGHUP removes it, then ends the process as
 * the signal would. The watch starts before the file is opened, and a signal that comes while the
 * open is under way waits for it to settle: the open runs in libuv's thread pool and may create the
 * file after the handler ran, which a removal at once would miss. A second signal ends at once.
 */
export function guardTemporary(tmp: string, port: SignalPort = PROCESS_SIGNALS): TemporaryGuard {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let opening = true;
  let caught: NodeJS.Signals | undefined;
  const stop = (): void => signals.forEach((s) => port.off(s, handler));
  const end = (signal: NodeJS.Signals): void => {
    try {
      unlinkSync(tmp);
    } catch {
      // not created, already renamed or removed
    }
    stop();
    port.raise(signal);
  };
  function handler(signal: NodeJS.Signals): void {
    const again = caught !== undefined;
    caught = signal;
    if (!opening || again) end(signal);
  }
  signals.forEach((s) => port.on(s, handler));
  return {
    opened: () => {
      opening = false;
      if (caught !== undefined) end(caught);
    },
    stop,
  };
}

/** What a write calls that a test may stand in for: the open of the temporary file, and the process's signals. */
export interface AtomicWriteHooks {
  readonly open?: (path: string, flags: string, mode: number) => Promise<number>;
  readonly signals?: SignalPort;
}

/** Writes data to path atomically; errors are RuntimeErrors (exit 1) that name the path. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}, hooks: AtomicWriteHooks = {}): Promise<void> {
  const clobber = options.clobber ?? true;
  const written = path; // messages name the path as given, not where its links lead
  const fail = (e: unknown) => new RuntimeError(`cannot write ${written}: ${reason(e)}`);
  try {
    path = await followLinks(written);
  } catch (e) {
    throw fail(e);
  }

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

  await removeStale(path);
  const tmp = temporaryPath(path);
  const guard = guardTemporary(tmp, hooks.signals); // before the open, so no moment goes unwatched
  try {
    let fd: number;
    try {
      fd = await (hooks.open ?? fs.open)(tmp, 'wx', 0o666);
    } catch (e) {
      throw fail(e);
    } finally {
      guard.opened(); // a signal that came meanwhile removes the file now, and ends the process
    }
    try {
      await fs.writeFile(fd, data);
      if (keepMode !== undefined) await fs.fchmod(fd, keepMode);
      await fs.fsync(fd);
    } finally {
      await fs.close(fd);
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
    guard.stop();
  }
}
