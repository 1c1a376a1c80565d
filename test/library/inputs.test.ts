/**
 * The library from JavaScript, where the types are not checked: every export of the one-call API
 * refuses a wrong argument with act's UsageError naming it, not a TypeError from inside
 * ("text.trim is not a function"), a RangeError from a typed array, or a silent NaN or empty result.
 */
import { describe, expect, it } from 'vitest';
import {
  chartOptions, chartSpec, facetSpec, renderSampled, sharedYDomain, compileExpression, composePanels, contains, gridPoint, panelsPerRow, panelWidth, defaultParams, derivativeRangeOf, evaluate, evaluateInto, expressionActivation, findActivation, gradientExperiment, hull, info, linspace,
  parseExpression, parseSpec, plot, plotGrid, precision, renderChart, printExpression, propertiesOf, rangeOf, renderImage, sampleSeries, splitLabel, suggestActivations, toSpec, UsageError,
} from '../../src/index.js';

// the calls below are wrong on purpose: as a JavaScript caller would make them
const anything = (v: unknown): any => v;

/** Calls fn and returns the UsageError's message (fails on anything else, or on no error). */
async function refusal(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

const SPEC_TEXT = 'a function must be spec text (gelu, elu(alpha=0.5), an expression in x), a declaration or a parsed spec, got';

describe('the library refuses wrong arguments with a UsageError', () => {
  it('evaluate(): the function, the x values, the options', async () => {
    expect(await refusal(() => evaluate(anything(42), [1]))).toBe(`${SPEC_TEXT} 42`);
    expect(await refusal(() => evaluate(anything(null), [1]))).toBe(`${SPEC_TEXT} null`);
    expect(await refusal(() => evaluate(anything({}), [1]))).toBe(`${SPEC_TEXT} an object`);
    expect(await refusal(() => evaluate('gelu', anything(undefined)))).toBe('xs must be an array or typed array of numbers, got undefined');
    expect(await refusal(() => evaluate('gelu', anything(5)))).toBe('xs must be an array or typed array of numbers, got 5'); // was an empty array
    expect(await refusal(() => evaluate('gelu', anything('abc')))).toBe('xs must be an array or typed array of numbers, got "abc"'); // was three NaN
    expect(await refusal(() => evaluate('gelu', anything([1, '2'])))).toBe('xs must hold numbers only, got "2" at [1]');
    expect(await refusal(() => evaluate('gelu', [1], anything(null)))).toBe('options must be an object, got null');
    expect(await refusal(() => evaluate('gelu', [1], anything({ derivative: 'yes' })))).toBe('derivative must be true or false, got "yes"');
    expect(await refusal(() => evaluate('elu', [1], anything({ params: { alpha: '2' } })))).toBe('elu: parameter alpha must be a number ≥ 0, got "2"');
    // an out shorter than xs was filled in part (softmax: with NaN)
    expect(await refusal(() => evaluate('softmax', [1, 2, 3], { out: new Float64Array(2) }))).toBe('out has 2 elements for 3 x values: give one of the same length');
    expect(await refusal(() => evaluate('gelu', [1], anything({ out: [0] })))).toBe('out must be a Float64Array, got an array');
    // what is right still works: NaN and infinities are numbers, typed arrays are taken as they are
    expect([...evaluate('relu', [NaN, -Infinity, 2])]).toEqual([NaN, 0, 2]);
    expect([...evaluate('relu', new Float32Array([-1, 3]), { out: new Float64Array(2) })]).toEqual([0, 3]);
  });

  it('linspace(): finite ends and a whole n', async () => {
    expect(await refusal(() => linspace(NaN, 1, 5))).toBe('linspace: from must be a finite number, got NaN');
    expect(await refusal(() => linspace(0, Infinity, 5))).toBe('linspace: to must be a finite number, got Infinity');
    expect(await refusal(() => linspace(0, 1, -1))).toBe('linspace: n must be a whole number from 0 to 100000000, got -1'); // was a RangeError
    expect(await refusal(() => linspace(0, 1, 1.5))).toBe('linspace: n must be a whole number from 0 to 100000000, got 1.5'); // was [0]
    expect(await refusal(() => linspace(0, 1, anything('5')))).toBe('linspace: n must be a whole number from 0 to 100000000, got "5"');
    expect([...linspace(0, 1, 3)]).toEqual([0, 0.5, 1]);
  });

  it('the catalog and the expression language: text where text is due', async () => {
    expect(await refusal(() => findActivation(anything(5)))).toBe('findActivation: name must be a string, got 5');
    expect(await refusal(() => parseSpec(anything(undefined)))).toBe('parseSpec: text must be a string, got undefined');
    expect(await refusal(() => toSpec(anything(null)))).toBe(`${SPEC_TEXT} null`);
    expect(await refusal(() => toSpec('elu', anything(0.5)))).toBe('params must be an object, got 0.5');
    expect(await refusal(() => info(anything(3)))).toBe(`${SPEC_TEXT} 3`);
    expect(await refusal(() => precision(anything(null), 'float32'))).toBe(`${SPEC_TEXT} null`);
    expect(await refusal(() => expressionActivation(anything(5)))).toBe("expressionActivation: source (text or compileExpression's result) must be a string, got 5");
    expect(await refusal(() => parseExpression(anything(5)))).toBe('parseExpression: text must be a string, got 5');
    expect(await refusal(() => compileExpression(anything(5)))).toBe('compileExpression: source (text or a tree) must be an expression tree (parseExpression\'s result), got 5');
    expect(await refusal(() => printExpression(anything('x')))).toBe('printExpression: tree must be an expression tree (parseExpression\'s result), got "x"');
    expect(printExpression(parseExpression('x*sigmoid(x)'))).toBe('x*sigmoid(x)');
    expect(compileExpression(parseExpression('2*x')).df(1)).toBe(2);
  });

  it('gradientExperiment(): its options and functions are required', async () => {
    expect(await refusal(() => gradientExperiment(anything(undefined)))).toBe('gradientExperiment needs its options: { functions, depth?, width?, batch?, init?, seed?, dtype? }');
    expect(await refusal(() => gradientExperiment(anything({ depth: 3 })))).toBe("gradientExperiment: functions is required: a function or a list of them, such as ['relu', 'sigmoid']");
    // an empty list gave an empty result
    expect(await refusal(() => gradientExperiment({ functions: [] }))).toBe('gradientExperiment: functions is empty: give at least one function');
    expect(await refusal(() => gradientExperiment({ functions: [anything(7)] }))).toBe(`${SPEC_TEXT} 7`);
    expect(await refusal(() => gradientExperiment({ functions: 'relu', init: anything({ kind: 'he' }) }))).toBe("init (xavier, he, lecun or 'normal:STD') must be a string, got an object"); // was 'text.trim is not a function'
  });

  it("plot(): every option's type, as the CLI's parsers check them", async () => {
    const refused = (options: unknown, specs: unknown = 'gelu') => refusal(() => plot(anything(specs), anything(options)));
    expect(await refused({}, 5)).toBe(`${SPEC_TEXT} 5`);
    expect(await refused(null)).toBe('options must be an object, got null');
    expect(await refused({ format: 'text', canvas: 'dots' })).toBe('canvas must be one of box, braille, ascii, got "dots"'); // drew box
    expect(await refused({ canvas: 'braille' })).toBe('canvas applies to the text chart (format text), not svg'); // as act plot --canvas -o
    expect(await refused({ hlines: [NaN] })).toBe('hlines must hold finite numbers, got NaN'); // drew no line
    expect(await refused({ hlines: 0 })).toBe('hlines must be an array of numbers, got 0');
    expect(await refused({ vlines: ['a'] })).toBe('vlines must hold finite numbers, got "a"');
    expect(await refused({ ylim: [3, -3] })).toBe('ylim needs lo < hi, got [3, -3]'); // drew an empty frame
    expect(await refused({ ylim: '0:1' })).toBe('ylim must be [lo, hi], each a finite number or undefined, got "0:1"');
    expect(await refused({ facet: true, columns: 0 }, ['relu', 'gelu'])).toBe('columns must be a whole number from 1 to 100, got 0');
    expect(await refused({ colors: 'red' })).toBe('colors must be an array of strings, got "red"');
    expect(await refused({ title: 5 })).toBe('title must be a string, got 5');
    expect(await refused({ markers: 'yes' })).toBe('markers must be true or false, got "yes"');
    expect(await refused({ vary: 5 }, 'elu')).toBe("vary must be text such as 'alpha=0.5,1,2' or { name, values }, got 5");
    // a vary object is checked as the text form is: it was a TypeError, or drew what --vary refuses
    expect(await refused({ vary: { name: 'alpha' } }, 'elu')).toBe('vary alpha: give values ([0.5, 1, 2]) or a range ([0.5, 2]), one of them');
    expect(await refused({ vary: { name: 'alpha', range: [2, 1] } }, 'elu')).toBe('vary alpha: a range [a, b] needs a < b, got [2, 1]');
    expect(await refused({ vary: { name: 'alpha', range: '0:1' } }, 'elu')).toBe('vary alpha: range must be [a, b], two finite numbers, got "0:1"');
    expect(await refused({ vary: { name: 'alpha', values: [1, 1] } }, 'elu')).toBe('vary alpha: a value is given twice');
    expect(await refused({ vary: { name: 'alpha', values: [1, NaN] } }, 'elu')).toBe('vary alpha: values must be an array of finite numbers, got an array');
    expect(await refused({ vary: { name: 'alpha', values: Array.from({ length: 501 }, (_, i) => i) } }, 'elu')).toBe('vary alpha: 501 values, at most 500');
    expect(await refused({ data: 5 })).toBe('data must be an object, got 5');
    expect(await refused({ data: { x: 'abc' } })).toBe('data.x must be an array or typed array of numbers, got "abc"');
    expect(await refused({ width: '500' })).toBe('width must be a number, got "500"'); // was drawn 500 wide
    expect(await refused({ from: 700, to: 720, warn: 5 }, 'exponential')).toBe("warn must be a function (it is told the chart's notes), got 5"); // was 'options.warn is not a function'
    expect(await refused({ data: { x: [1, 2], y: 5 } })).toBe('data.y must be columns, [{ name, values }] or { name: values }, got 5'); // was ignored
    expect(await refused({ data: { x: [1, 2], y: { a: 'xy' } } })).toBe('data.y column "a" must be an array or typed array of numbers, got "xy"');
    expect(await refused({ data: { x: [1, 2], xName: 5 } })).toBe('data.xName must be a string, got 5');
    expect(await refused({ format: 'png', scale: '2' })).toBe('scale must be a number > 0, got "2"');
    expect(await refused({ format: 'jpg' })).toBe('format must be one of svg, png, pdf, json, html, vega-lite, text, got "jpg"');
    // the right options still draw
    expect(await plot('gelu', { format: 'text', canvas: 'ascii', hlines: [0], ylim: [undefined, 2], width: 40, height: 10 })).toMatch(/^\s*gelu\n/);
  });
});

describe("the declarations' f and df refuse x that is not a number", () => {
  it('elementwise: f and df; vector: f and df over xs', async () => {
    const elu = findActivation('elu')!;
    const softmax = findActivation('softmax')!;
    if (elu.kind !== 'elementwise' || softmax.kind !== 'vector') throw new Error('catalog changed');
    expect(await refusal(() => elu.f(anything('2')))).toBe('elu: x must be a number, got "2"'); // was 2, coerced
    expect(await refusal(() => elu.df(anything(undefined)))).toBe('elu: x must be a number, got undefined'); // was NaN
    expect(await refusal(() => softmax.f(anything('abc')))).toBe('softmax: xs must be an array or typed array of numbers, got "abc"'); // was three NaN
    expect(await refusal(() => softmax.df(anything(5)))).toBe('softmax: xs must be an array or typed array of numbers, got 5'); // was a RangeError
    expect(await refusal(() => softmax.f(anything([1, '2'])))).toBe('softmax: xs must hold numbers only, got "2" at [1]');
    expect(elu.f(NaN)).toBeNaN();
    expect(elu.f(-Infinity)).toBe(-1);
    expect([...softmax.f(new Float32Array([0, 0]))]).toEqual([0.5, 0.5]);
  });
});

describe('the parts: facts for checked, completed parameters; the sampler refuses a bad grid', () => {
  it('rangeOf, derivativeRangeOf and propertiesOf complete the parameters with the defaults and check them', async () => {
    const elu = findActivation('elu')!;
    // alpha missing was read as alpha = 0: [0, ∞) and C0, not elu's (-1, ∞) and C1
    expect(rangeOf(elu, {})).toEqual(rangeOf(elu, { alpha: 1 }));
    expect(hull(rangeOf(elu)).lo).toBe(-1);
    expect(hull(rangeOf(elu, { alpha: 2 })).lo).toBe(-2);
    expect(propertiesOf(elu).continuity).toBe(1);
    expect(hull(derivativeRangeOf(elu)).hi).toBe(1);
    expect(await refusal(() => rangeOf(elu, { alpha: -3 }))).toBe('elu: parameter alpha must be a number ≥ 0, got -3'); // was [0, ∞)
    expect(await refusal(() => propertiesOf(elu, { alhpa: 1 }))).toBe('elu: unknown parameter "alhpa" (elu takes alpha)');
    expect(await refusal(() => rangeOf(anything(null)))).toBe(`${SPEC_TEXT} null`);
    expect(await refusal(() => defaultParams(anything('elu')))).toBe('defaultParams: give a declaration (activations, findActivation), got "elu"');
    expect(defaultParams(elu)).toEqual({ alpha: 1 });
  });

  it('evaluateInto checks what it is given once, then runs the loop', async () => {
    const elu = findActivation('elu')!;
    expect(await refusal(() => evaluateInto(anything(undefined), {}, [1], false, new Float64Array(1)))).toBe(`${SPEC_TEXT} undefined`); // was "reading 'kind'"
    expect(await refusal(() => evaluateInto(elu, {}, [1, 2, 3], false, new Float64Array(2)))).toBe('evaluateInto: out has 2 elements for 3 x values: give one of the same length'); // was filled in part
    expect(await refusal(() => evaluateInto(elu, { alpha: -1 }, [1], false, new Float64Array(1)))).toBe('elu: parameter alpha must be a number ≥ 0, got -1');
    expect(await refusal(() => evaluateInto(elu, {}, anything('ab'), false, new Float64Array(2)))).toBe('evaluateInto: xs must be an array or typed array of numbers, got "ab"');
    expect(await refusal(() => evaluateInto(elu, {}, [1], anything(1), new Float64Array(1)))).toBe('evaluateInto: derivative must be true or false, got 1');
    expect([...evaluateInto(elu, {}, [-1, 2], false, new Float64Array(2))]).toEqual([Math.expm1(-1), 2]);
    expect([...evaluateInto(elu, { alpha: 2 }, new Float32Array([-1]), true, new Float64Array(1))]).toEqual([2 * Math.exp(-1)]);
  });

  it('suggestActivations and splitLabel take text', async () => {
    expect(await refusal(() => suggestActivations(anything(5)))).toBe('suggestActivations: word must be a string, got 5');
    expect(await refusal(() => splitLabel(anything(5)))).toBe('splitLabel: text must be a string, got 5'); // was { spec: 5 }
    expect(suggestActivations('gelu')[0]).toBe('gelu');
    expect(splitLabel('q=x*2').label).toBe('q');
  });

  it('sampleSeries refuses a bad range or size, and takes spec text as toSpec does', async () => {
    const elu = [parseSpec('elu')];
    expect(await refusal(() => sampleSeries(elu, { from: 0, to: 1, points: -2 }))).toBe('sampleSeries: points must be a whole number from 2 to 100000000, got -2'); // was a RangeError
    expect(await refusal(() => sampleSeries(elu, { from: 3, to: -3, points: 5 }))).toBe('sampleSeries: from must be less than to, got from 3 to -3'); // was drawn backwards
    expect(await refusal(() => sampleSeries(elu, { from: NaN, to: 1, points: 5 }))).toBe('sampleSeries: from must be a finite number, got NaN');
    expect(await refusal(() => sampleSeries(anything('elu'), { from: 0, to: 1, points: 5 }))).toBe('sampleSeries: specs must be an array of parsed specs (parseSpec, toSpec), got "elu"');
    expect(await refusal(() => sampleSeries(elu, anything(undefined)))).toBe('sampleSeries needs its options: { from, to, points }');
    const [series] = sampleSeries([anything('elu')], { from: -1, to: 1, points: 3 });
    expect([...series.x]).toEqual([-1, 0, 1]);
    expect(series.y[0]).toBe(Math.expm1(-1));
  });
});

describe('the chart parts check their arguments', () => {
  const series = () => sampleSeries([parseSpec('gelu')], { from: -3, to: 3, points: 11 });

  it('renderChart: series, and a size within a text chart\'s', async () => {
    expect(await refusal(() => renderChart(series(), anything(undefined)))).toBe('renderChart needs its options: { width, height } at least (columns and rows)'); // was "reading 'logy'"
    expect(await refusal(() => renderChart(series(), anything({})))).toBe('renderChart: width must be a whole number from 20 to 1000, got NaN'); // was a RangeError
    expect(await refusal(() => renderChart(series(), { width: 100000, height: 10 }))).toBe('renderChart: width must be a whole number from 20 to 1000, got 100000'); // was drawn, 800 kB
    expect(await refusal(() => renderChart(anything('gelu'), { width: 40, height: 10 }))).toBe('renderChart: series must be an array (sampleSeries\' result, or { label, x, y } each), got "gelu"');
    expect(await refusal(() => renderChart([{ label: 'a', x: [1, 2], y: [1] }], { width: 40, height: 10 }))).toBe('renderChart: series[0] has 2 x values and 1 y values');
    expect(await refusal(() => renderChart(series(), { width: 40, height: 10, canvas: anything('dots') }))).toBe('renderChart: canvas must be one of box, braille, ascii, got "dots"');
    expect(await refusal(() => renderChart(series(), { width: 40, height: 10, yRange: [2, 1] }))).toBe('renderChart: yRange needs lo < hi, got [2, 1]');
    expect(renderChart(series(), { width: 40, height: 10 }).split('\n')).toHaveLength(11);
  });

  it('chartOptions and chartSpec: series checked, options completed with the defaults', async () => {
    expect(await refusal(() => chartOptions(anything(undefined)))).toBe('chartOptions: series must be an array (sampleSeries\' result, or { label, x, y } each), got undefined'); // was "reading 'map'"
    expect(await refusal(() => chartSpec(series(), anything(5)))).toBe('chartOptions: given must be an object, got 5');
    // a partial look is completed, as chartOptions completes it (it failed inside: "reading 'filter'")
    expect(chartSpec(series(), { title: 'T' })).toEqual(chartSpec(series(), chartOptions(series(), { title: 'T' })));
  });

  it('plotGrid: a finite range and a whole n', async () => {
    expect(await refusal(() => plotGrid(parseSpec('relu'), 0, 1, -1))).toBe('plotGrid: n must be a whole number from 2 to 100000000, got -1'); // was a RangeError
    expect(await refusal(() => plotGrid(parseSpec('relu'), 1, 0, 5))).toBe('plotGrid: from must be less than to, got from 1 to 0');
    expect(await refusal(() => plotGrid(anything(null), 0, 1, 5))).toBe(`${SPEC_TEXT} null`);
    expect([...plotGrid(parseSpec('relu'), -1, 1, 2)]).toEqual([-1, 0, 1]); // the kink added
  });
});

describe('the smallest parts check their arguments', () => {
  it('contains, hull, gridPoint and the text panels', async () => {
    const range = rangeOf(findActivation('elu')!);
    expect(await refusal(() => contains(range, anything('x')))).toBe('contains: v must be a number, got "x"'); // was false
    expect(await refusal(() => hull(anything(null)))).toBe('hull: set must be a value set (rangeOf, derivativeRangeOf), got null'); // was "reading 'pieces'"
    expect(await refusal(() => gridPoint(0, 1, 0, 5))).toBe('gridPoint: n must be a whole number from 1 to 9007199254740991, got 0'); // was 0
    expect(await refusal(() => gridPoint(0, 1, 5, 7))).toBe('gridPoint: i must be a whole number from 0 to 4, got 7'); // was 1, the last point
    expect(await refusal(() => panelsPerRow(0, 20, 3))).toBe('panelsPerRow: width must be a whole number from 1 to 9007199254740991, got 0');
    expect(await refusal(() => panelWidth(anything(undefined), 2))).toBe('panelWidth: width must be a whole number from 1 to 9007199254740991, got undefined'); // was NaN
    expect(await refusal(() => composePanels(anything(undefined), 2))).toBe('composePanels: panels must be an array of texts, got undefined'); // was "reading 'length'"
    expect(contains(range, 0)).toBe(true);
    expect(hull(range).lo).toBe(-1);
    expect(gridPoint(0, 1, 5, 2)).toBe(0.5);
    expect(composePanels(['a\n', 'b\n'], 2)).toBe('a   b\n');
  });
});

describe("the library's constants and declarations cannot be changed by a caller", () => {
  it("DTYPES, TEXT_SIZE, FACET_PANEL and every declaration's parameters, aliases and choices are frozen", async () => {
    const { DTYPES, TEXT_SIZE, FACET_PANEL, activations, evaluate } = await import('../../src/index.js');
    // DTYPES.push('float8') made checkDtype accept it; elu.params.alpha.min = 10 changed elu for everyone
    expect(() => (DTYPES as unknown as string[]).push('float8')).toThrow(TypeError);
    expect(() => ((TEXT_SIZE as { width: number }).width = 10)).toThrow(TypeError);
    expect(() => ((FACET_PANEL as { width: number }).width = 10)).toThrow(TypeError);
    const elu = findActivation('elu')!;
    expect(() => ((elu.params.alpha as { min?: number }).min = 10)).toThrow(TypeError);
    expect(() => ((elu.params.alpha as { default: number }).default = 5)).toThrow(TypeError);
    for (const a of activations) expect(Object.isFrozen(a.params) && Object.values(a.params).every(Object.isFrozen) && Object.isFrozen(a.aliases), a.name).toBe(true);
    expect(() => (findActivation('gelu')!.choices!.approximate as Record<string, string>).tanh = 'relu').toThrow(TypeError);
    expect(evaluate('elu', [-1])[0]).toBe(Math.expm1(-1));
  });
});

describe('renderSampled, facetSpec and sharedYDomain check their arguments', () => {
  const series = () => sampleSeries([parseSpec('gelu')], { from: -3, to: 3, points: 11 });

  it('renderSampled: a sampler, a text chart size, series from the sampler', async () => {
    expect(await refusal(() => renderSampled(anything(undefined), { width: 40, height: 10 }))).toBe('renderSampled: sample must be a function of the point count, got undefined');
    expect(await refusal(() => renderSampled(() => series(), anything(undefined)))).toBe('renderSampled needs its options: { width, height } at least (columns and rows)'); // was "reading 'width'"
    expect(await refusal(() => renderSampled(() => anything(5), { width: 40, height: 10 }))).toBe("renderSampled: sample(points): series must be an array (sampleSeries' result, or { label, x, y } each), got 5");
    expect(renderSampled((n) => sampleSeries([parseSpec('gelu')], { from: -3, to: 3, points: n }), { width: 40, height: 10 }).split('\n')).toHaveLength(11);
  });

  it('facetSpec and sharedYDomain: panels of series, looks completed, a layout', async () => {
    expect(await refusal(() => facetSpec(anything(undefined), { columns: 1, shareY: false }))).toBe('facetSpec: panels must be an array of { series, options }, got undefined'); // was "reading 'shareY'"-like TypeErrors
    expect(await refusal(() => facetSpec([{ series: series(), options: anything({}) }], anything(undefined)))).toBe('facetSpec needs its layout: { columns, shareY, title? }');
    expect(await refusal(() => facetSpec([{ series: series(), options: anything({}) }], { columns: 0, shareY: false }))).toBe('facetSpec: layout.columns must be a whole number from 1 to 100, got 0');
    expect(await refusal(() => sharedYDomain([{ series: anything('gelu'), options: anything({}) }]))).toBe("sharedYDomain: panels[0]: series must be an array (sampleSeries' result, or { label, x, y } each), got \"gelu\"");
    // a partial look is completed, as chartSpec completes it
    const layout = { columns: 2, shareY: true };
    expect(facetSpec([{ series: series(), options: anything({ title: 'a' }) }, { series: series(), options: anything({}) }], layout)).toEqual(
      facetSpec([{ series: series(), options: chartOptions(series(), { title: 'a' }) }, { series: series(), options: chartOptions(series(), {}) }], layout),
    );
    const [lo, hi] = sharedYDomain([{ series: series(), options: anything({}) }]);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(2.9);
  });

  it('renderImage(): the spec, the format and the options, and a PNG too large for memory', async () => {
    const spec = chartSpec([{ label: 'relu', x: Float64Array.of(-1, 0, 1), y: Float64Array.of(0, 0, 1), derivative: false }] as never, {});
    expect(await refusal(() => renderImage(anything(null), 'svg'))).toBe('renderImage: spec must be a Vega-Lite spec (an object), got null');
    expect(await refusal(() => renderImage(anything({}), 'svg'))).toMatch(/^not a Vega-Lite spec vega-lite can compile: /);
    expect(await refusal(() => renderImage(spec, anything('jpg')))).toBe('renderImage: format must be one of svg, png, pdf, json, got "jpg"');
    expect(await refusal(() => renderImage(spec, 'png', { scale: -1 }))).toBe('renderImage: scale must be a number above 0, got -1');
    expect(await refusal(() => renderImage(spec, 'png', anything({ renderer: 'cairo' })))).toBe('renderImage: renderer must be one of canvas, resvg, pdfkit, got "cairo"');
    expect(await refusal(() => renderImage(spec, 'svg', anything({ svgText: 'yes' })))).toBe('svgText must be true or false, got "yes"');
    expect(await refusal(() => renderImage(spec, 'png', { scale: 100, renderer: 'resvg' }))).toMatch(/^scale 100 makes a PNG of 64000x48000 pixels, more than 16384 a side$/);
    // and a right call still draws
    expect((await renderImage(spec, 'svg')).startsWith('<svg')).toBe(true);
  });
});
