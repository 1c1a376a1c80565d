/** The command line: commands, options and help. Each action hands over to a command module. */
import { Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { EVAL_DEFAULTS, runEval, type EvalOptions } from './commands/eval.js';
import { listText, type ListFormat } from './commands/list.js';
import { finiteNumber, integerIn, oneOf } from './options.js';

/** One line for any commander message: "act: unknown option '--fro' (did you mean --from?)". */
export function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace('(Did you mean', '(did you mean');
}

export function buildProgram(): Command {
  const program = new Command('act')
    .description('Neural-network activation functions: exact values and derivatives, as CSV and charts.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'print the stack trace of an error (also ACT_DEBUG=1)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`act: ${oneLine(text)}\n`) })
    .addHelpCommand(false);

  program
    .command('eval')
    .description('write function values (and derivatives) as CSV, on a grid or at x values from stdin')
    .argument('<spec...>', 'functions: catalog names (act list), with parameters as elu(alpha=0.5)')
    .option('--from <a>', `start of the grid (default ${EVAL_DEFAULTS.from})`, finiteNumber('--from'))
    .option('--to <b>', `end of the grid (default ${EVAL_DEFAULTS.to})`, finiteNumber('--to'))
    .option('-n, --points <n>', `number of grid points, 1 to 1e8 (default ${EVAL_DEFAULTS.points})`, integerIn('-n', 1, EVAL_DEFAULTS.maxPoints))
    .option('-d, --derivative', "add each function's derivative as a column label' after it")
    .option('--precision <p>', 'round to P significant digits, 1 to 17 (default: shortest round-trip form)', integerIn('--precision', 1, 17))
    .option('-i, --input <file>', 'read x values from FILE (- for stdin) instead of a grid')
    .option('--column <name>', 'with CSV input that has a header, the column holding x (default x, else the first)')
    .addHelpText(
      'after',
      `
x values come from stdin when it is a pipe or a file and no grid option is given:
one number per line, or CSV with a header. inf, -inf and nan are accepted.
Vector functions (softmax, log_softmax, softmin, sparsemax) act on the whole vector
of x values; their derivative column is the diagonal of the Jacobian.

Examples:
  act eval sigmoid -n 5
  act eval gelu "elu(alpha=0.5)" -d --from -3 --to 3 -n 7
  seq -5 5 | act eval relu
  act eval gelu | act eval relu`,
    )
    .action(async (specs: string[], options: EvalOptions) => runEval(specs, options, process.stdout));

  program
    .command('list')
    .description('list the catalog: names, aliases, parameters with defaults, summaries')
    .addOption(new Option('--format <format>', 'text, csv or json').default('text').argParser(oneOf('--format', ['text', 'csv', 'json'] as const)))
    .addHelpText('after', '\nExamples:\n  act list\n  act list --format json')
    .action((options: { format: ListFormat }) => {
      process.stdout.write(listText(options.format));
    });

  return program;
}
