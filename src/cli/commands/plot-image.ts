/** `act plot -o FILE`: image output. (To be written: issue 4.) */
import { RuntimeError } from '../../core/errors.js';
import type { PlotOptions } from './plot-options.js';

export async function runPlotImage(_specs: string[], _options: PlotOptions): Promise<void> {
  throw new RuntimeError('image output is not built yet');
}
