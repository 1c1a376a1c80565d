/**
 * The chart as a Vega-Lite spec, built from the series alone (pure: no I/O, no vega). The look
 * follows matplotlib's defaults, as in the seed article's figures: a framed plot, light grid,
 * title above, axis labels, tab10 colours, a legend in the emptiest corner, 640x480 pixels.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Series } from '../core/series.js';
import { finiteExtent, withMargins } from './extent.js';
import { FONT_FAMILY, textWidth } from './font.js';
import { fitTitle, titleLineBudget } from './fit-text.js';
import { bestCorner, type Corner, type UnitLine } from './legend-corner.js';
import { simplifySeries } from './simplify.js';
import { seriesColors } from './colors.js';
import { distinctLabels } from '../core/distinct-labels.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export interface ChartOptions {
  readonly title: string;
  readonly xlabel: string;
  readonly ylabel: string;
  /** The whole image, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** One colour per series. */
  readonly colors: readonly string[];
  /** Mark every sample point (matplotlib's marker="o"). */
  readonly markers: boolean;
  /** Dashed horizontal guide lines at these y values. */
  readonly hlines: readonly number[];
  /** Legend entries of the first hlines, in order (matplotlib's axhline(label=...)). */
  readonly hlineLabels: readonly string[];
  /** The guide lines' colour. */
  readonly hlineColor: string;
  readonly grid: boolean;
  readonly legend: boolean;
}

/** Sizes in CSS pixels: matplotlib's at 100 dpi (10 pt text is 13.9 px, a 1.5 pt line 2.1 px). */
export const STYLE = {
  width: 640,
  height: 480,
  padding: 12,
  fontSize: 14,
  titleFontSize: 17,
  lineWidth: 2,
  markerArea: 45,
  tickSize: 5,
  /** About one tick per this many pixels of image, as matplotlib's locator spaces them. */
  xTickSpacing: 90,
  yTickSpacing: 80,
  gridColor: '#b0b0b0',
  gridWidth: 0.8,
  guideColor: '#444444',
  dash: [7, 4],
  legendSymbolLength: 24,
  legendPadding: 8,
  legendOffset: 10,
  legendRowHeight: 24,
} as const;

/** The default title, axis labels and look for these series; `given` overrides any of them. */
export function chartOptions(series: readonly Series[], given: Partial<ChartOptions> = {}): ChartOptions {
  const specLabels = distinctLabels([...new Set(series.map((s) => s.spec))].map((spec) => spec.label));
  return {
    title: given.title ?? specLabels.join(', '),
    xlabel: given.xlabel ?? 'x',
    ylabel: given.ylabel ?? defaultYLabel(series),
    width: given.width ?? STYLE.width,
    height: given.height ?? STYLE.height,
    colors: given.colors ?? seriesColors(series, [...new Set(series.map((s) => s.spec))]),
    markers: given.markers ?? false,
    hlines: given.hlines ?? [],
    hlineLabels: given.hlineLabels ?? [],
    hlineColor: given.hlineColor ?? STYLE.guideColor,
    grid: given.grid ?? true,
    legend: given.legend ?? true,
  };
}

/** "relu(x)" or "relu'(x)" for one plain function, else "y". */
function defaultYLabel(series: readonly Series[]): string {
  if (series.length !== 1) return 'y';
  const only = series[0];
  return /^\w+$/.test(only.spec.label) ? `${only.label}(x)` : 'y';
}

/** Legend entries must differ: a repeated label (act plot relu relu) gets " #2", " #3"... */
export function legendLabels(series: readonly Series[]): string[] {
  return distinctLabels(series.map((s) => s.label));
}

interface Row {
  series: string;
  x: number;
  /** null where the function is not finite: the line breaks there. */
  y: number | null;
}

function rows(series: readonly Series[], labels: readonly string[]): Row[] {
  const out: Row[] = [];
  series.forEach((s, k) => {
    for (let i = 0; i < s.x.length; i++) {
      const y = s.y[i];
      out.push({ series: labels[k], x: s.x[i], y: Number.isFinite(y) ? y : null });
    }
  });
  return out;
}

/** The x and y domains: the data (and guide lines) with matplotlib's margins. */
export function chartDomains(series: readonly Series[], hlines: readonly number[]): { x: [number, number]; y: [number, number] } {
  const x = finiteExtent(series.map((s) => s.x)) ?? [0, 1];
  const y = finiteExtent([...series.map((s) => s.y), hlines]) ?? [0, 1];
  return { x: withMargins(x), y: withMargins(y) };
}

/**
 * The series as they need to be drawn: simplified to within a ninth of a pixel (the whole image
 * counts as the plot, which errs towards keeping points). With markers every sample is drawn.
 */
export function seriesForDrawing(series: readonly Series[], options: ChartOptions): readonly Series[] {
  if (options.markers) return series;
  const { x, y } = chartDomains(series, options.hlines);
  const scale = { x0: x[0], y0: y[0], pixelsPerX: options.width / (x[1] - x[0]), pixelsPerY: options.height / (y[1] - y[0]) };
  return series.map((s) => simplifySeries(s, scale));
}

/** The legend's size as fractions of the plot area (estimated: the plot is the image less the axes). */
function legendFraction(labels: readonly string[], options: ChartOptions): { width: number; height: number } {
  const plotWidth = Math.max(1, options.width - 2 * STYLE.padding - 75);
  const plotHeight = Math.max(1, options.height - 2 * STYLE.padding - 85);
  const labelWidth = Math.min(Math.max(...labels.map((l) => textWidth(l, STYLE.fontSize))), Math.round(options.width / 2));
  const width = STYLE.legendOffset + 2 * STYLE.legendPadding + STYLE.legendSymbolLength + 6 + labelWidth;
  const height = STYLE.legendOffset + 2 * STYLE.legendPadding + labels.length * STYLE.legendRowHeight;
  return { width: width / plotWidth, height: height / plotHeight };
}

export type LegendPlace = Corner | 'right';

/**
 * Where the legend goes: the corner the lines cross least, from the lines as they will be
 * drawn; or beside the plot when it would cover much of it (many or long labels).
 */
export function legendPlace(series: readonly Series[], labels: readonly string[], options: ChartOptions): LegendPlace {
  const size = legendFraction(labels, options);
  if (size.width > 0.45 || size.height > 0.6) return 'right';
  const { x: [x0, x1], y: [y0, y1] } = chartDomains(series, options.hlines);
  const lines: UnitLine[] = series.map((s) => ({
    x: Array.from(s.x, (v) => (v - x0) / (x1 - x0)),
    y: Array.from(s.y, (v) => (v - y0) / (y1 - y0)),
  }));
  for (const h of options.hlines) lines.push({ x: [0, 1], y: [(h - y0) / (y1 - y0), (h - y0) / (y1 - y0)] });
  return bestCorner(lines, size.width, size.height);
}

/**
 * Tick labels in matplotlib's range keep vega's fixed-point format (0.0, 0.5, 1.0); beyond it
 * (values from 1e6, or all below 1e-4) they switch to exponents, as matplotlib's do.
 */
export function tickFormat([lo, hi]: readonly [number, number]): string | undefined {
  const m = Math.max(Math.abs(lo), Math.abs(hi));
  return m >= 1e6 || m < 1e-4 ? '~g' : undefined;
}

type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;
type Layer = LayeredSpec['layer'][number];

/** A position channel: its title, the fixed domain, and ticks spaced for the axis' length in pixels. */
function positionEncoding(field: 'x' | 'y', title: string, domain: [number, number], length: number, tickSpacing: number) {
  const format = tickFormat(domain);
  return {
    field,
    type: 'quantitative' as const,
    title,
    scale: { domain, nice: false, zero: false },
    axis: {
      tickCount: Math.max(2, Math.round(length / tickSpacing)),
      titleLimit: length - 2 * STYLE.padding,
      ...(format && { format }),
    },
  };
}

/** The Vega-Lite spec of the chart. */
export function chartSpec(series: readonly Series[], options: ChartOptions): LayeredSpec {
  const labels = legendLabels(series);
  const guideLabels = options.legend ? options.hlineLabels.slice(0, options.hlines.length) : [];
  const domains = chartDomains(series, options.hlines);
  const titleLines = fitTitle(options.title, options.width - 2 * STYLE.padding, STYLE.titleFontSize, titleLineBudget(options.height));
  const legend = options.legend ? { orient: legendPlace(series, [...labels, ...guideLabels], options), title: null } : null;
  // With both f and f' drawn, a derivative is dashed, in its function's colour.
  const mixed = series.some((s) => s.derivative) && series.some((s) => !s.derivative);

  const curves: Layer = {
    data: { values: rows(series, labels) },
    mark: { type: 'line', strokeWidth: STYLE.lineWidth, point: options.markers ? { filled: true, size: STYLE.markerArea } : false },
    encoding: {
      x: positionEncoding('x', options.xlabel, domains.x, options.width, STYLE.xTickSpacing),
      y: positionEncoding('y', options.ylabel, domains.y, options.height, STYLE.yTickSpacing),
      color: { field: 'series', type: 'nominal', scale: { domain: [...labels, ...guideLabels], range: [...options.colors, ...guideLabels.map(() => options.hlineColor)] }, legend },
      ...((mixed || guideLabels.length > 0) && {
        strokeDash: {
          field: 'series',
          type: 'nominal',
          scale: { domain: [...labels, ...guideLabels], range: [...series.map((s) => (mixed && s.derivative ? [...STYLE.dash] : [1, 0])), ...guideLabels.map(() => [...STYLE.dash])] },
          legend,
        },
      }),
    },
  };

  const guides: Layer[] = options.hlines.length
    ? [
        {
          data: { values: options.hlines.map((h) => ({ y: h })) },
          mark: { type: 'rule', color: options.hlineColor, strokeWidth: 1.5, strokeDash: [...STYLE.dash] },
          encoding: { y: { field: 'y', type: 'quantitative' } },
        },
      ]
    : [];

  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleLines.length === 1 ? titleLines[0] : titleLines },
    width: options.width,
    height: options.height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: STYLE.padding,
    background: 'white',
    layer: [...guides, curves],
    config: chartConfig(options),
  };
}

/** matplotlib's look, in Vega-Lite's config. */
function chartConfig(options: ChartOptions): NonNullable<TopLevelSpec['config']> {
  return {
    // No ARIA descriptions: a static picture has no reader to give them to, and they would write
    // the axis titles into expressions (which the precompiled templates cannot fill in).
    aria: false,
    font: FONT_FAMILY,
    view: { stroke: 'black', strokeWidth: 1 },
    // centred on the whole figure, the width it is wrapped to (the plot area is narrower by the y axis)
    title: { fontSize: STYLE.titleFontSize, fontWeight: 'normal', color: 'black', anchor: 'middle', frame: 'bounds', offset: 10 },
    axis: {
      domain: false,
      grid: options.grid,
      gridColor: STYLE.gridColor,
      gridWidth: STYLE.gridWidth,
      gridOpacity: 1,
      tickColor: 'black',
      tickSize: STYLE.tickSize,
      tickWidth: 1,
      labelColor: 'black',
      labelFontSize: STYLE.fontSize,
      labelPadding: 4,
      labelFlush: false,
      titleColor: 'black',
      titleFontSize: STYLE.fontSize,
      titleFontWeight: 'normal',
      titlePadding: 8,
    },
    legend: {
      fillColor: 'rgba(255, 255, 255, 0.8)', // matplotlib's framealpha: lines show through
      strokeColor: '#cccccc',
      cornerRadius: 4,
      padding: STYLE.legendPadding,
      offset: STYLE.legendOffset,
      labelFontSize: STYLE.fontSize,
      labelColor: 'black',
      labelLimit: Math.round(options.width / 2),
      symbolType: 'stroke',
      symbolSize: STYLE.legendSymbolLength ** 2,
      symbolStrokeWidth: STYLE.lineWidth,
      rowPadding: STYLE.legendRowHeight - STYLE.legendSymbolLength,
    },
  };
}
