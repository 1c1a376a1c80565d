/**
 * Everything act knows about one function with its parameters, resolved from the declaration into
 * plain data: what `act info` and `act table` print, in every format.
 */
import { derivativeRangeOf, propertiesOf, rangeOf, type Cost, type Formula, type InFrameworks, type Notes, type Properties } from '../core/define.js';
import { evaluateInto } from '../core/evaluate.js';
import { hull, type ValueSet } from '../core/range.js';
import { domainText, type Spec } from '../core/spec.js';
import { numberText } from './range-text.js';

export interface ParamFact {
  readonly name: string;
  readonly value: number;
  readonly default: number;
  /** What values it accepts, in words: "a number ≥ 0". */
  readonly domain: string;
  readonly doc: string;
  /** Other names for it, PyTorch's (negative_slope, lambd). */
  readonly aliases: readonly string[];
}

export interface Description {
  readonly name: string;
  /** The name with the parameters that differ from the defaults: `elu(alpha=0.5)`, or `gelu`. */
  readonly heading: string;
  /** The name with every parameter (to 6 digits): `elu(alpha=1)`. */
  readonly signature: string;
  readonly kind: 'elementwise' | 'vector';
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly formula: Formula;
  readonly derivative: Formula;
  readonly params: readonly ParamFact[];
  readonly range: ValueSet;
  readonly derivativeRange: ValueSet;
  readonly kinks: readonly number[];
  readonly properties: Properties;
  /** Read off the range: whether f has a finite lower (upper) bound. */
  readonly bounded: { readonly below: boolean; readonly above: boolean };
  /** f(0) and f'(0), computed; only for elementwise functions. */
  readonly atZero?: { readonly f: number; readonly df: number };
  readonly cost: Cost;
  readonly notes: Notes;
  /** Its names in PyTorch, JAX and Keras, and what differs from them. */
  readonly frameworks: InFrameworks;
  /** Word-valued options that choose another function: gelu's approximate (none: gelu, tanh: gelu_tanh). */
  readonly choices: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly defaultRange: readonly [number, number];
}

const assignment = (p: ParamFact): string => `${p.name}=${p.value}`;
const rounded = (p: ParamFact): string => `${p.name}=${numberText(p.value)}`;

export function describeSpec(spec: Spec): Description {
  const a = spec.activation;
  const params = Object.entries(a.params).map(([name, d]) => ({ name, value: spec.params[name], default: d.default, domain: domainText(d), doc: d.doc, aliases: d.aliases ?? [] }));
  const changed = params.filter((p) => !Object.is(p.value, p.default));
  const range = rangeOf(a, spec.params);
  const { lo, hi } = hull(range);
  const atZero =
    a.kind === 'elementwise'
      ? { f: evaluateInto(a, spec.params, [0], false, new Float64Array(1))[0], df: evaluateInto(a, spec.params, [0], true, new Float64Array(1))[0] }
      : undefined;
  return {
    name: a.name,
    heading: changed.length ? `${a.name}(${changed.map(assignment).join(', ')})` : a.name,
    signature: params.length ? `${a.name}(${params.map(rounded).join(', ')})` : a.name,
    kind: a.kind,
    aliases: a.aliases,
    summary: a.summary,
    formula: a.formula,
    derivative: a.derivative,
    params,
    range,
    derivativeRange: derivativeRangeOf(a, spec.params),
    kinks: a.kinks(spec.params),
    properties: propertiesOf(a, spec.params),
    bounded: { below: lo > -Infinity, above: hi < Infinity },
    ...(atZero ? { atZero } : {}),
    cost: a.cost,
    notes: a.notes,
    frameworks: a.frameworks,
    choices: a.choices ?? {},
    defaultRange: a.defaultRange,
  };
}
