/**
 * Type tests of the library's surface, checked by `tsc --noEmit` (npm test runs it first): each
 * `@ts-expect-error` line must be an error, or tsc fails on the unused directive.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartOptions, chartSpec, findActivation, gradientExperiment, info, parseSpec, plot, precision, renderImage, sampleSeries } from '../../src/index.js';
import type { InfoFacts, LayerStats } from '../../src/index.js';

const series = sampleSeries([parseSpec('gelu')], { from: -3, to: 3, points: 61 });
const spec = chartSpec(series, chartOptions(series));

export async function imageTypes(): Promise<void> {
  const png: Uint8Array = await renderImage(spec, 'png');
  const pdf: Uint8Array = await renderImage(spec, 'pdf');
  const svg: string = await renderImage(spec, 'svg');
  const json: string = await renderImage(spec, 'json');
  // @ts-expect-error a PNG is bytes, not text
  const pngText: string = await renderImage(spec, 'png');
  // @ts-expect-error an SVG is text, not bytes
  const svgBytes: Uint8Array = await renderImage(spec, 'svg');
  // @ts-expect-error no such format
  await renderImage(spec, 'jpg');
  const format = Math.random() < 0.5 ? 'png' : 'svg';
  // a format known only at run time gives either
  const either: string | Uint8Array = await renderImage(spec, format);
  void [png, pdf, svg, json, pngText, svgBytes, either];
}

export async function plotTypes(): Promise<void> {
  const svg: string = await plot('gelu');
  const text: string = await plot(['relu', 'gelu'], { format: 'text', derivative: true });
  const png: Uint8Array = await plot('gelu', { format: 'png', scale: 1 });
  const pdf: Uint8Array = await plot(['gelu', 'elu(alpha=0.5)'], { format: 'pdf' });
  const vl: TopLevelSpec = await plot('gelu', { format: 'vega-lite' });
  // @ts-expect-error PNG bytes are not a string
  const pngText: string = await plot('gelu', { format: 'png' });
  // @ts-expect-error the default format, SVG, is text
  const svgBytes: Uint8Array = await plot('gelu');
  // @ts-expect-error no such option
  await plot('gelu', { colour: 'red' });
  void [svg, text, png, pdf, vl, pngText, svgBytes];
}

export function factTypes(): void {
  const facts: InfoFacts = info('elu', { alpha: 0.5 });
  const lo: number = facts.range.pieces[0].lo;
  const layers: readonly LayerStats[] = gradientExperiment({ functions: 'relu', depth: 3 }).results[0].layers;
  // @ts-expect-error the functions are required
  gradientExperiment({ depth: 3 });
  const elu = findActivation('elu');
  if (elu?.kind === 'elementwise') {
    const y: number = elu.f(-1, {});
    // the parameters are optional: the defaults fill them in (README: f(x) and f(x, {}))
    const atDefaults: number = elu.f(-1) + elu.df(-1) + parseSpec('elu').activation.kind.length;
    // @ts-expect-error x is a number
    elu.f('-1');
    void atDefaults;
    // @ts-expect-error parameters are numbers
    elu.f(-1, { alpha: '1' });
    void y;
  }
  const softmax = findActivation('softmax');
  if (softmax?.kind === 'vector') {
    // a new array of the values, or `out` filled
    const values: Float64Array = softmax.f([1, 2, 3]);
    const diagonal: Float64Array = softmax.df(new Float64Array([1, 2]), {}, new Float64Array(2));
    void [values, diagonal];
  }
  void [lo, layers];
}

export async function dtypeTypes(): Promise<void> {
  const { evaluate } = await import('../../src/index.js');
  const low: Float64Array = evaluate('sigmoid', [16.7], { dtype: 'float32', derivative: true });
  const svg: string = await plot('gelu', { dtype: 'bfloat16', exact: true });
  // @ts-expect-error no such type
  await plot('gelu', { dtype: 'float8' });
  const g = gradientExperiment({ functions: 'tanh', depth: 3, dtype: 'float16' });
  const t: string | undefined = g.setting.dtype;
  void [low, svg, t];
}

export function precisionTypes(): void {
  const { derivativeZero } = precision('sigmoid', 'bfloat16');
  const right: number | null = derivativeZero.right;
  // @ts-expect-error float64 is exact: no precision facts
  precision('sigmoid', 'float64');
  void right;
}
