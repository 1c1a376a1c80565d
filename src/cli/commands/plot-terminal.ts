/** `act plot` in the terminal: samples the functions on the chart's own columns and prints the chart. */
import { UsageError } from '../../core/errors.js';
import { parseSpec } from '../../spec/parse.js';
import { terminalChart } from '../../plot/text.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { chartSize, colorWanted } from '../terminal.js';
import type { PlotOptions } from './plot-options.js';

/** Options that only mean something for an image file. */
function refuseImageOptions(options: PlotOptions): void {
  const given: [boolean, string][] = [
    [options.renderer !== undefined, '--renderer'],
    [options.scale !== undefined, '--scale'],
    [options.svgText === true, '--svg-text'],
    [options.colors !== undefined, '--colors'],
    [options.markers === true, '--markers'],
    [options.clobber === false, '--no-clobber'],
  ];
  const option = given.find(([set]) => set)?.[1];
  if (option) throw new UsageError(`${option} applies to image output (-o FILE); the terminal chart does not use it`);
}

export async function runPlotTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = specTexts.map(parseSpec);
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const text = terminalChart(specs, { ...options, hlines: options.hline }, chartSize(options, terminal, process.env), colorWanted(options.color, terminal, process.env));
  printText(text);
}
