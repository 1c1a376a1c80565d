/** `act plot` in the terminal: samples the functions on the chart's own columns and prints the chart. */
import { UsageError } from '../../core/errors.js';
import { specsVaried } from '../../spec/vary.js';
import { facetColumns } from '../../plot/options.js';
import { terminalChart } from '../../plot/text.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { chartSize, colorWanted } from '../terminal.js';
import { plotLook, type PlotOptions } from './plot-options.js';

/** Options that only mean something for an image file. */
export function refuseImageOptions(options: PlotOptions): void {
  const given: [boolean, string][] = [
    [options.renderer !== undefined, '--renderer'],
    [options.scale !== undefined, '--scale'],
    [options.svgText === true, '--svg-text'],
    [options.colors !== undefined, '--colors'],
    [options.markers === true, '--markers'],
    [options.clobber === false, '--no-clobber'],
    [options.hlineColor !== undefined, '--hline-color'],
  ];
  const option = given.find(([set]) => set)?.[1];
  if (option) throw new UsageError(`${option} applies to image output (-o FILE); the terminal chart does not use it`);
}

export async function runPlotTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  if (options.facet) {
    const { runFacetTerminal } = await import('./plot-facet-terminal.js');
    return runFacetTerminal(specTexts, options);
  }
  const specs = specsVaried(specTexts, options.vary, 'curves');
  facetColumns(options, specs.length); // refuses --columns and --share-y without --facet
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const text = terminalChart(specs, plotLook(options), chartSize(options, terminal, process.env), colorWanted(options.color, terminal, process.env));
  printText(text);
}
