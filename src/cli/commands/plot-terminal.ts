/** `act plot` in the terminal: samples the functions on the chart's own columns and prints the chart. */
import { specsVaried } from '../../spec/vary.js';
import { precisionSpecs } from '../../plot/precision.js';
import { terminalChart } from '../../plot/text.js';
import { refuseImageOnly } from '../image-target.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { canvasWanted, chartSize, colorWanted } from '../terminal.js';
import { plotLook, type PlotOptions } from './plot-options.js';

/** Options that only mean something for an image file. */
export function refuseImageOptions(options: PlotOptions): void {
  refuseImageOnly([
    [options.renderer !== undefined, '--renderer'],
    [options.scale !== undefined, '--scale'],
    [options.svgText === true, '--svg-text'],
    [options.colors !== undefined, '--colors'],
    [options.markers === true, '--markers'],
    [options.clobber === false, '--no-clobber'],
    [options.hlineColor !== undefined, '--hline-color'],
  ]);
}

export async function runPlotTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  if (options.facet) {
    const { runFacetTerminal } = await import('./plot-facet-terminal.js');
    return runFacetTerminal(specTexts, options);
  }
  const specs = await precisionSpecs(specsVaried(specTexts, options.vary, 'curves'), options);
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const look = { ...plotLook(options), canvas: canvasWanted(options.canvas, process.env) };
  const text = terminalChart(specs, look, chartSize(options, terminal, process.env), colorWanted(options.color, terminal, process.env));
  printText(text);
}
