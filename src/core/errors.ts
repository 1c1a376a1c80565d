/**
 * Errors the CLI reports as one line `act: message`. A UsageError (exit 2) is the caller's
 * mistake in the command line; a RuntimeError (exit 1) is about input data or files.
 */
export class ActError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
    this.name = new.target.name;
  }
}

export class UsageError extends ActError {
  constructor(message: string) {
    super(message, 2);
  }
}

export class RuntimeError extends ActError {
  constructor(message: string) {
    super(message, 1);
  }
}
