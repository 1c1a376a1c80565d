/**
 * The interactive chart of an HTML page (pure: series in, Vega-Lite spec and data out). It is the
 * image's chart (chartSpec: the same look), with what a browser adds: zoom and pan (an interval
 * selection bound to the scales; a double-click resets), a legend whose entries hide and show
 * their series, tooltips, and with --vary a slider that picks the family member shown. Every
 * member's values are act's, all in the data; the slider only filters them.
 */
import type { TopLevelSpec } from 'vega-lite';
import { evaluateInto } from '../core/evaluate.js';
import type { Series } from '../core/series.js';
import type { VariedSpec } from '../spec/vary.js';
import { notedLabel } from './notes.js';
import { TAB10 } from './colors.js';
import { chartDomains, chartNotes, chartOptions, chartSpec, legendLabels, STYLE, type ChartOptions } from './vegalite.js';

/** The data source the page fills from the columns (html-page.ts). */
export const CURVES = 'curves';

/** One series as columns: the page turns them into rows (the runtime, src/html/runtime.ts). */
export interface HtmlSeries {
  /** The legend entry: the function (family) label, with ' for a derivative. */
  readonly series: string;
  /** The slider's values that show this member: [lo, hi); the whole line when not varied. */
  readonly lo: number | null;
  readonly hi: number | null;
  /**
   * The member's --vary value (null when not varied): what the slider's label and the tooltip
   * say, not the slider's position, which between unevenly spaced values (alpha=0.1,1,10) is none.
   */
  readonly value: number | null;
  /** Index of the x column in HtmlData.xs (members share their grid). */
  readonly x: number;
  /** act's values at each x (f, or f' for a derivative): numbers, or "Infinity", "-Infinity", "NaN". */
  readonly v: readonly (number | string)[];
  /**
   * With -d, the tooltip's other value (f' for f, f for f'): the series at this index holds it at
   * the same x (the member's other curve), else `c` holds it, computed by act at this x.
   */
  readonly partner: number | null;
  readonly c: readonly (number | string)[] | null;
  readonly derivative: boolean;
  /** Drawn as a line (functions; data drawn as points only is not). */
  readonly line: boolean;
}

export interface HtmlData {
  readonly xs: readonly (readonly number[])[];
  readonly series: readonly HtmlSeries[];
  /** The --vary parameter, if any: its name and values in order. */
  readonly vary: { readonly name: string; readonly values: readonly number[] } | null;
  /** The tooltip's names of x, f and f' ("x", "elu(x)" or "f(x)"; act gradient's: "layer", "grad_norm"). */
  readonly names: TooltipNames;
  /** A log y axis shows positive values only, as the image does. */
  readonly logy: boolean;
}

/** What the tooltip calls x and the values: a function's by default, a chart of other numbers its own. */
export interface TooltipNames {
  readonly x: string;
  readonly f: string;
  readonly df: string;
}

const exact = (v: number): number | string => (Number.isFinite(v) ? v : String(v));

/** The slider's range: evenly spaced values keep their step; others take the smallest gap, each value owning the positions nearest it. */
export function sliderOf(values: readonly number[]): { min: number; max: number; step: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((v, i) => v - sorted[i]);
  const step = gaps.length ? Math.min(...gaps) : 1;
  return { min: sorted[0], max: sorted[sorted.length - 1], step: Number(step.toPrecision(12)) };
}

/** The slider positions [lo, hi) that show each value: halfway to its neighbours. */
function ownedRanges(values: readonly number[]): Map<number, [number | null, number | null]> {
  const sorted = [...values].sort((a, b) => a - b);
  return new Map(sorted.map((v, i) => [v, [i === 0 ? null : (sorted[i - 1] + v) / 2, i === sorted.length - 1 ? null : (v + sorted[i + 1]) / 2]]));
}

/** The series as the page's columns: members share x grids, companions (f or f') are act's values at the same x. */
export function htmlData(series: readonly Series[], derivative: boolean, logy = false, names?: TooltipNames): HtmlData {
  const varied = series.map((s) => (s.spec as VariedSpec | undefined)?.vary).find((v) => v !== undefined);
  const memberValue = (s: Series) => (s.spec as VariedSpec | undefined)?.vary?.value;
  const values = [...new Set(series.map(memberValue).filter((v): v is number => v !== undefined))];
  const owned = ownedRanges(values);
  const xs: number[][] = [];
  const xIndex = new Map<string, number>();
  const xOf = series.map((s) => {
    const key = JSON.stringify(Array.from(s.x));
    if (!xIndex.has(key)) {
      xIndex.set(key, xs.length);
      xs.push(Array.from(s.x));
    }
    return xIndex.get(key)!;
  });
  const out = series.map((s, i): HtmlSeries => {
    // data read from a pipe or a file has no spec: it is its own family, with no derivative
    const spec = s.spec;
    const vary = (spec as VariedSpec | undefined)?.vary;
    const [lo, hi] = vary ? owned.get(vary.value)! : [null, null];
    const family = vary?.family ?? spec?.label ?? s.label;
    const partner = derivative && spec ? series.findIndex((o, j) => o.spec === spec && o.derivative !== s.derivative && xOf[j] === xOf[i]) : -1;
    const companion = derivative && spec && partner < 0 ? Array.from(evaluateInto(spec.activation, spec.params, s.x, !s.derivative, new Float64Array(s.x.length)), exact) : null;
    return { series: s.derivative ? `${family}'` : family, lo, hi, value: vary ? vary.value : null, x: xOf[i], v: Array.from(s.y, exact), partner: partner < 0 ? null : partner, c: companion, derivative: s.derivative, line: s.mark !== 'points' };
  });
  const one = new Set(out.map((s) => s.series.replace(/'$/, ''))).size === 1;
  const name = one && /^\w+$/.test(out[0].series.replace(/'$/, '')) ? out[0].series.replace(/'$/, '') : 'f';
  return { xs, series: out, vary: varied ? { name: varied.name, values } : null, names: names ?? { x: 'x', f: `${name}(x)`, df: `${name}'(x)` }, logy };
}


/** The axis ticks follow the zoom: vega's own, about as dense as act's (the image's are fixed). */
function liveAxis(encoding: Record<string, unknown>, length: number, spacing: number, minStep?: number): void {
  const axis = encoding.axis as Record<string, unknown>;
  delete axis.values;
  delete axis.labelExpr;
  axis.tickCount = Math.max(2, Math.round(length / spacing));
  if (minStep !== undefined) axis.tickMinStep = minStep;
}

/**
 * The page's Vega-Lite spec: the image's chart over the legend's series (one per family), its
 * data a named source the page fills with every member, plus the interactions; and the chart's
 * title, in full, for the page's <title>.
 */
export function htmlSpec(series: readonly Series[], look: Partial<ChartOptions>, data: HtmlData): { spec: TopLevelSpec; data: HtmlData; title: string } {
  // one series per legend entry (a family's members are one entry; `relu relu` two) lays out the
  // legend and colours as the image does
  const specs = [...new Set(series.map((s) => s.spec))];
  const group = (s: Series): string => {
    const vary = (s.spec as VariedSpec | undefined)?.vary;
    // a data column (no spec) is a series of its own
    const own = s.spec ? `spec ${specs.indexOf(s.spec)}` : `data ${series.indexOf(s)}`;
    return `${vary ? `family ${vary.family}` : own} ${s.derivative}`;
  };
  const firsts = new Map<string, Series>();
  series.forEach((s, i) => {
    if (!firsts.has(group(s))) firsts.set(group(s), { ...s, label: data.series[i].series });
  });
  const shown = [...firsts.values()];
  const groups = [...firsts.keys()];
  // one colour per function (family), f and f' alike; colours given are per function, in order
  const functions = [...new Set(groups.map((g) => g.replace(/ (true|false)$/, '')))];
  const given = look.colors;
  const colors = given?.length ? groups.map((g) => given[functions.indexOf(g.replace(/ (true|false)$/, '')) % given.length]) : groups.map((g) => TAB10[functions.indexOf(g.replace(/ (true|false)$/, '')) % TAB10.length]);
  const measured = chartOptions(shown, { ...look, colors, title: look.title ?? [...new Set(shown.map((s) => s.label))].join(', ') });
  // a family's entry stands for every member the slider shows: it keeps only the notes they all
  // have (b = 100's "∞ from x ≈ 7.1" is not b = 1's), whichever member comes first
  const memberNotes = chartNotes(series, measured);
  const familyNotes = groups.map((g) => {
    const members = series.flatMap((s, i) => (group(s) === g ? [memberNotes[i]] : []));
    return members[0].filter((note) => members.every((m) => m.includes(note)));
  });
  const chart: ChartOptions = { ...measured, seriesNotes: familyNotes };
  const spec = chartSpec(shown, chart);
  // the rows name their series as the legend does (a repeated label numbered, notes added)
  const notes = chartNotes(shown, chart);
  const labels = legendLabels(shown).map((l, k) => notedLabel(l, notes[k]));
  const named: HtmlData = { ...data, series: data.series.map((d, i) => ({ ...d, series: labels[groups.indexOf(group(series[i]))] })) };
  const domains = chartDomains(series, chart.hlines, chart);
  // edited as plain JSON: the spec is act's own, its shape known: guides (rules), the lines, data points
  type Edited = { mark: { type: string }; encoding: Record<string, Record<string, unknown>>; data: unknown; params?: unknown[]; transform?: unknown[] };
  const layers = spec.layer as unknown as Edited[];
  const lines = layers.find((l) => l.mark.type === 'line');
  const dotLayers = layers.filter((l) => l.mark.type === 'point');
  // data drawn as points keeps its own layer (its rows inline), hidden from the legend as the lines are
  for (const dots of dotLayers) dots.encoding.opacity = { condition: { param: 'hidden', empty: false, value: 0 }, value: 1 };
  // the layer that owns the scales and the interactions: the lines, else (data as points alone) the points
  const curves = lines ?? dotLayers[0];
  if (lines) lines.data = { name: CURVES };
  for (const axis of ['x', 'y'] as const) {
    (curves.encoding[axis].scale as Record<string, unknown>).domain = domains[axis];
    liveAxis(curves.encoding[axis], axis === 'x' ? chart.width : chart.height, axis === 'x' ? STYLE.xTickSpacing : STYLE.yTickSpacing, axis === 'x' ? chart.xMinStep : undefined);
  }
  const filters: unknown[] = [];
  const params: Record<string, unknown>[] = [
    { name: 'zoom', select: { type: 'interval', encodings: ['x', 'y'] }, bind: 'scales' },
    // a click on a legend entry toggles it in the set of hidden series; a double-click empties it
    { name: 'hidden', select: { type: 'point', fields: ['series'], toggle: 'true' }, bind: 'legend' },
  ];
  const topParams: Record<string, unknown>[] = [];
  if (data.vary) {
    const slider = sliderOf(data.vary.values);
    topParams.push({ name: 'member', value: data.vary.values[0], bind: { input: 'range', ...slider, name: `${data.vary.name} ` } });
    filters.push({ filter: '(datum.lo === null || member >= datum.lo) && (datum.hi === null || member < datum.hi)' });
  }
  if (lines) lines.transform = [...filters, { filter: 'datum.line' }];
  curves.params = params;
  curves.encoding.opacity = { condition: { param: 'hidden', empty: false, value: 0 }, value: 1 };
  // invisible points under the line carry the tooltip: a line is one item, a point is one sample
  const points = {
    data: { name: CURVES },
    transform: [...filters, { filter: { not: { param: 'hidden', empty: false } } }, { filter: 'datum.y !== null' }],
    mark: { type: 'point', filled: true, opacity: 0, size: 80, clip: true, tooltip: { content: 'data' } },
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
  };
  return { spec: { ...spec, ...(topParams.length ? { params: topParams } : {}), layer: [...spec.layer, points] } as TopLevelSpec, data: named, title: chart.title };
}
