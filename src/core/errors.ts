/**
 * Errors the CLI reports as one line `act: message`. A UsageError (exit 2) is the caller's
 * mistake in the command line; a RuntimeError (exit 1) is about input data or files.
 */

// A registered symbol marks act's errors: the image command is a bundle of its own, with its own
// copy of these classes, so `instanceof` cannot recognise its errors in the CLI's bundle.
const ACT_ERROR = Symbol.for('act-activations.error');

export class ActError extends Error {
  readonly [ACT_ERROR] = true;

  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
    this.name = 'ActError';
  }
}

export class UsageError extends ActError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError'; // spelt out: the CLI's bundles are minified
  }
}

export class RuntimeError extends ActError {
  constructor(message: string) {
    super(message, 1);
    this.name = 'RuntimeError';
  }
}

/** The exit code of one of act's errors (from any bundle), or undefined for anything else. */
export function actExitCode(error: unknown): 1 | 2 | undefined {
  return typeof error === 'object' && error !== null && (error as { [ACT_ERROR]?: boolean })[ACT_ERROR] === true ? (error as ActError).exitCode : undefined;
}
