/**
 * Small multiples as one Vega-Lite spec: each panel is the single chart's spec (chartSpec), set
 * side by side in a grid with `concat` and `columns`. Pure: panels in, spec out.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Series } from '../core/series.js';
import { withMargins } from './extent.js';
import { axisTicks, axisTitle, chartDomains, chartSpec, labelExpression, legendLabels, legendPlace, STYLE, VEGA_LITE_SCHEMA, type ChartOptions, type LegendPlace } from './vegalite.js';

export interface FacetPanel {
  readonly series: readonly Series[];
  /** The panel's chart options; width and height are its plot area, in CSS pixels. */
  readonly options: ChartOptions;
}

export interface FacetLayout {
  /** Panels per row. */
  readonly columns: number;
  /** A title over the whole grid, if any. */
  readonly title?: string;
  /** One y domain for all panels (the union of theirs) instead of each its own. */
  readonly shareY: boolean;
}

/** Panel size when none is given: the plot area of a quarter of the single 640x480 chart, a little larger. */
export const FACET_PANEL = Object.freeze({ width: 320, height: 220 } as const);

/** Pixels between panels. */
const SPACING = 24;

/**
 * The y domain of every panel together: chartDomains of all their series at once, so a y range
 * given (--ylim) and a log axis hold as in one panel (the plain extent of every value, which this
 * was, put relu's 10 above --ylim -1:2, and 0 on a log axis, which then drew nothing).
 */
export function sharedYDomain(panels: readonly FacetPanel[]): [number, number] {
  if (panels.length === 0) return withMargins([0, 1]);
  return chartDomains(panels.flatMap((p) => p.series), panels.flatMap((p) => p.options.hlines), panels[0].options).y;
}

type Encoding = Record<string, { scale?: { domain?: unknown }; legend?: { orient?: string } | null; axis?: { titleLimit?: number; values?: number[]; labelExpr?: string }; title?: string } | undefined>;
type Panel = Record<string, unknown> & { layer: { encoding?: Encoding }[] };

/**
 * The legend's place in a panel. chartSpec judges it for a whole image, axes included, and a
 * panel's size is its plot area alone: judged with the axes added back, as a single chart of
 * that plot would be, the legend goes inside the plot wherever a corner is free.
 */
function panelLegendPlace(p: FacetPanel): LegendPlace {
  const labels = [...legendLabels(p.series), ...p.options.hlineLabels.slice(0, p.options.hlines.length)];
  const whole = { ...p.options, width: p.options.width + 2 * STYLE.padding + 75, height: p.options.height + 2 * STYLE.padding + 85 };
  return legendPlace(p.series, labels, whole);
}

export function facetSpec(panels: readonly FacetPanel[], layout: FacetLayout): TopLevelSpec {
  const y = layout.shareY ? sharedYDomain(panels) : undefined;
  let config: unknown; // the panels', which is the first one's
  const specs = panels.map((p, k) => {
    // the single chart's spec less what only a top-level spec may hold
    const { $schema, autosize, padding, background, config: panelConfig, ...panel } = chartSpec(p.series, p.options) as unknown as Panel;
    if (k === 0) config = panelConfig;
    const orient = panelLegendPlace(p);
    for (const layer of panel.layer) {
      const encoding = layer.encoding ?? {};
      if (y && encoding.y?.scale) {
        encoding.y.scale.domain = y;
        // the ticks of the shared range, not of the panel's own (sigmoid's 0, 0.5, 1 crammed at the foot of relu's 0 to 10)
        const ticks = axisTicks(y, p.options.logy, p.options.height, STYLE.yTickSpacing);
        if (encoding.y.axis) Object.assign(encoding.y.axis, { values: [...ticks.values], labelExpr: labelExpression(ticks) });
        encoding.y.title = axisTitle(p.options.ylabel, ticks.note, p.options.height);
      }
      // a panel's size is its plot area, which its axis titles are centred on: their room as it is
      if (encoding.x?.axis) encoding.x.axis.titleLimit = p.options.width;
      if (encoding.y?.axis) encoding.y.axis.titleLimit = p.options.height;
      for (const channel of ['color', 'strokeDash']) {
        const legend = encoding[channel]?.legend;
        if (legend) legend.orient = orient;
      }
    }
    return panel;
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(layout.title !== undefined && { title: { text: layout.title, fontSize: STYLE.titleFontSize + 2 } }),
    columns: layout.columns,
    spacing: SPACING,
    padding: STYLE.padding,
    background: 'white',
    concat: specs,
    // each panel keeps its own colours, dashes and legend (concat would merge them into one)
    resolve: {
      scale: { color: 'independent', strokeDash: 'independent' },
      legend: { color: 'independent', strokeDash: 'independent' },
    },
    config,
  } as unknown as TopLevelSpec;
}
