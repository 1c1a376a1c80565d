/**
 * `act plot`: reads the input data, if any, and sends the chart to the terminal or, with -o or
 * --format, to an image (whose bundle is loaded only then).
 */
import { UsageError } from '../../core/errors.js';
import { formatOfPath } from '../image-target.js';
import { readPlotInput } from './plot-input.js';
import type { PlotOptions } from './plot-options.js';

export async function runPlot(specs: string[], options: PlotOptions): Promise<void> {
  // a Vega-Lite spec keeps every point; a picture or the terminal thins long data as it is read
  const vegaLite = (options.format ?? formatOfPath(options.output ?? '')) === 'json';
  options.data = await readPlotInput(options, vegaLite, specs.length > 0);
  if (options.data && options.facet) throw new UsageError('--facet draws functions only, not input data');
  if (specs.length === 0 && !options.data) throw new UsageError('nothing to plot: name a function (act plot gelu), or pipe data in (act eval gelu | act plot)');
  if (options.output !== undefined || options.format !== undefined) {
    const { runPlotImage } = await import('./plot-image.js');
    return runPlotImage(specs, options);
  }
  const { runPlotTerminal } = await import('./plot-terminal.js');
  return runPlotTerminal(specs, options);
}
