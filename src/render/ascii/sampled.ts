/** A chart of functions sampled at exactly the x values its columns read. */
import { chartLayout, renderChart, type ChartOptions, type ChartSeries } from './chart.js';
import { exactSamples } from './scales.js';

/**
 * Renders the series that `sample(points)` gives. Unless `points` is fixed, the functions are
 * sampled at every column's edges and centre, which takes a second pass once the layout, and so
 * the number of columns, is known.
 */
export function renderSampled(sample: (points: number) => ChartSeries[], chart: ChartOptions, points?: number): string {
  let n = points ?? exactSamples(chart.width);
  let series = sample(n);
  for (let pass = 0; points === undefined && pass < 3; pass++) {
    const wanted = exactSamples(chartLayout(series, chart).x.columns);
    if (wanted === n) break;
    n = wanted;
    series = sample(n);
  }
  return renderChart(series, chart);
}
