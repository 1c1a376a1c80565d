/** act's library surface. */
export { activations } from './activations/index.js';
export type { Activation, ElementwiseActivation, VectorActivation, Params, ParamDecl, Formula, Notes, Properties, Cost, ByParams } from './core/define.js';
export { defaultParams, rangeOf, derivativeRangeOf, propertiesOf } from './core/define.js';
export { contains, hull, type Interval, type ValueSet } from './core/range.js';
export { evaluate, evaluateInto, toSpec, type EvaluateOptions } from './core/evaluate.js';
export { parseSpec, splitLabel, type Spec } from './core/spec.js';
export { findActivation, suggestActivations } from './core/lookup.js';
export { linspace, gridPoint } from './core/grid.js';
export { ActError, UsageError, RuntimeError } from './core/errors.js';
export {
  parseExpression, printExpression, compileExpression, expressionActivation, ExpressionError, mathFunctions,
  type Expression, type CompiledExpression, type MathFunction,
} from './expr/index.js';
export { sampleSeries, plotGrid, type Series, type SampleOptions } from './core/series.js';
export { renderChart, renderSampled, type ChartSeries, type ChartOptions as TextChartOptions } from './render/ascii/index.js';
export { chartSpec, chartOptions, type ChartOptions as ImageChartOptions } from './render/vegalite.js';
export { renderImage, type ImageFormat, type RenderOptions } from './render/image.js';
export { facetSpec, sharedYDomain, FACET_PANEL, type FacetPanel, type FacetLayout } from './render/facet.js';
export { composePanels, panelsPerRow, panelWidth } from './render/panels.js';
