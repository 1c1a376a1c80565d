/** The process edge: runs the program, turns errors into `act: message` and exit codes. */
import { debugWanted, reportError } from './exit-code.js';
import { buildProgram } from './program.js';
import { SHORT_USAGE } from './short-usage.js';
import { printText } from './stdout.js';

export async function main(argv: string[]): Promise<void> {
  // act alone, or with nothing but --debug (which commander would answer with the whole help on stderr, exit 2)
  if (argv.slice(2).every((word) => word === '--debug')) return printText(SHORT_USAGE);
  try {
    // the word after act names the command: only it is declared (see buildProgram)
    await buildProgram(argv[2]).parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error, debugWanted(argv));
  }
}

// Not awaited at the top level: the CLI is bundled as CommonJS (see scripts/build.mjs).
void main(process.argv);
