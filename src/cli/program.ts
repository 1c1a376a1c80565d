/** The command line: commands, options and help. Each action hands over to a command module. */
import { Argument, Command, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import pkg from '../../package.json' with { type: 'json' };
import { EVAL_DEFAULTS, runEval, type EvalOptions } from './commands/eval.js';
import { listText, type ListFormat } from './commands/list.js';
import { COMMAND_NAMES } from './command-names.js';
import { drawnText, finiteNumber, integerIn, oneOf } from './options.js';
import { parseDelimiter } from '../io/fields.js';
import { printable } from '../core/printable.js';
import { printText, stdout, stdoutTerminal } from './stdout.js';
import { lineWidth } from './terminal.js';
import { epilogue, HEADER_RULE, streamHelpWidth } from './help-text.js';
import { parseYlim, VECTOR_POINTS, type PlotOptions } from './commands/plot-options.js';
import type { GradientOptions } from './commands/gradient.js';
import type { Shell } from './completion.js';
import { CANVASES } from '../render/ascii/canvases.js';
import { DTYPES, ERROR_KINDS } from '../dtype/types.js';
import { GRADIENT_DEFAULTS, GRADIENT_LIMITS, parseInit } from '../gradient/options.js';
import type { InfoOptions } from './commands/info.js';
import type { TableOptions } from './commands/table.js';
import { parseVary, type Vary } from '../spec/vary.js';

/** --vary NAME=VALUES, given once: a second would be a second slider, which a chart does not have. */
const onceVary = (text: string, previous: Vary | undefined): Vary => {
  if (previous !== undefined) throw new UsageError('--vary is given twice: one parameter varies at a time');
  return parseVary(text);
};
const collectNumbers = (option: string) => (text: string, previous: number[] = []): number[] => [...previous, finiteNumber(option)(text)];
const positiveNumber = (option: string) => (text: string): number => {
  const v = finiteNumber(option)(text);
  if (v <= 0) throw new UsageError(`${option} must be a positive number, got "${text}"`);
  return v;
};

/** An unknown "option" that reads as an expression: a minus, then more than an option's letters. */
const EXPRESSION_OPTION = /^unknown option '(-[^-'][^']*)'$/;
const looksLikeExpression = (text: string) => /[\d.(^*/+ ]/.test(text.slice(1));

/**
 * One line for any commander message: "act: unknown option '--fro' (did you mean --from?)". An
 * expression that starts with a minus reads as an option; the message says where it goes. The
 * user text it echoes goes through printable, wherever the line is printed (act, act batch).
 */
export function oneLine(message: string): string {
  const line = message
    .replace(/^error: /, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace('(Did you mean', '(did you mean');
  const option = EXPRESSION_OPTION.exec(line)?.[1];
  if (option && looksLikeExpression(option)) return printable(`${line} (an expression that starts with a minus goes after --, as in: -- "${option}")`);
  // as act help nosuch says it: where commander has no close name to offer, say where the names are
  if (/^unknown command '[^']*'$/.test(line)) return printable(`${line} (act help lists the commands)`);
  return printable(line);
}

const SPEC_ARGUMENT = 'functions: catalog names (act list), with parameters as elu(alpha=0.5), or expressions in x such as "x*sigmoid(1.702*x)"; name=spec sets the label';

/** --renderer, the same for act plot's and act gradient's images. */
const rendererOption = (): Option =>
  new Option('--renderer <name>', 'PNG: canvas or resvg (default: canvas where installed, else resvg); PDF: pdfkit (default) or canvas')
    .choices(['canvas', 'resvg', 'pdfkit'])
    .argParser(oneOf('--renderer', ['canvas', 'resvg', 'pdfkit'] as const));
const SVG_TEXT_HELP = 'SVG: keep text as text, to edit (fonts: DejaVu Sans, Verdana, sans-serif); by default glyphs are paths';

/** --dtype, the same on every command that computes functions. */
const dtypeOption = (): Option =>
  new Option('--dtype <type>', "compute as PyTorch does in this type: float32, bfloat16 or float16, each operation rounded (float64, the default: exact)")
    .choices(DTYPES)
    .argParser(oneOf('--dtype', DTYPES));

/** --canvas, the same on every command that draws a terminal chart (plot, info, gradient). */
const canvasOption = (): Option =>
  new Option('--canvas <kind>', 'how curves are drawn: box (line characters), braille (2x4 dots a cell) or ascii (default: box, ascii where the locale is not UTF-8 or TERM=dumb)')
    .choices(CANVASES)
    .argParser(oneOf('--canvas', CANVASES));

/** Commands whose run needs the others declared: help and completion list them all. */
const NEEDS_ALL = new Set(['help', 'completion']);

/**
 * The program. Given the word that names the command (act plot ...), only that command is declared
 * beside the program's own options, which is all its parse sees: declaring every command's options
 * costs about 2 ms of each start. For anything else (act --help, a mistyped command, act help,
 * completion), every command.
 */
export function buildProgram(commandWord?: string): Command {
  const all = commandWord === undefined || NEEDS_ALL.has(commandWord) || !COMMAND_NAMES.includes(commandWord);
  const program = new Command('act')
    .description('Neural-network activation functions: exact values and derivatives, as CSV and charts.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'print the stack trace of an error (also ACT_DEBUG=1)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`act: ${printable(oneLine(text))}\n`),
      writeOut: (text) => stdout().write(text), // with act's handling of a closed pipe (act --help | head)
      getOutHelpWidth: () => streamHelpWidth(false),
      getErrHelpWidth: () => streamHelpWidth(true),
    })
    .configureHelp({ minWidthToWrap: 24 }) // wrap descriptions down to 24 columns (commander stops at 40); narrower, it would cut words such as "x*sigmoid(1.702*x)"
    .helpCommand(false) // act's own, below: an unknown command is a one-line usage error, not the whole help
    .addHelpText(
      'after',
      epilogue(`
A SPEC is a catalog name (act list), with parameters as elu(alpha=0.5), or an expression in x such as "x*sigmoid(1.702*x)"; name=SPEC sets its label.

Examples:
  act plot gelu --from -10 --to 10
  act plot relu gelu -d -o fig.png
  act eval sigmoid -n 5
  act info gelu
  act gradient sigmoid tanh relu gelu --depth 30

Exit codes: 0 success, 2 usage error, 1 runtime error (input data, files).`),
    );

  /** The program, to declare the command `name` on, or undefined: that command is not declared this run. */
  const declaring = (name: string): Command | undefined => (all || name === commandWord ? program : undefined);

  declaring('eval')
    ?.command('eval')
    .description('write function values (and derivatives) as CSV, on a grid or at x values from stdin')
    .argument('<spec...>', SPEC_ARGUMENT)
    .optionsGroup('Grid:')
    .option('--from <a>', `start of the grid (default ${EVAL_DEFAULTS.from}, or --to less ${EVAL_DEFAULTS.to - EVAL_DEFAULTS.from} when --to is ${EVAL_DEFAULTS.from} or below)`, finiteNumber('--from'))
    .option('--to <b>', `end of the grid (default ${EVAL_DEFAULTS.to}, or --from plus ${EVAL_DEFAULTS.to - EVAL_DEFAULTS.from} when --from is ${EVAL_DEFAULTS.to} or more)`, finiteNumber('--to'))
    .option('-n, --points <n>', `number of grid points, 1 to 1e8 (default ${EVAL_DEFAULTS.points})`, integerIn('-n', 1, EVAL_DEFAULTS.maxPoints))
    .optionsGroup('Output:')
    .option('-d, --derivative', "add each function's derivative as a column label' after it")
    .option('--precision <p>', 'round to P significant digits, 1 to 17 (default: shortest round-trip form)', integerIn('--precision', 1, 17))
    .optionsGroup('Input (instead of a grid):')
    .option('-i, --input <file>', 'read x values from FILE (- for stdin) instead of a grid')
    .option('--column <name>', 'with input that has a header, the column holding x (default x, else the first); the output heads its x column so (x for a name that reads as a number)')
    .option('--keep', "pass the input's columns through, before act's (composition keeps its context)")
    .option('--delimiter <c>', 'input field delimiter: one character, or comma, tab, space (any blanks), semicolon (default: detected: tab, else comma, else blanks)', parseDelimiter)
    .optionsGroup('Families:')
    .option('--vary <name=values>', 'a column per value of a parameter (alpha=0.5,1,2) or of a constant in an expression; a range A:B:STEP, or A:B for 5 to 7 round values', onceVary)
    .optionsGroup('Precision:')
    .addOption(dtypeOption())
    .addOption(new Option('--error <kind>', "with --dtype: after each column, its error against the exact value: rel (relative) or ulp (units in the type's last place)").choices(ERROR_KINDS).argParser(oneOf('--error', ERROR_KINDS)))
    .optionsGroup('Options:')
    .addHelpText(
      'after',
      epilogue(`
x values come from stdin when it is a pipe or a file and no grid option is given: one number per line, or columns (CSV, TSV or blank-separated), with a header row or without. inf, -inf and nan are accepted.
${HEADER_RULE}
Vector functions (softmax, log_softmax, softmin, sparsemax) act on the whole vector of x values; their derivative column is the diagonal of the Jacobian.
An expression's derivative is exact (automatic differentiation); one that starts with a minus goes after --: act eval -- "-x^2". See "Expressions" in the README.

Examples:
  act eval sigmoid -n 5
  act eval gelu "elu(alpha=0.5)" -d --from -3 --to 3 -n 7
  act eval "quick=x*sigmoid(1.702*x)" "max(0,x)^2" -d -n 5
  seq -5 5 | act eval relu
  act eval gelu | act eval relu --column gelu          # gelu,relu: relu(gelu(x))
  act eval gelu | act eval relu --column gelu --keep   # x,gelu,relu
  act eval swish --vary beta=0.5,1 -n 3                # x,beta=0.5,beta=1
  act eval sigmoid -d --dtype bfloat16 --from 6 --to 7 -n 5 --error ulp`),
    )
    .action(async (specs: string[], options: EvalOptions) => runEval(specs, options, stdout()));

  declaring('list')
    ?.command('list')
    .description('list the catalog: names, aliases, parameters with defaults, summaries')
    .addOption(new Option('--format <format>', 'output format').default('text').choices(['text', 'csv', 'json']).argParser(oneOf('--format', ['text', 'csv', 'json'] as const)))
    .option('--wide', 'text: one line per function, however long (by default the list fits the terminal, COLUMNS, or 80)')
    .addHelpText('after', epilogue('\nExamples:\n  act list\n  act list --format json'))
    .action((options: { format: ListFormat; wide?: boolean }) => {
      if (options.wide && options.format !== 'text') throw new UsageError(`--wide applies to the text list; --format ${options.format} is never fitted to a width`);
      printText(listText(options.format, options.wide ? Infinity : lineWidth(stdoutTerminal(), process.env)));
    });

  declaring('plot')
    ?.command('plot')
    .description('draw functions as a chart in the terminal, or as an image file with -o')
    .argument('[spec...]', `${SPEC_ARGUMENT}; none to plot the input data alone`)
    .optionsGroup('Range and sampling:')
    .option('--from <a>', "start of the x range (default: the functions' usual range)", finiteNumber('--from'))
    .option('--to <b>', "end of the x range (default: the functions' usual range)", finiteNumber('--to'))
    .option('-n, --points <n>', `number of sample points (default: two per column in a terminal, 1000 in an image; a vector function such as softmax: ${VECTOR_POINTS} in both; an image takes at most 4e6 samples in all, a Vega-Lite spec or HTML page 5e5)`, integerIn('-n', 2, 1_000_000))
    .option('-d, --derivative', "add each function's derivative f' (in f's colour, dashed; dotted in braille)")
    .option('--only-derivative', "plot f' alone")
    .optionsGroup('Labels and guides:')
    .option('--title <text>', 'chart title (default: the function names)', drawnText('--title'))
    .option('--xlabel <text>', 'x axis label', drawnText('--xlabel'))
    .option('--ylabel <text>', 'y axis label', drawnText('--ylabel'))
    .option('--hline <y>', 'horizontal guide line at y (repeatable)', collectNumbers('--hline'))
    .option('--hline-label <text>', "the legend entry of an --hline, in the same order (repeatable)", (text: string, previous: string[] = []) => [...previous, text])
    .option('--vline <x>', 'vertical guide line at x (repeatable)', collectNumbers('--vline'))
    .option('--no-grid', 'no grid lines')
    .option('--no-legend', 'no legend')
    .optionsGroup('Axes:')
    .option('--ylim <lo:hi>', 'y range, either side optional (-1:5, :2, 0:); what falls outside is clipped', parseYlim)
    .option('--logy', 'log y axis: labels at 10^k (and 2, 5 x 10^k where there is room); y <= 0 leaves gaps')
    .option('--logx', 'log x axis, for a positive x range (--from above 0)')
    .optionsGroup('Size and layout:')
    .option('-w, --width <n>', 'width: columns in a terminal, CSS pixels in an image', positiveNumber('--width'))
    .option('-H, --height <n>', "height: rows in a terminal (default: the terminal's, within a readable shape; 24 off a terminal), CSS pixels in an image", positiveNumber('--height'))
    .option('--facet', 'small multiples: one panel per function (with its derivative under -d), in a grid')
    .option('--columns <n>', 'with --facet, panels per row (default: the most square grid)', integerIn('--columns', 1, 100))
    .option('--share-y', 'with --facet, one y range for all panels')
    .optionsGroup('Terminal:')
    .addOption(canvasOption())
    .option('--color', 'force ANSI colours in the terminal')
    .option('--no-color', 'no ANSI colours (also NO_COLOR=1)')
    .optionsGroup('Image (-o FILE):')
    .option('-o, --output <file>', 'write an image: .svg, .png, .pdf, .json/.vl.json (Vega-Lite), or .html (an interactive page: tooltips, zoom, a slider with --vary); - for stdout')
    .addOption(new Option('--format <format>', 'image format, instead of the extension').choices(['svg', 'png', 'pdf', 'json', 'html']).argParser(oneOf('--format', ['svg', 'png', 'pdf', 'json', 'html'] as const)))
    .addOption(rendererOption())
    .option('--scale <k>', 'pixel ratio of a PNG (default 2); PNG only', positiveNumber('--scale'))
    .option('--svg-text', SVG_TEXT_HELP)
    .option('--colors <list>', 'comma-separated colours, one per function (a derivative takes its function\'s colour)', (text: string) => text.split(',').map((c) => c.trim()))
    .option('--markers', 'mark each sample point')
    .option('--hline-color <color>', 'colour of the --hline guide lines (default dark grey)')
    .option('--no-clobber', 'refuse to overwrite an existing file')
    .optionsGroup('Families:')
    .option('--vary <name=values>', 'a family: one curve per value of a parameter (alpha=0.5,1,2) or of a constant in an expression ("x*sigmoid(b*x)" --vary b=0.5:3); a range A:B:STEP, or A:B for 5 to 7 round values (15 to 41 for the slider of -o x.html)', onceVary)
    .optionsGroup('Precision:')
    .addOption(dtypeOption())
    .option('--exact', 'with --dtype: draw the exact curve beside each low-precision one')
    .optionsGroup('Data (from a pipe or a file):')
    .option('-i, --input <file>', 'read data from FILE (- for stdin); by default stdin when it is a pipe or a file')
    .option('--no-stdin', 'do not read stdin (a script whose stdin is a pipe that stays open)')
    .option('--x <name>', 'the x column of the input (default x, else the first)')
    .option('--y <list>', 'comma-separated y columns of the input (default every other numeric column)', (text: string) => text.split(',').map((c) => c.trim()))
    .option('--delimiter <c>', 'input field delimiter: one character, or comma, tab, space (any blanks), semicolon (default: detected)', parseDelimiter)
    .optionsGroup('Options:')
    .addHelpText(
      'after',
      epilogue(`
Data: read from -i FILE, or from stdin when it is a pipe or a file (an empty one is no data), by act eval's rule: with functions and one column of numbers, those are the x values the functions are drawn at (points joined by lines); with columns (CSV, TSV or blank-separated, with a header row naming them or without), the x column against every other numeric column (or --y), drawn as points beside the functions, which are drawn over the data's x range unless --from/--to are given. NaN, inf and empty cells leave gaps; big data is thinned per pixel column, keeping its min and max.
${HEADER_RULE}

Notes: a series with no finite value, one that overflows to infinity, values cut by --ylim, and values a log axis cannot show are noted in the legend (terminal and image alike) and in one "act: warning:" line on stderr, which also names an --hline or --vline outside the ranges drawn; the exit code stays 0.

Examples:
  act plot gelu --from -10 --to 10
  act plot relu gelu swish -d
  act plot sigmoid --hline 0.5 --vline 0
  act plot relu exponential --ylim -1:5
  act plot exponential softplus --logy --from -20 --to 20
  act plot relu gelu -d -o fig.png
  act plot relu gelu swish mish -d --facet -o zoo.png
  seq -3 3 | act plot relu
  act eval gelu gelu_tanh --from -4 --to 4 | act plot
  act plot gelu gelu_tanh -i measured.csv -o compare.png
  act plot elu --vary alpha=0.5,1,2
  act plot "x*sigmoid(b*x)" --vary b=0.5:3
  act plot elu --vary alpha=0.2:2 -d -o elu.html`),
    )
    .action(async (specs: string[], options: PlotOptions) => {
      const { runPlot } = await import('./commands/plot.js');
      return runPlot(specs, options);
    });

  declaring('info')
    ?.command('info')
    .description("what a function is: formula, parameters, range of f and f', kinks, properties, notes, reference, chart")
    .argument('<spec>', 'a function: a catalog name (act list), with parameters as elu(alpha=0.5), or an expression in x such as "x*sigmoid(1.702*x)"')
    .addOption(new Option('--format <format>', 'text, md (Markdown with LaTeX) or json').default('text').choices(['text', 'md', 'json']).argParser(oneOf('--format', ['text', 'md', 'json'] as const)))
    .option('--no-chart', "leave out the chart of f and f'")
    .addOption(canvasOption())
    .option('--color', 'force ANSI colours in the chart')
    .option('--no-color', 'no ANSI colours (also NO_COLOR=1)')
    .addOption(dtypeOption())
    .addHelpText('after', epilogue('\nWith --dtype: where f\' becomes exactly 0, where f becomes exactly its limit, and the largest error over the default range, as PyTorch computes the function in that type.\n\nExamples:\n  act info gelu\n  act info "elu(alpha=0.5)"\n  act info "x*sigmoid(1.702*x)"\n  act info swish --format md\n  act info relu --format json\n  act info sigmoid --dtype bfloat16'))
    .action(async (spec: string, options: InfoOptions) => {
      const { runInfo } = await import('./commands/info.js');
      await runInfo(spec, options);
    });

  declaring('table')
    ?.command('table')
    .description("the whole catalog in one table: formulas, ranges of f and f', continuity, monotonic, saturation, cost")
    .addOption(new Option('--format <format>', 'text, md, csv or json').default('text').choices(['text', 'md', 'csv', 'json']).argParser(oneOf('--format', ['text', 'md', 'csv', 'json'] as const)))
    .option('--cost', "measure the cost: ns per evaluation of f and f' on this machine (takes a few seconds)")
    .option('--wide', 'text: every column at full width, one line per function (by default the table fits the terminal, COLUMNS, or 80)')
    .addHelpText('after', epilogue('\nExamples:\n  act table\n  act table --wide | less -S\n  act table --format md > table.md\n  act table --cost'))
    .action(async (options: TableOptions) => {
      const { runTable } = await import('./commands/table.js');
      runTable(options);
    });


  declaring('gradient')
    ?.command('gradient')
    .description('run the vanishing/exploding-gradient experiment: a deep random network per activation, gradient norm per layer')
    .argument('<spec...>', 'elementwise activations to compare: catalog names, with parameters, or expressions in x')
    .optionsGroup('Network:')
    .option('--depth <n>', `number of layers, 1 to ${GRADIENT_LIMITS.depth} (default ${GRADIENT_DEFAULTS.depth})`, integerIn('--depth', 1, GRADIENT_LIMITS.depth))
    .option('--width <n>', `units per layer, the network's width, 1 to ${GRADIENT_LIMITS.width} (default ${GRADIENT_DEFAULTS.width}; the chart's is --chart-width)`, integerIn('--width', 1, GRADIENT_LIMITS.width))
    .option('--batch <n>', `random inputs pushed through, 1 to ${GRADIENT_LIMITS.batch} (default ${GRADIENT_DEFAULTS.batch})`, integerIn('--batch', 1, GRADIENT_LIMITS.batch))
    .option('--init <scheme>', `weight initialisation: xavier, he, lecun or normal:STD (default ${GRADIENT_DEFAULTS.init})`, (text: string) => (parseInit(text), text))
    .option('--seed <n>', `random seed, 0 to 4294967295 (default ${GRADIENT_DEFAULTS.seed})`, integerIn('--seed', 0, 4294967295))
    .addOption(dtypeOption())
    .optionsGroup('Output:')
    .option('--color', 'force ANSI colours in the chart')
    .addOption(canvasOption())
    .option('--no-color', 'no ANSI colours (also NO_COLOR=1)')
    .addOption(new Option('--format <format>', 'output').default('chart').choices(['chart', 'csv', 'json']).argParser(oneOf('--format', ['chart', 'csv', 'json'] as const)))
    .option('-o, --output <file>', 'write the chart as an image (.svg, .png, .pdf, .json), or .html: a page whose tooltips give layer and grad_norm')
    // the chart's look, as act plot's; its size has its own names, --width being the network's
    .optionsGroup("The chart's look:")
    .option('--title <text>', 'chart title', drawnText('--title'))
    .option('--xlabel <text>', 'x axis label', drawnText('--xlabel'))
    .option('--ylabel <text>', 'y axis label', drawnText('--ylabel'))
    .option('--chart-width <n>', "the chart's width: columns in a terminal, CSS pixels in an image", positiveNumber('--chart-width'))
    .option('--chart-height <n>', "the chart's height: rows in a terminal, CSS pixels in an image", positiveNumber('--chart-height'))
    .option('--ylim <lo:hi>', 'y range, either side optional', parseYlim)
    .option('--logy', 'log y axis (the default)')
    .option('--no-logy', 'linear y axis')
    .option('--no-grid', 'no grid lines')
    .option('--no-legend', 'no legend')
    .optionsGroup('Image (-o FILE):')
    .option('--colors <list>', 'comma-separated colours, one per activation', (text: string) => text.split(',').map((c) => c.trim()))
    .option('--scale <k>', 'pixel ratio of a PNG (default 2); PNG only', positiveNumber('--scale'))
    .addOption(rendererOption())
    .option('--svg-text', SVG_TEXT_HELP)
    .option('--no-clobber', 'refuse to overwrite an existing file')
    .optionsGroup('Options:')
    .addHelpText(
      'after',
      epilogue(`
The network: DEPTH square dense layers of WIDTH units, no biases, the activation after each, weights from the initialisation, and a batch of N(0, 1) inputs. The output layer gets the same fixed random gradient whatever the activation: the loss is L = sum(g * output)/batch with g drawn once from N(0, 1) (by the seed), so dL/d(output) = g/batch, and a network's norms differ only by what its activation does to the gradient on the way back.
Per layer (1 = next to the input): grad_norm = ‖∂L/∂z‖, the gradient that reaches the layer (what vanishes or explodes); weight_grad_norm = ‖∂L/∂W‖; mean and std of the outputs; dead = fraction of units with f' = 0 for the whole batch; saturated = fraction of |f'(z)| < 0.01.
The chart shows grad_norm on a log axis (--no-logy: linear). The same seed gives the same numbers on every machine. Bounds: the weights and activations of one network at most 512 MB, and activations × depth × width² × batch at most 1e10 in all.

Examples:
  act gradient sigmoid tanh relu gelu --depth 30
  act gradient sigmoid relu -o g.png --title "Vanishing gradients"
  act gradient relu --init normal:0.2 --format csv`),
    )
    .action(async (specs: string[], options: GradientOptions) => {
      const { runGradient } = await import('./commands/gradient.js');
      return runGradient(specs, options);
    });

  declaring('batch')
    ?.command('batch')
    .description('run act command lines from FILE (or stdin), one a line, in one process')
    .argument('[file]', 'the lines: the words after act, quoted as in a shell; # comments (default: stdin)')
    .option('--fail-fast', 'stop at the first line that fails')
    .addHelpText('after', epilogue("\nEach line runs as its own act would, output in order; an error reads act: line N: ..., a warning act: line N: warning: .... Every line runs; the exit code is 1 if any failed. Node, act and vega start once, for all the figures.\n\nExamples:\n  act batch figures.txt\n  printf 'plot relu -o relu.svg\\nplot gelu -o gelu.png\\n' | act batch"))
    .action(async (file: string | undefined, options: { failFast?: boolean }) => {
      const { runBatch } = await import('./commands/batch.js');
      return runBatch(file, options, buildProgram);
    });

  declaring('doctor')
    ?.command('doctor')
    .description('what this installation can do: versions, PNG and PDF renderers, node-canvas, font, terminal')
    .action(async () => {
      const { runDoctor } = await import('./commands/doctor.js');
      return runDoctor(pkg.version);
    });

  declaring('completion')
    ?.command('completion')
    .description('print a shell completion script (commands, options and catalog names)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']).argParser(oneOf('shell', ['bash', 'zsh', 'fish'] as const)))
    .addHelpText(
      'after',
      epilogue(`
Install:
  bash  act completion bash > ~/.local/share/bash-completion/completions/act
  zsh   act completion zsh > "\${fpath[1]}/_act"
  fish  act completion fish > ~/.config/fish/completions/act.fish`),
    )
    .action(async (shell: Shell) => {
      const { completionScript } = await import('./completion.js');
      printText(completionScript(shell, program));
    });

  declaring('help')
    ?.command('help')
    .description('show help for a command')
    .argument('[command]', 'the command (default: the list of commands)')
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const command = program.commands.find((c) => c.name() === name);
      if (!command) throw new UsageError(`unknown command '${name}' (act help lists the commands)`);
      command.outputHelp();
    });

  return program;
}
