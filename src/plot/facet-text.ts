/**
 * Small multiples as text: one chart per function (with its derivative), side by side where the
 * width allows, else one above the other; each panel is the single chart (terminalChart).
 */
import { sampleSeries } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { composePanels, panelsPerRow, panelWidth } from '../render/panels.js';
import { facetColumns, plotRange, warnNotes, type PlotLook } from './options.js';
import { terminalChartAndSeries } from './text.js';
import { distinctLabels } from '../core/distinct-labels.js';
import { facetGroups } from './precision.js';
import { finiteExtent } from '../render/extent.js';
import { fitText } from '../render/ascii/text.js';

/** A panel narrower than this is drawn below the previous one instead of beside it. */
export const MIN_PANEL_COLUMNS = 40;
/** Rows of a panel unless a height is given. */
export const PANEL_ROWS = 16;

/** The panels within `frameWidth` columns, each `panelRows` rows high, under the look's title. */
export function facetTerminalChart(specs: readonly Spec[], options: PlotLook, frameWidth: number, panelRows: number, color: boolean): string {
  const groups = facetGroups(specs, options);
  const columns = panelsPerRow(frameWidth, MIN_PANEL_COLUMNS, facetColumns(options, groups.length));
  // a panel in a frame narrower than MIN_PANEL_COLUMNS takes the frame: no line is wider than the width asked for
  const size = { width: Math.min(frameWidth, Math.max(MIN_PANEL_COLUMNS, panelWidth(frameWidth, columns))), height: panelRows };
  const [from, to] = plotRange(specs, options);
  // shareY: every panel's y range is that of all the functions together
  const yRange = options.shareY ? sharedRange(specs, options, from, to) : undefined;
  // each panel has its own title (its function); the look's title heads the whole grid
  const titles = distinctLabels(groups.map((g) => g[0].label));
  const drawn = groups.map((g, k) =>
    g.length === 1
      ? terminalChartAndSeries([{ ...g[0], label: titles[k] }], { ...options, title: undefined, from, to }, size, color, yRange)
      : terminalChartAndSeries(g, { ...options, title: titles[k], from, to }, size, color, yRange),
  );
  // the notes of all panels, as one warning
  warnNotes(drawn.flatMap((d) => d.series), options, [from, to]);
  const panels = drawn.map((d) => d.text);
  const heading = options.title === undefined ? '' : `${fitText(options.title, frameWidth)}\n\n`;
  return heading + composePanels(panels, columns);
}

/** The y extent of all the functions on the grid the panels share (with their guide lines). */
function sharedRange(specs: readonly Spec[], options: PlotLook, from: number, to: number): [number, number] | undefined {
  const series = sampleSeries(specs, { from, to, points: 1000, logx: options.logx, derivative: options.derivative, onlyDerivative: options.onlyDerivative });
  // only what the axis shows: within a y range given, and above 0 on a log axis (0 there is -∞)
  const [lo, hi] = options.ylim ?? [undefined, undefined];
  const shown = (v: number) => (lo === undefined || v >= lo) && (hi === undefined || v <= hi) && (!options.logy || v > 0);
  return finiteExtent([...series.map((s) => Array.from(s.y).filter(shown)), (options.hlines ?? []).filter(shown)]);
}
