/** `act plot` in the terminal. (To be written: issue 3.) */
import { RuntimeError } from '../../core/errors.js';
import type { PlotOptions } from './plot-options.js';

export async function runPlotTerminal(_specs: string[], _options: PlotOptions): Promise<void> {
  throw new RuntimeError('terminal charts are not built yet');
}
