/** A warning: one line `act: warning: ...` on stderr; the command goes on and its exit code stays 0. */
import { writeSync } from 'node:fs';

export function warn(message: string): void {
  // straight to file descriptor 2: process.stderr would load stream modules for one line
  writeSync(2, `act: warning: ${message}\n`);
}
