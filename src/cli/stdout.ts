/**
 * Where commands print. Node creates process.stdout (and loads its stream modules, 2-3 ms) the
 * first time it is read, so commands that print one text at the end (a chart, a table, a list)
 * write it straight to file descriptor 1 when stdout is known not to be a terminal (a file, a
 * pipe, /dev/null), and never create the stream. A command that streams (eval), or a terminal,
 * gets the stream, with act's handling of a closed pipe.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { RuntimeError } from '../core/errors.js';
import type { TerminalInfo } from './terminal.js';

let stream: NodeJS.WriteStream | undefined;

/** A closed pipe (act eval ... | head) is the reader's choice, not an error. */
function closedPipe(e: NodeJS.ErrnoException): never {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`act: cannot write to stdout: ${e.message}\n`);
  process.exit(1);
}

export function stdout(): NodeJS.WriteStream {
  if (!stream) {
    stream = process.stdout;
    stream.on('error', closedPipe);
  }
  return stream;
}

let plain: boolean | undefined;

/**
 * Whether stdout is surely not a terminal: a file, a pipe, a socket, or the null device. (A
 * character device may be a terminal; only the stream can tell.)
 */
function surelyNotTerminal(): boolean {
  if (plain === undefined) {
    try {
      const s = fstatSync(1);
      plain = s.isFile() || s.isFIFO() || s.isSocket() || (s.isCharacterDevice() && s.rdev === statSync('/dev/null').rdev);
    } catch {
      plain = false;
    }
  }
  return plain;
}

/** Whether stdout is a terminal, and its size if it is. */
export function stdoutTerminal(): TerminalInfo {
  if (!stream && surelyNotTerminal()) return { isTTY: false };
  const out = stdout();
  return { isTTY: out.isTTY === true, columns: out.columns, rows: out.rows };
}

/** Whether stdout is a terminal, asked only where the answer matters. */
export const stdoutIsTerminal = (): boolean => stdoutTerminal().isTTY;

/** Prints a command's whole output. */
export function printText(text: string): void {
  if (stream || !surelyNotTerminal()) {
    stdout().write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    // a non-blocking pipe that is full: the stream waits for it
    if (error.code === 'EAGAIN') return void stdout().write(bytes.subarray(at));
    if (error.code === 'EPIPE') closedPipe(error);
    throw new RuntimeError(`cannot write to stdout: ${error.message}`);
  }
}
