/** How the CLI reports an error: one line `act: message` on stderr, and the exit code it means. */
import { CommanderError } from 'commander';
import { actExitCode } from '../core/errors.js';
import { printable } from '../core/printable.js';
import { readableStack } from './debug-stack.js';

/**
 * A message made safe to print: whatever user text it echoes (a path, a value) goes through
 * printable, so it stays on one line and cannot send escapes to the terminal. An expression's
 * caret message keeps its three lines.
 */
function safeMessage(message: string, error: unknown): string {
  const caret = error instanceof Error && error.name === 'ExpressionError';
  return caret ? message.split('\n').map(printable).join('\n') : printable(message);
}

/**
 * Reports the error (commander has already printed its own message, or the help, or the version)
 * and returns its exit code: 0 after help, 2 for a usage error, else the error's own or 1.
 * `prefix` is `act: `, or `act: line N: ` inside a batch.
 */
export function reportError(error: unknown, debug: boolean, prefix = 'act: '): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${prefix}${safeMessage(message, error)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${readableStack(error.stack)}\n`);
  return actExitCode(error) ?? 1;
}

/** Whether the words ask for stack traces (--debug, or ACT_DEBUG=1). */
export const debugWanted = (words: readonly string[]): boolean => words.includes('--debug') || process.env.ACT_DEBUG === '1';
