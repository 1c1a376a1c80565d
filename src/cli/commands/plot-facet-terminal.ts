/**
 * `act plot A B C -d --facet` in the terminal: one chart per function (with its derivative),
 * side by side where the width allows, else one above the other; each panel is the single chart.
 */
import { parseSpec } from '../../core/spec.js';
import { composePanels, panelsPerRow, panelWidth } from '../../render/panels.js';
import { sampleSeries } from '../../core/series.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { chartSize, colorWanted } from '../terminal.js';
import { facetColumns, plotRange, type PlotOptions } from './plot-options.js';
import { refuseImageOptions, terminalChart } from './plot-terminal.js';

/** A panel narrower than this is drawn below the previous one instead of beside it. */
export const MIN_PANEL_COLUMNS = 40;
/** Rows of a panel unless --height says. */
export const PANEL_ROWS = 16;

export async function runFacetTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = specTexts.map(parseSpec);
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const frame = chartSize({ width: options.width }, terminal, process.env);
  const columns = panelsPerRow(frame.width, MIN_PANEL_COLUMNS, facetColumns(options, specs.length));
  const size = { width: Math.max(MIN_PANEL_COLUMNS, panelWidth(frame.width, columns)), height: chartSize({ height: options.height ?? PANEL_ROWS }, terminal, process.env).height };
  const color = colorWanted(options.color, terminal, process.env);
  const [from, to] = plotRange(specs, options);
  // --share-y: every panel's y range is that of all the functions together
  const yRange = options.shareY ? sharedRange(specs, options, from, to) : undefined;
  // each panel has its own title (its function); --title heads the whole grid
  const panels = specs.map((spec) => terminalChart([spec], { ...options, title: undefined, from, to }, size, color, yRange));
  const heading = options.title === undefined ? '' : `${options.title}\n\n`;
  printText(heading + composePanels(panels, columns));
}

/** The y extent of all the functions on the grid the panels share (with their guide lines). */
function sharedRange(specs: ReturnType<typeof parseSpec>[], options: PlotOptions, from: number, to: number): [number, number] {
  const series = sampleSeries(specs, { from, to, points: 1000, derivative: options.derivative, onlyDerivative: options.onlyDerivative });
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...series.flatMap((s) => Array.from(s.y)), ...options.hline]) {
    if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}
