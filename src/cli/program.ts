/** The command line: commands, options and help. Each action hands over to a command module. */
import { Command, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import pkg from '../../package.json' with { type: 'json' };
import { EVAL_DEFAULTS, runEval, type EvalOptions } from './commands/eval.js';
import { listText, type ListFormat } from './commands/list.js';
import { finiteNumber, integerIn, oneOf } from './options.js';
import type { PlotOptions } from './commands/plot-options.js';

const collectNumbers = (option: string) => (text: string, previous: number[] = []): number[] => [...previous, finiteNumber(option)(text)];
const positiveNumber = (option: string) => (text: string): number => {
  const v = finiteNumber(option)(text);
  if (v <= 0) throw new UsageError(`${option} must be a positive number, got "${text}"`);
  return v;
};

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

  program
    .command('plot')
    .description('draw functions as a chart in the terminal, or as an image file with -o')
    .argument('<spec...>', 'functions: catalog names (act list), with parameters as elu(alpha=0.5)')
    .option('--from <a>', "start of the x range (default: the functions' usual range)", finiteNumber('--from'))
    .option('--to <b>', "end of the x range (default: the functions' usual range)", finiteNumber('--to'))
    .option('-n, --points <n>', 'number of sample points (default: two per column in a terminal, 1000 in an image)', integerIn('-n', 2, 1_000_000))
    .option('-d, --derivative', "add each function's derivative f'")
    .option('--only-derivative', "plot f' alone")
    .option('--title <text>', 'chart title (default: the function names)')
    .option('--xlabel <text>', 'x axis label')
    .option('--ylabel <text>', 'y axis label')
    .option('--hline <y>', 'horizontal guide line at y (repeatable)', collectNumbers('--hline'), [])
    .option('-w, --width <n>', 'width: columns in a terminal, CSS pixels in an image', positiveNumber('--width'))
    .option('-H, --height <n>', 'height: rows in a terminal, CSS pixels in an image', positiveNumber('--height'))
    .option('--color', 'force ANSI colours in the terminal')
    .option('--no-color', 'no ANSI colours (also NO_COLOR=1)')
    .option('-o, --output <file>', 'write an image: .svg, .png, .pdf, or .json/.vl.json (Vega-Lite); - for stdout')
    .addOption(new Option('--format <format>', 'image format, instead of the extension').argParser(oneOf('--format', ['svg', 'png', 'pdf', 'json'] as const)))
    .addOption(new Option('--renderer <name>', 'PNG/PDF renderer (default: canvas where installed, else resvg)').argParser(oneOf('--renderer', ['canvas', 'resvg'] as const)))
    .option('--scale <k>', 'pixel ratio of a PNG (default 2)', positiveNumber('--scale'))
    .option('--colors <list>', 'comma-separated colours, one per series', (text: string) => text.split(',').map((c) => c.trim()))
    .option('--markers', 'mark each sample point')
    .option('--no-grid', 'no grid lines')
    .option('--no-legend', 'no legend')
    .option('--no-clobber', 'refuse to overwrite an existing file')
    .addHelpText('after', '\nExamples:\n  act plot gelu --from -10 --to 10\n  act plot relu gelu swish -d\n  act plot sigmoid --hline 0.5\n  act plot relu gelu -d -o fig.png')
    .action(async (specs: string[], options: PlotOptions) => {
      if (options.output !== undefined || options.format !== undefined) {
        const { runPlotImage } = await import('./commands/plot-image.js');
        return runPlotImage(specs, options);
      }
      const { runPlotTerminal } = await import('./commands/plot-terminal.js');
      return runPlotTerminal(specs, options);
    });

  return program;
}
