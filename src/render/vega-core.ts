/**
 * The parts of vega that render a chart compiled from act's Vega-Lite specs: the parser, the
 * view, and the transforms those specs use. Importing `vega` itself loads all of it (geo,
 * force layouts, word clouds, ...), which costs more time than the rendering.
 */
import type * as Vega from 'vega';
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import { expressionInterpreter as vegaInterpreter } from 'vega-interpreter';
import { parse as vegaParse } from 'vega-parser';
import { resetSVGDefIds as vegaResetSVGDefIds, textMetrics as vegaTextMetrics } from 'vega-scenegraph';
import * as tx from 'vega-transforms';
import { extend } from 'vega-util';
import { View as VegaView } from 'vega-view';
import * as vtx from 'vega-view-transforms';

extend(transforms, tx, vtx, encode);

export const View = VegaView as typeof Vega.View;

/** Hands node-canvas to the vega-canvas stand-in that this vega draws with (see vega-canvas.ts). */
export { useNodeCanvas } from './vega-canvas.js';
export const parse = vegaParse as typeof Vega.parse;

/**
 * Restarts the numbering of an SVG's clip paths and gradients (clip1, gradient_0, ...), which vega
 * keeps in module globals: each SVG is then numbered from 1 as in a fresh process, and a chart
 * drawn inside act batch, or after another by the library, is the same file byte for byte.
 */
export const resetSVGDefIds = vegaResetSVGDefIds as () => void;

/** vega's text measurer: width(item, text) in pixels; replaceable (vega-scenegraph reads it on each use). */
export const textMetrics = vegaTextMetrics as { width: (item: { fontSize?: number; limit?: number }, text: unknown) => number };

/**
 * vega's expression interpreter: with it (and a spec parsed with { ast: true }) the View evaluates
 * the spec's expressions from their syntax trees, instead of compiling generated code with
 * Function, so no text of a chart (titles, labels) ever becomes code.
 */
export const expressionInterpreter = vegaInterpreter as unknown as Vega.ViewOptions['expr'];
