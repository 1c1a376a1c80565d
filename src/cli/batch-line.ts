/**
 * One line of a batch run as its own `act` would run it: a fresh commander program (a program
 * keeps the options it parsed, so none is reused), the same parsing, and errors reported as
 * `act: line N: message`.
 */
import type { Command } from 'commander';
import { debugWanted, reportError } from './exit-code.js';
import { oneLine } from './program.js';
import { UsageError } from '../core/errors.js';

/** Runs the words of line `line`; returns its exit code (0, 1 or 2), as its own process would exit. */
export async function runLine(words: string[], line: number, buildProgram: (commandWord?: string) => Command): Promise<number> {
  const prefix = `act: line ${line}: `;
  const program = buildProgram(words[0]);
  // subcommands copied the program's output settings when they were made: set each one's
  for (const command of [program, ...program.commands]) {
    command.configureOutput({ outputError: (text, write) => write(`${prefix}${oneLine(text)}\n`) });
  }
  try {
    // a line of nothing but --debug names no command: commander would print its whole help on stderr
    if (words.every((word) => word === '--debug')) throw new UsageError('no command: act help lists them');
    await program.parseAsync(words, { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, debugWanted(words), prefix);
  }
}
