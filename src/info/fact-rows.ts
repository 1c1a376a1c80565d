/** The facts `act info` shows, as (label, value) rows in order, shared by its text and Markdown forms. */
import type { Description, ParamFact } from './describe.js';
import { boundedText, continuityExplained, continuityText, monotonicExplained, saturationExplained, yesNo } from './property-text.js';
import { numberText, rangeText } from './range-text.js';
import type { ValueSet } from '../core/range.js';

export interface FactRow {
  readonly label: string;
  readonly value: string;
}

const setText = (set: ValueSet): string => (set.note ? `${rangeText(set)}: ${set.note}` : rangeText(set));

function paramText(p: ParamFact): string {
  const isDefault = Object.is(p.value, p.default);
  const also = p.aliases.length ? `; also ${p.aliases.join(', ')}` : '';
  return `${p.name} = ${p.value} (${isDefault ? 'the default' : `default ${p.default}`}; ${p.domain}${also}): ${p.doc}`;
}

function nearIdentityText(d: Description): string {
  if (!d.atZero) return 'no (a vector function)';
  return `${yesNo(d.properties.nearIdentity)}: f(0) = ${numberText(d.atZero.f)}, f'(0) = ${numberText(d.atZero.df)}`;
}

/** The rows before the notes: parameters, ranges, kinks, properties, cost. Parameters get a row each. */
export function factRows(d: Description): FactRow[] {
  const p = d.properties;
  const rows: FactRow[] = [];
  if (d.kind === 'vector') {
    rows.push({ label: 'kind', value: "vector: each output depends on the whole vector; f' means the diagonal of the Jacobian, ∂f_i/∂x_i" });
  }
  if (d.params.length === 0) rows.push({ label: 'parameters', value: 'none' });
  d.params.forEach((param, i) => rows.push({ label: i === 0 ? 'parameters' : '', value: paramText(param) }));
  rows.push(
    { label: 'range of f', value: setText(d.range) },
    { label: "range of f'", value: setText(d.derivativeRange) },
    { label: 'kinks', value: d.kinks.length ? `${d.kinks.map(numberText).join(', ')} (f' there is the one-sided value frameworks use)` : 'none' },
    { label: 'monotonic', value: monotonicExplained(p.monotonic) },
    { label: 'continuity', value: `${continuityText(p.continuity)} (${continuityExplained(p.continuity)})` },
    { label: 'zero-centred', value: `${yesNo(p.zeroCentred)}${p.zeroCentred ? ': f(0) = 0 and f takes both signs' : ''}` },
    { label: 'bounded', value: boundedText(d.bounded) },
    { label: 'saturates', value: saturationExplained(p.saturates) },
    { label: 'self-gated', value: p.selfGated ? 'yes: f(x) = x·g(x), with a gate g that rises from 0 to 1' : 'no' },
    { label: 'identity near 0', value: nearIdentityText(d) },
    { label: 'cost', value: `${d.cost.level}: ${d.cost.ops}` },
  );
  return rows;
}

/** Whether there is anything to say about the frameworks (not for a user's expression). */
export function hasFrameworkFacts(d: Description): boolean {
  const f = d.frameworks;
  return f.pytorch.length + f.jax.length + f.keras.length + f.differences.length + Object.keys(d.choices).length > 0;
}

/** Where the function is in PyTorch, JAX and Keras, and what differs: one row each, a row per difference. */
export function frameworkRows(d: Description): FactRow[] {
  const f = d.frameworks;
  const names = (list: readonly string[]): string => (list.length ? list.join(', ') : 'none');
  const options = Object.entries(d.choices).map(([key, values]) =>
    `${d.name}(${key}=…): ${Object.entries(values).map(([word, fn]) => `${word} is ${fn}`).join(', ')}`,
  );
  return [
    { label: 'PyTorch', value: names(f.pytorch) },
    { label: 'JAX', value: names(f.jax) },
    { label: 'Keras', value: names(f.keras) },
    ...[...options, ...f.differences].map((value, i) => ({ label: i === 0 ? 'differences' : '', value })),
  ];
}

/** The notes, as (label, text) rows. */
export function noteRows(d: Description): FactRow[] {
  return [
    { label: 'use case', value: d.notes.useCase },
    { label: 'limitations', value: d.notes.limitations },
    { label: 'reference', value: d.notes.reference },
  ];
}
