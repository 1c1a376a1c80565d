/** `act plot A B C -d --facet` in the terminal: the panels fitted to the terminal (src/plot/facet-text.ts). */
import { specsVaried } from '../../spec/vary.js';
import { precisionSpecs } from '../../plot/precision.js';
import { facetTerminalChart, PANEL_ROWS } from '../../plot/facet-text.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { canvasWanted, chartSize, colorWanted } from '../terminal.js';
import { plotLook, type PlotOptions } from './plot-options.js';
import { refuseImageOptions } from './plot-terminal.js';

export async function runFacetTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = await precisionSpecs(specsVaried(specTexts, options.vary, 'curves'), options);
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const frame = chartSize({ width: options.width }, terminal, process.env);
  const rows = chartSize({ height: options.height ?? PANEL_ROWS }, terminal, process.env).height;
  const look = { ...plotLook(options), canvas: canvasWanted(options.canvas, process.env) };
  printText(facetTerminalChart(specs, look, frame.width, rows, colorWanted(options.color, terminal, process.env)));
}
