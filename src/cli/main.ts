/** The process edge: runs the program, turns errors into `act: message` and exit codes. */
import { CommanderError } from 'commander';
import { actExitCode } from '../core/errors.js';
import { printable } from '../core/printable.js';
import { readableStack } from './debug-stack.js';
import { buildProgram } from './program.js';

/**
 * A message made safe to print: whatever user text it echoes (a path, a value) goes through
 * printable, so it stays on one line and cannot send escapes to the terminal. An expression's
 * caret message keeps its three lines.
 */
function safeMessage(message: string, error: unknown): string {
  const caret = error instanceof Error && error.name === 'ExpressionError';
  return caret ? message.split('\n').map(printable).join('\n') : printable(message);
}

function exitCodeFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its one-line message (or the help, or the version)
    return error.exitCode === 0 ? 0 : 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`act: ${safeMessage(message, error)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${readableStack(error.stack)}\n`);
  return actExitCode(error) ?? 1;
}

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug') || process.env.ACT_DEBUG === '1';
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error, debug);
  }
}

// Not awaited at the top level: the CLI is bundled as CommonJS (see scripts/build.mjs).
void main(process.argv);
