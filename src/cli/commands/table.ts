/** `act table`: the catalog in one table; with --cost, measured ns per evaluation on this machine. */
import { activations } from '../../activations/index.js';
import { UsageError } from '../../core/errors.js';
import { defaultParams } from '../../core/define.js';
import { toSpec } from '../../spec/evaluate.js';
import { measureCosts } from '../../info/cost.js';
import { describeSpec } from '../../info/describe.js';
import { tableText, type TableEntry, type TableFormat } from '../../info/table.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { lineWidth } from '../terminal.js';

export interface TableOptions {
  format: TableFormat;
  cost?: boolean;
  /** --wide: every column at full width, whatever the terminal's width. */
  wide?: boolean;
}

export function runTable(options: TableOptions): void {
  if (options.wide && options.format !== 'text') throw new UsageError(`--wide applies to the text table; --format ${options.format} is never fitted to a width`);
  const descriptions = activations.map((a) => describeSpec(toSpec(a)));
  const costs = options.cost ? measureCosts(activations.map((a) => ({ activation: a, params: defaultParams(a) }))) : undefined;
  const entries: TableEntry[] = descriptions.map((description, i) => (costs ? { description, cost: costs[i] } : { description }));
  printText(tableText(entries, options.format, options.wide ? Infinity : lineWidth(stdoutTerminal(), process.env)));
}
