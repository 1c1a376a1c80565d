/**
 * process.stdout, with act's handling of a closed pipe attached on first use. Node creates the
 * stream (and loads its stream modules, 2-3 ms) the first time process.stdout is read, so a
 * command that never prints, such as an image written to a file, never pays for it.
 */
let handled = false;

export function stdout(): NodeJS.WriteStream {
  if (!handled) {
    handled = true;
    // A closed pipe (act eval ... | head) is the reader's choice, not an error.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      process.stderr.write(`act: cannot write to stdout: ${e.message}\n`);
      process.exit(1);
    });
  }
  return process.stdout;
}

/** Whether stdout is a terminal, asked only where the answer matters. */
export const stdoutIsTerminal = (): boolean => stdout().isTTY === true;
