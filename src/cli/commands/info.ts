/** `act info SPEC`: what a function is, from its declaration, with a small chart of f and f'. */
import { UsageError } from '../../core/errors.js';
import { parseSpec } from '../../spec/parse.js';
import { infoChart } from '../../info/chart.js';
import { chartRange } from '../../info/chart-range.js';
import { describeSpec } from '../../info/describe.js';
import { descriptionJson, jsonText } from '../../info/info-json.js';
import { infoMarkdown } from '../../info/info-markdown.js';
import { chartTitle, infoText, type InfoChart } from '../../info/info-text.js';
import { printText, stdoutTerminal } from '../stdout.js';
import type { CanvasKind } from '../../render/ascii/canvases.js';
import { canvasWanted, colorWanted } from '../terminal.js';
import type { DType } from '../../dtype/types.js';


export type InfoFormat = 'text' | 'md' | 'json';

export interface InfoOptions {
  format: InfoFormat;
  chart: boolean;
  color?: boolean;
  canvas?: CanvasKind;
  /** --dtype: add what that type does to the function, as PyTorch computes it. */
  dtype?: DType;
}

export async function runInfo(specText: string, options: InfoOptions): Promise<void> {
  // as act plot -o refuses it: an option for a chart that is not drawn
  if (options.canvas !== undefined && options.format === 'json') throw new UsageError('--canvas applies to the chart; --format json has none');
  if (options.canvas !== undefined && !options.chart) throw new UsageError('--canvas applies to the chart; --no-chart leaves it out');
  const spec = parseSpec(specText);
  const d = describeSpec(spec);
  const low = options.dtype && options.dtype !== 'float64' ? options.dtype : undefined;
  // the dtype engine is loaded only for --dtype
  const facts = low ? (await import('../../dtype/precision-facts.js')).precisionFacts(spec, low) : undefined;
  if (options.format === 'json') {
    printText(jsonText(facts ? { ...descriptionJson(d), precision: facts } : descriptionJson(d)));
    return;
  }
  const precision = facts ? (await import('../../dtype/precision-text.js')).precisionSection(facts) : undefined;
  let chart: InfoChart | undefined;
  if (options.chart) {
    const [from, to] = chartRange(d);
    const color = options.format === 'text' && colorWanted(options.color, stdoutTerminal(), process.env); // act plot's rule
    // with --dtype the chart draws f and f' as PyTorch computes them in the type
    const drawn = low ? (await import('../../dtype/view.js')).inDtype(spec, low, `${low} ${spec.label}`) : spec;
    const title = low ? `${chartTitle(from, to)}, in ${low} as PyTorch computes them` : chartTitle(from, to);
    chart = { title, lines: infoChart(drawn, { from, to, color, canvas: canvasWanted(options.canvas, process.env) }) };
  }
  printText(options.format === 'md' ? infoMarkdown(d, chart, precision) : infoText(d, chart, precision));
}
