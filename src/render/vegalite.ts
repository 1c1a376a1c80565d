/**
 * The chart as a Vega-Lite spec, built from the series alone (pure: no I/O, no vega). The look
 * follows matplotlib's defaults, as in the seed article's figures: a framed plot, light grid,
 * title above, axis labels, tab10 colours, a legend in the emptiest corner, 640x480 pixels.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Series } from '../core/series.js';
import { finiteExtent, withMargins } from './extent.js';
import { FONT_FAMILY, textWidth } from './font.js';
import { ellipsise, fitTitle, titleLineBudget } from './fit-text.js';
import { bestCorner, type Corner, type UnitLine } from './legend-corner.js';
import { simplifySeries } from './simplify.js';
import { seriesColors } from './colors.js';
import { notedLabel, seriesNotes, type NoteOptions } from './notes.js';
import { linearTicks, logTicks, type AxisTicks } from './ticks.js';
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
  /** Dashed vertical guide lines at these x values. */
  readonly vlines: readonly number[];
  /** The y range given, either side open: the rest comes from the data; lines are clipped at the frame. */
  readonly yRange: readonly [number | undefined, number | undefined];
  /** Log scales (base 10); values that are not positive are left out, and the legend says so. */
  readonly logx: boolean;
  readonly logy: boolean;
  readonly grid: boolean;
  readonly legend: boolean;
  /** The least step between x ticks: 1 labels whole numbers only (act gradient's layers). */
  readonly xMinStep?: number;
  /**
   * The notes of each series' legend entry, when given instead of measured: an HTML page's entry
   * stands for a whole --vary family, and says only what holds for every member.
   */
  readonly seriesNotes?: readonly (readonly string[])[];
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
  // every series drawn, derivatives too, as the terminal chart's title names them
  const labels = [...new Set(series.map((s) => s.label))];
  return {
    title: given.title ?? labels.join(', '),
    xlabel: given.xlabel ?? 'x',
    ylabel: given.ylabel ?? defaultYLabel(series),
    width: given.width ?? STYLE.width,
    height: given.height ?? STYLE.height,
    colors: given.colors ?? seriesColors(series, [...new Set(series.flatMap((s) => (s.spec ? [s.spec] : [])))]),
    markers: given.markers ?? false,
    hlines: given.hlines ?? [],
    hlineLabels: given.hlineLabels ?? [],
    hlineColor: given.hlineColor ?? STYLE.guideColor,
    vlines: given.vlines ?? [],
    yRange: given.yRange ?? [undefined, undefined],
    logx: given.logx ?? false,
    logy: given.logy ?? false,
    grid: given.grid ?? true,
    legend: given.legend ?? true,
    ...(given.xMinStep !== undefined ? { xMinStep: given.xMinStep } : {}),
  };
}

/** "relu(x)" or "relu'(x)" for one plain function, else "y". */
function defaultYLabel(series: readonly Series[]): string {
  if (series.length !== 1) return 'y';
  const only = series[0];
  if (!only.spec) return only.label; // a column of data: its name
  // from the spec, not the series' label, which may carry a note
  return /^\w+$/.test(only.spec.label) ? `${only.spec.label}${only.derivative ? "'" : ''}(x)` : 'y';
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

function rows(series: readonly Series[], labels: readonly string[], options: Pick<ChartOptions, 'logx' | 'logy'>): Row[] {
  const out: Row[] = [];
  series.forEach((s, k) => {
    for (let i = 0; i < s.x.length; i++) {
      if (options.logx && !(s.x[i] > 0)) continue;
      const y = s.y[i];
      out.push({ series: labels[k], x: s.x[i], y: Number.isFinite(y) && (!options.logy || y > 0) ? y : null });
    }
  });
  return out;
}

/** The values a log axis can show: the positive ones. */
function positive(values: ArrayLike<number>): number[] {
  return Array.from(values).filter((v) => v > 0);
}

/** An extent with matplotlib's margins, taken in log10 on a log axis. */
function withAxisMargins(extent: readonly [number, number], log: boolean): [number, number] {
  if (!log) return withMargins(extent);
  const [a, b] = withMargins([Math.log10(extent[0]), Math.log10(extent[1])]);
  return [10 ** a, 10 ** b];
}

/**
 * The x and y domains: the data (and guide lines) with matplotlib's margins; a log axis takes
 * the positive values; a y bound given (yRange) is kept as it is.
 */
export function chartDomains(
  series: readonly Series[],
  hlines: readonly number[],
  options: Partial<Pick<ChartOptions, 'logx' | 'logy' | 'yRange'>> = {},
): { x: [number, number]; y: [number, number] } {
  const logx = options.logx ?? false;
  const logy = options.logy ?? false;
  const [lo, hi] = options.yRange ?? [undefined, undefined];
  const xs = series.map((s) => (logx ? positive(s.x) : s.x));
  const inRange = (v: number) => (lo === undefined || v >= lo) && (hi === undefined || v <= hi) && (!logy || v > 0);
  const ys = series.map((s) => Array.from(s.y).filter((v, i) => inRange(v) && (!logx || s.x[i] > 0)));
  const x = withAxisMargins(finiteExtent(xs) ?? (logx ? [1, 10] : [0, 1]), logx);
  let y = withAxisMargins(finiteExtent([...ys, hlines.filter(inRange)]) ?? (logy ? [1, 10] : [0, 1]), logy);
  if (lo !== undefined || hi !== undefined) {
    const a = lo ?? Math.min(y[0], hi! - (logy ? hi! * 0.9 : Math.abs(hi!) || 1));
    const b = hi ?? Math.max(y[1], logy ? lo! * 10 : lo! + (Math.abs(lo!) || 1));
    y = [a, b];
  }
  return { x, y };
}

/** Ticks of an axis `length` pixels long: labels at least `spacing` pixels apart (0.6 of it on a log axis, for its 2s and 5s). */
export function axisTicks([lo, hi]: readonly [number, number], log: boolean, length: number, spacing: number, minStep = 0): AxisTicks {
  if (log) return logTicks(lo, hi, ((Math.log10(hi) - Math.log10(lo)) * spacing * 0.6) / length);
  return linearTicks(lo, hi, Math.max(minStep, (hi / 2 - lo / 2) * ((2 * spacing) / length))); // halves: hi - lo may overflow
}

/**
 * The series as they need to be drawn: simplified to within a ninth of a pixel (the whole image
 * counts as the plot, which errs towards keeping points). With markers every sample is drawn.
 */
export function seriesForDrawing(series: readonly Series[], options: ChartOptions): readonly Series[] {
  if (options.markers) return series;
  // log axes: simplified where they are drawn, in log10, and mapped back
  const t = (v: number, log: boolean) => (log ? Math.log10(v) : v);
  const { x, y } = chartDomains(series, options.hlines, options);
  const scale = {
    x0: t(x[0], options.logx),
    y0: t(y[0], options.logy),
    pixelsPerX: options.width / (t(x[1], options.logx) - t(x[0], options.logx)),
    pixelsPerY: options.height / (t(y[1], options.logy) - t(y[0], options.logy)),
  };
  // points are each drawn (data is thinned before, per pixel column: src/plot/thin.ts)
  const pointsOf = (s: Series): boolean => s.mark === 'points' || s.mark === 'both';
  if (!options.logx && !options.logy) return series.map((s) => (pointsOf(s) ? s : simplifySeries(s, scale)));
  const simplified = (s: Series): Series => {
    const inLog = { ...s, x: s.x.map((v) => t(v, options.logx)), y: s.y.map((v) => (Number.isFinite(v) ? t(v, options.logy) : v)) };
    const simple = simplifySeries(inLog, scale);
    return { ...simple, x: simple.x.map((v) => (options.logx ? 10 ** v : v)), y: simple.y.map((v) => (options.logy && Number.isFinite(v) ? 10 ** v : v)) };
  };
  const shows = (s: Series, i: number): boolean => (!options.logx || s.x[i] > 0) && (!options.logy || s.y[i] > 0 || !Number.isFinite(s.y[i]));
  return series.map((s) => (pointsOf(s) ? s : onLogAxes(s, (i) => shows(s, i), simplified)));
}

/**
 * A series on log axes: each stretch the axes show simplified; of a stretch they cannot show (x or
 * y ≤ 0), its first and last points as they are. The line breaks there (rows() leaves them out or
 * null), and the series keeps its x range and its notes ("y ≤ 0 not drawn"): dropping the stretch
 * joined the line across it, narrowed the x axis and lost the legend's note, unlike the terminal.
 */
function onLogAxes(s: Series, shows: (i: number) => boolean, simplified: (run: Series) => Series): Series {
  const n = s.x.length;
  const xs: Float64Array[] = [];
  const ys: Float64Array[] = [];
  for (let i = 0; i < n; ) {
    const show = shows(i);
    let j = i + 1;
    while (j < n && shows(j) === show) j++;
    if (show) {
      const run = simplified({ ...s, x: s.x.slice(i, j), y: s.y.slice(i, j) });
      xs.push(run.x);
      ys.push(run.y);
    } else {
      const ends = j - i > 1 ? [i, j - 1] : [i];
      xs.push(Float64Array.from(ends, (k) => s.x[k]));
      ys.push(Float64Array.from(ends, (k) => s.y[k]));
    }
    i = j;
  }
  return xs.length === 1 ? { ...s, x: xs[0], y: ys[0] } : { ...s, x: joined(xs), y: joined(ys) };
}

function joined(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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

/** A legend beside or below the plot: how many columns its entries take, in what size, so that it fits. */
export interface LegendLayout {
  readonly orient: LegendPlace | 'bottom';
  readonly columns?: number;
  /** The labels' font size, when smaller than the figure's (many entries). */
  readonly fontSize?: number;
}

/** The image's height taken by its title (as fitted, up to three lines). */
function titleHeight(options: ChartOptions): number {
  return fitTitle(options.title, options.width - 2 * STYLE.padding, STYLE.titleFontSize, titleLineBudget(options.height)).length * STYLE.titleFontSize * 1.25 + 10;
}

/** The plot's room, estimated: the image less its padding, title, and the axes' labels and titles. */
function plotRoom(options: ChartOptions): { width: number; height: number } {
  return { width: options.width - 2 * STYLE.padding - 70, height: options.height - 2 * STYLE.padding - titleHeight(options) - 60 };
}

/** One legend entry's width (symbol, label, the gap to the next column) with labels in this size. */
function legendEntryWidth(labels: readonly string[], fontSize: number, options: ChartOptions): number {
  const labelWidth = Math.min(Math.max(...labels.map((l) => textWidth(l, fontSize))), Math.round(options.width / 2));
  return STYLE.legendSymbolLength * (fontSize / STYLE.fontSize) + 16 + labelWidth + LEGEND_COLUMN_PADDING; // vega's symbol and label offsets
}

/**
 * The length each axis title is centred on, the plot's side, less a legend beside or below the
 * plot: vega cuts a longer title there with "…". The image's own width or height (the limit
 * before) let a long --xlabel run past the image's right edge and a long --ylabel past its top,
 * pushing the title out of the picture.
 */
function axisTitleRooms(labels: readonly string[], options: ChartOptions, layout: LegendLayout | undefined, yTicks: AxisTicks): { x: number; y: number } {
  // the y axis: tick, label padding, the widest tick label, title padding and the title's line
  const yAxis = STYLE.tickSize + 4 + Math.max(0, ...yTicks.labels.map((l) => textWidth(l.replaceAll('-', '\u2212'), STYLE.fontSize))) + 8 + STYLE.fontSize * 1.25;
  let width = options.width - 2 * STYLE.padding - yAxis;
  let height = plotRoom(options).height;
  if (layout && (layout.orient === 'right' || layout.orient === 'bottom')) {
    const fontSize = layout.fontSize ?? STYLE.fontSize;
    const frame = 2 * STYLE.legendPadding + STYLE.legendOffset;
    const columns = layout.columns ?? 1;
    if (layout.orient === 'right') width -= columns * legendEntryWidth(labels, fontSize, options) + frame;
    else height -= Math.ceil(labels.length / columns) * STYLE.legendRowHeight * (fontSize / STYLE.fontSize) + frame;
  }
  return { x: Math.max(STYLE.fontSize, Math.floor(width)), y: Math.max(STYLE.fontSize, Math.floor(height)) };
}

/** Space between a legend's columns, in CSS pixels. */
const LEGEND_COLUMN_PADDING = 12;
/** Label sizes a crowded legend may shrink to, largest first (matplotlib's medium, small, x-small). */
const LEGEND_FONT_SIZES = [STYLE.fontSize, 12, 10] as const;

/**
 * A legend beside the plot keeps one column while its entries fit the plot's height and leave the
 * plot half the width. More entries (a --vary family of 40) take columns, as matplotlib's ncol
 * does, and long labels go below the plot: beside it or below, in a smaller font if need be, the
 * first layout that leaves the plot half the image each way, else the one that leaves it the most
 * room.
 */
export function legendLayout(labels: readonly string[], options: ChartOptions, place: LegendPlace): LegendLayout {
  if (place !== 'right') return { orient: place };
  const room = plotRoom(options);
  const candidates: { layout: LegendLayout; width: number; height: number }[] = [];
  for (const fontSize of LEGEND_FONT_SIZES) {
    const rowHeight = STYLE.legendRowHeight * (fontSize / STYLE.fontSize);
    const entryWidth = legendEntryWidth(labels, fontSize, options);
    const sized = fontSize === STYLE.fontSize ? {} : { fontSize };
    const rows = Math.max(1, Math.floor((room.height - 2 * STYLE.legendPadding) / rowHeight));
    const right = Math.ceil(labels.length / rows);
    const rightWidth = right * entryWidth + 2 * STYLE.legendPadding + STYLE.legendOffset;
    candidates.push({ layout: { orient: 'right', ...(right > 1 && { columns: right }), ...sized }, width: room.width - rightWidth, height: room.height });
    // a legend below starts at the plot's left edge
    const below = Math.max(1, Math.floor((room.width - 2 * STYLE.legendPadding) / entryWidth));
    const belowHeight = Math.ceil(labels.length / below) * rowHeight + 2 * STYLE.legendPadding + STYLE.legendOffset;
    candidates.push({ layout: { orient: 'bottom', columns: below, ...sized }, width: room.width, height: room.height - belowHeight });
  }
  const roomy = candidates.find((c) => c.width >= room.width / 2 && c.height >= room.height / 2);
  if (roomy) return roomy.layout;
  const area = (c: { width: number; height: number }) => Math.max(0, c.width) * Math.max(0, c.height);
  const best = candidates.reduce((most, c) => (area(c) > area(most) ? c : most));
  // no layout leaves the plot any room (forty labels of 1 kB): one column beside it, cut at the
  // image's edge, as before columns, rather than no chart
  return area(best) > 0 ? best.layout : { orient: 'right' };
}

/**
 * Where the legend goes: the corner the lines cross least, from the lines as they will be
 * drawn; or beside the plot when it would cover much of it (many or long labels).
 */
export function legendPlace(series: readonly Series[], labels: readonly string[], options: ChartOptions): LegendPlace {
  const size = legendFraction(labels, options);
  if (size.width > 0.45 || size.height > 0.6) return 'right';
  const t = (v: number, log: boolean) => (log ? Math.log10(v) : v);
  const { x: [x0, x1], y: [y0, y1] } = chartDomains(series, options.hlines, options);
  const ux = (v: number) => (t(v, options.logx) - t(x0, options.logx)) / (t(x1, options.logx) - t(x0, options.logx));
  const uy = (v: number) => (t(v, options.logy) - t(y0, options.logy)) / (t(y1, options.logy) - t(y0, options.logy));
  const lines: UnitLine[] = series.map((s) => ({ x: Array.from(s.x, ux), y: Array.from(s.y, uy) }));
  for (const h of options.hlines) lines.push({ x: [0, 1], y: [uy(h), uy(h)] });
  for (const v of options.vlines) lines.push({ x: [ux(v), ux(v)], y: [0, 1] });
  return bestCorner(lines, size.width, size.height);
}

type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;
type Layer = LayeredSpec['layer'][number];

/**
 * A Vega expression giving each tick's label, act's own (one step, one notation), as the terminal's,
 * with the typographic minus sign (U+2212) that matplotlib and d3-format set in figures.
 */
export function labelExpression(ticks: AxisTicks): string {
  const labels = ticks.labels.map((label) => label.replaceAll('-', '\u2212'));
  return `${JSON.stringify(labels)}[indexof(${JSON.stringify(ticks.values)}, datum.value)]`;
}

/**
 * An axis title with its ticks' offset or multiplier (`x  (+1e15)`): a long title is shortened
 * before the note, which a cut at the end (vega's, at titleLimit) would take, and with it the
 * labels' values.
 */
export function axisTitle(title: string, note: string, room: number): string {
  if (!note) return title;
  const suffix = `  (${note})`;
  return `${ellipsise(title, room - textWidth(suffix, STYLE.fontSize), STYLE.fontSize)}${suffix}`;
}

/**
 * A position channel: its title (with the axis' offset or multiplier, if any), the fixed domain,
 * and act's ticks, spaced for the axis' length in pixels.
 */
function positionEncoding(field: 'x' | 'y', title: string, domain: [number, number], log: boolean, length: number, tickSpacing: number, titleRoom: number, minStep = 0) {
  const ticks = axisTicks(domain, log, length, tickSpacing, minStep);
  return {
    field,
    type: 'quantitative' as const,
    title: axisTitle(title, ticks.note, titleRoom),
    scale: log ? { type: 'log' as const, domain, nice: false } : { type: 'linear' as const, domain, nice: false, zero: false },
    axis: { values: [...ticks.values], labelExpr: labelExpression(ticks), titleLimit: titleRoom },
  };
}

/** The notes on each series (no finite value, overflow, values cut), as in the terminal and on stderr. */
export function chartNotes(series: readonly Series[], options: ChartOptions): string[][] {
  if (options.seriesNotes) return options.seriesNotes.map((n) => [...n]);
  const notes: NoteOptions = { yRange: options.yRange, logx: options.logx, logy: options.logy };
  return series.map((s) => seriesNotes(s, notes));
}

/** The Vega-Lite spec of the chart. */
export function chartSpec(series: readonly Series[], options: ChartOptions): LayeredSpec {
  const notes = chartNotes(series, options);
  const labels = legendLabels(series).map((l, i) => notedLabel(l, notes[i]));
  // a guide's entry must differ from every curve's, or the scales would give it the curve's colour and dash
  const guideLabels = options.legend ? distinctLabels([...labels, ...options.hlineLabels.slice(0, options.hlines.length)]).slice(labels.length) : [];
  const domains = chartDomains(series, options.hlines, options);
  const titleLines = fitTitle(options.title, options.width - 2 * STYLE.padding, STYLE.titleFontSize, titleLineBudget(options.height));
  // points alone show as a dot in the legend, and with markers the guide lines (which have none)
  // as a plain dash (by entry number: no user text in the expression)
  const dots = series.flatMap((s, k) => (s.mark === 'points' ? [k] : []));
  const plainGuides = options.markers ? guideLabels.map((_, j) => labels.length + j) : [];
  const lineSymbol = `${plainGuides.length ? `indexof(${JSON.stringify(plainGuides)}, datum.index) >= 0 ? 'stroke' : ` : ''}'${options.markers ? LINE_WITH_MARKER : 'stroke'}'`;
  const dot = (yes: string, no: string): { signal: string } => ({ signal: `indexof(${JSON.stringify(dots)}, datum.index) >= 0 ? ${yes} : ${no}` });
  const layout = options.legend ? legendLayout([...labels, ...guideLabels], options, legendPlace(series, [...labels, ...guideLabels], options)) : undefined;
  const titleRooms = axisTitleRooms([...labels, ...guideLabels], options, layout, axisTicks(domains.y, options.logy, options.height, STYLE.yTickSpacing));
  const legend = layout
    ? {
        orient: layout.orient,
        // every entry shown (vega's default cuts a legend at 30)
        // row by row, as it reads (vega's column-major fill leaves ragged columns)
        ...(layout.columns !== undefined && { columns: layout.columns, direction: 'horizontal' as const, columnPadding: LEGEND_COLUMN_PADDING, symbolLimit: 0 }),
        ...(layout.fontSize !== undefined && {
          labelFontSize: layout.fontSize,
          symbolSize: (STYLE.legendSymbolLength * (layout.fontSize / STYLE.fontSize)) ** 2,
          rowPadding: (STYLE.legendRowHeight - STYLE.legendSymbolLength) * (layout.fontSize / STYLE.fontSize),
        }),
        title: null,
        ...((dots.length || plainGuides.length) && {
          encode: { symbols: { update: { shape: dot("'circle'", lineSymbol), size: dot(String(STYLE.markerArea), String(STYLE.legendSymbolLength ** 2)), fill: dot("scale('color', datum.value)", "'transparent'") } } },
        }),
      }
    : null;
  // With both f and f' drawn, a derivative is dashed, in its function's colour.
  const mixed = series.some((s) => s.derivative) && series.some((s) => !s.derivative);

  const drawn = (marks: readonly (Series['mark'])[]): number[] => series.flatMap((s, k) => (marks.includes(s.mark) ? [k] : []));
  const lineRows = rows(drawn([undefined, 'line', 'both']).map((k) => series[k]), drawn([undefined, 'line', 'both']).map((k) => labels[k]), options);
  const pointIndices = drawn(['points', 'both']);
  const curves: Layer = {
    data: { values: lineRows },
    // clipped at the frame: a y range given may be narrower than the data
    mark: { type: 'line', clip: true, strokeWidth: STYLE.lineWidth, point: options.markers ? { filled: true, size: STYLE.markerArea } : false },
    encoding: {
      x: positionEncoding('x', options.xlabel, domains.x, options.logx, options.width, STYLE.xTickSpacing, titleRooms.x, options.xMinStep),
      y: positionEncoding('y', options.ylabel, domains.y, options.logy, options.height, STYLE.yTickSpacing, titleRooms.y),
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

  // data points: the same x, y and colour scales as the curves (one legend)
  const points: Layer[] = pointIndices.length
    ? [
        {
          data: { values: rows(pointIndices.map((k) => series[k]), pointIndices.map((k) => labels[k]), options) },
          mark: { type: 'point', clip: true, filled: true, size: STYLE.markerArea, opacity: 1 },
          encoding: { x: curves.encoding!.x, y: curves.encoding!.y, color: curves.encoding!.color },
        } as Layer,
      ]
    : [];

  const inY = (v: number) => v >= domains.y[0] && v <= domains.y[1];
  const inX = (v: number) => v >= domains.x[0] && v <= domains.x[1];
  const guide = (channel: 'x' | 'y', values: readonly number[], color: string): Layer[] =>
    values.length
      ? [
          {
            data: { values: values.map((v) => ({ [channel]: v })) },
            mark: { type: 'rule', color, strokeWidth: 1.5, strokeDash: [...STYLE.dash] },
            encoding: { [channel]: { field: channel, type: 'quantitative' } },
          },
        ]
      : [];
  const guides = [...guide('y', options.hlines.filter(inY), options.hlineColor), ...guide('x', options.vlines.filter(inX), STYLE.guideColor)];

  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleLines.length === 1 ? titleLines[0] : titleLines },
    width: options.width,
    height: options.height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: STYLE.padding,
    background: 'white',
    layer: [...guides, ...(lineRows.length || pointIndices.length === 0 ? [curves] : []), ...points],
    config: chartConfig(options),
  };
}

/** A legend symbol (an SVG path in [-1, 1]²): a line, and a dot on it drawn as a thick ring. */
const LINE_WITH_MARKER = 'M-1,0H1M0.12,0A0.12,0.12,0,1,1,-0.12,0A0.12,0.12,0,1,1,0.12,0';

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
      // with markers, a line with a dot on it, as matplotlib's legend draws marker="o"
      symbolType: options.markers ? LINE_WITH_MARKER : 'stroke',
      symbolSize: STYLE.legendSymbolLength ** 2,
      symbolStrokeWidth: STYLE.lineWidth,
      rowPadding: STYLE.legendRowHeight - STYLE.legendSymbolLength,
    },
  };
}
