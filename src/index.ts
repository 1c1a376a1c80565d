/** act's library surface. */
export { activations, findActivation, parseSpec, toSpec, expressionActivation } from './library/catalog.js';
export { plot, TEXT_SIZE, type PlotOptions, type PlotFormat, type SpecInput } from './library/plot.js';
export { info } from './library/info.js';
export { gradientExperiment, type GradientExperiment, type GradientExperimentOptions } from './library/gradient.js';
export type { InfoFacts, SetFacts } from './info/info-json.js';
export type { LayerStats } from './gradient/network.js';
export type { ExperimentResult } from './gradient/table.js';
export type { ExperimentSetting } from './gradient/chart.js';
export type { GivenParams } from './core/checked.js';
export type { Activation, ElementwiseActivation, VectorActivation, Params, ParamDecl, Formula, Notes, Properties, Cost, ByParams } from './core/define.js';
export { defaultParams, rangeOf, derivativeRangeOf, propertiesOf } from './core/define.js';
export { contains, hull, type Interval, type ValueSet } from './core/range.js';
export { evaluateInto } from './core/evaluate.js';
export { evaluate, type EvaluateOptions } from './library/evaluate.js';
export { DTYPES, type DType, type LowDType } from './dtype/types.js';
export { precision } from './library/precision.js';
export type { PrecisionFacts, WorstError } from './dtype/precision-facts.js';
export type { Sides } from './dtype/saturation.js';
export { splitLabel, type Spec } from './core/spec.js';
export { suggestActivations } from './activations/lookup.js';
export { linspace, gridPoint } from './core/grid.js';
export { ActError, UsageError, RuntimeError } from './core/errors.js';
export {
  parseExpression, printExpression, compileExpression, ExpressionError, mathFunctions,
  type Expression, type CompiledExpression, type MathFunction,
} from './expr/index.js';
export { sampleSeries, plotGrid, type Series, type SampleOptions } from './core/series.js';
export { renderChart, renderSampled, type ChartSeries, type ChartOptions as TextChartOptions } from './render/ascii/index.js';
export { chartSpec, chartOptions, type ChartOptions as ImageChartOptions } from './render/vegalite.js';
export { renderImage, type ImageFormat, type RenderOptions, type Renderer } from './render/image.js';
export { IMAGE_POINTS, type ImagePlotOptions } from './plot/image.js';
export type { PlotLook } from './plot/options.js';
export type { PlotData, DataColumn } from './plot/data.js';
export { facetSpec, sharedYDomain, FACET_PANEL, type FacetPanel, type FacetLayout } from './render/facet.js';
export { composePanels, panelsPerRow, panelWidth } from './render/panels.js';
