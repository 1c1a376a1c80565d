/** `act plot A B C -d --facet` in the terminal: the panels fitted to the terminal (src/plot/facet-text.ts). */
import { specsVaried } from '../../spec/vary.js';
import { facetTerminalChart, PANEL_ROWS } from '../../plot/facet-text.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { chartSize, colorWanted } from '../terminal.js';
import { plotLook, type PlotOptions } from './plot-options.js';
import { refuseImageOptions } from './plot-terminal.js';

export async function runFacetTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = specsVaried(specTexts, options.vary, 'curves');
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const frame = chartSize({ width: options.width }, terminal, process.env);
  const rows = chartSize({ height: options.height ?? PANEL_ROWS }, terminal, process.env).height;
  printText(facetTerminalChart(specs, plotLook(options), frame.width, rows, colorWanted(options.color, terminal, process.env)));
}
